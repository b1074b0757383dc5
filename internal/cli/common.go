package cli

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// dataFlags are the flags shared by the commands that read a workbook.
type dataFlags struct {
	triwulan  string // "" (from Identitas), 1–4, I–IV, "TW II", or "auto"
	efisiensi string // pmk | rasio
	password  string
	tanggal   string // "today", for auto and the default report date
	recursive bool   // -r: a folder argument includes its subfolders
	jenis     string // triwulanan | tahunan (docs/cli.md)
}

// tahunan reports whether the annual report (LKjIP) was asked for.
func (d *dataFlags) tahunan() bool {
	j, _ := kinerja.ParseJenis(d.jenis)
	return j == kinerja.Tahunan
}

func (d *dataFlags) add(fs *pflag.FlagSet, withTanggal bool) {
	fs.StringVar(&d.triwulan, "triwulan", "", "triwulan pelaporan: 1–4, I–IV, \"TW II\" atau auto (triwulan terakhir yang sudah berakhir)")
	fs.StringVar(&d.efisiensi, "efisiensi", "", "metode efisiensi: pmk atau rasio (bawaan: Metode Efisiensi di lembar Identitas, atau pmk)")
	fs.StringVar(&d.password, "password", "", "kata sandi buku kerja yang terenkripsi")
	fs.BoolVarP(&d.recursive, "recursive", "r", false, "folder masukan: sertakan juga berkas .xlsx di subfoldernya")
	fs.StringVar(&d.jenis, "jenis", "triwulanan", "jenis laporan: triwulanan atau tahunan (LKjIP; memakai keempat triwulan)")
	if withTanggal {
		fs.StringVar(&d.tanggal, "tanggal", "", "tanggal \"hari ini\" untuk auto dan tanggal laporan bawaan (mis. 2023-07-03)")
	}
}

// today returns --tanggal, or the current date.
func (d *dataFlags) today() (time.Time, error) {
	if d.tanggal == "" {
		y, m, dd := time.Now().Date()
		return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), nil
	}
	t, err := kinerja.ParseTanggal(d.tanggal)
	if err != nil {
		return time.Time{}, usageErr("--tanggal: %v", err)
	}
	return t, nil
}

// checkFlags validates the flags before any file is read (exit 2 on error).
func (d *dataFlags) checkFlags() (kinerja.Metode, error) {
	m, err := kinerja.ParseMetode(d.efisiensi)
	if err != nil {
		return m, usageErr("--efisiensi: %v", err)
	}
	j, err := kinerja.ParseJenis(d.jenis)
	if err != nil {
		return m, usageErr("--jenis: %v", err)
	}
	if j == kinerja.Tahunan && d.triwulan != "" {
		return m, usageErr("--triwulan tidak dipakai dengan --jenis tahunan (laporan tahunan meliputi keempat triwulan); hapus --triwulan")
	}
	if d.triwulan != "" && !strings.EqualFold(d.triwulan, "auto") {
		if _, err := kinerja.ParseTriwulan(d.triwulan); err != nil {
			return m, usageErr("--triwulan: %v", err)
		}
	}
	_, err = d.today()
	return m, err
}

// TriwulanAuto is the quarter that most recently ended before day, and its
// year: on 3 July 2023 it is triwulan II 2023; on 2 January 2024, IV 2023.
func TriwulanAuto(day time.Time) (tahun, triwulan int) {
	q := (int(day.Month())-1)/3 + 1 // the quarter day falls in
	if q == 1 {
		return day.Year() - 1, 4
	}
	return day.Year(), q - 1
}

// resolveTriwulan picks the reporting quarter: IV for the annual report,
// the flag when given (a number, or auto from today), else the Identitas
// sheet's.
func (d *dataFlags) resolveTriwulan(id kinerja.Identitas, today time.Time) int {
	switch {
	case d.tahunan():
		return 4
	case strings.EqualFold(d.triwulan, "auto"):
		_, q := TriwulanAuto(today)
		return q
	case d.triwulan != "":
		q, _ := kinerja.ParseTriwulan(d.triwulan) // checked in checkFlags
		return q
	}
	return id.Triwulan
}

// loadedWorkbook is one workbook read, computed and checked.
type loadedWorkbook struct {
	path   string
	lap    *kinerja.Laporan // nil when the workbook could not be read (LK001)
	q      int
	hasil  *kinerja.Hasil // nil when lap is nil or the quarter is unknown
	temuan kinerja.DaftarTemuan
}

// loadWorkbook reads a workbook, computes its figures and checks it. The error is
// for a file that cannot be opened at all (exit 2); everything wrong inside
// the workbook is a finding.
func loadWorkbook(path string, d *dataFlags, m kinerja.Metode) (*loadedWorkbook, error) {
	today, err := d.today()
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, usageErr("berkas %s tidak ada: periksa nama dan foldernya", path)
		}
		return nil, usageErr("berkas %s tidak dapat dibuka: %s", path, output.Message(err))
	} else if st.IsDir() {
		return nil, usageErr("%s adalah folder, bukan berkas buku kerja (.xlsx)", path)
	}
	lap, ts, err := workbook.Read(path, workbook.Options{Password: d.password})
	if err != nil {
		return nil, usageErr("%v", err)
	}
	mu := &loadedWorkbook{path: path, lap: lap, temuan: ts}
	if lap == nil {
		mu.temuan.Sort()
		return mu, nil
	}
	defer func() { mu.temuan.NamaAsli(lap.NamaLembar) }()
	if d.tahunan() {
		mu.temuan = tanpaTriwulanWajib(mu.temuan)
	}
	mu.q = d.resolveTriwulan(lap.Identitas, today)
	if y, q := TriwulanAuto(today); strings.EqualFold(d.triwulan, "auto") && lap.Identitas.Tahun != 0 && y != lap.Identitas.Tahun {
		// auto picks a quarter of another year than the workbook's: the
		// report would mix that quarter with this year's data.
		mu.temuan = append(mu.temuan, kinerja.Baru("LK008", kinerja.Error, lap.Identitas.Ref(kinerja.FieldTahun), "",
			"--triwulan auto memilih triwulan %s tahun %d (triwulan terakhir yang berakhir sebelum %s), tetapi Tahun Anggaran buku kerja ini %d; pakai --triwulan I–IV untuk memilih triwulan tahun %d, atau perbarui Tahun Anggaran",
			kinerja.Romawi(q), y, kinerja.FormatTanggal(today), lap.Identitas.Tahun, lap.Identitas.Tahun))
	}
	if d.efisiensi == "" && lap.Identitas.MetodeEfisiensi != "" {
		// Identitas Metode Efisiensi, when --efisiensi is not given
		// (docs/format.md#identitas); an invalid one is LK008 and left "".
		m, _ = kinerja.ParseMetode(lap.Identitas.MetodeEfisiensi)
	}
	switch {
	case d.tahunan():
		mu.hasil = kinerja.HitungTahunan(lap, m)
		mu.temuan = append(mu.temuan, kinerja.Periksa(lap, mu.hasil, kinerja.PeriksaOpsi{
			Triwulan: mu.q, Metode: m, Hari: today, Jenis: kinerja.Tahunan})...)
	case mu.q >= 1 && mu.q <= 4:
		mu.hasil = kinerja.Hitung(lap, mu.q, m)
		mu.temuan = append(mu.temuan, kinerja.Periksa(lap, mu.hasil, kinerja.PeriksaOpsi{
			Triwulan: mu.q, Metode: m, Hari: today})...)
	}
	mu.temuan.Sort()
	return mu, nil
}

// tanpaTriwulanWajib drops the finding that Identitas Triwulan is missing
// or empty (LK004): the annual report covers all four quarters, so it needs
// none (docs/cli.md). An invalid value typed there is still LK008.
func tanpaTriwulanWajib(ts kinerja.DaftarTemuan) kinerja.DaftarTemuan {
	out := ts[:0]
	for _, t := range ts {
		if t.Rule == "LK004" && strings.HasPrefix(t.Message, "Isian "+kinerja.FieldTriwulan+" ") {
			continue
		}
		out = append(out, t)
	}
	return out
}

package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/pkg/kalender"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// deadlineOpsi are the flags of `lapkin deadline`.
// tahun and hariKerja are read as text so that a bad value gets an
// Indonesian message rather than a parser's error.
type deadlineOpsi struct {
	tahun     string
	triwulan  string
	hariKerja string
	libur     string
	tanggal   string
	format    string
	jenis     string
	batas     string
	cek       bool
}

// Bounds of --hari-kerja: a deadline is a few working days after the
// quarter; 60 (about three months) is already far past any regulation.
const (
	hariKerjaMin  = 1
	hariKerjaMaks = 60
)

func init() {
	register(func(e *env) *cobra.Command {
		o := &deadlineOpsi{}
		cmd := &cobra.Command{
			Use:   "deadline",
			Short: "tampilkan batas waktu penyampaian laporan triwulan",
			Long: `Menampilkan batas waktu penyampaian laporan: hari kerja ke-N sesudah hari
terakhir triwulan (bawaan N = 5). Hari kerja adalah Senin–Jumat, dikurangi
hari libur nasional dan cuti bersama menurut SKB 3 Menteri (tabel bawaan
lapkin) serta hari libur tambahan di lembar Libur (--libur).

Tanpa opsi, triwulan yang dipakai adalah triwulan terakhir yang sudah
berakhir sebelum hari ini (atau --tanggal). --triwulan tanpa --tahun memakai
tahun ini. Dengan --libur, jumlah hari kerja diambil dari "Batas Pelaporan"
di lembar Identitas bila --hari-kerja tidak diberikan.

Dengan --jenis tahunan: batas laporan tahunan (LKjIP) tahun --tahun, yaitu
hari kerja terakhir pada atau sebelum 31 Maret tahun berikutnya; --batas
(atau Batas Laporan Tahunan di lembar Identitas --libur) menggantinya
dengan batas yang ditetapkan Kepala Daerah.

Untuk skrip: --cek menampilkan baris yang sama dan keluar dengan status 0
bila --tanggal (bawaan hari ini) belum melewati batas, 1 bila sudah lewat.
JSON memuat sisa_hari_kerja (negatif bila lewat) dan lewat (true/false).

Untuk tahun yang belum ada di tabel hari libur lapkin, hanya Sabtu, Minggu
dan lembar Libur yang dihitung sebagai hari libur; lapkin memberi peringatan
dan JSON memuat "libur_diketahui": false.`,
			Example: `  lapkin deadline
  lapkin deadline --tahun 2023 --triwulan II
  lapkin deadline --triwulan 4 --hari-kerja 10 --format json
  lapkin deadline --jenis tahunan --tahun 2024
  lapkin deadline --libur lapkin.xlsx
  lapkin deadline --cek && echo "masih sempat"`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				return runDeadline(e, cmd, o)
			},
		}
		f := cmd.Flags()
		f.StringVar(&o.tahun, "tahun", "", "`TAHUN` anggaran (bawaan: tahun triwulan auto, atau tahun ini bila --triwulan diberikan)")
		f.StringVar(&o.triwulan, "triwulan", "auto", "triwulan `N`: 1–4, I–IV, \"TW II\" atau auto (triwulan terakhir yang sudah berakhir)")
		f.StringVar(&o.hariKerja, "hari-kerja", "5", "batas pelaporan: `N` hari kerja sesudah akhir triwulan (1–60)")
		f.StringVar(&o.libur, "libur", "", "buku kerja `BERKAS.xlsx` yang lembar Libur-nya berisi hari libur tambahan")
		f.StringVar(&o.tanggal, "tanggal", "", "`TANGGAL` \"hari ini\" untuk auto (mis. 2023-07-03 atau 3 Juli 2023)")
		f.StringVar(&o.format, "format", "text", "`FORMAT` keluaran: text atau json")
		f.StringVar(&o.jenis, "jenis", "triwulanan", "`JENIS` laporan: triwulanan atau tahunan")
		f.StringVar(&o.batas, "batas", "", "dengan --jenis tahunan: batas `TANGGAL` yang ditetapkan Kepala Daerah (mengganti 31 Maret)")
		f.BoolVar(&o.cek, "cek", false, "keluar dengan status 1 bila --tanggal (bawaan hari ini) sudah melewati batas, 0 bila belum")
		return cmd
	})
}

func runDeadline(e *env, cmd *cobra.Command, o *deadlineOpsi) error {
	format := strings.ToLower(strings.TrimSpace(o.format))
	if format != "text" && format != "json" {
		return usageErr("--format: %q tidak dikenal; pilih text atau json", o.format)
	}
	n, err := strconv.Atoi(strings.TrimSpace(o.hariKerja))
	if err != nil || n < hariKerjaMin || n > hariKerjaMaks {
		return usageErr("--hari-kerja: %q tidak sah; tulis jumlah hari kerja %d–%d (biasanya 5)", o.hariKerja, hariKerjaMin, hariKerjaMaks)
	}
	tahunDiberi := cmd.Flags().Changed("tahun")
	tahunFlag := 0
	if tahunDiberi {
		tahunFlag, err = strconv.Atoi(strings.TrimSpace(o.tahun))
		if err != nil || tahunFlag < 2000 || tahunFlag > 2100 {
			return usageErr("--tahun: %q tidak sah; tulis tahun anggaran 2000–2100, mis. 2023", o.tahun)
		}
	}
	today, err := (&dataFlags{tanggal: o.tanggal}).today()
	if err != nil {
		return err
	}

	jenis := strings.ToLower(strings.TrimSpace(o.jenis))
	if jenis != "triwulanan" && jenis != "tahunan" {
		return usageErr("--jenis: %q tidak dikenal; pilih triwulanan atau tahunan", o.jenis)
	}
	var batasFlag time.Time
	if o.batas != "" {
		if jenis != "tahunan" {
			return usageErr("--batas hanya untuk --jenis tahunan; batas laporan triwulan diatur dengan --hari-kerja")
		}
		if batasFlag, err = kinerja.ParseTanggal(o.batas); err != nil {
			return usageErr("--batas: %v", err)
		}
	}

	var tahun, q int
	switch {
	case jenis == "tahunan":
		if cmd.Flags().Changed("triwulan") {
			return usageErr("--triwulan tidak dipakai dengan --jenis tahunan (laporan tahunan meliputi keempat triwulan); hapus --triwulan")
		}
		tahun = today.Year() - 1 // the year whose annual report is due this year
		if tahunDiberi {
			tahun = tahunFlag
		}
	case strings.EqualFold(strings.TrimSpace(o.triwulan), "auto"):
		if tahunDiberi {
			return usageErr("--tahun %d memerlukan --triwulan: sebutkan triwulannya, mis. --tahun %d --triwulan II (tanpa keduanya lapkin memakai triwulan terakhir yang sudah berakhir)", tahunFlag, tahunFlag)
		}
		tahun, q = TriwulanAuto(today)
	default:
		q, err = kinerja.ParseTriwulan(o.triwulan)
		if err != nil {
			return usageErr("--triwulan: %v", err)
		}
		tahun = today.Year()
		if tahunDiberi {
			tahun = tahunFlag
		}
	}

	k := kalender.Baru(nil)
	if o.libur != "" {
		lap, err := readLibur(o.libur)
		if err != nil {
			return err
		}
		for _, l := range lap.Libur {
			k.TambahLibur(l.Tanggal, l.Keterangan)
		}
		if len(lap.Libur) == 0 {
			fmt.Fprintf(e.stderr, "lapkin: catatan: %s tidak memuat hari libur tambahan (lembar Libur kosong atau tidak ada)\n", o.libur)
		}
		if hk := lap.Identitas.HariKerja; jenis == "triwulanan" && hk != 0 && !cmd.Flags().Changed("hari-kerja") {
			if hk >= hariKerjaMin && hk <= hariKerjaMaks {
				n = hk
				fmt.Fprintf(e.stderr, "lapkin: catatan: batas %d hari kerja diambil dari Batas Pelaporan di lembar Identitas %s (ubah dengan --hari-kerja)\n", n, o.libur)
			} else {
				fmt.Fprintf(e.stderr, "lapkin: peringatan: Batas Pelaporan di lembar Identitas (%d hari kerja) di luar batas %d–%d; dipakai %d hari kerja\n", hk, hariKerjaMin, hariKerjaMaks, n)
			}
		}
		if b := lap.Identitas.BatasLaporanTahunan; jenis == "tahunan" && !b.IsZero() && batasFlag.IsZero() {
			batasFlag = kalender.Tanggal(b)
			fmt.Fprintf(e.stderr, "lapkin: catatan: batas diambil dari Batas Laporan Tahunan di lembar Identitas %s (ubah dengan --batas)\n", o.libur)
		}
	}

	var d deadlineJSON
	var explain string
	if jenis == "tahunan" {
		batas, known := k.BatasTahunan(tahun)
		explain = fmt.Sprintf("Laporan tahunan %d: batasnya hari kerja terakhir pada atau sebelum %s.",
			tahun, kinerja.FormatHariTanggal(time.Date(tahun+1, time.March, 31, 0, 0, 0, 0, time.UTC)))
		if !batasFlag.IsZero() {
			batas, known = kalender.Tanggal(batasFlag), k.Diketahui(batasFlag.Year())
			explain = fmt.Sprintf("Laporan tahunan %d: batas yang ditetapkan Kepala Daerah.", tahun)
		}
		if !known {
			fmt.Fprintln(e.stderr, "lapkin: peringatan: "+peringatanTahun([]int{batas.Year()}, o.libur != ""))
		}
		d = deadlineJSON{Jenis: "tahunan", Tahun: tahun, Akhir: kalender.AkhirTahun(tahun).Format(time.DateOnly),
			Batas: batas.Format(time.DateOnly), Diketahui: known}
	} else {
		r, _ := k.Hitung(tahun, q, n) // q and n are in range here
		if !r.Diketahui {
			fmt.Fprintln(e.stderr, "lapkin: peringatan: "+peringatanTahun(r.TahunTakDikenal, o.libur != ""))
		}
		explain = keteranganBatas(r)
		d = deadlineJSON{Jenis: "triwulanan", Tahun: r.Tahun, Triwulan: &r.Triwulan, Akhir: r.Akhir.Format(time.DateOnly),
			HariKerja: &r.HariKerja, Batas: r.Batas.Format(time.DateOnly), Diketahui: r.Diketahui}
	}
	batas, _ := time.Parse(time.DateOnly, d.Batas)
	d.Versi = jsonVersi
	d.Sisa = sisaHariKerja(k, kalender.Tanggal(today), batas)
	d.Lewat = kalender.Tanggal(today).After(batas)

	if format == "json" {
		fmt.Fprintln(e.stdout, d.line())
	} else {
		fmt.Fprintln(e.stdout, kinerja.FormatHariTanggal(batas))
		fmt.Fprintln(e.stderr, explain)
	}
	if o.cek && d.Lewat {
		return silentExit(ExitData)
	}
	return nil
}

// deadlineJSON is deadline's JSON object (docs/json.md#deadline); the
// field order is the documented key order.
type deadlineJSON struct {
	Versi     string `json:"versi"`
	Jenis     string `json:"jenis"`
	Tahun     int    `json:"tahun"`
	Triwulan  *int   `json:"triwulan"`
	Akhir     string `json:"akhir_triwulan"`
	HariKerja *int   `json:"hari_kerja"`
	Batas     string `json:"batas"`
	Diketahui bool   `json:"libur_diketahui"`
	Sisa      int    `json:"sisa_hari_kerja"`
	Lewat     bool   `json:"lewat"`
}

// line is the object on one line, "key": value separated by ", ", as
// the documentation shows it.
func (d deadlineJSON) line() string {
	intOrNull := func(p *int) string {
		if p == nil {
			return "null"
		}
		return strconv.Itoa(*p)
	}
	return fmt.Sprintf(`{"versi": %q, "jenis": %q, "tahun": %d, "triwulan": %s, "akhir_triwulan": %q, "hari_kerja": %s, "batas": %q, "libur_diketahui": %t, "sisa_hari_kerja": %d, "lewat": %t}`,
		d.Versi, d.Jenis, d.Tahun, intOrNull(d.Triwulan), d.Akhir, intOrNull(d.HariKerja), d.Batas, d.Diketahui, d.Sisa, d.Lewat)
}

// sisaHariKerja is the number of working days after today up to and
// including batas: 0 on the deadline day, negative after it (−1 on the
// first working day after; a weekend right after the deadline is still 0,
// and lewat says it is past).
func sisaHariKerja(k *kalender.Kalender, today, batas time.Time) int {
	n := 0
	switch {
	case today.Before(batas):
		for d := today.AddDate(0, 0, 1); !d.After(batas); d = d.AddDate(0, 0, 1) {
			if k.HariKerja(d) {
				n++
			}
		}
	case today.After(batas):
		for d := batas.AddDate(0, 0, 1); !d.After(today); d = d.AddDate(0, 0, 1) {
			if k.HariKerja(d) {
				n--
			}
		}
	}
	return n
}

// readLibur reads the workbook named by --libur. A missing file is exit 2;
// a file that is not a readable workbook, or whose Libur sheet has errors,
// is exit 1 with the findings. Findings about the other sheets do not
// matter here: a workbook holding only a Libur sheet is fine.
func readLibur(path string) (*kinerja.Laporan, error) {
	if st, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, usageErr("--libur: berkas %s tidak ada: periksa nama dan foldernya", path)
		}
		return nil, usageErr("--libur: berkas %s tidak dapat dibuka: %s", path, output.Message(err))
	} else if st.IsDir() {
		return nil, usageErr("--libur: %s adalah folder, bukan buku kerja (.xlsx)", path)
	}
	lap, ts, err := workbook.Read(path, workbook.Options{})
	if err != nil {
		return nil, usageErr("--libur: %v", err)
	}
	var salah kinerja.DaftarTemuan
	for _, t := range ts {
		if t.Severity == kinerja.Error && (lap == nil || t.Sheet == kinerja.SheetLibur) {
			salah = append(salah, t)
		}
	}
	if lap == nil || len(salah) > 0 {
		var b strings.Builder
		fmt.Fprintf(&b, "--libur: hari libur di %s tidak dapat dibaca:", path)
		for _, t := range salah {
			tempat := ""
			if r := t.Ref().String(); r != "" {
				tempat = " " + r
			}
			fmt.Fprintf(&b, "\n  %s%s: %s", t.Rule, tempat, t.Message)
		}
		if len(salah) == 0 {
			b.WriteString("\n  buku kerja tidak dapat dibaca")
		}
		return nil, dataErr("%s", b.String())
	}
	return lap, nil
}

// keteranganBatas explains a deadline in one line, for stderr: the
// quarter's end, N, and the weekdays skipped as holidays.
func keteranganBatas(r kalender.Rincian) string {
	s := fmt.Sprintf("Triwulan %s %d berakhir %s; batas pelaporan adalah hari kerja ke-%d sesudahnya.",
		kinerja.Romawi(r.Triwulan), r.Tahun, kinerja.FormatHariTanggal(r.Akhir), r.HariKerja)
	if len(r.Dilewati) == 0 {
		return s + " Tidak ada hari libur atau cuti bersama di antaranya (selain Sabtu dan Minggu)."
	}
	var l []string
	for _, d := range r.Dilewati {
		ket := d.Keterangan
		if d.Jenis != kalender.LiburNasional && !strings.HasPrefix(strings.ToLower(ket), d.Jenis.String()) {
			ket = d.Jenis.String() + ": " + ket
		}
		l = append(l, fmt.Sprintf("%s (%s)", kinerja.FormatHariTanggal(d.Tanggal), ket))
	}
	return s + " Hari libur yang dilewati: " + strings.Join(l, ", ") + "."
}

// peringatanTahun is the warning for years the holiday table lacks.
func peringatanTahun(tahun []int, adaLibur bool) string {
	ys := make([]string, len(tahun))
	for i, y := range tahun {
		ys[i] = fmt.Sprint(y)
	}
	t := strings.Join(ys, ", ")
	dipakai := "hanya Sabtu dan Minggu yang dihitung sebagai hari libur"
	saran := "Daftarkan hari libur tahun " + t + " (mis. 1 Januari) di lembar Libur dan pakai --libur, atau perbarui lapkin."
	if adaLibur {
		dipakai = "hanya Sabtu, Minggu dan lembar Libur yang dihitung sebagai hari libur"
		saran = "Pastikan lembar Libur memuat hari libur nasional dan cuti bersama tahun " + t + ", atau perbarui lapkin."
	}
	return fmt.Sprintf("tabel hari libur lapkin belum memuat tahun %s; %s. %s", t, dipakai, saran)
}

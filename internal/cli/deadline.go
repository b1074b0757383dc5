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

Untuk tahun yang belum ada di tabel hari libur lapkin, hanya Sabtu, Minggu
dan lembar Libur yang dihitung sebagai hari libur; lapkin memberi peringatan
dan JSON memuat "libur_diketahui": false.`,
			Example: `  lapkin deadline
  lapkin deadline --tahun 2023 --triwulan II
  lapkin deadline --triwulan 4 --hari-kerja 10 --format json
  lapkin deadline --libur lapkin.xlsx`,
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

	var tahun, q int
	if strings.EqualFold(strings.TrimSpace(o.triwulan), "auto") {
		if tahunDiberi {
			return usageErr("--tahun %d memerlukan --triwulan: sebutkan triwulannya, mis. --tahun %d --triwulan II (tanpa keduanya lapkin memakai triwulan terakhir yang sudah berakhir)", tahunFlag, tahunFlag)
		}
		tahun, q = TriwulanAuto(today)
	} else {
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
		lap, err := bacaLibur(o.libur)
		if err != nil {
			return err
		}
		for _, l := range lap.Libur {
			k.TambahLibur(l.Tanggal, l.Keterangan)
		}
		if len(lap.Libur) == 0 {
			fmt.Fprintf(e.stderr, "lapkin: catatan: %s tidak memuat hari libur tambahan (lembar Libur kosong atau tidak ada)\n", o.libur)
		}
		if hk := lap.Identitas.HariKerja; hk != 0 && !cmd.Flags().Changed("hari-kerja") {
			if hk >= hariKerjaMin && hk <= hariKerjaMaks {
				n = hk
				fmt.Fprintf(e.stderr, "lapkin: catatan: batas %d hari kerja diambil dari Batas Pelaporan di lembar Identitas %s (ubah dengan --hari-kerja)\n", n, o.libur)
			} else {
				fmt.Fprintf(e.stderr, "lapkin: peringatan: Batas Pelaporan di lembar Identitas (%d hari kerja) di luar batas %d–%d; dipakai %d hari kerja\n", hk, hariKerjaMin, hariKerjaMaks, n)
			}
		}
	}

	r, _ := k.Hitung(tahun, q, n) // q and n are in range here
	if !r.Diketahui {
		fmt.Fprintln(e.stderr, "lapkin: peringatan: "+peringatanTahun(r.TahunTakDikenal, o.libur != ""))
	}
	if format == "json" {
		fmt.Fprintf(e.stdout, "{\"tahun\": %d, \"triwulan\": %d, \"akhir_triwulan\": %q, \"hari_kerja\": %d, \"batas\": %q, \"libur_diketahui\": %t}\n",
			r.Tahun, r.Triwulan, r.Akhir.Format(time.DateOnly), r.HariKerja, r.Batas.Format(time.DateOnly), r.Diketahui)
		return nil
	}
	fmt.Fprintln(e.stdout, kinerja.FormatHariTanggal(r.Batas))
	fmt.Fprintln(e.stderr, keteranganBatas(r))
	return nil
}

// bacaLibur reads the workbook named by --libur. A missing file is exit 2;
// a file that is not a readable workbook, or whose Libur sheet has errors,
// is exit 1 with the findings. Findings about the other sheets do not
// matter here: a workbook holding only a Libur sheet is fine.
func bacaLibur(path string) (*kinerja.Laporan, error) {
	if st, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, usageErr("--libur: berkas %s tidak ada: periksa nama dan foldernya", path)
		}
		return nil, usageErr("--libur: berkas %s tidak dapat dibuka: %s", path, output.Message(err))
	} else if st.IsDir() {
		return nil, usageErr("--libur: %s adalah folder, bukan buku kerja (.xlsx)", path)
	}
	lap, ts, err := workbook.Baca(path, workbook.Options{})
	if err != nil {
		return nil, usageErr("--libur: %v", err)
	}
	var salah kinerja.Temuans
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

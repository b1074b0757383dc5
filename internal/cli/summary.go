package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

type summaryOptions struct {
	data   dataFlags
	format string
}

func init() {
	register(func(e *env) *cobra.Command {
		o := &summaryOptions{}
		cmd := &cobra.Command{
			Use:   "summary FILE",
			Short: "tampilkan angka hasil perhitungan (capaian, serapan, efisiensi)",
			Long: `Menghitung semua angka laporan dari buku kerja dan menampilkannya:
capaian per indikator dan predikatnya, serapan anggaran, efisiensi, dan total.

Format: table (untuk dibaca di terminal), json (untuk skrip dan dasbor), csv.
Temuan pada data hanya dihitung di stderr; rinciannya dengan 'lapkin validate'.`,
			Example: `  lapkin summary laporan.xlsx
  lapkin summary laporan.xlsx --format json --triwulan II`,
			Args: exactArgs(1, "summary memerlukan tepat satu berkas buku kerja"),
			RunE: func(cmd *cobra.Command, args []string) error {
				return runSummary(e, o, args[0])
			},
		}
		o.data.add(cmd.Flags(), true)
		cmd.Flags().StringVar(&o.format, "format", "table", "format keluaran: table, json atau csv")
		return cmd
	})
}

// exactArgs is cobra.ExactArgs with an Indonesian message (exit 2).
func exactArgs(n int, msg string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErr("%s (diberikan %d)", msg, len(args))
		}
		return nil
	}
}

func runSummary(e *env, o *summaryOptions, path string) error {
	switch o.format {
	case "table", "json", "csv":
	default:
		return usageErr("--format %q tidak dikenal: pilih table, json atau csv", o.format)
	}
	m, err := o.data.checkFlags()
	if err != nil {
		return err
	}
	mu, err := muat(path, &o.data, m)
	if err != nil {
		return err
	}
	if fatal := fatalFindings(mu); len(fatal) > 0 {
		fmt.Fprintf(e.stderr, "%s: angka tidak dapat dihitung:\n", path)
		for _, t := range fatal {
			fmt.Fprintf(e.stderr, "  %s %s: %s\n", t.Rule, t.Ref(), t.Message)
		}
		return silentExit(ExitData)
	}
	switch o.format {
	case "json":
		if err := writeJSONIndented(e.stdout, mu.hasil); err != nil {
			return usageErr("gagal menulis keluaran: %v", err)
		}
	case "csv":
		if err := writeSummaryCSV(e.stdout, mu.hasil); err != nil {
			return usageErr("gagal menulis keluaran: %v", err)
		}
	default:
		writeSummaryTable(e.stdout, mu.lap, mu.hasil)
	}
	if n := len(mu.temuan); n > 0 {
		fmt.Fprintf(e.stderr, "Catatan: data memiliki %d galat, %d peringatan, %d info; jalankan 'lapkin validate %s' untuk rinciannya.\n",
			mu.temuan.Count(kinerja.Error), mu.temuan.Count(kinerja.Warning), mu.temuan.Count(kinerja.Info), path)
	}
	return nil
}

// fatalFindings are the findings that stop the computation (SPEC §1:
// LK001–LK004 errors), or a reporting quarter that could not be known.
func fatalFindings(mu *muatan) kinerja.Temuans {
	var out kinerja.Temuans
	for _, t := range mu.temuan {
		if t.Severity == kinerja.Error && t.Rule >= "LK001" && t.Rule <= "LK004" {
			out = append(out, t)
		}
	}
	if len(out) == 0 && mu.hasil == nil {
		// The quarter is unknown: show why (an invalid Triwulan is the
		// reader's LK008), else say it is missing.
		tw := mu.lap.Identitas.Ref(kinerja.FieldTriwulan)
		for _, t := range mu.temuan {
			if t.Rule == "LK008" && tw.Cell != "" && t.Cell == tw.Cell {
				out = append(out, t)
			}
		}
		if len(out) == 0 {
			out = append(out, kinerja.Baru("LK004", kinerja.Error, tw, "",
				"triwulan pelaporan tidak diketahui: isi Triwulan pada lembar Identitas atau pakai --triwulan"))
		}
	}
	return out
}

func writeSummaryCSV(w io.Writer, h *kinerja.Hasil) error {
	cw := csv.NewWriter(w)
	header := []string{"jenis", "kode", "nama", "indikator", "satuan", "target", "target_periode", "realisasi",
		"capaian", "capaian_tahunan", "predikat", "tercapai", "pagu", "realisasi_anggaran", "serapan",
		"efisiensi", "nilai_efisiensi"}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, i := range h.Indikator {
		pred, tercapai := "", ""
		if i.Predikat != nil {
			pred = *i.Predikat
		}
		if i.Dinilai { // empty: not judged, as null in JSON
			tercapai = strconv.FormatBool(i.Tercapai)
		}
		cw.Write([]string{"indikator", i.Kode, i.Sasaran, i.Indikator, i.Satuan,
			csvTarget(i.Target, i.TargetRentang), csvTarget(i.TargetPeriode, i.TargetPeriodeRentang),
			csvNum(i.Realisasi), csvNum(i.Capaian), csvNum(i.CapaianTahunan), pred, tercapai,
			csvRp(i.Pagu), csvRp(i.RealisasiAnggaran), csvNum(i.Serapan), csvNum(i.Efisiensi), csvNum(i.NilaiEfisiensi)})
	}
	for _, k := range h.Kegiatan {
		cw.Write([]string{"kegiatan", k.Kode, k.Kegiatan, k.Indikator, "",
			csvNum(k.TargetKinerja), "", csvNum(k.RealisasiKinerja), csvNum(k.Capaian), "", "", "",
			csvRp(k.Pagu), csvRp(k.RealisasiAnggaran), csvNum(k.Serapan), csvNum(k.Efisiensi), csvNum(k.NilaiEfisiensi)})
	}
	t := h.Total
	cw.Write([]string{"total", "", "", "", "", "", "", "", "", "", "", strconv.Itoa(t.Tercapai),
		csvRp(t.Pagu), csvRp(t.RealisasiAnggaran), csvNum(t.Serapan), csvNum(t.Efisiensi), csvNum(t.NilaiEfisiensi)})
	cw.Flush()
	return cw.Error()
}

func csvNum(a kinerja.Angka) string {
	if !a.OK {
		return ""
	}
	return strconv.FormatFloat(a.V, 'f', -1, 64)
}

func csvRp(r kinerja.Rupiah) string {
	if !r.OK {
		return ""
	}
	return strconv.FormatInt(r.V, 10)
}

func csvTarget(a kinerja.Angka, r *[2]float64) string {
	if r != nil {
		return strconv.FormatFloat(r[0], 'f', -1, 64) + "-" + strconv.FormatFloat(r[1], 'f', -1, 64)
	}
	return csvNum(a)
}

// writeSummaryTable prints the figures for a person in an 80-column
// terminal: one line per indicator and per kegiatan, then the totals.
func writeSummaryTable(w io.Writer, l *kinerja.Laporan, h *kinerja.Hasil) {
	id := l.Identitas
	jab := id.JabatanSingkat
	if jab == "" {
		jab = id.Jabatan
	}
	fmt.Fprintf(w, "%s, %s — Triwulan %s Tahun %d (efisiensi: %s)\n\n", jab, id.Unit,
		kinerja.Romawi(h.Triwulan), h.Tahun, h.Metode)

	fmt.Fprintln(w, "INDIKATOR")
	fmt.Fprintf(w, "%-5s %-28s %10s %10s %9s %s\n", "Kode", "Indikator", "Target", "Realisasi", "Capaian", "Predikat")
	fmt.Fprintln(w, strings.Repeat("-", 80))
	for _, i := range h.Indikator {
		pred := "–"
		if i.Predikat != nil {
			pred = *i.Predikat
		} else if !i.Dinilai {
			pred = "belum dinilai"
		}
		fmt.Fprintf(w, "%-5s %-28s %10s %10s %9s %-13s\n", potong(i.Kode, 5), potong(i.Indikator, 28),
			potong(fmtTarget(i.TargetPeriode, i.TargetPeriodeRentang, i.Satuan), 10),
			potong(fmtNilai(i.Realisasi, i.Satuan), 10), kinerja.FormatPersen(i.Capaian), pred)
	}
	if len(h.Kegiatan) > 0 {
		fmt.Fprintln(w, "\nKEGIATAN")
		fmt.Fprintf(w, "%-23s %-5s %15s %15s %8s %9s\n", "Kegiatan", "Ind.", "Pagu", "Realisasi", "Serapan", "Efisiensi")
		fmt.Fprintln(w, strings.Repeat("-", 80))
		for _, k := range h.Kegiatan {
			fmt.Fprintf(w, "%-23s %-5s %15s %15s %8s %9s\n", potong(k.Kegiatan, 23), potong(k.Indikator, 5),
				kinerja.FormatRupiah(k.Pagu), kinerja.FormatRupiah(k.RealisasiAnggaran),
				kinerja.FormatPersen(k.Serapan), kinerja.FormatPersen(k.Efisiensi))
		}
		fmt.Fprintln(w, strings.Repeat("-", 80))
		fmt.Fprintf(w, "%-29s %15s %15s %8s %9s\n", "Jumlah", kinerja.FormatRupiah(h.Total.Pagu),
			kinerja.FormatRupiah(h.Total.RealisasiAnggaran), kinerja.FormatPersen(h.Total.Serapan),
			kinerja.FormatPersen(h.Total.Efisiensi))
	}
	fmt.Fprintf(w, "\n%d indikator: %d tercapai, %d belum tercapai", h.Total.Indikator, h.Total.Tercapai,
		h.Total.Indikator-h.Total.Tercapai-h.Total.BelumDinilai)
	if n := h.Total.BelumDinilai; n > 0 {
		fmt.Fprintf(w, ", %d belum dinilai (tanpa target TW)", n)
	}
	fmt.Fprintln(w, ".")
}

func fmtNilai(a kinerja.Angka, satuan string) string {
	if !a.OK {
		return "–"
	}
	if kinerja.IsPersen(satuan) {
		return kinerja.FormatBilangan(a.V) + "%"
	}
	return kinerja.FormatBilangan(a.V)
}

func fmtTarget(a kinerja.Angka, r *[2]float64, satuan string) string {
	if r != nil {
		s := kinerja.FormatBilangan(r[0]) + "–" + kinerja.FormatBilangan(r[1])
		if kinerja.IsPersen(satuan) {
			s += "%"
		}
		return s
	}
	return fmtNilai(a, satuan)
}

// potong cuts s to n runes, marking the cut with "…".
func potong(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

package cli

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

type summaryOptions struct {
	data   dataFlags
	format string
	lokal  bool // --csv-lokal: ";" between cells and a decimal comma
}

func init() {
	register(func(e *env) *cobra.Command {
		o := &summaryOptions{}
		cmd := &cobra.Command{
			Use:   "summary FILE...",
			Short: "tampilkan angka hasil perhitungan (capaian, serapan, efisiensi)",
			Long: `Menghitung semua angka laporan dari buku kerja dan menampilkannya:
capaian per indikator dan predikatnya, serapan anggaran, efisiensi, dan total.

Format: table (untuk dibaca di terminal), json (untuk skrip dan dasbor), csv.
Temuan pada data hanya dihitung di stderr; rinciannya dengan 'lapkin validate'.

Beberapa berkas: json menulis satu objek per berkas per baris; csv satu
tabel dengan kolom "berkas" di depan; table satu tabel per berkas.
--csv-lokal menulis CSV untuk Excel berbahasa Indonesia: pemisah ";" dan
koma desimal. Sel teks yang diawali = + - @ diberi tanda kutip tunggal
agar tidak dijalankan sebagai rumus oleh Excel.`,
			Example: `  lapkin summary laporan.xlsx
  lapkin summary laporan.xlsx --format json --triwulan II
  lapkin summary data/*.xlsx --format csv --csv-lokal > rekap.csv`,
			Args: func(cmd *cobra.Command, args []string) error {
				if len(args) == 0 {
					return usageErr("summary memerlukan paling sedikit satu berkas buku kerja (.xlsx)\nContoh: lapkin summary laporan.xlsx")
				}
				return nil
			},
			RunE: func(cmd *cobra.Command, args []string) error {
				paths, err := expandInputs(args, o.data.recursive, e.stderr)
				if err != nil {
					return err
				}
				return runSummary(e, o, paths)
			},
		}
		o.data.add(cmd.Flags(), true)
		cmd.Flags().StringVar(&o.format, "format", "table", "format keluaran: table, json atau csv")
		cmd.Flags().BoolVar(&o.lokal, "csv-lokal", false, "CSV untuk Excel berbahasa Indonesia: pemisah ; dan koma desimal")
		return cmd
	})
}

func runSummary(e *env, o *summaryOptions, paths []string) error {
	switch o.format {
	case "table", "json", "csv":
	default:
		return usageErr("--format %q tidak dikenal: pilih table, json atau csv", o.format)
	}
	m, err := o.data.checkFlags()
	if err != nil {
		return err
	}
	several := len(paths) > 1
	csvOut := newSummaryCSV(e.stdout, o.lokal, several)
	code := ExitOK
	for n, path := range paths {
		c, err := summaryOne(e, o, m, path, csvOut, several, n)
		if err != nil {
			if !several {
				return err
			}
			// One bad file never stops the others.
			fmt.Fprintln(e.stderr, "lapkin: "+errorMessage(err))
			c = ExitUsage
			var xe *exitError
			if errors.As(err, &xe) {
				c = xe.code
			}
		}
		code = max(code, c)
	}
	if code != ExitOK {
		return silentExit(code)
	}
	return nil
}

// summaryOne prints the figures of one workbook; n is its place among
// the inputs (a blank line separates tables). It returns the file's exit
// code.
func summaryOne(e *env, o *summaryOptions, m kinerja.Metode, path string, csvOut *summaryCSV, several bool, n int) (int, error) {
	mu, err := loadWorkbook(path, &o.data, m)
	if err != nil {
		return ExitUsage, err
	}
	if fatal := fatalFindings(mu); len(fatal) > 0 {
		fmt.Fprintf(e.stderr, "%s: angka tidak dapat dihitung:\n", visible(path))
		for _, t := range fatal {
			fmt.Fprintf(e.stderr, "  %s %s: %s\n", t.Rule, t.Ref(), visible(t.Message))
		}
		return ExitData, nil
	}
	switch o.format {
	case "json":
		write := writeJSONIndented
		if several {
			write = func(w io.Writer, v any) error {
				b, err := json.Marshal(v)
				if err != nil {
					return err
				}
				return writeRawLine(w, withVersi(b))
			}
		}
		if err := write(e.stdout, mu.hasil); err != nil {
			return ExitUsage, usageErr("gagal menulis keluaran: %s", output.Message(err))
		}
	case "csv":
		if err := csvOut.write(path, mu.hasil); err != nil {
			return ExitUsage, usageErr("gagal menulis keluaran: %s", output.Message(err))
		}
	default:
		if several {
			if n > 0 {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintln(e.stdout, visible(path))
		}
		writeSummaryTable(e.stdout, mu.lap, mu.hasil)
	}
	if n := len(mu.temuan); n > 0 {
		fmt.Fprintf(e.stderr, "Catatan: %s: data memiliki %d galat, %d peringatan, %d info; jalankan 'lapkin validate %s' untuk rinciannya.\n",
			visible(path), mu.temuan.Count(kinerja.Error), mu.temuan.Count(kinerja.Warning), mu.temuan.Count(kinerja.Info), visible(shellQuote(path)))
	}
	return ExitOK, nil
}

// fatalFindings are the findings that stop the computation (docs/cli.md#summary:
// LK001–LK004 errors), or a reporting quarter that could not be known.
func fatalFindings(mu *loadedWorkbook) kinerja.DaftarTemuan {
	var out kinerja.DaftarTemuan
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

// summaryCSV writes summary's CSV (docs/cli.md#summary): one header,
// then one row per indicator, kegiatan and the totals of each workbook,
// with a leading "berkas" column when there are several workbooks.
// Numbers are unrounded, with a dot (or, --csv-lokal, a comma) as decimal
// separator; text cells that a spreadsheet would run as a formula are
// neutralised (csvText).
type summaryCSV struct {
	cw      *csv.Writer
	lokal   bool
	several bool
	header  bool // written
	// bom: the first cell still to be written starts with a byte order
	// mark (--csv-lokal): Excel reads a CSV as UTF-8 only after one, and
	// as the Windows code page (cp1252) otherwise, which garbles "–",
	// "…" and every letter beyond ASCII.
	bom bool
}

func newSummaryCSV(w io.Writer, lokal, several bool) *summaryCSV {
	cw := csv.NewWriter(w)
	if lokal {
		cw.Comma = ';'
	}
	return &summaryCSV{cw: cw, lokal: lokal, several: several, bom: lokal}
}

func (s *summaryCSV) row(path string, cells ...string) {
	if s.several {
		cells = append([]string{csvText(path)}, cells...)
	}
	if s.bom {
		cells[0] = "\ufeff" + cells[0]
		s.bom = false
	}
	s.cw.Write(cells)
}

func (s *summaryCSV) write(path string, h *kinerja.Hasil) error {
	if !s.header {
		s.row("berkas", "jenis", "kode", "nama", "indikator", "satuan", "target", "target_periode", "realisasi",
			"capaian", "capaian_tahunan", "predikat", "tercapai", "pagu", "realisasi_anggaran", "serapan",
			"efisiensi", "nilai_efisiensi")
		s.header = true
	}
	num, rp, target := s.num, s.rp, s.target
	for _, i := range h.Indikator {
		pred, tercapai := "", ""
		if i.Predikat != nil {
			pred = *i.Predikat
		}
		if i.Dinilai { // empty: not judged, as null in JSON
			tercapai = map[bool]string{true: "ya", false: "tidak"}[i.Tercapai]
		}
		s.row(path, "indikator", csvText(i.Kode), csvText(i.Sasaran), csvText(i.Indikator), csvText(i.Satuan),
			target(i.Target, i.TargetRentang), target(i.TargetPeriode, i.TargetPeriodeRentang),
			num(i.Realisasi), num(i.Capaian), num(i.CapaianTahunan), csvText(pred), tercapai,
			rp(i.Pagu), rp(i.RealisasiAnggaran), num(i.Serapan), num(i.Efisiensi), num(i.NilaiEfisiensi))
	}
	for _, k := range h.Kegiatan {
		s.row(path, "kegiatan", csvText(k.Kode), csvText(k.Kegiatan), csvText(k.Indikator), "",
			num(k.TargetKinerja), "", num(k.RealisasiKinerja), num(k.Capaian), "", "", "",
			rp(k.Pagu), rp(k.RealisasiAnggaran), num(k.Serapan), num(k.Efisiensi), num(k.NilaiEfisiensi))
	}
	t := h.Total
	// tercapai is a yes/no column: the totals row leaves it empty (the
	// count is in the JSON and the table).
	s.row(path, "total", "", "", "", "", "", "", "", "", "", "", "",
		rp(t.Pagu), rp(t.RealisasiAnggaran), num(t.Serapan), num(t.Efisiensi), num(t.NilaiEfisiensi))
	s.cw.Flush()
	return s.cw.Error()
}

func (s *summaryCSV) decimal(v string) string {
	if s.lokal {
		return strings.Replace(v, ".", ",", 1)
	}
	return v
}

func (s *summaryCSV) num(a kinerja.Angka) string {
	if !a.OK {
		return ""
	}
	return s.decimal(strconv.FormatFloat(a.V, 'f', -1, 64))
}

func (s *summaryCSV) rp(r kinerja.Rupiah) string {
	if !r.OK {
		return ""
	}
	return strconv.FormatInt(r.V, 10)
}

func (s *summaryCSV) target(a kinerja.Angka, r *[2]float64) string {
	if r != nil {
		return s.decimal(strconv.FormatFloat(r[0], 'f', -1, 64)) + "–" + s.decimal(strconv.FormatFloat(r[1], 'f', -1, 64))
	}
	return s.num(a)
}

// writeSummaryTable prints the figures for a person in an 80-column
// terminal: one line per indicator and per kegiatan, then the totals.
func writeSummaryTable(w io.Writer, l *kinerja.Laporan, h *kinerja.Hasil) {
	id := l.Identitas
	jab := id.JabatanSingkat
	if jab == "" {
		jab = id.Jabatan
	}
	periode := "Triwulan " + kinerja.Romawi(h.Triwulan) + " Tahun " + strconv.Itoa(h.Tahun)
	if h.Tahunan() {
		periode = "Laporan Tahunan " + strconv.Itoa(h.Tahun)
	}
	fmt.Fprintf(w, "%s, %s — %s (efisiensi: %s)\n\n", visible(jab), visible(id.Unit), periode, h.Metode)

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
		fmt.Fprintf(w, "%-5s %-28s %10s %10s %9s %-13s\n", truncate(i.Kode, 5), truncate(i.Indikator, 28),
			truncate(fmtTarget(i.TargetPeriode, i.TargetPeriodeRentang, i.Satuan), 10),
			truncate(fmtNilai(i.Realisasi, i.Satuan), 10), kinerja.FormatPersen(i.Capaian), pred)
	}
	if len(h.Kegiatan) > 0 {
		fmt.Fprintln(w, "\nKEGIATAN")
		fmt.Fprintf(w, "%-23s %-5s %15s %15s %8s %9s\n", "Kegiatan", "Ind.", "Pagu", "Realisasi", "Serapan", "Efisiensi")
		fmt.Fprintln(w, strings.Repeat("-", 80))
		for _, k := range h.Kegiatan {
			// In a budget hierarchy, two spaces per level under the top.
			indent := ""
			for p, d := k.Parent, 0; p >= 0 && p < len(h.Kegiatan) && d < 8; p, d = h.Kegiatan[p].Parent, d+1 {
				indent += "  "
			}
			fmt.Fprintf(w, "%-23s %-5s %15s %15s %8s %9s\n", indent+truncate(k.Kegiatan, 23-len(indent)), truncate(k.Indikator, 5),
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

// truncate cuts s to n runes, marking the cut with "…"; control
// characters are escaped first (visible), so that cell text cannot move
// the cursor or recolour the terminal.
func truncate(s string, n int) string {
	s = visible(strings.Join(strings.Fields(s), " "))
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

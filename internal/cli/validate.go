package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

type validateOptions struct {
	data   dataFlags
	format string
	strict bool
}

func init() {
	register(func(e *env) *cobra.Command {
		o := &validateOptions{}
		cmd := &cobra.Command{
			Use:   "validate FILE...",
			Short: "periksa buku kerja dan tampilkan temuannya",
			Long: `Memeriksa satu atau beberapa buku kerja: apakah dapat dibaca, apakah datanya
lengkap dan konsisten (satuan, kode, target, realisasi, anggaran, capaian dan
efisiensi yang ditulis sendiri, tanggal laporan, NIP, narasi yang menyebut
triwulan, tahun atau unit lain).

Setiap temuan menyebut aturannya (LK001…LK025), tingkatnya (GALAT, PERINGATAN,
INFO), selnya (mis. Realisasi!C4), kode indikator atau kegiatannya, apa yang
salah dan cara memperbaikinya. Setiap berkas diperiksa sendiri-sendiri.

Status keluar: 0 tidak ada galat; 1 ada galat (dengan --strict: juga
peringatan) atau berkas tidak dapat dibaca; 2 perintah tidak dapat dijalankan
(opsi salah, berkas tidak ada).`,
			Example: `  lapkin validate laporan.xlsx
  lapkin validate data/*.xlsx --strict
  lapkin validate data            (semua .xlsx di folder data)
  lapkin validate laporan.xlsx --format json --triwulan II`,
			Args: func(cmd *cobra.Command, args []string) error {
				if len(args) == 0 {
					return usageErr("validate memerlukan paling sedikit satu berkas buku kerja (.xlsx)\n" +
						"Contoh: lapkin validate laporan.xlsx")
				}
				return nil
			},
			RunE: func(cmd *cobra.Command, args []string) error {
				paths, err := expandInputs(args, o.data.recursive, e.stderr)
				if err != nil {
					return err
				}
				return runValidate(e, o, paths)
			},
		}
		o.data.add(cmd.Flags(), true)
		cmd.Flags().StringVar(&o.format, "format", "text", "format keluaran: text atau json (satu objek JSON per berkas per baris)")
		cmd.Flags().BoolVar(&o.strict, "strict", false, "peringatan juga dianggap gagal (status keluar 1)")
		return cmd
	})
}

// hasilValidasi is one file's line of `validate --format json` (docs/json.md#validate).
type hasilValidasi struct {
	Versi    string               `json:"versi"`
	File     string               `json:"file"`
	Errors   int                  `json:"errors"`
	Warnings int                  `json:"warnings"`
	Infos    int                  `json:"infos"`
	Findings kinerja.DaftarTemuan `json:"findings"`
}

func runValidate(e *env, o *validateOptions, paths []string) error {
	switch o.format {
	case "text", "json":
	default:
		return usageErr("--format %q tidak dikenal: pilih text atau json", o.format)
	}
	m, err := o.data.checkFlags()
	if err != nil {
		return err
	}
	var lolos, gagal, hilang int
	for _, path := range paths {
		mu, err := loadWorkbook(path, &o.data, m)
		if err != nil {
			if len(paths) == 1 {
				return err
			}
			// One missing file never stops the others (docs/cli.md#validate).
			hilang++
			fmt.Fprintln(e.stderr, "lapkin: "+errorMessage(err))
			continue
		}
		ts := temuanValidasi(mu)
		gagalIni := ts.HasError() || o.strict && ts.Count(kinerja.Warning) > 0
		if gagalIni {
			gagal++
		} else {
			lolos++
		}
		if o.format == "json" {
			if err := writeValidationJSON(e.stdout, path, ts); err != nil {
				return usageErr("gagal menulis keluaran: %v", err)
			}
			continue
		}
		if lolos+gagal > 1 {
			fmt.Fprintln(e.stdout) // a blank line between files
		}
		writeValidationText(e.stdout, path, ts, o.strict, textWidth(e))
	}
	if len(paths) > 1 {
		w := e.stdout
		if o.format == "json" {
			w = e.stderr // stdout holds only JSON lines
		}
		if o.format == "text" {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, fileSummary(len(paths), lolos, gagal, hilang, o.strict))
	}
	switch {
	case hilang > 0:
		return silentExit(ExitUsage)
	case gagal > 0:
		return silentExit(ExitData)
	}
	return nil
}

// errorMessage is an error's message without the exit code.
func errorMessage(err error) string {
	var xe *exitError
	if errors.As(err, &xe) {
		return xe.msg
	}
	return err.Error()
}

// temuanValidasi returns a workbook's findings, adding one when the
// reporting quarter is unknown and no finding says why, so that a file
// whose figures could not be checked never looks clean.
func temuanValidasi(mu *loadedWorkbook) kinerja.DaftarTemuan {
	ts := mu.temuan
	if mu.lap == nil || mu.hasil != nil {
		return ts
	}
	for _, t := range ts {
		if (t.Rule == "LK004" || t.Rule == "LK008") && strings.Contains(strings.ToLower(t.Message), "triwulan") {
			return ts
		}
	}
	ts = append(ts, kinerja.Baru("LK004", kinerja.Error, mu.lap.Identitas.Ref(kinerja.FieldTriwulan), "",
		"Triwulan pelaporan tidak diketahui, sehingga angka laporan tidak dapat diperiksa. "+
			"Isi Triwulan (I–IV) di lembar Identitas, atau pakai opsi --triwulan."))
	ts.Sort()
	return ts
}

func writeValidationJSON(w io.Writer, path string, ts kinerja.DaftarTemuan) error {
	if ts == nil {
		ts = kinerja.DaftarTemuan{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(hasilValidasi{
		Versi:    jsonVersi,
		File:     path,
		Errors:   ts.Count(kinerja.Error),
		Warnings: ts.Count(kinerja.Warning),
		Infos:    ts.Count(kinerja.Info),
		Findings: ts,
	})
}

// textWidth is the width text output is wrapped to: the terminal's (at
// least 60 columns), and no wrapping at all (0) when stdout is a file or a
// pipe, so that a script or an editor sees one finding per line.
func textWidth(e *env) int {
	if !e.ios.IsStdoutTTY() {
		return 0
	}
	if w := e.ios.TerminalWidth(); w > 0 {
		return max(w, 60)
	}
	return 100
}

// indenLanjut indents a finding's continuation lines, under its rule id.
const indenLanjut = "              "

// writeValidationText prints one file's findings: its name, one finding per
// entry (errors first), and a closing count with what to do next.
func writeValidationText(w io.Writer, path string, ts kinerja.DaftarTemuan, strict bool, width int) {
	fmt.Fprintln(w, visible(path))
	if len(ts) == 0 {
		fmt.Fprintln(w, "  Tidak ada temuan.")
	}
	for _, t := range ts {
		head := fmt.Sprintf("  %-10s  %s  %s", t.Severity.Label(), t.Rule, t.Ref())
		if t.Key != "" {
			head += "  [" + visible(t.Key) + "]"
		}
		fmt.Fprintln(w, wrap(head+"  ", visible(t.Message), width))
	}
	e, wn, in := ts.Count(kinerja.Error), ts.Count(kinerja.Warning), ts.Count(kinerja.Info)
	hitung := fmt.Sprintf("%d galat, %d peringatan, %d info", e, wn, in)
	var lanjut string
	switch {
	case e > 0:
		lanjut = "perbaiki galat di atas sebelum membuat laporan ('lapkin generate --draf' membuat draf)."
	case strict && wn > 0:
		lanjut = "tidak lolos --strict: tindak lanjuti peringatan di atas."
	case wn > 0:
		lanjut = "laporan dapat dibuat; periksa peringatan di atas."
	default:
		lanjut = "laporan dapat dibuat dengan 'lapkin generate'."
	}
	fmt.Fprintln(w, wrap("  Ringkasan: ", hitung+"; "+lanjut, width))
}

// wrap writes head then text wrapped at width columns (0: not
// wrapped); continuation lines start with indenLanjut. Words longer than a
// line stay whole.
func wrap(head, text string, width int) string {
	if width <= 0 {
		return head + strings.Join(strings.Fields(text), " ")
	}
	var b strings.Builder
	b.WriteString(head)
	col := utf8.RuneCountInString(head)
	start := col
	for _, word := range strings.Fields(text) {
		n := utf8.RuneCountInString(word)
		// The first word goes after the head unless it does not fit
		// there: then, as every other word that does not fit, on a new
		// line.
		if (col > start || start > len(indenLanjut)) && col+1+n > width {
			b.WriteString("\n" + indenLanjut)
			col = utf8.RuneCountInString(indenLanjut)
			start = col
		} else if col > start {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += n
	}
	return b.String()
}

// fileSummary is the closing line for several files: "3 berkas
// diperiksa: 1 tanpa galat, 1 dengan galat, 1 tidak dapat dibuka".
func fileSummary(n, lolos, gagal, hilang int, strict bool) string {
	s := fmt.Sprintf("%d berkas diperiksa: ", n)
	if strict {
		s += fmt.Sprintf("%d lolos, %d tidak lolos (--strict: galat atau peringatan)", lolos, gagal)
	} else {
		s += fmt.Sprintf("%d tanpa galat, %d dengan galat", lolos, gagal)
	}
	if hilang > 0 {
		s += fmt.Sprintf(", %d tidak dapat dibuka", hilang)
	}
	return s
}

package report

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// breakLinesSplit is breakLines as it was before it stopped splitting the
// text into slices of words (a line was a strings.Builder of the words
// joined by single spaces): the oracle of TestBreakLinesSameLines.
func (d *doc) breakLinesSplit(teks string, w float64) []string {
	if w < 1 {
		w = 1
	}
	if teks != "" && !strings.ContainsAny(teks, "\n \t") && d.pdf.GetStringWidth(teks) <= w+0.01 {
		return []string{teks}
	}
	var out []string
	sp := d.pdf.GetStringWidth(" ")
	for _, para := range strings.Split(teks, "\n") {
		words := strings.FieldsFunc(para, isWordBreak)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		var line strings.Builder
		lw := 0.0
		for _, word := range words {
			ww := d.pdf.GetStringWidth(word)
			if line.Len() > 0 && lw+sp+ww <= w+0.01 {
				line.WriteByte(' ')
				line.WriteString(word)
				lw += sp + ww
				continue
			}
			if line.Len() > 0 {
				out = append(out, line.String())
				line.Reset()
			}
			for ww > w+0.01 {
				cut := wordCut(word, func(end int) bool { return d.pdf.GetStringWidth(word[:end]) <= w+0.01 })
				out = append(out, word[:cut])
				word = word[cut:]
				ww = d.pdf.GetStringWidth(word)
			}
			line.WriteString(word)
			lw = ww
		}
		out = append(out, line.String())
	}
	return out
}

// TestBreakLinesSameLines: breakLines, which takes its lines out of the
// text when the words stand single-spaced, gives the lines of the code
// before it on random texts of words, spaces, tabs, nbsp, newlines and
// over-long identifiers, at widths from 2 to 170 mm.
func TestBreakLinesSameLines(t *testing.T) {
	d := &doc{pdf: fpdfBaru(t), kertas: kertasA4}
	d.setFont("", ukuranIsi)
	pieces := []string{"kinerja", "anggaran", "84,69%", "Rp\u00a07.500.000", "TW\u00a0III", "é", "—", "(realisasi)",
		"sub_kegiatan_pengelolaan-keuangan/desa.terpadu", "https://jdih.example.go.id/peraturan/nomor-96-tahun-2019.pdf",
		" ", " ", " ", "  ", "\t", "\n", "\n\n", " \t ", "a", "\xff"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		teks := b.String()
		w := 2 + r.Float64()*168
		if got, want := d.breakLines(teks, w), d.breakLinesSplit(teks, w); !slices.Equal(got, want) {
			t.Fatalf("breakLines(%q, %.2f) = %q, want %q", teks, w, got, want)
		}
	}
}

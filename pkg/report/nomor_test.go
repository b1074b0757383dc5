package report

import (
	"bytes"
	"math"
	"regexp"
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

var reNomorJudul = regexp.MustCompile(`^[0-9]+\.`)

// cekNomorGantung checks the numbered indicator headings of pages: a
// number "n." at the left edge of the text block is a word of its own,
// and its heading's first word starts at least jarakNomor−0.5 mm to its
// right (docs/laporan.md#penomoran). It returns how many numbers of
// three digits or more it saw.
func cekNomorGantung(t *testing.T, name string, pages []halamanBBox) int {
	t.Helper()
	seen := 0
	left := marginA4.left * ptPerMM
	for p, pg := range pages {
		for _, w := range pg.Kata {
			// Body text (11 pt) only: a chart's labels are smaller.
			if h := w.Y1 - w.Y0; h < 12 || h > 12.6 || math.Abs(w.X0-left) > 0.5 || !reNomorJudul.MatchString(w.Text) {
				continue
			}
			m := reNomorJudul.FindString(w.Text)
			if len(m) < 4 {
				continue
			}
			if m != w.Text {
				t.Errorf("%s page %d: the number runs into its heading: %q", name, p+1, w.Text)
				continue
			}
			seen++
			// The nearest word right of the number on its line.
			next := math.Inf(1)
			for _, v := range pg.Kata {
				if math.Abs(v.Y0-w.Y0) < 0.5 && v.X0 > w.X0 {
					next = min(next, v.X0)
				}
			}
			if gap := (next - w.X1) / ptPerMM; gap < jarakNomor-0.5 {
				t.Errorf("%s page %d: %q is %.2f mm from its heading", name, p+1, w.Text, gap)
			}
		}
	}
	return seen
}

// TestNomorGantung: with more than 99 indicators the numbers of the
// indicator headings in 2.2 (quarterly) and 3.1 (annual) keep a gap to
// their text; the hanging indent grows with the widest number.
func TestNomorGantung(t *testing.T) {
	l := laporanBesar(105, 3)
	pdf, _ := render(t, l, Options{})
	if n := cekNomorGantung(t, "triwulan", kataHalaman(t, pdf)); n < 6 {
		t.Errorf("triwulan: %d headings numbered 100–105 found", n)
	}
	l.Identitas.Triwulan = 4
	for i := range l.Realisasi {
		for q := range 4 {
			if !l.Realisasi[i].TW[q].Ada {
				l.Realisasi[i].TW[q] = angka(1)
			}
		}
	}
	var buf bytes.Buffer
	if _, err := Render(&buf, l, kinerja.HitungTahunan(l, kinerja.PMK), Options{}); err != nil {
		t.Fatal(err)
	}
	if n := cekNomorGantung(t, "tahunan", kataHalaman(t, buf.Bytes())); n < 6 {
		t.Errorf("tahunan: %d headings numbered 100–105 found", n)
	}
}

// TestLebarNomor: the number column fits the widest number of the list,
// four digits included, and keeps two digits' 8 mm.
func TestLebarNomor(t *testing.T) {
	d := &doc{pdf: fpdfBaru(t)}
	d.setFont("B", ukuranIsi)
	if w := d.numberColumn(9); w != 8 {
		t.Errorf("numberColumn(9) = %.2f mm, want 8", w)
	}
	if w, need := d.numberColumn(2000), d.pdf.GetStringWidth("1899.")+jarakNomor; w < need {
		t.Errorf("numberColumn(2000) = %.2f mm, narrower than \"1899.\" and its gap (%.2f mm)", w, need)
	}
}

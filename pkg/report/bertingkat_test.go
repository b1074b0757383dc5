package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// Tabel 2.3 of a program → kegiatan → sub kegiatan sheet (the example of
// internal/contoh, figures worked out in contoh.Bertingkat's comment):
// the hierarchy under each indicator, indented by level, each parent
// row the sum of its sub kegiatan, a Jumlah of the 12 sub kegiatan once,
// and Gambar 2.2 per program (the top level).
func TestTabel23Bertingkat(t *testing.T) {
	var b bytes.Buffer
	if err := workbook.Write(&b, contoh.Bertingkat()); err != nil {
		t.Fatal(err)
	}
	l, ts := workbook.ReadFrom(&b, "bertingkat.xlsx", workbook.Options{})
	if l == nil {
		t.Fatal(ts)
	}
	pdf, _ := render(t, l, Options{})
	cekTataLetak(t, pdf)
	text := teks(t, pdf)
	mengandung(t, text,
		"menguraikan 2 program, 5 kegiatan dan 12 sub kegiatan",
		// P1's row: program 1.02.02's leaves, 2.438/4.880 = 49,96%.
		"4.880.000.000 2.438.000.000 49,96%",
		// Jumlah: 5.580 and 2.743,5 million, 2.743,5/5.580 = 49,17%.
		"Jumlah 5.580.000.000 2.743.500.000 49,17%",
		// Gambar 2.2 per program.
		"1.02.03 Program Peningkatan Kapasitas",
	)
	// Tabel 2.1 grouped by the Target sheet's Tingkat: S1, then P1 and P2,
	// then K1–K5, each group under its heading.
	t21 := text[strings.Index(text, "Tabel 2.1"):strings.Index(text, "Tabel 2.2")]
	is, ip, ik := strings.Index(t21, "Indikator tingkat Sasaran Strategis"), strings.Index(t21, "Indikator tingkat Program"), strings.Index(t21, "Indikator tingkat Kegiatan")
	if is < 0 || ip < is || ik < ip || strings.Index(t21, "Indeks kepuasan") < is || strings.Index(t21, "izin praktik") < ip {
		t.Errorf("Tabel 2.1 not grouped by Tingkat: %s", t21)
	}
	t23 := text[strings.Index(text, "Tabel 2.3 Cost per Outcome"):strings.Index(text, "Gambar 2.2 Serapan")]
	// A sub kegiatan under its program's indicator (P1) and under its
	// kegiatan's (K1): twice; in the Jumlah once (checked above).
	if n := strings.Count(t23, "1.02.02.2.01.0014"); n != 2 {
		t.Errorf("sub kegiatan 0014 appears %d times in Tabel 2.3, want 2", n)
	}
	// Indented by level: the program's code left of its kegiatan's, left of
	// its sub kegiatan's.
	x := map[string]float64{}
	for _, pg := range kataHalaman(t, pdf) {
		for _, w := range pg.Kata {
			switch w.Text {
			case "1.02.02", "1.02.02.2.01", "1.02.02.2.01.0014":
				if _, seen := x[w.Text]; !seen {
					x[w.Text] = w.X0
				}
			}
		}
	}
	if !(x["1.02.02"] < x["1.02.02.2.01"] && x["1.02.02.2.01"] < x["1.02.02.2.01.0014"]) {
		t.Errorf("not indented by level: %v", x)
	}
}

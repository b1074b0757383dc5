package report

import (
	"bytes"
	"testing"

	"github.com/lapkin/lapkin/internal/fpdf"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// BenchmarkFont measures what every report pays for its fonts: with the
// patched fpdf (internal/fpdf/PATCHES.md) the TrueType files are parsed
// once per process, so this is a document's registration of the three
// styles from the shared parse (it was ~10 ms when each document parsed).
func BenchmarkFont(b *testing.B) {
	for i := 0; i < b.N; i++ {
		pdf := fpdf.New("P", "mm", "A4", "")
		if err := installFonts(pdf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRender renders the reference report.
func BenchmarkRender(b *testing.B) {
	l := contohLaporan()
	h := kinerja.Hitung(l, 2, kinerja.PMK)
	tpl, err := LoadTemplates("")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if _, err := Render(&buf, l, h, Options{Templates: tpl}); err != nil {
			b.Fatal(err)
		}
	}
}

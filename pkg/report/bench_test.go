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

// benchParagraphs are justified paragraphs of the reference report's
// kind (TestTotalFit's), broken at the widths of a portrait A4 page.
var benchParagraphs = []string{
	"Fasilitasi yang akan kami lakukan dalam tahun 2023 ini ada 11 jenis fasilitasi dan 2 koordinasi, mulai dari Fasilitasi pelaksanaan APBDes, Penjaringan Perangkat Desa sampai penyusunan APBDes. Akan tetapi yang menjadi acuan data kami dalam pelaporan capaian kinerja sejumlah 23% adalah a. Fasilitasi Penjaringan Perangkat Desa yang sudah kami lakukan di 4 Desa; b. Fasilitasi penerapan dan penegakan peraturan perundang-undangan; c. Fasilitasi administrasi tata Pemerintahan Desa.",
	"Capaian dipengaruhi oleh keterlambatan penyampaian data dari desa dan jadwal verifikasi yang bergeser. Capaian dipengaruhi oleh keterlambatan penyampaian data dari desa dan jadwal verifikasi yang bergeser. Capaian dipengaruhi oleh keterlambatan penyampaian data dari desa dan jadwal verifikasi yang bergeser.",
	"Target 30 Menit (target tahunan) terealisasi 30 Menit, capaian 100,00% (predikat Sangat Tinggi): target telah tercapai. Pada akhir triwulan sebelumnya capaiannya 95,00%. Anggaran yang mendukungnya sebesar Rp300.000.000 dengan realisasi Rp225.000.000 (serapan 75,00%).",
}

// BenchmarkBreakParagraph measures the justified paragraph breaker
// (breakParagraph with hyphenation: the total fit of linebreak.go), per
// paragraph.
func BenchmarkBreakParagraph(b *testing.B) {
	d := &doc{pdf: fpdf.New("P", "mm", "A4", ""), kertas: kertasA4}
	if err := installFonts(d.pdf); err != nil {
		b.Fatal(err)
	}
	d.setFont("", 11)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, w := range []float64{150, 157.4, 160} {
			for _, s := range benchParagraphs {
				d.breakParagraph(s, w, true)
			}
		}
	}
}

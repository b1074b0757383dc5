package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// Tabel 2.3's "Kegiatan yang tidak terkait indikator kinerja" lists only
// rows that no indicator covers, not a program without a link of its own
// whose kegiatan are all linked (its rows are already under their
// indicators; listing it again showed every row twice and called linked
// kegiatan "tidak terkait").
func TestTabel23TidakTerkait(t *testing.T) {
	tanpaLink := func(kode ...string) string {
		ls := contoh.Bertingkat()
		for i := range ls {
			if ls[i].Nama != "Anggaran" {
				continue
			}
			for _, row := range ls[i].Baris {
				for _, k := range kode {
					if row[1] == k {
						row[3] = nil // the Indikator cell
					}
				}
			}
		}
		var b bytes.Buffer
		if err := workbook.Write(&b, ls); err != nil {
			t.Fatal(err)
		}
		l, ts := workbook.ReadFrom(&b, "bertingkat.xlsx", workbook.Options{})
		if l == nil {
			t.Fatal(ts)
		}
		pdf, _ := render(t, l, Options{})
		text := teks(t, pdf)
		return text[strings.Index(text, "Tabel 2.3 Cost per Outcome"):strings.Index(text, "Gambar 2.2 Serapan")]
	}
	// Program 1.02.03 without its link P2; its kegiatan keep K4 and K5.
	t23 := tanpaLink("1.02.03")
	if strings.Contains(t23, "tidak terkait") {
		t.Errorf("a program whose kegiatan are all linked is listed as not linked:\n%s", t23)
	}
	// Kegiatan 1.02.03.2.02 without K5 as well: it and its two sub
	// kegiatan are covered by nothing and are listed, the program not.
	t23 = tanpaLink("1.02.03", "1.02.03.2.02")
	i := strings.Index(t23, "Kegiatan yang tidak terkait indikator kinerja")
	if i < 0 {
		t.Fatalf("the kegiatan covered by no indicator is not listed:\n%s", t23)
	}
	lepas := t23[i:]
	lepas = lepas[:strings.Index(lepas, "Jumlah ")]
	mengandung(t, lepas, "K.1 1.02.03.2.02", "1.02.03.2.02.0002")
	if strings.Contains(lepas, "1.02.03 Program") || strings.Contains(lepas, "1.02.03.2.01") {
		t.Errorf("rows covered by an indicator listed as not linked:\n%s", lepas)
	}
}

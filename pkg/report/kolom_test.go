package report

import (
	"fmt"
	"math"
	"regexp"
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// identifierPanjang is a pasted SIPD file name: 93 characters without a
// space.
const identifierPanjang = "sub_kegiatan_pengelolaan_keuangan_desa-terpadu-berbasis-sistem_informasi_SISKEUDES-versi_2.0"

var reRomawi = regexp.MustCompile(`^(I|II|III|IV)$`)

// TestKataPanjang: a long unbreakable identifier in Sasaran, Indikator and
// a kegiatan's name breaks inside itself; it neither squeezes the figure
// columns (a figure stays with its unit, "TW" with its numeral) nor
// shrinks the tables' font (docs/laporan.md#tabel).
func TestKataPanjang(t *testing.T) {
	l := contohLaporan()
	l.Target[1].Satuan = tsel("Dokumen")
	l.Target[2].Sasaran = tsel(identifierPanjang)
	l.Target[2].Indikator = tsel(identifierPanjang)
	l.Anggaran[0].Kegiatan = tsel(identifierPanjang)
	l.Anggaran[0].Indikator = tsel("IK2")
	pdf, _ := render(t, l, Options{})
	dokumen, tw := 0, 0
	for p, pg := range kataHalaman(t, pdf) {
		for _, w := range pg.Kata {
			switch {
			case w.Text == "T" || w.Text == "W":
				t.Errorf("page %d: %q alone: a header word broken", p+1, w.Text)
			case len(w.Text) >= 3 && w.Text[:3] == "Dok" && w.Text != "Dokumen" && w.Text != "Dokumen,":
				t.Errorf("page %d: %q: a unit broken", p+1, w.Text)
			case w.Text == "Dokumen" && w.Y1-w.Y0 < 12 && w.Y1-w.Y0 > 8: // table cells at 7,5 pt or more
				dokumen++
			case w.Text == "TW":
				// its numeral follows on the same line
				ok := false
				for _, v := range pg.Kata {
					ok = ok || (math.Abs(v.Y0-w.Y0) < 0.5 && v.X0 > w.X1 && v.X0-w.X1 < 5 && reRomawi.MatchString(v.Text))
				}
				if !ok {
					t.Errorf("page %d: \"TW\" without its numeral on its line", p+1)
				}
				tw++
			}
		}
	}
	// 12 Dokumen in Tabel 2.1, 12 Dokumen and 0 Dokumen in Tabel 2.2 and
	// Tabel 2.3.
	if dokumen < 5 || tw == 0 {
		t.Errorf("%d cells \"… Dokumen\" and %d \"TW\" found in the tables", dokumen, tw)
	}
}

// TestTabel23DuaHalaman: a Tabel 2.3 of 31 to portraitRows rows (here 7
// kegiatan of the reference and 31 more under IK1, with their indicator
// rows and Jumlah: 45 rows; IK1 has kegiatan 1.1–1.32) stays on portrait pages: no page of the
// report is landscape (docs/laporan.md#halaman-lanskap).
func TestTabel23DuaHalaman(t *testing.T) {
	l := contohLaporan()
	for j := range 31 {
		l.Anggaran = append(l.Anggaran, kinerja.Kegiatan{
			Kode:      tsel(fmt.Sprintf("5.2.%02d", j+1)),
			Kegiatan:  tsel(fmt.Sprintf("Penyelenggaraan pembinaan dan pengawasan pemerintahan desa tahap %d", j+1)),
			Indikator: tsel("IK1"), Pagu: angka(float64(10_000_000 + 1_000_000*j)), Realisasi: angka(float64(4_000_000 + 300_000*j)),
		})
	}
	pdf, _ := render(t, l, Options{})
	tabel := 0
	for p, pg := range kataHalaman(t, pdf) {
		if pg.W > pg.H {
			t.Errorf("page %d is landscape", p+1)
		}
		for _, w := range pg.Kata {
			if w.Text == "1.32" {
				tabel++
			}
		}
	}
	if tabel != 1 {
		t.Errorf("row 1.32 found %d times", tabel)
	}
}

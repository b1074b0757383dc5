package report

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// cekMarginCM checks that every word lies inside the margins m (cm) on
// paper k: on a portrait page as given; on a landscape page (paper k
// turned, docs/laporan.md#halaman-lanskap) the top gets the left (binding)
// margin, the left and the right the bottom and the top margins, the bottom
// the bottom margin.
func cekMarginCM(t *testing.T, pages []halamanBBox, k kertas, m kinerja.Margin) {
	t.Helper()
	pt := 10 * ptPerMM // pt per cm
	for p, pg := range pages {
		w, h := k.w, k.h
		ki, at, ka, bw := m.Left, m.Top, m.Right, m.Bottom
		if pg.W > pg.H {
			w, h = k.h, k.w
			ki, at, ka, bw = m.Bottom, m.Left, m.Top, m.Bottom
		}
		if math.Abs(pg.W-w*ptPerMM) > 0.1 || math.Abs(pg.H-h*ptPerMM) > 0.1 {
			t.Errorf("page %d is %.1f × %.1f pt, want %s", p+1, pg.W, pg.H, k.nama)
		}
		for _, x := range pg.Kata {
			if x.X0 < ki*pt-0.05 || x.X1 > pg.W-ka*pt+0.05 || x.Y0 < at*pt-0.05 || x.Y1 > pg.H-bw*pt {
				t.Errorf("%s page %d: %q at x %.1f–%.1f, y %.1f–%.1f is in the margins %v", k.nama, p+1, x.Text, x.X0, x.X1, x.Y0, x.Y1, m)
			}
		}
	}
}

// TestMarginDiatur: a report with margins 4, 3, 3, 3 cm (kiri, atas,
// kanan, bawah) on A4 and F4 has nothing in them, on portrait and
// landscape pages (a long Tabel 2.3), and its body text starts at 4 cm
// (113,4 pt) from the left edge.
func TestMarginDiatur(t *testing.T) {
	m := kinerja.Margin{Left: 4, Top: 3, Right: 3, Bottom: 3}
	reports := map[string]*kinerja.Laporan{
		"contoh":   contohLaporan(),
		"sintetis": sintetis(t, contoh.Ukuran{Indikator: 30, Kegiatan: 120}),
	}
	for nama, l := range reports {
		for _, k := range []kertas{kertasA4, kertasF4} {
			pdf, _ := render(t, l, Options{Kertas: k.nama, Margin: m})
			pages := kataHalaman(t, pdf)
			cekMarginCM(t, pages, k, m)
			lanskap, bodyLines, atMargin := 0, 0, 0
			for _, pg := range pages[1:] {
				if pg.W > pg.H {
					lanskap++
					continue
				}
				for _, b := range barisHalaman(pg) {
					if h := b.y1 - b.y0; h > 12 && h < 12.6 { // 11 pt body text
						bodyLines++
						if math.Abs(b.x0-40*ptPerMM) < 0.1 {
							atMargin++
						}
					}
				}
			}
			if nama == "sintetis" && lanskap == 0 {
				t.Errorf("%s %s: no landscape page, want Tabel 2.3 on landscape pages", nama, k.nama)
			}
			// Paragraphs start at the margin; list items and captions
			// are indented or centred (cekMarginCM: none left of it).
			if atMargin < 20 {
				t.Errorf("%s %s: %d of %d body lines start at 4 cm", nama, k.nama, atMargin, bodyLines)
			}
		}
	}
}

// TestMarginBawaan: the default margins are the ones of
// docs/laporan.md#kertas-dan-margin: 3 cm left, 2 cm top and bottom, a
// text block of 16 cm (right 2 cm on A4, 2,5 cm on F4).
func TestMarginBawaan(t *testing.T) {
	for k, want := range map[kertas]margins{kertasA4: {30, 20, 20, 20}, kertasF4: {30, 20, 25, 20}} {
		if got := marginsOf(kinerja.Margin{}, k); got != want {
			t.Errorf("%s: default margins %v, want %v", k.nama, got, want)
		}
	}
	if got, want := marginsOf(kinerja.Margin{Left: 3.5, Top: 2, Right: 2.5, Bottom: 2}, kertasF4), (margins{35, 20, 25, 20}); got != want {
		t.Errorf("margins of 3,5/2/2,5/2 cm: %v, want %v", got, want)
	}
}

// TestMarginSempit: with the largest margins kinerja.ParseMargin accepts
// (a text block of 12 × 20 cm on A4: 5 + 4 cm left and right of 21 cm, 5 +
// 4,7 cm top and bottom of 29,7 cm) everything still fits, in the
// quarterly, the long-table and the annual report, on A4 and F4, and no
// two words overlap.
func TestMarginSempit(t *testing.T) {
	m := kinerja.Margin{Left: 5, Top: 5, Right: 4, Bottom: 4.7}
	if _, err := kinerja.ParseMargin("5; 5; 4; 4,7"); err != nil {
		t.Fatalf("ParseMargin: %v", err)
	}
	for _, k := range []kertas{kertasA4, kertasF4} {
		for _, l := range []*kinerja.Laporan{contohLaporan(), sintetis(t, contoh.Ukuran{Indikator: 30, Kegiatan: 120})} {
			pdf, _ := render(t, l, Options{Kertas: k.nama, Margin: m})
			cekMarginCM(t, kataHalaman(t, pdf), k, m)
			cekTataLetakIn(t, pdf, marginsOf(m, k))
		}
		l := tahunanLaporan()
		var buf bytes.Buffer
		if _, err := Render(&buf, l, kinerja.HitungTahunan(l, kinerja.PMK), Options{Kertas: k.nama, Margin: m}); err != nil {
			t.Fatal(err)
		}
		cekMarginCM(t, kataHalaman(t, buf.Bytes()), k, m)
		cekTataLetakIn(t, buf.Bytes(), marginsOf(m, k))
	}
}

// TestMarginIdentitas: the Identitas sheet's Margin applies when no
// Options.Margin is given (the CLI's --margin), which overrides it.
func TestMarginIdentitas(t *testing.T) {
	l := contohLaporan()
	l.Identitas.Margin = kinerja.Margin{Left: 4, Top: 3, Right: 3, Bottom: 3}
	minX := func(pdf []byte) float64 {
		x := math.Inf(1)
		for _, pg := range kataHalaman(t, pdf)[1:] {
			for _, w := range pg.Kata {
				x = min(x, w.X0)
			}
		}
		return x
	}
	pdf, _ := render(t, l, Options{})
	cekMarginCM(t, kataHalaman(t, pdf), kertasA4, l.Identitas.Margin)
	if x := minX(pdf); math.Abs(x-40*ptPerMM) > 0.1 {
		t.Errorf("Identitas Margin 4 cm: text starts at %.1f pt, want %.1f", x, 40*ptPerMM)
	}
	pdf, _ = render(t, l, Options{Margin: kinerja.Margin{Left: 3.5, Top: 2, Right: 2, Bottom: 2}})
	if x := minX(pdf); math.Abs(x-35*ptPerMM) > 0.1 {
		t.Errorf("Options.Margin 3,5 cm over Identitas 4 cm: text starts at %.1f pt, want %.1f", x, 35*ptPerMM)
	}
}

// TestFooterMuat: with margins 4, 3, 3, 3 cm a draft's running footer
// "DRAF · Laporan Kinerja Triwulan II Tahun 2023 · Kasi Pemerintahan ·
// Kecamatan Senduro Kabupaten Lumajang" (about 105 characters, some
// 160 mm at 8 pt) does not fit the 140 mm text block beside "Halaman n
// dari m": the unit's name and DRAF stay whole on every page (the
// position or the title is shortened instead, docs/laporan.md#page), and
// no word but the diagonal DRAF mark lies in the side margins.
func TestFooterMuat(t *testing.T) {
	l := contohLaporan()
	l.Identitas.Unit = "Kecamatan Senduro Kabupaten Lumajang"
	m := kinerja.Margin{Left: 4, Top: 3, Right: 3, Bottom: 3}
	pdf, info := render(t, l, Options{Draf: true, Margin: m})
	for p, pg := range kataHalaman(t, pdf) {
		for _, w := range pg.Kata {
			if w.Y1-w.Y0 < 20 && (w.X0 < 40*ptPerMM-0.05 || w.X1 > pg.W-30*ptPerMM+0.05) {
				t.Errorf("page %d: %q at x %.1f–%.1f is in the margins", p+1, w.Text, w.X0, w.X1)
			}
		}
	}
	for p, s := range teksHalaman(t, pdf, info.Halaman)[1:] {
		s = strings.Join(strings.Fields(s), " ")
		if !strings.Contains(s, "DRAF · Laporan Kinerja") || !strings.Contains(s, "· Kecamatan Senduro Kabupaten Lumajang Halaman") {
			t.Errorf("page %d: the footer is not whole: …%s", p+2, s[max(0, len(s)-160):])
		}
	}
}

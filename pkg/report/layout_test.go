package report

import (
	"bytes"
	"errors"
	"io"
	"math"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"text/template"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// The typesetting rules of docs/laporan.md, checked from the positions of
// the words that pdftotext -bbox reads back from the PDF.

const ptPerMM = 72 / 25.4

// barisTeks is one line of text: the words sharing a baseline box.
type barisTeks struct {
	y0, y1, x0, x1 float64
	teks           string
}

// barisHalaman groups a page's words into lines, top to bottom.
func barisHalaman(pg halamanBBox) []barisTeks {
	var out []barisTeks
	ws := append([]kata(nil), pg.Kata...)
	sort.SliceStable(ws, func(i, j int) bool {
		if math.Abs(ws[i].Y0-ws[j].Y0) > 0.5 {
			return ws[i].Y0 < ws[j].Y0
		}
		return ws[i].X0 < ws[j].X0
	})
	for _, w := range ws {
		if n := len(out); n > 0 && math.Abs(out[n-1].y0-w.Y0) <= 0.5 && math.Abs(out[n-1].y1-w.Y1) <= 0.5 {
			b := &out[n-1]
			b.x0, b.x1 = min(b.x0, w.X0), max(b.x1, w.X1)
			b.teks += " " + w.Text
			continue
		}
		out = append(out, barisTeks{y0: w.Y0, y1: w.Y1, x0: w.X0, x1: w.X1, teks: w.Text})
	}
	return out
}

// barisIsi are a page's lines of body text (11 pt: a box 12,3 pt high),
// above the footer.
func barisIsi(pg halamanBBox) []barisTeks {
	var out []barisTeks
	for _, b := range barisHalaman(pg) {
		if h := b.y1 - b.y0; h > 12 && h < 12.6 && b.y1 < pg.H-(marginA4.bottom+footerH)*ptPerMM+1 {
			out = append(out, b)
		}
	}
	return out
}

// cekJandaYatim checks that no page starts with the last line of a
// paragraph begun on the page before (a widow) and that no page ends with
// the first line of a paragraph continued on the next (an orphan). A line
// that reaches the right edge of the text block is a justified line that
// the paragraph continues after.
func cekJandaYatim(t *testing.T, pages []halamanBBox) {
	t.Helper()
	kanan := (kertasA4.w - marginA4.right) * ptPerMM
	penuh := func(b barisTeks) bool { return b.x1 > kanan-1.5 }
	for p := 1; p < len(pages); p++ {
		prev, cur := barisIsi(pages[p-1]), barisIsi(pages[p])
		if len(prev) == 0 || len(cur) == 0 {
			continue
		}
		last, first := prev[len(prev)-1], cur[0]
		if first.y0 > (marginA4.top+2)*ptPerMM {
			continue // something else (a table, a heading) heads the page
		}
		if !penuh(last) {
			continue // the paragraph ended on the page before
		}
		// The paragraph runs on: at least two of its lines on this page.
		if !penuh(first) && (len(cur) < 2 || cur[1].y0-first.y0 > 17) {
			t.Errorf("page %d starts with a single line of the paragraph from page %d: %q", p+1, p, first.teks)
		}
		// And at least two on the page before.
		if n := len(prev); n < 2 || last.y0-prev[n-2].y0 > 17 {
			t.Errorf("page %d ends with the first line of a paragraph alone: %q", p, last.teks)
		}
	}
}

var (
	rePersen = regexp.MustCompile(`^›?[0-9.]+,[0-9]{2}%\*?$`)
	reTick   = regexp.MustCompile(`^([0-9]+)%$`)
)

// cekLabelGaris checks that no value label of a chart touches the dashed
// 100% line. The axis rows (ticks "0%" … in 7 pt, above and below each
// part of a chart) give the scale, so where the line stands; the labels
// are the percentages in the chart's small type between two axis rows.
func cekLabelGaris(t *testing.T, pages []halamanBBox) int {
	t.Helper()
	n := 0
	kecil := func(w kata) bool { return w.Y1-w.Y0 < 8.2 }
	half := 0.45 / 2 * ptPerMM
	for p, pg := range pages {
		// Axis rows: y → the x of 0% and of the highest tick.
		type sumbu struct{ y, x0, xv, v float64 }
		var rows []sumbu
		for _, w := range pg.Kata {
			if !kecil(w) || w.Text != "0%" {
				continue
			}
			a := sumbu{y: w.Y0, x0: (w.X0 + w.X1) / 2}
			for _, u := range pg.Kata {
				if m := reTick.FindStringSubmatch(u.Text); m != nil && kecil(u) && math.Abs(u.Y0-w.Y0) < 0.5 {
					if v, _ := strconv.ParseFloat(m[1], 64); v > a.v {
						a.v, a.xv = v, (u.X0+u.X1)/2
					}
				}
			}
			rows = append(rows, a)
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i].y < rows[j].y })
		for i := 0; i+1 < len(rows); i += 2 {
			top, bottom := rows[i], rows[i+1]
			x100 := top.x0 + 100/top.v*(top.xv-top.x0)
			for _, w := range pg.Kata {
				if w.Y0 <= top.y || w.Y0 >= bottom.y || !kecil(w) || !rePersen.MatchString(w.Text) {
					continue
				}
				n++
				if w.X1 > x100-half && w.X0 < x100+half {
					t.Errorf("page %d: the label %q (x %.1f–%.1f) touches the 100%% line at x %.1f", p+1, w.Text, w.X0, w.X1, x100)
				}
			}
		}
	}
	return n
}

// cekMargin checks that every word lies inside the margins: on a
// portrait page 3 cm on the left (85 pt), 2 cm on the other sides; on a
// landscape page (paper k turned) 3 cm at the top, the binding edge, and
// 2 cm on the other sides (docs/laporan.md#halaman-lanskap).
func cekMargin(t *testing.T, pages []halamanBBox, k kertas) {
	t.Helper()
	for p, pg := range pages {
		lanskap := pg.W > pg.H
		w, h := k.w, k.h
		kiri, atas := 85.0, 20*ptPerMM
		if lanskap {
			w, h = k.h, k.w
			kiri, atas = 20*ptPerMM, 30*ptPerMM
		}
		if math.Abs(pg.W-w*ptPerMM) > 0.1 || math.Abs(pg.H-h*ptPerMM) > 0.1 {
			t.Errorf("page %d is %.1f × %.1f pt, want %s (%.1f × %.1f)", p+1, pg.W, pg.H, k.nama, w*ptPerMM, h*ptPerMM)
		}
		for _, w := range pg.Kata {
			if w.X0 < kiri-0.05 || w.X1 > pg.W-20*ptPerMM+0.05 || w.Y0 < atas-0.05 || w.Y1 > pg.H-20*ptPerMM {
				t.Errorf("page %d: %q at x %.1f–%.1f, y %.1f–%.1f is in the margins", p+1, w.Text, w.X0, w.X1, w.Y0, w.Y1)
			}
		}
	}
}

func TestMarginKertas(t *testing.T) {
	for _, k := range []kertas{kertasA4, kertasF4} {
		pdf, _ := render(t, laporanBesar(30, 40), Options{Kertas: k.nama, Draf: false})
		cekMargin(t, kataHalaman(t, pdf), k)
	}
	pdf, _ := render(t, contohLaporan(), Options{Kertas: "f4"})
	cekMargin(t, kataHalaman(t, pdf), kertasF4)
}

func TestPaperName(t *testing.T) {
	for in, want := range map[string]string{"": "A4", "a4": "A4", " F4 ": "F4", "f 4": "F4"} {
		if got, ok := PaperName(in); !ok || got != want {
			t.Errorf("PaperName(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"Letter", "A5", "folio"} {
		if _, ok := PaperName(in); ok {
			t.Errorf("PaperName(%q) accepted", in)
		}
	}
}

// TestSampul: the cover carries no page number and no footer.
func TestSampul(t *testing.T) {
	pdf, info := render(t, contohLaporan(), Options{})
	pages := teksHalaman(t, pdf, info.Halaman)
	if strings.Contains(pages[0], "Halaman") || strings.Contains(pages[0], "·") {
		t.Errorf("the cover has a page number or footer:\n%s", pages[0])
	}
	if !strings.Contains(pages[1], "Halaman 2 dari") {
		t.Error("page 2 has no page number")
	}
}

// TestCatatanTabel: the notes under Tabel 2.3 ("Metode efisiensi …")
// are on the page of the table's last row (Jumlah), wherever the table
// ends: the number of kegiatan moves its end down the page.
func TestCatatanTabel(t *testing.T) {
	diuji := 0
	for m := 1; m <= 24; m++ {
		pdf, info := render(t, laporanBesar(4, m), Options{})
		pages := teksHalaman(t, pdf, info.Halaman)
		for i, p := range pages {
			if !strings.Contains(p, "Metode efisiensi") {
				continue
			}
			if !regexp.MustCompile(`Jumlah [0-9.]+ [0-9.]+`).MatchString(p) {
				t.Errorf("%d kegiatan: the notes on page %d are not with the table's Jumlah row", m, i+1)
			}
			diuji++
		}
	}
	if diuji < 20 {
		t.Errorf("only %d reports had the notes", diuji)
	}
}

// TestJandaYatim: no widow or orphan lines, in reports of several sizes
// (the page breaks fall on other lines in each).
func TestJandaYatim(t *testing.T) {
	pdf, _ := render(t, contohLaporan(), Options{})
	cekJandaYatim(t, kataHalaman(t, pdf))
	for _, n := range []int{3, 7, 12, 20} {
		pdf, _ := render(t, laporanBesar(n, n+2), Options{})
		cekJandaYatim(t, kataHalaman(t, pdf))
	}
}

func TestBarisMuat(t *testing.T) {
	for _, c := range []struct {
		n, muat int
		atas    bool
		want    int
	}{
		{5, 10, false, 5}, // fits
		{5, 1, false, 0},  // one line would be an orphan: next page
		{5, 2, false, 2},  // two here, three there
		{5, 4, false, 3},  // four would leave a widow: three here, two there
		{3, 2, false, 0},  // two here would leave one there
		{2, 1, false, 0},
		{4, 3, false, 2},
		{40, 30, true, 30},
		{3, 2, true, 1}, // a fresh page always takes something
	} {
		if got := linesThatFit(c.n, c.muat, c.atas); got != c.want {
			t.Errorf("barisMuat(%d, %d, %v) = %d, want %d", c.n, c.muat, c.atas, got, c.want)
		}
	}
}

// TestLabelGaris: value labels next to the dashed 100% line are moved off
// it (the example's 91,67% and the bars just under 100% in a large report).
func TestLabelGaris(t *testing.T) {
	pdf, _ := render(t, contohLaporan(), Options{})
	n := cekLabelGaris(t, kataHalaman(t, pdf))
	// Indicators 1, 7, 13 are percentages against a target of 100 (Non
	// Kumulatif): realisation 91,67 / 96 / 99,5 gives bars that end just
	// before the line.
	l := laporanBesar(24, 30)
	for i, v := range []float64{91.67, 96, 99.5} {
		l.Realisasi[6*i].TW[1] = angka(v)
	}
	pdf, _ = render(t, l, Options{})
	n += cekLabelGaris(t, kataHalaman(t, pdf))
	if n < 20 {
		t.Errorf("found only %d chart labels", n)
	}
}

func TestLabelX(t *testing.T) {
	// A label 10 mm wide starting at 95 touches a line at 100: it moves
	// to 100 + labelJarak. One starting at 101 or ending at 99 stays.
	if got := labelX(95, 10, 100); got != 100+labelJarak {
		t.Errorf("labelX(95) = %g", got)
	}
	if got := labelX(101, 10, 100); got != 101 {
		t.Errorf("labelX(101) = %g", got)
	}
	if got := labelX(80, 10, 100); got != 80 {
		t.Errorf("labelX(80) = %g", got)
	}
}

// TestDaftarIsi: a report of more than 10 pages has a Daftar Isi after
// the Ikhtisar whose page numbers are the pages its headings are on, each
// entry a link; a shorter one has none.
func TestDaftarIsi(t *testing.T) {
	pdf, info := render(t, laporanBesar(12, 14), Options{})
	if info.Halaman <= batasDaftarIsi {
		t.Fatalf("only %d pages", info.Halaman)
	}
	pages := teksHalaman(t, pdf, info.Halaman)
	if !strings.Contains(pages[1], "IKHTISAR") || !strings.Contains(pages[2], "DAFTAR ISI") {
		t.Fatalf("page 2 is not the Ikhtisar or page 3 not the Daftar Isi:\n%s\n%s", pages[1], pages[2])
	}
	headings := map[string]string{ // as listed → as printed in the body
		"Ikhtisar":                           "IKHTISAR",
		"BAB I PENDAHULUAN":                  "BAB I PENDAHULUAN",
		"BAB II AKUNTABILITAS KINERJA":       "BAB II AKUNTABILITAS KINERJA",
		"2.1. Perjanjian Kinerja":            "2.1. PERJANJIAN KINERJA",
		"2.2. Capaian Kinerja":               "2.2. CAPAIAN KINERJA",
		"2.4. Evaluasi dan Analisis Kinerja": "2.4. EVALUASI DAN ANALISIS KINERJA",
		"2.6. Tanggapan Atasan Langsung":     "2.6. TANGGAPAN ATASAN LANGSUNG",
		"BAB III PENUTUP":                    "BAB III PENUTUP",
	}
	for listed, body := range headings {
		m := regexp.MustCompile(regexp.QuoteMeta(listed) + `[ .]+ ([0-9]+)`).FindStringSubmatch(pages[2])
		if m == nil {
			t.Errorf("the Daftar Isi lacks %q", listed)
			continue
		}
		p, _ := strconv.Atoi(m[1])
		if p < 1 || p > len(pages) || !strings.Contains(pages[p-1], body) {
			t.Errorf("the Daftar Isi puts %q on page %d, which does not have it", listed, p)
		}
	}
	if n := strings.Count(string(pdf), "/Subtype /Link"); n < len(headings) {
		t.Errorf("%d links in the PDF, want one per entry", n)
	}
	pdf, info = render(t, laporanBesar(1, 1), Options{})
	if info.Halaman > batasDaftarIsi {
		t.Fatalf("%d pages for one indicator", info.Halaman)
	}
	if strings.Contains(teks(t, pdf), "DAFTAR ISI") {
		t.Error("a short report has a Daftar Isi")
	}
}

// TestGrafikRingkas: a chart of more than 25 rows keeps the ten lowest
// capaian, lowest first (ties in table order), and those that cannot be
// computed last.
func TestGrafikRingkas(t *testing.T) {
	g := &grafik{}
	for i := range 30 {
		// capaian 100, 97, 94, … 13 (i = 29); row 3 cannot be computed.
		v := kinerja.Angka{V: float64(100 - 3*i), OK: true}
		if i == 3 {
			v.OK = false
		}
		if i == 20 {
			v.V = 16 // ties with row 29 (16%): kept before it
		}
		g.baris = append(g.baris, chartRow{label: strconv.Itoa(i + 1), nilai: []kinerja.Angka{v}})
	}
	if !g.ringkas(0) {
		t.Fatal("30 rows not summarised")
	}
	var got []string
	for _, b := range g.baris {
		got = append(got, b.label)
	}
	// Rows 22–30 have 37, 34, … 13; row 21 has 16, as row 29.
	if s := strings.Join(got, " "); s != "30 21 29 28 27 26 25 24 23 22" {
		t.Errorf("kept rows %s, want the ten lowest 30, 21, 29 … 22", s)
	}
	g.baris = g.baris[:5]
	if g.ringkas(0) {
		t.Error("5 rows summarised")
	}
}

// TestUkuranL: the report of the L workbook (2,000 indicators, 20,000
// kegiatan) is at most 4 MB, and its Daftar Isi is there (skipped under
// -short: it takes seconds).
func TestUkuranL(t *testing.T) {
	if testing.Short() {
		t.Skip("the L report under -short")
	}
	l := readSintetis(t, contoh.UkuranL)
	var buf bytes.Buffer
	info, err := Render(&buf, l, kinerja.Hitung(l, 3, kinerja.PMK), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if buf.Len() > 4_000_000 {
		t.Errorf("the L report is %d bytes (%d pages), more than 4 MB", buf.Len(), info.Halaman)
	}
	t.Logf("L: %d pages, %d bytes", info.Halaman, buf.Len())
	// Tabel 2.3 on landscape pages (docs/laporan.md#halaman-lanskap): its
	// first 25 pages and its last 3, found through the Daftar Isi.
	path := simpan(t, buf.Bytes())
	alat.Perlu(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-layout", "-f", "3", "-l", "12", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	daftar := strings.Join(strings.Fields(string(out)), " ")
	p23, p24 := halamanDaftar(t, daftar, "2.3. Realisasi Anggaran (Cost per Outcome)"), halamanDaftar(t, daftar, "2.4. Evaluasi dan Analisis Kinerja")
	if p24-p23 < 30 {
		t.Fatalf("section 2.3 on pages %d–%d", p23, p24)
	}
	seen := 0
	for _, r := range [][2]int{{p23, p23 + 25}, {p24 - 4, p24 - 1}} {
		pages := kataRentang(t, path, r[0], r[1])
		cekMargin(t, pages, kertasA4)
		seen += cekTabel23(t, pages, r[0], info.Halaman)
	}
	if seen < 25 {
		t.Errorf("%d pages of Tabel 2.3 found among the pages read", seen)
	}
}

// TestJumlahRibuan: counts in the narrative carry thousands separators
// and still compare like numbers in templates.
func TestJumlahRibuan(t *testing.T) {
	if got := Jumlah(2000).String(); got != "2.000" {
		t.Errorf("Jumlah(2000) = %q", got)
	}
	d := &Data{JumlahKegiatan: 2000, JumlahIndikator: 1200, Tercapai: 1200}
	for src, want := range map[string]string{
		"{{.JumlahKegiatan}} kegiatan":                                   "2.000 kegiatan",
		"{{if eq .Tercapai .JumlahIndikator}}semua{{end}}":               "semua",
		"{{if eq .JumlahKegiatan 2000}}ya{{end}} {{tambah .Tercapai 1}}": "ya 1.201",
	} {
		tp := template.Must(template.New("").Funcs(funcs).Parse(src))
		var b strings.Builder
		if err := tp.Execute(&b, d); err != nil || b.String() != want {
			t.Errorf("%s → %q (%v), want %q", src, b.String(), err, want)
		}
	}
}

// TestNomorTabel24: Tabel 2.4 numbers its rows as the indicators of
// Tabel 2.2, not 1, 2, 3 … of its own.
func TestNomorTabel24(t *testing.T) {
	l := laporanBesar(6, 6)
	// Strategies for indicators 2 and 5 only (laporanBesar gives every
	// indicator one).
	l.Strategi = l.Strategi[:0]
	for _, k := range []string{"IK2", "IK5"} {
		l.Strategi = append(l.Strategi, kinerja.Strategi{Kode: tsel(k), Strategi: tsel("Strategi " + k), Periode: tsel("Juni")})
	}
	pdf, _ := render(t, l, Options{})
	text := teks(t, pdf)
	for _, n := range []string{"2", "5"} {
		// The row's first line: its number, the indicator, its strategy.
		m := regexp.MustCompile(`([0-9]+) Indikator kinerja nomor ` + n + ` [^0-9]{0,120}Strategi IK` + n).FindStringSubmatch(text)
		if m == nil || m[1] != n {
			t.Errorf("Tabel 2.4's row of indicator %s: %q", n, m)
		}
	}
}

// TestTabelDalamMargin: a column below its minimum whose lack no single
// other column can give must not push the table past the right margin
// (an indicator name holding one 90-character word beside Keterangan).
func TestTabelDalamMargin(t *testing.T) {
	l := contohLaporan()
	l.Target[1].Indikator.Teks = "Persentase" + strings.Repeat("A", 80)
	for i := range l.Realisasi {
		l.Realisasi[i].Keterangan.Teks = "Jan s/d Juni 2023"
	}
	pdf, _ := render(t, l, Options{})
	cekTataLetak(t, pdf)
}

// shortWriter accepts half of what it is given, without an error.
type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

// panicWriter panics.
type panicWriter struct{}

func (panicWriter) Write(p []byte) (int, error) { panic("tulis gagal") }

// Render reports a writer that takes less than the PDF (io.ErrShortWrite)
// and turns a panicking writer into an error, as when fpdf wrote to it.
func TestRenderWriterErrors(t *testing.T) {
	l := readSintetis(t, contoh.UkuranS)
	h := kinerja.Hitung(l, 3, kinerja.PMK)
	if _, err := Render(shortWriter{}, l, h, Options{}); !errors.Is(err, io.ErrShortWrite) {
		t.Errorf("short writer: %v, want io.ErrShortWrite", err)
	}
	if _, err := Render(panicWriter{}, l, h, Options{}); err == nil || !strings.Contains(err.Error(), "tulis gagal") {
		t.Errorf("panicking writer: %v, want an error naming the panic", err)
	}
}

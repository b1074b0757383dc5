package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// Tabel 2.3 of a long budget sheet on landscape pages
// (docs/laporan.md#halaman-lanskap), checked from the words' positions.

// kataRentang reads the words' boxes of pages from…to (pdftotext -bbox).
func kataRentang(t *testing.T, path string, from, to int) []halamanBBox {
	t.Helper()
	alat.Perlu(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-bbox", "-f", strconv.Itoa(from), "-l", strconv.Itoa(to), path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	start, end := bytes.Index(out, []byte("<doc>")), bytes.Index(out, []byte("</doc>"))
	var doc struct {
		Pages []halamanBBox `xml:"page"`
	}
	if err := xml.Unmarshal(out[start:end+len("</doc>")], &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Pages
}

var (
	reRupiah   = regexp.MustCompile(`^[0-9]{1,3}(\.[0-9]{3})+$`)
	reNomorTab = regexp.MustCompile(`^([0-9]+(\.[0-9]+)*|K\.[0-9]+)$`)
)

// cekTabel23 checks the pages of Tabel 2.3 among pages (the first of
// them page number first of total): each is a landscape page with its
// page number in the footer; the name column is at least minNameWidth
// wide; no name cell takes more than maxNameLines lines unless its words
// would not fit in them. It returns how many pages of the table it saw.
func cekTabel23(t *testing.T, pages []halamanBBox, first, total int) int {
	t.Helper()
	seen := 0
	for i, pg := range pages {
		no := first + i
		lines := barisHalaman(pg)
		top := -1.0 // the bottom of the header ("(Rp)")
		tabel := false
		for _, b := range lines {
			if strings.HasPrefix(b.teks, "Tabel 2.3") {
				tabel = true
			}
			if tabel && top < 0 && strings.Contains(b.teks, "Pagu (Rp)") {
				top = b.y1
			}
		}
		if !tabel || top < 0 {
			continue
		}
		seen++
		if pg.W <= pg.H {
			t.Errorf("page %d: Tabel 2.3 on a portrait page", no)
		}
		halaman := fmt.Sprintf("Halaman %d dari %d", no, total)
		footer := pg.H
		for _, b := range lines {
			if strings.Contains(b.teks, halaman) {
				footer = b.y0
			}
		}
		if footer == pg.H {
			t.Errorf("page %d: no %q", no, halaman)
		}
		// The rows: a row's first line holds its number and its figures;
		// the lines under it without figures continue its name.
		type sel struct {
			lines int
			lebar float64 // the words' widths and spaces
		}
		var cells []sel
		nameX, moneyX := pg.W, pg.W
		for _, b := range lines {
			if b.y0 < top || b.y0 >= footer {
				continue
			}
			ws := kataBaris(pg, b)
			if ws[0].Text == "Metode" {
				break // the notes under the table
			}
			money := -1
			for j, w := range ws {
				if reRupiah.MatchString(w.Text) {
					money = j
					break
				}
			}
			if money > 1 && reNomorTab.MatchString(ws[0].Text) {
				nameX, moneyX = min(nameX, ws[1].X0), min(moneyX, ws[money].X0)
				c := sel{lines: 1}
				for _, w := range ws[1:money] {
					c.lebar += w.X1 - w.X0 + 2
				}
				cells = append(cells, c)
				continue
			}
			if money < 0 && len(cells) > 0 {
				c := &cells[len(cells)-1]
				c.lines++
				for _, w := range ws {
					c.lebar += w.X1 - w.X0 + 2
				}
			}
		}
		if len(cells) == 0 {
			t.Errorf("page %d: no rows of Tabel 2.3 read", no)
			continue
		}
		// The widest figure of the Pagu column starts a padding after the
		// column's left edge, as the name of an indicator row does after
		// the name column's.
		lebar := moneyX - nameX
		if lebar < minNameWidth*ptPerMM-1 {
			t.Errorf("page %d: the name column of Tabel 2.3 is %.1f mm, want ≥ %.0f", no, lebar/ptPerMM, minNameWidth)
		}
		for _, c := range cells {
			if c.lines > maxNameLines && c.lebar < float64(maxNameLines)*(lebar-2*padX*ptPerMM) {
				t.Errorf("page %d: a name of %.0f pt over %d lines of a %.1f mm column", no, c.lebar, c.lines, lebar/ptPerMM)
			}
		}
	}
	return seen
}

// kataBaris are the words of line b of page pg, left to right.
func kataBaris(pg halamanBBox, b barisTeks) []kata {
	var out []kata
	for _, w := range pg.Kata {
		if w.Y0 >= b.y0-0.5 && w.Y0 <= b.y0+0.5 && w.Y1 >= b.y1-0.5 && w.Y1 <= b.y1+0.5 {
			out = append(out, w)
		}
	}
	for i := 1; i < len(out); i++ { // insertion sort by x: few words
		for j := i; j > 0 && out[j].X0 < out[j-1].X0; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// halamanDaftar is the page the Daftar Isi gives for a heading.
func halamanDaftar(t *testing.T, daftar, heading string) int {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(heading) + `[ .]+ ([0-9]+)`).FindStringSubmatch(daftar)
	if m == nil {
		t.Fatalf("the Daftar Isi lacks %q", heading)
	}
	p, _ := strconv.Atoi(m[1])
	return p
}

// sintetis reads the synthetic workbook of size u.
func sintetis(t *testing.T, u contoh.Ukuran) *kinerja.Laporan {
	t.Helper()
	data, err := contoh.SintetisXlsx(u, 1)
	if err != nil {
		t.Fatal(err)
	}
	l, ts := workbook.ReadFrom(bytes.NewReader(data), "sintetis.xlsx", workbook.Options{})
	if l == nil || ts.HasError() {
		t.Fatalf("read: %v", ts)
	}
	return l
}

// TestTabel23Lanskap: the L/10 workbook's Tabel 2.3 (2.200 rows) is set on
// landscape pages, on A4 and F4: every page of it landscape with its page
// number, its name column at least minNameWidth wide, names over at most
// maxNameLines lines, nothing outside the margins on any page, the pages
// after it portrait again, and the Daftar Isi's numbers still right.
func TestTabel23Lanskap(t *testing.T) {
	l := sintetis(t, contoh.Ukuran{Indikator: contoh.UkuranL.Indikator / 10, Kegiatan: contoh.UkuranL.Kegiatan / 10})
	for _, k := range []kertas{kertasA4, kertasF4} {
		pdf, info := renderMetode(t, l, kinerja.PMK, Options{Kertas: k.nama})
		pages := kataHalaman(t, pdf)
		cekMargin(t, pages, k)
		for i, pg := range pages[1:] {
			no := i + 2
			found := false
			for _, b := range barisHalaman(pg) {
				found = found || strings.Contains(b.teks, fmt.Sprintf("Halaman %d dari %d", no, info.Halaman))
			}
			if !found {
				t.Errorf("%s page %d: no page number", k.nama, no)
			}
		}
		if n := cekTabel23(t, pages, 1, info.Halaman); n < 10 {
			t.Errorf("%s: %d pages of Tabel 2.3 found", k.nama, n)
		}
		text := teksHalaman(t, pdf, info.Halaman)
		daftar := strings.Join(text[2:6], " ")
		p23, p24 := halamanDaftar(t, daftar, "2.3. Realisasi Anggaran (Cost per Outcome)"), halamanDaftar(t, daftar, "2.4. Evaluasi dan Analisis Kinerja")
		if !strings.Contains(text[p24-1], "2.4. EVALUASI DAN ANALISIS KINERJA") {
			t.Errorf("%s: the Daftar Isi puts 2.4 on page %d, which does not have it", k.nama, p24)
		}
		if !strings.Contains(text[p23-1], "2.3. REALISASI ANGGARAN") {
			t.Errorf("%s: the Daftar Isi puts 2.3 on page %d, which does not have it", k.nama, p23)
		}
		// The heading and its text open the table's first landscape page
		// (no portrait page left mostly blank before it), the table on
		// the landscape pages after it, the text after the table portrait
		// again.
		if pg := pages[p23-1]; pg.W < pg.H {
			t.Errorf("%s: the heading of 2.3 is on a portrait page (%d) before the landscape table", k.nama, p23)
		}
		for p := p23; p <= p24; p++ {
			pg := pages[p-1]
			isTabel := strings.Contains(text[p-1], "Tabel 2.3 (lanjutan)") || strings.Contains(text[p-1], "Tabel 2.3 Cost per Outcome")
			if isTabel != (pg.W > pg.H) {
				t.Errorf("%s page %d: landscape %v, Tabel 2.3 %v", k.nama, p, pg.W > pg.H, isTabel)
			}
		}
	}
}

// TestTabel23Potret: the reference report's short Tabel 2.3 stays on a
// portrait page, as it was.
func TestTabel23Potret(t *testing.T) {
	pdf, _ := render(t, contohLaporan(), Options{})
	for p, pg := range kataHalaman(t, pdf) {
		if pg.W > pg.H {
			t.Errorf("page %d of the reference report is landscape", p+1)
		}
	}
}

// TestTabel23AturanOrientasi: the orientation rule of Tabel 2.3 holds for
// every margin (docs/laporan.md#tabel-23). The bertingkat example's 44
// rows leave the name column about 4 cm wide in portrait, where sub
// kegiatan names such as "1.02.02.2.01.0023 Pengadaan Obat, Bahan Habis
// Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas
// Kesehatan" (about 130 characters, some 30 a line) need four or five
// lines: landscape with the default margins and with wider ones. The 45
// rows of TestTabel23DuaHalaman, names of about 65 characters, take three
// lines in its 4,5 cm name column with the default margins: portrait; a
// left margin of 3,5 or 4 cm takes 0,5–1 cm from that column and gives
// the longest names a fourth line: landscape.
func TestTabel23AturanOrientasi(t *testing.T) {
	var b bytes.Buffer
	if err := workbook.Write(&b, contoh.Bertingkat()); err != nil {
		t.Fatal(err)
	}
	bert, ts := workbook.ReadFrom(&b, "bertingkat.xlsx", workbook.Options{})
	if bert == nil {
		t.Fatal(ts)
	}
	pendek := contohLaporan()
	for j := range 31 {
		pendek.Anggaran = append(pendek.Anggaran, kinerja.Kegiatan{
			Kode:      tsel(fmt.Sprintf("5.2.%02d", j+1)),
			Kegiatan:  tsel(fmt.Sprintf("Penyelenggaraan pembinaan dan pengawasan pemerintahan desa tahap %d", j+1)),
			Indikator: tsel("IK1"), Pagu: angka(float64(10_000_000 + 1_000_000*j)), Realisasi: angka(float64(4_000_000 + 300_000*j)),
		})
	}
	margins := []kinerja.Margin{{}, {Left: 3.5, Top: 2, Right: 2, Bottom: 2}, {Left: 4, Top: 3, Right: 3, Bottom: 3}}
	for i, m := range margins {
		for _, c := range []struct {
			nama    string
			l       *kinerja.Laporan
			lanskap bool
		}{{"bertingkat", bert, true}, {"45 baris", pendek, i > 0}} {
			pdf, _ := render(t, c.l, Options{Margin: m})
			n := 0
			for _, pg := range kataHalaman(t, pdf) {
				if pg.W > pg.H {
					n++
				}
			}
			if (n > 0) != c.lanskap {
				t.Errorf("%s, margin %v: %d landscape pages, want landscape %v", c.nama, m, n, c.lanskap)
			}
		}
	}
}

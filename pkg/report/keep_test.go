package report

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// laporanVariasi is an ordinary quarterly workbook of 12 indicators, four
// names in turn, kegiatan only for IK1–3 and an Analisis paragraph on the
// indicators i with (i+k) % 3 == 0 (of 1 to 5 sentences): the pattern in
// which indicator headings followed by a 2–3-line paragraph fell at page
// ends (docs/laporan.md#pemisahan-halaman).
func laporanVariasi(k int) *kinerja.Laporan {
	l := contohLaporan()
	l.Target, l.Realisasi, l.Anggaran, l.Strategi, l.Analisis = nil, nil, nil, nil, nil
	names := []string{"Persentase desa yang menyampaikan laporan keuangan tepat waktu", "Jumlah dokumen perencanaan pembangunan desa yang diverifikasi", "Persentase pengaduan masyarakat yang ditindaklanjuti", "Jumlah kegiatan pembinaan ketenteraman dan ketertiban umum"}
	satuan := []string{"%", "Dokumen", "%", "Kali"}
	for i := 0; i < 12; i++ {
		kode := fmt.Sprintf("IK%d", i+1)
		j := i % 4
		ind := kinerja.Indikator{Kode: tsel(kode), Sasaran: tsel(fmt.Sprintf("Meningkatnya kualitas tata kelola pemerintahan %d", i/3+1)),
			Indikator: tsel(fmt.Sprintf("%s %d", names[j], i+1)), Satuan: tsel(satuan[j]), Target: angka(100), Sifat: kinerja.NonKumulatif}
		real := float64(60 + (i*7)%45)
		if satuan[j] != "%" {
			ind.Target, ind.Sifat = angka(12), kinerja.Kumulatif
			real = float64(8 + i%6)
		}
		l.Target = append(l.Target, ind)
		r := kinerja.Realisasi{Kode: tsel(kode)}
		r.TW[1] = angka(real)
		l.Realisasi = append(l.Realisasi, r)
		if (i+k)%3 == 0 {
			l.Analisis = append(l.Analisis, kinerja.Analisis{Kode: tsel(kode), Uraian: tsel(strings.Repeat(
				"Capaian dipengaruhi oleh keterlambatan penyampaian data dari desa dan jadwal verifikasi yang bergeser. ", 1+(i*k)%5))})
		}
	}
	for i := 0; i < 3; i++ {
		l.Anggaran = append(l.Anggaran, kinerja.Kegiatan{Kode: tsel(fmt.Sprintf("K%d", i+1)),
			Kegiatan: tsel(fmt.Sprintf("Kegiatan pendukung indikator %d", i+1)), Indikator: tsel(fmt.Sprintf("IK%d", i+1)),
			Pagu: angka(10_000_000), Realisasi: angka(float64(5_000_000 + i*100_000))})
	}
	return l
}

var reSubjudul = regexp.MustCompile(`^[0-9]\.[0-9]\.\s+\p{Lu}`)

// cekAkhirHalaman checks what a page may not end with: a heading (an
// indicator's "N. name" or a "2.x." subheading) whose text follows on the
// next page, or a lead-in line ending in ":" whose list or table follows
// there. The last body line counts only when nothing (a table, a chart)
// is drawn below it.
func cekAkhirHalaman(t *testing.T, name string, l *kinerja.Laporan, pages []halamanBBox) {
	t.Helper()
	var judul []string
	for i, ind := range l.Target {
		judul = append(judul, fmt.Sprintf("%d. %s", i+1, strings.Join(strings.Fields(ind.Indikator.Teks), " ")))
	}
	for p := 0; p < len(pages)-1; p++ {
		pg := pages[p]
		bs := barisIsi(pg)
		if len(bs) == 0 {
			continue
		}
		last := bs[len(bs)-1]
		below := false
		for _, w := range pg.Kata {
			if w.Y0 > last.y1 && w.Y1 < pg.H-(marginA4.bottom+footerH)*ptPerMM-1 && strings.TrimSpace(w.Text) != "" {
				below = true
			}
		}
		if below {
			continue
		}
		teks := strings.Join(strings.Fields(last.teks), " ")
		// "Catatan:" of the Tanggapan form has its writing lines below.
		if strings.HasSuffix(teks, ":") && teks != "Catatan:" {
			t.Errorf("%s: page %d ends with a lead-in: %q", name, p+1, teks)
		}
		if reSubjudul.MatchString(teks) {
			t.Errorf("%s: page %d ends with a heading: %q", name, p+1, teks)
		}
		for _, j := range judul {
			if len(teks) > 8 && strings.HasSuffix(j, teks) {
				t.Errorf("%s: page %d ends with the heading %q", name, p+1, j)
			}
		}
	}
}

// cekTandaTangan checks that the page with the signature block has at
// least two lines of the text before it above "Mengetahui,".
func cekTandaTangan(t *testing.T, name string, pages []halamanBBox) {
	t.Helper()
	for p, pg := range pages {
		bs := barisIsi(pg)
		for i, b := range bs {
			if strings.HasPrefix(strings.TrimSpace(b.teks), "Mengetahui,") {
				if i < 2 {
					t.Errorf("%s: page %d has the signature block with %d lines of text above it", name, p+1, i)
				}
				return
			}
		}
	}
	t.Errorf("%s: no signature block found", name)
}

// TestJudulTidakDiAkhir: over the variations of an ordinary workbook in
// A4 and F4 no page ends with a heading or a lead-in (docs/laporan.md
// #pemisahan-halaman), and they are also checked for widows and orphans.
func TestJudulTidakDiAkhir(t *testing.T) {
	for k := 0; k < 14; k++ {
		for _, kertas := range []string{"A4", "F4"} {
			l := laporanVariasi(k)
			pdf, _ := render(t, l, Options{Kertas: kertas})
			pages := kataHalaman(t, pdf)
			name := fmt.Sprintf("var%d %s", k, kertas)
			cekAkhirHalaman(t, name, l, pages)
			cekJandaYatim(t, pages)
		}
	}
}

// TestTandaTanganTidakSendiri: whatever the length of the Penutup, the
// signature block has at least two lines of it on its page
// (docs/laporan.md#pemisahan-halaman).
func TestTandaTanganTidakSendiri(t *testing.T) {
	kalimat := "Demikian laporan kinerja ini disusun sebagai bentuk pertanggungjawaban atas pelaksanaan tugas dan fungsi. "
	for n := 1; n <= 40; n++ {
		l := contohLaporan()
		l.Narasi = append(l.Narasi, kinerja.Narasi{Bagian: tsel("Penutup"), Teks: tsel(strings.Repeat(kalimat, n))})
		pdf, _ := render(t, l, Options{})
		cekTandaTangan(t, fmt.Sprintf("Penutup of %d sentences", n), kataHalaman(t, pdf))
	}
}

// TestPotongKataPanjang: a word longer than the line (a pasted SIPD
// identifier, a URL) is broken after its "-", "/", "_" or "." rather than
// between arbitrary letters, and no piece is a single character, in flush
// left text (breakLines: lists, tables) and in justified paragraphs
// (docs/laporan.md#baris-dan-pemenggalan).
func TestPotongKataPanjang(t *testing.T) {
	d := &doc{pdf: fpdfBaru(t), kertas: kertasA4}
	d.setFont("", 11)
	words := []string{
		"sub_kegiatan_pengelolaan_keuangan_desa-terpadu-berbasis-sistem_informasi_SISKEUDES-versi_2.0",
		"https://jdih.lumajangkab.go.id/peraturan/peraturan-bupati-lumajang-nomor-96-tahun-2019-tentang-kedudukan-susunan-organisasi-tugas-dan-fungsi-serta-tata-kerja-kecamatan.pdf",
	}
	cek := func(how string, pieces []string) {
		t.Helper()
		for i, p := range pieces {
			if len([]rune(p)) < 2 {
				t.Errorf("%s: piece %d is a single character: %q", how, i, pieces)
			}
			if i < len(pieces)-1 && !strings.ContainsAny(p[len(p)-1:], "-/_.") {
				t.Errorf("%s: piece %q is not broken after -, /, _ or .: %q", how, p, pieces)
			}
		}
	}
	for _, w := range []float64{45, 60, 80} {
		for _, word := range words {
			cek(fmt.Sprintf("breakLines %g mm", w), d.breakLines(word, w))
			lines := d.breakParagraph(word, w, true)
			var pieces []string
			for _, ln := range lines {
				var b strings.Builder
				for p := ln.start; p.i < len(d.spans) && (p.i < ln.end.i || (p.i == ln.end.i && p.off < ln.end.off)); p = (textPos{p.i + 1, 0}) {
					s := d.spans[p.i].text[p.off:]
					if p.i == ln.end.i {
						s = d.spans[p.i].text[p.off:ln.end.off]
					}
					b.WriteString(s)
				}
				pieces = append(pieces, b.String())
			}
			cek(fmt.Sprintf("paragraph %g mm", w), pieces)
		}
	}
}

// TestWordCut: the rules of wordCut with a width of one unit a byte.
func TestWordCut(t *testing.T) {
	for _, c := range []struct {
		word string
		fit  int
		want int
	}{
		{"sub_kegiatan_pengelolaan", 10, 4}, // "sub_" / "kegiatan_…"
		{"tahun-2019-tentang", 8, 6},        // "tahun-" / "2019-…", not "tahun-20"
		{"abcdefghijk", 10, 9},              // "k" alone would be left: "abcdefghi" / "jk"
		{"ab.c", 3, 2},                      // "ab." would leave "c" alone
		{"x_abcdefghijklm", 10, 10},         // "x_" fills less than a third
		{"abc", 0, 1},                       // at least one character
	} {
		got := wordCut(c.word, func(end int) bool { return end <= c.fit })
		if got != c.want {
			t.Errorf("wordCut(%q, %d) = %d (%q), want %d", c.word, c.fit, got, c.word[:got], c.want)
		}
	}
}

// TestDaftarBerbaris: a Tugas or Tindak Lanjut cell of several lines is
// laid out as the same text in a Narasi cell, not flattened into one
// line: its first line is the numbered item, its marked lines items
// nested under it ("-" as "•"), its other lines paragraphs under the
// item's text (docs/laporan.md#baris-dan-pemenggalan).
func TestDaftarBerbaris(t *testing.T) {
	sel := "Kendala yang dihadapi:\n1. keterlambatan data dari desa;\n- jadwal verifikasi bergeser\n\nSolusi: koordinasi mingguan."
	l := contohLaporan()
	l.Tugas = append(l.Tugas[:1], tsel(sel))
	l.TindakLanjut = []kinerja.Sel{tsel("Rapat koordinasi"), tsel(sel)}
	pdf, _ := render(t, l, Options{})
	found := 0
	for p, pg := range kataHalaman(t, pdf) {
		var at = map[string]kata{}
		for _, w := range pg.Kata {
			if _, ok := at[w.Text]; !ok {
				at[w.Text] = w
			}
		}
		k, ok := at["Kendala"]
		if _, penutup := at["Mengetahui,"]; !ok || penutup {
			continue // BAB III quotes the follow-up in a sentence
		}
		found++
		sub, bullet, sol := at["keterlambatan"], at["jadwal"], at["Solusi:"]
		for _, c := range []struct {
			name string
			w    kata
		}{{"keterlambatan", sub}, {"jadwal", bullet}, {"Solusi:", sol}} {
			if c.w.Text == "" || c.w.Y0 < k.Y1-1 {
				t.Errorf("page %d: %q is not on a line of its own below \"Kendala\"", p+1, c.name)
			}
		}
		if sub.X0 <= k.X0+1 || bullet.X0 <= k.X0+1 {
			t.Errorf("page %d: the nested items (x %.1f, %.1f) are not indented from the item's text (x %.1f)", p+1, sub.X0, bullet.X0, k.X0)
		}
		if math.Abs(sol.X0-k.X0) > 0.5 {
			t.Errorf("page %d: \"Solusi:\" at x %.1f, not under the item's text at x %.1f", p+1, sol.X0, k.X0)
		}
		if _, ok := at["-"]; ok {
			t.Errorf("page %d: a \"-\" marker printed as typed", p+1)
		}
	}
	if found != 2 {
		t.Errorf("the cell is found on %d pages, want 2 (Tugas, Tindak Lanjut)", found)
	}
}

// TestTotalFit: a justified paragraph is broken for the whole paragraph
// at once (breakOptimal): a line the greedy breaker left too loose and
// set flush left in mid-paragraph (the reference's "… penegakan
// peraturan" before "perundang-undangan;", which has no division that
// fits) is avoided where other breaks allow; it never makes more such
// lines than the greedy breaker, and every line fits.
func TestTotalFit(t *testing.T) {
	d := &doc{pdf: fpdfBaru(t), kertas: kertasA4}
	d.setFont("", 11)
	loose := func(ls []lineBox, w float64) int {
		n := 0
		for _, ln := range ls {
			if ln.w > w+eps {
				t.Errorf("a line of width %.2f over %.2f", ln.w, w)
			}
			if !ln.last && d.lineGapTooWide(ln, w) {
				n++
			}
		}
		return n
	}
	texts := []string{
		"Fasilitasi yang akan kami lakukan dalam tahun 2023 ini ada 11 jenis fasilitasi dan 2 koordinasi, mulai dari Fasilitasi pelaksanaan APBDes, Penjaringan Perangkat Desa sampai penyusunan APBDes. Akan tetapi yang menjadi acuan data kami dalam pelaporan capaian kinerja sejumlah 23% adalah a. Fasilitasi Penjaringan Perangkat Desa yang sudah kami lakukan di 4 Desa; b. Fasilitasi penerapan dan penegakan peraturan perundang-undangan; c. Fasilitasi administrasi tata Pemerintahan Desa.",
		strings.TrimSpace(strings.Repeat("Capaian dipengaruhi oleh keterlambatan penyampaian data dari desa dan jadwal verifikasi yang bergeser. ", 5)),
		"Target 30 Menit (target tahunan) terealisasi 30 Menit, capaian 100,00% (predikat Sangat Tinggi): target telah tercapai. Pada akhir triwulan sebelumnya capaiannya 95,00%. Anggaran yang mendukungnya sebesar Rp300.000.000 dengan realisasi Rp225.000.000 (serapan 75,00%).",
	}
	fewer := 0
	for _, w := range []float64{150, 152, 155, 157.4, 160} {
		for _, s := range texts {
			d.buildSpans(s)
			greedy := loose(d.breakFrom(nil, textPos{}, w, true, false), w)
			d.buildSpans(s)
			opt, ok := d.breakOptimal(nil, w)
			if !ok {
				t.Fatalf("breakOptimal declined %q", s)
			}
			got := loose(opt, w)
			if got > greedy {
				t.Errorf("width %g: %d loose lines, the greedy breaker %d: %q", w, got, greedy, s)
			}
			if got < greedy {
				fewer++
			}
		}
	}
	if fewer == 0 {
		t.Error("the total fit never did better than the greedy breaker")
	}
}

// TestTandaTanganKepalaTidakSendiri: in the annual report the head's
// signature after BAB IV keeps at least two lines of the Penutup on its
// page, whatever the Penutup's length (docs/laporan.md#pemisahan-halaman).
func TestTandaTanganKepalaTidakSendiri(t *testing.T) {
	kalimat := "Demikian laporan kinerja ini disusun sebagai bentuk pertanggungjawaban atas pelaksanaan tugas dan fungsi. "
	for n := 1; n <= 40; n += 3 {
		l := tahunanLaporan()
		l.Narasi = append(l.Narasi, kinerja.Narasi{Bagian: tsel("Penutup"), Teks: tsel(strings.Repeat(kalimat, n))})
		h := kinerja.HitungTahunan(l, kinerja.PMK)
		var buf bytes.Buffer
		if _, err := Render(&buf, l, h, Options{}); err != nil {
			t.Fatal(err)
		}
		tempat := oneLine(l.Identitas.Tempat) + ","
		pages := kataHalaman(t, buf.Bytes())
		checked := false
		for p := 1; p < len(pages); p++ {
			if !strings.Contains(teksBBox(pages[p]), "LAMPIRAN") || !strings.Contains(teksBBox(pages[p-1]), "Demikian") {
				continue
			}
			for i, b := range barisIsi(pages[p-1]) {
				if strings.HasPrefix(strings.TrimSpace(b.teks), tempat) {
					checked = true
					if i < 2 {
						t.Errorf("Penutup of %d sentences: page %d has the signature with %d lines of text above it", n, p, i)
					}
					break
				}
			}
			break
		}
		if !checked {
			t.Errorf("Penutup of %d sentences: no page has both its last lines and the signature", n)
		}
	}
}

// teksBBox is a page's words joined by spaces.
func teksBBox(pg halamanBBox) string {
	var b strings.Builder
	for _, w := range pg.Kata {
		b.WriteString(w.Text)
		b.WriteByte(' ')
	}
	return b.String()
}

var reMarkerKata = regexp.MustCompile(`^([0-9]+|[a-z])\.$|^•$`)

// cekButirDaftar checks a list item broken across pages as a paragraph
// is: at least two of its lines on the page of its marker and two on the
// next (a marker with none or one line of its text at the foot of a page
// fails, as the L/10 report's BAB III item "5." did).
func cekButirDaftar(t *testing.T, name string, pages []halamanBBox) {
	t.Helper()
	marker := func(b barisTeks) bool {
		f := strings.Fields(b.teks)
		return len(f) > 0 && reMarkerKata.MatchString(f[0])
	}
	for p := 1; p < len(pages); p++ {
		prev, cur := barisIsi(pages[p-1]), barisIsi(pages[p])
		if len(prev) == 0 || len(cur) == 0 {
			continue
		}
		// The item of the page's last lines: its marker line and the
		// lines after it, one line height apart.
		m := len(prev) - 1
		for m > 0 && !marker(prev[m]) && prev[m].y0-prev[m-1].y0 < 17 {
			m--
		}
		if !marker(prev[m]) {
			continue
		}
		// Its text runs on at the head of the next page, indented.
		first := cur[0]
		if first.y0 > (marginA4.top+2)*ptPerMM || marker(first) || first.x0 < prev[m].x0+3 {
			continue
		}
		here := len(prev) - m
		if len(strings.Fields(prev[m].teks)) == 1 {
			here-- // the marker alone: no line of its text
		}
		there := 1
		for there < len(cur) && math.Abs(cur[there].x0-first.x0) < 1 && cur[there].y0-cur[there-1].y0 < 17 {
			there++
		}
		if here < 2 || there < 2 {
			t.Errorf("%s: list item %q broken with %d line(s) on page %d and %d on page %d",
				name, prev[m].teks, here, p, there, p+1)
		}
	}
}

// TestButirDaftarTidakTerpisah: a Penutup of a lead paragraph of 1 to 30
// sentences and five numbered items of about three lines each moves the
// items over the foot of the page, the last one before the signature
// block; no item is broken with fewer than two lines on either side
// (docs/laporan.md#pemisahan-halaman).
func TestButirDaftarTidakTerpisah(t *testing.T) {
	kalimat := "Demikian laporan kinerja ini disusun sebagai bentuk pertanggungjawaban atas pelaksanaan tugas dan fungsi. "
	butir := "Dari pagu anggaran sebesar Rp309.164.000.000 untuk 2.000 kegiatan, sampai dengan triwulan III telah direalisasikan Rp157.577.070.000 atau serapan anggaran 50,97%; sisa anggaran akan digunakan pada triwulan berikutnya."
	found := 0
	for n := 1; n <= 30; n++ {
		teks := strings.Repeat(kalimat, n) + "\n\nKesimpulan sebagai berikut:"
		for i := 1; i <= 5; i++ {
			teks += fmt.Sprintf("\n%d. %s", i, strings.Repeat(butir+" ", 1+(i+n)%2))
		}
		l := contohLaporan()
		l.Narasi = append(l.Narasi, kinerja.Narasi{Bagian: tsel("Penutup"), Teks: tsel(teks)})
		pdf, _ := render(t, l, Options{})
		pages := kataHalaman(t, pdf)
		cekButirDaftar(t, fmt.Sprintf("Penutup of %d sentences", n), pages)
		for _, pg := range pages {
			found += strings.Count(teksBBox(pg), "Rp157.577.070.000")
		}
	}
	if found < 30*5 {
		t.Errorf("found the items' text only %d times", found)
	}
}

// TestRaggedLineNotDivided: a line the total fit must set flush left
// (gaps over twice a space) never ends in a divided word — a division is
// for justifying only (docs/laporan.md#baris-dan-pemenggalan). The text
// is the QA's long-word paragraph, where "kea-" ended such a line 92 pt
// short of the margin.
func TestRaggedLineNotDivided(t *testing.T) {
	d := &doc{pdf: fpdfBaru(t), kertas: kertasA4}
	d.setFont("", 11)
	texts := []string{
		"Pertanggungjawaban penyelenggaraan pemerintahan kecamatan memperlihatkan keberhasilan pengoordinasian pemberdayaan masyarakat, ketidakberhasilan penyelenggaraan musyawarah perencanaan pembangunan, serta keterlambatan penyampaian pertanggungjawaban keuangan desa. Memperkenalkan mempertanggungjawabkan keanekaragaman ketidakseimbangan berkesinambungan kemasyarakatan penyelenggaraannya dipertanggungjawabkan.",
		strings.TrimSpace(strings.Repeat("Penyelenggaraan pertanggungjawaban keanekaragaman ketidakseimbangan berkesinambungan. ", 4)),
	}
	divided := 0
	for w := 100.0; w <= 170; w += 2.5 {
		for _, s := range texts {
			d.buildSpans(s)
			lines, ok := d.breakOptimal(nil, w)
			if !ok {
				t.Fatalf("breakOptimal declined %q", s)
			}
			for i, ln := range lines {
				if !ln.split {
					continue
				}
				divided++
				if !ln.last && d.lineGapTooWide(ln, w) {
					t.Errorf("width %g, line %d: set flush left yet ends in a divided word", w, i+1)
				}
			}
		}
	}
	if divided == 0 {
		t.Error("no line ended in a divided word: the texts no longer test anything")
	}
}

// TestPengantarTabelBarisTinggi: the lead-in of section 2.2 ("… sebagai
// berikut:") stays on the page of Tabel 2.2's caption when the table's
// first row is tall (an indicator name of one 400-character word, which
// cannot break between words: ten lines or more in its column), wherever
// the text above puts the lead-in: a Narasi paragraph of 2 to 80 sentences
// before it moves it down the page, and on no page may the lead-in end
// the page with the table on the next (docs/laporan.md#pemisahan-halaman).
func TestPengantarTabelBarisTinggi(t *testing.T) {
	const lead = "Capaian kinerja masing-masing indikator disajikan sebagai berikut:"
	for n := 1; n <= 40; n += 3 {
		l := contohLaporan()
		l.Target[0].Indikator = tsel(strings.Repeat("Penyelenggaraanpemerintahandesa", 13))
		isi := strings.TrimSpace(strings.Repeat("Kalimat pengisi untuk menggeser teks ke bawah halaman. ", 2*n))
		l.Narasi = append(l.Narasi,
			kinerja.Narasi{Bagian: tsel("Capaian Kinerja"), Teks: tsel(isi)},
			kinerja.Narasi{Bagian: tsel("Capaian Kinerja"), Teks: tsel(lead)})
		pdf, info := render(t, l, Options{})
		for p, s := range teksHalaman(t, pdf, info.Halaman) {
			s = strings.Join(strings.Fields(s), " ")
			if strings.Contains(s, "sebagai berikut: Tabel") || !strings.Contains(s, "disajikan sebagai berikut:") {
				continue
			}
			if !strings.Contains(s, "Tabel 2.2") {
				t.Errorf("Narasi of %d sentences: page %d ends with the lead-in, Tabel 2.2 on the next", 2*n, p+1)
			}
		}
	}
}

// TestPengantarTabelLain is TestPengantarTabelBarisTinggi for the other
// tables a part's text introduces (Tabel 2.1, 2.3, 2.4; in the annual
// report Tabel 2.1, 3.1 and 3.3): with a first row far taller than the two
// lines leadInRoom guesses, the lead-in closing the part must still share
// its page with the table's caption, header and first row, wherever the
// filler above puts it on the page.
func TestPengantarTabelLain(t *testing.T) {
	panjang := strings.TrimSpace(strings.Repeat("Pendampingan intensif pemerintah desa dalam penyusunan dokumen perencanaan pembangunan. ", 7))
	indikator := func(l *kinerja.Laporan) {
		l.Target[0].Indikator = tsel(strings.Repeat("Penyelenggaraanpemerintahandesa", 13))
	}
	cases := []struct {
		tahunan       bool
		tabel, bagian string
		ubah          func(l *kinerja.Laporan)
	}{
		{false, "Tabel 2.1", "Perjanjian Kinerja", indikator},
		{false, "Tabel 2.3", "Anggaran", indikator},
		{true, "Tabel 2.1", "Perencanaan Kinerja", indikator},
		{true, "Tabel 3.1", "Capaian Kinerja", indikator},
		{true, "Tabel 3.3", "Anggaran", func(l *kinerja.Laporan) {
			l.Anggaran[0].Kegiatan = tsel(panjang)
		}},
		{false, "Tabel 2.4", "Evaluasi", func(l *kinerja.Laporan) {
			l.Strategi = append([]kinerja.Strategi{{Kode: l.Target[0].Kode, Strategi: tsel(panjang), Periode: tsel("Januari s/d Juni 2023")}}, l.Strategi...)
		}},
	}
	for _, c := range cases {
		lead := "Rincian bagian " + c.bagian + " disajikan sebagai berikut:"
		nama := c.bagian
		if c.tahunan {
			nama += " (tahunan)"
		}
		for n := 1; n <= 40; n += 3 {
			l := contohLaporan()
			if c.tahunan {
				l = tahunanLaporan()
			}
			c.ubah(l)
			isi := strings.TrimSpace(strings.Repeat("Kalimat pengisi untuk menggeser teks ke bawah halaman. ", 2*n))
			l.Narasi = append(l.Narasi,
				kinerja.Narasi{Bagian: tsel(c.bagian), Teks: tsel(isi)},
				kinerja.Narasi{Bagian: tsel(c.bagian), Teks: tsel(lead)})
			var pdf []byte
			var info *Info
			if c.tahunan {
				var buf bytes.Buffer
				var err error
				info, err = Render(&buf, l, kinerja.HitungTahunan(l, kinerja.PMK), Options{})
				if err != nil {
					t.Fatal(err)
				}
				pdf = buf.Bytes()
			} else {
				pdf, info = render(t, l, Options{})
			}
			for p, s := range teksHalaman(t, pdf, info.Halaman) {
				s = strings.Join(strings.Fields(s), " ")
				i := strings.Index(s, lead)
				if i < 0 {
					continue
				}
				if !strings.Contains(s[i:], c.tabel) {
					t.Errorf("%s, Narasi of %d sentences: page %d ends with the lead-in, %s on the next", nama, 2*n, p+1, c.tabel)
				}
			}
		}
	}
}

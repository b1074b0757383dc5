package report

import (
	"bytes"
	"encoding/xml"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

func init() {
	// pdfcpu must not read or write a configuration folder in tests.
	model.ConfigPath = "disable"
}

// render renders l for its own quarter with method pmk and returns the
// PDF. LAPKIN_REPORT_OUT=dir keeps a copy of every PDF, to look at.
func render(t *testing.T, l *kinerja.Laporan, opt Options) ([]byte, *Info) {
	t.Helper()
	return renderMetode(t, l, kinerja.PMK, opt)
}

func renderMetode(t *testing.T, l *kinerja.Laporan, m kinerja.Metode, opt Options) ([]byte, *Info) {
	t.Helper()
	h := kinerja.Hitung(l, l.Identitas.Triwulan, m)
	var buf bytes.Buffer
	info, err := Render(&buf, l, h, opt)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	if out := os.Getenv("LAPKIN_REPORT_OUT"); out != "" {
		name := strings.NewReplacer("/", "_", " ", "_").Replace(t.Name())
		os.WriteFile(filepath.Join(out, name+".pdf"), buf.Bytes(), 0o644)
	}
	return buf.Bytes(), info
}

// simpan writes a PDF to a temporary file for the poppler tools.
func simpan(t *testing.T, pdf []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "laporan.pdf")
	if err := os.WriteFile(p, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// teks is the PDF's text (pdftotext -layout, so that a table row reads
// as one line), white space collapsed, and a word hyphenated at a line
// end joined again as pdftotext joins it without -layout.
func teks(t *testing.T, pdf []byte, args ...string) string {
	t.Helper()
	alat.Perlu(t, "pdftotext")
	out, err := exec.Command("pdftotext", append(append([]string{"-layout"}, args...), simpan(t, pdf), "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(joinHyphenated(string(out))), " ")
}

var reTerpenggal = regexp.MustCompile(`(\pL)-\n[ \t]*(\p{Ll})`)

// joinHyphenated joins the halves of words hyphenated at a line end
// ("pemerin-" / "tahan"), in pdftotext -layout's text.
func joinHyphenated(s string) string { return reTerpenggal.ReplaceAllString(s, "$1$2") }

// teksHalaman is the text of each page.
func teksHalaman(t *testing.T, pdf []byte, n int) []string {
	t.Helper()
	alat.Perlu(t, "pdftotext")
	path := simpan(t, pdf)
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	if len(pages) != n {
		t.Fatalf("pdftotext found %d pages, Render said %d", len(pages), n)
	}
	for i := range pages {
		pages[i] = strings.Join(strings.Fields(pages[i]), " ")
	}
	return pages
}

func mengandung(t *testing.T, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
}

// TestContohIsi reads the reference report back: headings in the
// reference's order, its figures (worked out by hand below), names, NIPs,
// and the sentences generated from the figures.
func TestContohIsi(t *testing.T) {
	pdf, info := render(t, contohLaporan(), Options{})
	text := teks(t, pdf)
	// Headings, in order.
	urutan := []string{
		"LAPORAN KINERJA TRIWULAN II TAHUN ANGGARAN 2023",
		"BAB I PENDAHULUAN",
		"BAB II AKUNTABILITAS KINERJA",
		"2.1. PERJANJIAN KINERJA", "Tabel 2.1 Lembar Dokumen Perjanjian Kinerja Kasi Pemerintahan",
		"2.2. CAPAIAN KINERJA", "Tabel 2.2", "Gambar 2.1",
		"2.3. REALISASI ANGGARAN (Cost per Outcome)", "Tabel 2.3", "Gambar 2.2",
		"2.4. EVALUASI DAN ANALISIS KINERJA", "Tabel 2.4 Strategi yang Digunakan dalam Mencapai Target Kinerja",
		"2.5. RENCANA TINDAK LANJUT", "2.6. TANGGAPAN ATASAN LANGSUNG",
		"BAB III PENUTUP", "Mengetahui,",
	}
	// The front matter (Ikhtisar, Daftar Isi) comes first; the body's
	// headings are found after it.
	if i := strings.Index(text, "DAFTAR ISI"); i >= 0 {
		urutan = append([]string{urutan[0], "IKHTISAR", "DAFTAR ISI"}, urutan[1:]...)
	}
	last := -1
	for _, h := range urutan {
		i := strings.Index(text[max(last, 0):], h)
		if i >= 0 {
			i += max(last, 0)
		}
		if i < 0 {
			t.Errorf("heading %q missing", h)
			continue
		}
		if i < last {
			t.Errorf("heading %q out of order", h)
		}
		last = i
	}
	mengandung(t, text,
		// Cover and BAB I from the Identitas fields.
		"KEPALA SEKSI PEMERINTAHAN KECAMATAN SENDURO PEMERINTAH KABUPATEN LUMAJANG",
		"Peraturan Bupati Lumajang Nomor 6 Tahun 2018 Pasal 4 mengamanatkan",
		"paling lambat 5 hari kerja",
		"Peraturan Bupati Lumajang Nomor 96 Tahun 2019 Pasal 8",
		"24. Melaksanakan tugas-tugas lain yang diberikan oleh Camat.",
		// Tabel 2.3 of the reference: IK7 = 10.200.000 + 4.500.000 =
		// 14.700.000, realised 10.200.000 + 2.250.000 = 12.450.000, 84,69%.
		"14.700.000 12.450.000 84,69%", "7.500.000 1.800.000 24,00%",
		"290.800.000 117.000.000 40,23%",
		// One generated paragraph per indicator: IK2 = 6 + 0 of 12 Desa,
		// Kumulatif with no Target TW II: capaian against the annual
		// target, not judged.
		"Sampai dengan triwulan II terealisasi 6 Desa dari target tahunan 12 Desa (capaian 50,00% terhadap target tahunan). Predikat dan ketercapaiannya belum dapat dinilai",
		// IK7: 84,69 of 100 (Non Kumulatif: the annual target is the level).
		"capaian 84,69% (predikat Tinggi): belum mencapai target.",
		"Anggaran yang mendukungnya sebesar Rp14.700.000 dengan realisasi Rp12.450.000 (serapan 84,69%).",
		// The Analisis sheet's paragraphs follow, with their list.
		"a. Fasilitasi Penjaringan Perangkat Desa yang sudah kami lakukan di 4 Desa",
		// Method under Tabel 2.3.
		"PMK 214/PMK.02/2017",
		// Totals: pagu 7.800.000 + 5.000.000 + 10.200.000 + 4.500.000 +
		// 7.500.000 + 290.800.000 + 29.859.000 = 355.659.000; realisasi
		// 0 + 0 + 10.200.000 + 2.250.000 + 1.800.000 + 117.000.000 +
		// 29.859.000 = 161.109.000; 161.109.000 / 355.659.000 = 45,30%.
		"Jumlah 355.659.000 161.109.000 45,30%",
		// BAB III counts the same indicators: only IK6 (100%) is tercapai.
		"Dari 7 indikator kinerja yang diperjanjikan Kasi Pemerintahan, 1 indikator telah mencapai target",
		// … and what is left: 355.659.000 − 161.109.000 = 194.550.000.
		"Dari pagu anggaran sebesar Rp355.659.000 untuk 7 kegiatan, sampai dengan triwulan II telah direalisasikan Rp161.109.000 atau serapan anggaran 45,30%; sisa anggaran sebesar Rp194.550.000 akan digunakan pada triwulan berikutnya.",
		// Signature block.
		"Senduro, 30 Juni 2023", "Camat Senduro,", "Kepala Seksi Pemerintahan,",
		"Drs. PUJIANTO", "MOCH JEMMY, S.Pd", "NIP. 19671114 199003 1 004", "NIP. 19651230 198703 1 012",
		// The default Tanggapan options.
		"Laporan sudah baik", "Capaian diteliti ulang", "Lain-lain",
	)
	if strings.Contains(text, "DRAF") {
		t.Error("a final report is marked DRAF")
	}
	// Every page: its number and the running footer.
	pages := teksHalaman(t, pdf, info.Halaman)
	if strings.Contains(pages[0], "Halaman") {
		t.Error("the cover carries a page number")
	}
	for i, p := range pages[1:] {
		i++
		want := "Halaman " + strconv.Itoa(i+1) + " dari " + strconv.Itoa(info.Halaman)
		if !strings.Contains(p, want) || !strings.Contains(p, "Laporan Kinerja Triwulan II Tahun 2023 · Kasi Pemerintahan · Kecamatan Senduro") {
			t.Errorf("page %d lacks %q or the running footer", i+1, want)
		}
	}
}

func TestContohPDF(t *testing.T) {
	pdf, info := render(t, contohLaporan(), Options{})
	path := simpan(t, pdf)

	// pdfinfo: page count, A4 on every page, metadata.
	alat.Perlu(t, "pdfinfo")
	out, err := exec.Command("pdfinfo", "-f", "1", "-l", "999", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	meta := string(out)
	if !strings.Contains(meta, "Pages:           "+strconv.Itoa(info.Halaman)+"\n") || info.Halaman < 8 {
		t.Errorf("pages: Render says %d, pdfinfo:\n%s", info.Halaman, meta)
	}
	if n := strings.Count(meta, "595.28 x 841.89 pts (A4)"); n != info.Halaman {
		t.Errorf("%d of %d pages are A4", n, info.Halaman)
	}
	for _, w := range []string{
		"Title:           Laporan Kinerja Triwulan II Tahun 2023 – Kasi Pemerintahan Kecamatan Senduro",
		"Author:          MOCH JEMMY, S.Pd",
		"Subject:         Laporan Kinerja Triwulanan (Triwulan II Tahun Anggaran 2023)",
		"Keywords:        laporan kinerja, triwulan II, 2023, Kecamatan Senduro",
		"Creator:         lapkin", "Producer:        lapkin",
		"CreationDate:    Fri Jun 30 00:00:00 2023 UTC",
	} {
		if !strings.Contains(meta, w) {
			t.Errorf("pdfinfo lacks %q", w)
		}
	}
	if !bytes.Contains(pdf, []byte("/Lang (id-ID)")) {
		t.Error("document language id-ID not set")
	}

	// pdffonts: the fonts are embedded, nothing relies on system fonts.
	alat.Perlu(t, "pdffonts")
	out, err = exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
	if len(rows) != 3 {
		t.Errorf("want the three styles of one font, got:\n%s", out)
	}
	for _, r := range rows {
		f := strings.Fields(r)
		if len(f) < 7 || f[len(f)-5] != "yes" || !strings.Contains(strings.ToLower(f[0]), "liberationsans") {
			t.Errorf("font not embedded Liberation Sans: %s", r)
		}
	}

	// pdfcpu: the file is valid PDF, and its outline holds the chapters.
	if err := api.Validate(bytes.NewReader(pdf), model.NewDefaultConfiguration()); err != nil {
		t.Errorf("pdfcpu validation: %v", err)
	}
	bms, err := api.Bookmarks(bytes.NewReader(pdf), model.NewDefaultConfiguration())
	if err != nil {
		t.Fatalf("bookmarks: %v", err)
	}
	var titles []string
	for _, b := range bms {
		titles = append(titles, b.Title)
		for _, k := range b.Kids {
			titles = append(titles, "  "+k.Title)
		}
	}
	want := []string{"Sampul", "Ikhtisar", "Daftar Isi", "BAB I PENDAHULUAN", "BAB II AKUNTABILITAS KINERJA",
		"  2.1. Perjanjian Kinerja", "  2.2. Capaian Kinerja", "  2.3. Realisasi Anggaran (Cost per Outcome)",
		"  2.4. Evaluasi dan Analisis Kinerja", "  2.5. Rencana Tindak Lanjut", "  2.6. Tanggapan Atasan Langsung",
		"BAB III PENUTUP"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("bookmarks:\n%s\nwant:\n%s", strings.Join(titles, "\n"), strings.Join(want, "\n"))
	}
}

func TestDeterministic(t *testing.T) {
	for _, opt := range []Options{{}, {Draf: true}} {
		a, _ := render(t, contohLaporan(), opt)
		b, _ := render(t, contohLaporan(), opt)
		if !bytes.Equal(a, b) {
			t.Fatalf("two renderings differ (Draf %v)", opt.Draf)
		}
	}
	big1, _ := render(t, laporanBesar(20, 30), Options{})
	big2, _ := render(t, laporanBesar(20, 30), Options{})
	if !bytes.Equal(big1, big2) {
		t.Fatal("two renderings of the large report differ")
	}
	// The creation date: the report date, or Options.Dibuat.
	l := contohLaporan()
	l.Identitas.TanggalLaporan = time.Time{}
	pdf, info := render(t, l, Options{Tanggal: time.Date(2023, 7, 3, 15, 4, 5, 0, time.UTC)})
	if !bytes.Contains(pdf, []byte("D:20230703000000")) || info.TanggalLaporan.Day() != 3 {
		t.Error("without Tanggal Laporan the date comes from Options.Tanggal")
	}
	pdf, _ = render(t, l, Options{Dibuat: time.Unix(1000000000, 0).UTC()})
	if !bytes.Contains(pdf, []byte("D:20010909014640")) {
		t.Error("Options.Dibuat not used as the creation date")
	}
	// Neither: the quarter's last day.
	_, info = render(t, l, Options{})
	if got := kinerja.FormatTanggal(info.TanggalLaporan); got != "30 Juni 2023" {
		t.Errorf("default report date %s", got)
	}
}

func TestDraf(t *testing.T) {
	pdf, info := render(t, contohLaporan(), Options{Draf: true})
	for i, p := range teksHalaman(t, pdf, info.Halaman) {
		if !strings.Contains(p, "DRAF") {
			t.Errorf("page %d lacks the DRAF mark", i+1)
		}
	}
}

func TestTanpaAnggaran(t *testing.T) {
	l := contohLaporan()
	l.AdaAnggaran, l.Anggaran = false, nil
	pdf, _ := render(t, l, Options{})
	text := teks(t, pdf)
	mengandung(t, text, "2.3. REALISASI ANGGARAN", "tidak memuat kegiatan beranggaran yang mendukung indikator kinerja, sehingga tabel cost per outcome (Tabel 2.3) dan Gambar 2.2 tidak disajikan.",
		"Tabel 2.4")
	for _, s := range []string{"Tabel 2.3 Cost", "Gambar 2.2 Serapan", "pagu anggaran sebesar"} {
		if strings.Contains(text, s) {
			t.Errorf("report without Anggaran shows %q", s)
		}
	}
}

func TestMetodeRasio(t *testing.T) {
	pdf, _ := renderMetode(t, contohLaporan(), kinerja.Rasio, Options{})
	text := teks(t, pdf)
	mengandung(t, text, "konvensi LKjIP daerah")
	// IK7: capaian 84,69% over serapan 84,69% = 100,00%.
	mengandung(t, text, "14.700.000 12.450.000 84,69% 100% 84,69% 84,69% 100,00%")
}

func TestNarasi(t *testing.T) {
	l := contohLaporan()
	l.Narasi = []kinerja.Narasi{
		{Bagian: tsel("  pendahuluan "), Teks: tsel("Paragraf pendahuluan pengganti.\nParagraf kedua dari sel yang sama.")},
		{Bagian: tsel("2.5. Rencana Tindak Lanjut"), Teks: tsel("Tindak lanjut pengganti:\n1. butir satu\n2. butir dua")},
		{Bagian: tsel("PENUTUP"), Teks: tsel("Penutup pengganti.")},
		{Bagian: tsel("Kata Sambutan"), Teks: kinerja.Sel{Teks: "tidak dipakai", Ref: kinerja.Ref{Sheet: "Narasi", Cell: "B5"}}},
	}
	pdf, info := render(t, l, Options{})
	text := teks(t, pdf)
	mengandung(t, text, "BAB I PENDAHULUAN Paragraf pendahuluan pengganti. Paragraf kedua dari sel yang sama.",
		"Tindak lanjut pengganti: 1. butir satu 2. butir dua 1. Melaksanakan kegiatan",
		"BAB III PENUTUP Penutup pengganti. Mengetahui,",
		// Parts without Narasi keep their template.
		"Perjanjian Kinerja Tahun 2023 yang ditandatangani antara Kasi Pemerintahan dengan Camat Senduro")
	for _, s := range []string{"mengamanatkan bahwa pejabat", "dapat disimpulkan", "tidak dipakai"} {
		if strings.Contains(text, s) {
			t.Errorf("replaced text still shows %q", s)
		}
	}
	if len(info.Catatan) != 1 || !strings.Contains(info.Catatan[0], "Narasi!B5") || !strings.Contains(info.Catatan[0], "Kata Sambutan") {
		t.Errorf("catatan = %q", info.Catatan)
	}
}

func TestFindBagian(t *testing.T) {
	cases := map[string]string{
		"Pendahuluan": "Pendahuluan", " PENDAHULUAN ": "Pendahuluan", "bab i": "Pendahuluan",
		"Tugas": "Tugas", "tugas dan fungsi": "Tugas",
		"perjanjian   kinerja": "Perjanjian Kinerja", "2.1. Perjanjian Kinerja": "Perjanjian Kinerja",
		"Capaian_Kinerja": "Capaian Kinerja", "cost per outcome": "Anggaran", "Anggaran": "Anggaran",
		"Evaluasi dan Analisis Kinerja": "Evaluasi", "tindak-lanjut": "Tindak Lanjut",
		"Rencana Tindak Lanjut": "Tindak Lanjut", "BAB III Penutup": "Penutup", "Kesimpulan": "Penutup",
		"": "", "Kata Sambutan": "", "2.1": "",
		// annual-only parts (LKjIP)
		"Kata Pengantar": "Kata Pengantar", "ringkasan eksekutif": "Ikhtisar Eksekutif", "Isu Strategis": "Isu Strategis",
	}
	for in, want := range cases {
		got, ok := FindBagian(in)
		if got != want || ok != (want != "") {
			t.Errorf("FindBagian(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestParseBlok(t *testing.T) {
	got := parseBlocks("Pembuka yang\nberlanjut.\n\n#. satu\n  lanjutan\n#. dua\n  a. anak\n#. tiga\n\nPenutup.", false)
	want := []textBlock{
		{teks: "Pembuka yang berlanjut."},
		{item: true, marker: "1.", teks: "satu lanjutan"},
		{item: true, marker: "2.", teks: "dua"},
		{item: true, marker: "a.", level: 1, teks: "anak"},
		{item: true, marker: "3.", teks: "tiga"},
		{teks: "Penutup."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("blok %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	// A cell: every line is its own paragraph; "- x" is a bullet.
	got = parseBlocks("Satu.\r\nDua.\n- butir\x00\n2023 adalah tahun", true)
	if len(got) != 4 || got[1].teks != "Dua." || got[2].marker != "•" || got[2].teks != "butir" || got[3].item {
		t.Errorf("cell text: %+v", got)
	}
}

func TestTemplatesDir(t *testing.T) {
	tulis := func(dir, name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var te *TemplateError
	cases := []struct {
		name, file, src string
		berkas          string
		baris           int
		pesan           string
	}{
		{"parse error", "pendahuluan.tmpl", "Baris satu.\nBaris {{ .Tahun }.\n", "pendahuluan.tmpl", 2, "penulisan templat salah"},
		{"unknown variable", "penutup.tmpl", "Satu.\n\nDua {{.TahunAnggaran}}.\n", "penutup.tmpl", 3, "variabel .TahunAnggaran tidak dikenal"},
		{"unknown variable per indicator", "capaian_indikator.tmpl", "{{.Laporan.Tahun}} {{.Capaian}} {{.Nilai}}", "capaian_indikator.tmpl", 1, "variabel .Nilai"},
		{"unknown function", "tugas.tmpl", "{{hitung .Tahun}}", "tugas.tmpl", 1, `fungsi "hitung" tidak dikenal`},
		{"unknown file", "pendahulan.tmpl", "x", "pendahulan.tmpl", 0, "nama berkas tidak dikenal"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			tulis(dir, c.file, c.src)
			_, err := LoadTemplates(dir)
			if err == nil {
				t.Fatal("no error")
			}
			if !errorsAs(err, &te) {
				t.Fatalf("not a TemplateError: %v", err)
			}
			if filepath.Base(te.Berkas) != c.berkas || te.Baris != c.baris || !strings.Contains(te.Pesan, c.pesan) {
				t.Errorf("got %q (file %s line %d)", err, te.Berkas, te.Baris)
			}
			if c.baris > 0 && !strings.Contains(err.Error(), "baris "+strconv.Itoa(c.baris)) {
				t.Errorf("message %q does not name the line", err)
			}
		})
	}
	if _, err := LoadTemplates(filepath.Join(t.TempDir(), "tidak-ada")); err == nil || !strings.Contains(err.Error(), "tidak ada") {
		t.Errorf("missing folder: %v", err)
	}
	if _, err := LoadTemplates(t.TempDir()); err == nil || !strings.Contains(err.Error(), "tidak berisi templat") {
		t.Errorf("empty folder: %v", err)
	}

	// A good override replaces only its own part.
	dir := t.TempDir()
	tulis(dir, "perjanjian_kinerja.tmpl", "PK {{.Tahun}} untuk {{upper .Pejabat}} ({{tambah .JumlahIndikator 0}} indikator).")
	tpl, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := render(t, contohLaporan(), Options{Templates: tpl})
	text := teks(t, pdf)
	mengandung(t, text, "PK 2023 untuk KASI PEMERINTAHAN (7 indikator).", "mengamanatkan bahwa pejabat eselon IV")

	// The built-in templates load, and every one has its file.
	if _, err := LoadTemplates(""); err != nil {
		t.Fatalf("built-in templates: %v", err)
	}
}

func errorsAs(err error, te **TemplateError) bool {
	e, ok := err.(*TemplateError)
	if ok {
		*te = e
	}
	return ok
}

func TestLogo(t *testing.T) {
	img := image.NewNRGBA64(image.Rect(0, 0, 40, 60)) // 16-bit, with alpha: fpdf would refuse it as is
	for y := 0; y < 60; y++ {
		for x := 0; x < 40; x++ {
			img.Set(x, y, color.NRGBA64{R: 0x2000, G: 0x8000, B: 0x3000, A: uint16(0xffff * (x + 1) / 40)})
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	l := contohLaporan()
	l.Logo = &kinerja.Gambar{Data: buf.Bytes(), Ext: ".png"}
	pdf, info := render(t, l, Options{})
	if len(info.Catatan) != 0 {
		t.Errorf("catatan: %v", info.Catatan)
	}
	if !bytes.Contains(pdf, []byte("/Subtype /Image")) {
		t.Error("logo not in the PDF")
	}
	a, _ := render(t, l, Options{})
	if !bytes.Equal(a, pdf) {
		t.Error("a report with a logo is not deterministic")
	}

	l.Logo = &kinerja.Gambar{Data: []byte("bukan gambar"), Ext: ".png"}
	pdf, info = render(t, l, Options{})
	if len(info.Catatan) != 1 || !strings.Contains(info.Catatan[0], "logo") {
		t.Errorf("catatan for a broken logo: %v", info.Catatan)
	}
	if bytes.Contains(pdf, []byte("/Subtype /Image")) {
		t.Error("a broken logo was drawn")
	}
}

// TestDataAneh: odd data never panics or fails: empty sheets, text in
// other scripts, emoji, control characters, words longer than a cell,
// undefined figures, a missing Identitas field.
func TestDataAneh(t *testing.T) {
	kosong := &kinerja.Laporan{Identitas: kinerja.Identitas{Tahun: 2023, Triwulan: 1}}
	pdf, _ := render(t, kosong, Options{})
	mengandung(t, teks(t, pdf), "LAPORAN KINERJA TRIWULAN I TAHUN ANGGARAN 2023", "Belum ada indikator kinerja yang ditetapkan dalam Perjanjian Kinerja.", "NIP. –")
	if strings.Contains(teks(t, pdf), "Lembar ") || strings.Contains(teks(t, pdf), "lembar ") {
		t.Error("the report of an empty workbook speaks of the workbook's sheets (\"lembar …\"): it must use its own words")
	}

	l := contohLaporan()
	l.Identitas.Unit = "Kecamatan 日本語 😀 \x07Ṡenduro\u202e"
	l.Target[0].Indikator = tsel(strings.Repeat("Tanpaspasisamasekali", 30))
	l.Target[1].Sasaran = tsel("")
	l.Target[2].Target = kinerja.Nilai{} // no target: capaian undefined
	l.Target[3].Target = kinerja.Nilai{Ada: true, Angka: 80, Rentang: &kinerja.Rentang{Min: 80, Max: 90}}
	l.Target[3].Polaritas = kinerja.Negatif
	l.Tugas = append(l.Tugas, tsel("\t\tTugas dengan tab\r\ndan baris baru"), tsel(""))
	l.Analisis = append(l.Analisis, kinerja.Analisis{Kode: tsel("IK99"), Uraian: tsel("Analisis kode tak dikenal")})
	l.Strategi = append(l.Strategi, kinerja.Strategi{Kode: tsel("IK99"), Strategi: tsel("Strategi kode tak dikenal")})
	l.Anggaran = append(l.Anggaran, kinerja.Kegiatan{Kegiatan: tsel("Kegiatan tanpa pagu")})
	l.Tanggapan = []kinerja.Tanggapan{{Teks: tsel("Setuju"), Pilih: true}, {Teks: tsel("")}}
	l.TindakLanjut = append(l.TindakLanjut, tsel(strings.Repeat("panjang ", 200)))
	pdf, _ = render(t, l, Options{Draf: true})
	text := teks(t, pdf)
	mengandung(t, text, "Tanpaspasisamasekali", "Analisis untuk kode IK99 (kode ini tidak terdapat dalam Perjanjian Kinerja)",
		"Kode IK99 (tidak terdapat", "Strategi kode tak dikenal", "Kegiatan tanpa pagu", "Setuju", "capaiannya belum dapat dihitung", "80–90 Desa", "Kecamatan ??? Ṡenduro")
	if c := strings.Count(strings.ReplaceAll(text, " ", ""), "Tanpaspasisamasekali"); c < 30 {
		t.Errorf("a word longer than its cell lost text: %d of 30 repetitions", c)
	}

	if _, err := Render(&bytes.Buffer{}, nil, nil, Options{}); err == nil {
		t.Error("nil data accepted")
	}
	h := kinerja.Hitung(kosong, 0, kinerja.PMK)
	if _, err := Render(&bytes.Buffer{}, kosong, h, Options{}); err == nil || !strings.Contains(err.Error(), "triwulan") {
		t.Errorf("quarter 0: %v", err)
	}
}

type kata struct {
	Text string  `xml:",chardata"`
	X0   float64 `xml:"xMin,attr"`
	Y0   float64 `xml:"yMin,attr"`
	X1   float64 `xml:"xMax,attr"`
	Y1   float64 `xml:"yMax,attr"`
}

type halamanBBox struct {
	W    float64 `xml:"width,attr"`
	H    float64 `xml:"height,attr"`
	Kata []kata  `xml:"word"`
}

// kataHalaman reads every word's box (pdftotext -bbox), page by page.
func kataHalaman(t *testing.T, pdf []byte) []halamanBBox {
	t.Helper()
	alat.Perlu(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-bbox", simpan(t, pdf), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	start := bytes.Index(out, []byte("<doc>"))
	end := bytes.Index(out, []byte("</doc>"))
	var doc struct {
		Pages []halamanBBox `xml:"page"`
	}
	if err := xml.Unmarshal(out[start:end+len("</doc>")], &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Pages
}

// The default margins of A4 in tests (the text block is as wide on F4).
var (
	marginA4       = defaultMargins(kertasA4)
	contentWidthA4 = kertasA4.w - marginA4.left - marginA4.right
)

// cekTataLetak checks that every word lies inside the page's default
// margins and that no two words overlap (text drawn over text).
func cekTataLetak(t *testing.T, pdf []byte) {
	t.Helper()
	cekTataLetakIn(t, pdf, margins{})
}

// cekTataLetakIn is cekTataLetak for the portrait margins m (the zero
// margins: the paper's default ones).
func cekTataLetakIn(t *testing.T, pdf []byte, m margins) {
	t.Helper()
	const mm = 72 / 25.4
	for p, pg := range kataHalaman(t, pdf) {
		w, h := pg.W/mm, pg.H/mm
		if w > h {
			w, h = h, w
		}
		d := doc{kertas: kertas{w: w, h: h}, margin: m}
		if m == (margins{}) {
			d.margin = defaultMargins(d.kertas)
		}
		for _, w := range pg.Kata {
			x0, x1 := d.margin.left, d.margin.left+d.contentWidth()
			if pg.W > pg.H { // a landscape page (docs/laporan.md#halaman-lanskap)
				lm := d.landscapeMargin()
				x0, x1 = lm.left, pg.W/mm-lm.right
			}
			if w.X0 < x0*mm-1 || w.X1 > x1*mm+1 || w.Y0 < 0 || w.Y1 > pg.H-8*mm {
				t.Errorf("page %d: %q at x %.0f–%.0f, y %.0f–%.0f is outside the margins", p+1, w.Text, w.X0, w.X1, w.Y0, w.Y1)
			}
		}
		for i := range pg.Kata {
			for j := i + 1; j < len(pg.Kata); j++ {
				a, b := pg.Kata[i], pg.Kata[j]
				ox := min(a.X1, b.X1) - max(a.X0, b.X0)
				oy := min(a.Y1, b.Y1) - max(a.Y0, b.Y0)
				if ox > 1 && oy > 2 {
					t.Errorf("page %d: %q and %q overlap", p+1, a.Text, b.Text)
				}
			}
		}
	}
}

func TestTataLetakContoh(t *testing.T) {
	pdf, _ := render(t, contohLaporan(), Options{})
	cekTataLetak(t, pdf)
}

// TestBesar: 60 indicators and 80 kegiatan lay out cleanly: every table
// that continues on another page repeats its header there, no text leaves
// the page or overlaps, and a kegiatan name longer than a page is printed
// whole across pages.
func TestBesar(t *testing.T) {
	pdf, info := render(t, laporanBesar(60, 80), Options{})
	if info.Halaman < 40 {
		t.Errorf("only %d pages for 60 indicators and 80 kegiatan", info.Halaman)
	}
	pages := teksHalaman(t, pdf, info.Halaman)
	// Header cells (capitalised as only the header writes them).
	header := map[string][]string{
		"2.1": {"Sasaran Kegiatan", "Indikator Kinerja", "Target"},
		"2.2": {"Sasaran Kegiatan", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "(%)", "Predikat"},
		"2.3": {"Indikator Kinerja / Kegiatan", "Anggaran", "Kinerja", "Efisiensi", "Pagu (Rp)", "Serapan", "Nilai"},
		"2.4": {"Indikator Kinerja", "Strategi yang Digunakan", "Pada Bulan"},
	}
	lanjut := map[string]int{}
	re := regexp.MustCompile(`Tabel (2\.[1-4]) \(lanjutan\)`)
	for i, p := range pages {
		for _, m := range re.FindAllStringSubmatch(p, -1) {
			lanjut[m[1]]++
			for _, h := range header[m[1]] {
				if !strings.Contains(p, h) {
					t.Errorf("page %d continues Tabel %s without its header %q", i+1, m[1], h)
				}
			}
		}
	}
	for _, nomor := range []string{"2.1", "2.2", "2.3", "2.4"} {
		if lanjut[nomor] < 2 {
			t.Errorf("Tabel %s continues on %d pages; with 60 indicators it must span several", nomor, lanjut[nomor])
		}
	}
	all := strings.Join(pages, " ")
	// Beyond 25 indicators a chart summarises: the bands, the lowest ten,
	// on one page each.
	if strings.Contains(all, "Gambar 2.1 (lanjutan)") || strings.Contains(all, "Gambar 2.2 (lanjutan)") {
		t.Error("the charts of 60 indicators should be summaries, not continue over pages")
	}
	for _, s := range []string{"a. Jumlah indikator menurut predikat capaian", "b. Sepuluh indikator dengan capaian terendah",
		"Sepuluh indikator dengan capaian kinerja terendah (seluruh indikator pada Tabel 2.3)"} {
		if !strings.Contains(all, s) {
			t.Errorf("the summary chart lacks %q", s)
		}
	}
	for i := 1; i <= 60; i++ {
		if !strings.Contains(all, "Indikator kinerja nomor "+strconv.Itoa(i)+" mengenai") {
			t.Errorf("indicator %d missing", i)
		}
	}
	sekali := 0
	for _, w := range strings.Fields(all) {
		if w == "sekali" {
			sekali++
		}
	}
	if sekali != 420 {
		t.Errorf("the over-long kegiatan name lost text: %d of 420 repetitions", sekali)
	}
	a, b := strings.Index(all, "AWAL-KEGIATAN-PANJANG"), strings.Index(all, "AKHIR-KEGIATAN-PANJANG")
	if a < 0 || b < a {
		t.Error("the over-long kegiatan name is not whole")
	}
	cekTataLetak(t, pdf)
	if testing.Short() {
		return
	}
	if err := api.Validate(bytes.NewReader(pdf), model.NewDefaultConfiguration()); err != nil {
		t.Errorf("pdfcpu validation: %v", err)
	}
}

// TestParalel: reports rendered at the same time (generate -j) are the
// same as one rendered alone (run with -race to check shared state: the
// font bytes, the built-in templates).
func TestParalel(t *testing.T) {
	want, _ := render(t, contohLaporan(), Options{})
	got := make([][]byte, 4)
	done := make(chan int)
	for i := range got {
		go func() {
			l := contohLaporan()
			h := kinerja.Hitung(l, 2, kinerja.PMK)
			var buf bytes.Buffer
			if _, err := Render(&buf, l, h, Options{}); err == nil {
				got[i] = buf.Bytes()
			}
			done <- i
		}()
	}
	for range got {
		<-done
	}
	for i, g := range got {
		if !bytes.Equal(g, want) {
			t.Errorf("parallel rendering %d differs from a lone one", i)
		}
	}
}

// TestREADME: templates/README.md documents every template variable, every
// Bagian with its aliases and file, and every template file exists.
func TestREADME(t *testing.T) {
	b, err := os.ReadFile("../../templates/README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for _, typ := range []any{Data{}, DataIndikator{}} {
		rt := reflect.TypeOf(typ)
		for i := 0; i < rt.NumField(); i++ {
			if f := rt.Field(i).Name; !strings.Contains(doc, "`."+f+"`") && !strings.Contains(doc, "`."+f+",") && !strings.Contains(doc, ", `."+f+"`") {
				t.Errorf("README does not document %s.%s", rt.Name(), f)
			}
		}
	}
	for _, bg := range DaftarBagian {
		if !strings.Contains(doc, "| "+bg.Nama+" (") || !strings.Contains(doc, "`"+bg.Berkas+"`") {
			t.Errorf("README lacks Bagian %s / %s", bg.Nama, bg.Berkas)
		}
		for _, a := range bg.Alias {
			if !strings.Contains(doc, a) {
				t.Errorf("README lacks alias %q of %s", a, bg.Nama)
			}
		}
	}
	for _, f := range templateFiles() {
		if _, err := os.Stat(filepath.Join("../../templates", f)); err != nil {
			t.Errorf("template file %s: %v", f, err)
		}
	}
}

// TestTanggapanCentang: the chosen options are ticked (vector strokes in
// the box), the others are empty boxes. It looks at the rendered page.
func TestTanggapanCentang(t *testing.T) {
	alat.Perlu(t, "pdftoppm")
	l := contohLaporan()
	l.Tanggapan = []kinerja.Tanggapan{
		{Teks: tsel("Laporan sudah baik"), Pilih: true},
		{Teks: tsel("Laporan kurang baik")},
		{Teks: tsel("Capaian diteliti ulang"), Pilih: true},
	}
	pdf, _ := render(t, l, Options{})
	const dpi = 100.0
	const mm = 72 / 25.4
	var page int
	boxes := map[string][2]float64{} // option → (x, y) of the box centre, in pt
	for p, pg := range kataHalaman(t, pdf) {
		for i := 0; i+1 < len(pg.Kata); i++ {
			w, next := pg.Kata[i], pg.Kata[i+1].Text
			if w.Text == "Laporan" && (next == "sudah" || next == "kurang") || w.Text == "Capaian" && next == "diteliti" {
				// The box is 4 mm wide, 4 mm from the margin.
				page = p + 1
				boxes[next] = [2]float64{(marginA4.left + 6) * mm, (w.Y0 + w.Y1) / 2}
			}
		}
	}
	if len(boxes) != 3 {
		t.Fatalf("options not found: %v", boxes)
	}
	dir := t.TempDir()
	cmd := exec.Command("pdftoppm", "-gray", "-r", "100", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page),
		"-singlefile", simpan(t, pdf), filepath.Join(dir, "hal"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "hal.pgm"))
	if err != nil {
		t.Fatal(err)
	}
	var w, h, maxv int
	var hdr int
	if n, err := readPGMHeader(raw, &w, &h, &maxv, &hdr); err != nil || n != 3 {
		t.Fatalf("PGM header: %v", err)
	}
	pix := raw[hdr:]
	gelap := func(cx, cy float64) int {
		// Pixels darker than mid-grey inside the box, its border excluded.
		n := 0
		r := 1.2 * mm
		for y := int((cy - r) * dpi / 72); y <= int((cy+r)*dpi/72); y++ {
			for x := int((cx - r) * dpi / 72); x <= int((cx+r)*dpi/72); x++ {
				if x >= 0 && y >= 0 && x < w && y < h && pix[y*w+x] < 128 {
					n++
				}
			}
		}
		return n
	}
	sudah, kurang, capaian := gelap(boxes["sudah"][0], boxes["sudah"][1]), gelap(boxes["kurang"][0], boxes["kurang"][1]),
		gelap(boxes["diteliti"][0], boxes["diteliti"][1])
	if sudah < 5 || capaian < 5 || kurang != 0 {
		t.Errorf("dark pixels inside the boxes: chosen %d and %d, not chosen %d", sudah, capaian, kurang)
	}
}

// readPGMHeader reads a binary PGM header "P5 w h max\n" and where the
// pixels start.
func readPGMHeader(raw []byte, w, h, maxv, start *int) (int, error) {
	fields := 0
	i := 2
	vals := []*int{w, h, maxv}
	for fields < 3 && i < len(raw) {
		for i < len(raw) && (raw[i] == ' ' || raw[i] == '\n' || raw[i] == '\r' || raw[i] == '\t') {
			i++
		}
		j := i
		for j < len(raw) && raw[j] >= '0' && raw[j] <= '9' {
			j++
		}
		v, err := strconv.Atoi(string(raw[i:j]))
		if err != nil {
			return fields, err
		}
		*vals[fields] = v
		fields++
		i = j
	}
	*start = i + 1
	return fields, nil
}

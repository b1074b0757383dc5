package report

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/fpdf"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/templates"
)

// simbol is what QA typed at the end of Tugas texts; simbolCetak is what
// the report must print for it.
const (
	simbol      = "✓ ✔ ☐ • ≥ ≤ ± ² ½ → ‰ ①"
	simbolCetak = "√ √ [ ] • ≥ ≤ ± ² ½ → ‰ (1)"
)

// laporanSimbol is the reference data with characters the font lacks in
// the body, a table, a chart, the signature, the footer and a Narasi part.
func laporanSimbol() *kinerja.Laporan {
	l := contohLaporan()
	for i := range l.Tugas {
		l.Tugas[i].Teks += " " + simbol
		l.Tugas[i].Ref = kinerja.Ref{Sheet: kinerja.SheetTugas, Cell: "B" + string(rune('2'+i%8))}
	}
	// Short enough to stay on one line with its symbols.
	l.Tugas = append(l.Tugas, kinerja.Sel{Teks: "Rapat koordinasi " + simbol, Ref: kinerja.Ref{Sheet: kinerja.SheetTugas, Cell: "B30"}})
	l.Narasi = append(l.Narasi, kinerja.Narasi{Bagian: tsel("Penutup"),
		Teks: kinerja.Sel{Teks: "Terima kasih 🙏 👍", Ref: kinerja.Ref{Sheet: kinerja.SheetNarasi, Cell: "B3"}}})
	l.Identitas.Nama = "MOCH JEMMY 😀"
	l.Identitas.JabatanSingkat = "李四"
	l.Target[0].Indikator.Teks += " ✔"
	l.Target[0].Indikator.Ref = kinerja.Ref{Sheet: kinerja.SheetTarget, Cell: "D3"}
	return l
}

// TestHurufTidakAda: characters the font lacks are replaced before layout
// everywhere they are printed, nothing is drawn with a glyph the font
// does not have, the document information keeps the text as typed, and
// the notes say what was replaced where.
func TestHurufTidakAda(t *testing.T) {
	g := reportGlyphs()
	pdf, info := render(t, laporanSimbol(), Options{})

	// Every character drawn (fpdf writes the runes themselves) is one
	// the font has.
	var texts []string // the content's texts, without the page footers
	reHal := regexp.MustCompile(`^Halaman \d+ dari \d+$`)
	for p, h := range isiHalamanPDF(t, pdf) {
		for _, tx := range h.teks {
			for _, r := range tx.teks {
				if !g.hasRune(r) {
					t.Errorf("page %d: %q drawn with %U, which the font lacks", p+1, tx.teks, r)
				}
			}
			if !reHal.MatchString(tx.teks) && !strings.HasPrefix(tx.teks, "Laporan Kinerja Triwulan II Tahun 2023 · ") {
				texts = append(texts, tx.teks)
			}
		}
	}
	cekTugas(t, texts, laporanSimbol().Tugas)
	drawn := "\n" + strings.Join(texts, "\n") + "\n"
	// The one-line Tugas item is one line: its whole text in one string.
	if !strings.Contains(drawn, "\nRapat koordinasi "+simbolCetak+"\n") {
		t.Errorf("the one-line Tugas item is not drawn as one line; lines with it:\n%s", barisDengan(texts, "Rapat koordinasi", "‰"))
	}
	// The signature block prints the name without the emoji.
	if !strings.Contains(drawn, "\nMOCH JEMMY\n") {
		t.Errorf("signature name not drawn as %q", "MOCH JEMMY")
	}

	text := teks(t, pdf)
	mengandung(t, text, "Rapat koordinasi "+simbolCetak, "Terima kasih", "Tabel 2.1 Lembar Dokumen Perjanjian Kinerja ??",
		"Laporan Kinerja Triwulan II Tahun 2023 · ?? · Kecamatan Senduro")
	for _, bad := range []string{"\uFFFD", "□", "✓", "✔", "☐", "①", "🙏", "😀", "李"} {
		if strings.Contains(text, bad) {
			t.Errorf("PDF text has %q", bad)
		}
	}

	// Only the embedded report font.
	alat.Perlu(t, "pdffonts")
	out, err := exec.Command("pdffonts", simpan(t, pdf)).Output()
	if err != nil {
		t.Fatal(err)
	}
	fonts := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
	if len(fonts) != 3 {
		t.Errorf("fonts:\n%s", out)
	}
	for _, f := range fonts {
		if !strings.Contains(strings.ToLower(f), "liberationsans") || !strings.Contains(f, "CID TrueType") || strings.Fields(f)[len(strings.Fields(f))-5] != "yes" {
			t.Errorf("font not the embedded report font: %s", f)
		}
	}

	// The document information keeps the text as typed.
	alat.Perlu(t, "pdfinfo")
	out, err = exec.Command("pdfinfo", simpan(t, pdf)).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Author:          MOCH JEMMY 😀\n", "Title:           Laporan Kinerja Triwulan II Tahun 2023 – 李四 Kecamatan Senduro\n"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "\uFFFD") {
		t.Errorf("pdfinfo shows U+FFFD:\n%s", out)
	}

	// The notes name the sheets, cells and characters.
	catatan := strings.Join(info.Catatan, "\n")
	for _, want := range []string{
		"Karakter di lembar Identitas (Jabatan Singkat, Nama Pejabat) yang tidak ada dalam huruf laporan diganti: 李 → ?, 四 → ?, 😀 dihapus",
		"Karakter di lembar Tugas (B2, B3, B4 dan 6 lainnya) yang tidak ada dalam huruf laporan diganti: ✓ → √, ✔ → √, ☐ → [ ], ① → (1)",
		"Karakter di lembar Target (D3) yang tidak ada dalam huruf laporan diganti: ✔ → √",
		"Karakter di lembar Narasi (B3) yang tidak ada dalam huruf laporan diganti: 🙏 dihapus, 👍 dihapus",
	} {
		if !strings.Contains(catatan, want) {
			t.Errorf("catatan lacks %q:\n%s", want, catatan)
		}
	}
	if len(info.Catatan) != 4 {
		t.Errorf("%d notes, want 4:\n%s", len(info.Catatan), catatan)
	}
	for _, c := range []string{"•", "≥", "→", "‰", "½"} {
		if strings.Contains(catatan, c+" →") {
			t.Errorf("catatan names %q, which the font has:\n%s", c, catatan)
		}
	}

	// The same input, the same bytes.
	pdf2, _ := render(t, laporanSimbol(), Options{})
	if !bytes.Equal(pdf, pdf2) {
		t.Error("two renders of the same data differ")
	}
}

// cekTugas checks that each Tugas item is drawn whole after its number,
// its lines broken between words only where the next word would not have
// fitted (with characters the font lacked, lines were cut short and ended
// in lines like "→" and "‰ □").
func cekTugas(t *testing.T, drawn []string, tugas []kinerja.Sel) {
	t.Helper()
	pdf := fpdfBaru(t)
	pdf.SetFont(fontFamily, "", ukuranIsi)
	mw := 0.0
	for k := range tugas {
		mw = max(mw, pdf.GetStringWidth(strconv.Itoa(k+1)+"."))
	}
	w := contentWidthA4 - 4 - (mw + 2.5) // as bab1 and writeBlocks lay them out
	for k, s := range tugas {
		want := oneLine(s.Teks)
		var lines []string
		for i := 0; i+1 < len(drawn) && lines == nil; i++ {
			if drawn[i] != strconv.Itoa(k+1)+"." || !strings.HasPrefix(want, drawn[i+1]) {
				continue
			}
			got := ""
			for j := i + 1; j < len(drawn) && strings.HasPrefix(want, strings.TrimSpace(got+" "+drawn[j])); j++ {
				got = strings.TrimSpace(got + " " + drawn[j])
				lines = append(lines, drawn[j])
				if got == want {
					break
				}
			}
			if got != want {
				lines = nil
			}
		}
		if lines == nil {
			t.Errorf("Tugas %d not drawn whole: %q", k+1, want)
			continue
		}
		for i, ln := range lines[:len(lines)-1] {
			next := strings.Fields(lines[i+1])[0]
			if pdf.GetStringWidth(ln+" "+next) <= w {
				t.Errorf("Tugas %d: line %q cut short, %q would have fitted", k+1, ln, next)
			}
		}
	}
}

// barisDengan lists the drawn strings holding any of subs, for messages.
func barisDengan(lines []string, subs ...string) string {
	var out []string
	for _, l := range lines {
		for _, s := range subs {
			if strings.Contains(l, s) {
				out = append(out, "  "+l)
				break
			}
		}
	}
	return strings.Join(out, "\n")
}

// TestPengganti: the substitutes, each made only of characters the font
// has.
func TestPengganti(t *testing.T) {
	g := reportGlyphs()
	for in, want := range map[string]string{
		"✓ ✔ ☑ ✅":                 "√ √ √ √",
		"☐ ☒ ✗":                   "[ ] [x] ×",
		"① ⑳ ⑴ ⒈ ❸ Ⓑ":             "(1) (20) (1) 1. (3) (B)",
		"➔ ⇒ ▶ ★":                 "→ → ► *",
		"李四 日本":                   "?? ??",
		"ok 😀👍🏽 ❤️":               "ok  ",
		"1️⃣":                     "1",
		"e\u0301 x\u0304":         "é x",
		"℃ ⁰ Ａ ₹":                 "°C 0 A Rs",
		"ǅ":                       "ǅ",
		"\uFFFD":                  "?",
		"a\u2028b":                "a\nb",
		"a\tb\nc • ≥ ≤ ± ² ½ → ‰": "a\tb\nc • ≥ ≤ ± ² ½ → ‰",
	} {
		got := clean(in)
		if got != want {
			t.Errorf("bersihkan(%q) = %q, want %q", in, got, want)
		}
		for _, r := range got {
			if r != '\n' && r != '\t' && !g.hasRune(r) {
				t.Errorf("bersihkan(%q) = %q has %U, which the font lacks", in, got, r)
			}
		}
	}
	// Every substitute of the table the font can print.
	alternatifOnce.Do(fillAlternatives)
	for r := range alternatives {
		s, _ := pengganti(g, r)
		for _, c := range s {
			if !g.hasRune(c) {
				t.Errorf("substitute %q of %q has %U", s, r, c)
			}
		}
	}
}

// TestGlyf: the set read from the font's cmap holds what the font prints
// and not what it lacks, and checking text the font has costs no
// allocation (it is done for every text of a report).
func TestGlyf(t *testing.T) {
	g := reportGlyphs()
	if g == nil {
		t.Fatal("no glyph set")
	}
	for _, r := range "Aa09 ,.%–—…“”•·≥≤±²½→‰√ÀéṠАαΩ€№" {
		if !g.hasRune(r) {
			t.Errorf("%q missing from the set", r)
		}
	}
	for _, r := range "✓✔☐①李\uFFFD\u0301\u200b\t\n\x00😀" {
		if g.hasRune(r) {
			t.Errorf("%U in the set", r)
		}
	}
	bersih := "Persentase Fasilitasi dan Koordinasi – 84,69% ≥ 100% • Kecamatan Senduro"
	if n := testing.AllocsPerRun(100, func() { _ = clean(bersih) }); n != 0 {
		t.Errorf("bersihkan of text the font has: %v allocations", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = findReplacements(bersih, nil) }); n != 0 {
		t.Errorf("findReplacements of text the font has: %v allocations", n)
	}
}

// TestTemplateHuruf: the built-in templates use only characters the font
// has; a template given with --templates that does not is named in the
// notes and printed with the substitutes.
func TestTemplateHuruf(t *testing.T) {
	names, err := fs.Glob(templates.Narasi, "*.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, _ := fs.ReadFile(templates.Narasi, n)
		if gs := findReplacements(string(b), nil); len(gs) > 0 {
			t.Errorf("built-in %s uses characters the font lacks: %v", n, gs)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "tugas.tmpl"), []byte("Tugas pokok ✓ sebagai berikut:\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf, info := render(t, contohLaporan(), Options{TemplatesDir: dir})
	mengandung(t, teks(t, pdf), "Tugas pokok √ sebagai berikut:")
	want := "Karakter di templat " + filepath.Join(dir, "tugas.tmpl") + " yang tidak ada dalam huruf laporan diganti: ✓ → √"
	if len(info.Catatan) != 1 || info.Catatan[0] != want {
		t.Errorf("catatan = %q, want %q", info.Catatan, want)
	}
}

// TestUTF16PDF: the document information encoding, with surrogate pairs.
func TestUTF16PDF(t *testing.T) {
	if got, want := utf16PDF("Aé😀"), "\xfe\xff\x00A\x00\xe9\xd8\x3d\xde\x00"; got != want {
		t.Errorf("utf16PDF = %q, want %q", got, want)
	}
}

// TestPecahSimbol: with the substitutes, lines break between words where
// the next word would not fit, as with any text: no line is cut short and
// no word is broken (with characters the font lacked, SplitText measured
// them as nothing and breakLines then cut characters off the line's end, so an
// item ended in lines like "→" and "‰ □").
func TestPecahSimbol(t *testing.T) {
	pdf := fpdfBaru(t)
	d := &doc{pdf: pdf}
	d.setFont("", ukuranIsi)
	for _, s := range laporanSimbol().Tugas {
		teks := oneLine(s.Teks)
		for w := 40.0; w <= contentWidthA4; w += 6.5 {
			lines := d.breakLines(teks, w)
			if got := strings.Join(lines, " "); got != teks {
				t.Errorf("width %.1f: lines %q do not join to %q", w, lines, teks)
				continue
			}
			for i, ln := range lines {
				if lw := pdf.GetStringWidth(ln); lw > w+0.01 {
					t.Errorf("width %.1f: line %q is %.2f mm wide", w, ln, lw)
				}
				if i == len(lines)-1 {
					break
				}
				next := strings.Fields(lines[i+1])[0]
				if pdf.GetStringWidth(ln+" "+next) <= w {
					t.Errorf("width %.1f: line %q cut short, %q would have fitted", w, ln, next)
				}
			}
		}
	}
}

// fpdfBaru is a document set up as Render sets it up for measuring.
func fpdfBaru(t *testing.T) *fpdf.Fpdf {
	t.Helper()
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	pdf.SetCellMargin(0)
	if err := installFonts(pdf); err != nil {
		t.Fatal(err)
	}
	pdf.AddPage()
	return pdf
}

// BenchmarkGlyf measures what a process pays once to know which
// characters the font has: reading the cmap and hmtx of the three styles.
func BenchmarkGlyf(b *testing.B) {
	f, err := muatFont()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		for _, ttf := range [][]byte{f.regular, f.bold, f.italic} {
			if _, err := readGlyphs(ttf); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkBersihkan: text the font has, as nearly all text is.
func BenchmarkBersihkan(b *testing.B) {
	s := "Persentase Fasilitasi dan Koordinasi Bidang Pemerintahan yang ditindaklanjuti – 84,69% ≥ 100%"
	for i := 0; i < b.N; i++ {
		_ = oneLine(s)
	}
}

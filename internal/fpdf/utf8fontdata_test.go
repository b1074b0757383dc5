package fpdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/alat"
)

// The three styles of lapkin's font, which has composite glyphs (Ä, É,
// …) and hinting in every glyph.
func fontsUji(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for st, name := range map[string]string{"": "Regular", "B": "Bold", "I": "Italic"} {
		b, err := os.ReadFile("../../templates/font/LiberationSans-" + name + ".ttf")
		if err != nil {
			t.Skip("lapkin's font not found:", err)
		}
		out[st] = b
	}
	return out
}

var teksUji = []string{
	"",
	"Laporan Kinerja – Triwulan II ≥ 100% “Capaian” …",
	"ÄÉÖÜ äéöü ÅåĀāŒœ ǅ ﬁ ﬂ Ǻǻ ẞ ‰ № ™ Ω µ ½",
	"\x01\x1f ABCxyz 0123456789 \u00a0\u2007\uffff",
}

// The subset made from the prepared data is GenerateCutFont's, byte for
// byte, with the same rune → glyph map and last rune.
func TestCutPreparedUpstream(t *testing.T) {
	for st, font := range fontsUji(t) {
		d, err := ParseUTF8FontData("Uji", st, font)
		if err != nil {
			t.Fatal(err)
		}
		p := &preparedFont{data: d, ttf: string(font)}
		for _, teks := range teksUji {
			used := makeSubsetRange(57)
			for _, r := range teks {
				used[int(r)] = int(r)
			}
			delete(used, 0)
			u := newUTF8Font(&fileReader{array: font})
			if err := u.parseFile(); err != nil {
				t.Fatal(err)
			}
			want := u.GenerateCutFont(used)
			got := cutPrepared(p, runeValues(used), false)
			if !bytes.Equal(got.font, want) {
				t.Errorf("style %q, %q: subset differs (%d, want %d bytes)", st, teks, len(got.font), len(want))
			}
			delete(u.CodeSymbolDictionary, 0)
			if len(got.code) != len(u.CodeSymbolDictionary) || got.lastRune != u.LastRune {
				t.Errorf("style %q, %q: %d runes mapped, last %d; want %d, %d", st, teks, len(got.code), got.lastRune, len(u.CodeSymbolDictionary), u.LastRune)
			}
			for r, g := range u.CodeSymbolDictionary {
				if got.code[r] != g {
					t.Errorf("style %q: rune %U → glyph %d, want %d", st, r, got.code[r], g)
				}
			}
		}
	}
}

// A document with the fonts registered from prepared data draws the same
// pages as the document made with the font files (the same content
// streams: same font names, codes and positions), with smaller fonts.
func TestAddUTF8FontFromData(t *testing.T) {
	fonts := fontsUji(t)
	data := map[string]*UTF8FontData{}
	for st, font := range fonts {
		d, err := ParseUTF8FontData("Uji Data", st, font)
		if err != nil {
			t.Fatal(err)
		}
		data[st] = d
	}
	make3 := func(prepared bool) []byte {
		pdf := New("P", "mm", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(fixedTime)
		pdf.SetModificationDate(fixedTime)
		for _, st := range []string{"", "B", "I"} {
			if prepared {
				pdf.AddUTF8FontFromData("Uji Data", st, string(fonts[st]), data[st])
			} else {
				pdf.AddUTF8FontFromBytes("Uji Data", st, fonts[st])
			}
		}
		pdf.AddPage()
		for i, st := range []string{"", "B", "I"} {
			pdf.SetFont("Uji Data", st, 12)
			pdf.MultiCell(180, 6, teksUji[i+1]+" "+teksUji[(i+2)%4], "", "J", false)
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	want, got := make3(false), make3(true)
	pw, pg := pageStreams(t, want), pageStreams(t, got)
	if len(pg) != 1 || len(pw) != 1 {
		t.Fatalf("%d and %d pages", len(pg), len(pw))
	}
	// The same page, the fonts named P1, P2, P3 in the order registered
	// instead of by their 40-digit id.
	for i, st := range []string{"", "B", "I"} {
		pw[0] = bytes.ReplaceAll(pw[0], []byte("/F"+data[st].ID+" "), []byte("/FP"+strconv.Itoa(i+1)+" "))
	}
	// The prepared fonts' text is in mixed-width codes (mixedcodes.go): the
	// same words must come out at the same places.
	a, b := kataPDF(t, want), kataPDF(t, got)
	if len(a) != len(b) || len(a) < 40 {
		t.Fatalf("%d and %d words:\n%v\n%v", len(a), len(b), a, b)
	}
	for i := range a {
		// Word spacing by Tw instead of TJ adjustments may move a word by
		// a rounding (0,1 pt).
		if a[i].teks != b[i].teks || math.Abs(a[i].x0-b[i].x0) > 0.3 || math.Abs(a[i].y0-b[i].y0) > 0.3 || math.Abs(a[i].x1-b[i].x1) > 0.3 {
			t.Errorf("word %d: %+v drawn with the font files, %+v with the prepared font", i, a[i], b[i])
		}
	}
	for _, enc := range [][]byte{[]byte("/Encoding /Identity-H"), []byte("/CMapName /" + mixedCMapName)} {
		if bytes.Contains(got, enc) == bytes.Equal(enc, []byte("/Encoding /Identity-H")) {
			t.Errorf("prepared fonts: %q present %v", enc, bytes.Contains(got, enc))
		}
	}
	if n := bytes.Count(bytes.Join(streams(t, got), nil), []byte("/FontFile2")); n != 3 { // in an object stream
		t.Errorf("%d embedded fonts, want 3", n)
	}
	if len(got) >= len(want)*2/3 {
		t.Errorf("document from prepared fonts is %d bytes, from the files %d", len(got), len(want))
	}
	if !bytes.Equal(make3(true), got) {
		t.Error("the same document twice differs")
	}
}

// pageStreams is the uncompressed content of the streams of a PDF that
// hold page content (those with a text object).
func pageStreams(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for _, s := range streams(t, pdf) {
		if bytes.Contains(s, []byte(" Tf ET")) {
			out = append(out, s)
		}
	}
	return out
}

// streams is every stream of a PDF, uncompressed (fpdf writes
// "<<…/Length n…>>\nstream\n" and compresses with zlib).
func streams(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for rest := pdf; ; {
		i := bytes.Index(rest, []byte(">>\nstream\n"))
		if i < 0 {
			return out
		}
		dict := rest[bytes.LastIndex(rest[:i], []byte("<<")):i]
		rest = rest[i+len(">>\nstream\n"):]
		j := bytes.Index(dict, []byte("/Length "))
		k := j + 8
		for k < len(dict) && dict[k] >= '0' && dict[k] <= '9' {
			k++
		}
		n, _ := strconv.Atoi(string(dict[j+8 : k]))
		s := rest[:n]
		if bytes.Contains(dict, []byte("/FlateDecode")) {
			zr, err := zlib.NewReader(bytes.NewReader(s))
			if err != nil {
				t.Fatal(err)
			}
			if s, err = io.ReadAll(zr); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, s)
	}
}

// The stripped subset is a TrueType file fpdf's parser reads, with the
// widths and the rune → glyph map of the runes asked for, each glyph's
// outline the font's without its instructions, and no hinting tables.
func TestCutPreparedStrip(t *testing.T) {
	for st, font := range fontsUji(t) {
		d, err := ParseUTF8FontData("Uji", st, font)
		if err != nil {
			t.Fatal(err)
		}
		teks := teksUji[1] + teksUji[2]
		var chars []int
		for _, r := range teks {
			chars = append(chars, int(r))
		}
		cut := cutPrepared(&preparedFont{data: d, ttf: string(font)}, chars, true)
		full, _ := cutPrepared(&preparedFont{data: d, ttf: string(font)}, chars, false), 0
		if len(cut.font) >= len(full.font)*2/3 {
			t.Errorf("style %q: stripped subset %d bytes, unstripped %d", st, len(cut.font), len(full.font))
		}
		sub, err := ParseUTF8FontData("Uji", st, cut.font)
		if err != nil {
			t.Fatalf("style %q: subset unreadable: %v", st, err)
		}
		for _, tag := range []string{"cvt ", "fpgm", "prep", "gasp"} {
			if sub.table(string(cut.font), tag) != "" {
				t.Errorf("style %q: subset keeps %q", st, tag)
			}
		}
		if name := sub.table(string(cut.font), "name"); !strings.Contains(name, "\x00L\x00i\x00b\x00e\x00r\x00a\x00t\x00i\x00o\x00n") {
			t.Errorf("style %q: the subset's name table lacks the family name", st)
		}
		subGlyf, fontGlyf := sub.table(string(cut.font), "glyf"), d.table(string(font), "glyf")
		for _, r := range teks {
			if d.Widths[r] == 0 {
				continue
			}
			if sub.Widths[r] != d.Widths[r] {
				t.Errorf("style %q, %q: width %d, want %d", st, r, sub.Widths[r], d.Widths[r])
			}
			g, og := int(sub.Glyphs[r]), int(d.Glyphs[r])
			if g != cut.code[int(r)] {
				t.Errorf("style %q, %q: subset cmap glyph %d, CIDToGIDMap glyph %d", st, r, g, cut.code[int(r)])
			}
			a := subGlyf[sub.Loca[g]:sub.Loca[g+1]]
			b := fontGlyf[d.Loca[og]:d.Loca[og+1]]
			if len(b) == 0 || b[0]&0x80 != 0 {
				continue // empty, or composite (its components renumbered)
			}
			// header and contour ends, instruction length, then the
			// outline: the same with the instructions left out.
			p := 10 + 2*(int(b[0])<<8|int(b[1]))
			ni := int(b[p])<<8 | int(b[p+1])
			if a[:p] != b[:p] || a[p:p+2] != "\x00\x00" || strings.TrimRight(a[p+2:], "\x00") != strings.TrimRight(b[p+2+ni:], "\x00") {
				t.Errorf("style %q, %q: outline differs from the font's", st, r)
			}
		}
	}
}

// A prepared font that no page selects is not embedded nor listed among
// the page resources, nor one whose selection the next one replaced; one
// selected without any text drawn is (its Tf operator is in the page).
func TestPreparedFontUnused(t *testing.T) {
	fonts := fontsUji(t)
	pdf := New("P", "mm", "A4", "")
	ids := map[string]string{"": "P1", "B": "P2", "I": "P3"} // registration order
	for _, st := range []string{"", "B", "I"} {
		d, err := ParseUTF8FontData("Uji", st, fonts[st])
		if err != nil {
			t.Fatal(err)
		}
		pdf.AddUTF8FontFromData("Uji", st, string(fonts[st]), d)
	}
	pdf.AddPage()
	pdf.SetFont("Uji", "I", 12) // replaced by the next selection: not embedded
	pdf.SetFont("Uji", "B", 12)
	pdf.Line(10, 10, 50, 10)
	pdf.SetFont("Uji", "", 12)
	pdf.Cell(50, 10, "Capaian")
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	// The objects, those in object streams too.
	out := append(buf.Bytes(), bytes.Join(streams(t, buf.Bytes()), nil)...)
	if n := bytes.Count(out, []byte("/FontFile2")); n != 2 {
		t.Errorf("%d fonts embedded, want 2", n)
	}
	page := bytes.Join(pageStreams(t, buf.Bytes()), nil)
	for st, want := range map[string]int{"": 1, "B": 1, "I": 0} { // in the resources
		if n := len(regexp.MustCompile(`/F`+ids[st]+` \d+ 0 R`).FindAll(out, -1)); n != want {
			t.Errorf("style %q named %d times among the resources, want %d", st, n, want)
		}
		if n := bytes.Count(page, []byte("/F"+ids[st]+" ")); (n > 0) != (want > 0) {
			t.Errorf("style %q selected %d times in the page", st, n)
		}
	}
	// Two CMaps in all, shared by the fonts: the ToUnicode map and the
	// encoding (mixedcodes.go).
	if n := bytes.Count(out, []byte("/ToUnicode ")); n != 2 || bytes.Count(out, []byte("CIDInit")) != 2 {
		t.Errorf("%d fonts refer to a ToUnicode map, %d CMaps; want 2 sharing one compressed map and one encoding", n, bytes.Count(out, []byte("CIDInit")))
	}
	if encs := regexp.MustCompile(`/Encoding (\d+) 0 R`).FindAllSubmatch(out, -1); len(encs) != 2 || !bytes.Equal(encs[0][1], encs[1][1]) {
		t.Errorf("the fonts' encodings: %q; want one CMap shared by both", encs)
	}
}

// Data made for another key or another file is refused.
func TestAddUTF8FontFromDataWrong(t *testing.T) {
	fonts := fontsUji(t)
	d, err := ParseUTF8FontData("Uji", "B", fonts["B"])
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		family, style string
		ttf           []byte
	}{
		{"Uji", "", fonts["B"]},
		{"Lain", "B", fonts["B"]},
		{"Uji", "B", fonts[""]},
		{"Uji", "B", fonts["B"][:len(fonts["B"])-4]},
	} {
		pdf := New("P", "mm", "A4", "")
		pdf.AddUTF8FontFromData(c.family, c.style, string(c.ttf), d)
		if pdf.Error() == nil {
			t.Errorf("%s %q accepted data made for another font", c.family, c.style)
		}
	}
}

// kataPDF is the words of a PDF with their boxes (pdftotext -bbox).
type kataUji struct {
	teks           string
	x0, y0, x1, y1 float64
}

func kataPDF(t *testing.T, pdf []byte) []kataUji {
	t.Helper()
	alat.Perlu(t, "pdftotext")
	path := filepath.Join(t.TempDir(), "uji.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
	var ws []kataUji
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(m[i+1], 64)
		}
		ws = append(ws, kataUji{m[5], v[0], v[1], v[2], v[3]})
	}
	return ws
}

// BenchmarkSubset compares a report's subset (the runes of teksUji) made
// as upstream makes it — parsing the file, then cutting — with the
// subset cut from prepared data, with and without hinting.
func BenchmarkSubset(b *testing.B) {
	font, err := os.ReadFile("../../templates/font/LiberationSans-Regular.ttf")
	if err != nil {
		b.Skip(err)
	}
	d, err := ParseUTF8FontData("Uji", "", font)
	if err != nil {
		b.Fatal(err)
	}
	used := makeSubsetRange(57)
	for _, t := range teksUji {
		for _, r := range t {
			used[int(r)] = int(r)
		}
	}
	delete(used, 0)
	b.Run("upstream", func(b *testing.B) {
		for b.Loop() {
			u := newUTF8Font(&fileReader{array: font})
			if err := u.parseFile(); err != nil {
				b.Fatal(err)
			}
			u.GenerateCutFont(used)
		}
	})
	p := &preparedFont{data: d, ttf: string(font)}
	for _, strip := range []bool{false, true} {
		name := "prepared"
		if strip {
			name = "prepared-unhinted"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				cutPrepared(p, runeValues(used), strip)
			}
		})
	}
}

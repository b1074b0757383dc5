package fpdf

import (
	"bytes"
	"os"
	"testing"
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

// A document with the fonts registered from prepared data is the document
// made with the font files.
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
	if !bytes.Equal(got, want) {
		t.Errorf("document from prepared fonts differs (%d, want %d bytes)", len(got), len(want))
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

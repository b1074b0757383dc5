package report

import (
	"encoding/binary"
	"errors"
	"io/fs"
	"reflect"
	"testing"

	"github.com/lapkin/lapkin/internal/fpdf"
	"github.com/lapkin/lapkin/templates"
)

type fontSet struct {
	regular, bold, italic []byte
}

// muatFont reads the embedded font files, as a process did before their
// data was prepared by go generate.
func muatFont() (*fontSet, error) {
	var f fontSet
	for _, x := range []struct {
		b    *[]byte
		name string
	}{{&f.regular, templates.FontRegular}, {&f.bold, templates.FontBold}, {&f.italic, templates.FontItalic}} {
		b, err := fs.ReadFile(templates.Font, x.name)
		if err != nil {
			return nil, err
		}
		*x.b = b
	}
	return &f, nil
}

// The prepared font data (font_data.go) is what fpdf makes of the font
// files now: run `go generate ./pkg/report` when this fails.
func TestFontData(t *testing.T) {
	f, err := muatFont()
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range [][]byte{f.regular, f.bold, f.italic} {
		face := fontFaces[i]
		fresh, err := fpdf.ParseUTF8FontData(fontFamily, face.style, b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fresh, face.data) {
			t.Errorf("style %q: font_data.go differs from a fresh parse of the font file (run go generate ./pkg/report)", face.style)
		}
		if *face.ttf != string(b) {
			t.Errorf("style %q: the font file as a string differs from the file", face.style)
		}
	}
	// The data is the font's: Liberation Sans has Arial's widths (Arial's
	// AFM files: 'a' 556, bold 'W' 944 thousandths of an em).
	if w := fontDataRegular.Widths['a']; w != 556 {
		t.Errorf("width of 'a' in Liberation Sans Regular = %d, want 556", w)
	}
	if w := fontDataBold.Widths['W']; w != 944 {
		t.Errorf("width of 'W' in Liberation Sans Bold = %d, want 944", w)
	}
}

// The set of printable runes made from the prepared data is the one read
// from the font files' cmap and hmtx tables.
func TestGlyfLaporan(t *testing.T) {
	f, err := muatFont()
	if err != nil {
		t.Fatal(err)
	}
	var want *glyphSet
	for _, b := range [][]byte{f.regular, f.bold, f.italic} {
		s, err := readGlyphs(b)
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = s
			continue
		}
		for i := range want {
			want[i] &= s[i]
		}
	}
	got := reportGlyphs()
	for r := rune(0); r < 0x10000; r++ {
		if got.hasRune(r) != want.hasRune(r) {
			t.Errorf("rune %U: in the set %v, in the font files %v", r, got.hasRune(r), want.hasRune(r))
		}
	}
	for _, r := range "aZ09–…≥“é" {
		if !got.hasRune(r) {
			t.Errorf("%q missing", r)
		}
	}
	for _, r := range []rune{0, '\u0301', 0x1F600, '\uE000'} {
		if got.hasRune(r) {
			t.Errorf("%U in the set", r)
		}
	}
}

// readGlyphs reads which BMP runes a TrueType file can print the way fpdf
// reads them (utf8fontfile.go): the first format 4 subtable of cmap
// for Unicode (platform 3 encoding 1, or platform 0), a rune mapped to
// glyph 0 or to a glyph past maxp's count being absent. A glyph with no
// advance (a combining mark) is left out too: fpdf's SplitText adds the
// 65535 it stores for such a width to the line, so a word holding one
// would be broken off its line.
func readGlyphs(b []byte) (*glyphSet, error) {
	rusak := errors.New("tabel huruf tidak terbaca")
	u16 := func(p int) (int, bool) {
		if p < 0 || p+2 > len(b) {
			return 0, false
		}
		return int(binary.BigEndian.Uint16(b[p:])), true
	}
	u32 := func(p int) (int, bool) {
		if p < 0 || p+4 > len(b) {
			return 0, false
		}
		return int(binary.BigEndian.Uint32(b[p:])), true
	}
	tabel := map[string]int{}
	n, ok := u16(4)
	if !ok {
		return nil, rusak
	}
	for i := 0; i < n; i++ {
		p := 12 + 16*i
		off, ok := u32(p + 8)
		if !ok {
			return nil, rusak
		}
		tabel[string(b[p:p+4])] = off
	}
	cmap, ok1 := tabel["cmap"]
	maxp, ok2 := tabel["maxp"]
	hhea, ok3 := tabel["hhea"]
	hmtx, ok4 := tabel["hmtx"]
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return nil, rusak
	}
	nGlyf, ok1 := u16(maxp + 4)
	nMetrik, ok2 := u16(hhea + 34)
	if !ok1 || !ok2 || nMetrik == 0 {
		return nil, rusak
	}
	lebar := func(gid int) int {
		w, _ := u16(hmtx + 4*min(gid, nMetrik-1))
		return w
	}
	nSub, ok := u16(cmap + 2)
	if !ok {
		return nil, rusak
	}
	sub := 0
	for i := 0; i < nSub; i++ {
		p := cmap + 4 + 8*i
		plat, _ := u16(p)
		enc, _ := u16(p + 2)
		off, ok := u32(p + 4)
		if !ok {
			return nil, rusak
		}
		if (plat == 3 && enc == 1) || plat == 0 {
			if f, _ := u16(cmap + off); f == 4 {
				sub = cmap + off
				break
			}
		}
	}
	if sub == 0 {
		return nil, rusak
	}
	panjang, _ := u16(sub + 2)
	akhirSub := sub + panjang
	seg, ok := u16(sub + 6)
	if !ok {
		return nil, rusak
	}
	seg /= 2
	ends := sub + 14
	starts := ends + 2*seg + 2
	deltas := starts + 2*seg
	ranges := deltas + 2*seg
	g := &glyphSet{}
	for i := 0; i < seg; i++ {
		end, ok1 := u16(ends + 2*i)
		start, ok2 := u16(starts + 2*i)
		delta, ok3 := u16(deltas + 2*i)
		ro, ok4 := u16(ranges + 2*i)
		if !ok1 || !ok2 || !ok3 || !ok4 {
			return nil, rusak
		}
		for c := start; c <= end && c < 0xFFFF; c++ {
			var gid int
			if ro == 0 {
				gid = (c + delta) & 0xFFFF
			} else {
				p := ranges + 2*i + ro + 2*(c-start)
				if p >= akhirSub {
					continue
				}
				gid, _ = u16(p)
				if gid != 0 {
					gid = (gid + delta) & 0xFFFF
				}
			}
			if c == 0 || gid == 0 || gid >= nGlyf || lebar(gid) == 0 {
				continue
			}
			g[c>>6] |= 1 << (uint(c) & 63)
		}
	}
	return g, nil
}

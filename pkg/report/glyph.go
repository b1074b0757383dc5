package report

import (
	"math/bits"
	"sync"
	"unicode/utf8"
)

// glyphSet is a bitmap of the Basic Multilingual Plane: bit r is set when
// every style of the report font has a glyph for rune r that fpdf can
// print and measure. fpdf's UTF-8 fonts cover the BMP only, so a rune
// beyond it is never in the set.
type glyphSet [0x10000 / 64]uint64

func (g *glyphSet) hasRune(r rune) bool {
	return r >= 0 && r < 0x10000 && g[r>>6]&(1<<(uint(r)&63)) != 0
}

// hasAll reports whether every rune of s is in the set (invalid UTF-8
// never is), without allocating.
func (g *glyphSet) hasAll(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if g[c>>6]&(1<<(c&63)) == 0 {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !g.hasRune(r) {
			return false
		}
		i += n
	}
	return true
}

var (
	glyfOnce  sync.Once
	glyphData *glyphSet
	// passThroughGlyphs: the runes clean leaves as they are, that is those
	// of glyphData that tidy does not change, and LF and tab. Text made
	// of them only (nearly all text) is returned at once.
	passThroughGlyphs *glyphSet
)

// reportGlyphs is the set of runes the report can print, made once per
// process from the prepared font data (font_data.go): a rune counts only
// if all three styles have it, since any text may be set in bold or
// italic, and only if its glyph has an advance. fpdf reads a glyph without
// advance (a combining mark) as 65535 wide, and its SplitText adds that to
// the line, so a word holding one would be broken off its line.
// TestGlyfLaporan compares the set with one read from the font files'
// cmap and hmtx tables.
func reportGlyphs() *glyphSet {
	glyfOnce.Do(func() {
		g := new(glyphSet)
		for i := range g {
			g[i] = ^uint64(0)
		}
		for _, f := range fontFaces {
			for i := range g {
				g[i] &= f.data.Printable[i]
			}
		}
		l := *g
		for i, w := range g {
			for ; w != 0; w &= w - 1 {
				r := rune(i*64 + bits.TrailingZeros64(w))
				if tidyRune(r, false) != r {
					l[i] &^= 1 << (uint(r) & 63)
				}
			}
		}
		l['\n'>>6] |= 1 << ('\n' & 63)
		l['\t'>>6] |= 1 << ('\t' & 63)
		glyphData, passThroughGlyphs = g, &l
	})
	return glyphData
}

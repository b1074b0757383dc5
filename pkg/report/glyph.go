package report

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"sync"
	"unicode/utf8"
)

// glyfSet is a bitmap of the Basic Multilingual Plane: bit r is set when
// every style of the report font has a glyph for rune r that fpdf can
// print and measure. fpdf's UTF-8 fonts cover the BMP only, so a rune
// beyond it is never in the set.
type glyfSet [0x10000 / 64]uint64

func (g *glyfSet) ada(r rune) bool {
	return r >= 0 && r < 0x10000 && g[r>>6]&(1<<(uint(r)&63)) != 0
}

// semua reports whether every rune of s is in the set (invalid UTF-8
// never is), without allocating.
func (g *glyfSet) semua(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if g[c>>6]&(1<<(c&63)) == 0 {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !g.ada(r) {
			return false
		}
		i += n
	}
	return true
}

var (
	glyfOnce sync.Once
	glyfData *glyfSet
	// glyfLolos: the runes bersihkan leaves as they are, that is those
	// of glyfData that rapikan does not change, and LF and tab. Text made
	// of them only (nearly all text) is returned at once.
	glyfLolos *glyfSet
)

// glyfLaporan is the set of runes the report can print, built once per
// process from the cmap and hmtx tables of the three embedded styles (a
// rune counts only if all three have it, since any text may be set in
// bold or italic). nil when the font cannot be read: Render then fails on
// the font itself.
func glyfLaporan() *glyfSet {
	glyfOnce.Do(func() {
		f, err := muatFont()
		if err != nil {
			return
		}
		var g *glyfSet
		for _, b := range [][]byte{f.regular, f.bold, f.italic} {
			s, err := bacaGlyf(b)
			if err != nil {
				return
			}
			if g == nil {
				g = s
				continue
			}
			for i := range g {
				g[i] &= s[i]
			}
		}
		l := *g
		for i, w := range g {
			for ; w != 0; w &= w - 1 {
				r := rune(i*64 + bits.TrailingZeros64(w))
				if rapikanRune(r, false) != r {
					l[i] &^= 1 << (uint(r) & 63)
				}
			}
		}
		l['\n'>>6] |= 1 << ('\n' & 63)
		l['\t'>>6] |= 1 << ('\t' & 63)
		glyfData, glyfLolos = g, &l
	})
	return glyfData
}

// bacaGlyf reads which BMP runes a TrueType file can print the way fpdf
// reads them (utf8fontfile.go): the first format 4 subtable of cmap
// for Unicode (platform 3 encoding 1, or platform 0), a rune mapped to
// glyph 0 or to a glyph past maxp's count being absent. A glyph with no
// advance (a combining mark) is left out too: fpdf's SplitText adds the
// 65535 it stores for such a width to the line, so a word holding one
// would be broken off its line.
func bacaGlyf(b []byte) (*glyfSet, error) {
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
	g := &glyfSet{}
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

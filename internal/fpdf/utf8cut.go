package fpdf

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
)

// preparedSubset is the subset of a prepared font for one document.
type preparedSubset struct {
	font     []byte      // the TrueType file
	code     map[int]int // rune → glyph of the subset (rune 0 left out)
	lastRune int         // the highest rune asked for
}

// cutPrepared makes the subset of a prepared font holding the glyphs of
// chars (the values of a document's usedRunes; lapkin patch). With strip
// false it is GenerateCutFont's file, byte for byte, made from the
// prepared data instead of the parsed tables. With strip true the glyphs'
// hinting instructions and the hinting tables (cvt, fpgm, prep, gasp) are
// left out and the name table keeps only the names a viewer may show
// (UTF8FontData.NameStripped): PDF viewers and printers draw the outlines
// without TrueType hinting, and these were more than half of a subset.
func cutPrepared(p *preparedFont, chars []int, strip bool) preparedSubset {
	d, ttf := p.data, p.ttf
	glyf := d.table(ttf, "glyf")
	hmtx := d.table(ttf, "hmtx")
	glyph := func(g int) string {
		if g < 0 || g >= d.NumGlyphs {
			return ""
		}
		a, b := int(d.Loca[g]), int(d.Loca[g+1])
		if a >= b || b > len(glyf) {
			return ""
		}
		return glyf[a:b]
	}
	u16 := func(s string, p int) int {
		if p < 0 || p+2 > len(s) {
			return 0
		}
		return int(s[p])<<8 | int(s[p+1])
	}

	// The glyphs of the runes, glyph 0 first, in glyph order.
	used := make([]uint64, (d.NumGlyphs+63)/64+1)
	used[0] = 1
	last := 0
	for _, c := range chars {
		last = max(last, c)
		if d.mapped(c) {
			if g := int(d.Glyphs[c]); g < d.NumGlyphs {
				used[g>>6] |= 1 << (uint(g) & 63)
			}
		}
	}
	newIdx := make([]int32, d.NumGlyphs)
	for i := range newIdx {
		newIdx[i] = -1
	}
	keys := make([]int, 0, 2*len(chars)+8)
	for i, w := range used {
		for ; w != 0; w &= w - 1 {
			g := i*64 + bits.TrailingZeros64(w)
			newIdx[g] = int32(len(keys))
			keys = append(keys, g)
		}
	}
	code := make(map[int]int, len(chars))
	for _, c := range chars {
		if d.mapped(c) {
			g := int(d.Glyphs[c])
			if g >= d.NumGlyphs {
				g = 0
			}
			code[c] = int(newIdx[g])
		}
	}
	delete(code, 0)

	// The components of composite glyphs, in the order getSymbols finds
	// them (depth first, each glyph's components in file order).
	var components func(g, depth int)
	components = func(g, depth int) {
		s := glyph(g)
		if len(s) < 10 || int16(u16(s, 0)) >= 0 || depth > 32 {
			return
		}
		for pos := 10; pos+4 <= len(s); {
			flags, comp := u16(s, pos), u16(s, pos+2)
			if comp < d.NumGlyphs {
				if newIdx[comp] < 0 {
					newIdx[comp] = int32(len(keys))
					keys = append(keys, comp)
				}
				components(comp, depth+1)
			}
			pos += 4 + componentArgs(flags)
			if flags&symbolContinue == 0 {
				break
			}
		}
	}
	for _, g := range keys[:len(keys):len(keys)] {
		components(g, 0)
	}
	n := len(keys)

	// glyf, hmtx and loca of the subset.
	glyfOut := make([]byte, 0, 64*n)
	hmtxOut := make([]byte, 0, 4*n)
	offsets := make([]int, 0, n+1)
	mc := d.NumHMetrics
	for _, g := range keys {
		if g < mc {
			hmtxOut = append(hmtxOut, hmtx[4*g:4*g+4]...)
		} else {
			hmtxOut = append(hmtxOut, hmtx[4*(mc-1):4*(mc-1)+2]...)
			hmtxOut = append(hmtxOut, hmtx[2*mc+2*g:2*mc+2*g+2]...)
		}
		offsets = append(offsets, len(glyfOut))
		s := glyph(g)
		start := len(glyfOut)
		switch {
		case len(s) > 2 && s[0]&0x80 != 0: // composite
			glyfOut = append(glyfOut, s...)
			out := glyfOut[start:]
			pos := 10
			for pos+4 <= len(out) {
				flags := u16(s, pos)
				if comp := u16(s, pos+2); comp < d.NumGlyphs {
					binary.BigEndian.PutUint16(out[pos+2:], uint16(newIdx[comp]))
				}
				if strip && flags&0x0100 != 0 {
					binary.BigEndian.PutUint16(out[pos:], uint16(flags&^0x0100))
				}
				pos += 4 + componentArgs(flags)
				if flags&symbolContinue == 0 {
					break
				}
			}
			if strip && pos <= len(out) {
				glyfOut = glyfOut[:start+pos]
			}
		case strip && len(s) >= 12:
			p := 10 + 2*u16(s, 0)
			if p+2 > len(s) || p+2+u16(s, p) > len(s) {
				glyfOut = append(glyfOut, s...)
				break
			}
			glyfOut = append(glyfOut, s[:p]...)
			glyfOut = append(glyfOut, 0, 0)
			glyfOut = append(glyfOut, s[p+2+u16(s, p):]...)
		default:
			glyfOut = append(glyfOut, s...)
		}
		for len(glyfOut)%4 != 0 {
			glyfOut = append(glyfOut, 0)
		}
	}
	offsets = append(offsets, len(glyfOut))
	locaFormat := 0
	var locaOut []byte
	if (len(glyfOut)+1)>>1 > 0xFFFF {
		locaFormat = 1
		locaOut = make([]byte, 4*len(offsets))
		for i, o := range offsets {
			binary.BigEndian.PutUint32(locaOut[4*i:], uint32(o))
		}
	} else {
		locaOut = make([]byte, 2*len(offsets))
		for i, o := range offsets {
			binary.BigEndian.PutUint16(locaOut[2*i:], uint16(o/2))
		}
	}

	tables := make(map[string][]byte, 16)
	copyTable := func(tag string) []byte {
		if t := d.table(ttf, tag); t != "" {
			b := []byte(t)
			tables[tag] = b
			return b
		}
		return nil
	}
	if strip && d.NameStripped != "" {
		tables["name"] = []byte(d.NameStripped)
	} else {
		copyTable("name")
	}
	if !strip {
		copyTable("cvt ")
		copyTable("fpgm")
		copyTable("prep")
		copyTable("gasp")
	}
	if post := d.table(ttf, "post"); len(post) >= 16 {
		b := make([]byte, 32)
		copy(b, "\x00\x03\x00\x00")
		copy(b[4:], post[4:16])
		tables["post"] = b
	}
	var cmapper utf8FontFile
	tables["cmap"] = cmapper.generateCMAPTable(code, n)
	tables["glyf"] = glyfOut
	tables["hmtx"] = hmtxOut
	tables["loca"] = locaOut
	if head := copyTable("head"); len(head) >= 54 {
		binary.BigEndian.PutUint16(head[50:], uint16(locaFormat))
		copy(head[8:12], []byte{0, 0, 0, 0})
	}
	if hhea := copyTable("hhea"); len(hhea) >= 36 {
		binary.BigEndian.PutUint16(hhea[34:], uint16(n))
	}
	if maxp := copyTable("maxp"); len(maxp) >= 6 {
		binary.BigEndian.PutUint16(maxp[4:], uint16(n))
	}
	copyTable("OS/2")
	return preparedSubset{font: assembleFont(tables, !strip), code: code, lastRune: last}
}

// componentArgs is the length of a composite glyph component's arguments
// and transformation after its flags and glyph index.
func componentArgs(flags int) int {
	n := 2
	if flags&symbolWords != 0 {
		n = 4
	}
	switch {
	case flags&symbolScale != 0:
		n += 2
	case flags&symbolAllScale != 0:
		n += 4
	case flags&symbol2x2 != 0:
		n += 8
	}
	return n
}

// assembleFont writes a TrueType file of tables as assembleTables does.
// upstreamAdjust computes head.checkSumAdjustment as assembleTables does
// (its borrow is off); otherwise it is computed as the specification says.
func assembleFont(tables map[string][]byte, upstreamAdjust bool) []byte {
	tags := make([]string, 0, len(tables))
	size := 12
	for tag, t := range tables {
		tags = append(tags, tag)
		size += 16 + (len(t)+3)&^3
	}
	sort.Strings(tags)
	n := len(tags)
	searchRange, entrySelector := 1, 0
	for searchRange*2 <= n {
		searchRange *= 2
		entrySelector++
	}
	searchRange *= 16
	out := make([]byte, 12+16*n, size)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(searchRange))
	binary.BigEndian.PutUint16(out[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(out[10:], uint16(n*16-searchRange))
	head := -1
	for i, tag := range tags {
		t := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], fontChecksum(t))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t)))
		if tag == "head" {
			head = len(out)
		}
		out = append(out, t...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if head >= 0 && head+12 <= len(out) {
		sum := fontChecksum(out)
		adj := 0xB1B0AFBA - sum
		if upstreamAdjust {
			x0, x1 := 0xB1B0, 0xAFBA
			y0, y1 := int(sum>>16), int(sum&0xFFFF)
			if y1 > x1 {
				x1 += 1 << 16
				x0++
			}
			if y0 > x0 {
				x0 += 1 << 16
			}
			adj = uint32((x0-y0)&0xFFFF)<<16 | uint32(x1-y1)&0xFFFF
		}
		binary.BigEndian.PutUint32(out[head+8:], adj)
	}
	return out
}

// fontChecksum is the TrueType checksum: the sum of the big-endian 32-bit
// words, the last one padded with zeros.
func fontChecksum(b []byte) uint32 {
	var sum uint32
	i := 0
	for ; i+4 <= len(b); i += 4 {
		sum += binary.BigEndian.Uint32(b[i:])
	}
	if i < len(b) {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

// runeValues is the set of values of a usedRunes map, sorted.
func runeValues(m map[int]int) []int {
	out := make([]int, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

package fpdf

import (
	"strconv"
	"strings"
)

// Mixed-width character codes for prepared fonts (lapkin patch,
// PATCHES.md): instead of Identity-H, where every character takes two
// bytes, the Type0 font gets an embedded CMap whose codes are one byte for
// ASCII (most of an Indonesian report) and two bytes, 0x8000 + the rune,
// for U+0080–U+7FFF. The runes above (Liberation Sans has 69: ligatures,
// Hebrew presentation forms, …) take the otherwise unused codes
// 0x8000–0x807F in the order the document first uses them (any beyond
// 128 print as U+FFFD's code). CIDs stay the runes, so the widths, the
// CIDToGIDMap and the subset are as before. The space is the one-byte
// code 32, to which the word spacing operator Tw applies: a justified line
// is one string with a Tw instead of an array with an adjustment before
// every space.

const mixedCMapName = "Lapkin-UCS-Mixed"

// encodeMixed encodes text for a prepared font.
func (f *Fpdf) encodeMixed(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < 0x80
	}
	if ascii {
		return s // one byte per character, the character's own
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case r <= 0x7FFF:
			c := 0x8000 + int(r)
			b.WriteByte(byte(c >> 8))
			b.WriteByte(byte(c))
		default:
			b.WriteByte(0x80)
			b.WriteByte(byte(f.mixedHighCode(r)))
		}
	}
	return b.String()
}

// mixedHighCode is the low byte of the code of a rune above U+7FFF.
func (f *Fpdf) mixedHighCode(r rune) int {
	if i, ok := f.mixedHigh[r]; ok {
		return i
	}
	if len(f.mixedHighOrder) >= 0x80 {
		r = 0xFFFD
		if i, ok := f.mixedHigh[r]; ok {
			return i
		}
		return 0x7F // the last code, whatever it holds
	}
	if f.mixedHigh == nil {
		f.mixedHigh = map[rune]int{}
	}
	i := len(f.mixedHighOrder)
	f.mixedHigh[r] = i
	f.mixedHighOrder = append(f.mixedHighOrder, r)
	return i
}

func hex4(v int) string {
	if v >= 0 && v <= 0xFFFF { // lapkin patch 17: one allocation
		const digits = "0123456789ABCDEF"
		b := [4]byte{digits[v>>12], digits[v>>8&15], digits[v>>4&15], digits[v&15]}
		return string(b[:])
	}
	s := strings.ToUpper(strconv.FormatInt(int64(v), 16))
	return strings.Repeat("0", 4-len(s)) + s
}

// mixedCMap is the text of the encoding CMap (CMapType 1, code → CID),
// or with toUnicode the ToUnicode CMap (code → UTF-16) of the same codes.
// Each range varies in its last byte only, as the format requires.
func (f *Fpdf) mixedCMap(toUnicode bool) string {
	type rng struct {
		lo, hi string
		first  int
	}
	ranges := []rng{{"00", "7F", 0}, {"8080", "80FF", 0x80}}
	for b := 0x81; b <= 0xFF; b++ {
		ranges = append(ranges, rng{hex4(b << 8)[:2] + "00", hex4(b << 8)[:2] + "FF", (b - 0x80) << 8})
	}
	var b strings.Builder
	// lapkin patch 17: room for all of it at once (~30 bytes a range or
	// character), not grown by doubling.
	b.Grow(1024 + 32*(len(ranges)+len(f.mixedHighOrder)))
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
	b.WriteString("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
	if toUnicode {
		b.WriteString("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
	} else {
		b.WriteString("/CMapName /" + mixedCMapName + " def\n/CMapType 1 def\n")
	}
	b.WriteString("2 begincodespacerange\n<00> <7F>\n<8000> <FFFF>\nendcodespacerange\n")
	kind := "cid"
	if toUnicode {
		kind = "bf"
	}
	for i := 0; i < len(ranges); i += 100 {
		n := min(100, len(ranges)-i)
		b.WriteString(strconv.Itoa(n) + " begin" + kind + "range\n")
		for _, r := range ranges[i : i+n] {
			b.WriteString("<" + r.lo + "> <" + r.hi + "> ")
			if toUnicode {
				b.WriteString("<" + hex4(r.first) + ">\n")
			} else {
				b.WriteString(strconv.Itoa(r.first) + "\n")
			}
		}
		b.WriteString("end" + kind + "range\n")
	}
	if n := len(f.mixedHighOrder); n > 0 {
		b.WriteString(strconv.Itoa(n) + " begin" + kind + "char\n")
		for i, r := range f.mixedHighOrder {
			b.WriteString("<80" + hex4(i)[2:] + "> ")
			if toUnicode {
				b.WriteString("<" + hex4(int(r)) + ">\n")
			} else {
				b.WriteString(strconv.Itoa(int(r)) + "\n")
			}
		}
		b.WriteString("end" + kind + "char\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
	return b.String()
}

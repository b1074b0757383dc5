package report

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// textBlock is a paragraph or a list item of narrative text.
type textBlock struct {
	item   bool
	marker string // "1.", "a.", "•" for an item
	level  int    // list nesting, 0 = top
	teks   string
}

// parseBlocks splits narrative text into paragraphs and list items.
//
// Template output (perBaris false): a blank line ends a paragraph, lines
// in a row are joined into one paragraph. User text from a cell (perBaris
// true): every line break starts a new paragraph, as people type them
// with Alt+Enter. In both, a line starting with "1.", "a.", "a)", "-",
// "•" or "*" starts a list item, and lines that follow without a marker
// continue it; "#." items are numbered 1., 2., … in order; leading spaces
// (two per level) or tabs nest an item.
//
// Only template output keeps its italic switches (markup.go); clean
// removes them from a cell's text.
func parseBlocks(s string, perBaris bool) []textBlock {
	if !perBaris && strings.ContainsAny(s, styleMarks) {
		s = cleanStyled(s)
	} else {
		s = clean(s)
	}
	var out []textBlock
	open := false // the last textBlock may take continuation lines
	auto := map[int]int{}
	for _, raw := range strings.Split(s, "\n") {
		if strings.TrimSpace(raw) == "" {
			open = false
			auto = map[int]int{}
			continue
		}
		indent := 0
		for _, r := range raw {
			if r == ' ' {
				indent++
			} else if r == '\t' {
				indent += 2
			} else {
				break
			}
		}
		line := strings.TrimSpace(raw)
		if !singleSpaced(line) {
			line = strings.Join(strings.Fields(line), " ")
		}
		if marker, n, ok := listMarker(line); ok && n < len(line) {
			level := min(indent/2, 3)
			if marker == "#." {
				auto[level]++
				for l := range auto {
					if l > level {
						delete(auto, l)
					}
				}
				marker = strconv.Itoa(auto[level]) + "."
			} else if marker == "-" || marker == "*" || marker == "–" {
				marker = "•"
			}
			out = append(out, textBlock{item: true, marker: marker, level: level, teks: line[n:]})
			open = !perBaris
			continue
		}
		if open && len(out) > 0 {
			out[len(out)-1].teks += " " + line
			continue
		}
		out = append(out, textBlock{teks: line})
		open = !perBaris
	}
	return out
}

// clean normalises text for the PDF: CR/LF to LF, tabs kept for
// indentation, other control characters (including bidi overrides) and
// invalid UTF-8 removed, odd spaces made plain spaces, and every character
// the report font lacks replaced by a substitute it has (replaceGlyphs: "✓"
// → "√", "①" → "(1)", an emoji left out, a CJK character "?"), so that
// what is measured is what is printed. Every text from the workbook and
// the templates reaches the PDF through it (oneLine or parseBlocks).
func clean(s string) string { return cleanNoting(s, nil) }

// cleanStyled is clean keeping the italic switches of a template's text.
func cleanStyled(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexAny(s, styleMarks)
		if i < 0 {
			b.WriteString(clean(s))
			return b.String()
		}
		b.WriteString(clean(s[:i]))
		b.WriteByte(s[i])
		s = s[i+1:]
	}
}

// cleanNoting is clean telling catat (if not nil) of each character
// the font lacks.
func cleanNoting(s string, catat func(asli rune, ganti string, j replacementKind)) string {
	g := reportGlyphs()
	if g != nil && passThroughGlyphs.hasAll(s) {
		return s
	}
	s = tidy(s, g == nil)
	if g == nil {
		return s
	}
	return replaceGlyphs(g, s, catat)
}

// tidy is clean without the font: what the PDF's document
// information (Title, Author …) gets, shown by the viewer in its own
// fonts. bmp drops characters beyond the Basic Multilingual Plane (to
// U+FFFD), for text to be printed when the font's coverage is unknown.
func tidy(s string, bmp bool) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune { return tidyRune(r, bmp) }, s)
}

// tidyRune is what tidy makes of r: r, another rune, or -1 to drop.
func tidyRune(r rune, bmp bool) rune {
	switch {
	case r == '\n' || r == '\t':
		return r
	case r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\u3000':
		return ' '
	case r == '\u200b' || r == '\ufeff' || r == '\u00ad':
		return -1
	case unicode.Is(unicode.Cf, r):
		return -1 // format characters: bidi overrides, joiners
	case unicode.IsControl(r):
		return -1
	case unicode.Is(unicode.Cs, r) || unicode.Is(unicode.Co, r):
		return -1
	case bmp && r > 0xFFFF:
		return '\uFFFD'
	}
	return r
}

// oneLine makes text one line: white space collapsed, control
// characters removed, characters the font lacks replaced (clean).
func oneLine(s string) string {
	c := clean(s)
	if singleSpaced(c) {
		return c // what Fields and Join would make of it, without copying
	}
	return strings.Join(strings.Fields(c), " ")
}

// singleSpaced reports whether the only white space (unicode.IsSpace, as
// strings.Fields reads it) in s is single ASCII spaces between words.
func singleSpaced(s string) bool {
	space := true // a space here would be leading
	for _, r := range s {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
		case r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r >= 0x80 && unicode.IsSpace(r):
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}

// satuBarisInfo is oneLine for the document information: it keeps the
// characters the font lacks (see tidy).
func satuBarisInfo(s string) string {
	return strings.Join(strings.Fields(tidy(s, false)), " ")
}

// numberedList makes the numbered list of the Tugas and Tindak Lanjut
// sheets, one item per non-empty cell, laid out as the same text in a
// Narasi cell (docs/laporan.md#baris-dan-pemenggalan): a cell's first
// line is the numbered item; its lines starting with a list marker
// ("1.", "a.", "-", "•") are items nested under it ("-" and "*" printed
// "•"); its other lines are paragraphs at the item's text indent.
func numberedList(cells []kinerja.Sel) []textBlock {
	var out []textBlock
	n := 0
	for _, c := range cells {
		bs := parseBlocks(c.Teks, true)
		if len(bs) == 0 {
			continue
		}
		n++
		first := bs[0].teks
		if bs[0].item {
			first = bs[0].marker + " " + first // as typed: the number is the list's
		}
		out = append(out, textBlock{item: true, marker: strconv.Itoa(n) + ".", teks: first})
		for _, b := range bs[1:] {
			if b.item {
				b.level = min(b.level+1, 3)
			} else {
				// A paragraph of the item: an item with no marker in the
				// column of the numbered items' text.
				b.item, b.marker, b.level = true, "", 0
			}
			out = append(out, b)
		}
	}
	return out
}

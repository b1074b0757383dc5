package report

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// blok is a paragraph or a list item of narrative text.
type blok struct {
	item   bool
	marker string // "1.", "a.", "•" for an item
	level  int    // list nesting, 0 = top
	teks   string
}

var reMarker = regexp.MustCompile(`^(#\.|[0-9]{1,3}[.)]|[a-zA-Z][.)]|[-•*–])\s+`)

// parseBlok splits narrative text into paragraphs and list items.
//
// Template output (perBaris false): a blank line ends a paragraph, lines
// in a row are joined into one paragraph. User text from a cell (perBaris
// true): every line break starts a new paragraph, as people type them
// with Alt+Enter. In both, a line starting with "1.", "a.", "a)", "-",
// "•" or "*" starts a list item, and lines that follow without a marker
// continue it; "#." items are numbered 1., 2., … in order; leading spaces
// (two per level) or tabs nest an item.
func parseBlok(s string, perBaris bool) []blok {
	s = bersihkan(s)
	var out []blok
	open := false // the last blok may take continuation lines
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
		line := strings.Join(strings.Fields(raw), " ")
		if m := reMarker.FindStringSubmatch(line); m != nil && len(m[0]) < len(line) {
			level := min(indent/2, 3)
			marker := m[1]
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
			out = append(out, blok{item: true, marker: marker, level: level, teks: line[len(m[0]):]})
			open = !perBaris
			continue
		}
		if open && len(out) > 0 {
			out[len(out)-1].teks += " " + line
			continue
		}
		out = append(out, blok{teks: line})
		open = !perBaris
	}
	return out
}

// bersihkan normalises text for the PDF: CR/LF to LF, tabs kept for
// indentation, other control characters (including bidi overrides) and
// invalid UTF-8 removed, odd spaces made plain spaces, and every character
// the report font lacks replaced by a substitute it has (gantiHuruf: "✓"
// → "√", "①" → "(1)", an emoji left out, a CJK character "?"), so that
// what is measured is what is printed. Every text from the workbook and
// the templates reaches the PDF through it (satuBaris or parseBlok).
func bersihkan(s string) string { return bersihkanCatat(s, nil) }

// bersihkanCatat is bersihkan telling catat (if not nil) of each character
// the font lacks.
func bersihkanCatat(s string, catat func(asli rune, ganti string, j gantiJenis)) string {
	g := glyfLaporan()
	if g != nil && glyfLolos.semua(s) {
		return s
	}
	s = rapikan(s, g == nil)
	if g == nil {
		return s
	}
	return gantiHuruf(g, s, catat)
}

// rapikan is bersihkan without the font: what the PDF's document
// information (Title, Author …) gets, shown by the viewer in its own
// fonts. bmp drops characters beyond the Basic Multilingual Plane (to
// U+FFFD), for text to be printed when the font's coverage is unknown.
func rapikan(s string, bmp bool) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune { return rapikanRune(r, bmp) }, s)
}

// rapikanRune is what rapikan makes of r: r, another rune, or -1 to drop.
func rapikanRune(r rune, bmp bool) rune {
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

// satuBaris makes text one line: white space collapsed, control
// characters removed, characters the font lacks replaced (bersihkan).
func satuBaris(s string) string {
	return strings.Join(strings.Fields(bersihkan(s)), " ")
}

// satuBarisInfo is satuBaris for the document information: it keeps the
// characters the font lacks (see rapikan).
func satuBarisInfo(s string) string {
	return strings.Join(strings.Fields(rapikan(s, false)), " ")
}

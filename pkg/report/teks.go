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
// invalid UTF-8 removed, odd spaces made plain spaces, characters beyond
// the Basic Multilingual Plane replaced by U+FFFD. Every text from the
// workbook reaches the PDF through it (satuBaris or parseBlok).
func bersihkan(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune {
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
		case r > 0xFFFF:
			// fpdf's UTF-8 fonts cover the Basic Multilingual Plane only
			// (an emoji would overrun its width table).
			return '\uFFFD'
		}
		return r
	}, s)
}

// satuBaris makes text one line: white space collapsed, control
// characters removed.
func satuBaris(s string) string {
	return strings.Join(strings.Fields(bersihkan(s)), " ")
}

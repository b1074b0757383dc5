package report

import "strings"

// Matchers of the renderer written by hand rather than as regular
// expressions, which every lapkin process compiled before main. Each does
// what the expression in its comment did; TestMatchersAsRegexp compares
// them on many strings, random ones too. White space is the expressions'
// `\s`: space, tab, line feed, form feed and carriage return.

// listMarker is `^(#\.|[0-9]{1,3}[.)]|[a-zA-Z][.)]|[-•*–])\s+`: a list
// item's marker ("1.", "a)", "#.", "-", "•", "*", "–") at the start of s,
// followed by white space. n is the length of the marker with the white
// space after it.
func listMarker(s string) (marker string, n int, ok bool) {
	switch {
	case strings.HasPrefix(s, "#."):
		n = 2
	case s != "" && s[0] >= '0' && s[0] <= '9':
		for n < len(s) && n < 4 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n > 3 || n == len(s) || (s[n] != '.' && s[n] != ')') {
			return "", 0, false
		}
		n++
	case len(s) >= 2 && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') && (s[1] == '.' || s[1] == ')'):
		n = 2
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "*"):
		n = 1
	case strings.HasPrefix(s, "•"), strings.HasPrefix(s, "–"):
		n = len("•")
	default:
		return "", 0, false
	}
	marker = s[:n]
	for n < len(s) && isSpace(s[n]) {
		n++
	}
	if n == len(marker) {
		return "", 0, false
	}
	return marker, n, true
}

// glueHeaderWords joins with a no-break space the header words that must
// stay together: the spaces and tabs before "TW", a roman numeral I–IV or a
// year ("Target TW III", "Realisasi 2023") become one nbsp. It is
// `[ \t]+(TW|I{1,3}|IV|[12][0-9]{3})\b` replaced by nbsp and the word.
func glueHeaderWords(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is written to b
	for i := 0; i < len(s); {
		if s[i] != ' ' && s[i] != '\t' {
			i++
			continue
		}
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if w := joinedWord(s[j:]); w > 0 {
			if b.Len() == 0 {
				b.Grow(len(s) + 1)
			}
			b.WriteString(s[done:i])
			b.WriteRune(nbsp)
			b.WriteString(s[j : j+w])
			done = j + w
			i = done
			continue
		}
		i = j
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// joinedWord is the length of `(TW|I{1,3}|IV|[12][0-9]{3})\b` at the start
// of s, 0 when it does not match there.
func joinedWord(s string) int {
	var n int
	switch {
	case strings.HasPrefix(s, "TW"):
		n = 2
	case strings.HasPrefix(s, "I"):
		for n < len(s) && n < 3 && s[n] == 'I' {
			n++
		}
		if boundaryAt(s, n) {
			return n
		}
		if !strings.HasPrefix(s, "IV") {
			return 0
		}
		n = 2
	case len(s) >= 4 && (s[0] == '1' || s[0] == '2') && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]):
		n = 4
	default:
		return 0
	}
	if !boundaryAt(s, n) {
		return 0
	}
	return n
}

// boundaryAt reports `\b` after the word s[:n] (which ends in a word
// character): the end of s or a byte that is not an ASCII word character.
func boundaryAt(s string, n int) bool {
	if n == len(s) {
		return true
	}
	c := s[n]
	return !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// hasListMarker is listMarker's ok: `^(#\.|[0-9]{1,3}[.)]|[a-zA-Z][.)]|[-•*–])\s+`
// matches s.
func hasListMarker(s string) bool {
	_, _, ok := listMarker(s)
	return ok
}

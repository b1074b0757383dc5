package workbook

import "strings"

// Matchers for headers and labels, written by hand rather than as regular
// expressions: compiling the expressions was most of the package's
// initialisation in every lapkin process. Each returns what the
// expression in its comment would; TestMatchersAsRegexp compares them on
// many strings, random ones too. White space is the expressions' `\s`:
// space, tab, line feed, form feed and carriage return.

// cutParens is `\s*\([^()]*\)\s*$` replaced by "": s without a trailing
// parenthesised note and the white space around it.
func cutParens(s string) string {
	t := trimRightSpace(s)
	if !strings.HasSuffix(t, ")") {
		return s
	}
	open := strings.LastIndexAny(t[:len(t)-1], "()")
	if open < 0 || t[open] != '(' {
		return s
	}
	return trimRightSpace(t[:open])
}

// quarterNumeral is `^(?:tw|triwulan|trw|tri wulan|q)\s*\.?\s*(?:ke\s*)?(i{1,3}|iv|[1-4])$`:
// a quarter designation, and its numeral.
func quarterNumeral(s string) (string, bool) {
	var rest string
	switch {
	case strings.HasPrefix(s, "tw"):
		rest = s[2:]
	case strings.HasPrefix(s, "triwulan"):
		rest = s[8:]
	case strings.HasPrefix(s, "trw"):
		rest = s[3:]
	case strings.HasPrefix(s, "tri wulan"):
		rest = s[9:]
	case strings.HasPrefix(s, "q"):
		rest = s[1:]
	default:
		return "", false
	}
	rest = trimLeftSpace(rest)
	if strings.HasPrefix(rest, ".") {
		rest = trimLeftSpace(rest[1:])
	}
	if strings.HasPrefix(rest, "ke") {
		rest = trimLeftSpace(rest[2:])
	}
	switch rest {
	case "i", "ii", "iii", "iv", "1", "2", "3", "4":
		return rest, true
	}
	return "", false
}

// isTargetYear is `^target (?:tahun )?(?:anggaran )?\d{4}$`: "target
// 2023", "target tahun anggaran 2023".
func isTargetYear(s string) bool {
	rest, ok := strings.CutPrefix(s, "target ")
	if !ok {
		return false
	}
	rest, _ = strings.CutPrefix(rest, "tahun ")
	rest, _ = strings.CutPrefix(rest, "anggaran ")
	return len(rest) == 4 && allDigits(rest)
}

// yearDigits is `^(?:(?:ta|tahun|tahun anggaran)\.?\s*)?(\d{4})$`: a year,
// bare or after "ta", "tahun" or "tahun anggaran", and its digits.
func yearDigits(s string) (string, bool) {
	if len(s) < 4 || !allDigits(s[len(s)-4:]) {
		return "", false
	}
	y, before := s[len(s)-4:], s[:len(s)-4]
	if before == "" {
		return y, true
	}
	for _, p := range [...]string{"ta", "tahun", "tahun anggaran"} {
		if rest, ok := strings.CutPrefix(before, p); ok {
			rest = strings.TrimPrefix(rest, ".")
			if trimLeftSpace(rest) == "" {
				return y, true
			}
		}
	}
	return "", false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func trimLeftSpace(s string) string {
	for s != "" && isSpace(s[0]) {
		s = s[1:]
	}
	return s
}

func trimRightSpace(s string) string {
	for s != "" && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

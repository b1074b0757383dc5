package cli

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Output hygiene (docs/cli.md, "Conventions"): text from a workbook is
// printed so that it can neither drive the terminal nor run as a formula
// in a spreadsheet.

// visible returns s with its control characters (C0, DEL, C1: ESC and
// OSC sequences among them) and bidirectional-override characters written
// as Go escapes ("\x1b", "\u202e"), as validate's quoted messages show
// them: cell text printed to a terminal or pipe cannot move the cursor,
// recolour the screen, set the window title or reorder what is shown.
func visible(s string) string {
	if !strings.ContainsFunc(s, needsEscape) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if needsEscape(r) {
			q := strconv.QuoteRuneToASCII(r) // "'\x1b'"
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func needsEscape(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// csvText neutralises a text cell for a spreadsheet the way OWASP
// recommends against CSV injection: a cell starting with = + - @, a tab
// or a carriage return gets a leading apostrophe, so that Excel and
// LibreOffice show it as text instead of running it as a formula. A cell
// that is a number ("-5", "+3,5", plainNumber, compiled on first use and
// not in every process) stays as it is.
var plainNumber = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[+-]?[0-9]+([.,][0-9]+)?%?$`) })

// Control characters other than a line break or tab inside the cell are
// written as escapes too (as visible does): a CSV printed to a terminal
// (`lapkin summary --format csv x.xlsx`) must not run ESC/OSC sequences
// any more than the table does.
func csvText(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return csvVisible(s)
	}
	if plainNumber().MatchString(s) {
		return s
	}
	return "'" + csvVisible(s)
}

// csvVisible is visible, keeping the line breaks and tabs a multi-line
// cell (Alt+Enter in Excel) legitimately holds; CSV quotes them.
func csvVisible(s string) string {
	if !strings.ContainsFunc(s, csvEscape) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if csvEscape(r) {
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func csvEscape(r rune) bool { return r != '\n' && r != '\t' && needsEscape(r) }

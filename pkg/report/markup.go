package report

import (
	"strings"
	"text/template"
	"text/template/parse"
	"unicode"
	"unicode/utf8"
)

// A template marks a foreign term to be set in italic with underscores:
// "tabel _cost per outcome_" (docs/laporan.md#baris-dan-pemenggalan).
// The marks are read in the template's own text only, when it is loaded,
// and become italicOn/italicOff; the values a template prints (names,
// figures, the workbook's text) are never read for them, so an underscore
// a user typed is printed as typed.

// markTemplate turns the _term_ marks of every text of t (and of the
// templates it defines) into style switches.
func markTemplate(t *template.Template) {
	for _, tt := range t.Templates() {
		if tt.Tree != nil && tt.Tree.Root != nil {
			markNode(tt.Tree.Root)
		}
	}
}

func markNode(n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			markNode(c)
		}
	case *parse.TextNode:
		if strings.IndexByte(string(n.Text), '_') >= 0 {
			n.Text = []byte(markItalic(string(n.Text)))
		}
	case *parse.IfNode:
		markNode(n.List)
		markNode(n.ElseList)
	case *parse.RangeNode:
		markNode(n.List)
		markNode(n.ElseList)
	case *parse.WithNode:
		markNode(n.List)
		markNode(n.ElseList)
	}
}

// markItalic turns each _term_ of s into italicOn term italicOff. An
// underscore opens a term at the start of a word (not after a letter,
// digit or underscore) when a non-space follows it, and the term ends at
// the next underscore that follows a non-space and is not followed by a
// letter, digit or underscore, within one paragraph (no blank line).
// Every other underscore ("kode_lama", a lone "_") stays as it is.
func markItalic(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '_' || wordRuneBefore(s, i) || i+1 >= len(s) || isSpaceByte(s[i+1]) || s[i+1] == '_' {
			continue
		}
		j := closingMark(s, i+1)
		if j < 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteByte(italicOn)
		b.WriteString(s[i+1 : j])
		b.WriteByte(italicOff)
		last = j + 1
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// closingMark is the index of the underscore closing a term that starts
// at from, or -1.
func closingMark(s string, from int) int {
	for j := from; j < len(s); j++ {
		switch {
		case s[j] == '\n' && strings.HasPrefix(strings.TrimLeft(s[j+1:], " \t"), "\n"):
			return -1 // a blank line ends the paragraph
		case s[j] == '_' && !isSpaceByte(s[j-1]) && !wordRuneAfter(s, j+1):
			return j
		}
	}
	return -1
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func wordRuneBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

func wordRuneAfter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// italic marks s, a foreign term the program writes into a caption or a
// paragraph, to be set in italic.
func italic(s string) string { return string(italicOn) + s + string(italicOff) }

package report

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// The expressions the matchers of match.go replace; the matchers must
// agree with them on every string.
var (
	oldMarker = regexp.MustCompile(`^(#\.|[0-9]{1,3}[.)]|[a-zA-Z][.)]|[-•*–])\s+`)
	oldRekat  = regexp.MustCompile(`[ \t]+(TW|I{1,3}|IV|[12][0-9]{3})\b`)
)

func TestMatchersAsRegexp(t *testing.T) {
	inputs := []string{
		"", "1. a", "1.a", "1.", "12) x", "123. x", "1234. x", "a. b", "Z) b", "ab. c", "#. x", "#.x", "# . x",
		"- x", "-x", "• x", "•x", "* x", "– x", "— x", "1.\tx", "1.\n", "1.\v x", "1.\f\r x", "é. x", "0. x",
		"Target TW I", "Target TW III", "Target TW IIII", "Target TW IV", "Target TW IVa", "Realisasi 2023",
		"Realisasi  \t2023", "Realisasi 20234", "Realisasi 3023", "x TWx", "x TW_", "x TW-", "x IIé", "x I",
		" I", "I", "TW I ", "a\u00a0TW", "x\tI\tII\tIII\tIV", "x IIV", "x VI", "x 1999a", "x 1999.5",
	}
	pieces := []string{"1", "2", "0", "9", "12", "123", "2023", "1999", "#", ".", ")", "a", "Z", "é", "-", "•", "*",
		"–", "—", " ", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0", "TW", "T", "W", "I", "II", "III", "IV", "V",
		"_", "x", "Target", "Realisasi", "\xff"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 300000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		inputs = append(inputs, b.String())
	}
	var matched [2]int
	for _, s := range inputs {
		m := oldMarker.FindStringSubmatch(s)
		marker, n, ok := listMarker(s)
		if ok != (m != nil) || ok && (marker != m[1] || n != len(m[0])) || hasListMarker(s) != ok {
			t.Fatalf("listMarker(%q) = %q, %d, %v; the expression: %q", s, marker, n, ok, m)
		} else if ok {
			matched[0]++
		}
		if got, want := glueHeaderWords(s), oldRekat.ReplaceAllString(s, string(nbsp)+"$1"); got != want {
			t.Fatalf("rekatJudul(%q) = %q; the expression: %q", s, got, want)
		} else if got != s {
			matched[1]++
		}
	}
	// Each matcher must have matched many strings, or the comparison says
	// little.
	for i, n := range matched {
		if n < 1000 {
			t.Errorf("matcher %d matched only %d strings", i, n)
		}
	}
	t.Logf("%d strings, matched %v", len(inputs), matched)
}

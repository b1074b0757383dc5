package report

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// oneLine's shortcut (singleSpaced) must give what collapsing the white
// space gives: random texts of words, spaces, tabs, line breaks and
// Unicode spaces.
func TestOneLineShortcut(t *testing.T) {
	pieces := []string{"a", "Kegiatan", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\u0085", "é", "1.000", "\x00", "\xff"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(7) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := oneLine(s), strings.Join(strings.Fields(clean(s)), " "); got != want {
			t.Fatalf("oneLine(%q) = %q, collapsing gives %q", s, got, want)
		}
	}
}

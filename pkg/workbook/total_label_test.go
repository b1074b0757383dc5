package workbook

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// longerThanTotalLabels may only turn away texts that normHeader would
// not make into a totals label: every label, spaced, cased and punctuated
// at random, passes, and no text it turns away normalises to one.
func TestLongerThanTotalLabels(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\u00a0", "\u2007", "_", "-", "–", ":", ".", "/", "K", "\u212a", "é", "\xff"}
	r := rand.New(rand.NewPCG(17, 18))
	for label := range totalRowLabels {
		pieces = append(pieces, label, strings.ToUpper(label))
	}
	for range 50000 {
		var b strings.Builder
		for range r.IntN(6) + 1 {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if longerThanTotalLabels(s) && totalRowLabels[normHeader(s)] {
			t.Fatalf("longerThanTotalLabels(%q) = true, yet it reads as the label %q", s, normHeader(s))
		}
	}
	for label := range totalRowLabels {
		if longerThanTotalLabels(" " + strings.ToUpper(label) + ": ") {
			t.Errorf("label %q turned away", label)
		}
	}
}

package fpdf

import (
	"maps"
	"math/rand/v2"
	"testing"
)

// markUsed must leave usedRunes as fpdf's loop did (a write per rune):
// texts with repeats, rune 0, runes beyond the BMP and invalid UTF-8, over
// a map pre-filled as makeSubsetRange does (values 0 that the first write
// changes).
func TestMarkUsedSameMap(t *testing.T) {
	pieces := []string{"a", "A", " ", "é", "\x00", "€", "😀", "\xff", "\u00a0", "0", "9", "Rp 7.500.000"}
	r := rand.New(rand.NewPCG(5, 6))
	want := makeSubsetRange(57)
	fd := fontDefType{usedRunes: makeSubsetRange(57), written: new(runeSet)}
	for range 5000 {
		var s string
		for range r.IntN(6) {
			s += pieces[r.IntN(len(pieces))]
		}
		for _, uni := range s {
			want[int(uni)] = int(uni)
		}
		fd.markUsed(s)
		if !maps.Equal(fd.usedRunes, want) {
			t.Fatalf("after %q: usedRunes %v, fpdf's loop gives %v", s, fd.usedRunes, want)
		}
		if r.IntN(50) == 0 { // the subsetter's delete
			delete(want, 0)
			delete(fd.usedRunes, 0)
		}
	}
}

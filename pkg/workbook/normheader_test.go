package workbook

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestNormHeaderASCII: the one-pass normHeader gives what the general one
// (lower case, Fields, Join, slashes, trailing ":" and ".") gives, on the
// aliases of every sheet and on 300,000 random strings of header pieces,
// separators, slashes, colons, dots, control and non-ASCII characters.
func TestNormHeaderASCII(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := normHeader(s), normHeaderSlow(s); got != want {
			t.Fatalf("normHeader(%q) = %q, want %q", s, got, want)
		}
	}
	for _, sp := range []*sheetSpec{&specTugas, &specTarget, &specRealisasi, &specAnggaran, &specStrategi,
		&specAnalisis, &specTindakLanjut, &specTanggapan, &specNarasi, &specLibur} {
		for _, k := range sp.columnSpec {
			for _, a := range k.alias {
				check(a)
			}
		}
	}
	pieces := []string{"Kode", "INDIKATOR", "tw", "I", "2024", "Rp", "(%)", " ", "  ", "\t", "\n", "\r", "\v", "\f",
		"_", "-", "/", " / ", ":", ".", " :", ". ", "\x00", "é", "\u00a0", "–", "\u0085", "K", "ſ"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 300000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		check(b.String())
	}
	if n, ok := normHeaderASCII("Realisasi TW I"); !ok || n != "realisasi tw i" {
		t.Errorf("normHeaderASCII(%q) = %q, %v", "Realisasi TW I", n, ok)
	}
}

package kinerja

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The prefilters of findMisspelling (mayMatch, mayIntroduce) may only say
// "no" where the regular expression cannot match: texts built from the
// introducers, quote marks, regulation words and other pieces are run
// through both.
func TestPrefilterNeverMissesMatch(t *testing.T) {
	// The introducers as reNamaDiri spells them, so that a word added to
	// the expression and not to the map fails here.
	src := reNamaDiri.String()
	alt := src[strings.Index(src, "(?:Desa"):]
	alt = alt[len("(?:"):strings.Index(alt, `)\s+$`)]
	var words []string
	for _, w := range strings.Split(alt, "|") {
		if base, ok := strings.CutSuffix(w, `\.?`); ok {
			words = append(words, base, base+".")
			continue
		}
		words = append(words, w)
	}
	for _, w := range words {
		if !introducers[w] {
			t.Errorf("introducer %q of reNamaDiri is missing from introducers", w)
		}
	}
	pieces := append([]string{" ", "  ", "\t", "\n", ".", ",", "1", "x", "é", "Ä", "a", "Sukamaju", "desa",
		"DESA", "tentang", "TenTang", "Peraturan", "Perbup", "Nomor 3", ";", `"`, "“", "”", "«", "»", "diatas"}, words...)
	r := rand.New(rand.NewPCG(3, 4))
	for range 30000 {
		var b strings.Builder
		for range r.IntN(8) + 1 {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if !mayIntroduce(s) && reNamaDiri.MatchString(s) {
			t.Fatalf("mayIntroduce(%q) = false, reNamaDiri matches", s)
		}
		for _, re := range []*lazyRegexp{reKutip, reJudulAturan} {
			if !mayMatch(re, s) && re.MatchString(s) {
				t.Fatalf("mayMatch(%s, %q) = false, it matches", re, s)
			}
		}
	}
}

// Every month name reRentang knows starts with one of awalBulan, and
// texts without one are never matched by reRentang.
func TestAwalBulan(t *testing.T) {
	for name := range bulanAlias {
		found := false
		for _, a := range awalBulan {
			found = found || strings.HasPrefix(name, a)
		}
		if !found {
			t.Errorf("month name %q starts with none of awalBulan", name)
		}
	}
	pieces := []string{" ", "1", "31", "2023", "Januari", "JUNI", "ſeptember", "o\u212at", "Okt.", "s.d.", "s/d", "-", "–",
		"sampai dengan", "hingga", "tgl.", "desa", "de", "s", "x", "é", ","}
	r := rand.New(rand.NewPCG(11, 12))
	for range 30000 {
		var b strings.Builder
		for range r.IntN(9) + 1 {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if !mayNameMonth(s) && reRentang.MatchString(s) {
			t.Fatalf("mayNameMonth(%q) = false, reRentang matches", s)
		}
	}
}

// mayNameUnit may only say "no" where LK024 finds nothing: texts of unit
// words in any case (the Kelvin sign for "K" too) and names, for the units
// of a Kecamatan's report.
func TestMayNameUnit(t *testing.T) {
	units := unitLaporan(Identitas{Unit: "Kecamatan Senduro", Pemda: "Kabupaten Lumajang"})
	if len(units) != 2 {
		t.Fatalf("units %v", units)
	}
	pieces := []string{" ", ", ", "Kecamatan", "KEC.", "\u212aec", "kab.", "Kabupaten", "Desa", "Kota", "Dinas", "Pasrujambe", "Malang",
		"Senduro", "Lumajang", "ſ", "x", "é"}
	r := rand.New(rand.NewPCG(19, 20))
	for range 30000 {
		var b strings.Builder
		for range r.IntN(7) + 1 {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if mayNameUnit(s, units) {
			continue
		}
		for _, u := range units {
			if f := u.lain(s, reJenis.FindAllStringSubmatchIndex(s, -1)); len(f) > 0 {
				t.Fatalf("mayNameUnit(%q) = false, LK024 finds %q", s, f)
			}
		}
	}
}

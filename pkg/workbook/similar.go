package workbook

import (
	"strings"
	"unicode"
)

// A label or header that is not recognised is often an abbreviation of the
// one meant ("Thn Anggaran" for "Tahun Anggaran", "Sat." for "Satuan"). When
// a required field or column is missing, the finding points at such a cell
// and asks "maksud Anda …?" instead of naming a row or column the user has
// filled.

// hurufSaja is the lower-case letters and digits of s, words separated by
// one space.
func hurufSaja(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// singkatan reports whether typed abbreviates name: as many words, each
// typed word starting with its name word's first letter and its letters a
// subsequence of that word ("thn" of "tahun", "sat" of "satuan").
func singkatan(typed, name string) bool {
	tw, nw := hurufSaja(typed), hurufSaja(name)
	if len(tw) == 0 || len(tw) != len(nw) || strings.Join(tw, " ") == strings.Join(nw, " ") {
		return false
	}
	for i := range tw {
		t, n := []rune(tw[i]), []rune(nw[i])
		if t[0] != n[0] {
			return false
		}
		j := 0
		for _, c := range n {
			if j < len(t) && t[j] == c {
				j++
			}
		}
		if j != len(t) {
			return false
		}
	}
	return true
}

// similarCell is an unrecognised label or header cell.
type similarCell struct {
	ref, teks string
}

// findSimilar returns the first cell whose text abbreviates one of names.
func findSimilar(cells []similarCell, names []string) (similarCell, bool) {
	for _, c := range cells {
		for _, n := range names {
			if singkatan(c.teks, n) {
				return c, true
			}
		}
	}
	return similarCell{}, false
}

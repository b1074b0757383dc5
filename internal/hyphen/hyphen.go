// Package hyphen finds where an Indonesian word may be divided at the end
// of a line, by the syllable-division rules ("Pemenggalan Kata") of the
// official spelling, the Ejaan Bahasa Indonesia yang Disempurnakan, fifth
// edition (Keputusan Kepala Badan Pengembangan dan Pembinaan Bahasa
// No. 0424/I/BS.00.01/2022; the same rules as PUEBI 2015/2016).
//
// The rules are implemented here rather than taken from the TeX Indonesian
// patterns (hyph-id), whose licence does not allow embedding them. What is
// divided, where, and what never is, is described in
// docs/laporan.md#pemenggalan-kata.
package hyphen

import (
	"unicode"
	"unicode/utf8"
)

// Typesetting limits (docs/laporan.md#pemenggalan-kata): at least minBefore
// letters stay on the line with the hyphen and at least minAfter letters go
// to the next line. Around a hyphen or slash already in the word, where no
// hyphen is added, two letters suffice on either side.
const (
	minBefore    = 2
	minAfter     = 3
	minSeparated = 2
)

// maxLetters bounds the words divided by syllable: longer "words" (pasted
// codes, run-together text) are left whole, and the work stays on the stack.
const maxLetters = 64

type kind uint8

const (
	vowel kind = iota + 1
	consonant
)

// unit is one letter, or one of the digraphs kh, ng, ny, sy, which stand
// for a single consonant and are never divided.
type unit struct {
	start  int  // byte offset in the word
	letter int  // how many letters precede it in the word's core
	kind   kind // vowel or consonant
	first  byte // lowercase ASCII letter (an accented vowel as its base)
	second byte // the digraph's second letter, 0 for a single letter
}

// Points returns the byte offsets i (0 < i < len(word)), ascending, where
// the word may be divided: word[:i] + "-" ends the line and word[i:] starts
// the next. It returns nil when the word must not be divided.
//
// One exception to "+ \"-\"": a word already holding a hyphen or slash
// ("sehari-hari", "dan/atau") is divided only just after those, and there
// no further hyphen is printed (word[i-1] is '-' or '/'); Split does this.
//
// Leading and trailing punctuation ("(realisasi", "anggaran,") is allowed
// and stays with its part. Words with digits, internal punctuation (URLs,
// e-mail addresses, "a.n."), letters outside the Latin alphabet, an
// uppercase letter after the first (acronyms such as RPJMD, "SiLPA") or
// more than 64 letters are never divided. Points does not panic on any
// input, including invalid UTF-8.
func Points(word string) []int { return AppendPoints(nil, word) }

// AppendPoints appends word's division points (Points) to dst and returns
// the extended slice, so that a caller dividing many words can reuse one.
func AppendPoints(dst []int, word string) []int {
	lo, hi := trim(word)
	if hi-lo < minBefore+minAfter {
		return dst
	}
	separators := false // anywhere: "pasca-" in "pra- dan pasca-" is not divided either
	for i := 0; i < len(word); i++ {
		if word[i] == '-' || word[i] == '/' {
			separators = true
			break
		}
	}
	if separators {
		return separatorPoints(dst, word, lo, hi)
	}
	var buf [maxLetters]unit
	units, letters, ok := scan(word, lo, hi, buf[:0])
	if !ok {
		return dst
	}
	forEachBoundary(units, func(b int) {
		u := units[b]
		if u.letter < minBefore || letters-u.letter < minAfter ||
			uncertainPrefix(units, b) || uncertainCluster(units, b) {
			return
		}
		if dst == nil {
			dst = make([]int, 0, 8)
		}
		dst = append(dst, u.start)
	})
	return dst
}

// Split divides word at a point i from Points: the part ending the line,
// with the hyphen to print, and the part starting the next. After a hyphen
// or slash already in the word no hyphen is added.
func Split(word string, i int) (head, tail string) {
	if i <= 0 || i >= len(word) {
		return word, ""
	}
	if c := word[i-1]; c == '-' || c == '/' {
		return word[:i], word[i:]
	}
	return word[:i] + "-", word[i:]
}

// trim returns the bounds of the word without leading and trailing
// punctuation: everything that is not a letter or digit.
func trim(word string) (lo, hi int) {
	lo, hi = 0, len(word)
	for lo < hi {
		r, size := utf8.DecodeRuneInString(word[lo:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		lo += size
	}
	for hi > lo {
		r, size := utf8.DecodeLastRuneInString(word[lo:hi])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		hi -= size
	}
	return lo, hi
}

// letterOf returns the lowercase ASCII letter a rune stands for (an
// accented vowel as its base vowel), whether it is uppercase, and false for
// anything else.
func letterOf(r rune) (c byte, upper, ok bool) {
	switch {
	case r >= 'a' && r <= 'z':
		return byte(r), false, true
	case r >= 'A' && r <= 'Z':
		return byte(r - 'A' + 'a'), true, true
	}
	lower := unicode.ToLower(r)
	upper = lower != r
	switch lower {
	case 'à', 'á', 'â', 'ä', 'ã':
		return 'a', upper, true
	case 'è', 'é', 'ê', 'ë':
		return 'e', upper, true
	case 'ì', 'í', 'î', 'ï':
		return 'i', upper, true
	case 'ò', 'ó', 'ô', 'ö', 'õ':
		return 'o', upper, true
	case 'ù', 'ú', 'û', 'ü':
		return 'u', upper, true
	}
	return 0, false, false
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// scan reads word[lo:hi] into units. ok is false when the word is not one
// to divide: a character other than a Latin letter, an uppercase letter
// after the first, too many letters.
func scan(word string, lo, hi int, units []unit) (_ []unit, letters int, ok bool) {
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(word[i:])
		c, upper, isLetter := letterOf(r)
		if !isLetter || (upper && letters > 0) || letters == maxLetters {
			return nil, 0, false
		}
		if n := len(units); n > 0 && digraph(units[n-1], c) {
			units[n-1].second = c
		} else {
			k := consonant
			if isVowel(c) {
				k = vowel
			}
			units = append(units, unit{start: i, letter: letters, kind: k, first: c})
		}
		letters++
		i += size
	}
	return units, letters, true
}

// digraph reports whether c completes kh, ng, ny or sy with the single
// consonant before it.
func digraph(prev unit, c byte) bool {
	if prev.kind != consonant || prev.second != 0 {
		return false
	}
	switch prev.first {
	case 'k':
		return c == 'h'
	case 'n':
		return c == 'g' || c == 'y'
	case 's':
		return c == 'y'
	}
	return false
}

// forEachBoundary calls f with the index of every unit that begins a
// syllable other than the first, by the rules for a base word:
//
//   - two vowels in a row are divided (sa-at, bu-ah), except the diphthongs
//     ai, au, ei, oi and the monophthong eu (pan-dai, au-la, sur-vei,
//     am-boi, seu-da-ti), which are never divided (see diphthong);
//   - one consonant (a digraph counts as one) between vowels goes with the
//     following vowel (ba-pak, ke-nyang, mu-sya-wa-rah);
//   - of two or more consonants between vowels the first closes the
//     syllable and the rest open the next (man-di, sang-gup, makh-luk,
//     in-stru-men, bang-krut).
//
// Consonants before the first vowel and after the last stay with them.
func forEachBoundary(units []unit, f func(int)) {
	prevEnd := -1 // index just past the previous syllable's vowel(s)
	for k := 0; k < len(units); {
		if units[k].kind != vowel {
			k++
			continue
		}
		end := k + 1
		if diphthong(units, k) {
			end = k + 2
		}
		if prevEnd >= 0 {
			switch between := k - prevEnd; between {
			case 0:
				f(k)
			case 1:
				f(k - 1)
			default:
				f(prevEnd + 1)
			}
		}
		prevEnd = end
		k = end
	}
}

// diphthong reports whether units[k] and units[k+1] are a vowel pair
// that is never divided: the diphthongs ai, au, ei, oi and the monophthong
// eu the rules name, and oe (the old spelling of u in names such as
// Soeharto).
//
// Spelling alone does not show whether such a pair is one sound (pan-dai,
// sau-da-ra, sur-vei) or two vowels (ma-in, la-ut, ke-u-ang-an, se-im-bang).
// Keeping the pair whole gives exactly the divisions valid either way: a
// consonant after the pair starts the next syllable in both readings, and
// a vowel after it does too. Only the division inside a pair of two vowels
// is lost (ke-uangan; keu-angan and keua-ngan remain).
func diphthong(units []unit, k int) bool {
	if k+1 >= len(units) || units[k+1].kind != vowel {
		return false
	}
	switch a, b := units[k].first, units[k+1].first; {
	case b == 'i':
		return a == 'a' || a == 'e' || a == 'o'
	case b == 'u':
		return a == 'a' || a == 'e'
	case b == 'e':
		return a == 'o'
	}
	return false
}

// uncertainPrefix reports whether the boundary before units[b] is one the
// syllable rule gives but the word's prefix may contradict, so it is left
// out. Derived words are divided between the prefix and the base where the
// base is unchanged (ber-akhir, meng-atasi) but like a base word where the
// prefix changed it (me-nu-lis from tulis, pe-nga-rang from karang), and
// spelling alone cannot tell ber-akhir from be-ragam or meng-atasi from
// me-ngarang:
//
//   - after me/pe when a nasal (m, n, ng, ny) and a vowel follow;
//   - after be/te/pe when r and a vowel follow.
func uncertainPrefix(units []unit, b int) bool {
	if b != 2 || len(units) < 4 || units[1].first != 'e' || units[3].kind != vowel {
		return false
	}
	first, next := units[0], units[2]
	if first.second != 0 || next.kind != consonant {
		return false
	}
	switch next.first {
	case 'm', 'n':
		return first.first == 'm' || first.first == 'p'
	case 'r':
		return next.second == 0 && (first.first == 'b' || first.first == 't' || first.first == 'p')
	}
	return false
}

// uncertainCluster reports whether the boundary before units[b] divides a
// consonant followed by l or r between two vowels (prog-ram, sek-re-ta-ri-at).
// The rule for two consonants divides them (Ap-ril, cap-lok are its own
// examples), but the rule's examples of compound words keep such a pair
// together in loanwords (bi-o-gra-fi, fo-to-gra-fi), as the dictionary does
// for pro-gram. Neither division is certain, so the word is not divided
// there.
func uncertainCluster(units []unit, b int) bool {
	if b < 2 || b+1 >= len(units) {
		return false
	}
	c1, c2 := units[b-1], units[b]
	if c2.second != 0 || (c2.first != 'l' && c2.first != 'r') ||
		c1.kind != consonant || c1.second != 0 ||
		units[b-2].kind != vowel || units[b+1].kind != vowel {
		return false
	}
	switch c1.first {
	case 'b', 'c', 'd', 'f', 'g', 'k', 'p', 't', 'v':
		return true
	}
	return false
}

// separatorPoints appends to dst the points of a word holding hyphens or slashes:
// just after each one, with at least minSeparated letters on either side.
// Every part between them must be letters.
func separatorPoints(dst []int, word string, lo, hi int) []int {
	total, partLetters := 0, 0
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(word[i:])
		if r == '-' || r == '/' {
			if partLetters == 0 {
				return dst
			}
			partLetters = 0
		} else if _, _, ok := letterOf(r); ok {
			partLetters++
			total++
		} else {
			return dst
		}
		i += size
	}
	seen := 0
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(word[i:])
		i += size
		if r != '-' && r != '/' {
			seen++
			continue
		}
		if seen >= minSeparated && total-seen >= minSeparated {
			dst = append(dst, i)
		}
	}
	return dst
}

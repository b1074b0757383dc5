package kinerja

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// ErrAngka is returned (wrapped) when text is not a number in Indonesian
// notation. Its message is Indonesian and quotes the text, so callers can
// put it in a finding as is.
var ErrAngka = errors.New("bukan angka")

type angkaError struct {
	teks, why string
}

func (e *angkaError) Error() string {
	return fmt.Sprintf("%q bukan angka yang dapat dibaca: %s", e.teks, e.why)
}

func (e *angkaError) Unwrap() error { return ErrAngka }

// ParseAngka reads a number written the Indonesian way (docs/format.md#reading-rules):
// "7.500.000", "84,69", "84,69%", "Rp 7.500.000,00", "7.500.000,-",
// "6 Desa", "-5". A "." must be followed by a group of exactly three digits
// (thousands separator) and "," is the decimal comma; "7.5" is an error, as
// is any text that does not start with a number. It returns the value and
// the unit written after it ("Desa", "%", "" for none).
func ParseAngka(s string) (float64, string, error) {
	v, rest, err := scanAngka(s)
	if err != nil {
		return 0, "", err
	}
	unit, err := parseSatuan(s, rest)
	if err != nil {
		return 0, "", err
	}
	return v, unit, nil
}

// ParseTarget reads a target: a number as ParseAngka, or a range "80–90",
// "80-90", "80 - 90", "80 – 90", "80 s.d. 90", "80 s/d 90" (each bound may
// carry the unit: "80% - 90%"). For a range it returns the lower bound as the
// value and the range itself.
func ParseTarget(s string) (float64, *Rentang, string, error) {
	lo, rest, err := scanAngka(s)
	if err != nil {
		return 0, nil, "", err
	}
	// A unit may stand between the lower bound and the separator ("80% - 90%").
	afterLo := strings.TrimLeftFunc(rest, unicode.IsSpace)
	midUnit := ""
	if strings.HasPrefix(afterLo, "%") {
		midUnit = "%"
		afterLo = strings.TrimLeftFunc(afterLo[1:], unicode.IsSpace)
	}
	if sepLen := rangeSeparator(afterLo); sepLen > 0 {
		hiText := afterLo[sepLen:]
		hi, rest2, err := scanAngka(hiText)
		if err != nil {
			return 0, nil, "", &angkaError{teks: s, why: "batas atas rentang tidak terbaca"}
		}
		unit, err := parseSatuan(s, rest2)
		if err != nil {
			return 0, nil, "", err
		}
		if unit == "" {
			unit = midUnit
		}
		if hi < lo {
			return 0, nil, "", &angkaError{teks: s, why: "batas bawah rentang lebih besar dari batas atas"}
		}
		return lo, &Rentang{Min: lo, Max: hi}, unit, nil
	}
	unit, err := parseSatuan(s, rest)
	if err != nil {
		return 0, nil, "", err
	}
	return lo, nil, unit, nil
}

// rangeSeparator returns the length of a range separator at the start of s
// (including the white space after it), or 0.
func rangeSeparator(s string) int {
	low := strings.ToLower(s)
	for _, sep := range []string{"s.d.", "s/d", "s.d", "sd", "–", "—", "-", "hingga", "sampai"} {
		if !strings.HasPrefix(low, sep) {
			continue
		}
		rest := s[len(sep):]
		// "sd" and words must be followed by a space or a digit, not a letter.
		if r := firstRune(rest); unicode.IsLetter(r) {
			continue
		}
		trimmed := strings.TrimLeftFunc(rest, unicode.IsSpace)
		if r := firstRune(trimmed); r < '0' || r > '9' {
			continue
		}
		return len(s) - len(trimmed)
	}
	return 0
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// scanAngka reads an optional "Rp", a sign and a number from the start of
// s; it returns the value and the text after the number.
func scanAngka(s string) (float64, string, error) {
	t := strings.TrimSpace(strings.Map(normSpace, s))
	if t == "" {
		return 0, "", &angkaError{teks: s, why: "sel kosong"}
	}
	// Currency prefix.
	if low := strings.ToLower(t); strings.HasPrefix(low, "rp") {
		t = strings.TrimLeftFunc(strings.TrimPrefix(t[2:], "."), unicode.IsSpace)
	}
	neg := false
	switch {
	case strings.HasPrefix(t, "-"):
		neg, t = true, t[1:]
	case strings.HasPrefix(t, "−"): // U+2212 minus sign
		neg, t = true, t[len("−"):]
	case strings.HasPrefix(t, "+"):
		t = t[1:]
	}
	t = strings.TrimLeftFunc(t, unicode.IsSpace)
	i := 0
	digits := func() int {
		j := i
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		return i - j
	}
	if digits() == 0 {
		return 0, "", &angkaError{teks: s, why: "tidak diawali angka"}
	}
	intPart := strings.Builder{}
	intPart.WriteString(t[:i])
	grouped := false
	for i < len(t) && t[i] == '.' {
		// "." must be a thousands separator: exactly three digits follow,
		// and no further digit.
		start := i + 1
		i = start
		n := digits()
		if n != 3 {
			return 0, "", &angkaError{teks: s, why: "titik hanya untuk pemisah ribuan (contoh 7.500.000); pakai koma untuk desimal (contoh 7,5)"}
		}
		if !grouped && len(intPart.String()) > 3 {
			return 0, "", &angkaError{teks: s, why: "kelompok ribuan harus tiga angka (contoh 7.500.000)"}
		}
		grouped = true
		intPart.WriteString(t[start:i])
	}
	frac := ""
	if i < len(t) && t[i] == ',' {
		start := i + 1
		i = start
		switch n := digits(); {
		case n > 0:
			frac = t[start:i]
		case strings.HasPrefix(t[start:], "-"): // "7.500.000,-"
			i++
		default:
			return 0, "", &angkaError{teks: s, why: "koma harus diikuti angka desimal (contoh 84,69)"}
		}
		if i < len(t) && (t[i] == '.' || t[i] == ',') {
			return 0, "", &angkaError{teks: s, why: "pemisah desimal hanya satu koma (contoh 1.234,5)"}
		}
	}
	num := intPart.String()
	if frac != "" {
		num += "." + frac
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, "", &angkaError{teks: s, why: "angka terlalu besar"}
	}
	if neg {
		v = -v
	}
	return v, t[i:], nil
}

// parseSatuan checks what follows a number: nothing, "%", or a unit word.
func parseSatuan(orig, rest string) (string, error) {
	u := strings.TrimSpace(rest)
	if u == "" {
		return "", nil
	}
	r := firstRune(u)
	if u == "%" {
		return "%", nil
	}
	if !unicode.IsLetter(r) {
		return "", &angkaError{teks: orig, why: "ada teks yang bukan satuan setelah angka"}
	}
	return strings.Join(strings.Fields(u), " "), nil
}

func normSpace(r rune) rune {
	switch r {
	case '\u00a0', '\u2007', '\u202f', '\t':
		return ' '
	}
	return r
}

// SamaSatuan reports whether two units are the same: case-insensitive,
// "%" = "persen" = "prosen", spaces collapsed.
func SamaSatuan(a, b string) bool {
	return normSatuan(a) == normSatuan(b)
}

func normSatuan(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimSuffix(s, ".")
	switch s {
	case "%", "persen", "prosen", "persentase", "prosentase":
		return "%"
	}
	return s
}

// IsPersen reports whether a unit means percent.
func IsPersen(satuan string) bool { return normSatuan(satuan) == "%" }

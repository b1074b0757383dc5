package kinerja

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Margin is a report's page margins in cm (docs/laporan.md#kertas-dan-margin):
// the left one is the binding edge. The zero Margin stands for the
// default (3 cm on the left, 2 cm at the top and bottom, a text block
// 16 cm wide).
type Margin struct {
	Left, Top, Right, Bottom float64
}

// The official minimum margins and the smallest text block a margin may
// leave (cm). The block is checked on A4, the narrower and shorter paper,
// so that a margin accepted for one paper fits the other.
const (
	MarginLeftMin  = 3.0
	MarginOtherMin = 2.0
	minTextWidth   = 12.0
	minTextHeight  = 20.0
	a4Width        = 21.0
	a4Height       = 29.7
)

// ParseMargin reads a margin given as four numbers in cm, kiri, atas,
// kanan, bawah ("3,2,2,2", "3; 2,5; 2; 2", "3 2.5 2 2"): separated by
// semicolons or slashes, else by spaces (a comma right after a value, as
// in "3, 2,5, 2, 2", goes with the space), with a decimal comma or point;
// or, when none of those separators is used, by commas with a decimal
// point. A value is a plain decimal number (digits, at most one decimal
// comma or point; no exponent, no "NaN"), optionally followed by "cm"
// ("4 cm, 3 cm, 3 cm, 3 cm"). "" is the zero Margin. A value below the
// official minimum, or margins that leave a text block narrower than
// 12 cm or lower than 20 cm on A4, give an Indonesian message saying what
// to write (docs/laporan.md#kertas-dan-margin).
func ParseMargin(s string) (Margin, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Margin{}, nil
	}
	// A unit written after a value ("3 cm") is dropped; a space before a
	// comma ("3 , 2") too, so that the comma ends the value before it.
	t := strings.TrimSpace(normalizeMargin(s))
	var parts []string
	switch {
	case strings.ContainsAny(t, ";/"):
		parts = strings.FieldsFunc(t, func(r rune) bool { return r == ';' || r == '/' })
	case len(strings.Fields(t)) > 1:
		parts = strings.Fields(t)
	default:
		parts = strings.Split(t, ",")
	}
	contoh := "tulis empat angka dalam cm: kiri, atas, kanan, bawah, mis. 3,2,2,2 atau 3; 2,5; 2; 2"
	if len(parts) != 4 {
		return Margin{}, fmt.Errorf("margin %q harus berisi 4 angka (ditemukan %d); %s", s, len(parts), contoh)
	}
	nama := [4]string{"kiri", "atas", "kanan", "bawah"}
	var v [4]float64
	for i, p := range parts {
		p = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), ",")) // "3, 2, 2, 2"
		if !plainDecimal(p) {
			return Margin{}, fmt.Errorf("margin %s %q bukan angka desimal biasa (mis. 2 atau 2,5); %s", nama[i], p, contoh)
		}
		x, err := strconv.ParseFloat(strings.ReplaceAll(p, ",", "."), 64)
		if err != nil {
			return Margin{}, fmt.Errorf("margin %s %q bukan angka desimal biasa (mis. 2 atau 2,5); %s", nama[i], p, contoh)
		}
		v[i] = x
	}
	m := Margin{Left: v[0], Top: v[1], Right: v[2], Bottom: v[3]}
	if m.Left < MarginLeftMin {
		return Margin{}, fmt.Errorf("margin kiri %s cm kurang dari %s cm (tepi jilid menurut tata naskah dinas)", FormatCM(m.Left), FormatCM(MarginLeftMin))
	}
	for i, x := range v[1:] {
		if x < MarginOtherMin {
			return Margin{}, fmt.Errorf("margin %s %s cm kurang dari %s cm (tata naskah dinas)", nama[i+1], FormatCM(x), FormatCM(MarginOtherMin))
		}
	}
	if w := a4Width - m.Left - m.Right; w < minTextWidth-1e-9 {
		return Margin{}, fmt.Errorf("margin kiri dan kanan (%s + %s cm) menyisakan bidang teks %s cm, kurang dari %s cm; kecilkan margin kiri atau kanan",
			FormatCM(m.Left), FormatCM(m.Right), FormatCM(w), FormatCM(minTextWidth))
	}
	if h := a4Height - m.Top - m.Bottom; h < minTextHeight-1e-9 {
		return Margin{}, fmt.Errorf("margin atas dan bawah (%s + %s cm) menyisakan bidang teks %s cm, kurang dari %s cm; kecilkan margin atas atau bawah",
			FormatCM(m.Top), FormatCM(m.Bottom), FormatCM(h), FormatCM(minTextHeight))
	}
	return m, nil
}

// normalizeMargin drops "cm" (any case) written after a digit, with the
// spaces between, and the spaces before a comma.
func normalizeMargin(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' {
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			if j < len(s) && s[j] == ',' {
				i = j - 1 // the spaces before a comma
				continue
			}
			if j+1 < len(s) && strings.EqualFold(s[j:j+2], "cm") && i > 0 && isDigit(s[i-1]) {
				i = j + 1 // "3 cm"
				continue
			}
		}
		if i+1 < len(s) && strings.EqualFold(s[i:i+2], "cm") && i > 0 && isDigit(s[i-1]) {
			i++ // "3cm"
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// plainDecimal reports whether s is a plain decimal number: an optional
// minus, digits, and at most one decimal comma or point followed by
// digits.
func plainDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	digits, sep := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
		case (c == ',' || c == '.') && !sep && digits > 0 && i < len(s)-1:
			sep = true
		default:
			return false
		}
	}
	return digits > 0
}

// FormatCM writes a length in cm the Indonesian way: "2,5", "3".
func FormatCM(x float64) string {
	return strings.ReplaceAll(strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64), ".", ",")
}

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
// semicolons or slashes, else by spaces, with a decimal comma or point;
// or, when none of those separators is used, by commas with a decimal
// point. "cm" after a value is allowed. ""
// is the zero Margin. A value below the official minimum, or margins that
// leave a text block narrower than 12 cm or lower than 20 cm on A4, give
// an Indonesian message saying what to write.
func ParseMargin(s string) (Margin, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Margin{}, nil
	}
	// A unit written after a value ("3 cm") is ignored.
	t := strings.ReplaceAll(strings.ToLower(s), "cm", "")
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
		p = strings.TrimRight(strings.TrimSpace(p), ",") // "3, 2, 2, 2"
		x, err := strconv.ParseFloat(strings.ReplaceAll(p, ",", "."), 64)
		if err != nil || x != x || x > 100 || x < -100 {
			return Margin{}, fmt.Errorf("margin %s %q bukan angka; %s", nama[i], p, contoh)
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

// FormatCM writes a length in cm the Indonesian way: "2,5", "3".
func FormatCM(x float64) string {
	return strings.ReplaceAll(strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64), ".", ",")
}

package kinerja

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

var idPrinter = message.NewPrinter(language.Indonesian)

// FormatAngka writes v with n decimals the Indonesian way ("7.500.000",
// "84,69"), rounded half away from zero.
func FormatAngka(v float64, n int) string {
	v = Bulat(v, n)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return idPrinter.Sprintf("%.*f", n, v)
	}
	// What idPrinter writes for a finite value, without its general
	// machinery (a report of 20,000 budget rows formats ~200,000 figures):
	// the digits of strconv's 'f' at n decimals, "-" only below zero (not
	// for -0), thousands grouped with "." and the decimal comma.
	// TestFormatAngkaPrinter compares the two.
	var buf [32]byte
	digits := strconv.AppendFloat(buf[:0], math.Abs(v), 'f', max(n, 0), 64)
	return groupID(digits, v < 0)
}

// groupID writes the plain decimal digits ("1234567.5", no sign) the
// Indonesian way: "1.234.567,5", with "-" in front when neg.
func groupID(digits []byte, neg bool) string {
	intLen := len(digits)
	for i, c := range digits {
		if c == '.' {
			intLen = i
			break
		}
	}
	out := make([]byte, 0, len(digits)+intLen/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := 0; i < intLen; i++ {
		if i > 0 && (intLen-i)%3 == 0 {
			out = append(out, '.')
		}
		out = append(out, digits[i])
	}
	if intLen < len(digits) {
		out = append(out, ',')
		out = append(out, digits[intLen+1:]...)
	}
	return string(out)
}

// FormatPersen writes a percentage with two decimals: "84,69%"; "–" when
// undefined.
func FormatPersen(a Angka) string {
	if !a.OK {
		return "–"
	}
	return FormatAngka(a.V, 2) + "%"
}

// FormatRupiah writes an amount with thousands dots: "7.500.000"; "–" when
// undefined.
func FormatRupiah(r Rupiah) string {
	if !r.OK {
		return "–"
	}
	var buf [24]byte
	digits := strconv.AppendUint(buf[:0], absInt64(r.V), 10)
	return groupID(digits, r.V < 0)
}

// absInt64 is |v| as unsigned, exact for math.MinInt64 too.
func absInt64(v int64) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}

// FormatBilangan writes a figure as typed: without decimals when it is
// whole, else with up to two ("12", "84,69", "7,5").
func FormatBilangan(v float64) string {
	r := Bulat(v, 2)
	s := FormatAngka(r, 2)
	if strings.Contains(s, ",") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ",")
	}
	return s
}

// FormatTanggal writes "30 Juni 2023".
func FormatTanggal(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), Bulan[t.Month()-1], t.Year())
}

// FormatHariTanggal writes "Jumat, 7 Juli 2023".
func FormatHariTanggal(t time.Time) string {
	return Hari[t.Weekday()] + ", " + FormatTanggal(t)
}

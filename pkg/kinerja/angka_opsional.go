package kinerja

import (
	"math"
	"strconv"
	"strings"
)

// Angka is a computed figure that may be undefined (a target of 0, nothing
// entered, a division by zero). It is never NaN: an undefined figure has
// OK == false and is written as null in JSON.
type Angka struct {
	V  float64
	OK bool
}

// Nilainya makes a defined figure.
func Nilainya(v float64) Angka { return Angka{V: v, OK: true} }

// Tak is the undefined figure.
var Tak = Angka{}

// MarshalJSON writes the unrounded value, or null.
func (a Angka) MarshalJSON() ([]byte, error) {
	if !a.OK || math.IsNaN(a.V) || math.IsInf(a.V, 0) {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, a.V, 'f', -1, 64), nil
}

// Rupiah is an amount of money in whole rupiah that may be undefined.
type Rupiah struct {
	V  int64
	OK bool
}

// MarshalJSON writes the amount, or null.
func (r Rupiah) MarshalJSON() ([]byte, error) {
	if !r.OK {
		return []byte("null"), nil
	}
	return strconv.AppendInt(nil, r.V, 10), nil
}

// Bulat rounds v to n decimals, half away from zero, on the shortest
// decimal form of v (so 1.005 rounds to 1.01, as a person reading "1.005"
// expects, although the binary float is slightly below it).
func Bulat(v float64, n int) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	// The common case without making strings (Tabel 2.3 of a large report
	// rounds ~200,000 figures): up to 15 digits kept, whose integer is
	// exact in a float64, and d / 10ⁿ of two exact floats is correctly
	// rounded, as ParseFloat of "d e-n" below. TestBulatCepat compares.
	var buf [32]byte
	b := strconv.AppendFloat(buf[:0], math.Abs(v), 'f', -1, 64)
	dot := len(b)
	for i, c := range b {
		if c == '.' {
			dot = i
			break
		}
	}
	if len(b)-dot-1 <= n {
		return v
	}
	if n >= 0 && dot+n <= 15 {
		var d int64
		for _, c := range b[:dot] {
			d = d*10 + int64(c-'0')
		}
		for _, c := range b[dot+1 : dot+1+n] {
			d = d*10 + int64(c-'0')
		}
		if b[dot+1+n] >= '5' {
			d++
		}
		return math.Copysign(float64(d)/pow10[n], v)
	}
	return bulatTeks(v, n)
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// bulatTeks is Bulat through the decimal text: any number of digits.
func bulatTeks(v float64, n int) float64 {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	if len(frac) <= n {
		return v
	}
	keep := intPart + frac[:n]
	up := frac[n] >= '5'
	d, err := strconv.ParseInt(keep, 10, 64)
	if err != nil { // too many digits for int64: plain rounding is exact enough
		p := math.Pow(10, float64(n))
		return math.Copysign(math.Floor(math.Abs(v)*p+0.5)/p, v)
	}
	if up {
		d++
	}
	r, _ := strconv.ParseFloat(strconv.FormatInt(d, 10)+"e-"+strconv.Itoa(n), 64)
	return math.Copysign(r, v)
}

// KeRupiah rounds a money value read from a cell to whole rupiah.
func KeRupiah(v float64) int64 { return int64(Bulat(v, 0)) }

package kinerja

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestFormatAngkaPrinter checks the hand-written formatting of FormatAngka
// and FormatRupiah against golang.org/x/text's Indonesian printer, which
// they replaced for speed: the same string for every value tried.
func TestFormatAngkaPrinter(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 0.004, -0.004, 0.005, -0.005, 1, -1, 12,
		999, 999.995, 999.994, 1000, -1000, 1234.5, 84.685, 84.695, 7500000, 123456789.125,
		1e15, 1e18, 123456789012345678, 1e21, -1e21, 1.2345678901234567e25, 1e300, -1e300,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.675, 1.005}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		e := r.IntN(40) - 8
		v := (r.Float64()*2 - 1) * math.Pow(10, float64(e))
		vals = append(vals, v, math.Round(v*100)/100, math.Round(v*1000)/1000)
	}
	for _, v := range vals {
		for n := range 5 {
			want := idPrinter.Sprintf("%.*f", n, Bulat(v, n))
			if got := FormatAngka(v, n); got != want {
				t.Fatalf("FormatAngka(%v, %d) = %q, the printer writes %q", v, n, got, want)
			}
		}
	}
	ints := []int64{0, 1, -1, 12, 999, 1000, -1000, 7500000, -29859000, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	for range 20000 {
		ints = append(ints, r.Int64()>>r.IntN(63), -(r.Int64() >> r.IntN(63)))
	}
	for _, v := range ints {
		want := idPrinter.Sprintf("%d", v)
		if got := FormatRupiah(Rupiah{V: v, OK: true}); got != want {
			t.Fatalf("FormatRupiah(%d) = %q, the printer writes %q", v, got, want)
		}
	}
}

func BenchmarkFormatAngka(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = FormatAngka(float64(i)*1234.5678, 2)
		_ = FormatRupiah(Rupiah{V: int64(i) * 98765, OK: true})
	}
}

// TestBulatCepat compares Bulat's path without strings with bulatTeks,
// the rounding through the decimal text it replaced, bit for bit.
func TestBulatCepat(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 1.005, -1.005, 2.675, 0.125, 84.685, 999.995, 0.5, 1.5, 2.5,
		-0.004, 5e-324, 1e15, 999999999999999.9, 123456789012.345, 1e21, 1e300, math.MaxFloat64}
	r := rand.New(rand.NewPCG(9, 10))
	for range 50000 {
		e := r.IntN(34) - 12
		v := (r.Float64()*2 - 1) * math.Pow(10, float64(e))
		vals = append(vals, v, math.Round(v*1000)/1000, math.Round(v*1e5)/1e5)
	}
	for _, v := range vals {
		for n := range 6 {
			if got, want := Bulat(v, n), bulatTeks(v, n); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("Bulat(%v, %d) = %v, through the text %v", v, n, got, want)
			}
		}
	}
}

package fpdf

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// round2 and appendShort2 must give what formatting and parsing the text
// gave: strconv's rounding of v's exact value (ties such as 0.125 to
// even, 1.005 by its binary value), and the shortest text.
func TestRound2(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 0.125, 0.375, -0.125, 1.005, 2.675, 0.005, -0.005, 0.004, -0.004,
		0.0050000000000000001, 595.28, 841.89, -8.7, 1 << 40, -(1 << 40), 1<<40 - 0.005, 1e300, math.Inf(1),
		math.NaN(), 5e-324, 12.345, 12.355, 99.995, 0.285, 1.115}
	r := rand.New(rand.NewPCG(7, 8))
	for range 100000 {
		v := (r.Float64()*2 - 1) * math.Pow(10, float64(r.IntN(14)-4))
		k := float64(r.IntN(200000)-100000) / 1000 // thousandths: many ties at 5
		vals = append(vals, v, k, float64(r.IntN(1<<20))/8, math.Nextafter(k, 0), math.Nextafter(k, 1e9))
	}
	for _, v := range vals {
		want, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 2, 64), 64)
		got := round2(v)
		if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("round2(%v) = %v, strconv gives %v", v, got, want)
		}
		w := round2(v) + 0
		if s, ws := string(appendShort2(nil, w)), strconv.FormatFloat(w, 'f', -1, 64); s != ws {
			t.Fatalf("appendShort2(%v) = %q, strconv gives %q", w, s, ws)
		}
		if s, ws := string(appendShort2(nil, v)), strconv.FormatFloat(v, 'f', -1, 64); s != ws {
			t.Fatalf("appendShort2(%v) = %q, strconv gives %q", v, s, ws)
		}
	}
}

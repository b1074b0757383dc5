package fpdf

import (
	"math"
	"strconv"
)

// Text runs (lapkin patch, PATCHES.md): consecutive texts written by
// CellFormat without anything else between them share one text object,
// each placed relative to the one before ("dx dy Td") instead of opening
// its own with absolute coordinates ("BT x y Td … ET"). A table row's
// cells then differ by the same small offsets row after row, which
// compress to little; absolute coordinates were a third of a large
// report's compressed page content. Any other output closes the run.

// textRun is the open text object: its page and the position of its
// current line (in points, as written).
type textRun struct {
	open bool
	page int
	x, y float64
}

// writeRunText writes one text at (x, y) (points) in the current run,
// opening it if needed.
func (f *Fpdf) writeRunText(x, y float64, escaped string) {
	if f.run.open && f.run.page != f.page {
		f.closeTextRun()
	}
	buf := f.pages[f.page]
	b := buf.AvailableBuffer() // appended to in place, then written
	if !f.run.open {
		x, y = round2(x), round2(y)
		b = append(b, "BT "...)
		b = strconv.AppendFloat(b, x, 'f', 2, 64)
		b = append(b, ' ')
		b = strconv.AppendFloat(b, y, 'f', 2, 64)
		f.run = textRun{open: true, page: f.page, x: x, y: y}
	} else {
		// Offsets from the position reached, so that rounding never adds up.
		// The shortest form ("0", "-8.7"), never "-0".
		dx, dy := round2(x-f.run.x)+0, round2(y-f.run.y)+0
		if dx == 0 {
			dx = 0
		}
		if dy == 0 {
			dy = 0
		}
		b = appendShort2(b, dx)
		b = append(b, ' ')
		b = appendShort2(b, dy)
		f.run.x += dx
		f.run.y += dy
	}
	b = append(b, " Td ("...)
	b = append(b, escaped...)
	b = append(b, ")Tj\n"...)
	buf.Write(b)
}

// closeTextRun ends the open text object, if any.
func (f *Fpdf) closeTextRun() {
	if !f.run.open {
		return
	}
	if f.run.page > 0 && f.run.page < len(f.pages) {
		f.pages[f.run.page].WriteString("ET\n")
	}
	f.run.open = false
}

// round2 is v rounded to two decimals as strconv does it: the value of
// FormatFloat(v, 'f', 2, 64) (round half to even on v's exact value,
// "-0.00" for small negatives). Its text was formatted and parsed again
// for every text of a page (~14 per table row); a coordinate of a page
// is taken the exact way below, anything else (huge, NaN) through the
// text. TestRound2 compares both.
func round2(v float64) float64 {
	if n, ok := hundredths(v); ok {
		if n == 0 {
			return math.Copysign(0, v)
		}
		return float64(n) / 100 // correctly rounded, as ParseFloat of "n/100"
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 2, 64), 64)
	return r
}

// hundredths is v×100 rounded to the nearest integer, ties to even, from
// v's exact value: ok is false when |v| is too large (or NaN) for the
// product's rounding error to be exact and small.
func hundredths(v float64) (int64, bool) {
	a := math.Abs(v)
	if !(a < 1<<40) {
		return 0, false
	}
	p := a * 100
	e := math.FMA(a, 100, -p) // a×100 = p + e exactly
	n := math.Floor(p)
	frac := p - n // exact
	switch {
	case frac < 0.25:
	case frac > 0.75:
		n++
	default:
		// frac − 0.5 is exact and a multiple of p's ulp, which is more
		// than |e|: only when it is 0 does e decide, and a tie (e = 0)
		// goes to the even integer.
		d := frac - 0.5
		if d > 0 || d == 0 && (e > 0 || e == 0 && math.Mod(n, 2) == 1) {
			n++
		}
	}
	if v < 0 {
		n = -n
	}
	return int64(n), true
}

// appendShort2 appends v, a value of round2, as strconv.AppendFloat(b, v,
// 'f', -1, 64) does: the shortest decimal, at most two decimals.
func appendShort2(b []byte, v float64) []byte {
	n, ok := hundredths(v)
	if !ok || float64(n)/100 != v || n == 0 && math.Signbit(v) {
		return strconv.AppendFloat(b, v, 'f', -1, 64)
	}
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/100, 10)
	if c := n % 100; c != 0 {
		b = append(b, '.', byte('0'+c/10))
		if c%10 != 0 {
			b = append(b, byte('0'+c%10))
		}
	}
	return b
}

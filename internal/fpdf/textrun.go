package fpdf

import "strconv"

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
	var b []byte
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
		b = strconv.AppendFloat(b, dx, 'f', -1, 64)
		b = append(b, ' ')
		b = strconv.AppendFloat(b, dy, 'f', -1, 64)
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

func round2(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 2, 64), 64)
	return r
}

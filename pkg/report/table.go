package report

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// Table layout: column widths from content, cells that wrap, a header
// (with spanning cells) repeated on every page, a column merged over
// consecutive rows, and rows taller than a page split between lines.
//
// This file is long (about 900 lines) but one thing: the table engine every
// table of both reports goes through. Widths, wrapping, the repeated header,
// merged columns and page breaks decide each other (a row's height depends
// on the widths, a break on the heights, a merged cell on the break), so
// splitting them would spread one algorithm over files.

const (
	padX = 1.0 // cell padding, mm
	padY = 0.9
)

type column struct {
	align  string  // "L", "C", "R"
	fit    bool    // width from the content (figures, numbers)
	weight float64 // share of the width left (text columns)
	min    float64 // minimum width, mm
	// maxWidth caps a fitted column: longer content wraps between words
	// ("14,4 Dokumen" over two lines); 0 = no cap.
	maxWidth float64
	w        float64 // computed
	// minContent: a text column's minimum for its content (computed).
	minContent float64
}

// headerCell is a header cell over columns c0…c0+cs−1 and header rows
// r0…r0+rs−1.
type headerCell struct {
	text   string
	c0, cs int
	r0, rs int
}

type cell struct {
	text   string
	align  string  // "" = the column's
	style  string  // "" = the row's
	span   int     // columns covered; 0 or 1 = one
	indent float64 // extra left indent, mm
	// list: each line of text is an item; a leading "1.", "a." or "•"
	// is set in a marker column with a hanging indent.
	list bool
}

// cellLine is one line of a cell: its text, and for the first line of a
// list item the marker; dx is the indent of the text.
type cellLine struct {
	text, marker string
	dx           float64
}

type row struct {
	cells []cell
	fill  int    // background grey (0–255); 0 = none
	style string // font style of the row: "", "B", "I"
	// mergeKey: consecutive rows with the same non-empty key share one cell
	// in table.mergeColumn (the Sasaran of Tabel 2.1 and 2.2).
	mergeKey string
	// keepWithNext keeps the row on the same page as the next one (an
	// indicator's row with its first kegiatan).
	keepWithNext bool
}

type table struct {
	number        string // "2.1"
	title         string // caption under "Tabel 2.1"
	columns       []column
	header        []headerCell
	headerRows    int
	numberColumns bool // a row numbering the columns: 1 2 3 …
	rows          []row
	// mergeColumn is the column merged over rows with the same mergeKey;
	// -1 for none.
	mergeColumn int
	fontSize    float64 // font size, pt
	// measured: the fitted columns' content measured (columnWidths), nil
	// until then.
	measured []columnMeasure
	// nRows and rowAt, when rowAt is set, make the rows on demand
	// instead of rows: a table of thousands of rows (Tabel 2.3) is then
	// never held whole. rowAt(i) must give the same row for the same i.
	nRows int
	rowAt func(i int) row
	// notes are printed under the table (8 pt italic), kept
	// on the page of its last rows.
	notes []string
	// landscape sets the table on landscape pages of its own
	// (docs/laporan.md#halaman-lanskap); the text after it starts a
	// portrait page again.
	landscape bool
	// x0 is the table's left edge (columnWidths).
	x0 float64
	// minStart is the least height (mm) of the table's start kept on one
	// page, when its caption, header and first row are less.
	minStart float64
}

// rowCount is the number of rows.
func (t *table) rowCount() int {
	if t.rowAt != nil {
		return t.nRows
	}
	return len(t.rows)
}

// row returns row i.
func (t *table) row(i int) row {
	if t.rowAt != nil {
		return t.rowAt(i)
	}
	return t.rows[i]
}

// cellLayout is a cell ready to draw.
type cellLayout struct {
	x, w   float64
	lines  []cellLine
	align  string
	style  string
	indent float64
}

type rowLayout struct {
	cells        []cellLayout // without the merged column
	merged       *cellLayout  // the merged column's cell of this row, if any
	h            float64      // height without the merged column
	fill         int
	mergeKey     string
	keepWithNext bool
}

// columnMeasure is what a fitted column's content needs, in glyph units
// (thousandths of the font size), so that it is measured once per table
// whatever font size the table ends up with.
type columnMeasure struct {
	header int // widest header word; -1 for none
	// per cell indent: the widest line and the widest word
	groups []indentMeasure
}

type indentMeasure struct {
	indent     float64
	line, word int
}

// measureColumns measures the content of the fitted columns: header words in
// bold, cells in their own style. It selects each style once, so that the
// measuring of a table of thousands of rows costs a few font changes.
func (d *doc) measureColumns(t *table) []columnMeasure {
	out := make([]columnMeasure, len(t.columns))
	for c := range out {
		out[c].header = -1
	}
	d.setFont("B", t.fontSize)
	for _, h := range t.header {
		if h.cs == 1 && h.c0 >= 0 && h.c0 < len(t.columns) {
			for _, word := range splitWords(h.text) {
				out[h.c0].header = max(out[h.c0].header, d.pdf.GetStringSymbolWidth(word))
			}
		}
	}
	// The cells of fitted columns, grouped by style (their text only: the
	// rows themselves may be made on demand and let go).
	type cellText struct {
		c      int
		text   string
		indent float64
	}
	byStyle := map[string][]cellText{}
	var listStyle []string
	for r := range t.rowCount() {
		b := t.row(r)
		ci := 0
		for i := range b.cells {
			s := &b.cells[i]
			span := max(s.span, 1)
			if span == 1 && ci < len(t.columns) {
				g := cellStyle(*s, b)
				if _, ok := byStyle[g]; !ok {
					listStyle = append(listStyle, g)
				}
				byStyle[g] = append(byStyle[g], cellText{ci, s.text, s.indent})
			}
			ci += span
		}
	}
	for _, g := range listStyle {
		d.setFont(g, t.fontSize)
		for _, su := range byStyle[g] {
			k := &out[su.c]
			gi := -1
			for i := range k.groups {
				if k.groups[i].indent == su.indent {
					gi = i
				}
			}
			if gi < 0 {
				k.groups = append(k.groups, indentMeasure{indent: su.indent})
				gi = len(k.groups) - 1
			}
			gr := &k.groups[gi]
			for ln := range strings.SplitSeq(su.text, "\n") { // no slices: every cell of the table
				if t.columns[su.c].fit {
					gr.line = max(gr.line, d.pdf.GetStringSymbolWidth(ln))
				}
				for word := range strings.FieldsFuncSeq(ln, isWordBreak) { // the words of splitWords
					gr.word = max(gr.word, d.pdf.GetStringSymbolWidth(word))
				}
			}
		}
	}
	return out
}

// columnWidths computes the column widths. It reports false when the
// fitted columns had to be squeezed (their figures may wrap).
func (d *doc) columnWidths(t *table) bool {
	if t.measured == nil {
		t.measured = d.measureColumns(t)
	}
	// A width as fpdf's GetStringWidth computes it at the table's size.
	t.x0 = d.textLeft()
	fontSize := t.fontSize / d.pdf.GetConversionRatio()
	width := func(w int) float64 { return float64(w) * fontSize / 1000 }
	var fitTotal, minFlex, weight float64
	for c := range t.columns {
		k := &t.columns[c]
		if !k.fit {
			// A text column is at least as wide as its longest word (up to
			// a third of the text block): words break between characters
			// only when they are longer than that.
			word := 0.0
			u := &t.measured[c]
			if u.header >= 0 {
				word = width(u.header) + 2*padX
			}
			for _, g := range u.groups {
				word = max(word, width(g.word)+2*padX+g.indent+0.2)
			}
			// A word wider than a third of the text block (a pasted
			// identifier or URL) breaks between characters whatever the
			// column's width: it reserves nothing, so that it never
			// squeezes the figures ("12 Doku/men") or shrinks the font.
			if word > d.textWidth()/3 {
				word = 0
			}
			k.minContent = max(k.min, word)
			minFlex += k.minContent
			weight += k.weight
			continue
		}
		need, word := k.min, k.min
		u := &t.measured[c]
		if u.header >= 0 {
			need = max(need, width(u.header)+2*padX)
			word = max(word, width(u.header)+2*padX)
		}
		for _, g := range u.groups {
			need = max(need, width(g.line)+2*padX+g.indent+0.2)
			word = max(word, width(g.word)+2*padX+g.indent+0.2)
		}
		if k.maxWidth > 0 && need > k.maxWidth {
			need = max(k.maxWidth, word)
		}
		k.w = need
		fitTotal += need
	}
	rest := d.textWidth() - fitTotal
	fits := rest >= minFlex
	if rest < minFlex {
		// Figures too wide: shrink the fitted columns (their text wraps).
		scale := (d.textWidth() - minFlex) / fitTotal
		for c := range t.columns {
			if t.columns[c].fit {
				t.columns[c].w *= scale
			}
		}
		rest = minFlex
	}
	for c := range t.columns {
		k := &t.columns[c]
		if !k.fit {
			if weight > 0 {
				k.w = rest * k.weight / weight
			} else {
				k.w = rest / float64(len(t.columns))
			}
		}
	}
	// Flex columns below their word minimum take the lack from the other
	// flex columns' room above theirs, in proportion to that room — but
	// only from columns that weigh no more (the name column is not cut
	// below its share for Sasaran or Keterangan). A column that still
	// lacks keeps its share and its longest words break between
	// characters; below its floor (min) it takes from any flex column's
	// room above that column's floor. The flex widths always add up to the
	// rest, so the table stays inside the text block.
	for c := range t.columns {
		k := &t.columns[c]
		if k.fit || k.w >= k.minContent {
			continue
		}
		take := func(floor func(o int) float64, need float64, weight float64) {
			room := 0.0
			for o := range t.columns {
				if o != c && !t.columns[o].fit && t.columns[o].weight <= weight {
					room += max(0, t.columns[o].w-floor(o))
				}
			}
			if room <= 0 || need <= 0 {
				return
			}
			part := min(1, need/room)
			for o := range t.columns {
				if o != c && !t.columns[o].fit && t.columns[o].weight <= weight {
					give := max(0, t.columns[o].w-floor(o)) * part
					t.columns[o].w -= give
					k.w += give
				}
			}
		}
		take(func(o int) float64 { return t.columns[o].minContent }, k.minContent-k.w, k.weight)
		if k.w < k.min {
			take(func(o int) float64 { return t.columns[o].min }, k.min-k.w, math.Inf(1))
		}
	}
	return fits
}

func cellStyle(s cell, b row) string {
	if s.style != "" {
		return s.style
	}
	return b.style
}

func (t *table) columnX(c int) float64 {
	x := t.x0
	for i := 0; i < c; i++ {
		x += t.columns[i].w
	}
	return x
}

func (t *table) width(c0, span int) float64 {
	w := 0.0
	for i := c0; i < c0+span && i < len(t.columns); i++ {
		w += t.columns[i].w
	}
	return w
}

// headerHeights computes the height of each header row.
func (d *doc) headerHeights(t *table) []float64 {
	lh := tinggiBaris(t.fontSize)
	hs := make([]float64, t.headerRows)
	d.setFont("B", t.fontSize)
	need := func(h headerCell) float64 {
		return float64(len(d.breakLines(h.text, t.width(h.c0, h.cs)-2*padX)))*lh + 2*padY
	}
	for _, h := range t.header {
		if h.rs == 1 {
			hs[h.r0] = max(hs[h.r0], need(h))
		}
	}
	for _, h := range t.header {
		if h.rs > 1 {
			sum := 0.0
			for r := h.r0; r < h.r0+h.rs; r++ {
				sum += hs[r]
			}
			if n := need(h); n > sum {
				hs[h.r0+h.rs-1] += n - sum
			}
		}
	}
	return hs
}

func (d *doc) headerHeight(t *table) float64 {
	sum := 0.0
	for _, h := range d.headerHeights(t) {
		sum += h
	}
	if t.numberColumns {
		sum += tinggiBaris(t.fontSize*0.85) + 2*padY
	}
	return sum
}

// drawHeader draws the header at the current y.
func (d *doc) drawHeader(t *table) {
	lh := tinggiBaris(t.fontSize)
	hs := d.headerHeights(t)
	y0 := d.y()
	ys := make([]float64, t.headerRows+1)
	ys[0] = y0
	for i, h := range hs {
		ys[i+1] = ys[i] + h
	}
	d.setFont("B", t.fontSize)
	d.pdf.SetFillColor(225, 225, 225)
	for _, h := range t.header {
		x, w := t.columnX(h.c0), t.width(h.c0, h.cs)
		y, hh := ys[h.r0], ys[h.r0+h.rs]-ys[h.r0]
		d.pdf.Rect(x, y, w, hh, "FD")
		lines := d.breakLines(h.text, w-2*padX)
		ty := y + (hh-float64(len(lines))*lh)/2
		for _, ln := range lines {
			d.writeLine(x+padX, ty, w-2*padX, lh, ln, "C")
			ty += lh
		}
	}
	y := ys[t.headerRows]
	if t.numberColumns {
		d.setFont("I", t.fontSize*0.85)
		nh := tinggiBaris(t.fontSize*0.85) + 2*padY
		d.pdf.SetFillColor(242, 242, 242)
		for c := range t.columns {
			x, w := t.columnX(c), t.columns[c].w
			d.pdf.Rect(x, y, w, nh, "FD")
			d.writeLine(x, y+padY, w, tinggiBaris(t.fontSize*0.85), strconv.Itoa(c+1), "C")
		}
		y += nh
	}
	// Fill black as the text again (fpdf wraps text in its own colour
	// while the fill colour differs).
	d.pdf.SetFillColor(0, 0, 0)
	d.setY(y)
}

// layoutRows wraps the cells of rows lo…hi−1. Cells are wrapped style
// by style (each style selected once), then the rows' heights are summed.
func (d *doc) layoutRows(t *table, lo, hi int) []rowLayout {
	lh := tinggiBaris(t.fontSize)
	out := make([]rowLayout, hi-lo)
	type cellRef struct {
		r, i int // row in out; cell index in bl.cells, or -1 for bl.merged
		s    *cell
	}
	byStyle := map[string][]cellRef{}
	var listStyle []string
	src := make([]row, hi-lo) // the rows, while their cells are wrapped
	for r := range out {
		src[r] = t.row(lo + r)
		b := &src[r]
		bl := rowLayout{fill: b.fill, mergeKey: b.mergeKey, keepWithNext: b.keepWithNext, cells: make([]cellLayout, 0, len(b.cells))}
		c := 0
		for i := range b.cells {
			s := &b.cells[i]
			span := max(s.span, 1)
			if c >= len(t.columns) {
				break
			}
			span = min(span, len(t.columns)-c)
			align := s.align
			if align == "" {
				align = t.columns[c].align
			}
			sl := cellLayout{x: t.columnX(c), w: t.width(c, span), align: align, style: cellStyle(*s, *b), indent: s.indent}
			ref := cellRef{r: r, s: s}
			if c == t.mergeColumn && span == 1 && t.mergeColumn >= 0 {
				g := sl
				bl.merged = &g
				ref.i = -1
			} else {
				bl.cells = append(bl.cells, sl)
				ref.i = len(bl.cells) - 1
			}
			if _, ok := byStyle[sl.style]; !ok {
				listStyle = append(listStyle, sl.style)
			}
			byStyle[sl.style] = append(byStyle[sl.style], ref)
			c += span
		}
		out[r] = bl
	}
	for _, g := range listStyle {
		d.setFont(g, t.fontSize)
		for _, ref := range byStyle[g] {
			sl := out[ref.r].merged
			if ref.i >= 0 {
				sl = &out[ref.r].cells[ref.i]
			}
			sl.lines = d.wrapCell(*ref.s, sl.w-2*padX-sl.indent)
		}
	}
	for r := range out {
		maxLines := 0
		for _, sl := range out[r].cells {
			maxLines = max(maxLines, len(sl.lines))
		}
		out[r].h = float64(max(maxLines, 1))*lh + 2*padY
	}
	return out
}

// wrapCell wraps a cell's text to width w.
func (d *doc) wrapCell(s cell, w float64) []cellLine {
	var out []cellLine
	if !s.list {
		lines := d.breakLines(s.text, w)
		out = make([]cellLine, len(lines))
		for i, ln := range lines {
			out[i] = cellLine{text: ln}
		}
		return out
	}
	items := strings.Split(s.text, "\n")
	mw := 0.0
	markers := make([]string, len(items))
	for i, it := range items {
		it = strings.TrimSpace(it)
		if marker, n, ok := listMarker(it); ok && n < len(it) {
			markers[i] = marker
			items[i] = it[n:]
			mw = max(mw, d.pdf.GetStringWidth(marker)+1.2)
		} else {
			items[i] = it
		}
	}
	mw = min(mw, w/3)
	for i, it := range items {
		dx := 0.0
		if markers[i] != "" {
			dx = mw
		}
		for j, ln := range d.breakLines(it, w-dx) {
			g := cellLine{text: ln, dx: dx}
			if j == 0 {
				g.marker = markers[i]
			}
			out = append(out, g)
		}
	}
	return out
}

func cellHeight(s *cellLayout, lh float64) float64 {
	if s == nil {
		return 0
	}
	return float64(max(len(s.lines), 1))*lh + 2*padY
}

// lazyRows lays out a table's rows a chunk at a time, as the drawing
// reaches them, and forgets the rows drawn: a table of 20,000 rows never
// holds all its wrapped cells at once.
type lazyRows struct {
	d   *doc
	t   *table
	lo  int // row index of win[0]
	win []rowLayout
}

// rowChunk is how many rows are laid out together (one font change per
// style and chunk).
const rowChunk = 256

// rows returns rows i…j laid out. The slice is valid until the next
// call.
func (m *lazyRows) rows(i, j int) []rowLayout {
	for m.lo+len(m.win) <= j {
		from := m.lo + len(m.win)
		m.win = append(m.win, m.d.layoutRows(m.t, from, min(from+rowChunk, m.t.rowCount()))...)
	}
	return m.win[i-m.lo : j-m.lo+1]
}

func (m *lazyRows) at(i int) rowLayout { return m.rows(i, i)[0] }

// forget forgets the rows before i.
func (m *lazyRows) forget(i int) {
	if i-m.lo >= rowChunk {
		m.win = append([]rowLayout(nil), m.win[i-m.lo:]...)
		m.lo = i
	}
}

// drawTable draws the caption and the table from the current y.
func (d *doc) drawTable(t *table) {
	for i := range t.header {
		t.header[i].text = glueHeaderWords(t.header[i].text)
	}
	if t.landscape {
		d.setLanskap(true)
		defer d.setLanskap(false)
	}
	// Figures must not wrap: a smaller font first, down to 6 pt.
	for !d.columnWidths(t) && t.fontSize > 6 {
		t.fontSize -= 0.5
		for c := range t.columns {
			t.columns[c].w = 0
		}
	}
	rows := &lazyRows{d: d, t: t}
	n := t.rowCount()
	lh := tinggiBaris(t.fontSize)
	hHeader := d.headerHeight(t)
	capH := 2 * tinggiBaris(ukuranIsi)
	notesH := d.notesHeight(t)

	// Keep the caption and header with the first row (or two lines of it).
	first := 2*lh + 2*padY
	if n > 0 {
		r0 := rows.at(0)
		first = min(max(r0.h, cellHeight(r0.merged, lh)), d.pageHeight()-capH-hHeader)
	}
	d.ensureSpace(max(capH+hHeader+first+1, t.minStart))
	d.caption(t, false)
	d.drawHeader(t)
	atTop := true // nothing drawn under the header on this page yet

	breakPage := func() {
		d.drawRules()
		d.newPage()
		d.caption(t, true)
		d.drawHeader(t)
		atTop = true
	}

	// Groups of rows that share the merged cell.
	for a := 0; a < n; {
		rows.forget(a)
		b := a
		if k := rows.at(a).mergeKey; t.mergeColumn >= 0 && k != "" {
			for b+1 < n && rows.at(b+1).mergeKey == k {
				b++
			}
		}
		var groupH float64
		for _, r := range rows.rows(a, b) {
			groupH += r.h
		}
		groupH = max(groupH, cellHeight(rows.at(a).merged, lh))
		// A small group that does not fit here moves whole to the next page.
		if !atTop && groupH > d.spaceLeft() && groupH <= (d.pageHeight()-hHeader)/5 {
			breakPage()
		}
		if !atTop && rows.at(b).keepWithNext && b+1 < n {
			pair := groupH + min(rows.at(b+1).h, 3*lh+2*padY)
			if pair > d.spaceLeft() && pair <= (d.pageHeight()-hHeader)/2 {
				breakPage()
			}
		}
		// The notes stay with the table's last two rows, also when each is
		// a group of its own (no merged column): the row before the last
		// moves on with them rather than leave the last (often Jumlah)
		// alone with the notes on a page of its own.
		if !atTop && a == b && b == n-2 && notesH > 0 {
			two := rows.at(a).h + rows.at(n-1).h + notesH
			if two > d.spaceLeft()+0.01 && two <= d.pageHeight()-hHeader-capH {
				breakPage()
			}
		}
		i := a
		for i <= b {
			group := rows.rows(i, b)
			mergedH := cellHeight(group[0].merged, lh)
			k, sum := 0, 0.0
			for j := range group {
				sum += group[j].h
				if max(sum, mergedH) <= d.spaceLeft()+0.01 {
					k = j + 1
				} else {
					break
				}
			}
			// The notes stay with the table's last two rows: when those fit
			// here but the notes do not, the rows go with them to the next page.
			if k > 0 && i+k == n && notesH > 0 && sum+notesH > d.spaceLeft()+0.01 {
				if kk := k - min(2, n); kk > 0 || !atTop {
					k = max(kk, 0)
				}
			}
			if k > 0 {
				d.drawGroup(t, group[:k], lh)
				atTop = false
				i += k
				continue
			}
			// A row taller than a fresh page is split from here, if a few
			// lines fit; otherwise it starts on the next page.
			tall := max(group[0].h, mergedH) > d.pageHeight()-hHeader-capH
			if !atTop && !(tall && d.spaceLeft() >= 3*lh+2*padY) {
				breakPage()
				continue
			}
			// One row taller than a whole page: split it between lines.
			d.splitRow(t, group[0], lh, breakPage)
			atTop = false
			i++
		}
		a = b + 1
	}
	d.drawRules()
	if len(t.notes) > 0 {
		d.setY(d.y() + 1)
		d.setFont("I", noteFontSize)
		for _, c := range t.notes {
			d.writeParagraph(c, d.textLeft(), d.textWidth(), "L")
		}
	}
}

// noteFontSize is the font size of the notes under a table (pt).
const noteFontSize = 8.0

// notesHeight is the height of the notes under table t, 0 for none.
func (d *doc) notesHeight(t *table) float64 {
	if len(t.notes) == 0 {
		return 0
	}
	d.setFont("I", noteFontSize)
	h := 1.0
	for _, c := range t.notes {
		h += float64(len(d.breakLines(c, d.textWidth()))) * tinggiBaris(noteFontSize)
	}
	return h
}

// caption writes "Tabel 2.1" and the title, or "Tabel 2.1 (lanjutan)".
func (d *doc) caption(t *table, continued bool) {
	if t.number == "" {
		return
	}
	lh := tinggiBaris(ukuranIsi)
	if continued {
		d.setFont("I", ukuranIsi-2)
		y := d.y()
		d.writeLine(d.textLeft(), y, d.textWidth(), lh, "Tabel "+t.number+" (lanjutan)", "L")
		d.setY(y + lh)
		return
	}
	d.setFont("B", ukuranIsi)
	y := d.y()
	d.writeLine(d.textLeft(), y, d.textWidth(), lh, "Tabel "+t.number, "C")
	d.setY(y + lh)
	d.writeParagraph(t.title, d.textLeft(), d.textWidth(), "C")
	d.setY(d.y() + 1)
}

// drawGroup draws rows that share one merged cell (or one plain row).
func (d *doc) drawGroup(t *table, rows []rowLayout, lh float64) {
	y0 := d.y()
	heights := make([]float64, len(rows))
	sum := 0.0
	for i, r := range rows {
		heights[i] = r.h
		sum += r.h
	}
	merged := rows[0].merged
	if gh := cellHeight(merged, lh); gh > sum {
		heights[len(rows)-1] += gh - sum
		sum = gh
	}
	y := y0
	for i, r := range rows {
		d.drawCells(r.cells, r.fill, y, heights[i], 0, len(r.cells) > 0, t.fontSize, lh)
		y += heights[i]
	}
	if merged != nil {
		d.drawCells([]cellLayout{*merged}, rows[0].fill, y0, sum, 0, true, t.fontSize, lh)
	}
	d.setY(y0 + sum)
}

// drawCells draws cells of height h at y with their lines from line off:
// the row's grey (one rectangle per run of adjacent cells), then the
// text; the rules between cells are collected (tableRules) and drawn once per
// page, as long lines, instead of a rectangle around every cell — in a
// table of thousands of rows that was most of the page content.
func (d *doc) drawCells(cells []cellLayout, fill int, y, h float64, off int, _ bool, fontSize, lh float64) {
	if fill > 0 {
		d.pdf.SetFillColor(fill, fill, fill)
		for i := 0; i < len(cells); {
			j, x1 := i, cells[i].x+cells[i].w
			for j+1 < len(cells) && math.Abs(cells[j+1].x-x1) < 0.01 {
				j++
				x1 = cells[j].x + cells[j].w
			}
			d.pdf.Rect(cells[i].x, y, x1-cells[i].x, h, "F")
			i = j + 1
		}
		// Black again, as the text: fpdf then writes text without
		// wrapping it in its own colour.
		d.pdf.SetFillColor(0, 0, 0)
	}
	for _, s := range cells {
		d.rules.addCell(s.x, s.x+s.w, y, y+h)
		d.setFont(s.style, fontSize)
		n := int((h - 2*padY + 0.01) / lh)
		ty := y + padY
		for i := off; i < len(s.lines) && i < off+n; i++ {
			g := s.lines[i]
			x := s.x + padX + s.indent
			if g.marker != "" {
				d.writeLine(x, ty, g.dx, lh, g.marker, "L")
			}
			d.writeLine(x+g.dx, ty, s.w-2*padX-s.indent-g.dx, lh, g.text, s.align)
			ty += lh
		}
	}
}

// tableRules collects the rules of a table's cells on the current page:
// vertical rules continued from row to row, horizontal ones joined along
// a row, drawn by drawRules.
type tableRules struct {
	// vertical: x (in 1/1000 mm) → the open vertical rule's top and bottom.
	vertical map[int64][2]float64
	// horizontal: y → horizontal segments [x0, x1] on that line.
	horizontal map[int64][][2]float64
	yOrder     []int64
}

func mmKey(v float64) int64 { return int64(math.Round(v * 1000)) }

// addCell adds the border of the cell [x0, x1] × [y0, y1].
func (g *tableRules) addCell(x0, x1, y0, y1 float64) {
	if g.vertical == nil {
		g.vertical, g.horizontal = map[int64][2]float64{}, map[int64][][2]float64{}
	}
	for _, x := range [2]float64{x0, x1} {
		k := mmKey(x)
		if v, ok := g.vertical[k]; ok && v[1] >= y0-0.01 {
			g.vertical[k] = [2]float64{v[0], max(v[1], y1)}
			continue
		} else if ok {
			// A gap (a merged cell): the rule so far stays as it is.
			g.vertical[k+1_000_000_000*int64(len(g.vertical))] = v
		}
		g.vertical[k] = [2]float64{y0, y1}
	}
	for _, y := range [2]float64{y0, y1} {
		k := mmKey(y)
		segs, ok := g.horizontal[k]
		if !ok {
			g.yOrder = append(g.yOrder, k)
		}
		if n := len(segs); n > 0 && segs[n-1][1] >= x0-0.01 && segs[n-1][0] <= x1+0.01 {
			segs[n-1] = [2]float64{min(segs[n-1][0], x0), max(segs[n-1][1], x1)}
		} else {
			segs = append(segs, [2]float64{x0, x1})
		}
		g.horizontal[k] = segs
	}
}

// drawRules draws the rules collected and forgets them (before a page break
// and at the end of a table).
func (d *doc) drawRules() {
	g := &d.rules
	if len(g.vertical) == 0 && len(g.horizontal) == 0 {
		return
	}
	for _, k := range g.yOrder {
		y := float64(k) / 1000
		segs := g.horizontal[k]
		sort.Slice(segs, func(i, j int) bool { return segs[i][0] < segs[j][0] })
		// Join overlapping segments of the line.
		var cur [2]float64
		for i, s := range segs {
			if i > 0 && s[0] <= cur[1]+0.01 {
				cur[1] = max(cur[1], s[1])
				continue
			}
			if i > 0 {
				d.pdf.Line(cur[0], y, cur[1], y)
			}
			cur = s
		}
		d.pdf.Line(cur[0], y, cur[1], y)
	}
	keys := make([]int64, 0, len(g.vertical))
	for k := range g.vertical {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		v := g.vertical[k]
		x := float64(k%1_000_000_000) / 1000
		d.pdf.Line(x, v[0], x, v[1])
	}
	*g = tableRules{}
}

// splitRow draws a row taller than a page in parts, on as many pages as
// needed, so no line of any cell is lost.
func (d *doc) splitRow(t *table, r rowLayout, lh float64, breakPage func()) {
	cells := append([]cellLayout{}, r.cells...)
	if r.merged != nil {
		cells = append(cells, *r.merged)
	}
	total := 0
	for _, c := range cells {
		total = max(total, len(c.lines))
	}
	fresh := false
	for off := 0; off < total; {
		n := int((d.spaceLeft() - 2*padY + 0.01) / lh)
		if n < 1 && !fresh {
			breakPage()
			fresh = true
			continue
		}
		fresh = false
		n = max(n, 1)
		n = min(n, total-off)
		h := float64(n)*lh + 2*padY
		y := d.y()
		d.drawCells(cells, r.fill, y, h, off, true, t.fontSize, lh)
		d.setY(y + h)
		off += n
		if off < total {
			breakPage()
		}
	}
}

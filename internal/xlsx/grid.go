package xlsx

import (
	"encoding/xml"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Cell is one non-empty cell as stored in the worksheet XML (kept small:
// a workbook may hold millions of them).
type Cell struct {
	Col, Row int   // 1-based column and row
	Style    int32 // style index (cellXfs)
	// Type: 'n' number, 's' text, 'L' text longer than MaxCellText (Value
	// holds its first MaxCellText characters), 'b' boolean, 'e' error
	// value, 'd' ISO date; after evaluating a formula stored without a value, 'x' when it
	// cannot be evaluated (Value then says why); 0 not known yet.
	Type       byte
	HasFormula bool // a formula is stored
	HasValue   bool // a value is stored (or was evaluated)
	Evaluated  bool // the formula was evaluated already
	Value      string
	Formula    string // formula text ("" for a shared formula's follower)
}

// Ref is the cell's A1 name.
func (s *Cell) Ref() string { return CellName(s.Col, s.Row) }

// Row is one row of a sheet: its non-empty cells by column.
type Row struct {
	N     int
	Cells []Cell
}

// Find returns the cell in column col, or nil.
func (b *Row) Find(col int) *Cell {
	i := sort.Search(len(b.Cells), func(i int) bool { return b.Cells[i].Col >= col })
	if i < len(b.Cells) && b.Cells[i].Col == col {
		return &b.Cells[i]
	}
	return nil
}

// Range is a merged range, inclusive.
type Range struct{ R1, C1, R2, C2 int }

// Grid is a sheet read into memory: its non-empty cells, row by row, and
// its merged ranges.
type Grid struct {
	Rows     []Row
	Merges   []Range
	mergeIdx map[int][]Range // column → merges covering it, by R1
}

// FindRow returns the row numbered r, or nil.
func (g *Grid) FindRow(r int) *Row {
	i := sort.Search(len(g.Rows), func(i int) bool { return g.Rows[i].N >= r })
	if i < len(g.Rows) && g.Rows[i].N == r {
		return &g.Rows[i]
	}
	return nil
}

// Cell returns the stored cell at (r, c), or nil.
func (g *Grid) Cell(r, c int) *Cell {
	if b := g.FindRow(r); b != nil {
		return b.Find(c)
	}
	return nil
}

// MergeAt returns the merged range that covers (r, c) other than at its
// top-left cell.
func (g *Grid) MergeAt(r, c int) (Range, bool) {
	if len(g.Merges) == 0 {
		return Range{}, false
	}
	if g.mergeIdx == nil {
		g.mergeIdx = map[int][]Range{}
	}
	list, ok := g.mergeIdx[c]
	if !ok {
		for _, m := range g.Merges {
			if m.C1 <= c && c <= m.C2 {
				list = append(list, m)
			}
		}
		sort.Slice(list, func(i, j int) bool { return list[i].R1 < list[j].R1 })
		g.mergeIdx[c] = list
	}
	// The last range starting at or above r decides: valid workbooks have
	// no overlapping merges.
	i := sort.Search(len(list), func(i int) bool { return list[i].R1 > r }) - 1
	if i >= 0 && list[i].R2 >= r && !(list[i].R1 == r && list[i].C1 == c) {
		return list[i], true
	}
	return Range{}, false
}

// Content is what a cell shows: the stored cell, or for an empty cell
// inside a merged range the range's top-left cell.
type Content struct {
	Cell      *Cell
	Ref       string // where the value is: the cell itself, or the merge's top-left
	Inherited bool   // the value comes from a merged range's top-left
}

// Empty reports a cell with nothing stored.
func (x Content) Empty() bool { return x.Cell == nil }

// Get returns the content of (r, c), resolving merged ranges; row is the
// row numbered r (FindRow), nil when the sheet has none.
func (g *Grid) Get(row *Row, r, c int) Content {
	var s *Cell
	if row != nil {
		s = row.Find(c)
	}
	if s != nil {
		return Content{Cell: s, Ref: CellName(c, r)}
	}
	if m, ok := g.MergeAt(r, c); ok {
		if tl := g.Cell(m.R1, m.C1); tl != nil {
			return Content{Cell: tl, Ref: CellName(m.C1, m.R1), Inherited: true}
		}
	}
	return Content{Ref: CellName(c, r)}
}

// Excel's own grid size.
const (
	MaxRows    = 1_048_576
	MaxColumns = 16_384
)

// ReadGrid streams one worksheet part into a grid. sst resolves shared
// strings (nil: none); b is the workbook's budget (nil: a fresh one),
// which every sheet read draws on.
func ReadGrid(r io.Reader, sst *SharedStrings, b *Budget) (*Grid, error) {
	if b == nil {
		b = NewBudget()
	}
	if sst == nil {
		sst = &SharedStrings{}
	}
	return readFast(r, b, func(d *tokenizer) (*Grid, error) { return readGrid(d, sst, b) })
}

func readGrid(d *tokenizer, sst *SharedStrings, b *Budget) (*Grid, error) {
	g := &Grid{}
	var (
		cur      *Row
		row      int
		col      int
		inData   bool
		unsorted bool
		span     int
	)
	for {
		tok, err := d.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.StartElement, tok.kind == startToken
		if !ok {
			if tok.kind == endToken && tok.Name.Local == "sheetData" {
				inData = false
			}
			continue
		}
		switch se.Name.Local {
		case "sheetData":
			inData = true
		case "row":
			if !inData {
				continue
			}
			n := row + 1
			if v := attr(se, "r"); v != "" {
				if x, err := strconv.Atoi(v); err == nil && x > 0 {
					n = x
				}
			}
			if n > MaxRows {
				return nil, errorf("lembar memiliki nomor baris %d, di luar batas Excel (%d baris)", n, MaxRows)
			}
			if cur != nil && n == cur.N {
				col = 0 // the same row again: its cells join the row
				continue
			}
			if n <= row {
				unsorted = true
			}
			if b.rows <= 0 {
				return nil, errorf("berkas berisi lebih dari %d baris (batas lapkin untuk seluruh buku kerja); hapus baris kosong yang tidak perlu, lalu simpan ulang", MaxRowsKept)
			}
			b.rows--
			row, col = n, 0
			g.Rows = append(g.Rows, Row{N: n})
			cur = &g.Rows[len(g.Rows)-1]
		case "c":
			if !inData || cur == nil {
				continue
			}
			s, err := readC(d, se, sst, b)
			if err != nil {
				return nil, err
			}
			c := col + 1
			if s.Col > 0 {
				c = s.Col
			}
			col = c
			if s.Row > 0 && s.Row != cur.N {
				// A cell naming another row than its <row>: trust the row.
				s.Row = cur.N
			}
			s.Col, s.Row = c, cur.N
			if c > MaxColumns || (!s.HasValue && !s.HasFormula) {
				continue
			}
			if b.cells <= 0 {
				return nil, errorf("lembar berisi terlalu banyak sel (batas %d sel untuk seluruh buku kerja)", MaxCells)
			}
			b.cells--
			cur.Cells = append(cur.Cells, s)
		case "mergeCell":
			if len(g.Merges) >= MaxMerges {
				return nil, errorf("lembar berisi lebih dari %d rentang sel gabungan", MaxMerges)
			}
			if m, ok := ParseRange(attr(se, "ref")); ok {
				span += m.C2 - m.C1 + 1
				if span > MaxMergeSpan {
					return nil, errorf("rentang sel gabungan di lembar ini terlalu banyak atau terlalu lebar (bersama-sama lebih dari %d kolom; batas lapkin); hapus penggabungan sel yang tidak perlu", MaxMergeSpan)
				}
				g.Merges = append(g.Merges, m)
			}
		}
	}
	// Rows out of order or repeated (hand-edited XML): sort and merge.
	if unsorted {
		sort.SliceStable(g.Rows, func(i, j int) bool { return g.Rows[i].N < g.Rows[j].N })
		out := g.Rows[:0]
		for _, b := range g.Rows {
			if n := len(out); n > 0 && out[n-1].N == b.N {
				out[n-1].Cells = append(out[n-1].Cells, b.Cells...)
				continue
			}
			out = append(out, b)
		}
		g.Rows = out
	}
	for i := range g.Rows {
		b := &g.Rows[i]
		if !sort.SliceIsSorted(b.Cells, func(x, y int) bool { return b.Cells[x].Col < b.Cells[y].Col }) {
			sort.SliceStable(b.Cells, func(x, y int) bool { return b.Cells[x].Col < b.Cells[y].Col })
		}
		// Drop repeated columns (first wins).
		out := b.Cells[:0]
		for _, s := range b.Cells {
			if n := len(out); n > 0 && out[n-1].Col == s.Col {
				continue
			}
			out = append(out, s)
		}
		b.Cells = out
	}
	return g, nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// readC reads one <c> element (the decoder is just past its start tag).
func readC(d *tokenizer, se xml.StartElement, sst *SharedStrings, b *Budget) (Cell, error) {
	var s Cell
	t := "n"
	for _, a := range se.Attr {
		if a.Name.Space != "" {
			continue
		}
		switch a.Name.Local {
		case "r":
			if c, r, ok := ParseCell(a.Value); ok {
				s.Col, s.Row = c, r
			}
		case "s":
			if v, err := strconv.ParseInt(a.Value, 10, 32); err == nil && v >= 0 {
				s.Style = int32(v)
			}
		case "t":
			t = a.Value
		}
	}
	var (
		v        = textBuf{limit: MaxCellText}
		inl      = textBuf{limit: MaxCellText}
		f        = textBuf{limit: MaxFormula}
		inV, inF bool
		inIS     bool
		inT      bool
		inPh     int
		adaV     bool
	)
	depth := 1
	for depth > 0 {
		tok, err := d.next()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return s, err
		}
		switch tok.kind {
		case startToken:
			x := tok.StartElement
			depth++
			switch x.Name.Local {
			case "v":
				inV, adaV = true, true
			case "f":
				inF, s.HasFormula = true, true
			case "is":
				inIS, adaV = true, true
			case "rPh":
				inPh++
			case "t":
				inT = inIS && inPh == 0
			}
		case endToken:
			x := tok.StartElement
			depth--
			switch x.Name.Local {
			case "v":
				inV = false
			case "f":
				inF = false
			case "is":
				inIS = false
			case "rPh":
				inPh--
			case "t":
				inT = false
			}
		case textToken:
			x := tok.text
			switch {
			case inV:
				v.write(x)
			case inF:
				f.write(x)
			case inT:
				inl.write(x)
			}
		}
	}
	s.Formula = f.String()
	if f.over {
		s.Formula += "…" // cut: never evaluated
	}
	if err := b.keepText(v.Len() + inl.Len() + f.Len()); err != nil {
		return s, err
	}
	switch t {
	case "s":
		if !adaV {
			break
		}
		i, err := strconv.Atoi(strings.TrimSpace(v.String()))
		if err != nil || i < 0 || i >= len(sst.List) {
			return s, errorf("sel %s merujuk teks nomor %q yang tidak ada di tabel teks", s.Ref(), v.String())
		}
		s.Type, s.Value, s.HasValue = 's', sst.List[i], true
		if sst.long[i] {
			s.Type = 'L'
		}
	case "inlineStr":
		if adaV {
			s.Type, s.Value, s.HasValue = 's', unescape(inl.String()), true
			if inl.Len() == 0 && v.Len() > 0 {
				s.Value = v.String()
			}
			if inl.over || v.over {
				s.Type = 'L'
			}
		}
	case "str":
		if adaV {
			s.Type, s.Value, s.HasValue = 's', unescape(v.String()), true
			if v.over {
				s.Type = 'L'
			}
		}
	case "b":
		if adaV {
			s.Type, s.Value, s.HasValue = 'b', strings.TrimSpace(v.String()), true
		}
	case "e":
		if adaV {
			s.Type, s.Value, s.HasValue = 'e', strings.TrimSpace(v.String()), true
		}
	case "d":
		if adaV {
			s.Type, s.Value, s.HasValue = 'd', strings.TrimSpace(v.String()), true
		}
	default: // "n" or absent
		if adaV && strings.TrimSpace(v.String()) != "" {
			s.Type, s.Value, s.HasValue = 'n', strings.TrimSpace(v.String()), true
		}
	}
	// A text constant that is empty is an empty cell; an empty cached
	// formula result is an empty value (not a missing cache).
	if s.HasValue && s.Type == 's' && s.Value == "" && !s.HasFormula {
		s.HasValue = false
	}
	return s, nil
}

// ParseCell splits "AB12" into column 28 and row 12.
func ParseCell(ref string) (col, row int, ok bool) {
	ref = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(ref), "$", ""))
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
		if col > MaxColumns {
			return 0, 0, false
		}
	}
	if i == 0 || i == len(ref) {
		return 0, 0, false
	}
	for j := i; j < len(ref); j++ {
		if ref[j] < '0' || ref[j] > '9' {
			return 0, 0, false
		}
		row = row*10 + int(ref[j]-'0')
		if row > MaxRows {
			return 0, 0, false
		}
	}
	return col, row, row > 0
}

// ParseRange reads "A1:B2" (or one cell); the corners are put in order.
func ParseRange(ref string) (Range, bool) {
	a, b, found := strings.Cut(ref, ":")
	if !found {
		b = a
	}
	c1, r1, ok1 := ParseCell(a)
	c2, r2, ok2 := ParseCell(b)
	if !ok1 || !ok2 {
		return Range{}, false
	}
	if r2 < r1 {
		r1, r2 = r2, r1
	}
	if c2 < c1 {
		c1, c2 = c2, c1
	}
	return Range{r1, c1, r2, c2}, true
}

// ColumnName gives the letters of a 1-based column: 1 → "A", 28 → "AB".
func ColumnName(c int) string {
	var buf [4]byte
	i := len(buf)
	for c > 0 {
		c--
		i--
		buf[i] = byte('A' + c%26)
		c /= 26
	}
	return string(buf[i:])
}

// CellName gives the A1 name of (column c, row r).
func CellName(c, r int) string { return ColumnName(c) + strconv.Itoa(r) }

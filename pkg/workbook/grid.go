package workbook

import (
	"encoding/xml"
	"io"
	"sort"
	"strconv"
	"strings"
)

// sel is one non-empty cell as stored in the worksheet XML (kept small: a
// workbook may hold millions of them).
type sel struct {
	kol, bar int   // 1-based column and row
	gaya     int32 // style index (cellXfs)
	// jenis: 'n' number, 's' text, 'b' boolean, 'e' error value, 'd' ISO
	// date; after evaluating a formula stored without a value, 'x' when it
	// cannot be evaluated (nilai then says why); 0 not known yet.
	jenis    byte
	adaRumus bool // a formula is stored
	adaNilai bool // a value is stored (or was evaluated)
	dihitung bool // the formula was evaluated already
	nilai    string
	rumus    string // formula text ("" for a shared formula's follower)
}

func (s *sel) ref() string { return namaSel(s.kol, s.bar) }

// baris is one row of a sheet: its non-empty cells by column.
type baris struct {
	r   int
	sel []sel
}

func (b *baris) cari(kol int) *sel {
	i := sort.Search(len(b.sel), func(i int) bool { return b.sel[i].kol >= kol })
	if i < len(b.sel) && b.sel[i].kol == kol {
		return &b.sel[i]
	}
	return nil
}

// rentang is a merged range, inclusive.
type rentang struct{ r1, c1, r2, c2 int }

// grid is a sheet read into memory: its non-empty cells, row by row, and
// its merged ranges.
type grid struct {
	kanonik string // canonical sheet name for findings (kinerja.SheetTarget …)
	asli    string // the sheet's name in the workbook, for excelize calls
	baris   []baris
	gabung  []rentang
	idxGab  map[int][]rentang // column → merges covering it, by r1
}

// cariBaris returns the row numbered r, or nil.
func (g *grid) cariBaris(r int) *baris {
	i := sort.Search(len(g.baris), func(i int) bool { return g.baris[i].r >= r })
	if i < len(g.baris) && g.baris[i].r == r {
		return &g.baris[i]
	}
	return nil
}

func (g *grid) cell(r, c int) *sel {
	if b := g.cariBaris(r); b != nil {
		return b.cari(c)
	}
	return nil
}

// gabunganDi returns the merged range that covers (r, c) other than at its
// top-left cell.
func (g *grid) gabunganDi(r, c int) (rentang, bool) {
	if len(g.gabung) == 0 {
		return rentang{}, false
	}
	if g.idxGab == nil {
		g.idxGab = map[int][]rentang{}
	}
	list, ok := g.idxGab[c]
	if !ok {
		for _, m := range g.gabung {
			if m.c1 <= c && c <= m.c2 {
				list = append(list, m)
			}
		}
		sort.Slice(list, func(i, j int) bool { return list[i].r1 < list[j].r1 })
		g.idxGab[c] = list
	}
	// The last range starting at or above r decides: valid workbooks have
	// no overlapping merges.
	i := sort.Search(len(list), func(i int) bool { return list[i].r1 > r }) - 1
	if i >= 0 && list[i].r2 >= r && !(list[i].r1 == r && list[i].c1 == c) {
		return list[i], true
	}
	return rentang{}, false
}

// isi is the content of a cell as the table reader sees it: the stored
// cell, or for an empty cell inside a merged range the range's top-left
// cell.
type isi struct {
	s       *sel
	ref     string // where the value is: the cell itself, or the merge's top-left
	warisan bool   // the value comes from a merged range's top-left
}

func (x isi) kosong() bool { return x.s == nil }

// ambil returns the content of (r, c), resolving merged ranges.
func (g *grid) ambil(b *baris, r, c int) isi {
	var s *sel
	if b != nil {
		s = b.cari(c)
	}
	if s != nil {
		return isi{s: s, ref: namaSel(c, r)}
	}
	if m, ok := g.gabunganDi(r, c); ok {
		if tl := g.cell(m.r1, m.c1); tl != nil {
			return isi{s: tl, ref: namaSel(m.c1, m.r1), warisan: true}
		}
	}
	return isi{ref: namaSel(c, r)}
}

// Reading limits per workbook (a zip bomb is stopped before this by the
// unzip size limits; these bound the memory of what is kept).
var (
	maksSel    = 3_000_000 // cells kept over the whole workbook (about 56 bytes each)
	maksGabung = 100_000   // merged ranges per sheet
)

const (
	maksBarisExcel = 1_048_576
	maksKolomExcel = 16_384
)

// bacaGrid streams one worksheet part into a grid. sst resolves shared
// strings. anggaran is the number of cells still allowed.
func bacaGrid(r io.Reader, sst []string, anggaran *int) (*grid, error) {
	d := &tokenizer{d: xmlDecoder(r)}
	g := &grid{}
	var (
		cur      *baris
		row      int
		col      int
		inData   bool
		unsorted bool
	)
	for {
		tok, err := d.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "sheetData" {
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
			if n > maksBarisExcel {
				return nil, rusak("lembar memiliki nomor baris %d, di luar batas Excel (%d baris)", n, maksBarisExcel)
			}
			if n <= row {
				unsorted = true
			}
			row, col = n, 0
			g.baris = append(g.baris, baris{r: n})
			cur = &g.baris[len(g.baris)-1]
		case "c":
			if !inData || cur == nil {
				continue
			}
			s, err := bacaC(d, se, sst)
			if err != nil {
				return nil, err
			}
			c := col + 1
			if s.kol > 0 {
				c = s.kol
			}
			col = c
			if s.bar > 0 && s.bar != cur.r {
				// A cell naming another row than its <row>: trust the row.
				s.bar = cur.r
			}
			s.kol, s.bar = c, cur.r
			if c > maksKolomExcel || (!s.adaNilai && !s.adaRumus) {
				continue
			}
			if *anggaran <= 0 {
				return nil, rusak("lembar berisi terlalu banyak sel (batas %d sel untuk seluruh buku kerja)", maksSel)
			}
			*anggaran--
			cur.sel = append(cur.sel, s)
		case "mergeCell":
			if len(g.gabung) >= maksGabung {
				return nil, rusak("lembar berisi lebih dari %d rentang sel gabungan", maksGabung)
			}
			if m, ok := parseRentang(attr(se, "ref")); ok {
				g.gabung = append(g.gabung, m)
			}
		}
	}
	// Rows out of order or repeated (hand-edited XML): sort and merge.
	if unsorted {
		sort.SliceStable(g.baris, func(i, j int) bool { return g.baris[i].r < g.baris[j].r })
		out := g.baris[:0]
		for _, b := range g.baris {
			if n := len(out); n > 0 && out[n-1].r == b.r {
				out[n-1].sel = append(out[n-1].sel, b.sel...)
				continue
			}
			out = append(out, b)
		}
		g.baris = out
	}
	for i := range g.baris {
		b := &g.baris[i]
		if !sort.SliceIsSorted(b.sel, func(x, y int) bool { return b.sel[x].kol < b.sel[y].kol }) {
			sort.SliceStable(b.sel, func(x, y int) bool { return b.sel[x].kol < b.sel[y].kol })
		}
		// Drop repeated columns (first wins).
		out := b.sel[:0]
		for _, s := range b.sel {
			if n := len(out); n > 0 && out[n-1].kol == s.kol {
				continue
			}
			out = append(out, s)
		}
		b.sel = out
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

// bacaC reads one <c> element (the decoder is just past its start tag).
func bacaC(d *tokenizer, se xml.StartElement, sst []string) (sel, error) {
	var s sel
	t := "n"
	for _, a := range se.Attr {
		if a.Name.Space != "" {
			continue
		}
		switch a.Name.Local {
		case "r":
			if c, r, ok := parseSel(a.Value); ok {
				s.kol, s.bar = c, r
			}
		case "s":
			if v, err := strconv.ParseInt(a.Value, 10, 32); err == nil && v >= 0 {
				s.gaya = int32(v)
			}
		case "t":
			t = a.Value
		}
	}
	var (
		v, inl   strings.Builder
		inV, inF bool
		inIS     bool
		inT      bool
		inPh     int
		adaV     bool
	)
	var f strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := d.next()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return s, err
		}
		switch x := tok.(type) {
		case xml.StartElement:
			depth++
			switch x.Name.Local {
			case "v":
				inV, adaV = true, true
			case "f":
				inF, s.adaRumus = true, true
			case "is":
				inIS, adaV = true, true
			case "rPh":
				inPh++
			case "t":
				inT = inIS && inPh == 0
			}
		case xml.EndElement:
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
		case xml.CharData:
			switch {
			case inV:
				v.Write(x)
			case inF:
				f.Write(x)
			case inT:
				inl.Write(x)
			}
		}
	}
	s.rumus = f.String()
	switch t {
	case "s":
		if !adaV {
			break
		}
		i, err := strconv.Atoi(strings.TrimSpace(v.String()))
		if err != nil || i < 0 || i >= len(sst) {
			return s, rusak("sel %s merujuk teks nomor %q yang tidak ada di tabel teks", s.ref(), v.String())
		}
		s.jenis, s.nilai, s.adaNilai = 's', sst[i], true
	case "inlineStr":
		if adaV {
			s.jenis, s.nilai, s.adaNilai = 's', unescapeOOXML(inl.String()), true
			if inl.Len() == 0 && v.Len() > 0 {
				s.nilai = v.String()
			}
		}
	case "str":
		if adaV {
			s.jenis, s.nilai, s.adaNilai = 's', unescapeOOXML(v.String()), true
		}
	case "b":
		if adaV {
			s.jenis, s.nilai, s.adaNilai = 'b', strings.TrimSpace(v.String()), true
		}
	case "e":
		if adaV {
			s.jenis, s.nilai, s.adaNilai = 'e', strings.TrimSpace(v.String()), true
		}
	case "d":
		if adaV {
			s.jenis, s.nilai, s.adaNilai = 'd', strings.TrimSpace(v.String()), true
		}
	default: // "n" or absent
		if adaV && strings.TrimSpace(v.String()) != "" {
			s.jenis, s.nilai, s.adaNilai = 'n', strings.TrimSpace(v.String()), true
		}
	}
	// A text constant that is empty is an empty cell; an empty cached
	// formula result is an empty value (not a missing cache).
	if s.adaNilai && s.jenis == 's' && s.nilai == "" && !s.adaRumus {
		s.adaNilai = false
	}
	return s, nil
}

// parseSel splits "AB12" into column 28 and row 12.
func parseSel(ref string) (col, row int, ok bool) {
	ref = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(ref), "$", ""))
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
		if col > maksKolomExcel {
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
		if row > maksBarisExcel {
			return 0, 0, false
		}
	}
	return col, row, row > 0
}

func parseRentang(ref string) (rentang, bool) {
	a, b, found := strings.Cut(ref, ":")
	if !found {
		b = a
	}
	c1, r1, ok1 := parseSel(a)
	c2, r2, ok2 := parseSel(b)
	if !ok1 || !ok2 {
		return rentang{}, false
	}
	if r2 < r1 {
		r1, r2 = r2, r1
	}
	if c2 < c1 {
		c1, c2 = c2, c1
	}
	return rentang{r1, c1, r2, c2}, true
}

// namaKolom gives the letters of a 1-based column: 1 → "A", 28 → "AB".
func namaKolom(c int) string {
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

func namaSel(c, r int) string { return namaKolom(c) + strconv.Itoa(r) }

// tokenizer reads raw XML tokens (no namespace translation, which is the
// costly part of encoding/xml's Token for a large sheet) while still
// checking that elements nest and close, so a damaged or truncated sheet
// is an error and never a silently partial read.
type tokenizer struct {
	d     *xml.Decoder
	stack []xml.Name
}

func (t *tokenizer) next() (xml.Token, error) {
	tok, err := t.d.RawToken()
	if err != nil {
		if err == io.EOF && len(t.stack) > 0 {
			return nil, &xml.SyntaxError{Msg: "unexpected EOF", Line: t.line()}
		}
		return nil, err
	}
	switch x := tok.(type) {
	case xml.StartElement:
		t.stack = append(t.stack, x.Name)
	case xml.EndElement:
		n := len(t.stack)
		if n == 0 || t.stack[n-1] != x.Name {
			return nil, &xml.SyntaxError{Msg: "element " + x.Name.Local + " closed out of order", Line: t.line()}
		}
		t.stack = t.stack[:n-1]
	}
	return tok, nil
}

func (t *tokenizer) line() int {
	l, _ := t.d.InputPos()
	return l
}

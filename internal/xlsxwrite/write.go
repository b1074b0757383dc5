// Package xlsxwrite writes .xlsx workbooks described as []Sheet: title
// rows, a bold header row, data rows of typed cells (numbers, percent,
// rupiah, dates, text that must stay text, formulas with or without a
// cached value, error values), merged ranges, column widths and a picture.
//
// excelize builds the package; formulas with a typed cached value and
// error values (which excelize would store as text) are patched in as
// Excel writes them, and the parts are re-zipped in a fixed order, so the
// same sheets always give the same bytes. New + Book.Save let a caller
// decorate the excelize file in between (the `init` template does).
package xlsxwrite

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/internal/xlsx"
)

// Sheet describes one sheet to write: optional title rows, a header row,
// data rows and merged ranges.
type Sheet struct {
	Name   string   // sheet name
	Title  []string // title rows above the header (each in column A)
	Header []string // header row; empty for a label/value sheet
	Rows   [][]any  // data rows: see the cell value types below
	// Merge lists merged ranges ("B3:B4"), in the sheet's own coordinates.
	Merge []string
	// Width holds column widths (characters), column A first; 0 = default.
	Width []float64
	// Picture is a picture placed on the sheet.
	Picture *Picture
}

// Picture is a picture to place at a cell.
type Picture struct {
	Cell string // top-left cell, e.g. "D2"
	Data []byte
	Ext  string // ".png", ".jpg"
}

// Cell value types for Sheet.Rows besides string, int, int64, float64
// (number cells), bool and nil (empty cell).
type (
	// Percent is a number cell with a percent format storing the fraction:
	// Percent(0.8469) shows "84,69%".
	Percent float64
	// Rupiah is a number cell with a thousands format: Rupiah(7500000).
	Rupiah float64
	// Date is a date cell (a serial number with a date format).
	Date time.Time
	// Formula is a formula cell ("=C4/B4"); Cache is the cached value to
	// store (nil: none, so a reader must evaluate the formula).
	Formula struct {
		F     string
		Cache any
	}
	// TextDigits is a text cell holding digits that must stay text (a NIP).
	TextDigits string
	// ErrorValue is a cell holding an Excel error value ("#DIV/0!").
	ErrorValue string
)

// NumFmtDate is the number format of Date cells.
const NumFmtDate = "dd/mm/yyyy"

// Styles holds the style ids New creates once per workbook, so that a
// caller decorating the workbook further can reuse them.
type Styles struct {
	Bold    int // titles, header row, labels of a label/value sheet
	Percent int // "0.00%"
	Rupiah  int // "#,##0"
	Date    int // NumFmtDate
	Text    int // "@"
}

// Book is a workbook being written: the excelize file built from the
// Sheet descriptions plus the cells excelize cannot write as such
// (formulas with a typed cached value, error values), which Save puts in
// place. A caller may decorate File (styles, validation lists, freeze
// panes) between New and Save.
type Book struct {
	File   *excelize.File
	Styles Styles // set by New; zero for Wrap
	// patches: sheet name → cell → the <c> element to write instead.
	patches map[string]map[string]string
}

// Wrap makes a Book of an excelize file the caller builds itself (no
// styles are created).
func Wrap(f *excelize.File) *Book {
	return &Book{File: f, patches: map[string]map[string]string{}}
}

// SetPatchStyle gives a recorded special cell (Special, Formula) the style
// st unless it has one already (a typed cache chose its format).
func (bk *Book) SetPatchStyle(sh, ref string, st int) {
	m := bk.patches[sh]
	c, ok := m[ref]
	if !ok {
		return
	}
	head := `<c r="` + ref + `"`
	if strings.HasPrefix(c, head+` s="`) {
		return
	}
	m[ref] = head + ` s="` + strconv.Itoa(st) + `"` + strings.TrimPrefix(c, head)
}

// Write writes sheets as an .xlsx workbook to w. The same sheets always
// give the same bytes.
func Write(w io.Writer, sheets []Sheet) error {
	bk, err := New(sheets)
	if err != nil {
		return err
	}
	defer bk.File.Close()
	return bk.Save(w)
}

// WriteFile writes sheets to path atomically: a temporary file in the
// same folder, renamed over path once complete.
func WriteFile(path string, sheets []Sheet) error {
	var buf bytes.Buffer
	if err := Write(&buf, sheets); err != nil {
		return err
	}
	return output.WriteAtomic(context.Background(), path, buf.Bytes())
}

// New builds the workbook described by sheets.
func New(sheets []Sheet) (*Book, error) {
	if len(sheets) == 0 {
		return nil, errors.New("buku kerja tanpa lembar tidak dapat ditulis")
	}
	f := excelize.NewFile()
	bk := Wrap(f)
	fail := func(err error) (*Book, error) {
		f.Close()
		return nil, err
	}
	if err := bk.newStyles(); err != nil {
		return fail(err)
	}
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "lapkin", LastModifiedBy: "lapkin"})
	seen := map[string]bool{}
	for i, l := range sheets {
		key := strings.ToLower(l.Name)
		if l.Name == "" || seen[key] {
			return fail(fmt.Errorf("nama lembar %q kosong atau ganda", l.Name))
		}
		seen[key] = true
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", l.Name)
		} else {
			_, err = f.NewSheet(l.Name)
		}
		if err != nil {
			return fail(fmt.Errorf("nama lembar %q tidak sah (paling banyak 31 karakter, tanpa : \\ / ? * [ ]): %v", l.Name, err))
		}
		if err := bk.writeSheet(l); err != nil {
			return fail(fmt.Errorf("lembar %s: %w", l.Name, err))
		}
	}
	f.SetActiveSheet(0)
	return bk, nil
}

func (bk *Book) newStyles() error {
	f := bk.File
	var err error
	date := NumFmtDate
	for _, s := range []struct {
		id *int
		st *excelize.Style
	}{
		{&bk.Styles.Bold, &excelize.Style{Font: &excelize.Font{Bold: true}}},
		{&bk.Styles.Percent, &excelize.Style{NumFmt: 10}},
		{&bk.Styles.Rupiah, &excelize.Style{NumFmt: 3}},
		{&bk.Styles.Date, &excelize.Style{CustomNumFmt: &date}},
		{&bk.Styles.Text, &excelize.Style{NumFmt: 49}},
	} {
		if *s.id, err = f.NewStyle(s.st); err != nil {
			return err
		}
	}
	return nil
}

func (bk *Book) writeSheet(l Sheet) error {
	f, sh := bk.File, l.Name
	row := 1
	for _, j := range l.Title {
		if j != "" {
			ref := xlsx.CellName(1, row)
			if err := f.SetCellStr(sh, ref, j); err != nil {
				return err
			}
			if err := f.SetCellStyle(sh, ref, ref, bk.Styles.Bold); err != nil {
				return err
			}
		}
		row++
	}
	if len(l.Header) > 0 {
		for c, h := range l.Header {
			ref := xlsx.CellName(c+1, row)
			if err := f.SetCellStr(sh, ref, h); err != nil {
				return err
			}
		}
		if err := f.SetCellStyle(sh, xlsx.CellName(1, row), xlsx.CellName(len(l.Header), row), bk.Styles.Bold); err != nil {
			return err
		}
		row++
	}
	for _, br := range l.Rows {
		for c, v := range br {
			ref := xlsx.CellName(c+1, row)
			if err := bk.writeCell(sh, ref, v); err != nil {
				return fmt.Errorf("sel %s: %w", ref, err)
			}
			if c == 0 && len(l.Header) == 0 {
				if _, ok := v.(string); ok {
					if err := f.SetCellStyle(sh, ref, ref, bk.Styles.Bold); err != nil {
						return err
					}
				}
			}
		}
		row++
	}
	for _, g := range l.Merge {
		a, b, found := strings.Cut(g, ":")
		if !found {
			return fmt.Errorf("rentang gabungan %q harus berbentuk A1:B2", g)
		}
		if err := f.MergeCell(sh, a, b); err != nil {
			return fmt.Errorf("rentang gabungan %q: %v", g, err)
		}
	}
	for i, w := range l.Width {
		if w > 0 {
			c := xlsx.ColumnName(i + 1)
			if err := f.SetColWidth(sh, c, c, w); err != nil {
				return err
			}
		}
	}
	if gb := l.Picture; gb != nil && len(gb.Data) > 0 {
		ext := strings.ToLower(gb.Ext)
		if !strings.HasPrefix(ext, ".") {
			ext = "." + ext
		}
		if err := f.AddPictureFromBytes(sh, gb.Cell, &excelize.Picture{
			Extension: ext, File: gb.Data,
			Format: &excelize.GraphicOptions{AltText: "Logo", LockAspectRatio: true},
		}); err != nil {
			return fmt.Errorf("gambar di %s: %v", gb.Cell, err)
		}
	}
	return nil
}

func checkNumber(v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("angka %v tidak dapat ditulis", v)
	}
	return nil
}

// writeCell writes one cell of a data row: its value (SetValue) and, for
// the typed values, the style that shows it (percent, rupiah, date, text).
func (bk *Book) writeCell(sh, ref string, v any) error {
	switch x := v.(type) {
	case Formula:
		return bk.Formula(sh, ref, x)
	case ErrorValue:
		return bk.Special(sh, ref, 0, "e", "", string(x))
	}
	if err := SetValue(bk.File, sh, ref, v); err != nil {
		return err
	}
	style := 0
	switch v.(type) {
	case Percent:
		style = bk.Styles.Percent
	case Rupiah:
		style = bk.Styles.Rupiah
	case Date, time.Time:
		style = bk.Styles.Date
	case TextDigits:
		style = bk.Styles.Text
	}
	if style == 0 {
		return nil
	}
	return bk.File.SetCellStyle(sh, ref, ref, style)
}

// SetValue writes the value of v into a cell without touching its style:
// the part the plain writer and the template share. Formula and error
// cells (Formula, ErrorValue) need more than a value: Book.Formula and
// Book.Special write them.
func SetValue(f *excelize.File, sh, ref string, v any) error {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return f.SetCellStr(sh, ref, x)
	case TextDigits:
		return f.SetCellStr(sh, ref, string(x))
	case int:
		return f.SetCellInt(sh, ref, int64(x))
	case int64:
		return f.SetCellInt(sh, ref, x)
	case int32:
		return f.SetCellInt(sh, ref, int64(x))
	case float32:
		return SetValue(f, sh, ref, float64(x))
	case float64:
		if err := checkNumber(x); err != nil {
			return err
		}
		return f.SetCellFloat(sh, ref, x, -1, 64)
	case bool:
		return f.SetCellBool(sh, ref, x)
	case Percent:
		return SetValue(f, sh, ref, float64(x))
	case Rupiah:
		return SetValue(f, sh, ref, float64(x))
	case Date:
		return SetValue(f, sh, ref, xlsx.DateToSerial(time.Time(x)))
	case time.Time:
		return SetValue(f, sh, ref, xlsx.DateToSerial(x))
	}
	return fmt.Errorf("jenis nilai %T tidak didukung", v)
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Formula writes a formula cell with its cached value typed as Excel
// does: a number without a type, text as "str", a boolean as "b", an error
// as "e"; no cached value at all when Cache is nil.
func (bk *Book) Formula(sh, ref string, r Formula) error {
	formula := strings.TrimPrefix(strings.TrimSpace(r.F), "=")
	if formula == "" {
		return errors.New("rumus kosong")
	}
	style, t, v := 0, "", ""
	switch c := r.Cache.(type) {
	case nil:
	case int:
		v = strconv.Itoa(c)
	case int64:
		v = strconv.FormatInt(c, 10)
	case float64:
		if err := checkNumber(c); err != nil {
			return err
		}
		v = formatNumber(c)
	case Percent:
		style, v = bk.Styles.Percent, formatNumber(float64(c))
	case Rupiah:
		style, v = bk.Styles.Rupiah, formatNumber(float64(c))
	case Date:
		style, v = bk.Styles.Date, formatNumber(xlsx.DateToSerial(time.Time(c)))
	case string:
		t, v = "str", c
	case TextDigits:
		style, t, v = bk.Styles.Text, "str", string(c)
	case bool:
		t, v = "b", "0"
		if c {
			v = "1"
		}
	case ErrorValue:
		t, v = "e", string(c)
	default:
		return fmt.Errorf("nilai tersimpan rumus berjenis %T tidak didukung", r.Cache)
	}
	return bk.Special(sh, ref, style, t, formula, v)
}

// Special writes a placeholder through excelize (so the cell exists, with
// its style) and records the real <c> element (type t, formula, value v)
// for Save.
func (bk *Book) Special(sh, ref string, style int, t, formula, v string) error {
	if err := bk.File.SetCellInt(sh, ref, 0); err != nil {
		return err
	}
	if style != 0 {
		if err := bk.File.SetCellStyle(sh, ref, ref, style); err != nil {
			return err
		}
	}
	var b strings.Builder
	b.WriteString(`<c r="`)
	b.WriteString(ref)
	b.WriteString(`"`)
	if style != 0 {
		b.WriteString(` s="` + strconv.Itoa(style) + `"`)
	}
	if t != "" {
		b.WriteString(` t="` + t + `"`)
	}
	b.WriteString(`>`)
	if formula != "" {
		b.WriteString(`<f>`)
		_ = xml.EscapeText(&b, []byte(formula))
		b.WriteString(`</f>`)
	}
	if v != "" || t == "str" && formula != "" {
		b.WriteString(`<v>`)
		_ = xml.EscapeText(&b, []byte(v))
		b.WriteString(`</v>`)
	}
	b.WriteString(`</c>`)
	m := bk.patches[sh]
	if m == nil {
		m = map[string]string{}
		bk.patches[sh] = m
	}
	m[ref] = b.String()
	return nil
}

// Save writes the workbook to w: excelize's package with the special
// cells put in place, re-zipped with the parts in a fixed order, so the
// same workbook always gives the same bytes.
func (bk *Book) Save(w io.Writer) error {
	raw, err := bk.File.WriteToBuffer()
	if err != nil {
		return fmt.Errorf("buku kerja tidak dapat disusun: %v", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw.Bytes()), int64(raw.Len()))
	if err != nil {
		return err
	}
	pkg, err := xlsx.OpenPackage(zr)
	if err != nil {
		return err
	}
	patchByPart := map[string]map[string]string{}
	for sh, m := range bk.patches {
		found := false
		for _, s := range pkg.Sheets() {
			if strings.EqualFold(s.Name, sh) {
				patchByPart[xlsx.NormPart(s.Path)] = m
				found = true
			}
		}
		if !found {
			return fmt.Errorf("lembar %s tidak ditemukan saat menyimpan", sh)
		}
	}
	files := append([]*zip.File(nil), zr.File...)
	order := func(n string) int {
		switch n {
		case "[Content_Types].xml":
			return 0
		case "_rels/.rels":
			return 1
		}
		return 2
	}
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].Name, files[j].Name
		if order(a) != order(b) {
			return order(a) < order(b)
		}
		return a < b
	})
	zw := zip.NewWriter(w)
	for _, zf := range files {
		rc, err := zf.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if zf.Name == "[Content_Types].xml" {
			data = sortDefaults(data)
		}
		if m := patchByPart[xlsx.NormPart(zf.Name)]; m != nil {
			if data, err = patchXML(data, m); err != nil {
				return err
			}
		}
		out, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate})
		if err != nil {
			return err
		}
		if _, err := out.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// patchXML replaces the <c> elements named in patches, in one pass.
func patchXML(src []byte, patches map[string]string) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(src) + 64*len(patches))
	open := []byte(`<c r="`)
	i, done, applied := 0, 0, 0
	for {
		j := bytes.Index(src[i:], open)
		if j < 0 {
			break
		}
		start := i + j
		refStart := start + len(open)
		q := bytes.IndexByte(src[refStart:], '"')
		if q < 0 {
			break
		}
		ref := src[refStart : refStart+q]
		gt := bytes.IndexByte(src[refStart+q:], '>')
		if gt < 0 {
			break
		}
		gt += refStart + q
		end := gt + 1
		if src[gt-1] != '/' {
			k := bytes.Index(src[gt:], []byte("</c>"))
			if k < 0 {
				break
			}
			end = gt + k + len("</c>")
		}
		if x, ok := patches[string(ref)]; ok {
			out.Write(src[done:start])
			out.WriteString(x)
			done = end
			applied++
		}
		i = end
	}
	out.Write(src[done:])
	if applied != len(patches) {
		return nil, fmt.Errorf("hanya %d dari %d sel khusus dapat ditulis", applied, len(patches))
	}
	return out.Bytes(), nil
}

// reDefault is compiled on first use, not in every process.
var reDefault = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<Default [^>]*?(?:/>|></Default>)`) })

// sortDefaults sorts the <Default> entries of [Content_Types].xml, which
// excelize writes in map order when a picture is added.
func sortDefaults(data []byte) []byte {
	locs := reDefault().FindAllIndex(data, -1)
	if len(locs) < 2 {
		return data
	}
	for i := 1; i < len(locs); i++ {
		if locs[i][0] != locs[i-1][1] {
			return data // not one contiguous run: leave as is
		}
	}
	items := make([]string, len(locs))
	for i, l := range locs {
		items[i] = string(data[l[0]:l[1]])
	}
	sort.Strings(items)
	var out bytes.Buffer
	out.Write(data[:locs[0][0]])
	for _, it := range items {
		out.WriteString(it)
	}
	out.Write(data[locs[len(locs)-1][1]:])
	return out.Bytes()
}

package xlsx_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/lapkin/lapkin/internal/xlsx"
)

// testdataWorkbooks lists every workbook in testdata/ (the examples and
// the LibreOffice copy).
func testdataWorkbooks(t *testing.T) []string {
	t.Helper()
	a, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*.xlsx"))
	b, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "*.xlsx"))
	all := append(a, b...)
	if len(all) < 3 {
		t.Fatalf("testdata workbooks: %v", all)
	}
	return all
}

// The own reader and excelize, an independent implementation, see the
// same cells (value, type, formula) and merged ranges in every workbook
// of testdata/.
func TestDifferentialExcelize(t *testing.T) {
	for _, p := range testdataWorkbooks(t) {
		t.Run(filepath.Base(filepath.Dir(p))+"/"+filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			wb, err := xlsx.Open(data, filepath.Base(p), "")
			if err != nil {
				t.Fatal(err)
			}
			defer wb.Close()
			xf, err := excelize.OpenFile(p)
			if err != nil {
				t.Fatal(err)
			}
			defer xf.Close()
			var names []string
			for _, s := range wb.Sheets() {
				names = append(names, s.Name)
			}
			if got := xf.GetSheetList(); !equal(got, names) {
				t.Errorf("sheets: excelize %v, own %v", got, names)
			}
			cells, pictures := 0, 0
			for _, s := range wb.Sheets() {
				g, err := wb.ReadSheet(s)
				if err != nil {
					t.Fatal(err)
				}
				cells += compareSheet(t, xf, s.Name, g)
				pictures += comparePicture(t, wb, xf, s)
			}
			t.Logf("%d pictures compared", pictures)
			t.Logf("%d cells and merged ranges compared", cells)
			if cells == 0 {
				t.Fatal("no cell compared")
			}
		})
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// compareSheet compares one sheet and returns how many cells it compared.
func compareSheet(t *testing.T, xf *excelize.File, sheet string, g *xlsx.Grid) int {
	t.Helper()
	// Every non-empty cell excelize sees is one of ours, with the same
	// value and type.
	rows, err := xf.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for r, row := range rows {
		for c, v := range row {
			ref := xlsx.CellName(c+1, r+1)
			own := g.Cell(r+1, c+1)
			formula, _ := xf.GetCellFormula(sheet, ref)
			if v == "" && formula == "" {
				if own != nil && own.HasValue && own.Value != "" {
					t.Errorf("%s!%s: own %q, excelize empty", sheet, ref, own.Value)
				}
				continue
			}
			n++
			if own == nil {
				t.Errorf("%s!%s: excelize %q, own nothing", sheet, ref, v)
				continue
			}
			if own.Value != v {
				t.Errorf("%s!%s: own %q, excelize %q", sheet, ref, own.Value, v)
			}
			if own.HasFormula != (formula != "") || (own.Formula != "" && own.Formula != formula) {
				t.Errorf("%s!%s: own formula %q, excelize %q", sheet, ref, own.Formula, formula)
			}
			typ, _ := xf.GetCellType(sheet, ref)
			if want := ownType(typ, own); want != own.Type {
				t.Errorf("%s!%s: own type %q, excelize %v", sheet, ref, own.Type, typ)
			}
		}
	}
	// And every cell of ours with a value is one excelize sees.
	for _, row := range g.Rows {
		for _, c := range row.Cells {
			if !c.HasValue || c.Value == "" {
				continue
			}
			if c.Row > len(rows) || c.Col > len(rows[c.Row-1]) || rows[c.Row-1][c.Col-1] == "" {
				t.Errorf("%s!%s: own %q, excelize nothing", sheet, c.Ref(), c.Value)
			}
		}
	}
	// The same merged ranges.
	merged, err := xf.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var theirs, ours []string
	for _, m := range merged {
		theirs = append(theirs, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	for _, m := range g.Merges {
		ours = append(ours, xlsx.CellName(m.C1, m.R1)+":"+xlsx.CellName(m.C2, m.R2))
	}
	sort.Strings(theirs)
	sort.Strings(ours)
	if !equal(theirs, ours) {
		t.Errorf("%s merged ranges: own %v, excelize %v", sheet, ours, theirs)
	}
	return n + len(ours)
}

// ownType is the own reader's type for excelize's.
func ownType(t excelize.CellType, own *xlsx.Cell) byte {
	switch t {
	case excelize.CellTypeBool:
		return 'b'
	case excelize.CellTypeError:
		return 'e'
	case excelize.CellTypeDate:
		return 'd'
	case excelize.CellTypeInlineString, excelize.CellTypeSharedString:
		return 's'
	case excelize.CellTypeFormula:
		// t="str": a formula's text result.
		return 's'
	case excelize.CellTypeNumber, excelize.CellTypeUnset:
		if _, err := strconv.ParseFloat(own.Value, 64); err == nil {
			return 'n'
		}
	}
	return 0
}

// comparePicture compares the sheet's first picture (top-most, then
// left-most) with excelize's; it returns 1 when there is one.
func comparePicture(t *testing.T, wb *xlsx.Workbook, xf *excelize.File, s xlsx.Sheet) int {
	t.Helper()
	own, ok := wb.FirstPicture(s)
	cells, err := xf.GetPictureCells(s.Name)
	if err != nil {
		t.Fatal(err)
	}
	if len(cells) == 0 {
		if ok {
			t.Errorf("%s: own picture at %s, excelize none", s.Name, xlsx.CellName(own.Col, own.Row))
		}
		return 0
	}
	sort.Slice(cells, func(i, j int) bool {
		ci, ri, _ := xlsx.ParseCell(cells[i])
		cj, rj, _ := xlsx.ParseCell(cells[j])
		return ri < rj || ri == rj && ci < cj
	})
	pics, err := xf.GetPictures(s.Name, cells[0])
	if err != nil || len(pics) == 0 {
		t.Fatalf("excelize GetPictures: %v", err)
	}
	if !ok || xlsx.CellName(own.Col, own.Row) != cells[0] || !bytes.Equal(own.Data, pics[0].File) || own.Ext != pics[0].Extension {
		t.Errorf("%s: own picture %v at %s (%d bytes, %s), excelize at %s (%d bytes, %s)", s.Name, ok,
			xlsx.CellName(own.Col, own.Row), len(own.Data), own.Ext, cells[0], len(pics[0].File), pics[0].Extension)
	}
	return 1
}

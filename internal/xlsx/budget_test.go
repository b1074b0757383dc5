package xlsx

import (
	"strings"
	"testing"
)

// lower sets a limit for one test.
func lower(t *testing.T, p *int, v int) {
	old := *p
	*p = v
	t.Cleanup(func() { *p = old })
}

// Each limit of the budget stops the reading with its own reason; the
// numbers are lowered so that small sheets reach them.
func TestBudgetLimits(t *testing.T) {
	rows := func(n int) string {
		var b strings.Builder
		b.WriteString("<worksheet><sheetData>")
		for r := 1; r <= n; r++ {
			b.WriteString(`<row r="` + itoa(r) + `"><c r="A` + itoa(r) + `"><v>1</v></c></row>`)
		}
		b.WriteString("</sheetData></worksheet>")
		return b.String()
	}
	for _, c := range []struct {
		name  string
		limit *int
		value int
		xml   string
		why   string
	}{
		{"rows", &MaxRowsKept, 5, rows(6), "lebih dari 5 baris"},
		{"cells", &MaxCells, 5, rows(6), "batas 5 sel"},
		{"elements", &MaxElements, 10, rows(6), "lebih dari 10 elemen XML"},
		{"depth", &MaxDepth, 3, "<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>", "lebih dari 3 tingkat"},
		{"merges", &MaxMerges, 1, `<worksheet><mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A2:B2"/></mergeCells></worksheet>`, "lebih dari 1 rentang"},
		{"merge span", &MaxMergeSpan, 3, `<worksheet><mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A2:B2"/></mergeCells></worksheet>`, "lebih dari 3 kolom"},
	} {
		t.Run(c.name, func(t *testing.T) {
			lower(t, c.limit, c.value)
			_, err := ReadGrid(strings.NewReader(c.xml), nil, nil)
			if err == nil || !strings.Contains(err.Error(), c.why) {
				t.Errorf("error %v, want one containing %q", err, c.why)
			}
			if _, ok := err.(*Error); !ok {
				t.Errorf("%T is not an *Error", err)
			}
		})
	}
	// The same sheets pass with the real limits.
	if _, err := ReadGrid(strings.NewReader(rows(6)), nil, nil); err != nil {
		t.Error(err)
	}
}

func itoa(n int) string { return CellName(1, n)[1:] }

// Text over a cell's limit is kept cut and marked 'L'; the workbook's text
// budget stops a reading that keeps too much.
func TestBudgetText(t *testing.T) {
	long := strings.Repeat("é", MaxCellText+10)
	g, err := ReadGrid(strings.NewReader(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`+long+`</t></is></c><c r="B1" t="str"><f>"x"</f><v>`+long+`</v></c><c r="C1" t="s"><v>0</v></c></row></sheetData></worksheet>`),
		&SharedStrings{List: []string{"pendek"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, col := range []int{1, 2} {
		c := g.Cell(1, col)
		if c.Type != 'L' || len([]rune(c.Value)) != MaxCellText {
			t.Errorf("column %d: type %q, %d characters", col, c.Type, len([]rune(c.Value)))
		}
	}
	if c := g.Cell(1, 3); c.Type != 's' || c.Value != "pendek" {
		t.Errorf("shared string: %+v", c)
	}
	sst, err := ReadSharedStrings(strings.NewReader(`<sst><si><t>`+long+`</t></si><si><t>b</t></si></sst>`), nil)
	if err != nil || !sst.long[0] || sst.long[1] || len([]rune(sst.List[0])) != MaxCellText {
		t.Errorf("shared strings: %v %v", err, sst.long)
	}
	func() {
		old := MaxText
		MaxText = 100
		defer func() { MaxText = old }()
		if _, err := ReadGrid(strings.NewReader(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`+strings.Repeat("x", 101)+`</t></is></c></row></sheetData></worksheet>`), nil, nil); err == nil || !strings.Contains(err.Error(), "100 byte teks") {
			t.Errorf("text budget: %v", err)
		}
	}()
	// A formula over Excel's length is kept cut and never evaluated.
	g, err = ReadGrid(strings.NewReader(`<worksheet><sheetData><row r="1"><c r="A1"><f>`+strings.Repeat("1+", MaxFormula)+`1</f></c></row></sheetData></worksheet>`), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, why := Eval(g.Cell(1, 1).Formula, &mapEnv{steps: 1 << 20}); why != WhyTooBig {
		t.Errorf("long formula: %q", why)
	}
}

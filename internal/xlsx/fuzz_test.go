package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fuzz targets take one part's XML directly (a whole zip rarely gets
// past its checksums, and opening one costs ~100 times more): the seeds
// are the parts of every workbook in testdata/ and the attack shapes of
// the hostile-workbook tests. None may panic, and every failure must be
// an *Error (an Indonesian reason for LK001).

// testdataParts returns the parts of the testdata workbooks whose names
// match.
func testdataParts(t testing.TB, match func(name string) bool) [][]byte {
	t.Helper()
	var out [][]byte
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*.xlsx"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "*.xlsx"))
	for _, p := range append(files, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, f := range zr.File {
			if !match(f.Name) {
				continue
			}
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		t.Fatal("no seed parts in testdata")
	}
	return out
}

func checkErr(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if e := AsError(err); e == nil || strings.TrimSpace(e.Reason) == "" {
		t.Fatalf("error without a reason: %v", err)
	}
}

func FuzzReadGrid(f *testing.F) {
	for _, p := range testdataParts(f, func(n string) bool { return strings.HasPrefix(n, "xl/worksheets/sheet") }) {
		f.Add(p)
	}
	for _, s := range []string{
		`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c><c r="B1" t="s"><v>0</v></c></row>` +
			`<row r="3"><c r="A3"><f>A2+1</f></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" s="2"><v>0.5</v></c></row></sheetData>` +
			`<mergeCells><mergeCell ref="A2:A9"/><mergeCell ref="C1:C3"/></mergeCells></worksheet>`,
		`<worksheet><sheetData><row><c t="s"><v>0</v></c><c><f t="shared" si="0"/></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"/><row r="1"/><row r="2"><c/><c/><c/></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`,
		`<worksheet><sheetData><row r="0"><c r="ZZZZZ99999999"><v>1</v></c></row><row r="5"><c t="s"><v>-1</v></c></row></sheetData><mergeCells><mergeCell ref="B9:A1"/></mergeCells></worksheet>`,
		`<worksheet><sheetData><row r="2"><c r="A2"><f>ROMAN(9E99)</f></c><c r="B2"><f>LEN(REPT(REPT("x",32767),32767))</f></c></row></sheetData></worksheet>`,
		`<worksheet>` + strings.Repeat("<a>", 200) + `</worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>` + strings.Repeat("x", 40000) + `</v></c></row></sheetData></worksheet>`,
	} {
		f.Add([]byte(s))
	}
	sst := &SharedStrings{List: []string{"Kode", "Indikator"}}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ReadGrid(bytes.NewReader(data), sst, nil)
		checkErr(t, err)
		if err != nil {
			return
		}
		for _, r := range g.Rows {
			for i := range r.Cells {
				c := &r.Cells[i]
				if c.Row != r.N || c.Col < 1 || c.Col > MaxColumns || (i > 0 && r.Cells[i-1].Col >= c.Col) {
					t.Fatalf("cell %+v in row %d out of order", c, r.N)
				}
				if len([]rune(c.Value)) > MaxCellText {
					t.Fatalf("cell text of %d characters kept", len([]rune(c.Value)))
				}
				_ = g.Get(&r, r.N, c.Col+1)
			}
		}
		for _, m := range g.Merges {
			if m.R1 > m.R2 || m.C1 > m.C2 {
				t.Fatalf("merge %+v not in order", m)
			}
			_ = g.Get(nil, m.R2, m.C2)
		}
	})
}

func FuzzReadSharedStrings(f *testing.F) {
	for _, p := range testdataParts(f, func(n string) bool { return strings.HasSuffix(n, "sharedStrings.xml") }) {
		f.Add(p)
	}
	f.Add([]byte(`<sst><si><t>a_x000D_b</t></si><si><r><t>x</t></r><r><t>y</t></r><rPh><t>ignored</t></rPh></si><si/></sst>`))
	f.Add([]byte(`<sst>` + strings.Repeat("<si/>", 1000) + `</sst>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sst, err := ReadSharedStrings(bytes.NewReader(data), nil)
		checkErr(t, err)
		if err == nil {
			for _, s := range sst.List {
				if len([]rune(s)) > MaxCellText {
					t.Fatalf("shared string of %d characters kept", len([]rune(s)))
				}
			}
		}
	})
}

func FuzzReadStyles(f *testing.F) {
	for _, p := range testdataParts(f, func(n string) bool { return strings.HasSuffix(n, "styles.xml") }) {
		f.Add(p)
	}
	f.Add([]byte(`<styleSheet><numFmts><numFmt numFmtId="164" formatCode="[$-421]dd\ mmmm\ yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;Rp&quot;#,##0"/></numFmts><cellXfs><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="10"/></cellXfs></styleSheet>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = ReadStyles(bytes.NewReader(data), nil)
	})
}

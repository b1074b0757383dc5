package fpdf

import (
	"regexp"
	"strings"
	"testing"
)

// Plain texts share a text object with relative offsets; a line drawn
// between them closes it.
func TestTextRun(t *testing.T) {
	f := New("P", "pt", "A4", "")
	f.SetFont("Helvetica", "", 10)
	f.AddPage()
	f.SetXY(100, 100)
	f.CellFormat(50, 10, "a", "", 0, "L", false, 0, "")
	f.CellFormat(50, 10, "b", "", 0, "L", false, 0, "") // 50 pt to the right
	f.Line(0, 0, 10, 10)
	f.SetXY(100, 120)
	f.CellFormat(50, 10, "c", "", 0, "L", false, 0, "")
	page := f.pages[1].String()
	// b is 50 pt right of a (give or take the rounding of a's position).
	if !regexp.MustCompile(`\(a\)Tj\n50(\.0[01])? 0 Td \(b\)Tj\nET\n`).MatchString(page) {
		t.Errorf("a and b not in one text object:\n%s", page)
	}
	f.Close()
	if got := f.pages[1].String(); strings.Count(got, "BT") != strings.Count(got, "ET") {
		t.Errorf("unbalanced text objects:\n%s", got)
	}
}

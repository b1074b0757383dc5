package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// Findings name the sheet as the workbook has it ("Perjanjian Kinerja",
// read as Target), so that the user finds the cell.
func TestFindingsNameTheWorkbooksSheet(t *testing.T) {
	sheets := contoh.Bersih()
	for i := range sheets {
		if sheets[i].Nama == "Target" {
			sheets[i].Nama = "Perjanjian Kinerja"
			sheets[i].Baris[1][4] = nil // K2's annual target (row 4, column E) left empty
		}
	}
	path := filepath.Join(t.TempDir(), "pk.xlsx")
	if err := workbook.WriteFile(path, sheets); err != nil {
		t.Fatal(err)
	}
	out, _, code := runCLI(t, "validate", path, "--format", "json")
	if code != 1 {
		t.Fatalf("exit %d, want 1:\n%s", code, out)
	}
	var res struct {
		Findings []struct{ Rule, Sheet, Cell string } `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Findings {
		if f.Sheet == "Target" {
			t.Errorf("finding names the canonical sheet: %+v", f)
		}
		if f.Rule == "LK005" && f.Sheet == "Perjanjian Kinerja" && f.Cell == "E4" {
			found = true
		}
	}
	if !found {
		t.Errorf("no LK005 at Perjanjian Kinerja!E4 in %s", out)
	}
	text, _, _ := runCLI(t, "validate", path)
	if !strings.Contains(text, "Perjanjian Kinerja!E4") {
		t.Errorf("text output lacks Perjanjian Kinerja!E4:\n%s", text)
	}
}

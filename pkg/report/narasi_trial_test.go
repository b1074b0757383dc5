package report

import (
	"os"
	"path/filepath"
	"testing"
)

// The built-in templates are not tried on sample data when a process loads
// them (only a user's are): this test does it instead, so that a built-in
// template that fails on the sample data fails here.
func TestBuiltinTemplatesTrial(t *testing.T) {
	ts, err := loadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	if err := ts.trial(); err != nil {
		t.Fatalf("built-in templates fail on sample data: %v", err)
	}
}

// A user's template is still tried when it is loaded: one that fails on
// the sample data is refused before any workbook is read.
func TestUserTemplateTrial(t *testing.T) {
	dir := t.TempDir()
	// A field the sample data does not have: parses, fails when executed.
	if err := os.WriteFile(filepath.Join(dir, "penutup.tmpl"), []byte("{{.TidakAda}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadTemplates(dir); err == nil {
		t.Fatal("a template that fails on sample data was accepted")
	}
}

// The annual report's built-in templates are parsed on first use, not
// when the templates are loaded; the report's templates are parsed then.
func TestAnnualTemplatesParsedOnUse(t *testing.T) {
	ts, err := loadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range daftarBerkasTahunan {
		if _, ok := ts.unparsed[name]; !ok {
			t.Errorf("%s parsed at load", name)
		}
	}
	if _, ok := ts.t[templateIkhtisar]; !ok {
		t.Errorf("%s not parsed at load", templateIkhtisar)
	}
	if _, err := ts.lookup(berkasPenutupTahunan); err != nil {
		t.Fatal(err)
	}
	if _, ok := ts.unparsed[berkasPenutupTahunan]; ok {
		t.Errorf("%s still unparsed after use", berkasPenutupTahunan)
	}
	if _, err := ts.lookup("tidak_ada.tmpl"); err == nil {
		t.Error("an unknown template was found")
	}
}

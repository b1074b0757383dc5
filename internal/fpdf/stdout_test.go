package fpdf

// fpdf must never print to stdout: lapkin writes the PDF itself to stdout
// with `-o -`, and one diagnostic line there corrupts it. A font problem is
// the document's error (Fpdf.Error) instead.

import (
	"encoding/binary"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// captureStdout runs fn with os.Stdout redirected to a pipe and returns
// what it wrote.
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	defer func() { os.Stdout = old }()
	fn()
	os.Stdout = old
	w.Close()
	return <-done
}

// withFsType returns a copy of a TrueType font whose OS/2 table's fsType
// (offset 8 of the table) is v: 0x0002 means "restricted licence
// embedding", which the font parser refuses.
func withFsType(t *testing.T, font []byte, v uint16) []byte {
	t.Helper()
	b := append([]byte(nil), font...)
	numTables := int(binary.BigEndian.Uint16(b[4:6]))
	for i := range numTables {
		e := b[12+16*i:]
		if string(e[0:4]) == "OS/2" {
			off := int(binary.BigEndian.Uint32(e[8:12]))
			binary.BigEndian.PutUint16(b[off+8:], v)
			return b
		}
	}
	t.Fatal("no OS/2 table in the font")
	return nil
}

func TestFontProblemsNotPrinted(t *testing.T) {
	regular, err := os.ReadFile(filepath.Join("..", "..", "templates", "font", "LiberationSans-Regular.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		font []byte
	}{
		// parsedUTF8Font fails: the original printed "get metrics Error".
		{"not a font", []byte("this is not a TrueType font at all, just text")},
		// parseOS2Table refuses: the original printed "ERROR - copyright
		// restrictions." and went on.
		{"embedding forbidden", withFsType(t, regular, 0x0002)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var pdfErr error
			out := captureStdout(t, func() {
				pdf := New("P", "mm", "A4", "")
				pdf.AddUTF8FontFromBytes("qa"+strings.ReplaceAll(c.name, " ", ""), "", c.font)
				pdfErr = pdf.Error()
			})
			if out != "" {
				t.Errorf("printed to stdout: %q", out)
			}
			if pdfErr == nil {
				t.Error("no error for a font that cannot be used")
			}
		})
	}
	// The unchanged font still loads.
	pdf := New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("qaok", "", regular)
	if pdf.Error() != nil {
		t.Errorf("the report font: %v", pdf.Error())
	}
}

// No non-test source of the package calls fmt.Print*, print/println or
// writes to os.Stdout.
func TestNoStdoutInSource(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				if id, ok := x.Fun.(*ast.Ident); ok && (id.Name == "print" || id.Name == "println") {
					t.Errorf("%s: %s", fset.Position(x.Pos()), id.Name)
				}
				if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
					if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "fmt" && strings.HasPrefix(sel.Sel.Name, "Print") {
						t.Errorf("%s: fmt.%s prints to stdout", fset.Position(x.Pos()), sel.Sel.Name)
					}
				}
			case *ast.SelectorExpr:
				if pkg, ok := x.X.(*ast.Ident); ok && pkg.Name == "os" && x.Sel.Name == "Stdout" {
					t.Errorf("%s: os.Stdout", fset.Position(x.Pos()))
				}
			}
			return true
		})
	}
}

package kinerja

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Every expression of the checks compiles, lazyRegexps lists every one the
// package declares with lazyRE, and Prepare compiles those every report
// needs (warmRegexps).
func TestLazyRegexps(t *testing.T) {
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.source()); err != nil {
			t.Errorf("%q: %v", l.source(), err)
		}
	}
	declared := 0
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				if id, ok := c.Fun.(*ast.Ident); ok && (id.Name == "lazyRE" || id.Name == "lazyREFunc") {
					declared++
				}
			}
			return true
		})
	}
	if len(lazyRegexps) != declared {
		t.Errorf("lazyRegexps lists %d expressions, the package declares %d with lazyRE and lazyREFunc", len(lazyRegexps), declared)
	}
	Prepare()
	for _, l := range warmRegexps {
		if l.re == nil {
			t.Errorf("%q not compiled by Prepare", l.source())
		}
		if !slices.Contains(lazyRegexps, l) {
			t.Errorf("%q of warmRegexps is not in lazyRegexps", l.source())
		}
	}
}

package main

// The README's Layout table is how a newcomer finds their way: every
// package folder of the repository is named in it, and every path it names
// exists.

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// layoutPaths returns the paths named (in backquotes) in the first column
// of the README's "## Layout" table, without a trailing slash.
func layoutPaths(t *testing.T, readme string) []string {
	t.Helper()
	_, section, ok := strings.Cut(readme, "\n## Layout\n")
	if !ok {
		t.Fatal("README has no \"## Layout\" section")
	}
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	quoted := regexp.MustCompile("`([^`]+)`")
	var paths []string
	for _, line := range strings.Split(section, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || strings.HasPrefix(strings.TrimSpace(cells[1]), "---") {
			continue
		}
		for _, m := range quoted.FindAllStringSubmatch(cells[1], -1) {
			paths = append(paths, strings.TrimSuffix(m[1], "/"))
		}
	}
	return paths
}

func TestREADMELayout(t *testing.T) {
	root := filepath.Join("..", "..")
	b, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	for _, p := range layoutPaths(t, string(b)) {
		named[p] = true
		if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(p))); err != nil {
			t.Errorf("the Layout table names %s, which does not exist", p)
		}
	}
	if len(named) < 10 {
		t.Fatalf("only %d paths read from the Layout table: %v", len(named), named)
	}
	// The top-level folders of the design, and every package folder under
	// cmd/, pkg/ and internal/ (a folder with a .go file, not counting
	// testdata and the packages' own sub-folders of data).
	want := []string{"docs", "templates", "testdata"}
	for _, top := range []string{"cmd", "pkg", "internal"} {
		entries, err := os.ReadDir(filepath.Join(root, top))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.IsDir() {
				continue
			}
			dir := filepath.Join(root, top, e.Name())
			hasGo := false
			_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
					hasGo = true
					return filepath.SkipAll
				}
				return nil
			})
			if hasGo {
				want = append(want, top+"/"+e.Name())
			}
		}
	}
	for _, p := range want {
		if !named[p] {
			t.Errorf("%s is not in the README's Layout table", p)
		}
	}
}

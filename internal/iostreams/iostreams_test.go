package iostreams

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Buffers are never a terminal; the Set methods fake one.
func TestTestStreams(t *testing.T) {
	s, _, _, _ := Test()
	if s.IsStdinTTY() || s.IsStdoutTTY() || s.IsStderrTTY() || s.TerminalWidth() != 0 {
		t.Error("buffers look like a terminal")
	}
	s.SetStdoutTTY(true)
	s.SetStderrTTY(true)
	s.SetStdinTTY(true)
	s.SetTerminalWidth(120)
	if !s.IsStdoutTTY() || !s.IsStderrTTY() || !s.IsStdinTTY() || s.TerminalWidth() != 120 {
		t.Error("the fake terminal was not kept")
	}
}

// A regular file is not a terminal; SameAsStdout recognises the file
// stdout is, by another path, and nothing else.
func TestNewWithFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "keluaran.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	os.Symlink(p, filepath.Join(dir, "tautan"))
	s := New(bytes.NewReader(nil), f, f)
	if s.IsStdoutTTY() || s.IsStderrTTY() || s.TerminalWidth() != 0 {
		t.Error("a regular file looks like a terminal")
	}
	if !s.SameAsStdout(p) {
		t.Error("SameAsStdout(the file itself) is false")
	}
	if _, err := os.Lstat(filepath.Join(dir, "tautan")); err == nil && !s.SameAsStdout(filepath.Join(dir, "tautan")) {
		t.Error("SameAsStdout(a link to it) is false")
	}
	os.WriteFile(filepath.Join(dir, "lain.txt"), nil, 0o644)
	if s.SameAsStdout(filepath.Join(dir, "lain.txt")) || s.SameAsStdout(filepath.Join(dir, "tidak-ada")) {
		t.Error("SameAsStdout of another file")
	}
	b, _, _, _ := Test()
	if b.SameAsStdout(p) {
		t.Error("a buffer is the same as a file")
	}
}

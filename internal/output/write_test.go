package output

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// list lists the files in dir (names only).
func list(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// noTemps fails on temporary files left in dir.
func noTemps(t *testing.T, dir string) {
	t.Helper()
	for _, n := range list(t, dir) {
		if strings.HasSuffix(n, ".tmp") {
			t.Errorf("temporary file left: %s", n)
		}
	}
}

func TestWriteAtomicFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "laporan.pdf")
	data := bytes.Repeat([]byte("%PDF-1.3 "), 10000)

	// A write that fails halfway (disk full).
	restore := SetWriteFunc(func(f *os.File, d []byte) error {
		f.Write(d[:len(d)/2])
		return errors.New("no space left on device")
	})
	err := WriteAtomic(context.Background(), path, data)
	restore()
	if err == nil {
		t.Fatal("failing write reported no error")
	}
	if got := list(t, dir); len(got) != 0 {
		t.Errorf("a failed write left %v", got)
	}

	// Interrupted before the rename.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := WriteAtomic(ctx, path, data); err == nil {
		t.Fatal("cancelled write reported no error")
	}
	if got := list(t, dir); len(got) != 0 {
		t.Errorf("an interrupted write left %v", got)
	}

	// An existing PDF is only replaced by a complete one.
	os.WriteFile(path, []byte("lama"), 0o644)
	restore = SetWriteFunc(func(f *os.File, d []byte) error { return errors.New("gagal") })
	WriteAtomic(context.Background(), path, data)
	restore()
	if b, _ := os.ReadFile(path); string(b) != "lama" {
		t.Errorf("a failed write changed the existing file: %q", b)
	}
	if err := WriteAtomic(context.Background(), path, data); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, data) {
		t.Error("the complete write did not replace the file")
	}
	if got := list(t, dir); len(got) != 1 {
		t.Errorf("files: %v", got)
	}

	// The target is a folder: the rename fails, the temporary file goes.
	sub := filepath.Join(dir, "folder.pdf")
	os.Mkdir(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "isi"), []byte("x"), 0o644)
	if err := WriteAtomic(context.Background(), sub, data); err == nil {
		t.Error("rename over a folder reported no error")
	}
	if got := list(t, dir); len(got) != 2 {
		t.Errorf("files after a failed rename: %v", got)
	}
}

// WriteNew never replaces a file that appeared after the first check,
// with hard links and without.
func TestWriteNewExclusive(t *testing.T) {
	for _, tanpaLink := range []bool{false, true} {
		if tanpaLink {
			old := link
			link = func(string, string) error { return &os.LinkError{Op: "link", Err: syscall.ENOTSUP} }
			t.Cleanup(func() { link = old })
		}
		dir := t.TempDir()
		p := filepath.Join(dir, "a.xlsx")
		if err := os.WriteFile(p, []byte("milik orang lain"), 0o644); err != nil {
			t.Fatal(err)
		}
		err := WriteNew(context.Background(), p, []byte("baru"))
		if !errors.Is(err, fs.ErrExist) {
			t.Errorf("tanpaLink=%v: existing file: err %v, want fs.ErrExist", tanpaLink, err)
		}
		if b, _ := os.ReadFile(p); string(b) != "milik orang lain" {
			t.Errorf("tanpaLink=%v: the existing file was replaced", tanpaLink)
		}
		q := filepath.Join(dir, "b.xlsx")
		if err := WriteNew(context.Background(), q, []byte("baru")); err != nil {
			t.Fatalf("tanpaLink=%v: %v", tanpaLink, err)
		}
		if b, _ := os.ReadFile(q); string(b) != "baru" {
			t.Errorf("tanpaLink=%v: wrote %q", tanpaLink, b)
		}
		if st, _ := os.Stat(q); st == nil || st.Mode().Perm() != 0o644 {
			t.Errorf("tanpaLink=%v: mode %v", tanpaLink, st)
		}
		if err := WriteAtomic(context.Background(), p, []byte("paksa")); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p); string(b) != "paksa" {
			t.Errorf("force: %q", b)
		}
		noTemps(t, dir)
		if n := len(list(t, dir)); n != 2 {
			t.Errorf("tanpaLink=%v: %d files in the folder, want 2: %v", tanpaLink, n, list(t, dir))
		}
	}
}

// Place: a free name is created, a regular file replaced or kept as keep
// says, and anything else left alone without following it.
func TestPlace(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	p := filepath.Join(dir, "a.pdf")
	if got, err := Place(ctx, p, []byte("satu"), nil); got != Created || err != nil {
		t.Errorf("free name: %v %v", got, err)
	}
	keep := func(fs.FileInfo) bool { return true }
	if got, err := Place(ctx, p, []byte("dua"), keep); got != Kept || err != nil {
		t.Errorf("kept: %v %v", got, err)
	}
	if b, _ := os.ReadFile(p); string(b) != "satu" {
		t.Errorf("a kept file changed: %q", b)
	}
	if got, err := Place(ctx, p, []byte("tiga"), func(fs.FileInfo) bool { return false }); got != Replaced || err != nil {
		t.Errorf("replaced: %v %v", got, err)
	}
	if b, _ := os.ReadFile(p); string(b) != "tiga" {
		t.Errorf("not replaced: %q", b)
	}
	target := filepath.Join(t.TempDir(), "milik-orang-lain")
	os.WriteFile(target, []byte("asli"), 0o644)
	link := filepath.Join(dir, "b.pdf")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if got, err := Place(ctx, link, []byte("jahat"), nil); got != NotRegular || err != nil {
		t.Errorf("link: %v %v", got, err)
	}
	if b, _ := os.ReadFile(target); string(b) != "asli" {
		t.Errorf("the link's target was written: %q", b)
	}
	sub := filepath.Join(dir, "c.pdf")
	os.Mkdir(sub, 0o755)
	if got, _ := Place(ctx, sub, []byte("x"), nil); got != NotRegular {
		t.Errorf("folder: %v", got)
	}
	noTemps(t, dir)
}

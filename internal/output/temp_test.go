package output

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// A temporary file being written is removed by RemoveTemps (what the
// signal handler calls), and forgotten once renamed into place.
func TestRemoveTemps(t *testing.T) {
	dir := t.TempDir()
	entered := make(chan string)
	release := make(chan struct{})
	restore := SetWriteFunc(func(f *os.File, d []byte) error {
		entered <- f.Name()
		<-release
		_, err := f.Write(d)
		return err
	})
	defer restore()
	done := make(chan error)
	go func() { done <- WriteAtomic(context.Background(), filepath.Join(dir, "a.pdf"), []byte("x")) }()
	tmp := <-entered
	RemoveTemps() // Ctrl-C while the PDF is being written
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Errorf("temporary file %s still there: %v", tmp, err)
	}
	close(release)
	<-done
	n := 0
	temps.Range(func(any, any) bool { n++; return true })
	if n != 0 {
		t.Errorf("%d temporary files still tracked", n)
	}
}

// UsePrivateTempDir points TMPDIR at a new folder when PrepareTempDir is
// called, and removes it, with whatever a library left in it, on cleanup;
// nothing is made when PrepareTempDir is not called.
func TestUsePrivateTempDir(t *testing.T) {
	base := t.TempDir()
	t.Setenv("TMPDIR", base)
	t.Setenv("TMP", base)
	t.Setenv("TEMP", base)

	cleanup := UsePrivateTempDir()
	if es, _ := os.ReadDir(base); len(es) != 0 || os.TempDir() != base {
		t.Errorf("a folder made before PrepareTempDir: %v, TMPDIR %s", es, os.TempDir())
	}
	cleanup()

	PrepareTempDir() // without UsePrivateTempDir: nothing
	if os.TempDir() != base {
		t.Fatalf("PrepareTempDir without UsePrivateTempDir moved TMPDIR to %s", os.TempDir())
	}

	cleanup = UsePrivateTempDir()
	PrepareTempDir()
	PrepareTempDir() // once
	private := os.TempDir()
	if filepath.Dir(private) != base {
		t.Fatalf("temporary folder %s is not inside %s", private, base)
	}
	if es, _ := os.ReadDir(base); len(es) != 1 {
		t.Errorf("%d folders made, want 1", len(es))
	}
	f, err := os.CreateTemp("", "excelize-")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	cleanup()
	if os.TempDir() != base {
		t.Errorf("TMPDIR not restored: %s", os.TempDir())
	}
	if es, _ := os.ReadDir(base); len(es) != 0 {
		t.Errorf("left in the temporary folder: %v", es)
	}
}

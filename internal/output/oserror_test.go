package output

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/lapkin/lapkin/internal/output/outputtest"
)

var noEnglish = outputtest.NoEnglish

func TestMessageIndonesia(t *testing.T) {
	const path = "/data/laporan.pdf"
	cases := []struct {
		err  syscall.Errno
		want string // an Indonesian phrase of the message
		nama bool   // the message names the path
	}{
		{syscall.ENOENT, "tidak ada", true},
		{syscall.EACCES, "tidak ada izin", true},
		{syscall.EPERM, "tidak ada izin", true},
		{syscall.EEXIST, "sudah ada", true},
		{syscall.ENOTDIR, "bukan folder", true},
		{syscall.EISDIR, "adalah folder", true},
		{syscall.ENOSPC, "ruang disk penuh", false},
		{syscall.EROFS, "hanya dapat dibaca", true},
		{syscall.EDQUOT, "kuota disk", false},
		{syscall.ENAMETOOLONG, "terlalu panjang", true},
		{syscall.EMFILE, "terlalu banyak berkas terbuka", false},
		{syscall.ENFILE, "terlalu banyak berkas terbuka", false},
		{syscall.EIO, "kesalahan perangkat", true},
		{syscall.ELOOP, "tautan simbolik", true},
		{syscall.EPIPE, "pipa", false},
		{syscall.ENXIO, "tidak dapat dibuka untuk ditulis", true},
		{syscall.EBUSY, "sedang dipakai", true},
	}
	for _, c := range cases {
		for _, err := range []error{
			&fs.PathError{Op: "open", Path: path, Err: c.err},
			fmt.Errorf("membungkus: %w", &fs.PathError{Op: "write", Path: path, Err: c.err}),
			&os.LinkError{Op: "rename", Old: "/data/.laporan.pdf.123.tmp", New: path, Err: c.err},
		} {
			got := Message(err)
			if !strings.Contains(got, c.want) {
				t.Errorf("%v: %q lacks %q", err, got, c.want)
			}
			if strings.Contains(got, c.err.Error()) || strings.Contains(got, "kesalahan sistem") {
				t.Errorf("%v: %q is the fallback, not a mapped message", err, got)
			}
			if c.nama && !strings.Contains(got, path) {
				t.Errorf("%v: %q does not name %s", err, got, path)
			}
			if strings.Contains(got, ".tmp") {
				t.Errorf("%v: %q names the temporary file", err, got)
			}
			noEnglish(t, err.Error(), got)
		}
	}
	// The bare sentinel errors too.
	for err, want := range map[error]string{fs.ErrNotExist: "tidak ada", fs.ErrPermission: "tidak ada izin", fs.ErrExist: "sudah ada"} {
		if got := Message(err); !strings.Contains(got, want) {
			t.Errorf("%v: %q lacks %q", err, got, want)
		}
	}
	if Message(nil) != "" {
		t.Error("Message(nil) is not empty")
	}
}

// Windows' own codes (checked on every OS by setting onWindows).
func TestMessageWindows(t *testing.T) {
	old := onWindows
	t.Cleanup(func() { onWindows = old })
	for _, win := range []bool{true, false} {
		onWindows = win
		for code, want := range map[uintptr]string{112: "ruang disk penuh", 39: "ruang disk penuh",
			32: "sedang dipakai", 33: "sedang dipakai", 206: "terlalu panjang", 19: "hanya dapat dibaca"} {
			got := Message(&fs.PathError{Op: "open", Path: `C:\laporan.pdf`, Err: syscall.Errno(code)})
			if win != strings.Contains(got, want) {
				t.Errorf("windows=%v, code %d: %q (want %q only on Windows)", win, code, got, want)
			}
		}
		// Access denied: on Windows also the hint about a program holding
		// the file open.
		got := Message(&fs.PathError{Op: "rename", Path: `C:\laporan.pdf`, Err: syscall.EACCES})
		if win != strings.Contains(got, "dibuka program lain") {
			t.Errorf("windows=%v: access denied: %q", win, got)
		}
	}
}

func TestMessageFallback(t *testing.T) {
	// An unknown OS error keeps its text, in brackets only.
	got := Message(&fs.PathError{Op: "rename", Path: "/a/b.pdf", Err: syscall.EXDEV})
	if want := "(" + syscall.EXDEV.Error() + ")"; !strings.Contains(got, want) || !strings.Contains(got, "/a/b.pdf") ||
		!strings.HasPrefix(got, "gagal menyimpan /a/b.pdf karena kesalahan sistem") {
		t.Errorf("fallback: %q", got)
	}
	if got := Message(errors.New("aneh")); got != "kesalahan sistem (aneh)" {
		t.Errorf("plain error: %q", got)
	}
}

// ENOTDIR names the file that stands where a folder should be.
func TestMessageBukanFolder(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "keep.pdf")
	if err := os.WriteFile(keep, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err1 := os.Stat(filepath.Join(keep, "x.xlsx"))
	err2 := os.MkdirAll(keep, 0o755)
	err3 := os.MkdirAll(filepath.Join(keep, "a", "b"), 0o755)
	_, err4 := os.CreateTemp(keep, ".x-*")
	for i, err := range []error{err1, err2, err3, err4} {
		if err == nil {
			t.Fatalf("case %d: no error", i)
		}
		got := Message(err)
		if !strings.Contains(got, keep+" adalah berkas, bukan folder") {
			t.Errorf("case %d (%v): %q", i, err, got)
		}
		noEnglish(t, err.Error(), got)
	}
}

// A temporary file's name pattern is never shown: CreateTemp's error names
// the folder; atPath renames an error to the file it stands for.
func TestMessageBerkasSementara(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hilang")
	for name, err := range map[string]error{
		"WriteAtomic": WriteAtomic(context.Background(), filepath.Join(dir, "a.pdf"), []byte("x")),
		"WriteNew":    WriteNew(context.Background(), filepath.Join(dir, "a.xlsx"), []byte("x")),
	} {
		if err == nil {
			t.Fatalf("%s: writing in a missing folder worked", name)
		}
		got := Message(err)
		if !strings.Contains(got, dir+" tidak ada") || strings.Contains(got, ".tmp") {
			t.Errorf("%s: %q", name, got)
		}
	}
	for _, pola := range []string{filepath.Join(dir, ".a.pdf.*.tmp"), dir} {
		got := Message(&fs.PathError{Op: "createtemp", Path: pola, Err: syscall.EACCES})
		if got != "tidak ada izin membuat berkas di "+dir+"; periksa hak aksesnya atau pilih folder lain" && !onWindows {
			t.Errorf("createtemp %s: %q", pola, got)
		}
	}
	e := atPath(&fs.PathError{Op: "write", Path: "/x/.a.pdf.1.tmp", Err: syscall.ENOSPC}, "/x/a.pdf")
	var pe *fs.PathError
	if !errors.As(e, &pe) || pe.Path != "/x/a.pdf" || !errors.Is(e, syscall.ENOSPC) {
		t.Errorf("atPath: %#v", e)
	}
	// Wrap: Indonesian text, the cause still visible to errors.Is.
	g := Wrap(&fs.PathError{Op: "open", Path: "/x/a.xlsx", Err: syscall.EEXIST})
	if !errors.Is(g, fs.ErrExist) || g.Error() != Message(g) || !strings.Contains(g.Error(), "sudah ada") {
		t.Errorf("Wrap: %v", g)
	}
	if Wrap(nil) != nil {
		t.Error("Wrap(nil) is not nil")
	}
}

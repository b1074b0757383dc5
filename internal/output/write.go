// Package output writes the files lapkin makes (PDF reports, workbooks)
// and words the operating system's errors about them in Indonesian. Every
// command writes through it: one path resolver (Resolve), one atomic
// writer (WriteAtomic, WriteNew), one writer for streams that already
// exist (WriteThrough), one placement of generated names that never
// follows what is already there (Place), and one wording of OS errors
// (Message, Wrap). The behaviour is described in docs/cli.md, "Output
// files".
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
	"time"
)

// writeData writes the bytes to the temporary file, or to the FIFO or
// device written through; tests replace it (SetWriteFunc) to make a write
// slow or fail midway.
var writeData = func(f *os.File, data []byte) error {
	_, err := f.Write(data)
	return err
}

// SetWriteFunc replaces the function that writes the data into an open
// file, and returns the function that restores it. For tests only.
func SetWriteFunc(f func(*os.File, []byte) error) (restore func()) {
	old := writeData
	writeData = f
	return func() { writeData = old }
}

// link hard-links the finished temporary file to the output path (WriteNew);
// tests replace it to take the path of file systems without hard links.
var link = os.Link

// IsStdout reports an output path that means the command's stdout.
func IsStdout(path string) bool {
	return path == "-" || path == "/dev/stdout"
}

// Target is where an output path really leads.
type Target struct {
	// Path is the file to write atomically: the path itself, or the
	// final target of its symbolic links (which need not exist yet).
	Path string
	// Through: the path is an existing FIFO, character device or socket,
	// or a link into /proc/…/fd or /dev/fd (a stream the process already
	// has): it is opened and written through, never replaced.
	Through bool
	// Append: written through in append mode (a /proc or /dev/fd link may
	// be a log file that the shell redirected).
	Append bool
}

// maxLinks is how many symbolic links Resolve follows.
const maxLinks = 40

// Resolve finds where writing path must go without replacing anything
// that is not a regular file: symbolic links are followed (to a target
// that may not exist yet: the link then makes it), a FIFO, character
// device or socket is written through, and a folder or block device is
// refused. The error's text is Indonesian.
func Resolve(path string) (Target, error) {
	cur := path
	for n := 0; ; n++ {
		st, err := os.Lstat(cur)
		if errors.Is(err, fs.ErrNotExist) {
			return Target{Path: cur}, nil
		}
		if err != nil {
			return Target{}, Wrap(err)
		}
		m := st.Mode()
		switch {
		case m&fs.ModeSymlink != 0:
			if isProcFD(cur) {
				// /proc/self/fd/N and the like name an open file, not a
				// path: opening the link reaches it, reading it does not.
				return Target{Path: path, Through: true, Append: true}, nil
			}
			if n == maxLinks {
				return Target{}, Wrap(&fs.PathError{Op: "open", Path: path, Err: syscall.ELOOP})
			}
			t, err := os.Readlink(cur)
			if err != nil {
				return Target{}, Wrap(err)
			}
			if !filepath.IsAbs(t) {
				t = filepath.Join(filepath.Dir(cur), t)
			}
			cur = t
		case m.IsRegular():
			return Target{Path: cur}, nil
		case m.IsDir():
			return Target{}, fmt.Errorf("%s adalah folder, bukan berkas; tulis nama berkas di dalamnya", cur)
		case m&fs.ModeDevice != 0 && m&fs.ModeCharDevice == 0:
			return Target{}, fmt.Errorf("%s adalah perangkat blok (disk); lapkin tidak menulis langsung ke disk: tulis nama berkas", cur)
		default: // FIFO, character device, socket
			return Target{Path: cur, Through: true}, nil
		}
	}
}

// isProcFD reports a symbolic link of /proc/…/fd or /dev/fd (Linux),
// which stands for a file the process has open.
func isProcFD(p string) bool {
	a, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	a = filepath.ToSlash(a)
	return strings.HasPrefix(a, "/proc/") || strings.HasPrefix(a, "/dev/fd/")
}

// Write writes data to path as the user named it: atomically to a
// regular file (through its symbolic links), or straight into an existing
// FIFO, character device or socket. The error's text is Indonesian.
func Write(ctx context.Context, path string, data []byte) error {
	t, err := Resolve(path)
	if err != nil {
		return err
	}
	if t.Through {
		return WriteThrough(ctx, t.Path, t.Append, data)
	}
	return WriteAtomic(ctx, t.Path, data)
}

// ErrCancelled is returned when ctx ends before the data was written.
var ErrCancelled = errors.New("dibatalkan sebelum berkas selesai ditulis")

// WriteThrough writes data into an existing FIFO, device or socket: it is
// opened for writing (never created) and the data streamed into it. A
// FIFO's open waits for its reader; cancelling ctx ends the wait, and a
// write that the reader holds up.
func WriteThrough(ctx context.Context, path string, appendMode bool, data []byte) error {
	flag := os.O_WRONLY | syscall.O_NOCTTY
	if appendMode {
		flag |= os.O_APPEND
	}
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.OpenFile(path, flag, 0)
		ch <- opened{f, err}
	}()
	var o opened
	select {
	case o = <-ch:
	case <-ctx.Done():
		go func() { // should the open succeed later, let the file go
			if o := <-ch; o.f != nil {
				o.f.Close()
			}
		}()
		return ErrCancelled
	}
	if o.err != nil {
		return Wrap(o.err)
	}
	f := o.f
	// Without O_CREATE nothing new was made; but a regular file that took
	// the FIFO's place since it was checked is not written into: that
	// would leave it half overwritten.
	if st, err := f.Stat(); err != nil || (st.Mode().IsRegular() && !appendMode) {
		f.Close()
		return fmt.Errorf("%s berubah menjadi berkas biasa saat akan ditulis; jalankan perintahnya lagi", path)
	}
	// A deadline in the past interrupts a write blocked on a FIFO or
	// socket (not possible on other devices, which do not block long).
	stop := context.AfterFunc(ctx, func() { f.SetWriteDeadline(time.Unix(1, 0)) })
	err := writeData(f, data)
	stop()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if ctx.Err() != nil {
			return errors.New("dibatalkan; data belum terkirim seluruhnya")
		}
		return Wrap(atPath(err, path))
	}
	return nil
}

// WriteAtomic writes data to path atomically: a temporary file in the
// same folder, fsync, then rename over path. On any failure, or when ctx
// is cancelled before the rename, the temporary file is removed and path
// is untouched: there is never a half-written file, not even after a
// power loss (see writeTemp). The rename replaces
// the directory entry itself: a symbolic link, FIFO or device at path is
// replaced, never followed (Write resolves a path the user gave first).
// The error's text is Indonesian, about path (not the temporary file).
func WriteAtomic(ctx context.Context, path string, data []byte) error {
	tmp, err := writeTemp(ctx, path, data)
	if err != nil {
		return Wrap(err)
	}
	if err := ctx.Err(); err != nil {
		removeTemp(tmp)
		return ErrCancelled
	}
	if err := os.Rename(tmp, path); err != nil {
		removeTemp(tmp)
		return Wrap(err)
	}
	forget(tmp)
	return nil
}

// WriteNew writes data to path atomically only when path does not exist:
// the finished temporary file is hard-linked to path (which fails when
// anything is there, with no window where another file could be
// replaced, and follows no symbolic link); where the file system has no
// hard links, path is first created exclusively (O_EXCL, which follows no
// link either) and the finished file renamed over that empty placeholder.
// An error matching fs.ErrExist means something is at path.
func WriteNew(ctx context.Context, path string, data []byte) error {
	tmp, err := writeTemp(ctx, path, data)
	if err != nil {
		return Wrap(err)
	}
	defer removeTemp(tmp)
	if err := ctx.Err(); err != nil {
		return ErrCancelled
	}
	lerr := link(tmp, path)
	if lerr == nil {
		return nil
	}
	if errors.Is(lerr, fs.ErrExist) {
		return Wrap(lerr)
	}
	// No hard links here: reserve the name exclusively, then replace the
	// empty placeholder with the finished file.
	ph, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return Wrap(err)
	}
	ph.Close()
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(path) // our empty placeholder
		return Wrap(err)
	}
	return nil
}

// writeTemp writes data to a new temporary file beside path, synced and
// readable by all (0644), and returns its name. Errors name path, or the
// folder when the temporary file cannot be made.
func writeTemp(ctx context.Context, path string, data []byte) (tmp string, err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+shorten(filepath.Base(path), 40)+".*.tmp")
	if err != nil {
		return "", tempError(err, dir)
	}
	name := f.Name()
	track(name)
	defer func() {
		if err != nil {
			f.Close()
			removeTemp(name)
		}
	}()
	if err = writeData(f, data); err != nil {
		return "", atPath(err, path)
	}
	// Durability: the temporary file's data is synced (fsync) before it is
	// renamed or linked to its name, so that the name, once it is on disk,
	// never points at data that is not: without it, a power loss soon after
	// a run could leave a PDF of zero length, or of stale blocks, under its
	// name (ext4's delayed allocation, XFS). The folder is not synced after
	// the rename: that would only make the rename itself durable sooner —
	// after a power loss within the file system's commit interval (5 s on
	// ext4) the previous file, or for a new name no file, is what is there,
	// never a part of one — and it cost a second journal commit for every
	// report: ~1–3 ms of waiting on an idle disk, ~15 ms on a busy one
	// (docs/cli.md, "Writing"; PERFORMANCE.md).
	if err = f.Sync(); err != nil {
		return "", atPath(err, path)
	}
	if err = f.Close(); err != nil {
		return "", atPath(err, path)
	}
	if err = os.Chmod(name, 0o644); err != nil {
		return "", atPath(err, path)
	}
	if ctx.Err() != nil {
		return "", ErrCancelled
	}
	return name, nil
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// Probe checks that a file can be created in dir, by making and removing
// a temporary file as the real write will. The error's text is Indonesian.
func Probe(dir string) error {
	f, err := os.CreateTemp(dir, ".lapkin-uji-*")
	if err != nil {
		return Wrap(tempError(err, dir))
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return nil
}

// Placed is what Place did.
type Placed int

const (
	// Created: nothing was at the path; the file was made there.
	Created Placed = iota
	// Replaced: a regular file was there and was replaced.
	Replaced
	// Kept: a regular file was there and keep asked to leave it.
	Kept
	// NotRegular: a symbolic link, FIFO, device, socket or folder is at
	// the path; nothing was written and nothing was followed.
	NotRegular
)

// Place writes data at path, a name lapkin made up (not one the user
// typed), without following anything already there: a free name is
// created exclusively (WriteNew), an existing regular file is replaced
// atomically unless keep (when not nil) says to keep it, and anything else
// — a symbolic link, FIFO or device someone planted in a shared folder —
// is left alone (NotRegular), so that the caller tries another name. A
// link planted between the check and the rename is replaced by the
// rename, not followed.
func Place(ctx context.Context, path string, data []byte, keep func(fs.FileInfo) bool) (Placed, error) {
	for range 5 {
		st, err := os.Lstat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			err = WriteNew(ctx, path, data)
			if errors.Is(err, fs.ErrExist) {
				continue // made meanwhile: look again
			}
			return Created, err
		case err != nil:
			return NotRegular, Wrap(err)
		case !st.Mode().IsRegular():
			return NotRegular, nil
		case keep != nil && keep(st):
			return Kept, nil
		}
		return Replaced, WriteAtomic(ctx, path, data)
	}
	return NotRegular, nil
}

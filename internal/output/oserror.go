package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
)

// errKind is the kind of an OS error, for its Indonesian message.
type errKind int

const (
	kindOther errKind = iota
	kindNotExist
	kindPermission
	kindExist
	kindNotDir
	kindIsDir
	kindDiskFull
	kindQuota
	kindReadOnly
	kindNameTooLong
	kindTooManyFiles
	kindIO
	kindLoop
	kindPipe
	kindUnavailable
	kindBusy
)

// onWindows is true on Windows, where the system's own error codes are
// classified too; tests set it to check them on every OS.
var onWindows = runtime.GOOS == "windows"

// kindOf classifies err: the specific error numbers first, then the
// broad fs errors.
func kindOf(err error) errKind {
	var en syscall.Errno
	if onWindows && errors.As(err, &en) {
		// Windows system error codes (winerror.h) that Go does not map
		// onto the POSIX numbers.
		switch uintptr(en) {
		case 39, 112: // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
			return kindDiskFull
		case 32, 33: // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
			return kindBusy
		case 206: // ERROR_FILENAME_EXCED_RANGE
			return kindNameTooLong
		case 267: // ERROR_DIRECTORY
			return kindNotDir
		case 19: // ERROR_WRITE_PROTECT
			return kindReadOnly
		case 23, 1117: // ERROR_CRC, ERROR_IO_DEVICE
			return kindIO
		case 4: // ERROR_TOO_MANY_OPEN_FILES
			return kindTooManyFiles
		}
	}
	switch {
	case errors.Is(err, syscall.ENOTDIR):
		return kindNotDir
	case errors.Is(err, syscall.EISDIR):
		return kindIsDir
	case errors.Is(err, syscall.ENOSPC):
		return kindDiskFull
	case errors.Is(err, syscall.EDQUOT):
		return kindQuota
	case errors.Is(err, syscall.EROFS):
		return kindReadOnly
	case errors.Is(err, syscall.ENAMETOOLONG):
		return kindNameTooLong
	case errors.Is(err, syscall.EMFILE), errors.Is(err, syscall.ENFILE):
		return kindTooManyFiles
	case errors.Is(err, syscall.EIO):
		return kindIO
	case errors.Is(err, syscall.ELOOP):
		return kindLoop
	case errors.Is(err, syscall.EPIPE):
		return kindPipe
	case errors.Is(err, syscall.ENXIO), errors.Is(err, syscall.ENODEV):
		return kindUnavailable
	case errors.Is(err, syscall.EBUSY), errors.Is(err, syscall.ETXTBSY):
		return kindBusy
	case errors.Is(err, fs.ErrNotExist):
		return kindNotExist
	case errors.Is(err, fs.ErrPermission):
		return kindPermission
	case errors.Is(err, fs.ErrExist):
		return kindExist
	}
	return kindOther
}

// opWords is what the operation op (of an *fs.PathError or
// *os.LinkError) was doing, in Indonesian.
func opWords(op string) string {
	switch op {
	case "open", "openat":
		return "membuka"
	case "createtemp":
		return "membuat berkas di"
	case "mkdir", "mkdirat":
		return "membuat folder"
	case "write", "writeat":
		return "menulis ke"
	case "read", "readat":
		return "membaca"
	case "rename":
		return "menyimpan"
	case "stat", "lstat", "fstat", "fstatat", "GetFileAttributesEx", "FindFirstFile":
		return "memeriksa"
	case "chmod", "fchmod", "fchmodat":
		return "mengatur izin"
	case "sync", "fsync":
		return "menyimpan ke disk"
	case "close":
		return "menutup"
	case "link", "symlink":
		return "menautkan"
	case "remove", "unlinkat", "unlink", "rmdir":
		return "menghapus"
	case "readlink":
		return "membaca tautan"
	case "readdirent", "readdir", "fdopendir":
		return "membaca isi folder"
	}
	return "mengakses"
}

// Message says in Indonesian what an OS error means and what to do about
// it, naming the path of an *fs.PathError or *os.LinkError: never Go's
// English text, except in brackets for an error it does not know. It is
// the reason part of a message ("… tidak dapat ditulis: " + Message(err)).
func Message(err error) string {
	if err == nil {
		return ""
	}
	if g, ok := err.(*Error); ok {
		err = g.err
	}
	path, op := "", ""
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	orig := err.Error()
	switch {
	case errors.As(err, &pe):
		path, op, orig = pe.Path, pe.Op, pe.Err.Error()
		if op == "createtemp" && strings.Contains(filepath.Base(path), "*") {
			// The path is the name pattern "dir/.x.*.tmp": name the folder.
			path = filepath.Dir(path)
		}
	case errors.As(err, &le):
		path, op, orig = le.New, le.Op, le.Err.Error()
	case errors.As(err, &se):
		orig = se.Err.Error()
	}
	what := path // what the message is about
	if what == "" {
		what = "berkas atau folder itu"
	}
	switch kindOf(err) {
	case kindNotExist:
		return what + " tidak ada; periksa nama dan foldernya"
	case kindPermission:
		m := fmt.Sprintf("tidak ada izin %s %s; periksa hak aksesnya atau pilih folder lain", opWords(op), what)
		if onWindows && (op == "open" || op == "rename" || op == "remove" || op == "write") {
			// Windows denies access to a file another program has open.
			m += "; bila berkas itu sedang dibuka program lain (mis. pembaca PDF atau Excel), tutup dulu programnya"
		}
		return m
	case kindExist:
		return what + " sudah ada; pilih nama lain"
	case kindNotDir:
		if b := fileInPath(path); b != "" {
			return b + " adalah berkas, bukan folder; pilih path lain, atau pindahkan atau ganti nama berkas itu"
		}
		return "salah satu bagian path " + what + " adalah berkas, bukan folder; periksa jalurnya"
	case kindIsDir:
		return what + " adalah folder, bukan berkas; tulis nama berkas di dalam folder itu"
	case kindDiskFull:
		return "ruang disk penuh; kosongkan sebagian ruang disk atau pilih disk lain, lalu coba lagi"
	case kindQuota:
		return "kuota disk Anda sudah habis; hapus berkas yang tidak diperlukan atau minta tambahan kuota kepada pengelola komputer"
	case kindReadOnly:
		return what + " berada di disk yang hanya dapat dibaca; pilih folder lain yang dapat ditulisi"
	case kindNameTooLong:
		return "nama " + what + " terlalu panjang; pakai nama berkas atau folder yang lebih pendek"
	case kindTooManyFiles:
		return "terlalu banyak berkas terbuka sekaligus; kurangi --jobs (-j) atau tutup program lain, lalu coba lagi"
	case kindIO:
		return fmt.Sprintf("kesalahan perangkat saat %s %s (disk rusak, dicabut, atau jaringan terputus); periksa disknya lalu coba lagi", opWords(op), what)
	case kindLoop:
		return what + " adalah tautan simbolik yang berputar (menunjuk ke dirinya sendiri atau terlalu panjang rantainya); perbaiki tautannya"
	case kindPipe:
		return "penerima data (program di ujung pipa) sudah berhenti sebelum semua data terkirim; periksa program penerimanya"
	case kindUnavailable:
		return what + " tidak dapat dibuka untuk ditulis (perangkat tidak tersedia, atau soket); pilih berkas biasa"
	case kindBusy:
		return what + " sedang dipakai program lain; tutup program itu (mis. pembaca PDF atau Excel), lalu coba lagi"
	}
	if path != "" {
		return fmt.Sprintf("gagal %s %s karena kesalahan sistem (%s)", opWords(op), path, orig)
	}
	return fmt.Sprintf("kesalahan sistem (%s)", orig)
}

// fileInPath returns the part of path, itself or one of the folders
// above it, that exists and is not a folder: the cause of ENOTDIR.
func fileInPath(path string) string {
	if path == "" {
		return ""
	}
	for p := filepath.Clean(path); ; {
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		up := filepath.Dir(p)
		if up == p || up == "." {
			return ""
		}
		p = up
	}
}

// Error is an OS error whose text is Message's; errors.Is and
// errors.As still see the original.
type Error struct{ err error }

func (g *Error) Error() string { return Message(g.err) }
func (g *Error) Unwrap() error { return g.err }

// Wrap wraps err so that its text is Indonesian (nil stays nil).
func Wrap(err error) error {
	if err == nil {
		return nil
	}
	return &Error{err}
}

// tempError is the error of os.CreateTemp(dir, …) about dir: the
// random name of the temporary file it tried is no use to the user.
func tempError(err error, dir string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: "createtemp", Path: dir, Err: pe.Err}
	}
	return err
}

// atPath returns err naming path instead of the path it names: an
// error about a temporary file is reported about the file it stands for.
func atPath(err error, path string) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return &fs.PathError{Op: pe.Op, Path: path, Err: pe.Err}
	case errors.As(err, &le):
		return &fs.PathError{Op: le.Op, Path: path, Err: le.Err}
	}
	return err
}

package cli

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

// osJenis is the kind of an OS error, for its Indonesian message.
type osJenis int

const (
	osLain osJenis = iota
	osTidakAda
	osIzin
	osSudahAda
	osBukanFolder
	osFolder
	osPenuh
	osKuota
	osHanyaBaca
	osNamaPanjang
	osBanyakBerkas
	osIO
	osTautanBerputar
	osPipa
	osTakTersedia
	osDipakai
)

// osWindows is true on Windows, where the system's own error codes are
// classified too; tests set it to check them on every OS.
var osWindows = runtime.GOOS == "windows"

// osJenisDari classifies err: the specific error numbers first, then the
// broad fs errors.
func osJenisDari(err error) osJenis {
	var en syscall.Errno
	if osWindows && errors.As(err, &en) {
		// Windows system error codes (winerror.h) that Go does not map
		// onto the POSIX numbers.
		switch uintptr(en) {
		case 39, 112: // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
			return osPenuh
		case 32, 33: // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
			return osDipakai
		case 206: // ERROR_FILENAME_EXCED_RANGE
			return osNamaPanjang
		case 267: // ERROR_DIRECTORY
			return osBukanFolder
		case 19: // ERROR_WRITE_PROTECT
			return osHanyaBaca
		case 23, 1117: // ERROR_CRC, ERROR_IO_DEVICE
			return osIO
		case 4: // ERROR_TOO_MANY_OPEN_FILES
			return osBanyakBerkas
		}
	}
	switch {
	case errors.Is(err, syscall.ENOTDIR):
		return osBukanFolder
	case errors.Is(err, syscall.EISDIR):
		return osFolder
	case errors.Is(err, syscall.ENOSPC):
		return osPenuh
	case errors.Is(err, syscall.EDQUOT):
		return osKuota
	case errors.Is(err, syscall.EROFS):
		return osHanyaBaca
	case errors.Is(err, syscall.ENAMETOOLONG):
		return osNamaPanjang
	case errors.Is(err, syscall.EMFILE), errors.Is(err, syscall.ENFILE):
		return osBanyakBerkas
	case errors.Is(err, syscall.EIO):
		return osIO
	case errors.Is(err, syscall.ELOOP):
		return osTautanBerputar
	case errors.Is(err, syscall.EPIPE):
		return osPipa
	case errors.Is(err, syscall.ENXIO), errors.Is(err, syscall.ENODEV):
		return osTakTersedia
	case errors.Is(err, syscall.EBUSY), errors.Is(err, syscall.ETXTBSY):
		return osDipakai
	case errors.Is(err, fs.ErrNotExist):
		return osTidakAda
	case errors.Is(err, fs.ErrPermission):
		return osIzin
	case errors.Is(err, fs.ErrExist):
		return osSudahAda
	}
	return osLain
}

// osKerja is what the operation op (of an *fs.PathError or
// *os.LinkError) was doing, in Indonesian.
func osKerja(op string) string {
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

// pesanOS says in Indonesian what an OS error means and what to do about
// it, naming the path of an *fs.PathError or *os.LinkError: never Go's
// English text, except in brackets for an error it does not know. It is
// the reason part of a message ("… tidak dapat ditulis: " + pesanOS(err)).
func pesanOS(err error) string {
	if err == nil {
		return ""
	}
	if g, ok := err.(*galatOS); ok {
		err = g.err
	}
	jalur, op := "", ""
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	asli := err.Error()
	switch {
	case errors.As(err, &pe):
		jalur, op, asli = pe.Path, pe.Op, pe.Err.Error()
		if op == "createtemp" && strings.Contains(filepath.Base(jalur), "*") {
			// The path is the name pattern "dir/.x.*.tmp": name the folder.
			jalur = filepath.Dir(jalur)
		}
	case errors.As(err, &le):
		jalur, op, asli = le.New, le.Op, le.Err.Error()
	case errors.As(err, &se):
		asli = se.Err.Error()
	}
	apa := jalur // what the message is about
	if apa == "" {
		apa = "berkas atau folder itu"
	}
	switch osJenisDari(err) {
	case osTidakAda:
		return apa + " tidak ada; periksa nama dan foldernya"
	case osIzin:
		m := fmt.Sprintf("tidak ada izin %s %s; periksa hak aksesnya atau pilih folder lain", osKerja(op), apa)
		if osWindows && (op == "open" || op == "rename" || op == "remove" || op == "write") {
			// Windows denies access to a file another program has open.
			m += "; bila berkas itu sedang dibuka program lain (mis. pembaca PDF atau Excel), tutup dulu programnya"
		}
		return m
	case osSudahAda:
		return apa + " sudah ada; pilih nama lain"
	case osBukanFolder:
		if b := osBerkasDiJalur(jalur); b != "" {
			return b + " adalah berkas, bukan folder; pilih jalur lain, atau pindahkan atau ganti nama berkas itu"
		}
		return "salah satu bagian jalur " + apa + " adalah berkas, bukan folder; periksa jalurnya"
	case osFolder:
		return apa + " adalah folder, bukan berkas; tulis nama berkas di dalam folder itu"
	case osPenuh:
		return "ruang disk penuh; kosongkan sebagian ruang disk atau pilih disk lain, lalu coba lagi"
	case osKuota:
		return "kuota disk Anda sudah habis; hapus berkas yang tidak diperlukan atau minta tambahan kuota kepada pengelola komputer"
	case osHanyaBaca:
		return apa + " berada di disk yang hanya dapat dibaca; pilih folder lain yang dapat ditulisi"
	case osNamaPanjang:
		return "nama " + apa + " terlalu panjang; pakai nama berkas atau folder yang lebih pendek"
	case osBanyakBerkas:
		return "terlalu banyak berkas terbuka sekaligus; kurangi --jobs (-j) atau tutup program lain, lalu coba lagi"
	case osIO:
		return fmt.Sprintf("kesalahan perangkat saat %s %s (disk rusak, dicabut, atau jaringan terputus); periksa disknya lalu coba lagi", osKerja(op), apa)
	case osTautanBerputar:
		return apa + " adalah tautan simbolik yang berputar (menunjuk ke dirinya sendiri atau terlalu panjang rantainya); perbaiki tautannya"
	case osPipa:
		return "penerima data (program di ujung pipa) sudah berhenti sebelum semua data terkirim; periksa program penerimanya"
	case osTakTersedia:
		return apa + " tidak dapat dibuka untuk ditulis (perangkat tidak tersedia, atau soket); pilih berkas biasa"
	case osDipakai:
		return apa + " sedang dipakai program lain; tutup program itu (mis. pembaca PDF atau Excel), lalu coba lagi"
	}
	if jalur != "" {
		return fmt.Sprintf("gagal %s %s karena kesalahan sistem (%s)", osKerja(op), jalur, asli)
	}
	return fmt.Sprintf("kesalahan sistem (%s)", asli)
}

// osBerkasDiJalur returns the part of path, itself or one of the folders
// above it, that exists and is not a folder: the cause of ENOTDIR.
func osBerkasDiJalur(path string) string {
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

// galatOS is an OS error whose text is pesanOS's; errors.Is and
// errors.As still see the original.
type galatOS struct{ err error }

func (g *galatOS) Error() string { return pesanOS(g.err) }
func (g *galatOS) Unwrap() error { return g.err }

// osGalat wraps err so that its text is Indonesian (nil stays nil).
func osGalat(err error) error {
	if err == nil {
		return nil
	}
	return &galatOS{err}
}

// osSementara is the error of os.CreateTemp(dir, …) about dir: the
// random name of the temporary file it tried is no use to the user.
func osSementara(err error, dir string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: "createtemp", Path: dir, Err: pe.Err}
	}
	return err
}

// osDenganJalur returns err naming path instead of the path it names: an
// error about a temporary file is reported about the file it stands for.
func osDenganJalur(err error, path string) error {
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

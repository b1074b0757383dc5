package workbook

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Options for reading a workbook.
type Options struct {
	Password string // for an encrypted workbook
}

// Read reads the workbook at path into the model. A problem in the data is a
// finding (LK002–LK006, LK008, LK025; LK001 with a nil Laporan when the file
// cannot be read as a workbook at all). The error is only for a file that
// cannot be opened (missing, no permission): the command could not run.
// The file is only read, never written.
func Read(path string, opt Options) (*kinerja.Laporan, kinerja.DaftarTemuan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, openError(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, openError(path, err)
	}
	if st.IsDir() {
		return nil, nil, fmt.Errorf("%s adalah folder, bukan berkas buku kerja (.xlsx)", path)
	}
	name := filepath.Base(path)
	if st.Size() > xlsx.MaxFile {
		return nil, kinerja.DaftarTemuan{lk001(name, fmt.Sprintf("berkas terlalu besar (%s; batas %s); buku kerja laporan biasanya jauh lebih kecil: hapus lembar atau gambar yang tidak perlu", xlsx.Size(st.Size()), xlsx.Size(xlsx.MaxFile)))}, nil
	}
	data, tooBig, err := xlsx.ReadAll(f, st.Size())
	if err != nil {
		return nil, nil, openError(path, err)
	}
	if tooBig {
		return nil, kinerja.DaftarTemuan{lk001(name, fmt.Sprintf("berkas terlalu besar (lebih dari %s)", xlsx.Size(xlsx.MaxFile)))}, nil
	}
	lap, ts := readBytes(data, name, opt)
	return lap, ts, nil
}

// openError is the error of a file that cannot be opened: the OS error,
// typed (errors.Is sees fs.ErrNotExist, fs.ErrPermission, …), whose text
// is the command line's one Indonesian wording (internal/output).
func openError(path string, err error) error {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		err = &fs.PathError{Op: "open", Path: path, Err: err}
	}
	return output.Wrap(err)
}

// ReadFrom reads a workbook from r; name is used in messages. A reader
// that fails is an LK001 finding.
func ReadFrom(r io.Reader, name string, opt Options) (*kinerja.Laporan, kinerja.DaftarTemuan) {
	data, tooBig, err := xlsx.ReadAll(r, 0)
	switch {
	case err != nil:
		return nil, kinerja.DaftarTemuan{lk001(name, "berkas tidak dapat dibaca sampai habis; salin ulang berkasnya lalu coba lagi")}
	case tooBig:
		return nil, kinerja.DaftarTemuan{lk001(name, fmt.Sprintf("berkas terlalu besar (lebih dari %s)", xlsx.Size(xlsx.MaxFile)))}
	}
	return readBytes(data, name, opt)
}

// lk001 is the finding for a file that cannot be read as a workbook;
// reason says why, in Indonesian.
func lk001(name, reason string) kinerja.Temuan {
	if name == "" {
		name = "berkas"
	}
	return kinerja.Baru("LK001", kinerja.Error, kinerja.Ref{}, "", "%s tidak dapat dibaca sebagai buku kerja .xlsx: %s", name, reason)
}

// panicHook, when set (by tests), sees every panic readBytes recovers.
var panicHook func(r any, stack []byte)

// readBytes reads a workbook held in memory. Any panic in the reading
// (excelize or ours) becomes an LK001 finding.
func readBytes(data []byte, name string, opt Options) (lap *kinerja.Laporan, ts kinerja.DaftarTemuan) {
	defer func() {
		if r := recover(); r != nil {
			if panicHook != nil {
				panicHook(r, debug.Stack())
			}
			lap, ts = nil, kinerja.DaftarTemuan{lk001(name, "berkas rusak: isinya tidak dapat diurai; buka dan simpan ulang di Excel, atau salin ulang berkasnya")}
		}
	}()
	wb, err := xlsx.Open(data, name, opt.Password)
	if err != nil {
		return nil, kinerja.DaftarTemuan{lk001(name, xlsx.AsError(err).Reason)}
	}
	defer wb.Close()
	b := &reader{wb: wb, reported: map[string]bool{}}
	lap, err = b.readBook()
	if err != nil {
		return nil, kinerja.DaftarTemuan{lk001(name, xlsx.AsError(err).Reason)}
	}
	return lap, b.findings
}

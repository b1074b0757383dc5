package workbook

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Options for reading a workbook.
type Options struct {
	Password string // for an encrypted workbook
}

// Baca reads the workbook at path into the model. A problem in the data is a
// finding (LK002–LK006, LK008, LK025; LK001 with a nil Laporan when the file
// cannot be read as a workbook at all). The error is only for a file that
// cannot be opened (missing, no permission): the command could not run.
// The file is only read, never written.
func Baca(path string, opt Options) (*kinerja.Laporan, kinerja.Temuans, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, galatBuka(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, galatBuka(path, err)
	}
	if st.IsDir() {
		return nil, nil, fmt.Errorf("%s adalah folder, bukan berkas buku kerja (.xlsx)", path)
	}
	name := filepath.Base(path)
	if st.Size() > MaksBerkas {
		return nil, kinerja.Temuans{lk001(name, gagalf("berkas terlalu besar (%s; batas %s); buku kerja laporan biasanya jauh lebih kecil: hapus lembar atau gambar yang tidak perlu", ukuran(st.Size()), ukuran(MaksBerkas)))}, nil
	}
	data, tooBig, err := bacaSemua(f)
	if err != nil {
		return nil, nil, galatBuka(path, err)
	}
	if tooBig {
		return nil, kinerja.Temuans{lk001(name, gagalf("berkas terlalu besar (lebih dari %s)", ukuran(MaksBerkas)))}, nil
	}
	lap, ts := bacaBytes(data, name, opt)
	return lap, ts, nil
}

func galatBuka(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("berkas %s tidak ada: periksa nama dan foldernya", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("berkas %s tidak dapat dibuka: tidak ada izin membaca berkas itu", path)
	}
	return fmt.Errorf("berkas %s tidak dapat dibaca: %v", path, err)
}

// BacaDari reads a workbook from r; name is used in messages. A reader
// that fails is an LK001 finding.
func BacaDari(r io.Reader, name string, opt Options) (*kinerja.Laporan, kinerja.Temuans) {
	data, tooBig, err := bacaSemua(r)
	switch {
	case err != nil:
		return nil, kinerja.Temuans{lk001(name, gagalf("berkas tidak dapat dibaca sampai habis; salin ulang berkasnya lalu coba lagi"))}
	case tooBig:
		return nil, kinerja.Temuans{lk001(name, gagalf("berkas terlalu besar (lebih dari %s)", ukuran(MaksBerkas)))}
	}
	return bacaBytes(data, name, opt)
}

func lk001(name string, g *gagal) kinerja.Temuan {
	if name == "" {
		name = "berkas"
	}
	return kinerja.Baru("LK001", kinerja.Error, kinerja.Ref{}, "", "%s tidak dapat dibaca sebagai buku kerja .xlsx: %s", name, g.why)
}

// panikHook, when set (by tests), sees every panic bacaBytes recovers.
var panikHook func(r any, stack []byte)

// bacaBytes reads a workbook held in memory. Any panic in the reading
// (excelize or ours) becomes an LK001 finding.
func bacaBytes(data []byte, name string, opt Options) (lap *kinerja.Laporan, ts kinerja.Temuans) {
	defer func() {
		if r := recover(); r != nil {
			if panikHook != nil {
				panikHook(r, debug.Stack())
			}
			lap, ts = nil, kinerja.Temuans{lk001(name, gagalf("berkas rusak: isinya tidak dapat diurai; buka dan simpan ulang di Excel, atau salin ulang berkasnya"))}
		}
	}()
	bk, g := buka(data, name, opt)
	if g != nil {
		return nil, kinerja.Temuans{lk001(name, g)}
	}
	defer bk.close()
	b := &pembaca{bk: bk, dilapor: map[string]bool{}}
	lap, err := b.bacaBuku()
	if err != nil {
		return nil, kinerja.Temuans{lk001(name, alasan(err))}
	}
	return lap, b.temuan
}

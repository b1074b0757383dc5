package workbook

import (
	"io"

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
func Baca(path string, opt Options) (*kinerja.Laporan, kinerja.Temuans, error) {
	panic("TODO")
}

// BacaDari reads a workbook from r; name is used in messages.
func BacaDari(r io.Reader, name string, opt Options) (*kinerja.Laporan, kinerja.Temuans) {
	panic("TODO")
}

// Tulis writes sheets as an .xlsx workbook to w.
func Tulis(w io.Writer, lembar []Lembar) error {
	panic("TODO")
}

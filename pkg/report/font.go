package report

import (
	"bytes"
	"fmt"
	"io/fs"
	"sync"

	"codeberg.org/go-pdf/fpdf"

	"github.com/lapkin/lapkin/templates"
)

// fontFamily is the family name the report uses with fpdf.
const fontFamily = "LiberationSans"

type fontSet struct {
	regular, bold, italic []byte
}

var (
	fontOnce sync.Once
	fontData *fontSet
	fontErr  error
)

// muatFont reads the embedded font files once per process and checks that
// they are TrueType files, so that a batch of reports shares one copy of
// the bytes. (fpdf keeps its parsed font per document — it has no API to
// share a parsed font between documents — and parses from these bytes.)
func muatFont() (*fontSet, error) {
	fontOnce.Do(func() {
		read := func(name string) []byte {
			if fontErr != nil {
				return nil
			}
			b, err := fs.ReadFile(templates.Font, name)
			if err != nil {
				fontErr = fmt.Errorf("huruf %s tidak ada di dalam program: %v", name, err)
				return nil
			}
			if len(b) < 12 || !(bytes.HasPrefix(b, []byte{0, 1, 0, 0}) || bytes.HasPrefix(b, []byte("true"))) {
				fontErr = fmt.Errorf("huruf %s bukan berkas TrueType", name)
				return nil
			}
			return b
		}
		f := &fontSet{
			regular: read(templates.FontRegular),
			bold:    read(templates.FontBold),
			italic:  read(templates.FontItalic),
		}
		if fontErr == nil {
			fontData = f
		}
	})
	return fontData, fontErr
}

// pasangFont adds the three styles to a document.
func pasangFont(pdf *fpdf.Fpdf) error {
	f, err := muatFont()
	if err != nil {
		return err
	}
	pdf.AddUTF8FontFromBytes(fontFamily, "", f.regular)
	pdf.AddUTF8FontFromBytes(fontFamily, "B", f.bold)
	pdf.AddUTF8FontFromBytes(fontFamily, "I", f.italic)
	return pdf.Error()
}

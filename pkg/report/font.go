package report

import (
	"bytes"
	"fmt"
	"io/fs"
	"sync"

	"github.com/lapkin/lapkin/internal/fpdf"

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
// the bytes. fpdf (patched, internal/fpdf/PATCHES.md) parses each font
// once per process from these bytes and shares the parse between
// documents.
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
	// In the opposite order to SiapkanFont's, so that a document made while
	// SiapkanFont is still at work parses the fonts it has not reached yet
	// instead of waiting for them one by one (the order of registration
	// changes no byte of the PDF).
	pdf.AddUTF8FontFromBytes(fontFamily, "I", f.italic)
	pdf.AddUTF8FontFromBytes(fontFamily, "B", f.bold)
	pdf.AddUTF8FontFromBytes(fontFamily, "", f.regular)
	return pdf.Error()
}

var siapOnce sync.Once

// SiapkanFont reads which characters the report font has (glyfLaporan)
// and parses its three styles, once per process (fpdf keeps the parse and
// shares it between documents); calling it again does nothing. A command
// about to render runs it in a goroutine of its own while it reads its
// first workbook, so that the first report finds the fonts parsed, or
// parses only what is left (a document asking for a font being parsed
// waits for that parse instead of repeating it).
func SiapkanFont() {
	siapOnce.Do(func() {
		f, err := muatFont()
		if err != nil {
			return // Render reports it
		}
		// The set of characters the font has: the first text a report
		// prepares needs it, before the fonts.
		glyfLaporan()
		for _, st := range []struct {
			gaya string
			b    []byte
		}{{"", f.regular}, {"B", f.bold}, {"I", f.italic}} {
			pdf := fpdf.New("P", "mm", "A4", "")
			pdf.AddUTF8FontFromBytes(fontFamily, st.gaya, st.b)
		}
	})
}

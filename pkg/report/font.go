package report

import (
	"errors"

	"github.com/lapkin/lapkin/internal/fpdf"

	"github.com/lapkin/lapkin/templates"
)

//go:generate go run ../../internal/fontgen -o font_data.go -family LiberationSans

// fontFamily is the family name the report uses with fpdf.
const fontFamily = "LiberationSans"

// fontFaces are the report font's styles: the embedded TrueType file and
// what fpdf needs of it, prepared by `go generate` (font_data.go:
// metrics, widths, the rune → glyph map, glyph offsets), so that no
// process parses the files; TestFontData parses them again and compares.
var fontFaces = [...]struct {
	style string
	ttf   *string
	data  *fpdf.UTF8FontData
}{
	{"", &templates.FontRegularTTF, &fontDataRegular},
	{"B", &templates.FontBoldTTF, &fontDataBold},
	{"I", &templates.FontItalicTTF, &fontDataItalic},
}

// installFonts adds the three styles to a document. fpdf embeds a subset of
// each style the document draws text in (internal/fpdf/PATCHES.md).
func installFonts(pdf *fpdf.Fpdf) error {
	for _, f := range fontFaces {
		pdf.AddUTF8FontFromData(fontFamily, f.style, *f.ttf, f.data)
	}
	if pdf.Error() != nil {
		// Only a build whose font_data.go was not regenerated after the
		// font files changed gets here (TestFontData fails first).
		return errors.New("huruf laporan di dalam program tidak cocok dengan datanya: program perlu dibangun ulang (go generate ./pkg/report)")
	}
	return nil
}

// PrepareFonts prepares, once per process, what the first report needs
// before its fonts: the set of characters the font has (reportGlyphs).
// Calling it again does nothing. A command about to render may run it in a
// goroutine of its own while it reads its first workbook. (The fonts
// themselves need no preparing at run time: see fontFaces.)
func PrepareFonts() {
	reportGlyphs()
}

// Package templates holds what lapkin embeds for the PDF report: the
// narrative text templates (*.tmpl, text/template syntax, documented in
// README.md) and the font (Liberation Sans, SIL Open Font License 1.1, see
// font/LICENSE).
//
// It lives at the module root so that template authors find the files
// where they expect them; go:embed cannot reach up with "..", so the
// embedding is done here and pkg/report reads these file systems.
package templates

import "embed"

// Narasi holds the built-in narrative templates, one file per part of the
// report (pendahuluan.tmpl, tugas.tmpl, …).
//
//go:embed *.tmpl
var Narasi embed.FS

// Font holds the report font and its licence.
//
//go:embed font/*.ttf font/LICENSE
var Font embed.FS

// The font files again, as strings: pkg/report hands them to fpdf with the
// font data prepared from them (font_data.go there) without copying them
// (the linker stores each embedded file once).
var (
	//go:embed font/LiberationSans-Regular.ttf
	FontRegularTTF string
	//go:embed font/LiberationSans-Bold.ttf
	FontBoldTTF string
	//go:embed font/LiberationSans-Italic.ttf
	FontItalicTTF string
)

// Font files in Font, by style.
const (
	FontRegular = "font/LiberationSans-Regular.ttf"
	FontBold    = "font/LiberationSans-Bold.ttf"
	FontItalic  = "font/LiberationSans-Italic.ttf"
)

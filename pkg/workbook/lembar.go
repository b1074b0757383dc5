package workbook

import "time"

// Lembar describes one sheet to write: optional title rows, a header row,
// data rows and merged ranges. It is how example workbooks and the
// template are described in code (see internal/contoh), so that their content
// can be read as code and regenerated at will.
type Lembar struct {
	Nama   string   // sheet name
	Judul  []string // title rows above the header (each in column A)
	Header []string // header row; empty for a label/value sheet (Identitas)
	Baris  [][]any  // data rows: see the cell value types below
	// Gabung lists merged ranges ("B3:B4"), in the sheet's own coordinates.
	Gabung []string
	// Lebar holds column widths (characters), column A first; 0 = default.
	Lebar []float64
	// Gambar is a picture placed on the sheet (the logo on Identitas).
	Gambar *Gambar
}

// Gambar is a picture to place at a cell.
type Gambar struct {
	Sel  string // top-left cell, e.g. "D2"
	Data []byte
	Ext  string // ".png", ".jpg"
}

// Cell value types for Lembar.Baris besides string, int, int64 and float64
// (number cells) and nil (empty cell).
type (
	// Persen is a number cell with a percent format storing the fraction:
	// Persen(0.8469) shows "84,69%".
	Persen float64
	// Rupiah is a number cell with a thousands format: Rupiah(7500000).
	Rupiah float64
	// Tanggal is a date cell (a serial number with a date format).
	Tanggal time.Time
	// Rumus is a formula cell ("=C4/B4"); Cache is the cached value to store
	// (nil: none, so the reader must evaluate the formula).
	Rumus struct {
		F     string
		Cache any
	}
	// TeksAngka is a text cell holding digits that must stay text (a NIP).
	TeksAngka string
	// Galat is a cell holding an Excel error value ("#DIV/0!").
	Galat string
)

package workbook

import (
	"bytes"
	"context"
	"io"

	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/internal/xlsxwrite"
)

// Sheet describes one sheet to write: optional title rows, a header row,
// data rows and merged ranges. It is how example workbooks and the
// template are described in code (see internal/contoh), so that their
// content can be read as code and regenerated at will. The writing itself
// is internal/xlsxwrite's.
type Sheet struct {
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

// Cell value types for Sheet.Baris besides string, int, int64, float64
// (number cells), bool and nil (empty cell).
type (
	// Persen is a number cell with a percent format storing the fraction:
	// Persen(0.8469) shows "84,69%".
	Persen = xlsxwrite.Percent
	// Rupiah is a number cell with a thousands format: Rupiah(7500000).
	Rupiah = xlsxwrite.Rupiah
	// Tanggal is a date cell (a serial number with a date format).
	Tanggal = xlsxwrite.Date
	// Rumus is a formula cell ("=C4/B4"); Cache is the cached value to store
	// (nil: none, so the reader must evaluate the formula).
	Rumus = xlsxwrite.Formula
	// TeksAngka is a text cell holding digits that must stay text (a NIP).
	TeksAngka = xlsxwrite.TextDigits
	// Galat is a cell holding an Excel error value ("#DIV/0!").
	Galat = xlsxwrite.ErrorValue
)

// sheets converts the descriptions for the writer.
func sheets(ls []Sheet) []xlsxwrite.Sheet {
	out := make([]xlsxwrite.Sheet, len(ls))
	for i, l := range ls {
		out[i] = xlsxwrite.Sheet{Name: l.Nama, Title: l.Judul, Header: l.Header, Rows: l.Baris,
			Merge: l.Gabung, Width: l.Lebar}
		if l.Gambar != nil {
			out[i].Picture = &xlsxwrite.Picture{Cell: l.Gambar.Sel, Data: l.Gambar.Data, Ext: l.Gambar.Ext}
		}
	}
	return out
}

// Write writes sheets as an .xlsx workbook to w. The same sheets always
// give the same bytes.
func Write(w io.Writer, lembar []Sheet) error {
	return xlsxwrite.Write(w, sheets(lembar))
}

// WriteFile writes sheets to path atomically: a temporary file in the
// same folder, renamed over path once complete.
func WriteFile(path string, lembar []Sheet) error {
	var buf bytes.Buffer
	if err := Write(&buf, lembar); err != nil {
		return err
	}
	return output.WriteAtomic(context.Background(), path, buf.Bytes())
}

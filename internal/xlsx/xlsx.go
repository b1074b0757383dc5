// Package xlsx reads the XML of an .xlsx workbook: the zip package, its
// relationships, workbook.xml (sheets, date system), the shared strings,
// the number formats of the cell styles, each worksheet's cells and
// merged ranges streamed into a Grid, and the pictures of a sheet's
// drawing. It knows nothing of lapkin's sheets and columns (pkg/workbook
// maps grids to the model).
//
// Everything is read within a budget (budget.go): the file size, the OLE2
// signature (an old .xls or an encrypted package), the zip structure, the
// declared unzipped sizes, and while each part is streamed the number of
// XML elements, their depth, rows, cells, merged ranges, shared strings
// and text. A file that cannot be read as a workbook is an *Error whose
// Reason is an Indonesian sentence for the user (pkg/workbook turns it
// into LK001). Eval computes formulas stored without their value, within
// a small safe subset (formula.go).
//
// excelize is used only to decrypt an encrypted package and, on demand
// (Workbook.Excelize), for what this package does not read itself.
package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/lapkin/lapkin/internal/output"
)

// Size limits. A workbook of a quarterly report is a few hundred KB; these
// leave room for sheets of 100,000 rows and stop a zip bomb before any
// decompression (the declared sizes are checked first, and Go's zip reader
// refuses an entry that inflates past its declared size).
var (
	// MaxFile is the largest file accepted (compressed), in bytes.
	MaxFile int64 = 100 << 20
	// MaxUnzip is the largest total uncompressed size of all parts.
	MaxUnzip int64 = 256 << 20
	// MaxUnzipXML is excelize's in-memory limit per worksheet part (larger
	// parts go to a temporary file), used when excelize opens the file.
	MaxUnzipXML int64 = 64 << 20
	// MaxParts is the largest number of parts in the package.
	MaxParts = 10_000
)

var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// isOLE reports whether data starts like an OLE2 compound file
// (an old .xls, or an encrypted .xlsx).
func isOLE(data []byte) bool { return bytes.HasPrefix(data, oleSignature) }

// Error is a reason a file cannot be read as a workbook. Reason is an
// Indonesian sentence that tells the user what to do.
type Error struct{ Reason string }

func (e *Error) Error() string { return e.Reason }

func errorf(format string, args ...any) *Error {
	return &Error{Reason: fmt.Sprintf(format, args...)}
}

// Workbook is an opened workbook.
type Workbook struct {
	Name   string // for messages
	data   []byte // the (decrypted) zip
	pkg    *Package
	sst    *SharedStrings
	styles []Format
	xf     *excelize.File // opened lazily
	xfErr  error
}

// Close releases excelize's resources (temporary files) when it was
// opened.
func (w *Workbook) Close() {
	if w.xf != nil {
		_ = w.xf.Close()
		w.xf = nil
	}
}

// Sheets lists the sheets in workbook order.
func (w *Workbook) Sheets() []Sheet { return w.pkg.sheets }

// Date1904 reports the 1904 date system.
func (w *Workbook) Date1904() bool { return w.pkg.date1904 }

// Format returns the number format of a cell style (General when the
// style is unknown).
func (w *Workbook) Format(style int32) Format {
	if style >= 0 && int(style) < len(w.styles) {
		return w.styles[style]
	}
	return Format{}
}

// Excelize opens the workbook with excelize (once), with the size limits.
func (w *Workbook) Excelize() (*excelize.File, error) {
	if w.xf != nil || w.xfErr != nil {
		return w.xf, w.xfErr
	}
	output.PrepareTempDir() // excelize may put a large part in a temporary file
	w.xf, w.xfErr = excelize.OpenReader(bytes.NewReader(w.data), excelize.Options{
		UnzipSizeLimit:    MaxUnzip,
		UnzipXMLSizeLimit: MaxUnzipXML,
		RawCellValue:      true,
	})
	if w.xfErr != nil {
		w.xf = nil
	}
	return w.xf, w.xfErr
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// Open checks and opens the bytes of a workbook; name is the file's name
// for messages, password decrypts an encrypted package. Every failure is
// an *Error.
func Open(data []byte, name, password string) (*Workbook, error) {
	if len(data) == 0 {
		return nil, errorf("berkas kosong (0 byte); pilih berkas .xlsx yang berisi data, atau buat templat baru dengan `lapkin init`")
	}
	if int64(len(data)) > MaxFile {
		return nil, errorf("berkas terlalu besar (%s; batas %s); buku kerja laporan biasanya jauh lebih kecil: hapus lembar atau gambar yang tidak perlu", Size(int64(len(data))), Size(MaxFile))
	}
	if isOLE(data) {
		isEncrypted := bytes.Contains(data, utf16le("EncryptedPackage")) && bytes.Contains(data, utf16le("EncryptionInfo"))
		if !isEncrypted {
			msg := "berkas ini format Excel lama (.xls, Excel 97–2003), bukan .xlsx; buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx (Buku Kerja Excel)"
			if strings.EqualFold(filepath.Ext(name), ".xlsx") {
				msg = "berkas ini bernama .xlsx tetapi isinya format Excel lama (.xls, Excel 97–2003); buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx (Buku Kerja Excel)"
			}
			return nil, &Error{Reason: msg}
		}
		if password == "" {
			return nil, errorf("buku kerja ini terenkripsi (dilindungi kata sandi); gunakan --password KATA_SANDI, atau buka di Excel dan simpan tanpa kata sandi")
		}
		dec, err := decrypt(data, password)
		if err != nil || !bytes.HasPrefix(dec, []byte("PK")) {
			return nil, errorf("kata sandi salah: buku kerja terenkripsi tidak dapat dibuka dengan kata sandi yang diberikan; periksa --password (huruf besar/kecil dibedakan)")
		}
		data = dec
	}
	if !bytes.HasPrefix(data, []byte("PK")) {
		return nil, &Error{Reason: notZip(data)}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errorf("berkas rusak atau terpotong: arsip .xlsx tidak utuh (mungkin unduhan atau salinan belum selesai); salin atau unduh ulang berkasnya, atau simpan ulang dari Excel")
	}
	if len(zr.File) > MaxParts {
		return nil, errorf("berkas melebihi batas: berisi %d bagian (batas %d); ini bukan buku kerja laporan yang wajar", len(zr.File), MaxParts)
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if f.UncompressedSize64 > uint64(MaxPart) && f.UncompressedSize64 <= uint64(MaxUnzip) {
			return nil, errorf("berkas melebihi batas ukuran: bagian %s bila diurai berukuran %s (batas %s per bagian); buku kerja laporan yang wajar jauh lebih kecil", f.Name, Size(int64(f.UncompressedSize64)), Size(MaxPart))
		}
		if f.UncompressedSize64 > uint64(MaxUnzip) || total > uint64(MaxUnzip) {
			return nil, errorf("berkas melebihi batas ukuran: isinya bila diurai lebih dari %s (batas %s); berkas ini mungkin rusak atau sengaja dibuat berbahaya (zip bomb)", Size(int64(min(total, 1<<62))), Size(MaxUnzip))
		}
	}
	pkg, err := OpenPackage(zr)
	if err != nil {
		return nil, AsError(err)
	}
	w := &Workbook{Name: name, data: data, pkg: pkg}
	if w.sst, err = pkg.readSharedStrings(); err != nil {
		return nil, AsError(err)
	}
	w.styles = pkg.readStyles()
	return w, nil
}

// decrypt decrypts an encrypted OOXML package (excelize's MS-OFFCRYPTO).
func decrypt(data []byte, pw string) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return excelize.Decrypt(data, &excelize.Options{Password: pw})
}

// AsError turns an error met while reading the package into an *Error.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return errorf("berkas rusak: %s; buka dan simpan ulang di Excel, atau salin ulang berkasnya", xmlMessage(err))
}

// notZip explains content that is not a zip archive at all.
func notZip(data []byte) string {
	head := data[:min(len(data), 2048)]
	trim := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	low := bytes.ToLower(trim)
	switch {
	case bytes.HasPrefix(data, []byte("%PDF")):
		return "berkas ini PDF, bukan buku kerja .xlsx; pilih berkas Excel yang berisi data laporan"
	case bytes.Contains(low, []byte("urn:schemas-microsoft-com:office:spreadsheet")):
		return "berkas ini format XML Spreadsheet 2003, bukan .xlsx; buka di Excel lalu simpan ulang sebagai .xlsx (Buku Kerja Excel)"
	case bytes.HasPrefix(low, []byte("<!doctype html")) || bytes.HasPrefix(low, []byte("<html")) || bytes.Contains(low, []byte("<table")):
		return "berkas ini halaman web (HTML), bukan .xlsx, walau mungkin bernama .xls (sering dari ekspor aplikasi); buka di Excel lalu simpan ulang sebagai .xlsx (Buku Kerja Excel)"
	case utf8.Valid(head) && !bytes.ContainsRune(head, 0):
		return "berkas ini teks biasa (mungkin CSV), bukan buku kerja .xlsx; buka di Excel lalu simpan sebagai .xlsx, atau buat templat dengan `lapkin init`"
	}
	return "berkas ini bukan buku kerja .xlsx (bukan arsip zip); pastikan berkasnya benar, lalu simpan ulang dari Excel sebagai .xlsx"
}

// Size writes a byte count for a message: "100 MiB".
func Size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d byte", n)
}

// ReadAll reads r up to MaxFile; tooBig when there is more. size is what r
// is expected to hold (a file's size), or 0 when it is not known.
func ReadAll(r io.Reader, size int64) (data []byte, tooBig bool, err error) {
	b, err := readAllSized(r, MaxFile+1, size)
	if err != nil {
		return nil, false, err
	}
	if int64(len(b)) > MaxFile {
		return nil, true, nil
	}
	return b, false, nil
}

// readAllSized is io.ReadAll(io.LimitReader(r, limit)) reading into a
// buffer made for size bytes (0: unknown) and the read that finds the end,
// so that an input of the expected size is read without the buffer
// growing by copies. size is a hint: more or less is read as it comes.
//
// The first reads ask for no more than size bytes. A zip entry's reader
// fails the read that goes past the entry's declared size and returns
// nothing of it: asking for more at once would lose every byte of a
// damaged entry that holds more than it declares, where reading up to the
// declared size first keeps them, with the error after them (a damaged
// styles part keeps the formats read before the damage).
func readAllSized(r io.Reader, limit, size int64) ([]byte, error) {
	if size <= 0 {
		return io.ReadAll(io.LimitReader(r, limit))
	}
	size = min(size, limit)
	buf := make([]byte, size, size+bytes.MinRead)
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err == io.EOF {
			return buf[:n], nil
		}
		if err != nil {
			return buf[:n], err
		}
	}
	rest := bytes.NewBuffer(buf)
	_, err := rest.ReadFrom(io.LimitReader(r, limit-size))
	return rest.Bytes(), err
}

package workbook

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
)

// Size limits. A workbook of a quarterly report is a few hundred KB; these
// leave room for sheets of 100,000 rows and stop a zip bomb before any
// decompression (the declared sizes are checked first, and Go's zip reader
// refuses an entry that inflates past its declared size).
var (
	// MaksBerkas is the largest file accepted (compressed), in bytes.
	MaksBerkas int64 = 100 << 20
	// MaksUrai is the largest total uncompressed size of all parts.
	MaksUrai int64 = 256 << 20
	// MaksUraiXML is excelize's in-memory limit per worksheet part (larger
	// parts go to a temporary file), used when excelize opens the file.
	MaksUraiXML int64 = 64 << 20
	// MaksEntri is the largest number of parts in the package.
	MaksEntri = 10_000
)

var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// bukuKerja is an opened workbook.
type bukuKerja struct {
	nama  string
	data  []byte // the (decrypted) zip
	pkt   *paket
	sst   []string
	gaya  []format
	xf    *excelize.File // opened lazily, for formulas without a cached value and pictures
	xfErr error
}

func (bk *bukuKerja) close() {
	if bk.xf != nil {
		_ = bk.xf.Close()
	}
}

// excelize opens the workbook with excelize (once), with the size limits.
func (bk *bukuKerja) excelize() (*excelize.File, error) {
	if bk.xf != nil || bk.xfErr != nil {
		return bk.xf, bk.xfErr
	}
	bk.xf, bk.xfErr = excelize.OpenReader(bytes.NewReader(bk.data), excelize.Options{
		UnzipSizeLimit:    MaksUrai,
		UnzipXMLSizeLimit: MaksUraiXML,
		RawCellValue:      true,
	})
	if bk.xfErr != nil {
		bk.xf = nil
	}
	return bk.xf, bk.xfErr
}

// gagal is a reason the file cannot be read as a workbook (LK001).
type gagal struct{ why string }

func (g *gagal) Error() string { return g.why }

func gagalf(format string, args ...any) *gagal { return &gagal{why: fmt.Sprintf(format, args...)} }

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// buka checks and opens the bytes of a workbook. Every failure is a gagal
// with an Indonesian reason.
func buka(data []byte, name string, opt Options) (*bukuKerja, *gagal) {
	if len(data) == 0 {
		return nil, gagalf("berkas kosong (0 byte); pilih berkas .xlsx yang berisi data, atau buat templat baru dengan `lapkin init`")
	}
	if int64(len(data)) > MaksBerkas {
		return nil, gagalf("berkas terlalu besar (%s; batas %s); buku kerja laporan biasanya jauh lebih kecil: hapus lembar atau gambar yang tidak perlu", ukuran(int64(len(data))), ukuran(MaksBerkas))
	}
	if bytes.HasPrefix(data, oleSignature) {
		isEncrypted := bytes.Contains(data, utf16le("EncryptedPackage")) && bytes.Contains(data, utf16le("EncryptionInfo"))
		if !isEncrypted {
			msg := "berkas ini format Excel lama (.xls, Excel 97–2003), bukan .xlsx; buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx (Buku Kerja Excel)"
			if strings.EqualFold(filepath.Ext(name), ".xlsx") {
				msg = "berkas ini bernama .xlsx tetapi isinya format Excel lama (.xls, Excel 97–2003); buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx (Buku Kerja Excel)"
			}
			return nil, &gagal{why: msg}
		}
		if opt.Password == "" {
			return nil, gagalf("buku kerja ini terenkripsi (dilindungi kata sandi); gunakan --password KATA_SANDI, atau buka di Excel dan simpan tanpa kata sandi")
		}
		dec, err := dekripsi(data, opt.Password)
		if err != nil || !bytes.HasPrefix(dec, []byte("PK")) {
			return nil, gagalf("kata sandi salah: buku kerja terenkripsi tidak dapat dibuka dengan kata sandi yang diberikan; periksa --password (huruf besar/kecil dibedakan)")
		}
		data = dec
	}
	if !bytes.HasPrefix(data, []byte("PK")) {
		return nil, &gagal{why: bukanZip(data)}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, gagalf("berkas rusak atau terpotong: arsip .xlsx tidak utuh (mungkin unduhan atau salinan belum selesai); salin atau unduh ulang berkasnya, atau simpan ulang dari Excel")
	}
	if len(zr.File) > MaksEntri {
		return nil, gagalf("berkas melebihi batas: berisi %d bagian (batas %d); ini bukan buku kerja laporan yang wajar", len(zr.File), MaksEntri)
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if f.UncompressedSize64 > uint64(MaksUrai) || total > uint64(MaksUrai) {
			return nil, gagalf("berkas melebihi batas ukuran: isinya bila diurai lebih dari %s (batas %s); berkas ini mungkin rusak atau sengaja dibuat berbahaya (zip bomb)", ukuran(int64(min(total, 1<<62))), ukuran(MaksUrai))
		}
	}
	pkt, err := bukaPaket(zr)
	if err != nil {
		return nil, alasan(err)
	}
	bk := &bukuKerja{nama: name, data: data, pkt: pkt}
	if bk.sst, err = pkt.bacaSST(); err != nil {
		return nil, alasan(err)
	}
	bk.gaya = pkt.bacaGaya()
	return bk, nil
}

// dekripsi decrypts an encrypted OOXML package (excelize's MS-OFFCRYPTO).
func dekripsi(data []byte, pw string) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return excelize.Decrypt(data, &excelize.Options{Password: pw})
}

// alasan turns an error met while reading the package into a reason.
func alasan(err error) *gagal {
	var r *errRusak
	if errors.As(err, &r) {
		return &gagal{why: r.why}
	}
	return gagalf("berkas rusak: %s; buka dan simpan ulang di Excel, atau salin ulang berkasnya", pesanXML(err))
}

// bukanZip explains content that is not a zip archive at all.
func bukanZip(data []byte) string {
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

func ukuran(n int64) string {
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

// bacaSemua reads r up to the file size limit.
func bacaSemua(r io.Reader) ([]byte, bool, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaksBerkas+1))
	if err != nil {
		return nil, false, err
	}
	if int64(len(b)) > MaksBerkas {
		return nil, true, nil
	}
	return b, false, nil
}

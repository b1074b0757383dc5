package workbook

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/internal/xlsxwrite"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/xuri/excelize/v2"
)

// lk001 asserts that data is refused with exactly one LK001 finding whose
// message contains every want, and a nil Laporan.
func lk001T(t *testing.T, data []byte, name string, opt Options, want ...string) {
	t.Helper()
	lap, ts := ReadFrom(bytes.NewReader(data), name, opt)
	if lap != nil {
		t.Fatalf("want nil Laporan, got one; findings:\n%s", daftarTemuan(ts))
	}
	if len(ts) != 1 || ts[0].Rule != "LK001" || ts[0].Severity != kinerja.Error || ts[0].Sheet != "" || ts[0].Cell != "" {
		t.Fatalf("want one LK001 error, got:\n%s", daftarTemuan(ts))
	}
	for _, w := range want {
		if !strings.Contains(ts[0].Message, w) {
			t.Errorf("LK001 message %q lacks %q", ts[0].Message, w)
		}
	}
}

// zipDari builds a zip archive from name/content pairs.
func zipDari(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, parts[i+1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// gantiBagian returns the zip with one part's content replaced.
func gantiBagian(t testing.TB, data []byte, part, content string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, _ := zw.Create(f.Name)
		if f.Name == part {
			io.WriteString(w, content)
			continue
		}
		rc, _ := f.Open()
		io.Copy(w, rc)
		rc.Close()
	}
	zw.Close()
	return buf.Bytes()
}

func TestBerkasBukanXLSX(t *testing.T) {
	ole := append(append([]byte{}, oleSignature...), make([]byte, 512)...)
	ole = append(ole, utf16le("Workbook")...)
	cases := []struct {
		name string
		data []byte
		want []string
	}{
		{"kosong.xlsx", nil, []string{"kosong"}},
		{"sampah.xlsx", []byte{0x00, 0x01, 0x02, 0xff, 0xfe, 0x80, 0x81}, []string{"bukan arsip zip"}},
		{"data.csv", []byte("Kode;TW I\nIK1;24\n"), []string{"CSV", "simpan sebagai .xlsx"}},
		{"laporan.pdf", []byte("%PDF-1.7\n..."), []string{"PDF"}},
		{"ekspor.xls", []byte("<html><body><table><tr><td>1</td></tr></table></body></html>"), []string{"HTML", "simpan ulang sebagai .xlsx"}},
		{"lama.xls", ole, []string{".xls", "simpan ulang sebagai .xlsx"}},
		{"lama.xlsx", ole, []string{"bernama .xlsx", "simpan ulang sebagai .xlsx"}},
		{"lembar.ods", zipDari(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"), []string{".ods", "simpan ulang sebagai .xlsx"}},
		{"biner.xlsb", zipDari(t, "[Content_Types].xml", "<x/>", "xl/workbook.bin", "x"), []string{".xlsb"}},
		{"surat.docx", zipDari(t, "[Content_Types].xml", "<x/>", "word/document.xml", "<x/>"), []string{"Word"}},
		{"arsip.zip", zipDari(t, "a.txt", "halo"), []string{"bukan buku kerja .xlsx"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lk001T(t, tc.data, tc.name, Options{}, tc.want...)
		})
	}
}

func TestBerkasTerpotongDanRusak(t *testing.T) {
	valid := writeT(t, bukuMinimal())
	for _, n := range []int{len(valid) / 2, len(valid) - 10, 30} {
		lk001T(t, valid[:n], "potong.xlsx", Options{}, "rusak atau terpotong")
	}
	// Damaged compressed data inside an intact archive: flip bytes in the
	// middle of the largest entry's data.
	zr, _ := zip.NewReader(bytes.NewReader(valid), int64(len(valid)))
	var big *zip.File
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/worksheets/") && (big == nil || f.CompressedSize64 > big.CompressedSize64) {
			big = f
		}
	}
	off, _ := big.DataOffset()
	bad := append([]byte(nil), valid...)
	for i := off + 5; i < off+int64(big.CompressedSize64)-5; i++ {
		bad[i] ^= 0x5a
	}
	lk001T(t, bad, "rusak.xlsx", Options{}, "rusak")
	// A worksheet whose XML is not XML.
	lk001T(t, gantiBagian(t, valid, "xl/worksheets/sheet2.xml", "<worksheet><sheetData><row><c r=\"A1\"><v>1</v></row>"), "xml.xlsx", Options{}, "rusak", "Target")
	// A shared string index that does not exist.
	lk001T(t, gantiBagian(t, valid, "xl/worksheets/sheet2.xml", `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData></worksheet>`), "sst.xlsx", Options{}, "tabel teks")
	// A workbook part with no sheets.
	lk001T(t, gantiBagian(t, valid, "xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`), "kosong.xlsx", Options{}, "tidak berisi lembar")
}

func TestBerkasTerenkripsi(t *testing.T) {
	bk, err := xlsxwrite.New(sheets(bukuMinimal()))
	if err != nil {
		t.Fatal(err)
	}
	var enc bytes.Buffer
	if _, err := bk.File.WriteTo(&enc, excelize.Options{Password: "Rahasia-123"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(enc.Bytes(), oleSignature) {
		t.Fatal("excelize did not write an encrypted (OLE2) package")
	}
	lk001T(t, enc.Bytes(), "rahasia.xlsx", Options{}, "terenkripsi", "--password")
	lk001T(t, enc.Bytes(), "rahasia.xlsx", Options{Password: "rahasia-123"}, "kata sandi salah")
	lap, ts := ReadFrom(bytes.NewReader(enc.Bytes()), "rahasia.xlsx", Options{Password: "Rahasia-123"})
	bersihT(t, ts)
	if lap.Identitas.Unit != "Kecamatan Senduro" || len(lap.Target) != 2 {
		t.Errorf("decrypted workbook: %+v", lap.Identitas)
	}
	// A password given for a workbook that has none is ignored.
	_, ts = ReadFrom(bytes.NewReader(writeT(t, bukuMinimal())), "biasa.xlsx", Options{Password: "x"})
	bersihT(t, ts)
}

// A zip bomb: a small archive whose XML inflates to far more than the
// limit. Both a bomb that declares its size and one that lies about it are
// refused (the first before any inflating, the second by Go's zip reader
// when the data exceeds the declared size).
func TestZipBomb(t *testing.T) {
	const chunk = 1 << 20
	spaces := bytes.Repeat([]byte(" "), chunk)
	var cb bytes.Buffer
	fw, _ := flate.NewWriter(&cb, flate.BestCompression)
	fw.Write(spaces)
	fw.Flush() // byte-aligned, not final: the block can be repeated
	var end bytes.Buffer
	fe, _ := flate.NewWriter(&end, flate.BestCompression)
	fe.Close()                         // a final empty block
	n := int(xlsx.MaxUnzip/chunk) + 44 // 300 MiB
	var stream bytes.Buffer
	crc := crc32.NewIEEE()
	for i := 0; i < n; i++ {
		stream.Write(cb.Bytes())
		crc.Write(spaces)
	}
	stream.Write(end.Bytes())
	t.Logf("bomb: %d KiB inflating to %d MiB", stream.Len()>>10, n)

	bomb := func(declared uint64) []byte {
		valid := writeT(t, bukuMinimal())
		zr, _ := zip.NewReader(bytes.NewReader(valid), int64(len(valid)))
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, f := range zr.File {
			if f.Name == "xl/worksheets/sheet2.xml" {
				w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, CRC32: crc.Sum32(),
					CompressedSize64: uint64(stream.Len()), UncompressedSize64: declared})
				if err != nil {
					t.Fatal(err)
				}
				w.Write(stream.Bytes())
				continue
			}
			w, _ := zw.Create(f.Name)
			rc, _ := f.Open()
			io.Copy(w, rc)
			rc.Close()
		}
		zw.Close()
		return buf.Bytes()
	}
	lk001T(t, bomb(uint64(n)*chunk), "bom.xlsx", Options{}, "melebihi batas ukuran")
	lk001T(t, bomb(1000), "bom-bohong.xlsx", Options{}, "rusak")
	// Too many parts.
	parts := []string{"[Content_Types].xml", "<x/>"}
	for i := 0; i <= xlsx.MaxParts; i++ {
		parts = append(parts, "x/"+strconv.Itoa(i), "")
	}
	lk001T(t, zipDari(t, parts...), "banyak.xlsx", Options{}, "melebihi batas")
}

// Read: a missing file or a folder is an error (the command cannot run),
// not a finding; the input file is never modified.
func TestBacaBerkas(t *testing.T) {
	dir := t.TempDir()
	_, _, err := Read(filepath.Join(dir, "tidak-ada.xlsx"), Options{})
	if err == nil || !strings.Contains(err.Error(), "tidak ada") {
		t.Errorf("missing file: %v", err)
	}
	_, _, err = Read(dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "folder") {
		t.Errorf("folder: %v", err)
	}
	p := filepath.Join(dir, "lapkin.xlsx")
	data := writeT(t, bukuMinimal())
	if err := os.WriteFile(p, data, 0o444); err != nil {
		t.Fatal(err)
	}
	old := time.Date(2023, 7, 1, 8, 0, 0, 0, time.UTC)
	os.Chtimes(p, old, old)
	lap, ts, err := Read(p, Options{})
	if err != nil || lap == nil {
		t.Fatalf("Baca: %v %v", err, ts)
	}
	bersihT(t, ts)
	after, _ := os.ReadFile(p)
	st, _ := os.Stat(p)
	if !bytes.Equal(after, data) || !st.ModTime().Equal(old) || st.Mode().Perm() != 0o444 {
		t.Errorf("input file changed (mtime %v, mode %v)", st.ModTime(), st.Mode())
	}
	// No permission (meaningless as root, who may read anything).
	if os.Geteuid() != 0 {
		os.Chmod(p, 0)
		_, _, err = Read(p, Options{})
		if err == nil || !strings.Contains(err.Error(), "izin") {
			t.Errorf("no permission: %v", err)
		}
	}
}

// A sheet of 100,000 rows reads (the cells are streamed once).
func TestSeratusRibuBaris(t *testing.T) {
	if testing.Short() {
		t.Skip("large workbook")
	}
	bk, err := xlsxwrite.New(sheets(bukuMinimal()))
	if err != nil {
		t.Fatal(err)
	}
	f := bk.File
	defer f.Close() // removes the stream writer's temporary file
	if err := f.DeleteSheet("Realisasi"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Realisasi"); err != nil {
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Realisasi")
	if err != nil {
		t.Fatal(err)
	}
	sw.SetRow("A1", []any{"Kode", "TW I", "TW II", "Keterangan"})
	const n = 100_000
	for i := 1; i <= n; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, []any{"IK" + strconv.Itoa(i), i % 97, "1.234,5", "baris"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := bk.Save(&buf); err != nil {
		t.Fatal(err)
	}
	lap, ts := ReadFrom(&buf, "besar.xlsx", Options{})
	bersihT(t, ts)
	if len(lap.Realisasi) != n {
		t.Fatalf("rows: %d, want %d", len(lap.Realisasi), n)
	}
	last := lap.Realisasi[n-1]
	// Row n+1 holds IK100000 and 100000 mod 97 = 90.
	if last.Kode.Teks != "IK100000" || last.TW[0].Angka != 90 || last.TW[1].Angka != 1234.5 || last.Kode.Ref.Cell != "A100001" {
		t.Errorf("last row: %+v", last)
	}
}

// A file over xlsx.MaxFile is refused before it is read.
func TestBerkasTerlaluBesar(t *testing.T) {
	data := writeT(t, bukuMinimal())
	old := xlsx.MaxFile
	xlsx.MaxFile = int64(len(data) - 1)
	defer func() { xlsx.MaxFile = old }()
	lk001T(t, data, "besar.xlsx", Options{}, "terlalu besar")
	p := filepath.Join(t.TempDir(), "besar.xlsx")
	os.WriteFile(p, data, 0o644)
	lap, ts, err := Read(p, Options{})
	if err != nil || lap != nil || len(ts) != 1 || ts[0].Rule != "LK001" || !strings.Contains(ts[0].Message, "terlalu besar") {
		t.Errorf("Baca: %v %v %v", lap, ts, err)
	}
}

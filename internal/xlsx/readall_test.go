package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"hash/crc32"
	"io"
	"testing"
	"testing/iotest"
)

// TestReadAllSized: whatever size is declared — none, the true one, less,
// more, beyond the limit — readAllSized reads what io.ReadAll of the
// limited reader reads, and on a failing reader the same bytes and error.
func TestReadAllSized(t *testing.T) {
	data := bytes.Repeat([]byte("<row r=\"1\"><c r=\"A1\"/></row>"), 200) // 5,400 bytes
	n := int64(len(data))
	for _, limit := range []int64{n + 1, n, 1000} {
		want, _ := io.ReadAll(io.LimitReader(bytes.NewReader(data), limit))
		for _, size := range []int64{0, n, n - 1, n / 3, n + 1, 10 * n, limit + 5} {
			got, err := readAllSized(iotest.OneByteReader(bytes.NewReader(data)), limit, size)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("limit %d, size %d: %d bytes (%v), want %d", limit, size, len(got), err, len(want))
			}
		}
	}
	boom := errors.New("boom")
	r := io.MultiReader(bytes.NewReader(data[:100]), iotest.ErrReader(boom))
	if got, err := readAllSized(r, n+1, n); err != boom || !bytes.Equal(got, data[:100]) {
		t.Errorf("failing reader: %d bytes, %v; want 100 bytes, boom", len(got), err)
	}
}

// A zip entry that holds more than it declares (a damaged archive) fails
// the read that goes past the declared size and returns nothing of that
// read: readAllSized, told the declared size, keeps every byte up to it,
// then the error, as reading in small blocks did (before it asked for the
// whole part at once, it kept nothing: a damaged styles part lost every
// number format).
func TestReadAllSizedDamagedEntry(t *testing.T) {
	data := bytes.Repeat([]byte("<xf numFmtId=\"14\"/>"), 600) // 11,400 bytes
	const declared = 9000
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/styles.xml", Method: zip.Store,
		CRC32: crc32.ChecksumIEEE(data), CompressedSize64: uint64(len(data)), UncompressedSize64: declared})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(data)
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(zbuf.Bytes()), int64(zbuf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	got, err := readAllSized(rc, maxFastPart+1, declared)
	if err == nil || !bytes.Equal(got, data[:declared]) {
		t.Errorf("got %d bytes (%v); want the %d declared bytes and an error", len(got), err, declared)
	}
}

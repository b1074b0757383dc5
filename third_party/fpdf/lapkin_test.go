package fpdf

// Tests of lapkin's patches (PATCHES.md). Run them here with
// `cd third_party/fpdf && go test -race .` (this is its own module, so
// `go test ./...` at the repository root does not reach it).

import (
	"bytes"
	"compress/zlib"
	"os"
	"sync"
	"testing"
	"time"
)

var fixedTime = time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC)

// A pooled zlib writer, reset between streams, writes what a new one writes.
func TestCompressPooled(t *testing.T) {
	inputs := [][]byte{
		bytes.Repeat([]byte("BT 10.00 20.00 Td (halaman) Tj ET\n"), 5000),
		[]byte("q 0.2 w 0 0 10 10 re S Q\n"),
		bytes.Repeat([]byte{0, 1, 2, 3, 250, 7}, 40000),
	}
	for round := 0; round < 3; round++ {
		for i, in := range inputs {
			var want bytes.Buffer
			zw, _ := zlib.NewWriterLevel(&want, zlib.BestSpeed)
			zw.Write(in)
			zw.Close()
			mem := xmem.compress(in)
			if !bytes.Equal(mem.bytes(), want.Bytes()) {
				t.Errorf("round %d, input %d: pooled writer output differs from a new writer's", round, i)
			}
			mem.release()
		}
	}
}

func fontUji(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../templates/font/LiberationSans-Regular.ttf")
	if err != nil {
		t.Skip("lapkin's font not found:", err)
	}
	return b
}

func dokumenUji(t *testing.T, font []byte, text string) []byte {
	t.Helper()
	pdf := New("P", "mm", "A4", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(fixedTime)
	pdf.SetModificationDate(fixedTime)
	pdf.AddUTF8FontFromBytes("uji", "", font)
	pdf.AddPage()
	pdf.SetFont("uji", "", 12)
	pdf.Cell(100, 10, text)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The parsed font is shared: documents made after the first (from the
// cache), and at the same time, are the bytes of one made alone, and use
// only their own runes in their subset (the shared parse is not written).
func TestUTF8FontCache(t *testing.T) {
	font := fontUji(t)
	// The same bytes under a key the cache has not seen: a fresh parse.
	fresh := append([]byte(nil), font...)
	want := dokumenUji(t, fresh, "Laporan Kinerja – Triwulan II")
	wantB := dokumenUji(t, fresh, "Capaian ≥ 100%")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text, w := "Laporan Kinerja – Triwulan II", want
			if i%2 == 1 {
				text, w = "Capaian ≥ 100%", wantB
			}
			if got := dokumenUji(t, font, text); !bytes.Equal(got, w) {
				t.Errorf("document %d from the cached font differs from a fresh one", i)
			}
		}()
	}
	wg.Wait()
	if bytes.Equal(want, wantB) {
		t.Error("different texts gave the same PDF")
	}
}

package fpdf

// Tests of lapkin's patches (PATCHES.md). The package is part of the main
// module: `go test ./...` at the repository root runs them, and
// `go test -race ./internal/fpdf` runs them alone.

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	kzlib "github.com/klauspost/compress/zlib"
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
			zw, _ := kzlib.NewWriterLevel(&want, compressLevel)
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

// A pooled writer at the short documents' level also writes what a new
// one writes, and the two levels' pools do not mix writers.
func TestCompressPooledLevels(t *testing.T) {
	in := bytes.Repeat([]byte("BT 10.00 20.00 Td (halaman) Tj ET\n"), 3000)
	for round := 0; round < 3; round++ {
		for _, level := range []int{compressLevelShort, compressLevel} {
			var want bytes.Buffer
			zw, _ := kzlib.NewWriterLevel(&want, level)
			zw.Write(in)
			zw.Close()
			mem := xmem.compressAt(in, level)
			if !bytes.Equal(mem.bytes(), want.Bytes()) {
				t.Errorf("round %d, level %d: pooled writer output differs from a new writer's", round, level)
			}
			mem.release()
		}
	}
}

// Output picks the level from what the pages hold (patch 16): under
// shortDocument bytes level 1, from it on level 6.
func TestCompressLevelOfDocument(t *testing.T) {
	if compressLevelFor(0) != 1 || compressLevelFor(shortDocument-1) != 1 || compressLevelFor(shortDocument) != 6 {
		t.Fatalf("compressLevelFor: %d %d %d, want 1 1 6", compressLevelFor(0), compressLevelFor(shortDocument-1), compressLevelFor(shortDocument))
	}
	for _, tc := range []struct {
		pages, lines int
		want         int
	}{
		// 2 pages of 40 lines of ~60 bytes each: ~5 KB of content.
		{2, 40, 1},
		// 30 pages of 700 lines of ~60 bytes each (the same text cells,
		// drawn past the page's end: fpdf does not break): ~1.3 MB.
		{30, 700, 6},
	} {
		pdf := New("P", "mm", "A4", "")
		pdf.SetCreationDate(fixedTime)
		pdf.SetModificationDate(fixedTime)
		pdf.SetFont("Helvetica", "", 10)
		for p := 0; p < tc.pages; p++ {
			pdf.AddPage()
			for l := 0; l < tc.lines; l++ {
				pdf.Text(20, float64(10+l%250), "baris isi halaman yang cukup panjang")
			}
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		if pdf.zlevel != tc.want {
			t.Errorf("%d pages of %d lines: level %d, want %d", tc.pages, tc.lines, pdf.zlevel, tc.want)
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

// The font id computed without reflection is generateFontID's.
func TestFontIDCepat(t *testing.T) {
	font := fontUji(t)
	u := newUTF8Font(&fileReader{array: font})
	if err := u.parseFile(); err != nil {
		t.Fatal(err)
	}
	for _, def := range []fontDefType{
		{Tp: "UTF8", Name: "ujiB", Up: -106, Ut: 73, Cw: u.CharWidths, Desc: FontDescType{Ascent: 905, Descent: -212, MissingWidth: 750}},
		{Tp: "UTF8", Name: `a "Cw":null b`, Cw: []int{}},
		{Tp: "UTF8", Name: "x", Cw: []int{-1, 0, 65535}, File: "f.ttf"},
		{Tp: "UTF8", Name: "nil"},
	} {
		want, err1 := generateFontID(def)
		got, err2 := fontIDCepat(def)
		if got != want || err1 != nil || err2 != nil {
			t.Errorf("%q: fontIDCepat %s, generateFontID %s (%v, %v)", def.Name, got, want, err2, err1)
		}
	}
}

// A document with several UTF-8 fonts (their subsets made at the same
// time at Output) is the same every time, also made concurrently.
func TestUTF8SubsetsParallel(t *testing.T) {
	font := fontUji(t)
	make3 := func() []byte {
		pdf := New("P", "mm", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(fixedTime)
		pdf.SetModificationDate(fixedTime)
		pdf.SetModificationDate(fixedTime)
		for _, st := range []string{"", "B", "I"} {
			pdf.AddUTF8FontFromBytes("uji3", st, font)
		}
		pdf.AddPage()
		for i, st := range []string{"", "B", "I"} {
			pdf.SetFont("uji3", st, 12)
			pdf.Cell(60, 10, []string{"Realisasi 84,69%", "BAB II – Capaian", "Tabel 2.1 (lanjutan)"}[i])
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	want := make3()
	if n := bytes.Count(bytes.Join(streams(t, want), nil), []byte("/FontFile2")); n != 3 { // in an object stream
		t.Fatalf("%d embedded fonts, want 3", n)
	}
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := make3(); !bytes.Equal(got, want) {
				t.Errorf("document %d differs", i)
			}
		}()
	}
	wg.Wait()
}

// GenerateCutFont with the rune map kept from parseFile makes the subset
// it made when it read the cmap again itself.
func TestCutFontParsedMap(t *testing.T) {
	font := fontUji(t)
	u := newUTF8Font(&fileReader{array: font})
	if err := u.parseFile(); err != nil {
		t.Fatal(err)
	}
	if len(u.charSymbolDictionary) < 100 {
		t.Fatalf("parseFile kept %d runes", len(u.charSymbolDictionary))
	}
	runes := func() map[int]int {
		m := map[int]int{}
		for _, r := range "Laporan Kinerja – Triwulan II ≥ 100% “Capaian” …ÄÉ" {
			m[int(r)] = int(r)
		}
		return m
	}
	a := *u
	a.fileReader = &fileReader{array: font}
	b := *u
	b.fileReader = &fileReader{array: font}
	b.charSymbolDictionary = nil // the unpatched way: generateCMAP
	fa, fb := a.GenerateCutFont(runes()), b.GenerateCutFont(runes())
	if len(fa) == 0 || !bytes.Equal(fa, fb) {
		t.Errorf("subsets differ (%d and %d bytes)", len(fa), len(fb))
	}
	if a.LastRune != b.LastRune || len(a.CodeSymbolDictionary) != len(b.CodeSymbolDictionary) {
		t.Errorf("LastRune %d/%d, %d/%d runes mapped", a.LastRune, b.LastRune, len(a.CodeSymbolDictionary), len(b.CodeSymbolDictionary))
	}
	for k, v := range a.CodeSymbolDictionary {
		if b.CodeSymbolDictionary[k] != v {
			t.Errorf("rune %d: glyph %d/%d", k, v, b.CodeSymbolDictionary[k])
		}
	}
}

// TestBytesIsOutput (patch 17): Bytes returns the bytes Output writes, for
// a document of pages whose content outgrows the room each page's buffer
// starts with and whose file outgrows the room made for it.
func TestBytesIsOutput(t *testing.T) {
	document := func(pages int) *Fpdf {
		pdf := New("P", "mm", "A4", "")
		pdf.SetCreationDate(fixedTime)
		pdf.SetModificationDate(fixedTime)
		pdf.SetFont("Helvetica", "", 10)
		for p := 0; p < pages; p++ {
			pdf.AddPage()
			for l := 0; l < 40*(p+1); l++ { // every page longer than the last
				pdf.Text(20, float64(10+l%250), fmt.Sprintf("baris %d halaman %d", l, p))
			}
		}
		return pdf
	}
	for _, pages := range []int{1, 5, 40} {
		var want bytes.Buffer
		if err := document(pages).Output(&want); err != nil {
			t.Fatal(err)
		}
		got, err := document(pages).Bytes()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) || !bytes.HasSuffix(got, []byte("%%EOF\n")) {
			t.Errorf("%d pages: Bytes gives %d bytes, Output %d", pages, len(got), want.Len())
		}
	}
}

// TestEscapeOnePass (patch 17): escape gives what fpdf's four replacements
// in turn gave, on random strings of the escaped characters, other bytes
// and UTF-8; hex4 gives upstream's four upper-case digits.
func TestEscapeOnePass(t *testing.T) {
	four := func(s string) string {
		s = strings.Replace(s, "\\", "\\\\", -1)
		s = strings.Replace(s, "(", "\\(", -1)
		s = strings.Replace(s, ")", "\\)", -1)
		return strings.Replace(s, "\r", "\\r", -1)
	}
	pieces := []string{"\\", "(", ")", "\r", "a", "é", "\x00", "\xfe\xff", " ", "\\r", "\n"}
	r := rand.New(rand.NewPCG(3, 4))
	f := New("P", "mm", "A4", "")
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		if got, want := f.escape(b.String()), four(b.String()); got != want {
			t.Fatalf("escape(%q) = %q, want %q", b.String(), got, want)
		}
	}
	for _, v := range []int{0, 9, 0xA, 0xFF, 0x80E9, 0xFFFF} {
		s := strings.ToUpper(strconv.FormatInt(int64(v), 16))
		if got, want := hex4(v), strings.Repeat("0", 4-len(s))+s; got != want {
			t.Errorf("hex4(%#x) = %q, want %q", v, got, want)
		}
	}
}

// TestFmtBufferF64 (patch 17): f64 writes what fmt's %.2f and %.3f write,
// for random values of page coordinates and word spacing and the special
// ones.
func TestFmtBufferF64(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	vals := []float64{0, math.Copysign(0, -1), 0.005, -0.0049, 0.0005, 1e21, -1e-9, 841.89, math.Inf(1), math.Inf(-1), math.NaN()}
	for range 100000 {
		vals = append(vals[:11], (r.Float64()-0.3)*2000)
		for _, v := range vals {
			for _, prec := range []int{2, 3} {
				var b fmtBuffer
				b.WriteString("x")
				b.f64(v, prec)
				if got, want := b.String(), fmt.Sprintf("x%.*f", prec, v); got != want {
					t.Fatalf("f64(%v, %d) = %q, want %q", v, prec, got, want)
				}
			}
		}
	}
}

// TestAppendFontSelect (patch 17): the font selection is appended as the
// bytes fmt's "BT /F%s %.2f Tf ET" wrote, for random font sizes (and the
// special values) and font ids.
func TestAppendFontSelect(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	vals := []float64{0, math.Copysign(0, -1), 0.005, 0.015, 0.0049, 10.125, 1e21, -1e-9, math.Inf(1), math.Inf(-1), math.NaN()}
	ids := []string{"1", "2", "12", "f3", ""}
	for i := range 100000 {
		vals = append(vals[:11], r.Float64()*72, float64(r.IntN(4000))/100)
		for _, v := range vals {
			id := ids[i%len(ids)]
			got := string(appendFontSelect([]byte("x"), id, v))
			if want := fmt.Sprintf("xBT /F%s %.2f Tf ET", id, v); got != want {
				t.Fatalf("appendFontSelect(%q, %v) = %q, want %q", id, v, got, want)
			}
		}
	}
}

package workbook

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/xlsxwrite"
	"github.com/xuri/excelize/v2"
)

func lembarSemuaJenis() []Sheet {
	return []Sheet{{
		Nama:   "Uji",
		Judul:  []string{"Tabel Uji"},
		Header: []string{"Teks", "Int", "Float", "Persen", "Rupiah", "Tanggal", "Rumus", "RumusTanpa", "RumusTeks", "NIP", "Galat", "Kosong"},
		Baris: [][]any{
			{"a & <b>", 7, 84.69, Persen(0.8469), Rupiah(7500000), Tanggal(tgl(2023, 6, 30)),
				Rumus{F: "=B3*2", Cache: 14}, Rumus{F: "C3+1"}, Rumus{F: `"x"&"y"`, Cache: "xy"},
				TeksAngka("197501012006041001"), Galat("#DIV/0!"), nil},
		},
		Gabung: []string{"A1:C1"},
		Lebar:  []float64{30, 0, 12},
	}}
}

// The cells are written with Excel's own types: a formula with a number
// cache has no type attribute, one without a cache has no value, an error
// value is type "e".
func TestTulisJenisSel(t *testing.T) {
	data := writeT(t, lembarSemuaJenis())
	xml := bagianT(t, data, "xl/worksheets/sheet1.xml")
	for _, want := range []string{
		`<c r="G3"><f>B3*2</f><v>14</v></c>`,
		`<c r="H3"><f>C3+1</f></c>`,
		`<c r="I3" t="str"><f>&#34;x&#34;&amp;&#34;y&#34;</f><v>xy</v></c>`,
		`<c r="K3" t="e"><v>#DIV/0!</v></c>`,
	} {
		if !strings.Contains(xml, want) {
			t.Errorf("sheet XML lacks %s:\n%s", want, xml)
		}
	}
	if strings.Contains(xml, `r="L3"`) {
		t.Errorf("nil wrote a cell")
	}
	// An independent reader (excelize) sees the same.
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	check := func(cell, want string) {
		t.Helper()
		got, err := f.GetCellValue("Uji", cell, excelize.Options{RawCellValue: true})
		if err != nil || got != want {
			t.Errorf("%s = %q (%v), want %q", cell, got, err, want)
		}
	}
	check("A1", "Tabel Uji")
	check("A2", "Teks")
	check("A3", "a & <b>")
	check("B3", "7")
	check("C3", "84.69")
	check("D3", "0.8469")
	check("E3", "7500000")
	check("F3", "45107") // 30 June 2023 in the 1900 system
	check("G3", "14")
	check("J3", "197501012006041001")
	numfmt := func(cell string) int {
		s, _ := f.GetCellStyle("Uji", cell)
		st, _ := f.GetStyle(s)
		return st.NumFmt
	}
	if numfmt("D3") != 10 || numfmt("E3") != 3 || numfmt("J3") != 49 {
		t.Errorf("number formats: D3 %d E3 %d J3 %d", numfmt("D3"), numfmt("E3"), numfmt("J3"))
	}
	s, _ := f.GetCellStyle("Uji", "F3")
	if st, _ := f.GetStyle(s); st.CustomNumFmt == nil || *st.CustomNumFmt != xlsxwrite.NumFmtDate {
		t.Errorf("date format: %+v", st)
	}
	s, _ = f.GetCellStyle("Uji", "B2")
	if st, _ := f.GetStyle(s); st.Font == nil || !st.Font.Bold {
		t.Errorf("header not bold")
	}
	if ct, _ := f.GetCellType("Uji", "K3"); ct != excelize.CellTypeError {
		t.Errorf("K3 type %v", ct)
	}
	mc, _ := f.GetMergeCells("Uji")
	if len(mc) != 1 || mc[0].GetStartAxis() != "A1" || mc[0].GetEndAxis() != "C1" {
		t.Errorf("merges %v", mc)
	}
	if w, _ := f.GetColWidth("Uji", "A"); w != 30 {
		t.Errorf("width A %v", w)
	}
}

// The same sheets give the same bytes.
func TestTulisDeterministik(t *testing.T) {
	ls := bukuMinimal(lembarSemuaJenis()...)
	a, b := writeT(t, ls), writeT(t, ls)
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same sheets differ")
	}
	id := identitasMinimal()
	id.Gambar = &Gambar{Sel: "D2", Data: pngKecil(t), Ext: "png"}
	ls = ganti(ls, id)
	if !bytes.Equal(writeT(t, ls), writeT(t, ls)) {
		t.Fatal("two writes with a picture differ")
	}
}

func TestTulisSalah(t *testing.T) {
	for name, ls := range map[string][]Sheet{
		"no sheets":   nil,
		"duplicate":   {{Nama: "A"}, {Nama: "a"}},
		"bad name":    {{Nama: "A/B"}},
		"unsupported": {{Nama: "A", Baris: [][]any{{struct{}{}}}}},
		"NaN":         {{Nama: "A", Baris: [][]any{{math.NaN()}}}},
		"bad merge":   {{Nama: "A", Gabung: []string{"B3"}}},
		"empty rumus": {{Nama: "A", Baris: [][]any{{Rumus{}}}}},
	} {
		if err := Write(io.Discard, ls); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// WriteFile writes through a temporary file in the same folder and
// leaves nothing else behind, also when it fails.
func TestTulisBerkas(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "lapkin.xlsx")
	if err := os.WriteFile(p, []byte("lama"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, bukuMinimal()); err != nil {
		t.Fatal(err)
	}
	lap, ts, err := Read(p, Options{})
	if err != nil || lap == nil {
		t.Fatalf("%v %v", err, ts)
	}
	bersihT(t, ts)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	err = WriteFile(filepath.Join(dir, "tidak-ada", "x.xlsx"), bukuMinimal())
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "tidak ada") {
		t.Errorf("missing folder: %v", err)
	}
	err = WriteFile(filepath.Join(dir, "y.xlsx"), []Sheet{{Nama: "A", Baris: [][]any{{struct{}{}}}}})
	if err == nil {
		t.Error("bad sheets: no error")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind after failures: %v", entries)
	}
}

package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// FuzzBacaDari feeds arbitrary bytes to the reader: it must never panic
// (not even a panic that readBytes would recover), and a nil Laporan comes
// with exactly one LK001 finding. The seed corpus runs in `go test`.
func FuzzBacaDari(f *testing.F) {
	valid := writeT(f, bukuMinimal(
		Sheet{Nama: "Tanggapan", Header: []string{"Tanggapan", "Pilih"}, Baris: [][]any{{"Laporan sudah baik", "x"}}},
		Sheet{Nama: "Libur", Header: []string{"Tanggal", "Keterangan"}, Baris: [][]any{{Tanggal(tgl(2023, 6, 29)), "Iduladha"}}},
	))
	f.Add(valid)
	for _, n := range []int{0, 1, 4, 30, 100, len(valid) / 3, len(valid) / 2, len(valid) - 22, len(valid) - 1} {
		f.Add(valid[:n])
	}
	f.Add([]byte("PK\x03\x04garbage"))
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	f.Add(append(append([]byte{}, oleSignature...), make([]byte, 600)...))
	f.Add([]byte("Kode;TW I\nIK1;24\n"))
	f.Add(zipDari(f, "_rels/.rels", `<Relationships><Relationship Id="r" Type="x/officeDocument" Target="/../../etc/passwd"/></Relationships>`))
	f.Add(zipDari(f, "xl/workbook.xml", `<workbook><sheets><sheet name="Target" r:id="rId1" xmlns:r="r"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels", `<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml", `<worksheet><sheetData><row r="0"><c r="ZZZZZ99999999"><v>1</v></c></row><row r="5"><c t="s"><v>-1</v></c></row></sheetData><mergeCells><mergeCell ref="B9:A1"/></mergeCells></worksheet>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		panicHook = func(r any, stack []byte) { t.Fatalf("panic: %v\n%s", r, stack) }
		defer func() { panicHook = nil }()
		lap, ts := ReadFrom(bytes.NewReader(data), "fuzz.xlsx", Options{})
		if lap == nil && (len(ts) != 1 || ts[0].Rule != "LK001") {
			t.Fatalf("nil Laporan without a single LK001: %v", ts)
		}
		for _, x := range ts {
			if x.Rule == "" || x.Message == "" {
				t.Fatalf("finding without rule or message: %+v", x)
			}
			if lap != nil && x.Rule == "LK001" {
				t.Fatalf("LK001 with a Laporan: %+v", x)
			}
		}
	})
}

// FuzzLembarXML fuzzes the worksheet XML inside an intact package (byte
// fuzzing of a zip rarely gets past its checksums): the Target sheet's XML
// is replaced by the input. It runs the whole reader and is slow under
// -fuzz; internal/xlsx's FuzzReadGrid, FuzzReadSharedStrings,
// FuzzReadStyles and FuzzEval fuzz the XML reader and the formula
// evaluator directly, thousands of times faster.
func FuzzLembarXML(f *testing.F) {
	valid := writeT(f, bukuMinimal())
	f.Add([]byte(bagianT(f, valid, "xl/worksheets/sheet2.xml")))
	f.Add([]byte(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c><c r="B1" t="inlineStr"><is><t>Indikator</t></is></c><c r="C1" t="inlineStr"><is><t>Satuan</t></is></c><c r="D1" t="inlineStr"><is><t>Target</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>IK1</t></is></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2"><f>1/0</f></c></row><row r="3"><c r="B3" s="1"><v>0.5</v></c></row></sheetData>` +
		`<mergeCells><mergeCell ref="A2:A9"/><mergeCell ref="C1:C3"/></mergeCells></worksheet>`))
	f.Add([]byte(`<worksheet><sheetData><row><c t="s"><v>0</v></c><c><f t="shared" si="0"/></c></row></sheetData></worksheet>`))
	f.Fuzz(func(t *testing.T, sheet []byte) {
		panicHook = func(r any, stack []byte) { t.Fatalf("panic: %v\n%s", r, stack) }
		defer func() { panicHook = nil }()
		data := gantiBagian(t, valid, "xl/worksheets/sheet2.xml", string(sheet))
		lap, ts := ReadFrom(bytes.NewReader(data), "fuzz.xlsx", Options{})
		if lap == nil && (len(ts) != 1 || ts[0].Rule != "LK001") {
			t.Fatalf("nil Laporan without a single LK001: %v", ts)
		}
	})
}

func bagianT(t testing.TB, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatalf("no part %s", name)
	return ""
}

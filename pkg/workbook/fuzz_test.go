package workbook

import (
	"bytes"
	"testing"
)

// FuzzBacaDari feeds arbitrary bytes to the reader: it must never panic
// (not even a panic that bacaBytes would recover), and a nil Laporan comes
// with exactly one LK001 finding. The seed corpus runs in `go test`.
func FuzzBacaDari(f *testing.F) {
	valid := tulisT(f, bukuMinimal(
		Lembar{Nama: "Tanggapan", Header: []string{"Tanggapan", "Pilih"}, Baris: [][]any{{"Laporan sudah baik", "x"}}},
		Lembar{Nama: "Libur", Header: []string{"Tanggal", "Keterangan"}, Baris: [][]any{{Tanggal(tgl(2023, 6, 29)), "Iduladha"}}},
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
		panikHook = func(r any, stack []byte) { t.Fatalf("panic: %v\n%s", r, stack) }
		defer func() { panikHook = nil }()
		lap, ts := BacaDari(bytes.NewReader(data), "fuzz.xlsx", Options{})
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

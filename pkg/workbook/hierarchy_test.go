package workbook_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// anggaranBertingkat returns the hierarchical example with its Anggaran
// sheet replaced by rows (header in row 1).
func anggaranBertingkat(header []string, gabung []string, rows [][]any) []workbook.Sheet {
	ls := contoh.Bertingkat()
	for i := range ls {
		if ls[i].Nama == kinerja.SheetAnggaran {
			ls[i] = workbook.Sheet{Nama: kinerja.SheetAnggaran, Header: header, Gabung: gabung, Baris: rows}
		}
	}
	return ls
}

func readSheetsT(t *testing.T, ls []workbook.Sheet) (*kinerja.Laporan, kinerja.DaftarTemuan) {
	t.Helper()
	var buf bytes.Buffer
	if err := workbook.Write(&buf, ls); err != nil {
		t.Fatal(err)
	}
	l, ts := workbook.ReadFrom(&buf, "uji.xlsx", workbook.Options{})
	if l == nil {
		t.Fatal(ts)
	}
	return l, ts
}

// The name column's header merged over one column per level, each row's
// name in its level's column (merged to the right): every row gets its
// name, no LK025.
func TestBacaNamaBerjenjang(t *testing.T) {
	header := []string{"Tingkat", "Kode Rekening", "Program/Kegiatan/Sub Kegiatan", "", "", "Indikator", "Pagu", "Realisasi TW I", "Realisasi TW II"}
	gabung := []string{"C1:E1", "C2:E2", "D3:E3"}
	rows := [][]any{
		{"Program", "1.02.02", "Program Pemenuhan Upaya Kesehatan", nil, nil, "P1", nil, nil, nil},
		{"Kegiatan", "1.02.02.2.01", nil, "Penyediaan Fasilitas Pelayanan Kesehatan", nil, "K1", nil, nil, nil},
		{"Sub Kegiatan", "1.02.02.2.01.0014", nil, nil, "Pengadaan Alat Kesehatan", nil, workbook.Rupiah(850000000), workbook.Rupiah(120000000), workbook.Rupiah(310000000)},
	}
	l, ts := readSheetsT(t, anggaranBertingkat(header, gabung, rows))
	for _, f := range ts {
		if f.Rule == "LK025" {
			t.Errorf("%s %s: %s", f.Rule, f.Ref(), f.Message)
		}
	}
	want := []string{"Program Pemenuhan Upaya Kesehatan", "Penyediaan Fasilitas Pelayanan Kesehatan", "Pengadaan Alat Kesehatan"}
	for i, k := range l.Anggaran {
		if k.Kegiatan.Teks != want[i] {
			t.Errorf("row %d: name %q, want %q", i+2, k.Kegiatan.Teks, want[i])
		}
	}
}

// Codes with spaces, rows in any order (sub kegiatan above their
// kegiatan), a code stored as a number and the Tingkat aliases.
func TestBacaKodeBertingkat(t *testing.T) {
	header := []string{"Level", "Kode", "Uraian", "Indikator", "Pagu", "Realisasi"}
	rows := [][]any{
		{"Sub Kegiatan", "1.02.02.2.01. 0014", "Pengadaan Alat Kesehatan", nil, workbook.Rupiah(850000000), workbook.Rupiah(430000000)},
		{"sub-kegiatan", "1.02.02.2.01.0020", "Pemeliharaan Alat Kesehatan", nil, workbook.Rupiah(240000000), workbook.Rupiah(117500000)},
		{"KEGIATAN", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "K1", nil, nil},
		{"Program", "1.02.02", "Program Pemenuhan Upaya Kesehatan", "P1", nil, nil},
		{"Program", 2.1, "Program lain", nil, workbook.Rupiah(1000000), workbook.Rupiah(0)},
		{"Program", "2.01", "Program lain lagi", nil, workbook.Rupiah(1000000), workbook.Rupiah(0)},
		{"Tahap", "3.01", "Program keliru", nil, workbook.Rupiah(1000000), workbook.Rupiah(0)},
	}
	l, ts := readSheetsT(t, anggaranBertingkat(header, nil, rows))
	if !l.AnggaranTingkat {
		t.Error("a Level column with values makes the sheet hierarchical")
	}
	if l.Anggaran[1].Tingkat != kinerja.TingkatSubKegiatan || l.Anggaran[2].Tingkat != kinerja.TingkatKegiatan {
		t.Errorf("tingkat %v %v", l.Anggaran[1].Tingkat, l.Anggaran[2].Tingkat)
	}
	if !l.Anggaran[4].KodeAngka || l.Anggaran[4].Kode.Teks != "2.1" || l.Anggaran[5].KodeAngka {
		t.Errorf("number code: %+v / %+v", l.Anggaran[4].Kode, l.Anggaran[5].Kode)
	}
	lk008 := 0
	for _, f := range ts {
		if f.Rule == "LK008" && f.Ref().String() == "Anggaran!A8" {
			lk008++
		}
	}
	if lk008 != 1 {
		t.Errorf("Tingkat \"Tahap\": want one LK008 at Anggaran!A8, got %v", ts)
	}
	h := kinerja.Hitung(l, 2, kinerja.PMK)
	// The program (row 5) sums its two sub kegiatan through the kegiatan
	// although they stand above it: 850.000.000 + 240.000.000.
	if p := h.Kegiatan[3]; p.Pagu.V != 1090000000 || len(p.Children) != 1 || h.Kegiatan[0].Parent != 2 {
		t.Errorf("program %+v, sub kegiatan's parent %d", p, h.Kegiatan[0].Parent)
	}
	// 2.1 stored as a number beside 2.01: LK032 at its Kode cell (B6).
	found := false
	for _, f := range kinerja.Periksa(l, h, kinerja.PeriksaOpsi{Triwulan: 2}) {
		if f.Rule == "LK032" && f.Ref().String() == "Anggaran!B6" {
			found = true
		}
	}
	if !found {
		t.Error("no LK032 for the code stored as a number")
	}
}

// A template-style Tingkat column left empty keeps a flat list flat.
func TestBacaTingkatKosong(t *testing.T) {
	header := []string{"Tingkat", "Kode", "Kegiatan", "Indikator", "Pagu", "Realisasi"}
	var rows [][]any
	for i := 1; i <= 3; i++ {
		rows = append(rows, []any{nil, fmt.Sprintf("1.02.02.2.01.%04d", i), "Sub kegiatan", "K1", workbook.Rupiah(1000000), workbook.Rupiah(500000)})
	}
	l, _ := readSheetsT(t, anggaranBertingkat(header, nil, rows))
	if l.AnggaranTingkat || kinerja.Hitung(l, 2, kinerja.PMK).Bertingkat {
		t.Error("an empty Tingkat column must leave the sheet flat")
	}
}

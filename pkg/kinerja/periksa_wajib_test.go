package kinerja

import (
	"strings"
	"testing"
)

func temuanDi(ts DaftarTemuan, rule, cell string) *Temuan {
	for i := range ts {
		if ts[i].Rule == rule && ts[i].Cell == cell {
			return &ts[i]
		}
	}
	return nil
}

func TestPeriksaWajib(t *testing.T) {
	at := func(sheet, cell string) Ref { return Ref{Sheet: sheet, Cell: cell} }
	l := &Laporan{
		Target: []Indikator{
			// Indikator, Satuan and Target typed: nothing to report.
			{Kode: Sel{at(SheetTarget, "A2"), "IK1"}, Indikator: Sel{at(SheetTarget, "C2"), "Jumlah desa"},
				Satuan: Sel{at(SheetTarget, "D2"), "Desa"}, Target: Nilai{Ref: at(SheetTarget, "E2"), Ada: true, Angka: 12}},
			// Satuan and Target left empty.
			{Kode: Sel{at(SheetTarget, "A3"), "IK2"}, Indikator: Sel{at(SheetTarget, "C3"), "Jumlah dokumen"},
				Satuan: Sel{Ref: at(SheetTarget, "D3")}, Target: Nilai{Ref: at(SheetTarget, "E3")}},
			// Target text the reader could not read (its LK005 is the
			// reader's): not reported again as empty.
			{Kode: Sel{at(SheetTarget, "A4"), "IK3"}, Indikator: Sel{at(SheetTarget, "C4"), "Jumlah kasus"},
				Satuan: Sel{at(SheetTarget, "D4"), "Kasus"}, Target: Nilai{Ref: at(SheetTarget, "E4"), Teks: "dua belas"}},
		},
		AdaAnggaran: true,
		Anggaran: []Kegiatan{
			{Kegiatan: Sel{at(SheetAnggaran, "B2"), "Keg 1"}, Pagu: Nilai{Ref: at(SheetAnggaran, "D2")},
				Realisasi: Nilai{Ref: at(SheetAnggaran, "E2"), Ada: true, Angka: 100}},
			// Money typed with units: "75,5%" and "1e6" (read as 1 and "e6").
			{Kegiatan: Sel{at(SheetAnggaran, "B3"), "Keg 2"}, Pagu: Nilai{Ref: at(SheetAnggaran, "D3"), Teks: "75,5%", Ada: true, Angka: 75.5, Satuan: "%"},
				Realisasi: Nilai{Ref: at(SheetAnggaran, "E3"), Teks: "1e6", Ada: true, Angka: 1, Satuan: "e6"}},
			// "Rp 7.500.000" and "7.500.000 rupiah" are rupiah.
			{Kegiatan: Sel{at(SheetAnggaran, "B4"), "Keg 3"}, Pagu: Nilai{Ref: at(SheetAnggaran, "D4"), Ada: true, Angka: 7500000},
				Realisasi: Nilai{Ref: at(SheetAnggaran, "E4"), Ada: true, Angka: 7500000, Satuan: "rupiah"}},
		},
	}
	ts := Periksa(l, nil, PeriksaOpsi{})
	want := []struct{ rule, cell string }{
		{"LK025", "D3"}, // Satuan of IK2
		{"LK005", "E3"}, // Target of IK2
		{"LK005", "D2"}, // Pagu of Keg 1
		{"LK005", "D3"}, // "75,5%" as pagu
		{"LK005", "E3"}, // "1e6" as realisasi
	}
	for _, w := range want {
		if f := temuanDi(ts, w.rule, w.cell); f == nil || f.Severity != Error {
			t.Errorf("want %s error at %s, got %v", w.rule, w.cell, ts)
		}
	}
	// The message speaks to the user: it says the column is required and
	// cites no developer document.
	if f := temuanDi(ts, "LK025", "D3"); f != nil {
		if !strings.Contains(f.Message, "wajib diisi") || strings.Contains(f.Message, "§") || strings.Contains(f.Message, "docs/") {
			t.Errorf("LK025 message: %s", f.Message)
		}
	}
	for _, no := range []struct{ rule, sheet, cell string }{
		{"LK005", SheetTarget, "E4"},   // unreadable text is the reader's finding
		{"LK025", SheetTarget, "D2"},   // Satuan typed
		{"LK005", SheetAnggaran, "E2"}, // a plain amount
		{"LK005", SheetAnggaran, "D4"}, // "Rp 7.500.000"
		{"LK005", SheetAnggaran, "E4"}, // "7.500.000 rupiah"
	} {
		for _, f := range ts {
			if f.Rule == no.rule && f.Sheet == no.sheet && f.Cell == no.cell {
				t.Errorf("unexpected %s at %s!%s: %s", f.Rule, f.Sheet, f.Cell, f.Message)
			}
		}
	}
}

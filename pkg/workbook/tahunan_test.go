package workbook

import (
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// The annual columns: headers name years relative to Tahun Anggaran 2023.
func TestKolomTahunan(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Target",
		Header: []string{"Kode", "Indikator", "Satuan", "Target 2023", "Realisasi 2022", "Realisasi 2021", "Target 2022", "Target Akhir Renstra", "Standar Nasional"},
		Baris: [][]any{
			{"IK1", "Persentase fasilitasi", "%", 100, 80, 70, 100, "90-100", 95},
			{"IK2", "Jumlah desa tertib", "Desa", 12, 10, nil, 11, 12},
		}})
	id := identitasMinimal()
	id.Baris = append(id.Baris, []any{"Periode Renstra", "2021–2026"}, []any{"Batas Laporan Tahunan", Tanggal(tgl(2024, 2, 28))})
	ls = ganti(ls, id)
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	a, b := lap.Target[0], lap.Target[1]
	if a.Target.Angka != 100 || a.RealisasiLalu[0].Angka != 80 || a.RealisasiLalu[1].Angka != 70 || a.TargetLalu.Angka != 100 ||
		a.TargetAkhirRenstra.Rentang == nil || a.TargetAkhirRenstra.Rentang.Max != 100 || a.StandarNasional.Angka != 95 {
		t.Errorf("IK1: %+v", a)
	}
	if !b.RealisasiLalu[0].Ada || b.RealisasiLalu[1].Ada || b.TargetLalu.Angka != 11 || b.StandarNasional.Ada {
		t.Errorf("IK2: %+v", b)
	}
	if r := a.RealisasiLalu[0].Ref; r.Sheet != kinerja.SheetTarget || r.Cell != "E2" {
		t.Errorf("Realisasi 2022 ref %v", r)
	}
	idt := lap.Identitas
	if idt.RenstraAwal != 2021 || idt.RenstraAkhir != 2026 || idt.BatasLaporanTahunan != tgl(2024, 2, 28) {
		t.Errorf("identitas: %d–%d %v", idt.RenstraAwal, idt.RenstraAkhir, idt.BatasLaporanTahunan)
	}
}

// The aliases without a year, and a year header of another year is not
// read as this year's target.
func TestKolomTahunanAlias(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Target",
		Header: []string{"Kode", "Indikator", "Satuan", "Target", "Realisasi Tahun Lalu", "Realisasi N-2", "Target Tahun Lalu", "Realisasi 2019"},
		Baris: [][]any{
			{"IK1", "Persentase fasilitasi", "%", 100, 80, 70, 90, 55},
			{"IK2", "Jumlah desa tertib", "Desa", 12, 10, 9, 11, 5},
		}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	a := lap.Target[0]
	if a.RealisasiLalu[0].Angka != 80 || a.RealisasiLalu[1].Angka != 70 || a.TargetLalu.Angka != 90 {
		t.Errorf("IK1: %+v", a)
	}
	// "Target 2022" in a 2023 workbook is last year's target, not this
	// year's: without a "Target 2023" the required column is missing.
	ls = ganti(bukuMinimal(), Sheet{Nama: "Target",
		Header: []string{"Kode", "Indikator", "Satuan", "Target 2022"},
		Baris:  [][]any{{"IK1", "Persentase fasilitasi", "%", 100}}})
	_, ts = readT(t, ls)
	if len(cari(ts, "LK003")) != 1 {
		t.Errorf("want LK003 for the missing Target 2023:\n%s", daftarTemuan(ts))
	}
	id := identitasMinimal()
	id.Baris = append(id.Baris, []any{"Periode Renstra", "2026-2021"})
	_, ts = readT(t, ganti(bukuMinimal(), id))
	if len(cari(ts, "LK008")) != 1 {
		t.Errorf("want LK008 for the period:\n%s", daftarTemuan(ts))
	}
}

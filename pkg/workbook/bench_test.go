package workbook

import (
	"bytes"
	"fmt"
	"testing"
)

// bukuBesar describes a workbook of n indicators and k kegiatan in the
// shapes users type: Sasaran merged over pairs of rows, percent cells,
// Indonesian text numbers, rupiah cells, per-quarter budget realisation.
func bukuBesar(n, k int) []Sheet {
	target := Sheet{Nama: "Target", Judul: []string{"Tabel 2.1 Perjanjian Kinerja"},
		Header: []string{"No", "Kode", "Sasaran", "Indikator", "Satuan", "Target", "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Polaritas", "Sifat"}}
	real := Sheet{Nama: "Realisasi", Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV", "Keterangan"}}
	strategi := Sheet{Nama: "Strategi", Header: []string{"Kode", "Strategi", "Periode"}}
	for i := 1; i <= n; i++ {
		kode := fmt.Sprintf("IK%d", i)
		var sasaran any = fmt.Sprintf("Meningkatnya kualitas penyelenggaraan urusan nomor %d di wilayah kecamatan", i)
		if i%2 == 0 {
			sasaran = nil
		} else if i < n {
			row := len(target.Judul) + 1 + i
			target.Gabung = append(target.Gabung, fmt.Sprintf("C%d:C%d", row, row+1))
		}
		if i%3 == 0 {
			target.Baris = append(target.Baris, []any{i, kode, sasaran, "Persentase desa yang menyampaikan laporan tepat waktu", "%",
				Persen(1), Persen(0.25), Persen(0.5), Persen(0.75), Persen(1), "Positif", "Non Kumulatif"})
			real.Baris = append(real.Baris, []any{kode, Persen(0.2), "48,5%", nil, nil, "sesuai jadwal"})
		} else {
			target.Baris = append(target.Baris, []any{i, kode, sasaran, "Jumlah dokumen perencanaan yang disusun", "Dokumen",
				12, 3, 6, 9, 12, "Positif", "Kumulatif"})
			real.Baris = append(real.Baris, []any{kode, 3, "3 Dokumen", nil, nil, ""})
		}
		strategi.Baris = append(strategi.Baris, []any{kode, "Koordinasi dengan perangkat desa dan pendampingan rutin", "Januari s.d. Juni 2023"})
	}
	anggaran := Sheet{Nama: "Anggaran", Header: []string{"Kode", "Kegiatan", "Indikator", "Pagu", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"}}
	for j := 1; j <= k; j++ {
		anggaran.Baris = append(anggaran.Baris, []any{fmt.Sprintf("1.01.%04d", j), "Penyelenggaraan urusan pemerintahan umum sesuai penugasan kepala daerah",
			fmt.Sprintf("IK%d", 1+j%n), Rupiah(7500000), "1.800.000", Rupiah(2250000), nil, nil})
	}
	return []Sheet{identitasMinimal(), target, real, anggaran, strategi}
}

// BenchmarkBaca reads a workbook of 500 indicators and 2,000 kegiatan.
func BenchmarkBaca(b *testing.B) {
	data := writeT(b, bukuBesar(500, 2000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		lap, ts := ReadFrom(bytes.NewReader(data), "besar.xlsx", Options{})
		if lap == nil || len(lap.Target) != 500 || len(lap.Anggaran) != 2000 || len(ts) != 0 {
			b.Fatalf("read: %v", ts)
		}
	}
}

// The benchmark's workbook reads without findings (so the benchmark
// measures a clean read) and its merged Sasaran reach the even rows.
func TestBukuBesar(t *testing.T) {
	lap, ts := readT(t, bukuBesar(50, 200))
	bersihT(t, ts)
	if len(lap.Target) != 50 || len(lap.Anggaran) != 200 || lap.Target[1].Sasaran.Teks != lap.Target[0].Sasaran.Teks || lap.Target[1].Sasaran.Teks == "" {
		t.Errorf("read: %d %d %+v", len(lap.Target), len(lap.Anggaran), lap.Target[1].Sasaran)
	}
	nilaiT(t, "48,5%", lap.Realisasi[2].TW[1], true, 48.5, "%", "C4")
}

package report

import (
	"fmt"
	"strings"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// laporanBesar builds a workbook's worth of data much larger than the
// reference: n indicators and m kegiatan, with long texts, shared
// sasaran, a kegiatan with a name longer than a page, and units of every
// kind.
func laporanBesar(n, m int) *kinerja.Laporan {
	l := contohLaporan()
	l.Target, l.Realisasi, l.Anggaran, l.Strategi, l.Analisis = nil, nil, nil, nil, nil
	satuan := []string{"%", "Desa", "Dokumen", "Kali", "Bulan", "Laporan"}
	for i := 0; i < n; i++ {
		kode := fmt.Sprintf("IK%d", i+1)
		s := satuan[i%len(satuan)]
		sasaran := fmt.Sprintf("Sasaran kegiatan nomor %d yang cukup panjang tentang peningkatan kualitas pelayanan pemerintahan desa", i/3+1)
		ind := fmt.Sprintf("Indikator kinerja nomor %d mengenai %s penyelenggaraan urusan pemerintahan umum yang dilaksanakan tepat waktu",
			i+1, strings.Repeat("fasilitasi dan koordinasi ", i%4+1))
		target := 100.0
		if s != "%" {
			target = float64(12 + i%10)
		}
		k := kinerja.Indikator{Kode: tsel(kode), Sasaran: tsel(sasaran), Indikator: tsel(ind), Satuan: tsel(s),
			Target: angka(target), Sifat: kinerja.Kumulatif}
		if s == "%" {
			k.Sifat = kinerja.NonKumulatif
		}
		if i%7 == 3 {
			k.Polaritas = kinerja.Negatif
		}
		l.Target = append(l.Target, k)
		r := kinerja.Realisasi{Kode: tsel(kode)}
		if i%11 != 5 { // some indicators have no realisation yet
			r.TW[0] = angka(target * float64(i%9) / 10)
			r.TW[1] = angka(target * float64((i*7)%13) / 10)
		}
		l.Realisasi = append(l.Realisasi, r)
		l.Strategi = append(l.Strategi, kinerja.Strategi{Kode: tsel(kode),
			Strategi: tsel("Melaksanakan koordinasi dengan perangkat daerah terkait secara berkala"), Periode: tsel("Januari s/d Juni 2023")})
		if i%5 == 0 {
			l.Strategi = append(l.Strategi, kinerja.Strategi{Kode: tsel(kode),
				Strategi: tsel("Menyusun jadwal monitoring dan evaluasi bersama tim pembina"), Periode: tsel("April 2023")})
		}
		if i%10 == 0 {
			l.Analisis = append(l.Analisis, kinerja.Analisis{Kode: tsel(kode), Uraian: tsel(strings.Repeat("Analisis pelaksanaan kegiatan. ", 12))})
		}
	}
	for j := 0; j < m; j++ {
		name := fmt.Sprintf("Kegiatan nomor %d: penyelenggaraan urusan pemerintahan umum sesuai penugasan kepala daerah", j+1)
		if j == 17 {
			// A name longer than a page: the row must split without losing text.
			name = "AWAL-KEGIATAN-PANJANG " + strings.Repeat("uraian kegiatan yang sangat panjang sekali ", 420) + "AKHIR-KEGIATAN-PANJANG"
		}
		pagu := float64(5_000_000 + 1_250_000*(j%17))
		l.Anggaran = append(l.Anggaran, kinerja.Kegiatan{
			Kode: tsel(fmt.Sprintf("K%02d", j+1)), Kegiatan: tsel(name),
			Indikator: tsel(fmt.Sprintf("IK%d", j%n+1)),
			Pagu:      angka(pagu), Realisasi: angka(pagu * float64(j%10) / 10),
		})
	}
	return l
}

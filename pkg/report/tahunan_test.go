package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// tahunanLaporan is the reference fixture made a full year: all four
// quarters, the previous years for some indicators, the Renstra target
// for some, a national standard for one.
func tahunanLaporan() *kinerja.Laporan {
	l := contohLaporan()
	l.Identitas.Triwulan = 4
	l.Identitas.TanggalLaporan = time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC)
	l.Identitas.PeriodeRenstra, l.Identitas.RenstraAwal, l.Identitas.RenstraAkhir = "2021–2026", 2021, 2026
	for i := range l.Realisasi {
		for q := 0; q < 4; q++ {
			if !l.Realisasi[i].TW[q].Ada {
				l.Realisasi[i].TW[q] = angka(l.Realisasi[i].TW[0].Angka)
			}
		}
	}
	// IK1 (%): two previous years and a Renstra target; IK2 (Desa): one
	// previous year with its target; the others nothing.
	l.Target[0].RealisasiLalu = [2]kinerja.Nilai{angka(80), angka(70)}
	l.Target[0].TargetLalu = angka(100)
	l.Target[0].TargetAkhirRenstra = angka(100)
	l.Target[0].StandarNasional = angka(90)
	l.Target[1].RealisasiLalu[0] = angka(10)
	l.Target[1].TargetLalu = angka(12)
	l.Target[1].TargetAkhirRenstra = angka(12)
	return l
}

func TestTahunanPDF(t *testing.T) {
	l := tahunanLaporan()
	h := kinerja.HitungTahunan(l, kinerja.PMK)
	var buf bytes.Buffer
	info, err := Render(&buf, l, h, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("LAPKIN_REPORT_OUT"); out != "" {
		os.WriteFile(filepath.Join(out, "tahunan.pdf"), buf.Bytes(), 0o644)
	}
	text := teks(t, buf.Bytes())
	mengandung(t, text,
		"LAPORAN KINERJA", "INSTANSI PEMERINTAH", "TAHUN 2023",
		"KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI",
		"BAB I", "PENDAHULUAN", "BAB II", "PERENCANAAN KINERJA", "BAB III", "AKUNTABILITAS KINERJA",
		"BAB IV", "PENUTUP", "LAMPIRAN", "PERJANJIAN KINERJA TAHUN 2023",
		// the seven analyses, for each indicator
		"(1) Perbandingan target dan realisasi tahun ini", "(2) Perbandingan dengan tahun-tahun sebelumnya",
		"(3) Perbandingan dengan target akhir Renstra", "(4) Perbandingan dengan standar nasional",
		"(5) Penyebab keberhasilan/kegagalan dan solusi", "(6) Efisiensi penggunaan sumber daya",
		"(7) Program/kegiatan yang menunjang atau menghambat",
		// notes where data is missing
		"realisasi tahun-tahun sebelumnya tidak diisi, sehingga perbandingan ini tidak disajikan",
		"Target Akhir Renstra tidak diisi",
		"tidak ada standar nasional",
		// the chart of IK1 over three years
		"Realisasi Persentase Fasilitasi dan Koordinasi Bidang Pemerintahan yang ditindaklanjuti Tahun 2021–2023",
		"Laporan Kinerja Instansi Pemerintah Tahun 2023",
	)
	// The report speaks its own words, not the workbook's: no "lembar
	// Target" in a signed document (the note under Tabel 3.2 said so).
	for _, bukan := range []string{"TRIWULAN II", "Triwulan II", "lembar Target", "lembar "} {
		if strings.Contains(text, bukan) {
			i := strings.Index(text, bukan)
			t.Errorf("the annual report mentions %q: …%s…", bukan, text[max(0, i-80):min(len(text), i+80)])
		}
	}
	if info.Halaman < 10 {
		t.Errorf("only %d pages", info.Halaman)
	}
}

package report

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"regexp"
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

// TestGrafikTahunanRingkas: the annual Gambar 3.1 over 105 indicators
// follows the quarterly rule (docs/laporan.md#grafik): the number of
// indicators per predikat band, then the ten lowest by capaian, lowest
// first, on one page; the full list stays in Tabel 3.1.
func TestGrafikTahunanRingkas(t *testing.T) {
	// Every indicator a percentage against 100, its four quarters all
	// v = 20 + k/2 with k = 37·i mod 105: as 37 is prime to 105, k runs
	// over 0…104 once, so capaian v runs 20, 20,5 … 72 %. The lowest ten,
	// k = 0…9, are i = 88·k mod 105 (37·88 = 3256 ≡ 1): 105, 88, 71, 54,
	// 37, 20, 3, 91, 74, 57. Bands: < 51 is k < 62 (62 indicators),
	// 51–< 66 k = 62…91 (30), 66–< 76 k = 92…104 (13), none higher.
	l := laporanBesar(105, 3)
	l.Identitas.Triwulan = 4
	for i := range l.Target {
		l.Target[i].Satuan, l.Target[i].Target = tsel("%"), angka(100)
		l.Target[i].Sifat, l.Target[i].Polaritas = kinerja.NonKumulatif, kinerja.Positif
		v := 20 + float64((37*(i+1))%105)/2
		for q := range 4 {
			l.Realisasi[i].TW[q] = angka(v)
		}
	}
	var buf bytes.Buffer
	if _, err := Render(&buf, l, kinerja.HitungTahunan(l, kinerja.PMK), Options{}); err != nil {
		t.Fatal(err)
	}
	pages := kataHalaman(t, buf.Bytes())
	all := ""
	chart := -1
	for p, pg := range pages {
		teks := teksBBox(pg)
		all += teks
		if strings.Contains(teks, "Gambar 3.1 Capaian Kinerja per Indikator") {
			chart = p
		}
	}
	if strings.Contains(all, "Gambar 3.1 (lanjutan)") {
		t.Error("Gambar 3.1 of 105 indicators continues over pages")
	}
	for _, s := range []string{"a. Jumlah indikator menurut predikat capaian",
		"b. Sepuluh indikator dengan capaian terendah (seluruh indikator pada Tabel 3.1)",
		"Sangat Rendah (< 51%) 62 indikator (59,05%)", "Rendah (51–< 66%) 30 indikator (28,57%)",
		"Sedang (66–< 76%) 13 indikator (12,38%)", "Tinggi (76–< 91%) 0 indikator", "Sangat Tinggi (≥ 91%) 0 indikator",
		"Tabel 3.1 (lanjutan)", "Indikator kinerja nomor 105 mengenai"} {
		if !strings.Contains(all, s) {
			t.Errorf("the annual report lacks %q", s)
		}
	}
	if chart < 0 {
		t.Fatal("no Gambar 3.1")
	}
	// The bars' labels, top to bottom: "N." at the left margin in the
	// chart's type on the caption's page, after "b.".
	var got []string
	left := marginA4.left * ptPerMM
	b := false
	for _, w := range pages[chart].Kata {
		if w.Text == "b." {
			b = true
		}
		if b && math.Abs(w.X0-left) < 0.5 && reNomorLabel.MatchString(w.Text) {
			got = append(got, strings.TrimSuffix(w.Text, "."))
		}
	}
	want := []string{"105", "88", "71", "54", "37", "20", "3", "91", "74", "57"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the ten lowest are %v, want %v", got, want)
	}
	if !strings.Contains(teksBBox(pages[chart]), "20,00%") || !strings.Contains(teksBBox(pages[chart]), "24,50%") {
		t.Error("the lowest and the tenth lowest capaian (20,00%, 24,50%) are not on the chart's page")
	}
}

var reNomorLabel = regexp.MustCompile(`^[0-9]+\.$`)

package cli

import (
	"archive/zip"
	"encoding/json"
	"io"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
)

// The annual example (internal/contoh Tahunan): its figures for the year
// are worked out by hand in its comment.
func TestSummaryTahunanJSON(t *testing.T) {
	book := genBuku(t, t.TempDir(), "tahunan.xlsx", contoh.Tahunan())
	out, stderr, code := runCLI(t, "summary", book, "--jenis", "tahunan", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Triwulan  int    `json:"triwulan"`
		Jenis     string `json:"jenis"`
		Indikator []struct {
			Kode               string      `json:"kode"`
			Capaian            *float64    `json:"capaian"`
			RealisasiTahunLalu []*float64  `json:"realisasi_tahun_lalu"`
			TargetTahunLalu    *float64    `json:"target_tahun_lalu"`
			CapaianTahunLalu   *float64    `json:"capaian_tahun_lalu"`
			TargetAkhirRenstra *float64    `json:"target_akhir_renstra"`
			RenstraRentang     *[2]float64 `json:"target_akhir_renstra_rentang"`
			KemajuanRenstra    *float64    `json:"kemajuan_renstra"`
			StandarNasional    *float64    `json:"standar_nasional"`
		} `json:"indikator"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Triwulan != 4 || got.Jenis != "tahunan" || len(got.Indikator) != 5 {
		t.Fatalf("triwulan %d jenis %q, %d indicators", got.Triwulan, got.Jenis, len(got.Indikator))
	}
	eq := func(kode, what string, p *float64, want float64) {
		t.Helper()
		if p == nil || math.Abs(*p-want) > 1e-9 {
			t.Errorf("%s %s = %v, want %v", kode, what, p, want)
		}
	}
	null := func(kode, what string, p *float64) {
		t.Helper()
		if p != nil {
			t.Errorf("%s %s = %v, want null", kode, what, *p)
		}
	}
	ik1, ik2, ik3, ik4, ik5 := got.Indikator[0], got.Indikator[1], got.Indikator[2], got.Indikator[3], got.Indikator[4]
	// IK1 positive: 83,1 of 82; 2023 80,9 of 80; Renstra 85.
	eq("IK1", "capaian", ik1.Capaian, 83.1/82*100)
	eq("IK1", "realisasi_tahun_lalu[0]", ik1.RealisasiTahunLalu[0], 80.9)
	eq("IK1", "realisasi_tahun_lalu[1]", ik1.RealisasiTahunLalu[1], 78.6)
	eq("IK1", "target_tahun_lalu", ik1.TargetTahunLalu, 80)
	eq("IK1", "capaian_tahun_lalu", ik1.CapaianTahunLalu, 80.9/80*100) // 101,125
	eq("IK1", "target_akhir_renstra", ik1.TargetAkhirRenstra, 85)
	eq("IK1", "kemajuan_renstra", ik1.KemajuanRenstra, 83.1/85*100)
	null("IK1", "standar_nasional", ik1.StandarNasional)
	// IK2 positive with a national standard of 100: R 91,67.
	eq("IK2", "standar_nasional", ik2.StandarNasional, 100)
	eq("IK2", "kemajuan_renstra", ik2.KemajuanRenstra, 91.67)
	// IK3 negative, Kumulatif: R = 4+3+2+3 = 12 of 12 ⇒ 100; 2023: 15 of
	// 14 ⇒ (28−15)/14 × 100 = 92,857…; Renstra 8 ⇒ (16−12)/8 × 100 = 50.
	eq("IK3", "capaian", ik3.Capaian, 100)
	eq("IK3", "capaian_tahun_lalu", ik3.CapaianTahunLalu, 13.0/14*100)
	eq("IK3", "kemajuan_renstra", ik3.KemajuanRenstra, 50)
	// IK4: no previous years; null, never 0.
	if len(ik4.RealisasiTahunLalu) != 2 || ik4.RealisasiTahunLalu[0] != nil || ik4.RealisasiTahunLalu[1] != nil {
		t.Errorf("IK4 realisasi_tahun_lalu = %v, want [null, null]", ik4.RealisasiTahunLalu)
	}
	null("IK4", "capaian_tahun_lalu", ik4.CapaianTahunLalu)
	eq("IK4", "kemajuan_renstra", ik4.KemajuanRenstra, 88.0/95*100)
	// IK5 negative, Rata-rata: R = (3,5+3+2,5+2,6)/4 = 2,9 of 3 ⇒
	// (6−2,9)/3 × 100 = 103,33…; 2023: 3,4 of 3,5 ⇒ (7−3,4)/3,5 × 100;
	// Renstra 2 ⇒ (4−2,9)/2 × 100 = 55.
	eq("IK5", "capaian", ik5.Capaian, (6-2.9)/3*100)
	eq("IK5", "capaian_tahun_lalu", ik5.CapaianTahunLalu, (7-3.4)/3.5*100)
	eq("IK5", "kemajuan_renstra", ik5.KemajuanRenstra, (4-2.9)/2*100)
}

// generate --jenis tahunan: the LKjIP's parts, its analyses and notes; the
// same workbook still makes its TW IV quarterly report.
func TestGenerateTahunan(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	book := genBuku(t, in, "tahunan.xlsx", contoh.Tahunan())
	code, stdout, stderr := runLapkin("generate", "--jenis", "tahunan", book, "--out-dir", out)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	pdf := filepath.Join(out, "LAPKIN_2024_TAHUNAN_Camat_Kecamatan_Tempeh.pdf")
	text := genTeks(t, pdf)
	for _, s := range []string{
		"LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
		"KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI",
		"BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP",
		"LAMPIRAN PERJANJIAN KINERJA TAHUN 2024",
		"(1) Perbandingan target dan realisasi tahun ini", "(2) Perbandingan dengan tahun-tahun sebelumnya",
		"(3) Perbandingan dengan target akhir Renstra", "(4) Perbandingan dengan standar nasional",
		"(5) Penyebab keberhasilan/kegagalan dan solusi", "(6) Efisiensi penggunaan sumber daya",
		"(7) Program/kegiatan yang menunjang atau menghambat",
		// IK4 has no previous years, IK1 no national standard: notes.
		"realisasi tahun-tahun sebelumnya tidak diisi, sehingga perbandingan ini tidak disajikan",
		"tidak ada standar nasional yang diisi",
		// figures worked out in internal/contoh
		"101,34%", "97,76%", "240.000.000", "229.550.000", "95,65%",
		"Sisa anggaran sebesar Rp10.450.000",
		// the rows of the budget tree counted per level
		"Rp240.000.000 untuk 3 program, 4 kegiatan dan 5 sub kegiatan",
		// Tabel 3.3 keeps the hierarchy's codes
		"7.01.04.2.01.0002",
		// the Isu Strategis of the Narasi sheet
		"Ketepatan waktu penetapan APBDes",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("LKjIP lacks %q", s)
		}
	}
	if strings.Contains(strings.ToLower(text), "triwulan iv tahun anggaran") {
		t.Error("the LKjIP calls itself a quarterly report")
	}
	code, stdout, stderr = runLapkin("generate", book, "--out-dir", out)
	if code != ExitOK {
		t.Fatalf("TW IV: exit %d\n%s\n%s", code, stdout, stderr)
	}
	text = genTeks(t, filepath.Join(out, "LAPKIN_2024_TW4_Camat_Kecamatan_Tempeh.pdf"))
	if !strings.Contains(text, "LAPORAN KINERJA TRIWULAN IV TAHUN ANGGARAN 2024") || strings.Contains(text, "IKHTISAR EKSEKUTIF") {
		t.Error("the TW IV report of the annual workbook is not the quarterly report")
	}
}

func TestJenisFlag(t *testing.T) {
	book := filepath.Join("..", "..", "testdata", "tahunan.xlsx")
	if _, _, code := runCLI(t, "validate", book, "--jenis", "bulanan"); code != ExitUsage {
		t.Errorf("--jenis bulanan: exit %d, want %d", code, ExitUsage)
	}
	if _, _, code := runCLI(t, "summary", book, "--jenis", "tahunan", "--triwulan", "II"); code != ExitUsage {
		t.Errorf("--jenis tahunan --triwulan II: exit %d, want %d", code, ExitUsage)
	}
	out, _, code := runCLI(t, "validate", book, "--jenis", "tahunan")
	if code != ExitOK || !strings.Contains(out, "Tidak ada temuan") {
		t.Errorf("validate --jenis tahunan: exit %d\n%s", code, out)
	}
}

// init --contoh fills the annual columns (illustrative figures of
// contoh.DenganKolomTahunan: IK1 11 and 10 bulan, target 12 last year ⇒
// capaian tahun lalu 11/12 × 100); a blank template has them empty.
func TestInitKolomTahunan(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "contoh.xlsx")
	if code, _, errs := runLapkin("init", "--contoh", p); code != ExitOK {
		t.Fatalf("init --contoh: exit %d: %s", code, errs)
	}
	out, _, code := runCLI(t, "summary", p, "--jenis", "tahunan", "--format", "json")
	if code != ExitOK {
		t.Fatalf("summary: exit %d", code)
	}
	var got struct {
		Indikator []struct {
			RealisasiTahunLalu []*float64 `json:"realisasi_tahun_lalu"`
			CapaianTahunLalu   *float64   `json:"capaian_tahun_lalu"`
			TargetAkhirRenstra *float64   `json:"target_akhir_renstra"`
		} `json:"indikator"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	ik1 := got.Indikator[0]
	if len(ik1.RealisasiTahunLalu) != 2 || ik1.RealisasiTahunLalu[0] == nil || *ik1.RealisasiTahunLalu[0] != 11 ||
		ik1.RealisasiTahunLalu[1] == nil || *ik1.RealisasiTahunLalu[1] != 10 ||
		ik1.CapaianTahunLalu == nil || math.Abs(*ik1.CapaianTahunLalu-11.0/12*100) > 1e-9 ||
		ik1.TargetAkhirRenstra == nil || *ik1.TargetAkhirRenstra != 12 {
		t.Errorf("IK1 annual figures from init --contoh: %+v", ik1)
	}
	if ik7 := got.Indikator[6]; ik7.RealisasiTahunLalu[0] != nil || ik7.TargetAkhirRenstra != nil {
		t.Errorf("IK7 should have no annual figures: %+v", ik7)
	}
	blank := filepath.Join(dir, "kosong.xlsx")
	if code, _, errs := runLapkin("init", blank); code != ExitOK {
		t.Fatalf("init: exit %d: %s", code, errs)
	}
	raw := genXlsxTeks(t, blank)
	for _, s := range []string{"Realisasi Tahun Lalu", "Realisasi N-2", "Target Tahun Lalu", "Target Akhir Renstra", "Standar Nasional",
		"Periode Renstra", "Batas Laporan Tahunan", "Hanya untuk laporan tahunan"} {
		if !strings.Contains(raw, s) {
			t.Errorf("blank template lacks %q", s)
		}
	}
}

// genXlsxTeks returns the XML parts of an .xlsx joined, to look for text.
func genXlsxTeks(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var b strings.Builder
	for _, f := range z.File {
		if !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		x, _ := io.ReadAll(r)
		r.Close()
		b.Write(x)
	}
	return b.String()
}

// The annual report needs no Identitas Triwulan: without it, validate
// --jenis tahunan finds nothing, the quarterly check still LK004.
func TestTahunanTanpaTriwulan(t *testing.T) {
	sheets := contoh.Tahunan()
	for i := range sheets {
		if sheets[i].Nama != "Identitas" {
			continue
		}
		var rows [][]any
		for _, r := range sheets[i].Baris {
			if r[0] != "Triwulan" {
				rows = append(rows, r)
			}
		}
		sheets[i].Baris = rows
	}
	book := genBuku(t, t.TempDir(), "tahunan.xlsx", sheets)
	if out, _, code := runCLI(t, "validate", book, "--jenis", "tahunan"); code != ExitOK || !strings.Contains(out, "Tidak ada temuan") {
		t.Errorf("validate --jenis tahunan without Triwulan: exit %d\n%s", code, out)
	}
	if out, _, code := runCLI(t, "validate", book); code != ExitData || !strings.Contains(out, "LK004") {
		t.Errorf("quarterly validate without Triwulan: exit %d\n%s", code, out)
	}
}

package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

type summaryJSON struct {
	Tahun     int    `json:"tahun"`
	Triwulan  int    `json:"triwulan"`
	Metode    string `json:"efisiensi_metode"`
	Indikator []struct {
		Kode           string   `json:"kode"`
		Capaian        *float64 `json:"capaian"`
		Pagu           *int64   `json:"pagu"`
		Realisasi      *int64   `json:"realisasi_anggaran"`
		Serapan        *float64 `json:"serapan"`
		NilaiEfisiensi *float64 `json:"nilai_efisiensi"`
	} `json:"indikator"`
	Kegiatan []struct {
		Kegiatan  string   `json:"kegiatan"`
		Pagu      *int64   `json:"pagu"`
		Realisasi *int64   `json:"realisasi_anggaran"`
		Serapan   *float64 `json:"serapan"`
	} `json:"kegiatan"`
	Total struct {
		Pagu      int64   `json:"pagu"`
		Realisasi int64   `json:"realisasi_anggaran"`
		Serapan   float64 `json:"serapan"`
		Indikator int     `json:"indikator"`
		Tercapai  int     `json:"tercapai"`
	} `json:"total"`
}

func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// TestSummaryReferensiJSON pins the figures of the reference report
// (the hand-made TW II 2023 report of Kecamatan Senduro, its Tabel 2.2 and 2.3).
func TestSummaryReferensiJSON(t *testing.T) {
	out, stderr, code := runCLI(t, "summary", filepath.Join("..", "..", "testdata", "referensi.xlsx"), "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	// Summary exits 0 with data findings, counting them on stderr.
	if !strings.Contains(stderr, "galat") || !strings.Contains(stderr, "lapkin validate") {
		t.Errorf("stderr should count the findings: %q", stderr)
	}
	var s summaryJSON
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if s.Tahun != 2023 || s.Triwulan != 2 || s.Metode != "pmk" {
		t.Errorf("header %+v", s)
	}
	within := func(p *float64, want float64) bool { return p != nil && math.Abs(*p-want) < 1e-9 }
	// Urusan Pemerintahan Umum: 1.800.000 / 7.500.000 = 24%.
	var found bool
	for _, k := range s.Kegiatan {
		if strings.HasPrefix(k.Kegiatan, "Penyelenggaraan Urusan Pemerintahan Umum") {
			found = true
			if !within(k.Serapan, 24) {
				t.Errorf("Urusan Pemerintahan Umum serapan %v, want 24", k.Serapan)
			}
		}
		// Binwas Desa: 117.000.000 / 290.800.000 × 100 = 40,2338…
		if strings.HasPrefix(k.Kegiatan, "Fasilitasi, Rekomendasi") && !within(k.Serapan, 117000000.0/290800000*100) {
			t.Errorf("Binwas Desa serapan %v, want 40,23…", k.Serapan)
		}
	}
	if !found {
		t.Error("kegiatan Urusan Pemerintahan Umum missing")
	}
	var pagu, real int64
	for _, k := range s.Kegiatan {
		pagu += *k.Pagu
		real += *k.Realisasi
	}
	for _, i := range s.Indikator {
		switch i.Kode {
		case "IK7": // two security kegiatan: 12.450.000 / 14.700.000 = 84,6938…%
			if *i.Pagu != 14700000 || *i.Realisasi != 12450000 || !within(i.Serapan, 12450000.0/14700000*100) {
				t.Errorf("IK7 %+v", i)
			}
		default: // 6 of 12 desa ⇒ 50%
			if !within(i.Capaian, 50) {
				t.Errorf("%s capaian %v, want 50", i.Kode, i.Capaian)
			}
		}
		if i.Kode == "IK2" && (i.Pagu != nil || i.Serapan != nil || i.NilaiEfisiensi != nil) {
			t.Errorf("IK2 has no kegiatan: budget figures must be null, got %+v", i)
		}
	}
	// Totals are the sums of the rows.
	if s.Total.Pagu != pagu || s.Total.Realisasi != real || s.Total.Indikator != len(s.Indikator) {
		t.Errorf("total %+v, sums %d / %d", s.Total, pagu, real)
	}
	if !within(&s.Total.Serapan, float64(real)/float64(pagu)*100) {
		t.Errorf("total serapan %v", s.Total.Serapan)
	}
}

// TestSummaryTable: the table fits an 80-column terminal and names the unit.
func TestSummaryTable(t *testing.T) {
	for _, f := range []string{"referensi.xlsx", "contoh.xlsx"} {
		out, _, code := runCLI(t, "summary", filepath.Join("..", "..", "testdata", f))
		if code != 0 {
			t.Fatalf("%s: exit %d", f, code)
		}
		for _, line := range strings.Split(out, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%s: line of %d columns: %q", f, n, line)
			}
		}
	}
	out, _, _ := runCLI(t, "summary", filepath.Join("..", "..", "testdata", "contoh.xlsx"))
	// 4 of 6 indicators tercapai (see internal/contoh.Bersih); total pagu
	// 1.135.000.000.
	for _, want := range []string{"Dinas Kesehatan", "Triwulan III Tahun 2024", "1.135.000.000", "6 indikator: 4 tercapai, 2 belum tercapai"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestSummaryCSVAndErrors(t *testing.T) {
	out, _, code := runCLI(t, "summary", filepath.Join("..", "..", "testdata", "contoh.xlsx"), "--format", "csv", "--efisiensi", "rasio")
	if code != 0 || !strings.HasPrefix(out, "jenis,kode,nama") {
		t.Fatalf("csv: exit %d\n%s", code, out)
	}
	// 6 indicators + 7 kegiatan + header + total = 15 lines.
	if n := strings.Count(out, "\n"); n != 15 {
		t.Errorf("csv has %d lines, want 15", n)
	}
	if _, _, code := runCLI(t, "summary", "nope.xlsx"); code != 2 {
		t.Errorf("missing file: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "summary", filepath.Join("..", "..", "testdata", "contoh.xlsx"), "--format", "xml"); code != 2 {
		t.Errorf("bad format: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "summary", filepath.Join("..", "..", "testdata", "contoh.xlsx"), "--triwulan", "5"); code != 2 {
		t.Errorf("bad triwulan: exit %d, want 2", code)
	}
	// --triwulan II on the TW III example: K5 Kumulatif 2+3 = 5 of T(2) = 6.
	out, _, _ = runCLI(t, "summary", filepath.Join("..", "..", "testdata", "contoh.xlsx"), "--format", "json", "--triwulan", "II")
	var s summaryJSON
	if err := json.Unmarshal([]byte(out), &s); err != nil || s.Triwulan != 2 {
		t.Fatalf("--triwulan II: %v %+v", err, s)
	}
	if c := s.Indikator[4].Capaian; c == nil || math.Abs(*c-5.0/6*100) > 1e-9 {
		t.Errorf("K5 capaian at TW II = %v, want 83,33…", c)
	}
}

// An invalid Triwulan stops summary with the reader's own finding (LK008
// at the cell), not a generic "unknown quarter".
func TestSummaryTriwulanSalah(t *testing.T) {
	sheets := contoh.Bersih()
	for i := range sheets[0].Baris {
		if sheets[0].Baris[i][0] == "Triwulan" {
			sheets[0].Baris[i][1] = "TW V"
		}
	}
	path := filepath.Join(t.TempDir(), "tw5.xlsx")
	if err := workbook.WriteFile(path, sheets); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runCLI(t, "summary", path)
	if code != 1 || !strings.Contains(stderr, "LK008 Identitas!B2") || strings.Contains(stderr, "LK004") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 with LK008 at Identitas!B2", code, stderr)
	}
}

// --triwulan auto on a date whose latest ended quarter is of another year
// than the workbook's is an error, not a report mixing the two.
func TestAutoTahunLain(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "contoh.xlsx") // Tahun Anggaran 2024
	// 3 January 2024: the latest ended quarter is TW IV 2023.
	out, _, code := runCLI(t, "validate", path, "--triwulan", "auto", "--tanggal", "2024-01-03", "--format", "json")
	if code != 1 || !strings.Contains(out, `"rule":"LK008"`) || !strings.Contains(out, "triwulan IV tahun 2023") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	// 6 January 2025: TW IV 2024, the workbook's year.
	out, _, _ = runCLI(t, "validate", path, "--triwulan", "auto", "--tanggal", "2025-01-06", "--format", "json")
	if strings.Contains(out, `"rule":"LK008"`) {
		t.Errorf("auto in the workbook's year gave LK008:\n%s", out)
	}
}

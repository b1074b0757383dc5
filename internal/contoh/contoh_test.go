package contoh_test

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// readT writes sheets with workbook.Write and reads them back.
func readT(t *testing.T, name string, sheets []workbook.Sheet) (*kinerja.Laporan, kinerja.DaftarTemuan) {
	t.Helper()
	var b bytes.Buffer
	if err := workbook.Write(&b, sheets); err != nil {
		t.Fatalf("Tulis %s: %v", name, err)
	}
	l, ts := workbook.ReadFrom(&b, name, workbook.Options{})
	if l == nil {
		t.Fatalf("BacaDari %s: %v", name, ts)
	}
	return l, ts
}

func near(a kinerja.Angka, want float64) bool { return a.OK && math.Abs(a.V-want) < 1e-9 }

func byKode(h *kinerja.Hasil, kode string) kinerja.HasilIndikator {
	for _, i := range h.Indikator {
		if i.Kode == kode {
			return i
		}
	}
	return kinerja.HasilIndikator{}
}

// readingErrors are findings of the reading rules that would mean the
// example itself is malformed (as opposed to the reference report's own
// data mistakes, which the domain rules report).
func readingErrors(ts kinerja.DaftarTemuan) kinerja.DaftarTemuan {
	var out kinerja.DaftarTemuan
	for _, t := range ts {
		switch t.Rule {
		case "LK001", "LK002", "LK003", "LK004", "LK005", "LK006", "LK008", "LK025":
			if t.Severity == kinerja.Error {
				out = append(out, t)
			}
		}
	}
	return out
}

// checkReferensi pins the figures of the reference report (Tabel 2.2 and
// 2.3 of the hand-made TW II 2023 report of Kecamatan Senduro).
func checkReferensi(t *testing.T, l *kinerja.Laporan) {
	t.Helper()
	if l.Identitas.Tahun != 2023 || l.Identitas.Triwulan != 2 || l.Identitas.Unit != "Kecamatan Senduro" {
		t.Fatalf("identitas %+v", l.Identitas)
	}
	if len(l.Tugas) != 24 || len(l.Target) != 7 || len(l.Anggaran) != 6 {
		t.Fatalf("tugas %d, indikator %d, kegiatan %d; want 24, 7, 6", len(l.Tugas), len(l.Target), len(l.Anggaran))
	}
	h := kinerja.Hitung(l, 2, kinerja.PMK)
	// "6 Desa" of 12 ⇒ 50% for IK1–IK6 (Tabel 2.2).
	for _, k := range []string{"IK1", "IK2", "IK3", "IK4", "IK5", "IK6"} {
		if i := byKode(h, k); !near(i.Capaian, 50) {
			t.Errorf("%s capaian = %+v, want 50", k, i.Capaian)
		}
	}
	// Urusan Pemerintahan Umum: 1.800.000 / 7.500.000 = 24%.
	k5 := h.Kegiatan[4]
	if k5.Pagu.V != 7500000 || k5.RealisasiAnggaran.V != 1800000 || !near(k5.Serapan, 24) {
		t.Errorf("Urusan Pemerintahan Umum %+v", k5)
	}
	// IK7 served by the two security kegiatan: 12.450.000 / 14.700.000.
	ik7 := byKode(h, "IK7")
	if ik7.Pagu.V != 14700000 || ik7.RealisasiAnggaran.V != 12450000 || kinerja.FormatPersen(ik7.Serapan) != "84,69%" {
		t.Errorf("IK7 budget %+v / %+v serapan %s", ik7.Pagu, ik7.RealisasiAnggaran, kinerja.FormatPersen(ik7.Serapan))
	}
	// Binwas Desa: 117.000.000 / 290.800.000 = 40,2338…%.
	k6 := h.Kegiatan[5]
	if kinerja.FormatPersen(k6.Serapan) != "40,23%" || kinerja.FormatPersen(byKode(h, "IK5").Serapan) != "40,23%" {
		t.Errorf("Binwas Desa serapan %s", kinerja.FormatPersen(k6.Serapan))
	}
	// Totals are the sums of the kegiatan rows: 7.800.000 + 5.000.000 +
	// 10.200.000 + 4.500.000 + 7.500.000 + 290.800.000 = 325.800.000 and
	// 0 + 0 + 10.200.000 + 2.250.000 + 1.800.000 + 117.000.000 = 131.250.000.
	if h.Total.Pagu.V != 325800000 || h.Total.RealisasiAnggaran.V != 131250000 {
		t.Errorf("total %+v", h.Total)
	}
	var p, r int64
	for _, k := range h.Kegiatan {
		p += k.Pagu.V
		r += k.RealisasiAnggaran.V
	}
	if p != h.Total.Pagu.V || r != h.Total.RealisasiAnggaran.V || h.Total.Indikator != 7 {
		t.Errorf("totals are not the sums of the rows: %d/%d vs %+v", p, r, h.Total)
	}
}

func TestReferensi(t *testing.T) {
	l, ts := readT(t, "referensi.xlsx", contoh.Referensi())
	if bad := readingErrors(ts); len(bad) > 0 {
		t.Errorf("reading findings on the reference workbook: %v", bad)
	}
	checkReferensi(t, l)
}

func TestBersih(t *testing.T) {
	l, ts := readT(t, "contoh.xlsx", contoh.Bersih())
	if bad := readingErrors(ts); len(bad) > 0 {
		t.Errorf("reading findings on the clean example: %v", bad)
	}
	if l.Logo == nil || len(l.Logo.Data) == 0 {
		t.Error("the clean example's logo was not read")
	}
	h := kinerja.Hitung(l, l.Identitas.Triwulan, kinerja.PMK)
	want := map[string]float64{
		"K1": 76.0 / 75 * 100,       // Non Kumulatif 76 vs T(3) 75
		"K2": (2*3 - 2) / 3.0 * 100, // negative, Kumulatif 1+0+1 vs 3
		"K3": 100,                   // negative, mean (35+28+27)/3 = 30 vs 30
		"K4": 100,                   // 92,5 inside 90–95
		"K5": 7.0 / 9 * 100,         // Kumulatif 2+3+2 vs T(3) 9
		"K6": 70.0 / 80 * 100,       // percent cells 0,7 ⇒ 70 vs 80
	}
	for k, w := range want {
		if i := byKode(h, k); !near(i.Capaian, w) {
			t.Errorf("%s capaian = %+v, want %v", k, i.Capaian, w)
		}
	}
	if h.Total.Tercapai != 4 {
		t.Errorf("tercapai = %d, want 4 (K1–K4)", h.Total.Tercapai)
	}
	// 1.135.000.000 pagu, 802.000.000 realised (see Bersih's comment).
	if h.Total.Pagu.V != 1135000000 || h.Total.RealisasiAnggaran.V != 802000000 {
		t.Errorf("total %+v", h.Total)
	}
	// K5's kegiatan has its own output target: 7 of 12 desa = 58,33%;
	// PMK: PA×CK = 95.000.000 × 7/12 = 55.416.666,67; E = (55.416.666,67 −
	// 55.000.000) / 55.416.666,67 × 100 = 0,7519%; NE = 50 + 0,7519/20×50 = 51,88.
	k5 := h.Kegiatan[4]
	paCK := 95000000 * 7.0 / 12
	if !near(k5.Capaian, 7.0/12*100) || !near(k5.Efisiensi, (paCK-55000000)/paCK*100) ||
		kinerja.FormatAngka(k5.NilaiEfisiensi.V, 2) != "51,88" {
		t.Errorf("K5 kegiatan %+v", k5)
	}
}

// TestTestdataUpToDate: the committed workbooks read to the same model as
// the code in this package describes (run `go generate ./internal/contoh` after
// changing the data).
func TestTestdataUpToDate(t *testing.T) {
	for file, sheets := range map[string][]workbook.Sheet{
		"referensi.xlsx":  contoh.Referensi(),
		"contoh.xlsx":     contoh.Bersih(),
		"bertingkat.xlsx": contoh.Bertingkat(),
		"tahunan.xlsx":    contoh.Tahunan(),
	} {
		fromCode, _ := readT(t, file, sheets)
		fromFile, _, err := workbook.Read(filepath.Join("..", "..", "testdata", file), workbook.Options{})
		if err != nil || fromFile == nil {
			t.Fatalf("testdata/%s: %v", file, err)
		}
		if !reflect.DeepEqual(fromCode, fromFile) {
			t.Errorf("testdata/%s is out of date: run go generate ./internal/contoh", file)
		}
	}
}

// TestLibreOfficeCopy: the reference workbook as re-saved by LibreOffice
// (a real spreadsheet program, not excelize) gives the same figures.
func TestLibreOfficeCopy(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "libreoffice", "referensi.xlsx")
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("%s missing: run go generate ./internal/contoh with LibreOffice installed", path)
	}
	l, ts, err := workbook.Read(path, workbook.Options{})
	if err != nil || l == nil {
		t.Fatalf("%s: %v %v", path, err, ts)
	}
	if bad := readingErrors(ts); len(bad) > 0 {
		t.Errorf("reading findings on the LibreOffice copy: %v", bad)
	}
	checkReferensi(t, l)
	orig, _ := readT(t, "referensi.xlsx", contoh.Referensi())
	a := kinerja.Hitung(orig, 2, kinerja.PMK)
	b := kinerja.Hitung(l, 2, kinerja.PMK)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("figures differ between the excelize and the LibreOffice copy:\n%+v\n%+v", a, b)
	}
}

// TestSintetisBersih: a synthetic workbook has no error finding (reading or
// domain), so benchmarks measure the whole generate path; the same seed
// gives the same workbook.
func TestSintetisBersih(t *testing.T) {
	u := contoh.Ukuran{Indikator: 40, Kegiatan: 90}
	l, ts := readT(t, "sintetis.xlsx", contoh.Sintetis(u, 7))
	if len(l.Target) != 40 || len(l.Anggaran) != 90 {
		t.Fatalf("got %d indicators, %d kegiatan", len(l.Target), len(l.Anggaran))
	}
	h := kinerja.Hitung(l, l.Identitas.Triwulan, kinerja.PMK)
	ts = append(ts, kinerja.Periksa(l, h, kinerja.PeriksaOpsi{Triwulan: h.Triwulan})...)
	for _, f := range ts {
		if f.Severity == kinerja.Error {
			t.Errorf("%s %s: %s", f.Rule, f.Ref(), f.Message)
		}
	}
	if !reflect.DeepEqual(contoh.Sintetis(u, 7), contoh.Sintetis(u, 7)) {
		t.Error("same seed, different workbooks")
	}
}

// TestTahunan: the annual example reads without findings and gives the
// figures worked out in its comment, for the year and for the TW IV
// quarterly report alike.
func TestTahunan(t *testing.T) {
	l, ts := readT(t, "tahunan.xlsx", contoh.Tahunan())
	if len(ts) > 0 {
		t.Errorf("reading findings on the annual example: %v", ts)
	}
	h := kinerja.HitungTahunan(l, kinerja.PMK)
	if f := kinerja.Periksa(l, h, kinerja.PeriksaOpsi{Triwulan: 4, Jenis: kinerja.Tahunan}); len(f) > 0 {
		t.Errorf("annual findings: %v", f)
	}
	if !near(byKode(h, "IK3").Capaian, 100) || !near(byKode(h, "IK5").KemajuanRenstra, (4-2.9)/2*100) {
		t.Errorf("IK3 %+v IK5 %+v", byKode(h, "IK3").Capaian, byKode(h, "IK5").KemajuanRenstra)
	}
	if h.Total.Pagu.V != 240000000 || h.Total.RealisasiAnggaran.V != 229550000 {
		t.Errorf("total %+v", h.Total)
	}
	q := kinerja.Hitung(l, 4, kinerja.PMK)
	if !near(byKode(q, "IK1").Capaian, 83.1/82*100) || q.Total.RealisasiAnggaran.V != 229550000 {
		t.Errorf("TW IV: %+v %+v", byKode(q, "IK1").Capaian, q.Total)
	}
}

// TestSintetisBertingkat: the synthetic tree (91 rows per program: 1
// program, 10 kegiatan, 80 sub kegiatan) is clean and sums its leaves.
func TestSintetisBertingkat(t *testing.T) {
	u := contoh.Ukuran{Indikator: 40, Kegiatan: 182, Bertingkat: true}
	l, ts := readT(t, "sintetis.xlsx", contoh.Sintetis(u, 7))
	h := kinerja.Hitung(l, l.Identitas.Triwulan, kinerja.PMK)
	ts = append(ts, kinerja.Periksa(l, h, kinerja.PeriksaOpsi{Triwulan: h.Triwulan})...)
	for _, f := range ts {
		if f.Severity == kinerja.Error {
			t.Errorf("%s %s: %s", f.Rule, f.Ref(), f.Message)
		}
	}
	n := map[kinerja.Tingkat]int{}
	var leaves int64
	for _, k := range h.Kegiatan {
		n[k.Tingkat]++
		if k.Leaf() {
			leaves += k.Pagu.V
		}
	}
	// 182 rows = 2 programs × (1 + 10 + 80).
	if !h.Bertingkat || n[kinerja.TingkatProgram] != 2 || n[kinerja.TingkatKegiatan] != 20 || n[kinerja.TingkatSubKegiatan] != 160 {
		t.Errorf("levels %v", n)
	}
	if h.Total.Pagu.V != leaves || h.Kegiatan[0].Pagu.V+h.Kegiatan[91].Pagu.V != leaves {
		t.Errorf("total %d, programs %d + %d, leaves %d", h.Total.Pagu.V, h.Kegiatan[0].Pagu.V, h.Kegiatan[91].Pagu.V, leaves)
	}
}

package kinerja

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func num(v float64) Nilai { return Nilai{Ada: true, Angka: v} }

func TestPredikatBoundaries(t *testing.T) {
	// Permendagri 86/2017 bands as half-open intervals (docs/rumus.md).
	cases := []struct {
		c    float64
		want string
	}{
		{0, SangatRendah},
		{50.99, SangatRendah}, // below 51
		{51, Rendah},          // 51 ≤ c < 66
		{65.99, Rendah},
		{66, Sedang}, // 66 ≤ c < 76
		{75.99, Sedang},
		{76, Tinggi}, // 76 ≤ c < 91
		{90.99, Tinggi},
		{91, SangatTinggi},
		{100, SangatTinggi},
		{130, SangatTinggi}, // over 100 stays Sangat Tinggi
		// Decided on the printed value: 50.995 prints "51,00%", so Rendah.
		{50.995, Rendah},
		{50.994, SangatRendah},
	}
	for _, c := range cases {
		if got := PredikatDari(c.c); got != c.want {
			t.Errorf("PredikatDari(%v) = %q, want %q", c.c, got, c.want)
		}
	}
}

func TestCapaian(t *testing.T) {
	cases := []struct {
		name   string
		r      Angka
		t      float64
		rng    *Rentang
		pol    Polaritas
		want   float64
		wantOK bool
	}{
		// Positive: R/T×100. 6 of 12 desa = 50 (reference report, Tabel 2.2).
		{"positif 6/12", Nilainya(6), 12, nil, Positif, 50, true},
		{"positif R=0 entered", Nilainya(0), 12, nil, Positif, 0, true},
		{"positif over", Nilainya(15), 12, nil, Positif, 125, true},
		// Negative (PermenPANRB 8/2021): (2T−R)/T×100.
		{"negatif R=T", Nilainya(4), 4, nil, Negatif, 100, true},     // (8−4)/4 = 1 ⇒ 100
		{"negatif R=0", Nilainya(0), 4, nil, Negatif, 200, true},     // (8−0)/4 = 2 ⇒ 200
		{"negatif R=2T", Nilainya(8), 4, nil, Negatif, 0, true},      // (8−8)/4 = 0 ⇒ 0
		{"negatif R=3T", Nilainya(12), 4, nil, Negatif, 0, true},     // (8−12)/4 < 0 ⇒ clamped to 0
		{"negatif R=T/2", Nilainya(15), 30, nil, Negatif, 150, true}, // (60−15)/30 = 1,5
		// T = 0 ⇒ undefined, never a division by zero.
		{"T=0", Nilainya(5), 0, nil, Positif, 0, false},
		{"T=0 negatif", Nilainya(5), 0, nil, Negatif, 0, false},
		// Empty realisation ⇒ undefined.
		{"R kosong", Tak, 12, nil, Positif, 0, false},
		// Range 80–90: inside ⇒ 100; above ⇒ vs 90; below ⇒ vs 80.
		{"rentang dalam", Nilainya(85), 0, &Rentang{80, 90}, Positif, 100, true},
		{"rentang batas bawah", Nilainya(80), 0, &Rentang{80, 90}, Positif, 100, true},
		{"rentang di atas", Nilainya(99), 0, &Rentang{80, 90}, Positif, 110, true}, // 99/90 = 1,1
		{"rentang di bawah", Nilainya(60), 0, &Rentang{80, 90}, Positif, 75, true}, // 60/80 = 0,75
		// Negative with a range: above the upper bound ⇒ (2×90−99)/90 = 0,9.
		{"rentang negatif di atas", Nilainya(99), 0, &Rentang{80, 90}, Negatif, 90, true},
	}
	for _, c := range cases {
		got := Capaian(c.r, c.t, c.rng, c.pol)
		if got.OK != c.wantOK || (c.wantOK && !near(got.V, c.want)) {
			t.Errorf("%s: Capaian = %+v, want %v (ok %v)", c.name, got, c.want, c.wantOK)
		}
	}
}

func TestRealisasiSampai(t *testing.T) {
	var empty Nilai
	cases := []struct {
		name     string
		tw       [4]Nilai
		q        int
		sifat    Sifat
		want     float64
		wantOK   bool
		fallback int
	}{
		// Kumulatif: sum of TW 1..q; an empty quarter adds nothing.
		{"kumulatif", [4]Nilai{num(2), num(3), num(2), num(9)}, 3, Kumulatif, 7, true, 0}, // 2+3+2
		{"kumulatif with empty", [4]Nilai{empty, num(6), empty, empty}, 2, Kumulatif, 6, true, 0},
		{"kumulatif all empty", [4]Nilai{}, 2, Kumulatif, 0, false, 0},
		{"kumulatif zero entered", [4]Nilai{num(0), num(0)}, 2, Kumulatif, 0, true, 0},
		// Non Kumulatif: TW q; empty ⇒ latest earlier value (fallback).
		{"non kumulatif", [4]Nilai{num(24), num(49), num(76)}, 3, NonKumulatif, 76, true, 0},
		{"non kumulatif latest empty", [4]Nilai{num(24), num(49), empty}, 3, NonKumulatif, 49, true, 2},
		{"non kumulatif none", [4]Nilai{}, 3, NonKumulatif, 0, false, 0},
		// Rata-rata: mean of the non-empty TW 1..q: (35+27)/2 = 31.
		{"rata-rata", [4]Nilai{num(35), empty, num(27)}, 3, RataRata, 31, true, 0},
		{"rata-rata three", [4]Nilai{num(35), num(28), num(27)}, 3, RataRata, 30, true, 0},
	}
	for _, c := range cases {
		got, fb := RealisasiSampai(c.tw, c.q, c.sifat)
		if got.OK != c.wantOK || (c.wantOK && !near(got.V, c.want)) || fb != c.fallback {
			t.Errorf("%s: got %+v fallback %d, want %v (ok %v) fallback %d", c.name, got, fb, c.want, c.wantOK, c.fallback)
		}
	}
}

func TestEfisiensiPMK(t *testing.T) {
	cases := []struct {
		name         string
		paCK, selish float64
		e, ne        float64
		ok           bool
	}{
		// E = selisih / paCK × 100; NE = 50 + E/20×50.
		{"E=0", 1800000, 0, 0, 50, true},            // spent exactly its capaian share
		{"E=10", 1000, 100, 10, 75, true},           // 50 + 0,5×50
		{"E=20 ⇒ NE 100", 1000, 200, 20, 100, true}, // upper edge
		{"E=28 clamp 100", 250, 70, 28, 100, true},  // 50 + 1,4×50 = 120 ⇒ 100
		{"E=-20 ⇒ NE 0", 1000, -200, -20, 0, true},  // lower edge
		{"E=-50 clamp 0", 1000, -500, -50, 0, true}, // 50 − 125 ⇒ 0
		{"E=-10", 1000, -100, -10, 25, true},        // 50 − 25
		{"undefined", 0, 0, 0, 0, false},            // Σ(PA×CK) = 0
	}
	for _, c := range cases {
		e, ne := EfisiensiPMK(c.paCK, c.selish)
		if e.OK != c.ok || ne.OK != c.ok || (c.ok && (!near(e.V, c.e) || !near(ne.V, c.ne))) {
			t.Errorf("%s: E %+v NE %+v, want %v %v", c.name, e, ne, c.e, c.ne)
		}
	}
}

// laporanKecil is a small workbook content: one positive indicator with two
// kegiatan, one negative indicator without kegiatan.
func laporanKecil() *Laporan {
	return &Laporan{
		Identitas: Identitas{Tahun: 2023, Triwulan: 2, Unit: "Kecamatan Senduro", Jabatan: "Kepala Seksi Pemerintahan"},
		Target: []Indikator{
			{Kode: Sel{Teks: "IK7"}, Indikator: Sel{Teks: "Pengamanan"}, Satuan: Sel{Teks: "%"},
				Target: num(100), Sifat: NonKumulatif},
			{Kode: Sel{Teks: "IK9"}, Indikator: Sel{Teks: "Angka kematian"}, Satuan: Sel{Teks: "Kasus"},
				Target: num(4), Polaritas: Negatif, Sifat: Kumulatif,
				TargetTW: [4]Nilai{num(1), num(2), num(3), num(4)}},
		},
		Realisasi: []Realisasi{
			{Kode: Sel{Teks: "IK7"}, TW: [4]Nilai{{}, num(84.69)}},
			{Kode: Sel{Teks: "ik9"}, TW: [4]Nilai{num(1), num(0)}},
		},
		AdaAnggaran: true,
		Anggaran: []Kegiatan{
			// The two security kegiatan of the reference report, Tabel 2.3.
			{Kegiatan: Sel{Teks: "Sinergitas dengan Kepolisian"}, Indikator: Sel{Teks: "IK7"},
				Pagu: num(10200000), Realisasi: num(10200000), RealisasiKinerja: num(100)},
			{Kegiatan: Sel{Teks: "Harmonisasi toga tomas"}, Indikator: Sel{Teks: "IK7"},
				Pagu: num(4500000), Realisasi: num(2250000), RealisasiKinerja: num(50)},
			// Per-quarter budget realisation; TW III is after q = 2 and ignored.
			{Kegiatan: Sel{Teks: "Tanpa indikator"}, Pagu: num(1000000),
				RealisasiTW: [4]Nilai{num(100000), num(200000), num(300000)}},
		},
	}
}

func TestHitungKecil(t *testing.T) {
	h := Hitung(laporanKecil(), 2, PMK)
	ik7 := h.Indikator[0]
	// 12.450.000 / 14.700.000 × 100 = 84,6938…% (reference report: 84,69).
	if !ik7.Pagu.OK || ik7.Pagu.V != 14700000 || ik7.RealisasiAnggaran.V != 12450000 {
		t.Fatalf("IK7 budget = %+v / %+v, want 14.700.000 / 12.450.000", ik7.Pagu, ik7.RealisasiAnggaran)
	}
	if FormatPersen(ik7.Serapan) != "84,69%" {
		t.Errorf("IK7 serapan = %s, want 84,69%%", FormatPersen(ik7.Serapan))
	}
	// Capaian 84,69 / 100 ⇒ Tinggi (76 ≤ c < 91), not tercapai.
	if !near(ik7.Capaian.V, 84.69) || *ik7.Predikat != Tinggi || ik7.Tercapai {
		t.Errorf("IK7 capaian %+v predikat %v tercapai %v", ik7.Capaian, *ik7.Predikat, ik7.Tercapai)
	}
	// PMK over IK7's kegiatan: CK 1 and 0,5 ⇒ Σ(PA×CK) = 10.200.000 + 2.250.000
	// = 12.450.000; Σ(PA×CK − RA) = 0 + 0 ⇒ E = 0, NE = 50.
	if !ik7.Efisiensi.OK || !near(ik7.Efisiensi.V, 0) || !near(ik7.NilaiEfisiensi.V, 50) {
		t.Errorf("IK7 efisiensi %+v NE %+v, want 0 and 50", ik7.Efisiensi, ik7.NilaiEfisiensi)
	}
	ik9 := h.Indikator[1]
	// Kumulatif 1+0 = 1 against T(2) = 2, negative: (4−1)/2×100 = 150;
	// annual: (8−1)/4×100 = 175. Its Kode matched case-insensitively.
	if !near(ik9.Realisasi.V, 1) || !near(ik9.Capaian.V, 150) || !near(ik9.CapaianTahunan.V, 175) || !ik9.Tercapai {
		t.Errorf("IK9 %+v", ik9)
	}
	if ik9.Pagu.OK || ik9.Serapan.OK || ik9.Efisiensi.OK {
		t.Errorf("IK9 has no kegiatan: budget figures must be undefined, got %+v", ik9)
	}
	k3 := h.Kegiatan[2]
	// TW I + TW II = 300.000 of 1.000.000 ⇒ 30%; no capaian (no link, no
	// realisasi kinerja) ⇒ efisiensi undefined.
	if k3.RealisasiAnggaran.V != 300000 || !near(k3.Serapan.V, 30) || k3.Capaian.OK || k3.Efisiensi.OK {
		t.Errorf("kegiatan 3 %+v", k3)
	}
	// Totals: pagu 10.200.000 + 4.500.000 + 1.000.000 = 15.700.000,
	// realisasi 10.200.000 + 2.250.000 + 300.000 = 12.750.000.
	if h.Total.Pagu.V != 15700000 || h.Total.RealisasiAnggaran.V != 12750000 || h.Total.Indikator != 2 || h.Total.Tercapai != 1 {
		t.Errorf("total %+v", h.Total)
	}
	// One kegiatan without capaian makes the total PMK efficiency undefined.
	if h.Total.Efisiensi.OK {
		t.Errorf("total efisiensi should be undefined, got %+v", h.Total.Efisiensi)
	}
}

func TestHitungRasio(t *testing.T) {
	h := Hitung(laporanKecil(), 2, Rasio)
	// Kegiatan 2: capaian 50 / serapan 50 × 100 = 100; NE null in rasio.
	k := h.Kegiatan[1]
	if !near(k.Efisiensi.V, 100) || k.NilaiEfisiensi.OK {
		t.Errorf("rasio kegiatan 2: %+v / %+v", k.Efisiensi, k.NilaiEfisiensi)
	}
	// IK7: capaian 84,69 / serapan 84,6938… × 100 = 99,9955…
	want := 84.69 / (12450000.0 / 14700000.0 * 100) * 100
	if ik := h.Indikator[0]; !near(ik.Efisiensi.V, want) || ik.NilaiEfisiensi.OK {
		t.Errorf("rasio IK7 %+v, want %v", ik.Efisiensi, want)
	}
	// Serapan 0 ⇒ undefined.
	if got := rasio(Nilainya(50), Nilainya(0)); got.OK {
		t.Errorf("rasio with serapan 0 = %+v, want undefined", got)
	}
}

func TestTargetPeriodeAndRange(t *testing.T) {
	l := &Laporan{
		Target: []Indikator{{Kode: Sel{Teks: "K4"}, Satuan: Sel{Teks: "%"}, Sifat: NonKumulatif,
			Target: Nilai{Ada: true, Angka: 90, Rentang: &Rentang{90, 95}}}},
		Realisasi: []Realisasi{{Kode: Sel{Teks: "K4"}, TW: [4]Nilai{num(40), num(70), num(92.5)}}},
	}
	h := Hitung(l, 3, PMK)
	i := h.Indikator[0]
	// 92,5 inside 90–95 ⇒ 100; the JSON gives target null and the range.
	if !near(i.Capaian.V, 100) || i.Target.OK || i.TargetRentang == nil || i.TargetRentang[1] != 95 {
		t.Fatalf("range indicator %+v", i)
	}
	b, _ := json.Marshal(i)
	for _, want := range []string{`"target":null`, `"target_rentang":[90,95]`, `"target_periode_rentang":[90,95]`, `"pagu":null`, `"predikat":"Sangat Tinggi"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
}

func TestHitungJSONKeys(t *testing.T) {
	b, err := json.Marshal(Hitung(laporanKecil(), 2, PMK))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"tahun", "triwulan", "unit", "jabatan", "efisiensi_metode", "indikator", "kegiatan", "total"} {
		if _, ok := m[k]; !ok {
			t.Errorf("top-level key %q missing in %s", k, b)
		}
	}
	ind := m["indikator"].([]any)[0].(map[string]any)
	keys := []string{"kode", "sasaran", "indikator", "satuan", "polaritas", "sifat", "target", "target_rentang",
		"target_periode", "target_periode_rentang", "realisasi", "capaian", "capaian_tahunan", "capaian_dasar", "predikat",
		"tercapai", "pagu", "realisasi_anggaran", "serapan", "efisiensi", "nilai_efisiensi"}
	if len(ind) != len(keys) {
		t.Errorf("indikator has %d keys, want exactly %d: %v", len(ind), len(keys), ind)
	}
	for _, k := range keys {
		if _, ok := ind[k]; !ok {
			t.Errorf("indikator key %q missing", k)
		}
	}
	tot := m["total"].(map[string]any)
	if len(tot) != 6 || tot["belum_dinilai"] == nil {
		t.Errorf("total has keys %v, want exactly pagu, realisasi_anggaran, serapan, indikator, tercapai, belum_dinilai", tot)
	}
	if m["efisiensi_metode"] != "pmk" {
		t.Errorf("efisiensi_metode = %v", m["efisiensi_metode"])
	}
}

func TestBulat(t *testing.T) {
	cases := []struct {
		v    float64
		n    int
		want float64
	}{
		{84.6938775, 2, 84.69},
		{1.005, 2, 1.01},   // half away from zero on the written decimal
		{-1.005, 2, -1.01}, // symmetric
		{0.125, 2, 0.13},   // not banker's rounding
		{2.5, 0, 3},
		{-2.5, 0, -3},
		{7500000, 0, 7500000},
	}
	for _, c := range cases {
		if got := Bulat(c.v, c.n); got != c.want {
			t.Errorf("Bulat(%v, %d) = %v, want %v", c.v, c.n, got, c.want)
		}
	}
}

func TestFormat(t *testing.T) {
	if got := FormatRupiah(Rupiah{V: 7500000, OK: true}); got != "7.500.000" {
		t.Errorf("FormatRupiah = %q", got)
	}
	// 117.000.000 / 290.800.000 × 100 = 40,2338… ⇒ "40,23%" (reference report).
	if got := FormatPersen(Nilainya(117000000.0 / 290800000 * 100)); got != "40,23%" {
		t.Errorf("FormatPersen = %q", got)
	}
	if got := FormatPersen(Tak); got != "–" {
		t.Errorf("FormatPersen(undefined) = %q", got)
	}
	if got := FormatBilangan(7.5); got != "7,5" {
		t.Errorf("FormatBilangan(7.5) = %q", got)
	}
	if got := FormatBilangan(1234567); got != "1.234.567" {
		t.Errorf("FormatBilangan(1234567) = %q", got)
	}
}

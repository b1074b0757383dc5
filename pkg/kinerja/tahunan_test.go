package kinerja

import (
	"encoding/json"
	"testing"
)

// tahunanContoh is a workbook of three indicators with all four quarters,
// the previous years and the Renstra target, the figures chosen to be
// worked by hand (comments in TestHitungTahunanJSON).
func tahunanContoh() *Laporan {
	ik := func(kode string, pol Polaritas, sifat Sifat, target Nilai) Indikator {
		return Indikator{Kode: Sel{Teks: kode}, Indikator: Sel{Teks: "Indikator " + kode},
			Satuan: Sel{Teks: "%"}, Target: target, Polaritas: pol, Sifat: sifat}
	}
	l := &Laporan{Identitas: Identitas{Tahun: 2024, Triwulan: 2, RenstraAwal: 2021, RenstraAkhir: 2026}}
	// IK1: positive, Kumulatif, target 40 desa; quarters 8+10+12+6 = 36.
	a := ik("IK1", Positif, Kumulatif, num(40))
	a.RealisasiLalu = [2]Nilai{num(30), num(25)}
	a.TargetLalu = num(35)
	a.TargetAkhirRenstra = num(48)
	a.StandarNasional = num(45)
	// IK2: negative, Non Kumulatif, target 8 (a rate to keep low); TW IV = 6.
	b := ik("IK2", Negatif, NonKumulatif, num(8))
	b.RealisasiLalu = [2]Nilai{num(10), {}} // Y−2 not given
	b.TargetLalu = num(9)
	b.TargetAkhirRenstra = num(5)
	// IK3: positive, a range target last year, nothing else of the annual
	// columns; TW IV = 92.
	c := ik("IK3", Positif, NonKumulatif, num(95))
	c.RealisasiLalu = [2]Nilai{num(88), {}}
	c.TargetLalu = Nilai{Ada: true, Angka: 90, Rentang: &Rentang{90, 100}}
	l.Target = []Indikator{a, b, c}
	tw := func(kode string, v ...float64) Realisasi {
		r := Realisasi{Kode: Sel{Teks: kode}}
		for i, x := range v {
			r.TW[i] = num(x)
		}
		return r
	}
	l.Realisasi = []Realisasi{tw("IK1", 8, 10, 12, 6), tw("IK2", 9, 8, 7, 6), tw("IK3", 80, 85, 90, 92)}
	return l
}

func TestHitungTahunanJSON(t *testing.T) {
	h := HitungTahunan(tahunanContoh(), PMK)
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Triwulan  int    `json:"triwulan"`
		Jenis     string `json:"jenis"`
		Indikator []map[string]json.RawMessage
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Triwulan != 4 || got.Jenis != "tahunan" {
		t.Errorf("triwulan %d jenis %q, want 4 tahunan", got.Triwulan, got.Jenis)
	}
	want := []map[string]string{
		{
			// R(4) = 8+10+12+6 = 36 of 40 ⇒ capaian 90.
			"realisasi": "36", "capaian": "90",
			"realisasi_tahun_lalu": "[30,25]", "target_tahun_lalu": "35",
			// 30 / 35 × 100 = 85.714285…
			"capaian_tahun_lalu":           "85.71428571428571",
			"target_akhir_renstra":         "48",
			"target_akhir_renstra_rentang": "null",
			// 36 / 48 × 100 = 75
			"kemajuan_renstra": "75",
			"standar_nasional": "45",
		},
		{
			// Non Kumulatif: R(4) = TW IV = 6; negative: (2×8 − 6)/8 × 100 = 125.
			"realisasi": "6", "capaian": "125",
			"realisasi_tahun_lalu": "[10,null]", "target_tahun_lalu": "9",
			// (2×9 − 10)/9 × 100 = 88.888…
			"capaian_tahun_lalu":   "88.88888888888889",
			"target_akhir_renstra": "5",
			// (2×5 − 6)/5 × 100 = 80
			"kemajuan_renstra": "80",
			"standar_nasional": "null",
		},
		{
			// 92 / 95 × 100 = 96.842…
			"realisasi":            "92",
			"realisasi_tahun_lalu": "[88,null]",
			// a range target last year: 88 below [90, 100] ⇒ 88/90 × 100 = 97.777…
			"target_tahun_lalu": "null", "target_tahun_lalu_rentang": "[90,100]",
			"capaian_tahun_lalu":   "97.77777777777777",
			"target_akhir_renstra": "null", "kemajuan_renstra": "null", "standar_nasional": "null",
		},
	}
	for i, w := range want {
		for k, v := range w {
			g, ok := got.Indikator[i][k]
			if !ok {
				t.Errorf("IK%d: key %q missing", i+1, k)
				continue
			}
			if string(g) != v {
				t.Errorf("IK%d %s = %s, want %s", i+1, k, g, v)
			}
		}
	}
	// The standard's capaian for IK1: 36 / 45 × 100 = 80.
	if c := h.Indikator[0].CapaianStandarNasional; !c.OK || !near(c.V, 80) {
		t.Errorf("IK1 capaian standar nasional = %+v, want 80", c)
	}
}

// A quarterly computation has none of the annual keys.
func TestHitungTriwulanTanpaKolomTahunan(t *testing.T) {
	b, _ := json.Marshal(Hitung(tahunanContoh(), 2, PMK))
	var got struct{ Indikator []map[string]json.RawMessage }
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"realisasi_tahun_lalu", "kemajuan_renstra", "jenis"} {
		if _, ok := got.Indikator[0][k]; ok {
			t.Errorf("quarterly JSON has %q", k)
		}
	}
}

func TestParsePeriodeRenstra(t *testing.T) {
	for _, s := range []string{"2021–2026", "2021-2026", "2021 - 2026", "2021 s.d. 2026", "2021 s/d 2026", "2021/2026"} {
		a, b, err := ParsePeriodeRenstra(s)
		if err != nil || a != 2021 || b != 2026 {
			t.Errorf("%q: %d %d %v", s, a, b, err)
		}
	}
	for _, s := range []string{"2026–2021", "2021", "dua ribu", "1990-2026", ""} {
		if _, _, err := ParsePeriodeRenstra(s); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
}

func TestParseJenis(t *testing.T) {
	for s, want := range map[string]Jenis{"": Triwulanan, "triwulanan": Triwulanan, "Tahunan": Tahunan, "LKjIP": Tahunan} {
		if j, err := ParseJenis(s); err != nil || j != want {
			t.Errorf("%q: %v %v", s, j, err)
		}
	}
	if _, err := ParseJenis("bulanan"); err == nil {
		t.Error("bulanan accepted")
	}
}

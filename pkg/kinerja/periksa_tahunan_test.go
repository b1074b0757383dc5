package kinerja

import (
	"strings"
	"testing"
	"time"
)

func aturan(ts DaftarTemuan, rule string) []Temuan {
	var out []Temuan
	for _, t := range ts {
		if t.Rule == rule {
			out = append(out, t)
		}
	}
	return out
}

func periksaTahunan(l *Laporan) DaftarTemuan {
	return Periksa(l, nil, PeriksaOpsi{Triwulan: 4, Jenis: Tahunan})
}

func TestPeriksaTahunanBersih(t *testing.T) {
	l := tahunanContoh()
	l.Identitas.PeriodeRenstra = "2021–2026"
	l.Identitas.Triwulan = 4
	ts := periksaTahunan(l)
	for _, r := range []string{"LK012", "LK016", "LK033", "LK034", "LK035", "LK036", "LK037", "LK038", "LK039"} {
		if got := aturan(ts, r); len(got) != 0 {
			t.Errorf("%s on the clean example: %+v", r, got)
		}
	}
}

func TestLK033TriwulanKosong(t *testing.T) {
	l := tahunanContoh()
	l.Realisasi[0].TW[1] = Nilai{Ref: Ref{SheetRealisasi, "C2"}}
	l.Realisasi[1].TW[3] = Nilai{Ref: Ref{SheetRealisasi, "E3"}}
	l.Realisasi = l.Realisasi[:2] // IK3 without a row
	ts := periksaTahunan(l)
	got := aturan(ts, "LK033")
	if len(got) != 3 {
		t.Fatalf("LK033: %+v", got)
	}
	if got[0].Cell != "C2" || got[0].Severity != Error || !strings.Contains(got[0].Message, "TW II") {
		t.Errorf("IK1: %+v", got[0])
	}
	if got[1].Cell != "E3" || !strings.Contains(got[1].Message, "TW IV") {
		t.Errorf("IK2: %+v", got[1])
	}
	// LK012 would repeat TW IV of IK2 as a warning: replaced by LK033.
	if n := len(aturan(ts, "LK012")); n != 0 {
		t.Errorf("LK012 still raised %d times", n)
	}
	// The quarterly check of the same workbook knows nothing of LK033.
	if n := len(aturan(Periksa(l, nil, PeriksaOpsi{Triwulan: 4}), "LK033")); n != 0 {
		t.Errorf("quarterly report raised LK033")
	}
}

func TestLK034Salinan(t *testing.T) {
	l := tahunanContoh()
	// This year's realisation of IK1 is 36 (target 40): copied into Y−1.
	l.Target[0].RealisasiLalu[0] = Nilai{Ada: true, Angka: 36, Teks: "36", Ref: Ref{SheetTarget, "J2"}}
	got := aturan(periksaTahunan(l), "LK034")
	if len(got) != 1 || got[0].Cell != "J2" || !strings.Contains(got[0].Message, "Realisasi 2023") {
		t.Fatalf("LK034: %+v", got)
	}
	// Y−2 equal to Y−1 (IK2: 10 and 10, Target 2023 9 not met).
	l = tahunanContoh()
	l.Target[1].RealisasiLalu[1] = Nilai{Ada: true, Angka: 10, Teks: "10", Ref: Ref{SheetTarget, "K3"}}
	got = aturan(periksaTahunan(l), "LK034")
	if len(got) != 1 || got[0].Cell != "K3" || !strings.Contains(got[0].Message, "Realisasi 2022") {
		t.Fatalf("LK034 Y−2: %+v", got)
	}
	// A steady 100 at target both years is normal.
	l = tahunanContoh()
	l.Target[2].Target = num(100)
	l.Realisasi[2].TW[3] = num(100)
	l.Target[2].TargetLalu = num(100)
	l.Target[2].RealisasiLalu = [2]Nilai{num(100), num(100)}
	if got := aturan(periksaTahunan(l), "LK034"); len(got) != 0 {
		t.Errorf("LK034 at a steady 100: %+v", got)
	}
}

func TestLK036TargetLalu(t *testing.T) {
	l := tahunanContoh()
	l.Target[0].TargetLalu = Nilai{Ref: Ref{SheetTarget, "L2"}}
	got := aturan(periksaTahunan(l), "LK036")
	if len(got) != 1 || got[0].Cell != "L2" || !strings.Contains(got[0].Message, "Target 2023") {
		t.Errorf("LK036: %+v", got)
	}
}

func TestLK038CelahTahun(t *testing.T) {
	l := tahunanContoh()
	l.Target[0].RealisasiLalu[0] = Nilai{}
	l.Target[0].TargetLalu = Nilai{}
	got := aturan(periksaTahunan(l), "LK038")
	if len(got) != 1 || got[0].Severity != Info || got[0].Key != "IK1" {
		t.Errorf("LK038: %+v", got)
	}
}

func TestLK035Renstra(t *testing.T) {
	l := tahunanContoh()
	l.Identitas.PeriodeRenstra = "2021–2026"
	// Positive: target 40 above a Renstra end target of 38.
	l.Target[0].TargetAkhirRenstra = num(38)
	// Negative: target 8 below a Renstra end target of 9 (a lower rate is
	// the better one: the year already asks for more than the Renstra).
	l.Target[1].TargetAkhirRenstra = num(9)
	got := aturan(periksaTahunan(l), "LK035")
	if len(got) != 2 || got[0].Key != "IK1" || got[1].Key != "IK2" ||
		!strings.Contains(got[0].Message, "positif") || !strings.Contains(got[1].Message, "negatif") {
		t.Fatalf("LK035: %+v", got)
	}
	// Equal is fine.
	l.Target[0].TargetAkhirRenstra = num(40)
	l.Target[1].TargetAkhirRenstra = num(8)
	if got := aturan(periksaTahunan(l), "LK035"); len(got) != 0 {
		t.Errorf("LK035 at equality: %+v", got)
	}
	// In the Renstra's last year the rule is silent (the period has ended).
	l.Target[0].TargetAkhirRenstra = num(38)
	l.Identitas.Tahun = 2026
	if got := aturan(periksaTahunan(l), "LK035"); len(got) != 0 {
		t.Errorf("LK035 in the last year: %+v", got)
	}
}

func TestLK037PeriodeRenstra(t *testing.T) {
	l := tahunanContoh()
	l.Identitas.PeriodeRenstra = ""
	if got := aturan(periksaTahunan(l), "LK037"); len(got) != 1 || !strings.Contains(got[0].Message, "Periode Renstra") {
		t.Errorf("missing period: %+v", got)
	}
	l.Identitas.PeriodeRenstra, l.Identitas.RenstraAwal, l.Identitas.RenstraAkhir = "2016–2021", 2016, 2021
	if got := aturan(periksaTahunan(l), "LK037"); len(got) != 1 || !strings.Contains(got[0].Message, "tidak mencakup tahun 2024") {
		t.Errorf("year outside: %+v", got)
	}
}

func TestLK033Anggaran(t *testing.T) {
	l := tahunanContoh()
	l.AdaAnggaran = true
	k := Kegiatan{Kegiatan: Sel{Teks: "Pembinaan desa", Ref: Ref{SheetAnggaran, "B2"}}, Pagu: num(1000)}
	k.RealisasiTW = [4]Nilai{num(100), num(200), {Ref: Ref{SheetAnggaran, "F2"}}, num(300)}
	toDate := Kegiatan{Kegiatan: Sel{Teks: "Rapat"}, Pagu: num(500), Realisasi: num(400)}
	l.Anggaran = []Kegiatan{k, toDate}
	got := aturan(periksaTahunan(l), "LK033")
	if len(got) != 1 || got[0].Cell != "F2" || !strings.Contains(got[0].Message, "Realisasi TW III") {
		t.Errorf("LK033: %+v", got)
	}
	// The to-date row with Identitas Triwulan II: LK039, once.
	l.Identitas.Triwulan = 2
	l.Identitas.Refs = map[string]Ref{FieldTriwulan: {SheetIdentitas, "B3"}}
	got = aturan(periksaTahunan(l), "LK039")
	if len(got) != 1 || got[0].Cell != "B3" || !strings.Contains(got[0].Message, "Triwulan II") {
		t.Errorf("LK039: %+v", got)
	}
	l.Identitas.Triwulan = 4
	if got := aturan(periksaTahunan(l), "LK039"); len(got) != 0 {
		t.Errorf("LK039 with Triwulan IV: %+v", got)
	}
}

func TestKolomTahunanLK016LK007(t *testing.T) {
	l := tahunanContoh()
	l.Target[0].RealisasiLalu[1] = Nilai{Ada: true, Angka: 120, Teks: "120", Ref: Ref{SheetTarget, "K2"}}
	l.Target[1].StandarNasional = Nilai{Ada: true, Angka: -1, Teks: "-1", Ref: Ref{SheetTarget, "N3"}}
	ts := Periksa(l, nil, PeriksaOpsi{Triwulan: 2})
	found16, found7 := false, false
	for _, f := range aturan(ts, "LK016") {
		found16 = found16 || f.Cell == "K2"
	}
	for _, f := range aturan(ts, "LK007") {
		found7 = found7 || f.Cell == "N3"
	}
	if !found16 || !found7 {
		t.Errorf("LK016 on K2 %v, LK007 on N3 %v", found16, found7)
	}
}

// LK021 against the annual deadline: for 2024 it is Thursday 27 March 2025
// (31 March Idul Fitri, 29–30 a weekend, 28 cuti bersama Nyepi).
func TestLK021Tahunan(t *testing.T) {
	l := tahunanContoh()
	l.Identitas.PeriodeRenstra = "2021–2026"
	cases := []struct {
		tgl  time.Time
		want string // "" no LK021
	}{
		{time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC), ""},
		{time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC), ""}, // a quarterly deadline would have passed
		{time.Date(2025, 3, 28, 0, 0, 0, 0, time.UTC), "27 Maret 2025"},
		{time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC), "sebelum tahun 2024 berakhir"},
	}
	for _, c := range cases {
		l.Identitas.TanggalLaporan = c.tgl
		got := aturan(periksaTahunan(l), "LK021")
		switch {
		case c.want == "" && len(got) != 0:
			t.Errorf("%s: %+v", c.tgl.Format("2006-01-02"), got)
		case c.want != "" && (len(got) != 1 || !strings.Contains(got[0].Message, c.want)):
			t.Errorf("%s: %+v, want %q", c.tgl.Format("2006-01-02"), got, c.want)
		}
	}
	// A local deadline from Identitas stands instead.
	l.Identitas.BatasLaporanTahunan = time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC)
	l.Identitas.TanggalLaporan = time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	if got := aturan(periksaTahunan(l), "LK021"); len(got) != 1 || !strings.Contains(got[0].Message, "Batas Laporan Tahunan") {
		t.Errorf("local deadline: %+v", got)
	}
}

// LK023 in the annual report: every quarter of the year, the two previous
// years and the next are the report's own periods; older years are not.
func TestLK023Tahunan(t *testing.T) {
	l := tahunanContoh()
	l.Identitas.PeriodeRenstra = "2021–2026"
	l.Analisis = []Analisis{
		{Kode: Sel{Teks: "IK1"}, Uraian: Sel{Teks: "Realisasi triwulan I naik dibanding tahun 2023 dan tahun 2022; target tahun 2025 dinaikkan.", Ref: Ref{SheetAnalisis, "B2"}}},
		{Kode: Sel{Teks: "IK2"}, Uraian: Sel{Teks: "Sama seperti tahun 2019.", Ref: Ref{SheetAnalisis, "B3"}}},
	}
	got := aturan(periksaTahunan(l), "LK023")
	if len(got) != 1 || got[0].Cell != "B3" || !strings.Contains(got[0].Message, "laporan tahunan") {
		t.Errorf("LK023: %+v", got)
	}
	// The same text in the TW II report: triwulan I and the other years are flagged.
	if got := aturan(Periksa(l, nil, PeriksaOpsi{Triwulan: 2}), "LK023"); len(got) != 2 {
		t.Errorf("quarterly LK023: %+v", got)
	}
}

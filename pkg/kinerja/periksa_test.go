package kinerja

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The tests build Laporan values as pkg/workbook would read them, with the
// cells of a simple layout:
//
//	Target:    A Kode, B Sasaran, C Indikator, D Satuan, E Target, F–I Target TW I–IV
//	Realisasi: A Kode, B–E TW I–IV, F Capaian
//	Anggaran:  A Kode, B Kegiatan, C Indikator, D Pagu, E Realisasi,
//	           F Capaian, G Target Kinerja, H Realisasi Kinerja, I Efisiensi,
//	           J–M Realisasi TW I–IV
//
// Row 1 is the header; data starts on row 2.

func at(sheet, cell string) Ref { return Ref{Sheet: sheet, Cell: cell} }

// nv reads a cell's text as the reader does (a target may be a range); ""
// is an empty cell at that place.
func nv(sheet, cell, text string) Nilai {
	n := Nilai{Ref: at(sheet, cell), Teks: text}
	if text == "" {
		return n
	}
	v, r, u, err := ParseTarget(text)
	if err != nil {
		panic(fmt.Sprintf("test data %q: %v", text, err))
	}
	n.Ada, n.Angka, n.Rentang, n.Satuan = true, v, r, u
	return n
}

func sv(sheet, cell, text string) Sel { return Sel{Ref: at(sheet, cell), Teks: text} }

func col(c byte, off int) string { return string(rune(c) + rune(off)) }

// ind builds Target row r: target and quarterly targets (TW I–IV, "" for
// empty).
func ind(r int, kode, nama, satuan, target string, tw ...string) Indikator {
	row := fmt.Sprint(r)
	x := Indikator{
		Kode:      sv(SheetTarget, "A"+row, kode),
		Sasaran:   sv(SheetTarget, "B"+row, "Sasaran "+kode),
		Indikator: sv(SheetTarget, "C"+row, nama),
		Satuan:    sv(SheetTarget, "D"+row, satuan),
		Target:    nv(SheetTarget, "E"+row, target),
	}
	for j := 0; j < 4; j++ {
		s := ""
		if j < len(tw) {
			s = tw[j]
		}
		x.TargetTW[j] = nv(SheetTarget, col('F', j)+row, s)
	}
	sifat, _ := ParseSifat("", satuan)
	x.Sifat = sifat
	return x
}

// rls builds Realisasi row r with TW I–IV ("" for empty) and no Capaian.
func rls(r int, kode string, tw ...string) Realisasi {
	row := fmt.Sprint(r)
	x := Realisasi{Kode: sv(SheetRealisasi, "A"+row, kode), Capaian: nv(SheetRealisasi, "F"+row, "")}
	for j := 0; j < 4; j++ {
		s := ""
		if j < len(tw) {
			s = tw[j]
		}
		x.TW[j] = nv(SheetRealisasi, col('B', j)+row, s)
	}
	return x
}

// keg builds Anggaran row r with a to-date budget realisation.
func keg(r int, kode, nama, indikator, pagu, realisasi string) Kegiatan {
	row := fmt.Sprint(r)
	k := Kegiatan{
		Kode:             sv(SheetAnggaran, "A"+row, kode),
		Kegiatan:         sv(SheetAnggaran, "B"+row, nama),
		Indikator:        sv(SheetAnggaran, "C"+row, indikator),
		Pagu:             nv(SheetAnggaran, "D"+row, pagu),
		Realisasi:        nv(SheetAnggaran, "E"+row, realisasi),
		Capaian:          nv(SheetAnggaran, "F"+row, ""),
		TargetKinerja:    nv(SheetAnggaran, "G"+row, ""),
		RealisasiKinerja: nv(SheetAnggaran, "H"+row, ""),
		Efisiensi:        nv(SheetAnggaran, "I"+row, ""),
	}
	for j := 0; j < 4; j++ {
		k.RealisasiTW[j] = nv(SheetAnggaran, col('J', j)+row, "")
	}
	return k
}

// bersih is a small clean TW II 2023 report: no rule may fire on it.
func bersih() *Laporan {
	return &Laporan{
		Identitas: Identitas{
			Tahun: 2023, Triwulan: 2,
			Pemda: "Kabupaten Lumajang", Unit: "Kecamatan Senduro",
			Jabatan: "Kepala Seksi Pemerintahan", Nama: "MOCH JEMMY, S.Pd",
			NIP: "19651230 198703 1 012", JabatanAtasan: "Camat Senduro",
			NamaAtasan: "Drs. PUJIANTO", NIPAtasan: "19671114 199003 1 004",
			Tempat:         "Senduro",
			TanggalLaporan: time.Date(2023, 7, 3, 0, 0, 0, 0, time.UTC),
			Refs: map[string]Ref{
				FieldTanggalLaporan: at(SheetIdentitas, "B15"),
				FieldNIP:            at(SheetIdentitas, "B10"),
				FieldNIPAtasan:      at(SheetIdentitas, "B13"),
			},
		},
		Target: []Indikator{
			ind(2, "IK1", "Jumlah Desa yang menetapkan APBDes tepat waktu", "Desa", "12", "6", "12", "12", "12"),
			ind(3, "IK2", "Persentase laporan yang tepat waktu", "%", "100"),
		},
		Realisasi: []Realisasi{
			rls(2, "IK1", "2", "4"),
			rls(3, "IK2", "80", "90"),
		},
		AdaAnggaran: true,
		Anggaran: []Kegiatan{
			keg(2, "5.01", "Fasilitasi APBDes", "IK1", "1.000.000", "500.000"),
			keg(3, "5.02", "Penyusunan laporan", "IK2", "2.000.000", "1.500.000"),
		},
		Strategi: []Strategi{{Kode: sv(SheetStrategi, "A2", "IK1"),
			Strategi: sv(SheetStrategi, "B2", "Koordinasi dengan desa sampai triwulan II tahun 2023"),
			Periode:  sv(SheetStrategi, "C2", "Januari s/d Maret 2023")}},
		Analisis: []Analisis{{Kode: sv(SheetAnalisis, "A2", "IK1"),
			Uraian: sv(SheetAnalisis, "B2", "Selama triwulan I dan II, 6 desa di Kecamatan Senduro menetapkan APBDes; "+
				"sesuai Peraturan Bupati Lumajang Nomor 6 Tahun 2018 dan UUD Tahun 1945, periode Renstra tahun 2019-2024.")}},
		TindakLanjut: []Sel{sv(SheetTindakLanjut, "B2", "Pada triwulan III tahun 2023 (Juli s.d. September) koordinasi dengan camat dan Dinas Kesehatan.")},
		Narasi: []Narasi{{Bagian: sv(SheetNarasi, "A2", "Pendahuluan"),
			Teks: sv(SheetNarasi, "B2", "Laporan kinerja triwulan II tahun anggaran 2023 untuk periode 1 Januari s.d. 30 Juni 2023 "+
				"di wilayah kecamatan yang dilaksanakan tepat waktu, sesuai Tata Kerja Kecamatan dan Kelurahan.")}},
	}
}

func periksa(l *Laporan) DaftarTemuan {
	q := l.Identitas.Triwulan
	return Periksa(l, Hitung(l, q, PMK), PeriksaOpsi{Triwulan: q, Metode: PMK})
}

func dari(ts DaftarTemuan, rule string) DaftarTemuan {
	var out DaftarTemuan
	for _, t := range ts {
		if t.Rule == rule {
			out = append(out, t)
		}
	}
	return out
}

func tampil(ts DaftarTemuan) string {
	var b strings.Builder
	for _, t := range ts {
		fmt.Fprintf(&b, "\n  %s %s %s [%s] %s", t.Rule, t.Severity, t.Ref(), t.Key, t.Message)
	}
	return b.String()
}

// satu asserts that rule fired exactly once, with the severity, cell and
// key given, and that its message holds every fragment.
func satu(t *testing.T, ts DaftarTemuan, rule string, sev Severity, ref Ref, key string, fragments ...string) {
	t.Helper()
	got := dari(ts, rule)
	if len(got) != 1 {
		t.Fatalf("%s: want 1 finding, got %d:%s", rule, len(got), tampil(ts))
	}
	f := got[0]
	if f.Severity != sev || f.Ref() != ref || f.Key != key {
		t.Errorf("%s: got %s %s [%s], want %s %s [%s]", rule, f.Severity, f.Ref(), f.Key, sev, ref, key)
	}
	for _, s := range fragments {
		if !strings.Contains(f.Message, s) {
			t.Errorf("%s: message lacks %q: %s", rule, s, f.Message)
		}
	}
}

func tidak(t *testing.T, ts DaftarTemuan, rule string) {
	t.Helper()
	if got := dari(ts, rule); len(got) != 0 {
		t.Errorf("%s: want no finding, got:%s", rule, tampil(got))
	}
}

func TestPeriksaBersih(t *testing.T) {
	if ts := periksa(bersih()); len(ts) != 0 {
		t.Fatalf("clean report: want no findings, got:%s", tampil(ts))
	}
}

func TestPeriksaTanpaTriwulan(t *testing.T) {
	// An unknown quarter (LK004 from the reader) skips the quarter rules
	// and never panics.
	l := bersih()
	l.Identitas.Triwulan = 0
	l.Target[0].Target = nv(SheetTarget, "E2", "-1")
	ts := Periksa(l, nil, PeriksaOpsi{})
	satu(t, ts, "LK007", Error, at(SheetTarget, "E2"), "IK1")
	if Periksa(nil, nil, PeriksaOpsi{Triwulan: 2}) != nil {
		t.Error("nil Laporan: want no findings")
	}
	// No panic on an empty report with a quarter.
	_ = Periksa(&Laporan{AdaAnggaran: true}, nil, PeriksaOpsi{Triwulan: 2})
}

func TestLK007Negatif(t *testing.T) {
	l := bersih()
	l.Realisasi[0].TW[1] = nv(SheetRealisasi, "C2", "-4")
	ts := periksa(l)
	satu(t, ts, "LK007", Error, at(SheetRealisasi, "C2"), "IK1", `"-4"`, "Polaritas")

	l = bersih()
	l.Anggaran[1].Pagu = nv(SheetAnggaran, "D3", "-2.000.000")
	satu(t, periksa(l), "LK007", Error, at(SheetAnggaran, "D3"), "5.02", "Pagu")

	l = bersih()
	l.Target[1].TargetTW[1] = nv(SheetTarget, "G3", "-5")
	satu(t, periksa(l), "LK007", Error, at(SheetTarget, "G3"), "IK2")

	l = bersih()
	l.Anggaran[0].Realisasi = nv(SheetAnggaran, "E2", "-1")
	satu(t, periksa(l), "LK007", Error, at(SheetAnggaran, "E2"), "5.01")
}

func TestLK009Satuan(t *testing.T) {
	// Reference report: IK1's target is "12 bulan" but its realisation "6 Desa".
	l := bersih()
	l.Target[0] = ind(2, "IK1", "Jumlah bulan fasilitasi", "Bulan", "12 bulan")
	l.Realisasi[0] = rls(2, "IK1", "", "6 Desa")
	satu(t, periksa(l), "LK009", Warning, at(SheetRealisasi, "C2"), "IK1", `"6 Desa"`, `"Bulan"`)

	// "6 Desa" where Satuan is %.
	l = bersih()
	l.Target[1].TargetTW[1] = nv(SheetTarget, "G3", "6 Desa")
	satu(t, periksa(l), "LK009", Warning, at(SheetTarget, "G3"), "IK2")

	// Units compare case-insensitively, "%" = "persen"; a bare number is fine.
	l = bersih()
	l.Target[0].Target = nv(SheetTarget, "E2", "12 desa")
	l.Realisasi[1].TW[1] = nv(SheetRealisasi, "C3", "90 persen")
	l.Target[1].Target = nv(SheetTarget, "E3", "100%")
	tidak(t, periksa(l), "LK009")
}

func TestLK010Duplikat(t *testing.T) {
	l := bersih()
	l.Target = append(l.Target, ind(4, "ik1", "Indikator ganda", "Desa", "5"))
	l.Realisasi = append(l.Realisasi, rls(4, "IK1 ", "1", "1"))
	l.Anggaran = append(l.Anggaran, keg(4, "5.01", "Kegiatan ganda", "IK2", "100", "0"))
	ts := dari(periksa(l), "LK010")
	want := []Ref{at(SheetTarget, "A4"), at(SheetRealisasi, "A4"), at(SheetAnggaran, "A4")}
	if len(ts) != len(want) {
		t.Fatalf("want %d LK010, got:%s", len(want), tampil(ts))
	}
	for i, w := range want {
		if ts[i].Ref() != w || ts[i].Severity != Error {
			t.Errorf("LK010 #%d at %s %s, want error at %s", i, ts[i].Severity, ts[i].Ref(), w)
		}
	}
	if !strings.Contains(ts[0].Message, "Target!A2") {
		t.Errorf("LK010 should name the first occurrence: %s", ts[0].Message)
	}
	// Kegiatan without Kode are not duplicates of each other.
	l = bersih()
	l.Anggaran[0].Kode.Teks, l.Anggaran[1].Kode.Teks = "", ""
	tidak(t, periksa(l), "LK010")
}

func TestLK011KodeAsing(t *testing.T) {
	l := bersih()
	l.Realisasi = append(l.Realisasi, rls(4, "IK9", "1"))
	l.Anggaran[1].Indikator.Teks = "IK8"
	l.Strategi[0].Kode.Teks = "IK7"
	l.Analisis[0].Kode.Teks = "X"
	ts := dari(periksa(l), "LK011")
	want := []Ref{at(SheetRealisasi, "A4"), at(SheetAnggaran, "C3"), at(SheetStrategi, "A2"), at(SheetAnalisis, "A2")}
	if len(ts) != len(want) {
		t.Fatalf("want %d LK011, got:%s", len(want), tampil(ts))
	}
	for i, w := range want {
		if ts[i].Ref() != w || ts[i].Severity != Error {
			t.Errorf("LK011 #%d at %s %s, want error at %s", i, ts[i].Severity, ts[i].Ref(), w)
		}
	}
	if !strings.Contains(ts[0].Message, "IK1, IK2") {
		t.Errorf("LK011 should list the known codes: %s", ts[0].Message)
	}
	// Codes match case- and space-insensitively; an empty Indikator is allowed.
	l = bersih()
	l.Realisasi[0].Kode.Teks = "ik 1"
	l.Anggaran[0].Indikator.Teks = ""
	tidak(t, periksa(l), "LK011")
}

func TestLK012RealisasiKosong(t *testing.T) {
	// Kumulatif: TW II empty, so R(II) = TW I = 2.
	l := bersih()
	l.Realisasi[0].TW[1] = nv(SheetRealisasi, "C2", "")
	satu(t, periksa(l), "LK012", Warning, at(SheetRealisasi, "C2"), "IK1", "Kumulatif", "(2)")

	// Non Kumulatif (Satuan %): TW II empty, TW I's 80 is used.
	l = bersih()
	l.Realisasi[1].TW[1] = nv(SheetRealisasi, "C3", "")
	satu(t, periksa(l), "LK012", Warning, at(SheetRealisasi, "C3"), "IK2", "TW I (80)")

	// No Realisasi row at all: at the indicator's key cell.
	l = bersih()
	l.Realisasi = l.Realisasi[:1]
	satu(t, periksa(l), "LK012", Warning, at(SheetTarget, "A3"), "IK2", "tidak punya baris")

	// 0 is entered, not empty.
	l = bersih()
	l.Realisasi[0].TW[1] = nv(SheetRealisasi, "C2", "0")
	tidak(t, periksa(l), "LK012")
}

func TestLK013TanpaKegiatan(t *testing.T) {
	l := bersih()
	l.Anggaran = l.Anggaran[:1]
	satu(t, periksa(l), "LK013", Info, at(SheetTarget, "A3"), "IK2")

	// Without an Anggaran sheet the reader warns once (LK002); no LK013.
	l = bersih()
	l.AdaAnggaran, l.Anggaran = false, nil
	tidak(t, periksa(l), "LK013")
}

func TestLK014TargetNol(t *testing.T) {
	l := bersih()
	l.Target[1].Target = nv(SheetTarget, "E3", "0")
	satu(t, periksa(l), "LK014", Error, at(SheetTarget, "E3"), "IK2", "0")

	// The reporting quarter's target.
	l = bersih()
	l.Target[0].TargetTW[1] = nv(SheetTarget, "G2", "0")
	ts := periksa(l)
	satu(t, ts, "LK014", Error, at(SheetTarget, "G2"), "IK1", "TW II")

	// Another quarter's 0 is allowed (nothing planned in TW I).
	l = bersih()
	l.Target[0].TargetTW[0] = nv(SheetTarget, "F2", "0")
	tidak(t, periksa(l), "LK014")
}

func TestLK015NamaPersen(t *testing.T) {
	// Reference report: "Prosentase …" with Satuan Desa; IK1 "Persentase …" with Bulan.
	l := bersih()
	l.Target[0].Indikator.Teks = "Prosentase Jumlah Desa yang menetapkan RKPDes Tepat waktu"
	satu(t, periksa(l), "LK015", Warning, at(SheetTarget, "D2"), "IK1", `"prosentase"`, `"Desa"`)

	l = bersih()
	l.Target[0].Indikator.Teks = "Tingkat kehadiran aparatur desa"
	satu(t, periksa(l), "LK015", Warning, at(SheetTarget, "D2"), "IK1")

	// Satuan % on a "Jumlah" indicator.
	l = bersih()
	l.Target[1].Indikator.Teks = "Jumlah laporan yang tepat waktu"
	satu(t, periksa(l), "LK015", Warning, at(SheetTarget, "D3"), "IK2", `"Jumlah"`)

	// Not fired: a percentage with %, "Persentase jumlah …" with %, Tingkat as a score.
	l = bersih()
	l.Target[1].Indikator.Teks = "Prosentase Jumlah Desa yang tepat waktu"
	l.Target[0].Indikator.Teks = "Tingkat kepuasan masyarakat"
	l.Target[0].Satuan.Teks = "Indeks"
	tidak(t, periksa(l), "LK015")
}

func TestLK016LebihSeratus(t *testing.T) {
	l := bersih()
	l.Realisasi[1].TW[1] = nv(SheetRealisasi, "C3", "120")
	satu(t, periksa(l), "LK016", Warning, at(SheetRealisasi, "C3"), "IK2", `"120"`)

	l = bersih()
	l.Target[1].Target = nv(SheetTarget, "E3", "90 - 110")
	satu(t, periksa(l), "LK016", Warning, at(SheetTarget, "E3"), "IK2")

	// A Kumulatif % indicator whose quarters add up above 100: 60 + 50 = 110.
	l = bersih()
	l.Target[1].Sifat = Kumulatif
	l.Realisasi[1] = rls(3, "IK2", "60", "50")
	satu(t, periksa(l), "LK016", Warning, at(SheetRealisasi, "C3"), "IK2", "110%")

	// 100 itself is fine, and units other than % are not checked.
	l = bersih()
	l.Realisasi[1].TW[1] = nv(SheetRealisasi, "C3", "100")
	l.Target[0].Target = nv(SheetTarget, "E2", "120")
	tidak(t, periksa(l), "LK016")
}

func TestLK017TargetTW(t *testing.T) {
	// Kumulatif targets 6, 12, 10, 12: TW III decreases.
	l := bersih()
	l.Target[0] = ind(2, "IK1", "Jumlah Desa", "Desa", "12", "6", "12", "10", "12")
	satu(t, periksa(l), "LK017", Warning, at(SheetTarget, "H2"), "IK1", "TW III (10)", "TW II (12)")

	// Any sifat: TW IV differs from the annual target.
	l = bersih()
	l.Target[1] = ind(3, "IK2", "Persentase laporan", "%", "100", "", "", "", "90")
	satu(t, periksa(l), "LK017", Warning, at(SheetTarget, "I3"), "IK2", "(90)", "(100)")

	// Non Kumulatif targets may decrease; empty quarters are skipped.
	l = bersih()
	l.Target[1] = ind(3, "IK2", "Persentase laporan", "%", "100", "100", "90", "", "100")
	l.Target[0] = ind(2, "IK1", "Jumlah Desa", "Desa", "12", "6", "", "9", "12")
	tidak(t, periksa(l), "LK017")
}

func TestLK018RealisasiDepan(t *testing.T) {
	l := bersih()
	l.Realisasi[0].TW[2] = nv(SheetRealisasi, "D2", "3")
	l.Anggaran[0].RealisasiTW[3] = nv(SheetAnggaran, "M2", "100.000")
	ts := dari(periksa(l), "LK018")
	if len(ts) != 2 || ts[0].Ref() != at(SheetRealisasi, "D2") || ts[1].Ref() != at(SheetAnggaran, "M2") ||
		ts[0].Severity != Warning {
		t.Fatalf("want LK018 warnings at Realisasi!D2 and Anggaran!M2, got:%s", tampil(ts))
	}
	// A 0 pre-filled in a later quarter is left alone; TW IV reports see none.
	l = bersih()
	l.Realisasi[0].TW[2] = nv(SheetRealisasi, "D2", "0")
	tidak(t, periksa(l), "LK018")
}

func TestLK019MelebihiPagu(t *testing.T) {
	l := bersih()
	l.Anggaran[0].Realisasi = nv(SheetAnggaran, "E2", "1.200.000")
	satu(t, periksa(l), "LK019", Error, at(SheetAnggaran, "E2"), "5.01", "1.200.000", "1.000.000")

	// With quarterly columns: at the latest filled quarter up to TW II;
	// 600.000 + 500.000 = 1.100.000 > 1.000.000.
	l = bersih()
	l.Anggaran[0].Realisasi = nv(SheetAnggaran, "E2", "")
	l.Anggaran[0].RealisasiTW[0] = nv(SheetAnggaran, "J2", "600.000")
	l.Anggaran[0].RealisasiTW[1] = nv(SheetAnggaran, "K2", "500.000")
	satu(t, periksa(l), "LK019", Error, at(SheetAnggaran, "K2"), "5.01", "1.100.000")

	// Equal to pagu is fine.
	l = bersih()
	l.Anggaran[0].Realisasi = nv(SheetAnggaran, "E2", "1.000.000")
	tidak(t, periksa(l), "LK019")
}

func TestLK020Capaian(t *testing.T) {
	// IK2: R = 90 (Non Kumulatif), T = 100 ⇒ 90%. Stated 84 differs by 6.
	l := bersih()
	l.Realisasi[1].Capaian = nv(SheetRealisasi, "F3", "84%")
	satu(t, periksa(l), "LK020", Error, at(SheetRealisasi, "F3"), "IK2", "tertulis 84,00%", "hasil hitung 90,00%")

	// Within 0,5 point: 90,4 is fine; a plain 90 means 90%.
	for _, s := range []string{"90,4%", "90", "89,5"} {
		l = bersih()
		l.Realisasi[1].Capaian = nv(SheetRealisasi, "F3", s)
		tidak(t, periksa(l), "LK020")
	}

	// A fraction (0,9 for 90%) gets a hint.
	l = bersih()
	l.Realisasi[1].Capaian = nv(SheetRealisasi, "F3", "0,9")
	satu(t, periksa(l), "LK020", Error, at(SheetRealisasi, "F3"), "IK2", "pecahan")

	// Undefined computed capaian (no realisation at all): not raised.
	l = bersih()
	l.Realisasi[1] = rls(3, "IK2")
	l.Realisasi[1].Capaian = nv(SheetRealisasi, "F3", "50")
	tidak(t, periksa(l), "LK020")
}

func TestLK020Anggaran(t *testing.T) {
	// Serapan 500.000 / 1.000.000 = 50%; stated "222" means 222%.
	l := bersih()
	l.Anggaran[0].Capaian = nv(SheetAnggaran, "F2", "222")
	satu(t, periksa(l), "LK020", Error, at(SheetAnggaran, "F2"), "5.01", "tertulis 222,00%", "hasil hitung 50,00%")

	// Reference report, kegiatan "Sinergitas dengan Kepolisian": pagu =
	// realisasi = 10.200.000, CK 100% ⇒ E = (10,2 jt × 1 − 10,2 jt) / 10,2 jt = 0;
	// the stated 100% is the ratio capaian / serapan.
	l = bersih()
	l.Anggaran[0] = keg(2, "", "Penyelenggaraan Sinergitas dengan Kepolisian Negara", "IK1", "10.200.000", "10.200.000")
	l.Anggaran[0].TargetKinerja = nv(SheetAnggaran, "G2", "100%")
	l.Anggaran[0].RealisasiKinerja = nv(SheetAnggaran, "H2", "100%")
	l.Anggaran[0].Efisiensi = nv(SheetAnggaran, "I2", "100%")
	satu(t, periksa(l), "LK020", Error, at(SheetAnggaran, "I2"), "Penyelenggaraan Sinergitas dengan Kepol…",
		"tertulis 100,00%", "hasil hitung 0,00%", "--efisiensi rasio")
	// … and with the ratio method it is right.
	tidak(t, Periksa(l, Hitung(l, 2, Rasio), PeriksaOpsi{Triwulan: 2, Metode: Rasio}), "LK020")

	// "toga tomas": 4.500.000, realised 2.250.000, CK 50% ⇒ PA×CK = RA ⇒ E = 0,
	// NE = 50: the stated 50% is NE, not E.
	l = bersih()
	l.Anggaran[0] = keg(2, "4", "Penyelenggaraan harmonisasi hubungan toga tomas", "IK1", "4.500.000", "2.250.000")
	l.Anggaran[0].RealisasiKinerja = nv(SheetAnggaran, "H2", "50%")
	l.Anggaran[0].Efisiensi = nv(SheetAnggaran, "I2", "50%")
	satu(t, periksa(l), "LK020", Error, at(SheetAnggaran, "I2"), "4", "hasil hitung 0,00%", "nilai efisiensi")

	// CK 0 ⇒ Σ(PA × CK) = 0 ⇒ E undefined: a stated 0% is not checked.
	l = bersih()
	l.Anggaran[0] = keg(2, "1", "Penyelenggaraan efektifitas kegiatan pemerintahan", "IK1", "7.800.000", "0")
	l.Anggaran[0].RealisasiKinerja = nv(SheetAnggaran, "H2", "0")
	l.Anggaran[0].Efisiensi = nv(SheetAnggaran, "I2", "0%")
	tidak(t, periksa(l), "LK020")
}

func TestLK021Tanggal(t *testing.T) {
	// TW II 2023 ends Friday 30 June; 5 working days after: 3, 4, 5, 6, 7 July.
	cases := []struct {
		tgl  time.Time
		fire bool
		frag string
	}{
		{time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC), false, ""}, // the last day is fine
		{time.Date(2023, 7, 7, 0, 0, 0, 0, time.UTC), false, ""},  // the deadline itself
		{time.Date(2023, 7, 10, 0, 0, 0, 0, time.UTC), true, "Jumat, 7 Juli 2023"},
		{time.Date(2023, 6, 29, 0, 0, 0, 0, time.UTC), true, "sebelum"},
	}
	for _, c := range cases {
		l := bersih()
		l.Identitas.TanggalLaporan = c.tgl
		ts := periksa(l)
		if c.fire {
			satu(t, ts, "LK021", Warning, at(SheetIdentitas, "B15"), "", c.frag)
		} else {
			tidak(t, ts, "LK021")
		}
	}

	// The Libur sheet pushes the deadline: 3 July off ⇒ 10 July.
	l := bersih()
	l.Identitas.TanggalLaporan = time.Date(2023, 7, 10, 0, 0, 0, 0, time.UTC)
	l.Libur = []Libur{{Tanggal: time.Date(2023, 7, 3, 0, 0, 0, 0, time.UTC), Ref: at(SheetLibur, "A2")}}
	tidak(t, periksa(l), "LK021")

	// N from Identitas: 3 working days ⇒ 5 July.
	l = bersih()
	l.Identitas.HariKerja = 3
	l.Identitas.TanggalLaporan = time.Date(2023, 7, 6, 0, 0, 0, 0, time.UTC)
	satu(t, periksa(l), "LK021", Warning, at(SheetIdentitas, "B15"), "", "Rabu, 5 Juli 2023")

	// No Tanggal Laporan: "today" from the options is the report date.
	l = bersih()
	l.Identitas.TanggalLaporan = time.Time{}
	delete(l.Identitas.Refs, FieldTanggalLaporan)
	ts := Periksa(l, nil, PeriksaOpsi{Triwulan: 2, Hari: time.Date(2023, 8, 1, 0, 0, 0, 0, time.UTC)})
	satu(t, ts, "LK021", Warning, Ref{Sheet: SheetIdentitas}, "", "tidak diisi")
}

func TestLK021TahunTakDikenal(t *testing.T) {
	// 2099 is not in the holiday table. TW II 2099 ends Tuesday 30 June;
	// weekends only: 1, 2, 3 (Fri), 6, 7 July ⇒ Tuesday 7 July 2099.
	l := bersih()
	l.Identitas.Tahun = 2099
	l.Identitas.TanggalLaporan = time.Date(2099, 7, 2, 0, 0, 0, 0, time.UTC)
	satu(t, periksa(l), "LK021", Info, at(SheetIdentitas, "B15"), "", "2099", "Selasa, 7 Juli 2099")

	l.Identitas.TanggalLaporan = time.Date(2099, 7, 8, 0, 0, 0, 0, time.UTC)
	satu(t, periksa(l), "LK021", Warning, at(SheetIdentitas, "B15"), "", "bisa lebih lambat")
}

func TestLK022NIP(t *testing.T) {
	// Wired to PeriksaNIP (nip.go): a 17-digit NIP is reported at its cell.
	l := bersih()
	l.Identitas.NIP = "19651230 198703 1 01"
	ts := dari(periksa(l), "LK022")
	if len(ts) != 1 || ts[0].Ref() != at(SheetIdentitas, "B10") || ts[0].Severity != Warning {
		t.Fatalf("want one LK022 warning at Identitas!B10, got:%s", tampil(ts))
	}
}

func TestLK023Periode(t *testing.T) {
	cases := []struct {
		teks string
		want string // the phrase quoted; "" for no finding
	}{
		// Reference report, TW II 2023.
		{"dalam kurun waktu triwulanan I tahun anggaran 2023", `"triwulanan I"`},
		{"yang sudah dilaksanakan sampai triwulan I tahun 2023 adalah", `"triwulan I"`},
		{"untuk triwulan 1 sudah terealisasi sebanyak 2 kali", `"triwulan 1"`},
		{"Dalam kurun waktu bulan 1 Januari s.d 31 Maret 2023, maka", `"1 Januari s.d 31 Maret 2023"`},
		{"sampai triwulan II masih ada 5 target", ""},
		{"gambaran kinerja yang sudah dicapai secara maksimal di triwulanan II.", ""},
		// Other spellings.
		{"capaian TW I lebih rendah", `"TW I"`},
		{"capaian TW-III", `"TW-III"`},
		{"pada triwulan ke-1", `"triwulan ke-1"`},
		{"pada Triwulan Pertama", `"Triwulan Pertama"`},
		{"pada tahun 2022 realisasinya", `"tahun 2022"`},
		{"Tahun Anggaran 2022", `"Tahun Anggaran 2022"`},
		{"periode Januari s/d Juni 2022", `"Januari s/d Juni 2022"`},
		// Word boundaries and the period to date.
		{"triwulan III", `"triwulan III"`},
		{"triwulan ini dan triwulan II", ""},
		{"selama triwulan I s.d. II", ""},
		{"selama triwulan I s.d. triwulan II", ""},
		{"TW I dan TW II", ""},
		{"twitter", ""},
		// Regulations, history, spans, the whole year, month names alone.
		{"Peraturan Bupati Nomor 6 Tahun 2018", ""},
		{"UU No. 23 Tahun 2014 tentang Pemerintahan Daerah", ""},
		{"UUD Negara Republik Indonesia Tahun 1945", ""},
		{"Renstra Kecamatan tahun 2021-2026", ""},
		{"target Januari s.d. Desember 2023", ""},
		{"kegiatan bulan Maret", ""},
		{"Jan s/d Juni 2023", ""},
	}
	for _, c := range cases {
		l := bersih()
		l.Narasi[0].Teks.Teks = c.teks
		ts := periksa(l)
		if c.want == "" {
			if got := dari(ts, "LK023"); len(got) != 0 {
				t.Errorf("%q: want no LK023, got:%s", c.teks, tampil(got))
			}
			continue
		}
		got := dari(ts, "LK023")
		if len(got) != 1 || got[0].Ref() != at(SheetNarasi, "B2") || got[0].Severity != Warning ||
			!strings.Contains(got[0].Message, c.want) || !strings.Contains(got[0].Message, "triwulan II tahun 2023") {
			t.Errorf("%q: want one LK023 warning at Narasi!B2 quoting %s, got:%s", c.teks, c.want, tampil(got))
		}
	}
}

func TestLK023Sheets(t *testing.T) {
	// Every narrative sheet is checked, keyed by its indicator when it has
	// one; one finding per cell quoting every phrase.
	l := bersih()
	l.Analisis[0].Uraian.Teks = "Sampai triwulan I tahun 2022, lalu triwulan I lagi."
	ts := periksa(l)
	satu(t, ts, "LK023", Warning, at(SheetAnalisis, "B2"), "IK1", `"triwulan I" dan "tahun 2022"`)

	l = bersih()
	l.Strategi[0].Strategi.Teks = "Koordinasi pada TW I"
	satu(t, periksa(l), "LK023", Warning, at(SheetStrategi, "B2"), "IK1")

	// A plan (Tindak Lanjut) may name later periods, not earlier ones.
	l = bersih()
	l.TindakLanjut[0].Teks = "Pada triwulan III dan IV tahun 2024, Oktober s.d. Desember."
	tidak(t, periksa(l), "LK023")
	l.TindakLanjut[0].Teks = "Seperti triwulan I"
	satu(t, periksa(l), "LK023", Warning, at(SheetTindakLanjut, "B2"), "")

	// Tugas and Strategi's Periode are not narrative.
	l = bersih()
	l.Tugas = []Sel{sv(SheetTugas, "B2", "Melaporkan kinerja triwulan I")}
	l.Strategi[0].Periode.Teks = "Januari s/d Maret 2022"
	tidak(t, periksa(l), "LK023")
}

func TestLK024UnitLain(t *testing.T) {
	cases := []struct {
		unit, teks string
		want       string
	}{
		// Reference report.
		{"Kecamatan Senduro", "penanganan terkait percepatan vaksin di wilayah Kecamatan Pasrujambe.", `"Kecamatan Pasrujambe"`},
		{"Kecamatan Senduro", "di Kec. Pasrujambe dan Kecamatan Senduro", `"Kec. Pasrujambe"`},
		{"Kecamatan Senduro", "Kecamatan Senduro Setda Kabupaten Lumajang", ""},
		{"Kecamatan Senduro", "tim Binwas Kecamatan.", ""},
		{"Kecamatan Senduro", "Tata Kerja Kecamatan Dan Kelurahan", ""},
		{"Kecamatan Senduro", "kecamatan yang aman", ""},
		{"Kecamatan Senduro", "rapat camat Kecamatan Se-Kabupaten Lumajang", ""},
		{"Kecamatan Senduro", "KECAMATAN SENDURO", ""},
		// Desa names are normal in a kecamatan's report; other kinds too.
		{"Kecamatan Senduro", "di Desa Kandangtepus dan Dinas Kesehatan", ""},
		// The region (Pemerintah Daerah) is checked too.
		{"Kecamatan Senduro", "seluruh desa di Kabupaten Jember", `"Kabupaten Jember"`},
		// Other kinds of unit.
		{"Dinas Pendidikan dan Kebudayaan", "koordinasi dengan Dinas Kesehatan (Dinkes)", `"Dinas Kesehatan"`},
		{"Dinas Pendidikan dan Kebudayaan", "Dinas Pendidikan menyelenggarakan", ""},
		{"Kelurahan Citrodiwangsan", "warga Kelurahan Ditotrunan", `"Kelurahan Ditotrunan"`},
		{"Desa Wonokerto", "bersama Desa Kandangtepus", `"Desa Kandangtepus"`},
	}
	for _, c := range cases {
		l := bersih()
		l.Identitas.Unit = c.unit
		l.Narasi[0].Teks.Teks = c.teks
		l.TindakLanjut = nil
		got := dari(periksa(l), "LK024")
		if c.want == "" {
			if len(got) != 0 {
				t.Errorf("%s / %q: want no LK024, got:%s", c.unit, c.teks, tampil(got))
			}
			continue
		}
		if len(got) != 1 || got[0].Ref() != at(SheetNarasi, "B2") || got[0].Severity != Warning ||
			!strings.Contains(got[0].Message, c.want) {
			t.Errorf("%s / %q: want one LK024 warning at Narasi!B2 quoting %s, got:%s", c.unit, c.teks, c.want, tampil(got))
		}
	}
}

// TestPeriksaReferensi checks, on the reference report's data as internal/contoh
// types it (only the rows that carry its mistakes), that every mistake the
// brief lists is found at its cell.
func TestPeriksaReferensi(t *testing.T) {
	l := bersih()
	l.Target = []Indikator{
		ind(2, "IK1", "Persentase Fasilitasi dan Koordinasi Bidang Pemerintahan yang ditindaklanjuti", "Bulan", "12 bulan"),
		ind(3, "IK4", "Prosentase Jumlah Desa yang menetapkan RKPDes Tepat waktu", "Desa", "12 Desa"),
		ind(4, "IK7", "Prosentase kegiatan pengamanan diwilayah kecamatan yang dilaksanakan tepat waktu", "%", "100%"),
	}
	l.Realisasi = []Realisasi{rls(2, "IK1", "", "6 Desa"), rls(3, "IK4", "", "6 Desa"), rls(4, "IK7", "", "84,69%")}
	l.Realisasi[2].Capaian = nv(SheetRealisasi, "F4", "84%")
	mk := func(r int, nama, ind, pagu, ra, rk, ef string) Kegiatan {
		k := keg(r, "", nama, ind, pagu, ra)
		k.TargetKinerja = nv(SheetAnggaran, fmt.Sprint("G", r), "100%")
		k.RealisasiKinerja = nv(SheetAnggaran, fmt.Sprint("H", r), rk)
		k.Efisiensi = nv(SheetAnggaran, fmt.Sprint("I", r), ef)
		return k
	}
	l.Anggaran = []Kegiatan{
		mk(2, "Penyelenggaraan efektifitas kegiatan pemerintahan di tingkat Kecamatan", "", "7.800.000", "0", "0", "0%"),
		mk(3, "Penyelenggaraan Sinergitas dengan Kepolisian Negara", "IK7", "10.200.000", "10.200.000", "100%", "100%"),
		mk(4, "Penyelenggaraan harmonisasi hubungan toga tomas", "IK7", "4.500.000", "2.250.000", "50%", "50%"),
		mk(5, "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "IK1", "7.500.000", "1.800.000", "24%", "55%"),
		mk(6, "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "IK4", "290.800.000", "117.000.000", "40,23%", "75,86 %"),
	}
	l.Analisis = []Analisis{{Kode: sv(SheetAnalisis, "A2", "IK7"), Uraian: sv(SheetAnalisis, "B2",
		"Linmas yang sudah dilaksanakan sampai triwulan I tahun 2023 adalah: c. penanganan terkait percepatan vaksin di wilayah Kecamatan Pasrujambe.")}}
	l.Narasi[0].Teks.Teks = "yang belum dapat dicapai dalam kurun waktu triwulanan I tahun anggaran 2023."
	l.Identitas.TanggalLaporan = time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC)
	ts := periksa(l)

	want := []struct {
		rule string
		ref  Ref
	}{
		{"LK009", at(SheetRealisasi, "C2")}, // IK1 "6 Desa" against Bulan
		{"LK015", at(SheetTarget, "D2")},    // Persentase … Bulan
		{"LK015", at(SheetTarget, "D3")},    // Prosentase … Desa
		{"LK020", at(SheetRealisasi, "F4")}, // 84% against 84,69%
		{"LK020", at(SheetAnggaran, "I3")},  // efisiensi 100%
		{"LK020", at(SheetAnggaran, "I4")},  // 50%
		{"LK020", at(SheetAnggaran, "I5")},  // 55%
		{"LK020", at(SheetAnggaran, "I6")},  // 75,86 %
		{"LK023", at(SheetNarasi, "B2")},    // triwulanan I
		{"LK023", at(SheetAnalisis, "B2")},  // triwulan I
		{"LK024", at(SheetAnalisis, "B2")},  // Kecamatan Pasrujambe
	}
	for _, w := range want {
		found := false
		for _, f := range ts {
			found = found || f.Rule == w.rule && f.Ref() == w.ref
		}
		if !found {
			t.Errorf("want %s at %s, got:%s", w.rule, w.ref, tampil(ts))
		}
	}
	// The kegiatan whose E is undefined (CK 0) is not reported.
	for _, f := range ts {
		if f.Rule == "LK020" && f.Ref() == at(SheetAnggaran, "I2") {
			t.Errorf("LK020 at Anggaran!I2: E is undefined there: %s", f.Message)
		}
	}
}

// FuzzPeriksaNarasi: any narrative text and unit name are checked without
// a panic, and every finding names its sheet. The seeds run with go test.
func FuzzPeriksaNarasi(f *testing.F) {
	f.Add("Kecamatan Senduro", "triwulan I dan Kecamatan Pasrujambe, 1 Januari s.d 31 Maret 2022")
	f.Add("Kecamatan", "Kecamatan")
	f.Add("Kec.", "kec. (X) TW-")
	f.Add("Desa “Wonokerto”", "Desa “Kandang” tahun 2023-2022 s.d. Desember")
	f.Add("", "Tahun 9999 tw ke- iv, Agt - Des 2023 - 2024")
	f.Fuzz(func(t *testing.T, unit, teks string) {
		l := bersih()
		l.Identitas.Unit = unit
		l.Narasi[0].Teks.Teks = teks
		l.TindakLanjut[0].Teks = teks
		for _, ts := range periksa(l) {
			if ts.Sheet == "" || ts.Message == "" {
				t.Fatalf("finding without sheet or message: %+v", ts)
			}
		}
	})
}

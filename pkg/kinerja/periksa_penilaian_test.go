package kinerja

import (
	"encoding/json"
	"strings"
	"testing"
)

// The reference report (TW II 2023): six Kumulatif indicators at 6 of 12
// desa with no Target TW II, and IK7 (Non Kumulatif, %) at 84,69 of 100.
func laporanPenilaian() *Laporan {
	l := bersih()
	l.Target = []Indikator{
		ind(2, "IK1", "Jumlah Desa yang menetapkan APBDes", "Desa", "12 Desa"),
		ind(3, "IK7", "Persentase kegiatan pengamanan", "%", "100%"),
		ind(4, "IK8", "Jumlah Desa yang menetapkan RKPDes", "Desa", "12 Desa", "3", "6", "9", "12"),
	}
	l.Realisasi = []Realisasi{rls(2, "IK1", "", "6 Desa"), rls(3, "IK7", "", "84,69%"), rls(4, "IK8", "2", "3")}
	l.Anggaran = nil
	l.Analisis = nil
	return l
}

func TestDinilai(t *testing.T) {
	l := laporanPenilaian()
	h := Hitung(l, 2, PMK)
	ik1, ik7, ik8 := h.Indikator[0], h.Indikator[1], h.Indikator[2]
	// IK1: 6 / 12 × 100 = 50, against the annual target; not judged.
	if !near(ik1.Capaian.V, 50) || ik1.Dinilai || ik1.Predikat != nil || ik1.Tercapai || ik1.CapaianDasar != DasarTargetTahunan {
		t.Errorf("IK1: capaian %v dinilai %v predikat %v dasar %q", ik1.Capaian, ik1.Dinilai, ik1.Predikat, ik1.CapaianDasar)
	}
	// IK7: Non Kumulatif without Target TW: the annual target is the level;
	// 84,69 is Tinggi (76 – < 91).
	if !ik7.Dinilai || ik7.Predikat == nil || *ik7.Predikat != Tinggi || ik7.CapaianDasar != DasarTargetTahunan {
		t.Errorf("IK7: dinilai %v predikat %v dasar %q", ik7.Dinilai, ik7.Predikat, ik7.CapaianDasar)
	}
	// IK8: Kumulatif with Target TW II = 6, R = 2 + 3 = 5: 5/6 = 83,33 Tinggi.
	if !ik8.Dinilai || ik8.CapaianDasar != DasarTargetTriwulan || !near(Bulat(ik8.Capaian.V, 2), 83.33) || *ik8.Predikat != Tinggi {
		t.Errorf("IK8: %+v", ik8)
	}
	// TW sebelumnya: TW I: R = 2 against Target TW I = 3 ⇒ 66,67.
	if !ik8.CapaianSebelumnya.OK || !near(Bulat(ik8.CapaianSebelumnya.V, 2), 66.67) || ik1.CapaianSebelumnya.OK {
		t.Errorf("CapaianSebelumnya IK8 %v IK1 %v", ik8.CapaianSebelumnya, ik1.CapaianSebelumnya)
	}
	if h.Total.BelumDinilai != 1 || h.Total.Tercapai != 0 {
		t.Errorf("total: belum dinilai %d tercapai %d, want 1 and 0", h.Total.BelumDinilai, h.Total.Tercapai)
	}
	// In TW IV every indicator is judged: IK1 against its annual target.
	l.Realisasi[0].TW[3] = nv(SheetRealisasi, "E2", "6")
	h4 := Hitung(l, 4, PMK)
	if !h4.Indikator[0].Dinilai || !h4.Indikator[0].Tercapai || h4.Total.BelumDinilai != 0 {
		t.Errorf("TW IV: IK1 %+v, belum dinilai %d", h4.Indikator[0], h4.Total.BelumDinilai)
	}
}

func TestDinilaiJSON(t *testing.T) {
	b, err := json.Marshal(Hitung(laporanPenilaian(), 2, PMK))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Indikator []map[string]any `json:"indikator"`
		Total     map[string]any   `json:"total"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	ik1, ik7 := m.Indikator[0], m.Indikator[1]
	if ik1["predikat"] != nil || ik1["tercapai"] != nil || ik1["capaian_dasar"] != "target_tahunan" {
		t.Errorf("IK1 JSON: %v", ik1)
	}
	if v, ok := ik1["tercapai"]; !ok || v != nil {
		t.Errorf("IK1 tercapai must be present and null: %v", ik1)
	}
	if ik7["predikat"] != "Tinggi" || ik7["tercapai"] != false {
		t.Errorf("IK7 JSON: %v", ik7)
	}
	if m.Indikator[2]["capaian_dasar"] != "target_triwulan" {
		t.Errorf("IK8 JSON: %v", m.Indikator[2])
	}
	if m.Total["belum_dinilai"] != 1.0 {
		t.Errorf("total: %v", m.Total)
	}
}

func TestLK026TanpaTargetTW(t *testing.T) {
	l := laporanPenilaian()
	ts := periksa(l)
	satu(t, ts, "LK026", Warning, at(SheetTarget, "G2"), "IK1", "Target TW II", "50,00%", "12 Desa")
	// In TW IV the annual target is the period target: no finding.
	l.Identitas.Triwulan = 4
	tidak(t, periksa(l), "LK026")
}

// kegSendiri is a kegiatan with its own Target/Realisasi Kinerja.
func kegSendiri(r int, nama, indikator, pagu, ra, rk string) Kegiatan {
	k := keg(r, "", nama, indikator, pagu, ra)
	row := string(rune('0' + r))
	k.TargetKinerja = nv(SheetAnggaran, "G"+row, "100%")
	k.RealisasiKinerja = nv(SheetAnggaran, "H"+row, rk)
	return k
}

func TestLK027KinerjaSalinan(t *testing.T) {
	l := bersih()
	// The reference: 10.200.000 of 10.200.000 (100%) with R 100%, and
	// 1.800.000 of 7.500.000 (24%) with R 24%; 0 spent is not a candidate.
	l.Anggaran = []Kegiatan{
		kegSendiri(2, "Sinergitas", "IK1", "10.200.000", "10.200.000", "100%"),
		kegSendiri(3, "Urusan Umum", "IK2", "7.500.000", "1.800.000", "24%"),
		kegSendiri(4, "Dilimpahkan", "IK2", "5.000.000", "0", "0"),
	}
	ts := dari(periksa(l), "LK027")
	if len(ts) != 2 || ts[0].Ref() != at(SheetAnggaran, "H2") || ts[1].Ref() != at(SheetAnggaran, "H3") {
		t.Fatalf("want LK027 at H2 and H3:%s", tampil(ts))
	}
	if !strings.Contains(ts[1].Message, "24,00%") || !strings.Contains(ts[1].Message, "PMK") {
		t.Errorf("message: %s", ts[1].Message)
	}
	// One matching row among two candidates is a coincidence.
	l.Anggaran[1].RealisasiKinerja = nv(SheetAnggaran, "H3", "60%")
	tidak(t, periksa(l), "LK027")
	// The only candidate, matching: raised.
	l.Anggaran = l.Anggaran[:1]
	satu(t, periksa(l), "LK027", Warning, at(SheetAnggaran, "H2"), "Sinergitas")
}

func TestLK028AngkaUraian(t *testing.T) {
	l := bersih()
	// IK1: R = 2 + 4 = 6 of Target TW II 12 ⇒ 50%; annual 6/12 = 50%;
	// serapan 500.000 / 1.000.000 = 50%.
	l.Analisis = []Analisis{{Kode: sv(SheetAnalisis, "A2", "IK1"), Uraian: sv(SheetAnalisis, "B2",
		"Pada triwulan II tahun 2023 kami fasilitasi 6 desa. Yang menjadi acuan dalam pelaporan capaian kinerja sejumlah 23% adalah a. penjaringan perangkat.")}}
	satu(t, periksa(l), "LK028", Warning, at(SheetAnalisis, "B2"), "IK1",
		`capaian kinerja sejumlah 23%`, "50,00%")
	// Within 0,5 points of a computed figure: fine.
	l.Analisis[0].Uraian.Teks = "Capaian kinerja mencapai 50,3%."
	tidak(t, periksa(l), "LK028")
	// Narasi: a sentence naming IK2 (R 90 of 100 ⇒ 90%), and the overall
	// serapan (2.000.000 of 3.000.000 = 66,67%).
	l.Narasi = []Narasi{{Bagian: sv(SheetNarasi, "A2", "Penutup"),
		Teks: sv(SheetNarasi, "B2", "Capaian IK2 sebesar 90%. Serapan anggaran seluruhnya 40%.")}}
	satu(t, periksa(l), "LK028", Warning, at(SheetNarasi, "B2"), "", "40%", "66,67%")
}

func TestLK029Ejaan(t *testing.T) {
	if n := len(DaftarEjaan()); n < 60 {
		t.Errorf("word list has %d pairs, want at least 60", n)
	}
	for k, e := range DaftarEjaan() {
		if e.Sumber != "KBBI" && e.Sumber != "EYD V" && e.Sumber != "PUEBI" {
			t.Errorf("pair %q has source %q, want KBBI, EYD V or PUEBI", k, e.Sumber)
		}
		if strings.EqualFold(k, e.Baku) {
			t.Errorf("pair %q maps to itself", k)
		}
	}
	l := bersih()
	l.Tugas = []Sel{
		sv(SheetTugas, "B2", "Melaksanakan pembinaan wawasan kebangsaan, idiologi Negara dan kesatuan bangsa;"),
		sv(SheetTugas, "B3", "Melaksanakan pembinaan ketentraman dan ketertiban diwilayah kecamatan;"),
		// A quoted regulation title and a proper name keep their spelling.
		sv(SheetTugas, "B4", "Sesuai Peraturan Bupati Nomor 9 Tahun 2010 tentang Tata Cara Perijinan dan Prosentase Retribusi; rapat di Desa Diwilayah."),
		sv(SheetTugas, "B5", `Menyusun dokumen "Analisa Jabatan" kecamatan.`),
	}
	ts := periksa(l)
	got := dari(ts, "LK029")
	if len(got) != 2 {
		t.Fatalf("want 2 LK029 (B2, B3):%s", tampil(got))
	}
	if got[0].Ref() != at(SheetTugas, "B2") || !strings.Contains(got[0].Message, `"idiologi" → "ideologi" (KBBI)`) || got[0].Severity != Info {
		t.Errorf("B2: %s", tampil(got[:1]))
	}
	if got[1].Ref() != at(SheetTugas, "B3") || !strings.Contains(got[1].Message, `"ketentraman" → "ketenteraman"`) ||
		!strings.Contains(got[1].Message, `"diwilayah" → "di wilayah" (EYD V)`) {
		t.Errorf("B3: %s", tampil(got[1:]))
	}
	if bakuSeperti("Prosentase", "persentase") != "Persentase" || bakuSeperti("DIATAS", "di atas") != "DI ATAS" {
		t.Error("bakuSeperti keeps the case")
	}
}

func TestLK011MaksudAnda(t *testing.T) {
	for _, c := range []struct{ kode, want string }{
		{"IK02", "Maksud Anda IK2?"},
		{"lK2", "Maksud Anda IK2?"},
		{"IK 2.", ""}, // the same Kode: no finding at all
		{"IKK2", "Maksud Anda IK2?"},
		{"XY9", ""},
	} {
		l := bersih()
		l.Realisasi[1].Kode.Teks = c.kode
		ts := dari(periksa(l), "LK011")
		switch {
		case c.kode == "IK 2.":
			if len(ts) != 0 {
				t.Errorf("%q: %s", c.kode, tampil(ts))
			}
		case c.want == "":
			if len(ts) != 1 || strings.Contains(ts[0].Message, "Maksud Anda") {
				t.Errorf("%q: want LK011 without a suggestion:%s", c.kode, tampil(ts))
			}
		default:
			if len(ts) != 1 || !strings.Contains(ts[0].Message, c.want) {
				t.Errorf("%q: want %q:%s", c.kode, c.want, tampil(ts))
			}
		}
	}
}

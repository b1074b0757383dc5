package contoh_test

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// checkBertingkat pins the figures of the hierarchical example, worked out
// by hand in the comment of contoh.Bertingkat.
func checkBertingkat(t *testing.T, l *kinerja.Laporan) *kinerja.Hasil {
	t.Helper()
	h := kinerja.Hitung(l, 2, kinerja.PMK)
	if !h.Bertingkat || len(h.Kegiatan) != 19 {
		t.Fatalf("bertingkat %v, %d rows; want a hierarchy of 2 + 5 + 12 rows", h.Bertingkat, len(h.Kegiatan))
	}
	count := map[kinerja.Tingkat]int{}
	leaves := 0
	for _, k := range h.Kegiatan {
		count[k.Tingkat]++
		if k.Leaf() {
			leaves++
		}
	}
	if count[kinerja.TingkatProgram] != 2 || count[kinerja.TingkatKegiatan] != 5 || count[kinerja.TingkatSubKegiatan] != 12 || leaves != 12 {
		t.Errorf("levels %v, %d leaves; want 2 programs, 5 kegiatan, 12 sub kegiatan (the leaves)", count, leaves)
	}
	// Capaian: P1 62/60; K1 (4+6)/12; K4 (120+95)/200; K5 (15+30)/60.
	for kode, want := range map[string]float64{"S1": 81.2 / 82 * 100, "P1": 62.0 / 60 * 100, "P2": 88.0 / 90 * 100,
		"K1": 10.0 / 12 * 100, "K2": 105, "K3": 96, "K4": 107.5, "K5": 75} {
		if c := byKode(h, kode).Capaian; !near(c, want) {
			t.Errorf("%s capaian %+v, want %v", kode, c, want)
		}
	}
	// Totals: the 12 sub kegiatan once (not again at their kegiatan and
	// program, whose pagu are typed too): 850 + 240 + 1.200 + 420 + 1.560 +
	// 335 + 95 + 180 + 65 + 110 + 140 + 385 = 5.580 million; realisasi
	// 430 + 117,5 + 645 + 205 + 775 + 142 + 45,5 + 78 + 32,5 + 53 + 62 + 158
	// = 2.743,5 million.
	if h.Total.Pagu.V != 5580000000 || h.Total.RealisasiAnggaran.V != 2743500000 {
		t.Errorf("total %+v", h.Total)
	}
	// P1 serves program 1.02.02: 850 + 240 + 1.200 + 420 + 1.560 + 335 + 95
	// + 180 = 4.880 million; K1 serves kegiatan 1.02.02.2.01: 850 + 240 +
	// 1.200 = 2.290 million. Each sub kegiatan counts for its program's and
	// its kegiatan's indicator.
	for kode, want := range map[string]int64{"P1": 4880000000, "P2": 700000000, "K1": 2290000000, "K2": 2315000000,
		"K3": 275000000, "K4": 175000000, "K5": 525000000} {
		if p := byKode(h, kode).Pagu; !p.OK || p.V != want {
			t.Errorf("%s pagu %+v, want %d", kode, p, want)
		}
	}
	// The sub kegiatan with its own output (10 unit, 4 realised = 40%):
	// PA×CK = 850 × 0,4 = 340 million, RA 430 million ⇒ E = (340 − 430) /
	// 340 = −26,47%. The other two under K1 take K1's 83,33%: 240 × 5/6 =
	// 200 (RA 117,5), 1.200 × 5/6 = 1.000 (RA 645); K1's E = (340 + 200 +
	// 1.000 − 430 − 117,5 − 645) / 1.540 = 347,5 / 1.540 = 22,56%.
	alkes := h.Kegiatan[2]
	if !near(alkes.Capaian, 40) || !near(alkes.Efisiensi, (340.0-430)/340*100) {
		t.Errorf("sub kegiatan 0014 %+v", alkes)
	}
	if k1 := h.Kegiatan[1]; !near(k1.Efisiensi, 347.5/1540*100) {
		t.Errorf("kegiatan 2.01 efisiensi %+v, want %v", k1.Efisiensi, 347.5/1540*100)
	}
	return h
}

func TestBertingkat(t *testing.T) {
	l, ts := readT(t, "bertingkat.xlsx", contoh.Bertingkat())
	h := checkBertingkat(t, l)
	ts = append(ts, kinerja.Periksa(l, h, kinerja.PeriksaOpsi{Triwulan: 2})...)
	for _, f := range ts {
		if f.Severity != kinerja.Info {
			t.Errorf("%s %s: %s", f.Rule, f.Ref(), f.Message)
		}
	}
	// JSON: every row's tingkat, kode_rekening and induk.
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Kegiatan []struct {
			Tingkat      *string `json:"tingkat"`
			KodeRekening *string `json:"kode_rekening"`
			Induk        *string `json:"induk"`
		} `json:"kegiatan"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for i, k := range got.Kegiatan {
		if k.Tingkat == nil || k.KodeRekening == nil {
			t.Fatalf("row %d: %s", i, b)
		}
		seg := strings.Split(*k.KodeRekening, ".")
		switch {
		case *k.Tingkat == "program" && k.Induk == nil && len(seg) == 3:
		case *k.Tingkat == "kegiatan" && k.Induk != nil && *k.Induk == strings.Join(seg[:3], "."):
		case *k.Tingkat == "sub_kegiatan" && k.Induk != nil && *k.Induk == strings.Join(seg[:5], "."):
		default:
			t.Errorf("row %d: tingkat %v kode %v induk %v", i, *k.Tingkat, *k.KodeRekening, k.Induk)
		}
	}
}

// A deliberately wrong parent sum: kegiatan 1.02.02.2.02 typed with
// 2.300 million where its sub kegiatan sum to 420 + 1.560 + 335 = 2.315
// million: LK031 at that row's Pagu cell (E8: row 8 of the sheet, title
// row 1, header row 2), once (its program is compared with the leaves, and
// they are right).
func TestBertingkatJumlahSalah(t *testing.T) {
	sheets := contoh.Bertingkat()
	for i := range sheets {
		if sheets[i].Nama == "Anggaran" {
			sheets[i].Baris[5][4] = workbook.Rupiah(2300000000)
		}
	}
	l, _ := readT(t, "salah.xlsx", sheets)
	ts := kinerja.Periksa(l, nil, kinerja.PeriksaOpsi{Triwulan: 2})
	var got kinerja.DaftarTemuan
	for _, f := range ts {
		if f.Rule == "LK031" {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Ref().String() != "Anggaran!E8" ||
		!strings.Contains(got[0].Message, "Rp2.300.000.000") || !strings.Contains(got[0].Message, "Rp2.315.000.000") {
		t.Errorf("LK031: %v", got)
	}
}

// The same data re-saved by LibreOffice reads the same.
func TestBertingkatLibreOffice(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "libreoffice", "bertingkat.xlsx")
	l, ts, err := workbook.Read(path, workbook.Options{})
	if err != nil || l == nil {
		t.Fatalf("%s: %v %v (run go generate ./internal/contoh with LibreOffice installed)", path, err, ts)
	}
	if bad := readingErrors(ts); len(bad) > 0 {
		t.Errorf("reading findings on the LibreOffice copy: %v", bad)
	}
	b := checkBertingkat(t, l)
	orig, _ := readT(t, "bertingkat.xlsx", contoh.Bertingkat())
	a := kinerja.Hitung(orig, 2, kinerja.PMK)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !reflect.DeepEqual(ja, jb) {
		t.Errorf("figures differ between the excelize and the LibreOffice copy:\n%s\n%s", ja, jb)
	}
}

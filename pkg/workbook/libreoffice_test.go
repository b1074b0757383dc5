package workbook

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// lembarLibreOffice covers percent cells, merged cells, dates, formulas
// with and without a cached value, and text numbers.
func lembarLibreOffice() []Sheet {
	ls := bukuMinimal(
		Sheet{Nama: "Libur", Header: []string{"Tanggal", "Keterangan"}, Baris: [][]any{
			{Tanggal(tgl(2023, 6, 29)), "Iduladha"}, {"30 Juni 2023", "Cuti bersama"}}},
		Sheet{Nama: "Tanggapan", Header: []string{"Tanggapan", "Pilih"}, Baris: [][]any{
			{"Laporan sudah baik", "x"}, {"Laporan kurang baik", nil}, {"Lain-lain", true}}},
	)
	ls = ganti(ls, Sheet{Nama: "Target", Judul: []string{"Tabel 2.1 Perjanjian Kinerja"},
		Header: []string{"Kode", "Sasaran", "Indikator", "Satuan", "Target", "Target TW II", "Polaritas"},
		Baris: [][]any{
			{"IK1", "Meningkatnya ketertiban", "Persentase A", "%", Persen(1), Persen(0.5), "Positif"},
			{"IK2", nil, "Jumlah desa", "Desa", "12", 6, "Negatif"},
			{"IK3", "Lain", "Indeks", "%", "80 – 90", nil, nil},
		},
		Gabung: []string{"B3:B4"}})
	ls = ganti(ls, Sheet{Nama: "Realisasi",
		Header: []string{"Kode", "TW I", "TW II", "TW III", "Capaian"},
		Baris: [][]any{
			// D2 = B2+C2 = 20+24 = 44 without a cache; E2 cached 0.24.
			{"IK1", 20, 24, Rumus{F: "B2+C2"}, Rumus{F: "C2/100", Cache: Persen(0.24)}},
			{"IK2", "3 Desa", "6", Rumus{F: "B3*2", Cache: 6}},
			{"IK3", "84,69%", Persen(0.8469)},
		}})
	ls = ganti(ls, Sheet{Nama: "Anggaran",
		Header: []string{"Kode", "Kegiatan", "Indikator", "Pagu", "Realisasi TW I", "Realisasi TW II"},
		Baris: [][]any{
			{"1.01", "Penyelenggaraan", "IK1", Rupiah(14700000), Rupiah(6000000), Rumus{F: "D2-E2-2250000"}},
			{"1.02", "Fasilitasi", "IK2", "Rp 7.500.000,00", Rupiah(1800000), 0},
		}})
	return ls
}

// A workbook written by Write and saved again by LibreOffice reads to the
// same model (LibreOffice rewrites styles, strings and formula caches its
// own way).
func TestLibreOfficeSimpanUlang(t *testing.T) {
	alat.Perlu(t, "soffice")
	dir := t.TempDir()
	in := filepath.Join(dir, "uji.xlsx")
	if err := WriteFile(in, lembarLibreOffice()); err != nil {
		t.Fatal(err)
	}
	want, ts, err := Read(in, Options{})
	if err != nil || want == nil {
		t.Fatalf("%v %v", err, ts)
	}
	bersihT(t, ts)
	out := alat.ConvertT(t, "xlsx", in)[0]
	got, ts, err := Read(out, Options{})
	if err != nil || got == nil {
		t.Fatalf("%v %v", err, ts)
	}
	bersihT(t, ts)

	// Figures computed by hand: D2 = 20+24 = 44; Anggaran F2 =
	// 14.700.000 − 6.000.000 − 2.250.000 = 6.450.000.
	nilaiT(t, "uncached formula", want.Realisasi[0].TW[2], true, 44, "", "D2")
	nilaiT(t, "uncached formula (LibreOffice)", got.Realisasi[0].TW[2], true, 44, "", "D2")
	nilaiT(t, "anggaran formula", got.Anggaran[0].RealisasiTW[1], true, 6450000, "", "F2")
	nilaiT(t, "percent", got.Realisasi[2].TW[1], true, 84.69, "%", "C4")
	if got.Target[1].Sasaran.Teks != "Meningkatnya ketertiban" {
		t.Errorf("merged sasaran after LibreOffice: %q", got.Target[1].Sasaran.Teks)
	}

	// Everything else: the same model, except the display text of numbers
	// (LibreOffice keeps the values; Teks of a number cell follows its
	// format, which LibreOffice may rename).
	hapusTeksAngka(want)
	hapusTeksAngka(got)
	compare := func(name string, a, b any) {
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s differs after LibreOffice:\n got  %+v\n want %+v", name, b, a)
		}
	}
	compare("Identitas", want.Identitas, got.Identitas)
	compare("Target", want.Target, got.Target)
	compare("Realisasi", want.Realisasi, got.Realisasi)
	compare("Anggaran", want.Anggaran, got.Anggaran)
	compare("Libur", want.Libur, got.Libur)
	compare("Tanggapan", want.Tanggapan, got.Tanggapan)
}

func hapusTeksAngka(l *kinerja.Laporan) {
	clear := func(n *kinerja.Nilai) { n.Teks = "" }
	for i := range l.Target {
		clear(&l.Target[i].Target)
		for q := range l.Target[i].TargetTW {
			clear(&l.Target[i].TargetTW[q])
		}
	}
	for i := range l.Realisasi {
		for q := range l.Realisasi[i].TW {
			clear(&l.Realisasi[i].TW[q])
		}
		clear(&l.Realisasi[i].Capaian)
	}
	for i := range l.Anggaran {
		k := &l.Anggaran[i]
		for _, n := range []*kinerja.Nilai{&k.Pagu, &k.Realisasi, &k.TargetKinerja, &k.RealisasiKinerja, &k.Capaian, &k.Efisiensi} {
			clear(n)
		}
		for q := range k.RealisasiTW {
			clear(&k.RealisasiTW[q])
		}
	}
}

// Real files in the formats users confuse with .xlsx: an Excel 97–2003
// .xls (also renamed .xlsx) and an OpenDocument .ods are refused with the
// advice to save again as .xlsx.
func TestLibreOfficeFormatLain(t *testing.T) {
	alat.Perlu(t, "soffice")
	dir := t.TempDir()
	in := filepath.Join(dir, "uji.xlsx")
	if err := WriteFile(in, bukuMinimal()); err != nil {
		t.Fatal(err)
	}
	xls := alat.ConvertT(t, "xls", in)[0]
	data, _ := os.ReadFile(xls)
	lk001T(t, data, "uji.xls", Options{}, "Excel 97–2003", "simpan ulang sebagai .xlsx")
	lk001T(t, data, "uji.xlsx", Options{}, "bernama .xlsx", "simpan ulang sebagai .xlsx")
	ods := alat.ConvertT(t, "ods", in)[0]
	data, _ = os.ReadFile(ods)
	lk001T(t, data, "uji.ods", Options{}, ".ods", "simpan ulang sebagai .xlsx")
}

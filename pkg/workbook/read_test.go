package workbook

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

func TestBacaMinimal(t *testing.T) {
	lap, ts := readT(t, bukuMinimal())
	bersihT(t, ts)
	id := lap.Identitas
	if id.Tahun != 2023 || id.Triwulan != 2 || id.Unit != "Kecamatan Senduro" || id.NIP != "197501012006041001" || id.NIPAngka {
		t.Errorf("identitas: %+v", id)
	}
	if !id.TanggalLaporan.Equal(tgl(2023, 7, 3)) {
		t.Errorf("tanggal laporan %v", id.TanggalLaporan)
	}
	if r := id.Ref(kinerja.FieldNIP); r != (kinerja.Ref{Sheet: "Identitas", Cell: "B8"}) {
		t.Errorf("NIP ref %v", r)
	}
	if len(lap.Target) != 2 || lap.Target[1].Kode.Teks != "IK2" || lap.Target[1].Kode.Ref.Cell != "A3" {
		t.Fatalf("target: %+v", lap.Target)
	}
	nilaiT(t, "IK1 target", lap.Target[0].Target, true, 100, "", "E2")
	nilaiT(t, "IK1 target TW II", lap.Target[0].TargetTW[1], true, 50, "", "F2")
	nilaiT(t, "IK1 target TW I (no column)", lap.Target[0].TargetTW[0], false, 0, "", "")
	// Satuan % ⇒ default Non Kumulatif; Desa ⇒ Kumulatif.
	if lap.Target[0].Sifat != kinerja.NonKumulatif || lap.Target[1].Sifat != kinerja.Kumulatif {
		t.Errorf("sifat: %v %v", lap.Target[0].Sifat, lap.Target[1].Sifat)
	}
	nilaiT(t, "IK1 TW II", lap.Realisasi[0].TW[1], true, 24, "", "C2")
	nilaiT(t, "IK1 TW III", lap.Realisasi[0].TW[2], false, 0, "", "D2")
	if !lap.AdaAnggaran || len(lap.Anggaran) != 1 {
		t.Fatalf("anggaran: %+v", lap.Anggaran)
	}
	k := lap.Anggaran[0]
	nilaiT(t, "pagu", k.Pagu, true, 7500000, "", "D2")
	if k.Pagu.Teks != "7.500.000" {
		t.Errorf("pagu teks %q, want 7.500.000", k.Pagu.Teks)
	}
	nilaiT(t, "realisasi", k.Realisasi, true, 1800000, "", "E2")
	if lap.Tanggapan != nil {
		t.Errorf("no Tanggapan sheet: want nil, got %v", lap.Tanggapan)
	}
}

// Sheet names match ignoring case, spaces, "_" and "-"; title rows above
// the header are skipped; headers match their aliases.
func TestNamaLembarDanJudul(t *testing.T) {
	ls := []Sheet{
		{Nama: "IDENTITAS", Baris: identitasMinimal().Baris},
		{Nama: "target", Judul: []string{"Tabel 2.1 Perjanjian Kinerja", "Kecamatan Senduro", ""},
			Header: []string{"NO.", "Sasaran  Strategis", "indikator kinerja", "SATUAN", "Target 2023", "Target Triwulan I", "Target TW 2", "target tw.III", "Target TW IV", "Catatan"},
			Baris: [][]any{
				{1, "S1", "Persentase A", "%", 100, 25, 50, 75, 100, "diabaikan"},
			}},
		{Nama: "Re_ali-sasi", Judul: []string{"Tabel 2.2"},
			Header: []string{"Kode Indikator", "Realisasi TW I", "Triwulan II", "TW 3", "Q4", "Capaian (%)", "Keterangan"},
			Baris: [][]any{
				{"1", 10, 20, 30, 40, "84,69%", "ok"},
			}},
		{Nama: "tindak_lanjut", Header: []string{"No", "Rencana Tindak Lanjut"}, Baris: [][]any{{1, "Koordinasi ulang"}}},
		{Nama: "Anggaran", Header: []string{"Kode", "Kegiatan", "Pagu", "Realisasi"}, Baris: [][]any{{"1", "K", 10, 5}}},
	}
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	if lap.Identitas.Tahun != 2023 {
		t.Errorf("IDENTITAS not read")
	}
	ind := lap.Target[0]
	// Row 5: three title rows, then the header in row 4.
	if ind.Kode.Teks != "1" || ind.Kode.Ref.Cell != "A5" || ind.Sasaran.Teks != "S1" || ind.Satuan.Teks != "%" {
		t.Errorf("target row: %+v", ind)
	}
	nilaiT(t, "Target 2023", ind.Target, true, 100, "", "E5")
	for q, want := range []float64{25, 50, 75, 100} {
		nilaiT(t, "target TW", ind.TargetTW[q], true, want, "", xlsx.CellName(6+q, 5))
	}
	r := lap.Realisasi[0]
	for q, want := range []float64{10, 20, 30, 40} {
		nilaiT(t, "TW", r.TW[q], true, want, "", xlsx.CellName(2+q, 3))
	}
	nilaiT(t, "capaian", r.Capaian, true, 84.69, "%", "F3")
	if r.Keterangan.Teks != "ok" {
		t.Errorf("keterangan %q", r.Keterangan.Teks)
	}
	if len(lap.TindakLanjut) != 1 || lap.TindakLanjut[0].Teks != "Koordinasi ulang" || lap.TindakLanjut[0].Ref != (kinerja.Ref{Sheet: kinerja.SheetTindakLanjut, Cell: "B2"}) {
		t.Errorf("tindak lanjut: %+v", lap.TindakLanjut)
	}
}

// In Target, "No" is an alias of Kode, but a "Kode" column wins.
func TestKodeMengalahkanNo(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Target",
		Header: []string{"No", "Kode", "Indikator", "Satuan", "Target"},
		Baris:  [][]any{{1, "IK1", "A", "%", 100}, {2, "IK2", "B", "Desa", 12}}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	if lap.Target[0].Kode.Teks != "IK1" || lap.Target[0].Kode.Ref.Cell != "B2" {
		t.Errorf("kode: %+v", lap.Target[0].Kode)
	}
}

// In Anggaran, "Realisasi" (to date), "Realisasi TW I" (within the
// quarter) and "Realisasi Kinerja" are three different columns, and
// "Capaian" is the user's own figure.
func TestKolomAnggaran(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Anggaran",
		Header: []string{"Kode Rekening", "Sub Kegiatan", "Kode Indikator", "Pagu Anggaran", "Realisasi TW I", "Realisasi Triwulan II",
			"Realisasi Anggaran", "Target Kinerja", "Realisasi Kinerja", "Satuan Kinerja", "Capaian", "Efisiensi"},
		Baris: [][]any{
			{"1.01", "Penyelenggaraan", "IK1", "Rp 14.700.000,00", "6.000.000", "6.450.000", "12.450.000", 100, "84,69", "%", "84,69%", Persen(0.15)},
		}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	k := lap.Anggaran[0]
	if k.Kode.Teks != "1.01" || k.Kegiatan.Teks != "Penyelenggaraan" || k.Indikator.Teks != "IK1" {
		t.Errorf("kegiatan: %+v", k)
	}
	nilaiT(t, "pagu", k.Pagu, true, 14700000, "", "D2")
	if k.Pagu.Teks != "Rp 14.700.000,00" {
		t.Errorf("pagu teks %q", k.Pagu.Teks)
	}
	nilaiT(t, "realisasi TW I", k.RealisasiTW[0], true, 6000000, "", "E2")
	nilaiT(t, "realisasi TW II", k.RealisasiTW[1], true, 6450000, "", "F2")
	nilaiT(t, "realisasi TW III", k.RealisasiTW[2], false, 0, "", "")
	nilaiT(t, "realisasi", k.Realisasi, true, 12450000, "", "G2")
	nilaiT(t, "target kinerja", k.TargetKinerja, true, 100, "", "H2")
	nilaiT(t, "realisasi kinerja", k.RealisasiKinerja, true, 84.69, "", "I2")
	if k.SatuanKinerja.Teks != "%" {
		t.Errorf("satuan kinerja %q", k.SatuanKinerja.Teks)
	}
	nilaiT(t, "capaian", k.Capaian, true, 84.69, "%", "K2")
	// Persen(0.15) is 15 (%).
	nilaiT(t, "efisiensi", k.Efisiensi, true, 15, "%", "L2")
}

// A Sasaran merged over two indicator rows applies to both.
func TestSasaranGabungan(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Target",
		Header: []string{"Kode", "Sasaran", "Indikator", "Satuan", "Target"},
		Baris: [][]any{
			{"IK1", "Meningkatnya ketertiban", "Persentase A", "%", 100},
			{"IK2", nil, "Jumlah B", "Desa", 12},
			{"IK3", "Lain", "Jumlah C", "Desa", 4},
		},
		Gabung: []string{"B2:B3"}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	for i, want := range []string{"Meningkatnya ketertiban", "Meningkatnya ketertiban", "Lain"} {
		if got := lap.Target[i].Sasaran.Teks; got != want {
			t.Errorf("row %d sasaran %q, want %q", i, got, want)
		}
	}
	// The merged value is named at the range's top-left cell.
	if c := lap.Target[1].Sasaran.Ref.Cell; c != "B2" {
		t.Errorf("IK2 sasaran cell %s, want B2", c)
	}
}

// Text numbers in Indonesian notation, and a percent-formatted 0.5.
func TestAngkaTeks(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Realisasi",
		Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV"},
		Baris: [][]any{
			{"IK1", "7.500.000", "Rp 7.500.000,00", "84,69%", "6 Desa"},
			{"IK2", Persen(0.5), 0, "-", "  12,5 "},
		}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	r := lap.Realisasi
	nilaiT(t, "7.500.000", r[0].TW[0], true, 7500000, "", "B2")
	nilaiT(t, "Rp 7.500.000,00", r[0].TW[1], true, 7500000, "", "C2")
	nilaiT(t, "84,69%", r[0].TW[2], true, 84.69, "%", "D2")
	nilaiT(t, "6 Desa", r[0].TW[3], true, 6, "Desa", "E2")
	if r[0].TW[3].Teks != "6 Desa" {
		t.Errorf("teks %q", r[0].TW[3].Teks)
	}
	nilaiT(t, "percent 0.5", r[1].TW[0], true, 50, "%", "B3")
	if r[1].TW[0].Teks != "50%" {
		t.Errorf("percent teks %q", r[1].TW[0].Teks)
	}
	// 0 is entered; a lone dash is not.
	nilaiT(t, "zero", r[1].TW[1], true, 0, "", "C3")
	nilaiT(t, "dash", r[1].TW[2], false, 0, "", "D3")
	nilaiT(t, "12,5", r[1].TW[3], true, 12.5, "", "E3")
}

// Range targets are read from text.
func TestTargetRentang(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Target",
		Header: []string{"Kode", "Indikator", "Satuan", "Target"},
		Baris:  [][]any{{"IK1", "Indeks", "%", "80 – 90"}, {"IK2", "B", "%", "7,5"}}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	tg := lap.Target[0].Target
	if !tg.Ada || tg.Rentang == nil || tg.Rentang.Min != 80 || tg.Rentang.Max != 90 || tg.Angka != 80 {
		t.Errorf("range: %+v", tg)
	}
	nilaiT(t, "7,5", lap.Target[1].Target, true, 7.5, "", "D3")
}

// A text that is not a number is LK005 at its cell, quoting the text.
func TestBukanAngka(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Realisasi",
		Header: []string{"Kode", "TW I", "TW II"},
		Baris:  [][]any{{"IK1", "7.5", "sebagian"}, {"IK2", true, 3}}})
	lap, ts := readT(t, ls)
	f := harus(t, ts, "LK005", "Realisasi", "B2")
	if !strings.Contains(f.Message, `"7.5"`) || f.Key != "IK1" || f.Severity != kinerja.Error {
		t.Errorf("LK005: %+v", f)
	}
	f = harus(t, ts, "LK005", "Realisasi", "C2")
	if !strings.Contains(f.Message, `"sebagian"`) {
		t.Errorf("LK005 message %q", f.Message)
	}
	// A boolean cell is text, so not a number.
	harus(t, ts, "LK005", "Realisasi", "B3")
	if len(ts) != 3 {
		t.Errorf("want 3 findings, got:\n%s", daftarTemuan(ts))
	}
	nilaiT(t, "7.5 not read", lap.Realisasi[0].TW[0], false, 0, "", "B2")
	if lap.Realisasi[0].TW[0].Teks != "7.5" {
		t.Errorf("Teks keeps the text: %q", lap.Realisasi[0].TW[0].Teks)
	}
}

// Formulas: the cached value; without one, the formula is evaluated.
func TestRumus(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Realisasi",
		Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV", "Capaian"},
		Baris: [][]any{
			// C2 = B2*2 with the cache 48 (deliberately not B2*2, to see
			// the cache is what is read); D2 without a cache: B2+C2 =
			// 24+48 = 72; E2: cached text "7.500.000".
			{"IK1", 24, Rumus{F: "=B2*2", Cache: 48}, Rumus{F: "B2+C2"}, Rumus{F: `"7.500.000"`, Cache: "7.500.000"}, Rumus{F: "B2/100", Cache: Persen(0.24)}},
			// Kode from a formula without a cache: "IK" & 2.
			{Rumus{F: `"IK"&2`}, 3},
		}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	r := lap.Realisasi[0]
	nilaiT(t, "cached", r.TW[1], true, 48, "", "C2")
	nilaiT(t, "evaluated", r.TW[2], true, 72, "", "D2")
	nilaiT(t, "cached text", r.TW[3], true, 7500000, "", "E2")
	nilaiT(t, "cached percent", r.Capaian, true, 24, "%", "F2")
	if lap.Realisasi[1].Kode.Teks != "IK2" {
		t.Errorf("evaluated kode %q", lap.Realisasi[1].Kode.Teks)
	}
}

// Every Excel error value is LK006 at its cell.
func TestGalatExcel(t *testing.T) {
	codes := []string{"#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"}
	rows := [][]any{}
	for i, c := range codes {
		rows = append(rows, []any{fmt.Sprintf("IK%d", i+1), Galat(c)})
	}
	// A formula whose cached value is an error, and one without a cache
	// that evaluates to an error.
	rows = append(rows, []any{"IK8", Rumus{F: "1/0", Cache: Galat("#DIV/0!")}})
	rows = append(rows, []any{"IK9", Rumus{F: "1/0"}})
	// An error in a text column.
	rows = append(rows, []any{Galat("#REF!"), 1})
	ls := ganti(bukuMinimal(), Sheet{Nama: "Realisasi", Header: []string{"Kode", "TW I"}, Baris: rows})
	_, ts := readT(t, ls)
	for i, c := range codes {
		f := harus(t, ts, "LK006", "Realisasi", fmt.Sprintf("B%d", i+2))
		if !strings.Contains(f.Message, c) || f.Key != fmt.Sprintf("IK%d", i+1) {
			t.Errorf("%s: %+v", c, f)
		}
	}
	harus(t, ts, "LK006", "Realisasi", "B9")
	harus(t, ts, "LK006", "Realisasi", "B10")
	harus(t, ts, "LK006", "Realisasi", "A11")
	if len(ts) != len(codes)+3 {
		t.Errorf("want %d findings, got:\n%s", len(codes)+3, daftarTemuan(ts))
	}
}

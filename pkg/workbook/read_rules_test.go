package workbook

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/xlsxwrite"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/xuri/excelize/v2"
)

// Date cells (1900 system) and Indonesian date text.
func TestTanggal(t *testing.T) {
	ls := bukuMinimal(Sheet{Nama: "Libur", Header: []string{"Tanggal", "Keterangan"},
		Baris: [][]any{
			{Tanggal(tgl(2023, 6, 29)), "Iduladha"},
			{"30 Juni 2023", "Cuti bersama"},
			{"03/07/2023", "a"},
			{"2023-07-04", "b"},
			{"Rabu, 5 Juli 2023", "c"},
			{"6 Agt 2023", "d"},
			{"31 Juni 2023", "tidak ada"},
			{45110, "angka tanpa format tanggal"},
		}})
	lap, ts := readT(t, ls)
	want := []struct {
		d    string
		cell string
	}{{"2023-06-29", "A2"}, {"2023-06-30", "A3"}, {"2023-07-03", "A4"}, {"2023-07-04", "A5"}, {"2023-07-05", "A6"}, {"2023-08-06", "A7"}}
	if len(lap.Libur) != len(want) {
		t.Fatalf("libur: %+v", lap.Libur)
	}
	for i, w := range want {
		l := lap.Libur[i]
		if l.Tanggal.Format("2006-01-02") != w.d || l.Ref.Cell != w.cell || l.Ref.Sheet != "Libur" {
			t.Errorf("libur %d: %v at %v, want %s at %s", i, l.Tanggal, l.Ref, w.d, w.cell)
		}
	}
	if lap.Libur[0].Keterangan != "Iduladha" {
		t.Errorf("keterangan %q", lap.Libur[0].Keterangan)
	}
	f := harus(t, ts, "LK008", "Libur", "A8")
	if !strings.Contains(f.Message, "31 Juni 2023") {
		t.Errorf("LK008 message %q", f.Message)
	}
	harus(t, ts, "LK008", "Libur", "A9")
	if len(ts) != 2 {
		t.Errorf("findings:\n%s", daftarTemuan(ts))
	}
}

// A workbook in the 1904 date system: serial 43648 is 3 July 2023 there
// (45110 in the 1900 system, minus the 1462 days between the epochs).
func TestTanggal1904(t *testing.T) {
	for _, tc := range []struct {
		name   string
		d1904  bool
		serial float64
	}{{"1900", false, 45110}, {"1904", true, 43648}} {
		t.Run(tc.name, func(t *testing.T) {
			bk, err := xlsxwrite.New(sheets(bukuMinimal()))
			if err != nil {
				t.Fatal(err)
			}
			f := bk.File
			if tc.d1904 {
				yes := true
				if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
					t.Fatal(err)
				}
			}
			// Identitas row 13 is Tanggal Laporan.
			if err := f.SetCellFloat("Identitas", "B13", tc.serial, -1, 64); err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := bk.Save(&buf); err != nil {
				t.Fatal(err)
			}
			lap, ts := ReadFrom(&buf, "x.xlsx", Options{})
			bersihT(t, ts)
			if got := lap.Identitas.TanggalLaporan; !got.Equal(tgl(2023, 7, 3)) {
				t.Errorf("tanggal laporan %v, want 2023-07-03", got)
			}
		})
	}
}

// NIP as a text cell is kept; as a number cell, NIPAngka is set and the
// 15 digits Excel keeps are recovered.
func TestNIP(t *testing.T) {
	id := identitasMinimal()
	id.Baris[7] = []any{"NIP", int64(197501012006041001)}
	id.Baris[10] = []any{"NIP Atasan", "19680512 199403 1 007"}
	lap, ts := readT(t, ganti(bukuMinimal(), id))
	bersihT(t, ts)
	got := lap.Identitas
	if !got.NIPAngka || got.NIP != "197501012006041000" {
		t.Errorf("NIP number cell: %q angka=%v, want 197501012006041000 angka=true", got.NIP, got.NIPAngka)
	}
	if got.NIPAtasanAngka || got.NIPAtasan != "19680512 199403 1 007" {
		t.Errorf("NIP atasan: %q angka=%v", got.NIPAtasan, got.NIPAtasanAngka)
	}
}

// Identitas labels: aliases, case, a trailing ":", and a ":" column
// between label and value.
func TestIdentitasAlias(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Identitas", Judul: []string{"IDENTITAS LAPORAN"}, Baris: [][]any{
		{"TAHUN:", "2023"},
		{"TW", 2},
		{"Kabupaten", "Kabupaten Lumajang"},
		{"OPD", "Kecamatan Senduro"},
		{"jabatan", "Kepala Seksi Pemerintahan"},
		{"Nama", ":", "Budi"},
		{"NIP", TeksAngka("197501012006041001")},
		{"Jabatan Atasan", "Camat Senduro"},
		{"Nama Atasan", "Agus"},
		{"NIP Atasan", TeksAngka("196805121994031007")},
		{"Tempat", "Senduro"},
		{"Batas Pelaporan (Hari Kerja)", 7},
		{"Eselon", "IV"},
		{"Warna Favorit", "biru"},
	}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	id := lap.Identitas
	if id.Tahun != 2023 || id.Triwulan != 2 || id.Pemda != "Kabupaten Lumajang" || id.Unit != "Kecamatan Senduro" ||
		id.Nama != "Budi" || id.HariKerja != 7 || id.Eselon != "IV" {
		t.Errorf("identitas: %+v", id)
	}
	if r := id.Ref(kinerja.FieldNama); r.Cell != "C7" {
		t.Errorf("nama ref %v, want C7", r)
	}
	if r := id.Ref(kinerja.FieldTahun); r.Cell != "B2" {
		t.Errorf("tahun ref %v, want B2", r)
	}
}

// Required Identitas fields missing or empty: LK004; invalid values: LK008.
func TestIdentitasSalah(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Identitas", Baris: [][]any{
		{"Tahun Anggaran", 1999},
		{"Triwulan", "V"},
		{"Pemerintah Daerah", "Kabupaten Lumajang"},
		{"Unit Kerja", nil},
		{"Jabatan", "Kasi"},
		{"Nama Pejabat", "Budi"},
		{"NIP", "1"},
		{"Jabatan Atasan", "Camat"},
		{"Nama Atasan", "Agus"},
		{"NIP Atasan", "2"},
		{"Tanggal Laporan", "kemarin"},
		{"Batas Pelaporan", "lima"},
	}})
	lap, ts := readT(t, ls)
	harus(t, ts, "LK008", "Identitas", "B1")
	harus(t, ts, "LK008", "Identitas", "B2")
	harus(t, ts, "LK008", "Identitas", "B11")
	harus(t, ts, "LK008", "Identitas", "B12")
	f := harus(t, ts, "LK004", "Identitas", "B4")
	if !strings.Contains(f.Message, "Unit Kerja") {
		t.Errorf("LK004 message %q", f.Message)
	}
	// Tempat has no row: named at the first free row, column A.
	f = harus(t, ts, "LK004", "Identitas", "A13")
	if !strings.Contains(f.Message, "Tempat") {
		t.Errorf("LK004 message %q", f.Message)
	}
	if len(ts) != 6 {
		t.Errorf("findings:\n%s", daftarTemuan(ts))
	}
	if lap.Identitas.Tahun != 0 || lap.Identitas.Triwulan != 0 {
		t.Errorf("invalid values kept: %+v", lap.Identitas)
	}
}

// Polaritas and Sifat: typed text kept, invalid ones LK008 with the
// default kept.
func TestPolaritasSifat(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Target",
		Header: []string{"Kode", "Indikator", "Satuan", "Target", "Polaritas", "Sifat"},
		Baris: [][]any{
			{"IK1", "A", "%", 100, "Negatif", "Kumulatif"},
			{"IK2", "B", "Kasus", 5, "Turun", "Rata-rata"},
			{"IK3", "C", "%", 100, "naik turun", "bulanan"},
		}})
	lap, ts := readT(t, ls)
	tg := lap.Target
	if tg[0].Polaritas != kinerja.Negatif || tg[0].Sifat != kinerja.Kumulatif || tg[1].Polaritas != kinerja.Negatif || tg[1].Sifat != kinerja.RataRata {
		t.Errorf("parsed: %+v %+v", tg[0], tg[1])
	}
	if tg[2].Polaritas != kinerja.Positif || tg[2].Sifat != kinerja.NonKumulatif || tg[2].PolaritasSel.Teks != "naik turun" || tg[2].SifatSel.Ref.Cell != "F4" {
		t.Errorf("defaults: %+v", tg[2])
	}
	f := harus(t, ts, "LK008", "Target", "E4")
	if f.Key != "IK3" || !strings.Contains(f.Message, "naik turun") {
		t.Errorf("%+v", f)
	}
	harus(t, ts, "LK008", "Target", "F4")
	if len(ts) != 2 {
		t.Errorf("findings:\n%s", daftarTemuan(ts))
	}
}

// Empty rows are skipped; a row with values but no key is LK025; a row of
// formulas only (a template's prepared rows) is skipped quietly.
func TestBarisKosongDanTanpaKunci(t *testing.T) {
	ls := bukuMinimal()
	ls = ganti(ls, Sheet{Nama: "Target",
		Header: []string{"No", "Kode", "Indikator", "Satuan", "Target"},
		Baris: [][]any{
			{1, "IK1", "A", "%", 100},
			{},
			{2, nil, nil, nil, nil}, // only the row number: empty
			{3, "IK2", "B", "Desa", 12},
			{4, nil, "Indikator tanpa kode", "%", 100},
		}})
	ls = ganti(ls, Sheet{Nama: "Anggaran",
		Header: []string{"Kode", "Kegiatan", "Pagu", "Realisasi", "Capaian"},
		Baris: [][]any{
			{"1", "K1", 100, 50, Rumus{F: "D2/C2", Cache: Persen(0.5)}},
			{nil, nil, nil, nil, Rumus{F: `IFERROR(D3/C3,"")`, Cache: ""}},
			{"2", nil, 100, 50},
			{nil, nil, nil, nil, nil},
			{"JUMLAH", nil, 200, 100},
		}})
	lap, ts := readT(t, ls)
	if len(lap.Target) != 2 || lap.Target[1].Kode.Teks != "IK2" || lap.Target[1].Kode.Ref.Cell != "B5" {
		t.Errorf("target: %+v", lap.Target)
	}
	f := harus(t, ts, "LK025", "Target", "B6")
	if !strings.Contains(f.Message, "Kode") {
		t.Errorf("LK025 message %q", f.Message)
	}
	harus(t, ts, "LK025", "Anggaran", "B4")
	if len(ts) != 2 {
		t.Errorf("findings:\n%s", daftarTemuan(ts))
	}
	if len(lap.Anggaran) != 1 {
		t.Errorf("anggaran: %+v", lap.Anggaran)
	}
}

// Missing sheets: LK002 (a warning for Anggaran, AdaAnggaran false).
func TestLembarHilang(t *testing.T) {
	ls := tanpa(tanpa(bukuMinimal(), "Target"), "Anggaran")
	lap, ts := readT(t, ls)
	f := harus(t, ts, "LK002", "Target", "")
	if f.Severity != kinerja.Error {
		t.Errorf("%+v", f)
	}
	f = harus(t, ts, "LK002", "Anggaran", "")
	if f.Severity != kinerja.Warning {
		t.Errorf("%+v", f)
	}
	if lap.AdaAnggaran || len(ts) != 2 {
		t.Errorf("AdaAnggaran=%v findings:\n%s", lap.AdaAnggaran, daftarTemuan(ts))
	}
	_, ts = readT(t, tanpa(tanpa(bukuMinimal(), "Identitas"), "Realisasi"))
	harus(t, ts, "LK002", "Identitas", "")
	harus(t, ts, "LK002", "Realisasi", "")
}

// Missing columns: LK003 at the header row, listing accepted names.
func TestKolomHilang(t *testing.T) {
	ls := bukuMinimal()
	ls = ganti(ls, Sheet{Nama: "Target", Judul: []string{"Tabel 2.1"},
		Header: []string{"Kode", "Indikator", "Target"},
		Baris:  [][]any{{"IK1", "A", 100}}})
	ls = ganti(ls, Sheet{Nama: "Realisasi", Header: []string{"Kode", "Realisasi Kinerja"}, Baris: [][]any{{"IK1", 3}}})
	ls = ganti(ls, Sheet{Nama: "Anggaran", Header: []string{"Kegiatan", "Pagu", "Realisasi Kinerja"}, Baris: [][]any{{"K", 1, 1}}})
	lap, ts := readT(t, ls)
	f := harus(t, ts, "LK003", "Target", "A2")
	if !strings.Contains(f.Message, `"Satuan"`) {
		t.Errorf("message %q", f.Message)
	}
	f = harus(t, ts, "LK003", "Realisasi", "A1")
	if !strings.Contains(f.Message, `"TW I"`) || !strings.Contains(f.Message, "Q1") {
		t.Errorf("message %q", f.Message)
	}
	f = harus(t, ts, "LK003", "Anggaran", "A1")
	if !strings.Contains(f.Message, `"Realisasi"`) || !strings.Contains(f.Message, `"Realisasi TW I"`) {
		t.Errorf("message %q", f.Message)
	}
	if len(ts) != 3 {
		t.Errorf("findings:\n%s", daftarTemuan(ts))
	}
	// The rows are still read with the columns there are.
	if len(lap.Target) != 1 || lap.Target[0].Indikator.Teks != "A" {
		t.Errorf("target: %+v", lap.Target)
	}
	// No header at all in the first 10 rows.
	ls = ganti(bukuMinimal(), Sheet{Nama: "Target", Baris: [][]any{{"apa ini"}}})
	_, ts = readT(t, ls)
	// One LK003 per required column (Kode, Indikator, Satuan, Target), at A1.
	got := cari(ts, "LK003")
	if len(got) != 4 || len(ts) != 4 {
		t.Fatalf("findings:\n%s", daftarTemuan(ts))
	}
	for _, f := range got {
		if f.Sheet != "Target" || f.Cell != "A1" {
			t.Errorf("LK003 at %s", f.Ref())
		}
	}
	if !strings.Contains(got[0].Message, `"Kode"`) || !strings.Contains(got[0].Message, `"No"`) {
		t.Errorf("message %q", got[0].Message)
	}
}

// A header in two rows whose upper cells are merged down (Kode over
// A1:A2, "Realisasi" over B1:E1 above TW I … TW IV).
func TestJudulDuaBaris(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Realisasi",
		Baris: [][]any{
			{"Kode", "Realisasi", nil, nil, nil},
			{nil, "TW I", "TW II", "TW III", "TW IV"},
			{"IK1", 1, 2},
		},
		Gabung: []string{"A1:A2", "B1:E1"}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	if len(lap.Realisasi) != 1 || lap.Realisasi[0].Kode.Teks != "IK1" {
		t.Fatalf("realisasi: %+v", lap.Realisasi)
	}
	nilaiT(t, "TW II", lap.Realisasi[0].TW[1], true, 2, "", "C3")
}

// Group headers over sub-headers, as in the reference report's Tabel 2.3
// ("Anggaran: Pagu | Realisasi", "Kinerja: T | R") and a common Target
// layout ("Target: Tahunan | TW I … TW IV"): each column is named by its
// group and its own header together, and the data starts below both rows.
func TestJudulGrup(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Target",
		Baris: [][]any{
			{"Tabel 2.1 Perjanjian Kinerja", nil, nil, nil, nil, nil, nil, nil},
			{"Kode", "Indikator", "Satuan", "Target", nil, nil, nil, nil},
			{nil, nil, nil, "Tahunan", "TW I", "TW II", "TW III", "TW IV"},
			{"IK1", "Persentase fasilitasi yang ditindaklanjuti", "%", 100, 25, 50, 75, 100},
			{"IK2", "Jumlah desa tertib", "Desa", 12, 3, 6, 9, 12},
		},
		Gabung: []string{"A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:H2"}})
	ls = ganti(ls, Sheet{Nama: "Anggaran",
		Baris: [][]any{
			{"Kegiatan", "Indikator", "Anggaran", nil, "Kinerja", nil},
			{nil, nil, "Pagu", "Realisasi", "T", "R"},
			{"Penyelenggaraan Urusan Pemerintahan Umum", "IK1", 7500000, 1800000, 100, 24},
		},
		Gabung: []string{"A1:A2", "B1:B2", "C1:D1", "E1:F1"}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	if len(lap.Target) != 2 || lap.Target[0].Kode.Teks != "IK1" {
		t.Fatalf("target rows: %+v", lap.Target)
	}
	nilaiT(t, "Target", lap.Target[1].Target, true, 12, "", "D5")
	nilaiT(t, "Target TW II", lap.Target[1].TargetTW[1], true, 6, "", "F5")
	if len(lap.Anggaran) != 1 {
		t.Fatalf("anggaran rows: %+v", lap.Anggaran)
	}
	k := lap.Anggaran[0]
	nilaiT(t, "Pagu", k.Pagu, true, 7500000, "", "C3")
	nilaiT(t, "Realisasi", k.Realisasi, true, 1800000, "", "D3")
	nilaiT(t, "Target Kinerja", k.TargetKinerja, true, 100, "", "E3")
	nilaiT(t, "Realisasi Kinerja", k.RealisasiKinerja, true, 24, "", "F3")
}

// Sheets named after the report's parts are read as their canonical
// sheet; a sheet with the canonical name wins over an alias.
func TestAliasLembar(t *testing.T) {
	ls := bukuMinimal()
	for i := range ls {
		switch ls[i].Nama {
		case "Target":
			ls[i].Nama = "Perjanjian Kinerja"
		case "Anggaran":
			ls[i].Nama = "Cost per Outcome"
		}
	}
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	if len(lap.Target) == 0 || !lap.AdaAnggaran || len(lap.Anggaran) == 0 {
		t.Fatalf("aliased sheets not read: %d indicators, anggaran %v", len(lap.Target), lap.AdaAnggaran)
	}
	if got := lap.Target[0].Kode.Ref.Sheet; got != kinerja.SheetTarget {
		t.Errorf("findings must name the canonical sheet, got %q", got)
	}
	// Both names present: the canonical one is read, the alias ignored.
	alias := targetMinimal()
	alias.Nama = "PK"
	alias.Baris = alias.Baris[:1]
	lap, _ = readT(t, append(bukuMinimal(), alias))
	if len(lap.Target) != len(targetMinimal().Baris) {
		t.Errorf("the alias sheet was read instead of Target: %d rows", len(lap.Target))
	}
}

// A row of column numbers under the header ("(1) (2) (3) …" or "1 2 3 …",
// as the reference report's tables have) is not data; a real first row
// that happens to hold numbers is.
func TestBarisNomorKolom(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Target",
		Header: []string{"Kode", "Indikator", "Satuan", "Target", "Polaritas", "Sifat"},
		Baris: [][]any{
			{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)"},
			{"IK1", "Persentase fasilitasi yang ditindaklanjuti", "%", 100, nil, nil},
			{"IK2", "Jumlah desa tertib", "Desa", 12, nil, nil},
		}})
	ls = ganti(ls, Sheet{Nama: "Realisasi",
		Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV"},
		Baris: [][]any{
			{1, 2, 3, 4, 5},
			{"IK1", 40, 55},
			{"IK2", 3, 3},
		}})
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	if len(lap.Target) != 2 || lap.Target[0].Kode.Teks != "IK1" || len(lap.Realisasi) != 2 {
		t.Fatalf("numbering rows read as data: %d indicators, %d realisasi", len(lap.Target), len(lap.Realisasi))
	}
	// Not numbering rows: a Kode that is not a number; Kode 1 with
	// realisations 2, 3, 4 (fewer numbers than the header has columns).
	for _, first := range [][]any{{"IK1", 1, 2, 3}, {1, 2, 3, 4}} {
		ls = ganti(bukuMinimal(), Sheet{Nama: "Realisasi",
			Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV"},
			Baris:  [][]any{first, {"IK2", 3, 3}}})
		lap, _ = readT(t, ls)
		if len(lap.Realisasi) != 2 {
			t.Errorf("the data row %v was skipped: %d realisasi rows", first, len(lap.Realisasi))
		}
	}
}

// A date typed where a number belongs (Excel turns "1/2" into a date).
func TestTanggalDiKolomAngka(t *testing.T) {
	ls := ganti(bukuMinimal(), Sheet{Nama: "Realisasi", Header: []string{"Kode", "TW I"},
		Baris: [][]any{{"IK1", Tanggal(tgl(2023, 2, 1))}}})
	_, ts := readT(t, ls)
	f := harus(t, ts, "LK005", "Realisasi", "B2")
	if !strings.Contains(f.Message, "1 Februari 2023") {
		t.Errorf("message %q", f.Message)
	}
}

// Tanggapan: the marks that choose an option; a Tanggapan sheet makes the
// list non-nil even when empty.
func TestTanggapan(t *testing.T) {
	rows := [][]any{}
	for _, m := range []any{"x", "X", "✓", "✔", "v", "V", "ya", 1, true, "√"} {
		rows = append(rows, []any{"dipilih", m})
	}
	for _, m := range []any{nil, "-", "tidak", 0, false} {
		rows = append(rows, []any{"tidak dipilih", m})
	}
	lap, ts := readT(t, bukuMinimal(Sheet{Nama: "Tanggapan", Header: []string{"Tanggapan", "Pilih"}, Baris: rows}))
	bersihT(t, ts)
	if len(lap.Tanggapan) != 15 {
		t.Fatalf("tanggapan: %+v", lap.Tanggapan)
	}
	for i, tg := range lap.Tanggapan {
		if tg.Pilih != (tg.Teks.Teks == "dipilih") {
			t.Errorf("row %d (%v): Pilih=%v", i+2, rows[i][1], tg.Pilih)
		}
	}
	lap, _ = readT(t, bukuMinimal(Sheet{Nama: "Tanggapan", Header: []string{"Tanggapan", "Pilih"}}))
	if lap.Tanggapan == nil || len(lap.Tanggapan) != 0 {
		t.Errorf("empty Tanggapan sheet: %#v", lap.Tanggapan)
	}
}

// The other optional sheets.
func TestLembarLain(t *testing.T) {
	ls := bukuMinimal(
		Sheet{Nama: "Tugas", Header: []string{"No", "Uraian Tugas"}, Baris: [][]any{{1, "Menyusun rencana"}, {2, "Melaksanakan pembinaan"}}},
		Sheet{Nama: "Strategi", Header: []string{"Kode", "Strategi", "Pada Bulan"}, Baris: [][]any{{"IK1", "Koordinasi", "Januari s.d. Juni 2023"}}},
		Sheet{Nama: "Analisis", Header: []string{"Kode", "Uraian"}, Baris: [][]any{{"IK1", "Capaian masih rendah."}}},
		Sheet{Nama: "Narasi", Header: []string{"Bagian", "Teks"}, Baris: [][]any{{"Penutup", "Demikian laporan ini."}}},
	)
	lap, ts := readT(t, ls)
	bersihT(t, ts)
	if len(lap.Tugas) != 2 || lap.Tugas[1].Teks != "Melaksanakan pembinaan" || lap.Tugas[1].Ref.Cell != "B3" {
		t.Errorf("tugas: %+v", lap.Tugas)
	}
	if len(lap.Strategi) != 1 || lap.Strategi[0].Periode.Teks != "Januari s.d. Juni 2023" || lap.Strategi[0].Strategi.Ref.Cell != "B2" {
		t.Errorf("strategi: %+v", lap.Strategi)
	}
	if len(lap.Analisis) != 1 || lap.Analisis[0].Uraian.Teks != "Capaian masih rendah." {
		t.Errorf("analisis: %+v", lap.Analisis)
	}
	if len(lap.Narasi) != 1 || lap.Narasi[0].Bagian.Teks != "Penutup" || lap.Narasi[0].Teks.Ref != (kinerja.Ref{Sheet: "Narasi", Cell: "B2"}) {
		t.Errorf("narasi: %+v", lap.Narasi)
	}
}

func pngKecil(t testing.TB) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	for i := 0; i < 4; i++ {
		img.Set(i, i, color.RGBA{200, 0, 0, 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The logo is the first picture on Identitas.
func TestLogo(t *testing.T) {
	logo := pngKecil(t)
	id := identitasMinimal()
	id.Gambar = &Gambar{Sel: "D2", Data: logo, Ext: ".png"}
	lap, ts := readT(t, ganti(bukuMinimal(), id))
	bersihT(t, ts)
	if lap.Logo == nil || !bytes.Equal(lap.Logo.Data, logo) || lap.Logo.Ext != ".png" {
		t.Fatalf("logo: %+v", lap.Logo)
	}
	lap, _ = readT(t, bukuMinimal())
	if lap.Logo != nil {
		t.Errorf("no picture: logo %+v", lap.Logo)
	}
}

// Workbooks are read in parallel by `generate -j`: reading shares no state.
func TestBacaSerentak(t *testing.T) {
	data := writeT(t, ganti(bukuMinimal(), Sheet{Nama: "Realisasi", Header: []string{"Kode", "TW I", "TW II"},
		Baris: [][]any{{"IK1", Rumus{F: "1+1"}, "7.5"}}}))
	done := make(chan kinerja.DaftarTemuan)
	for i := 0; i < 4; i++ {
		go func() {
			_, ts := ReadFrom(bytes.NewReader(data), "x.xlsx", Options{})
			done <- ts
		}()
	}
	for i := 0; i < 4; i++ {
		ts := <-done
		harus(t, ts, "LK005", "Realisasi", "C2")
	}
}

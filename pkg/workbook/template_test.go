package workbook_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// bagianUji stands for report.DaftarBagian (internal/cli passes the real list;
// internal/cli's tests check it reaches the Narasi sheet).
var bagianUji = []string{"Pendahuluan", "Capaian Kinerja", "Penutup"}

func templatT(t testing.TB, isi []workbook.Sheet) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := workbook.Template(&buf, workbook.TemplateOptions{Isi: isi, BagianNarasi: bagianUji}); err != nil {
		t.Fatalf("Template: %v", err)
	}
	return buf.Bytes()
}

func readBytesT(t testing.TB, data []byte, name string) (*kinerja.Laporan, kinerja.DaftarTemuan) {
	t.Helper()
	lap, ts := workbook.ReadFrom(bytes.NewReader(data), name, workbook.Options{})
	if lap == nil {
		t.Fatalf("%s not read: %v", name, ts)
	}
	return lap, ts
}

func writeSheetsT(t testing.TB, ls []workbook.Sheet) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := workbook.Write(&buf, ls); err != nil {
		t.Fatalf("Tulis: %v", err)
	}
	return buf.Bytes()
}

func daftarT(ts kinerja.DaftarTemuan) string {
	var b strings.Builder
	for _, x := range ts {
		fmt.Fprintf(&b, "  %s %s %s [%s] %s\n", x.Rule, x.Severity, x.Ref(), x.Key, x.Message)
	}
	return b.String()
}

// readingRulesOnly keeps the findings of the reading rules (pkg/workbook's).
func readingRulesOnly(ts kinerja.DaftarTemuan) kinerja.DaftarTemuan {
	var out kinerja.DaftarTemuan
	for _, x := range ts {
		switch x.Rule {
		case "LK001", "LK002", "LK003", "LK004", "LK005", "LK006", "LK008", "LK025":
			out = append(out, x)
		}
	}
	return out
}

// tanpaSel lists findings without their cells (the template places the
// same data in other columns): rule, severity, sheet, key.
func tanpaSel(ts kinerja.DaftarTemuan) []string {
	var out []string
	for _, x := range ts {
		out = append(out, fmt.Sprintf("%s %s %s [%s]", x.Rule, x.Severity, x.Sheet, x.Key))
	}
	sort.Strings(out)
	return out
}

var tipeRef = reflect.TypeOf(kinerja.Ref{})

// hapusRef zeroes every kinerja.Ref in v (a pointer), and maps of Refs:
// what is left is the data, wherever it was in the workbook.
func hapusRef(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			hapusRef(v.Elem())
		}
	case reflect.Struct:
		if v.Type() == tipeRef {
			v.Set(reflect.Zero(tipeRef))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				hapusRef(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			hapusRef(v.Index(i))
		}
	case reflect.Map:
		// Cell references, and the workbook's own sheet names
		// (Laporan.NamaLembar: the template has every sheet).
		if v.Type().Elem() == tipeRef || v.Type() == reflect.TypeOf(map[string]string(nil)) {
			v.Set(reflect.Zero(v.Type()))
		}
	}
}

// The blank template reads with exactly the findings of an empty
// workbook: LK004 at the B cell of each required Identitas field and LK002
// for the Target sheet without indicators, nothing else; every label is
// recognised, and every value cell is in column B
// (the hint column C is never read).
func TestTemplatKosong(t *testing.T) {
	lap, ts := readBytesT(t, templatT(t, nil), "kosong.xlsx")
	var got []string
	for _, x := range ts {
		got = append(got, x.Rule+" "+x.Severity.String()+" "+x.Ref().String())
	}
	var want []string
	for _, c := range []string{"B4", "B5", "B6", "B7", "B8", "B11", "B12", "B13", "B14", "B15", "B16"} {
		want = append(want, "LK004 error Identitas!"+c)
	}
	want = append(want, "LK002 error Target")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings of the blank template:\n%s\nwant exactly: %v", daftarT(ts), want)
	}
	if n := len(lap.Identitas.Refs); n != 25 {
		t.Errorf("%d Identitas labels recognised, want all 25 (17 of format 1 and Pangkat/Golongan, Pangkat/Golongan Atasan, Instansi Induk, Metode Efisiensi, Kertas, Periode Renstra, Batas Laporan Tahunan, Margin): %v", n, lap.Identitas.Refs)
	}
	for field, r := range lap.Identitas.Refs {
		if !strings.HasPrefix(r.Cell, "B") {
			t.Errorf("Identitas %s read from %s, want column B", field, r)
		}
	}
	if len(lap.Target)+len(lap.Realisasi)+len(lap.Anggaran)+len(lap.Strategi)+len(lap.Analisis)+
		len(lap.Tugas)+len(lap.TindakLanjut)+len(lap.Narasi)+len(lap.Libur) != 0 {
		t.Errorf("the prepared (styled, empty) rows were read as data: %+v", lap)
	}
	if !lap.AdaAnggaran {
		t.Error("the Anggaran sheet was not found")
	}
	// Tanggapan: the default list, nothing chosen.
	var tg []string
	for _, x := range lap.Tanggapan {
		if x.Pilih {
			t.Errorf("tanggapan %q chosen", x.Teks.Teks)
		}
		tg = append(tg, x.Teks.Teks)
	}
	if !reflect.DeepEqual(tg, kinerja.DefaultTanggapan) {
		t.Errorf("Tanggapan %q, want the default list", tg)
	}
}

// tanpaRow is a copy of h without the input rows attached to it (they
// differ in cell places, which the model comparison below checks apart).
func tanpaRow(h *kinerja.Hasil) *kinerja.Hasil {
	c := *h
	c.Indikator = append([]kinerja.HasilIndikator(nil), h.Indikator...)
	c.Kegiatan = append([]kinerja.HasilKegiatan(nil), h.Kegiatan...)
	for i := range c.Indikator {
		c.Indikator[i].Row, c.Indikator[i].RealisasiRow = nil, nil
	}
	for i := range c.Kegiatan {
		c.Kegiatan[i].Row = nil
	}
	return &c
}

// The template filled with example data holds the same data as the plain
// workbook of that data (internal/contoh written by Write): the same model but
// for cell places, the same figures, the same findings but for cells.
func TestTemplatContohSamaDenganTulis(t *testing.T) {
	for name, isi := range map[string]func() []workbook.Sheet{"Referensi": contoh.Referensi, "Bersih": contoh.Bersih,
		"Bertingkat": contoh.Bertingkat,
		// More rows than the template prepares (50 indicators, 60 kegiatan).
		"Sintetis": func() []workbook.Sheet { return contoh.Sintetis(contoh.Ukuran{Indikator: 70, Kegiatan: 90}, 7) },
	} {
		t.Run(name, func(t *testing.T) {
			tpl, tsTpl := readBytesT(t, templatT(t, isi()), name+"-templat.xlsx")
			biasa, tsBiasa := readBytesT(t, writeSheetsT(t, isi()), name+".xlsx")
			if b := readingRulesOnly(tsTpl); len(b) > 0 {
				t.Errorf("reading findings in the template:\n%s", daftarT(b))
			}
			if a, b := tanpaSel(tsTpl), tanpaSel(tsBiasa); !reflect.DeepEqual(a, b) {
				t.Errorf("reading findings differ:\ntemplate %v\nTulis    %v", a, b)
			}
			q := biasa.Identitas.Triwulan
			for _, m := range []kinerja.Metode{kinerja.PMK, kinerja.Rasio} {
				ha, hb := kinerja.Hitung(tpl, q, m), kinerja.Hitung(biasa, q, m)
				if !reflect.DeepEqual(tanpaRow(ha), tanpaRow(hb)) {
					t.Errorf("%v figures differ:\ntemplate %+v\nTulis    %+v", m, ha, hb)
				}
				opsi := kinerja.PeriksaOpsi{Triwulan: q, Metode: m}
				pa, pb := kinerja.Periksa(tpl, ha, opsi), kinerja.Periksa(biasa, hb, opsi)
				if a, b := tanpaSel(pa), tanpaSel(pb); !reflect.DeepEqual(a, b) {
					t.Errorf("%v domain findings differ:\ntemplate %v\nTulis    %v", m, a, b)
				}
			}
			hapusRef(reflect.ValueOf(tpl))
			hapusRef(reflect.ValueOf(biasa))
			if biasa.Tanggapan == nil {
				// Data without a Tanggapan sheet: the template keeps its
				// default list, which is what the report shows anyway.
				var tg []string
				for _, x := range tpl.Tanggapan {
					tg = append(tg, x.Teks.Teks)
				}
				if !reflect.DeepEqual(tg, kinerja.DefaultTanggapan) {
					t.Errorf("Tanggapan %q, want the default list", tg)
				}
				tpl.Tanggapan = nil
			}
			if !reflect.DeepEqual(tpl, biasa) {
				t.Errorf("the template holds other data than the workbook:\ntemplate %+v\nTulis    %+v", tpl, biasa)
			}
		})
	}
}

// Referensi's intentional mistakes are domain findings, and its data
// reaches the report: 7 indicators, 6 kegiatan, narrative, strategies.
func TestTemplatReferensiTerbaca(t *testing.T) {
	lap, ts := readBytesT(t, templatT(t, contoh.Referensi()), "referensi.xlsx")
	if len(lap.Target) != 7 || len(lap.Realisasi) != 7 || len(lap.Anggaran) != 6 || len(lap.Strategi) != 11 ||
		len(lap.Analisis) != 4 || len(lap.Tugas) != 24 || len(lap.TindakLanjut) != 12 || len(lap.Narasi) != 2 {
		t.Fatalf("rows read: target %d realisasi %d anggaran %d strategi %d analisis %d tugas %d tindak lanjut %d narasi %d",
			len(lap.Target), len(lap.Realisasi), len(lap.Anggaran), len(lap.Strategi), len(lap.Analisis),
			len(lap.Tugas), len(lap.TindakLanjut), len(lap.Narasi))
	}
	if strings.ReplaceAll(lap.Identitas.NIP, " ", "") != "196512301987031012" || lap.Identitas.NIPAngka {
		t.Errorf("NIP %q (number cell: %v)", lap.Identitas.NIP, lap.Identitas.NIPAngka)
	}
	q := lap.Identitas.Triwulan
	h := kinerja.Hitung(lap, q, kinerja.PMK)
	ps := kinerja.Periksa(lap, h, kinerja.PeriksaOpsi{Triwulan: q, Metode: kinerja.PMK})
	rules := map[string]int{}
	for _, x := range append(ts, ps...) {
		rules[x.Rule]++
	}
	for _, r := range []string{"LK009", "LK015", "LK020", "LK023", "LK024"} {
		if rules[r] == 0 {
			t.Errorf("the reference data's %s mistake was not found; findings: %v", r, rules)
		}
	}
}

func TestTemplatDeterministik(t *testing.T) {
	a, b := templatT(t, contoh.Referensi()), templatT(t, contoh.Referensi())
	if !bytes.Equal(a, b) {
		t.Error("the same options gave different bytes")
	}
	if bytes.Equal(a, templatT(t, nil)) {
		t.Error("the example and the blank template are the same")
	}
}

func openT(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// columnOf returns the column letter of a header on the template's
// header row.
func columnOf(t testing.TB, f *excelize.File, sheet, header string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) >= workbook.TemplateBarisHeader {
		for i, h := range rows[workbook.TemplateBarisHeader-1] {
			if h == header {
				c, _ := excelize.ColumnNumberToName(i + 1)
				return c
			}
		}
	}
	t.Fatalf("%s has no header %q", sheet, header)
	return ""
}

func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

// validasiDi returns the validation covering cell of sheet.
func validasiDi(t testing.TB, f *excelize.File, sheet, cell string) *excelize.DataValidation {
	t.Helper()
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		t.Fatal(err)
	}
	col, row, err := excelize.CellNameToCoordinates(cell)
	if err != nil {
		t.Fatal(err)
	}
	for _, dv := range dvs {
		for _, part := range strings.Fields(dv.Sqref) {
			a, b, _ := strings.Cut(part, ":")
			if b == "" {
				b = a
			}
			c1, r1, err1 := excelize.CellNameToCoordinates(a)
			c2, r2, err2 := excelize.CellNameToCoordinates(b)
			if err1 == nil && err2 == nil && c1 <= col && col <= c2 && r1 <= row && row <= r2 {
				return dv
			}
		}
	}
	return nil
}

// daftarValidasi checks that cell has a drop-down list whose source
// contains want (a literal list or a range reference, as written by
// lapkin or re-saved by LibreOffice).
func daftarValidasi(t testing.TB, f *excelize.File, sheet, cell string, want ...string) {
	t.Helper()
	dv := validasiDi(t, f, sheet, cell)
	if dv == nil {
		t.Errorf("%s!%s has no validation", sheet, cell)
		return
	}
	if dv.Type != "list" {
		t.Errorf("%s!%s: validation type %q, want list", sheet, cell, dv.Type)
	}
	src := strings.ReplaceAll(dv.Formula1, "$", "")
	for _, w := range want {
		if !strings.Contains(src, strings.ReplaceAll(w, "$", "")) {
			t.Errorf("%s!%s: list source %q lacks %q", sheet, cell, dv.Formula1, w)
		}
	}
}

// templatPeriksaValidasi checks the drop-down lists a user relies on.
func templatPeriksaValidasi(t *testing.T, f *excelize.File) {
	t.Helper()
	daftarValidasi(t, f, "Identitas", "B5", "I,II,III,IV")
	daftarValidasi(t, f, "Target", columnOf(t, f, "Target", "Polaritas")+"4", "Positif,Negatif")
	daftarValidasi(t, f, "Target", columnOf(t, f, "Target", "Sifat")+"10", "Kumulatif,Non Kumulatif,Rata-rata")
	daftarValidasi(t, f, "Target", columnOf(t, f, "Target", "Satuan")+"4", "%", "Desa")
	kode := "Target!$A$4:$A$"
	daftarValidasi(t, f, "Realisasi", columnOf(t, f, "Realisasi", "Kode")+"4", kode)
	daftarValidasi(t, f, "Anggaran", columnOf(t, f, "Anggaran", "Indikator")+"20", kode)
	daftarValidasi(t, f, "Strategi", columnOf(t, f, "Strategi", "Kode")+"4", kode)
	daftarValidasi(t, f, "Analisis", columnOf(t, f, "Analisis", "Kode")+"4", kode)
	daftarValidasi(t, f, "Tanggapan", columnOf(t, f, "Tanggapan", "Pilih")+"4", "x")
	daftarValidasi(t, f, "Narasi", columnOf(t, f, "Narasi", "Bagian")+"4", "Pendahuluan,Capaian Kinerja,Penutup")
}

// The blank template's aids for filling by hand: lists, checks with
// Indonesian messages within Excel's limits, number formats, colours,
// frozen headers.
func TestTemplatBantuanIsian(t *testing.T) {
	f := openT(t, templatT(t, nil))
	if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{"Petunjuk", "Identitas", "Tugas", "Target", "Realisasi",
		"Anggaran", "Strategi", "Analisis", "Tindak Lanjut", "Tanggapan", "Narasi", "Libur"}) {
		t.Errorf("sheets %v", got)
	}
	templatPeriksaValidasi(t, f)

	// Every validation: texts within Excel's limits; a stop alert has a
	// message; every table input column has an input message.
	for _, sh := range f.GetSheetList() {
		dvs, err := f.GetDataValidations(sh)
		if err != nil {
			t.Fatal(err)
		}
		for _, dv := range dvs {
			str := func(p *string) string {
				if p == nil {
					return ""
				}
				return *p
			}
			if utf16Len(str(dv.PromptTitle)) > 32 || utf16Len(str(dv.Prompt)) > 255 ||
				utf16Len(str(dv.ErrorTitle)) > 32 || utf16Len(str(dv.Error)) > 225 {
				t.Errorf("%s %s: a text over Excel's limits: %q %q %q %q", sh, dv.Sqref, str(dv.PromptTitle), str(dv.Prompt), str(dv.ErrorTitle), str(dv.Error))
			}
			if dv.ShowErrorMessage && str(dv.Error) == "" {
				t.Errorf("%s %s: an error alert without a message", sh, dv.Sqref)
			}
			if !dv.ShowInputMessage || str(dv.Prompt) == "" {
				t.Errorf("%s %s: no input message", sh, dv.Sqref)
			}
		}
	}
	// A duplicate Kode in Target is refused.
	if dv := validasiDi(t, f, "Target", "A7"); dv == nil || dv.Type != "custom" || !strings.Contains(dv.Formula1, "COUNTIF") {
		t.Errorf("Target!A7: no duplicate check: %+v", dv)
	}
	// Date, year, NIP checks on Identitas.
	// B6 (a text field) refuses a lone ":", with which the reader would
	// take the hint in column C as the value.
	for cell, typ := range map[string]string{"B4": "whole", "B6": "custom", "B12": "textLength", "B15": "textLength", "B17": "date", "B19": "whole"} {
		if dv := validasiDi(t, f, "Identitas", cell); dv == nil || dv.Type != typ {
			t.Errorf("Identitas!%s: validation %+v, want type %s", cell, dv, typ)
		}
	}

	// Number formats: text for NIP and codes, thousands for rupiah,
	// percent where a percentage goes, dd/mm/yyyy for dates.
	format := func(sheet, cell string) (int, string, string) {
		id, err := f.GetCellStyle(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		custom, fill := "", ""
		if st.CustomNumFmt != nil {
			custom = *st.CustomNumFmt
		}
		if len(st.Fill.Color) > 0 {
			fill = st.Fill.Color[0]
		}
		return st.NumFmt, custom, fill
	}
	for _, c := range []struct {
		sheet, cell string
		numFmt      int
		custom      string
	}{
		{"Identitas", "B12", 49, ""},
		{"Identitas", "B15", 49, ""},
		{"Identitas", "B17", 0, "dd/mm/yyyy"},
		{"Target", "A4", 49, ""},
		{"Realisasi", columnOf(t, f, "Realisasi", "Capaian") + "4", 10, ""},
		{"Anggaran", columnOf(t, f, "Anggaran", "Pagu") + "4", 3, ""},
		{"Anggaran", columnOf(t, f, "Anggaran", "Realisasi TW II") + "63", 3, ""},
		{"Anggaran", columnOf(t, f, "Anggaran", "Efisiensi") + "4", 10, ""},
		{"Libur", "A4", 0, "dd/mm/yyyy"},
	} {
		nf, custom, fill := format(c.sheet, c.cell)
		if nf != c.numFmt || custom != c.custom {
			t.Errorf("%s!%s: number format %d %q, want %d %q", c.sheet, c.cell, nf, custom, c.numFmt, c.custom)
		}
		if !strings.EqualFold(fill, "FFF2CC") {
			t.Errorf("%s!%s: fill %q, want the input colour", c.sheet, c.cell, fill)
		}
	}
	// Headers: required dark, optional light, automatic grey.
	for _, c := range [][3]string{{"Target", "Kode", "1F4E78"}, {"Target", "Sasaran", "BDD7EE"}, {"Realisasi", "Nama Indikator (otomatis)", "EDEDED"}} {
		_, _, fill := format(c[0], columnOf(t, f, c[0], c[1])+"3")
		if !strings.EqualFold(fill, c[2]) {
			t.Errorf("%s header %s: fill %q, want %s", c[0], c[1], fill, c[2])
		}
	}
	// Headers stay in view.
	for _, sh := range []string{"Identitas", "Target", "Realisasi", "Anggaran", "Libur"} {
		p, err := f.GetPanes(sh)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.YSplit != workbook.TemplateBarisHeader {
			t.Errorf("%s: panes %+v, want the first %d rows frozen", sh, p, workbook.TemplateBarisHeader)
		}
	}
}

// A user fills the blank template as in Excel (values in the yellow
// cells of the prepared rows, the automatic columns left alone) and
// lapkin reads exactly that.
func TestTemplatDiisiTangan(t *testing.T) {
	f := openT(t, templatT(t, nil))
	set := func(sheet, header string, row int, v any) {
		t.Helper()
		cell := columnOf(t, f, sheet, header) + fmt.Sprint(row)
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	id := map[string]any{"B4": 2024, "B5": "I", "B6": "Kota Batu", "B7": "Dinas Kesehatan", "B8": "Kepala Bidang Pelayanan",
		"B11": "dr. Ani Lestari", "B12": "19800101 200501 2 003", "B13": "Kepala Dinas Kesehatan",
		"B14": "dr. Budi Hartono, M.Kes", "B15": "19700202 199503 1 002", "B16": "Batu"}
	for cell, v := range id {
		if err := f.SetCellValue("Identitas", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("Target", "Kode", 4, "K1")
	set("Target", "Indikator", 4, "Jumlah posyandu aktif")
	set("Target", "Satuan", 4, "Unit")
	set("Target", "Target", 4, 40)
	set("Target", "Polaritas", 4, "Positif")
	set("Target", "Sifat", 4, "Kumulatif")
	set("Target", "Kode", 5, "K2")
	set("Target", "Indikator", 5, "Angka kesakitan DBD per 100.000 penduduk")
	set("Target", "Satuan", 5, "Kasus")
	set("Target", "Target", 5, "10-20")
	set("Target", "Polaritas", 5, "Negatif")
	set("Target", "Sifat", 5, "Non Kumulatif")
	set("Realisasi", "Kode", 4, "K1")
	set("Realisasi", "TW I", 4, 8)
	set("Realisasi", "Kode", 5, "K2")
	set("Realisasi", "TW I", 5, 25)
	set("Anggaran", "Kegiatan", 4, "Pembinaan posyandu")
	set("Anggaran", "Indikator", 4, "K1")
	set("Anggaran", "Pagu", 4, 20000000)
	set("Anggaran", "Realisasi TW I", 4, 5000000)
	set("Strategi", "Kode", 4, "K1")
	set("Strategi", "Strategi", 4, "Pendampingan kader")
	set("Tanggapan", "Pilih", 4, "x")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	lap, ts := readBytesT(t, buf.Bytes(), "diisi.xlsx")
	if len(ts) > 0 {
		t.Errorf("findings in a correctly filled template:\n%s", daftarT(ts))
	}
	if strings.ReplaceAll(lap.Identitas.NIP, " ", "") != "198001012005012003" || lap.Identitas.Triwulan != 1 || lap.Identitas.Tahun != 2024 {
		t.Errorf("identitas %+v", lap.Identitas)
	}
	h := kinerja.Hitung(lap, 1, kinerja.PMK)
	if len(h.Indikator) != 2 || len(h.Kegiatan) != 1 {
		t.Fatalf("figures %+v", h)
	}
	// K1: 8 / 40 = 20%; K2: negative polarity, 25 above the range 10–20 ⇒
	// compared with 20: (2×20 − 25) / 20 = 75%. Serapan 5 / 20 = 25%.
	if c := h.Indikator[0].Capaian; !c.OK || c.V != 20 {
		t.Errorf("K1 capaian %+v, want 20", c)
	}
	if c := h.Indikator[1].Capaian; !c.OK || c.V != 75 {
		t.Errorf("K2 capaian %+v, want 75", c)
	}
	if s := h.Kegiatan[0].Serapan; !s.OK || s.V != 25 {
		t.Errorf("serapan %+v, want 25", s)
	}
	if !lap.Tanggapan[0].Pilih || lap.Tanggapan[1].Pilih {
		t.Errorf("tanggapan %+v", lap.Tanggapan)
	}
}

func TestTemplatIsiSalah(t *testing.T) {
	tulis := func(isi []workbook.Sheet) error {
		return workbook.Template(&bytes.Buffer{}, workbook.TemplateOptions{Isi: isi})
	}
	for name, isi := range map[string][]workbook.Sheet{
		"unknown sheet": {{Nama: "Rekap", Header: []string{"A"}}},
		"two sheets":    {{Nama: "Target", Header: []string{"Kode"}}, {Nama: "TARGET", Header: []string{"Kode"}}},
		"no header":     {{Nama: "Target", Baris: [][]any{{"IK1"}}}},
		"row too long":  {{Nama: "Strategi", Header: []string{"Kode", "Strategi"}, Baris: [][]any{{"IK1", "x", "y"}}}},
		"merge apart": {{Nama: "Target", Header: []string{"Kode", "Satuan", "Sasaran"},
			Baris: [][]any{{"IK1", "%", "a"}, {"IK2", "%", nil}}, Gabung: []string{"B2:C2"}}},
		"bad value": {{Nama: "Target", Header: []string{"Kode"}, Baris: [][]any{{struct{}{}}}}},
	} {
		if err := tulis(isi); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// Columns the template lacks are kept, at the right.
	data := templatT(t, []workbook.Sheet{{Nama: "Strategi", Header: []string{"Catatan Pribadi", "Kode", "Strategi"},
		Baris: [][]any{{"lihat notulen", "IK1", "Rapat koordinasi"}}}})
	f := openT(t, data)
	c := columnOf(t, f, "Strategi", "Catatan Pribadi")
	if v, _ := f.GetCellValue("Strategi", c+"4"); v != "lihat notulen" || c <= columnOf(t, f, "Strategi", "Periode") {
		t.Errorf("extra column at %s holds %q", c, v)
	}
}

// sofficeSimpan re-saves workbooks with LibreOffice headless (one run),
// as a user saving them in Calc, and returns the copies' bytes.
func sofficeSimpan(t *testing.T, data ...[]byte) [][]byte {
	t.Helper()
	in := t.TempDir()
	var paths []string
	for i, d := range data {
		p := filepath.Join(in, fmt.Sprintf("templat%d.xlsx", i))
		if err := os.WriteFile(p, d, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	var copies [][]byte
	for _, p := range alat.ConvertT(t, "xlsx", paths...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		copies = append(copies, b)
	}
	return copies
}

// The template saved again by LibreOffice Calc reads to the same figures
// and findings, and keeps its drop-down lists; the blank one still reads
// as empty.
func TestTemplatLibreOffice(t *testing.T) {
	asli := templatT(t, contoh.Referensi())
	copies := sofficeSimpan(t, asli, templatT(t, nil))
	lo, kosong := copies[0], copies[1]
	a, tsA := readBytesT(t, asli, "asli.xlsx")
	b, tsB := readBytesT(t, lo, "libreoffice.xlsx")
	if x, y := tanpaSel(tsA), tanpaSel(tsB); !reflect.DeepEqual(x, y) {
		t.Errorf("reading findings differ after LibreOffice:\n%v\n%v", x, y)
	}
	q := a.Identitas.Triwulan
	ha, hb := kinerja.Hitung(a, q, kinerja.PMK), kinerja.Hitung(b, q, kinerja.PMK)
	if !reflect.DeepEqual(ha, hb) {
		t.Errorf("figures differ after LibreOffice:\n%+v\n%+v", ha, hb)
	}
	pa := kinerja.Periksa(a, ha, kinerja.PeriksaOpsi{Triwulan: q})
	pb := kinerja.Periksa(b, hb, kinerja.PeriksaOpsi{Triwulan: q})
	if x, y := tanpaSel(pa), tanpaSel(pb); !reflect.DeepEqual(x, y) {
		t.Errorf("domain findings differ after LibreOffice:\n%v\n%v", x, y)
	}
	templatPeriksaValidasi(t, openT(t, lo))

	lap, ts := readBytesT(t, kosong, "kosong-lo.xlsx")
	if n := len(ts); n != 12 || len(findRule(ts, "LK004")) != 11 || len(findRule(ts, "LK002")) != 1 {
		t.Errorf("blank template after LibreOffice: want the 11 LK004 and LK002 for Target, got\n%s", daftarT(ts))
	}
	if len(lap.Target)+len(lap.Realisasi)+len(lap.Anggaran) != 0 {
		t.Errorf("blank template after LibreOffice has data rows")
	}
	templatPeriksaValidasi(t, openT(t, kosong))
}

func findRule(ts kinerja.DaftarTemuan, rule string) kinerja.DaftarTemuan {
	var out kinerja.DaftarTemuan
	for _, x := range ts {
		if x.Rule == rule {
			out = append(out, x)
		}
	}
	return out
}

// With more data than the template prepares, the prepared rows, the Kode
// lists and the checks grow to cover every data row.
func TestTemplatBarisTambah(t *testing.T) {
	f := openT(t, templatT(t, contoh.Sintetis(contoh.Ukuran{Indikator: 70, Kegiatan: 90}, 7)))
	// 70 indicators from row 4: the last at row 73; the list must reach it.
	dv := validasiDi(t, f, "Realisasi", "A73")
	if dv == nil || dv.Type != "list" {
		t.Fatalf("Realisasi!A73: validation %+v", dv)
	}
	_, end, _ := strings.Cut(strings.ReplaceAll(dv.Formula1, "$", ""), ":")
	if _, row, err := excelize.CellNameToCoordinates(end); err != nil || row < 73 {
		t.Errorf("Kode list %q does not reach Target row 73", dv.Formula1)
	}
	// 90 kegiatan: row 93 is still a prepared, checked input row.
	if dv := validasiDi(t, f, "Anggaran", columnOf(t, f, "Anggaran", "Indikator")+"93"); dv == nil || dv.Type != "list" {
		t.Errorf("Anggaran row 93 has no Indikator list: %+v", dv)
	}
}

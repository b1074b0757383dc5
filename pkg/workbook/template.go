package workbook

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/internal/xlsxwrite"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// The template's mechanics: styles, data validation, the automatic
// columns, filling in example data, Identitas. Its catalogue (sheets,
// columns, help texts) is template_catalog.go and the Petunjuk sheet's
// text template_petunjuk.go. This file stays one: each part drives the
// same excelize file through the same style table (tmpl.style) and
// cell writer (tmpl.writeValue).

// TemplateOptions says what Template writes.
type TemplateOptions struct {
	// Isi fills the template with data (the example data of internal/contoh):
	// each sheet's rows go under the template's columns by header, as the
	// reader would map them; columns the template lacks are added at the
	// right. Nil gives the blank template.
	Isi []Sheet
	// BagianNarasi lists the parts of the report the Narasi sheet may
	// replace (report.DaftarBagian): the list of its Bagian column.
	BagianNarasi []string
	// Catatan is an extra line under the Petunjuk title ("this workbook
	// holds example data …").
	Catatan string
}

// Template writes the workbook that `lapkin init` gives an official to
// fill in Excel or LibreOffice: a Petunjuk sheet explaining everything,
// then every sheet lapkin reads with its canonical headers (docs/format.md#sheets),
// input cells coloured and formatted, drop-down lists, input messages and
// error alerts in Indonesian, frozen headers. The same options always give
// the same bytes.
//
// Layout of a table sheet: row 1 title, row 2 a one-line instruction,
// row 3 the header, data from row 4 (TemplateBarisData). Rows 1–2 are
// ignored by the reader (the header is the first row holding the required
// headers). Columns headed "… (otomatis)" show the indicator of the Kode
// chosen on the row (a VLOOKUP into Target): they match no header lapkin
// reads, so the reader ignores them.
func Template(w io.Writer, o TemplateOptions) error {
	t, err := buatTemplat(o)
	if err != nil {
		return err
	}
	defer t.bk.File.Close()
	return t.bk.Save(w)
}

// xmlRumus escapes a validation formula set directly in Formula1.
var xmlRumus = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// fmtTanggalTemplat is the number format of date cells (as Write writes
// Tanggal values).
const fmtTanggalTemplat = "dd/mm/yyyy"

// Colours of the template.
const (
	warnaWajib    = "1F4E78" // header of a required column
	warnaOpsional = "BDD7EE" // header of an optional column
	warnaIsian    = "FFF2CC" // input cells
	warnaOtomatis = "EDEDED" // formula cells
	warnaLabel    = "DDEBF7" // Identitas labels, Petunjuk headings
	warnaGaris    = "BFBFBF"
	warnaJudul    = "1F4E78"
	warnaCatatan  = "595959"
)

// styleRole is what a cell is for.
type styleRole int

const (
	gIsian     styleRole = iota
	gIsianKiri           // an input cell aligned left whatever it holds (Identitas)
	gOtomatis
	gHeaderWajib
	gHeaderOpsional
	gHeaderOtomatis
	gJudul
	gCatatan
	gLabelWajib
	gLabelOpsional
	gPetunjukC
	gBagian // a Petunjuk heading
	gTeks   // Petunjuk body text
	gTeksTebal
)

// Number formats of template cells.
const (
	fUmum = iota
	fRupiah
	fPersen
	fTanggal
	fTeks
)

type kunciGaya struct {
	peran styleRole
	fmt   int
	wrap  bool
}

// tmpl is a template being built.
type tmpl struct {
	bk    *xlsxwrite.Book
	f     *excelize.File
	gaya  map[kunciGaya]int
	opsi  TemplateOptions
	isi   map[string]*Sheet // by NormSheetName
	sheet []*templateSheet
	// kodeTarget: Target rows of the data, for the cached values of the
	// automatic columns (Kode as typed → Target row values by column).
	kodeTarget map[string][]any
	targetRows int // prepared Target rows (the Kode list)
}

func buatTemplat(o TemplateOptions) (*tmpl, error) {
	f := excelize.NewFile()
	t := &tmpl{
		bk:   xlsxwrite.Wrap(f),
		f:    f,
		gaya: map[kunciGaya]int{},
		opsi: o,
		isi:  map[string]*Sheet{},
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	for i := range o.Isi {
		l := &o.Isi[i]
		k := NormSheetName(l.Nama)
		if _, dup := t.isi[k]; dup {
			return nil, fmt.Errorf("data contoh: lembar %s ganda", l.Nama)
		}
		if _, persis, _ := canonicalOf(l.Nama); !persis {
			return nil, fmt.Errorf("data contoh: lembar %s tidak dikenal templat", l.Nama)
		}
		t.isi[k] = l
	}
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "lapkin", LastModifiedBy: "lapkin",
		Title: "Buku kerja Laporan Kinerja Triwulanan", Description: "Dibuat dengan lapkin init"})
	t.sheet = lembarTemplatSemua(o.BagianNarasi)
	if err := t.siapkanUkuran(); err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", "Petunjuk"); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(kinerja.SheetIdentitas); err != nil {
		return nil, err
	}
	for _, ls := range t.sheet {
		if _, err := f.NewSheet(ls.nama); err != nil {
			return nil, err
		}
	}
	if err := t.writeIdentitas(); err != nil {
		return nil, fmt.Errorf("lembar Identitas: %w", err)
	}
	for _, ls := range t.sheet {
		if err := t.writeTable(ls); err != nil {
			return nil, fmt.Errorf("lembar %s: %w", ls.nama, err)
		}
	}
	if err := t.writePetunjuk(); err != nil {
		return nil, fmt.Errorf("lembar Petunjuk: %w", err)
	}
	f.SetActiveSheet(0)
	ok = true
	return t, nil
}

// siapkanUkuran maps the data's columns onto each sheet and fixes how many
// rows each sheet prepares, before anything refers to them (the Kode list
// refers to Target's rows).
func (t *tmpl) siapkanUkuran() error {
	for _, ls := range t.sheet {
		ls.totalBaris = ls.baris
		l := t.isi[NormSheetName(ls.nama)]
		if l == nil {
			if len(ls.awal) > ls.totalBaris {
				ls.totalBaris = len(ls.awal) + 10
			}
			continue
		}
		ls.dataRows = len(l.Baris)
		if ls.dataRows+10 > ls.totalBaris {
			ls.totalBaris = ls.dataRows + 10
		}
		if _, err := ls.petaIsi(l); err != nil {
			return err
		}
	}
	for _, ls := range t.sheet {
		if ls.nama == kinerja.SheetTarget {
			t.targetRows = ls.totalBaris
		}
	}
	return nil
}

// petaIsi maps each column of a data sheet to a template column (0-based
// index; columns the template lacks are appended to ls.tambahan and get
// indexes after the template's).
func (ls *templateSheet) petaIsi(l *Sheet) ([]int, error) {
	if len(l.Header) == 0 {
		return nil, fmt.Errorf("data contoh: lembar %s tanpa baris judul kolom", l.Nama)
	}
	peta := make([]int, len(l.Header))
	pakai := map[int]bool{}
	ls.tambahan = ls.tambahan[:0]
	norm := ls.spec.normAliases()
	for i, h := range l.Header {
		n := normHeader(h)
		best, bestRank := -1, -1
		for j := range ls.spec.columnSpec {
			if rk := ls.spec.columnSpec[j].rank(n, norm[j]); rk >= 0 && (best < 0 || rk < bestRank) {
				best, bestRank = j, rk
			}
		}
		peta[i] = -1
		if best >= 0 {
			id := ls.spec.columnSpec[best].id
			for c, k := range ls.columnSpec {
				if k.id == id {
					if pakai[c] {
						return nil, fmt.Errorf("data contoh: lembar %s: dua kolom untuk %q", l.Nama, k.judul)
					}
					peta[i], pakai[c] = c, true
				}
			}
		}
		if peta[i] < 0 {
			peta[i] = len(ls.columnSpec) + len(ls.tambahan)
			ls.tambahan = append(ls.tambahan, h)
		}
	}
	return peta, nil
}

// style returns the style of a role and number format, created once per
// workbook.
func (t *tmpl) style(p styleRole, nf int, wrap bool) (int, error) {
	k := kunciGaya{p, nf, wrap}
	if id, ok := t.gaya[k]; ok {
		return id, nil
	}
	garis := []excelize.Border{
		{Type: "left", Color: warnaGaris, Style: 1}, {Type: "right", Color: warnaGaris, Style: 1},
		{Type: "top", Color: warnaGaris, Style: 1}, {Type: "bottom", Color: warnaGaris, Style: 1},
	}
	isi := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	st := &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: wrap}}
	switch p {
	case gIsian:
		st.Fill, st.Border = isi(warnaIsian), garis
	case gIsianKiri:
		st.Fill, st.Border = isi(warnaIsian), garis
		st.Alignment.Horizontal = "left"
	case gOtomatis:
		st.Fill, st.Border = isi(warnaOtomatis), garis
		st.Font = &excelize.Font{Italic: true, Color: "404040"}
	case gHeaderWajib:
		st.Fill, st.Border = isi(warnaWajib), garis
		st.Font = &excelize.Font{Bold: true, Color: "FFFFFF"}
		st.Alignment = &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	case gHeaderOpsional:
		st.Fill, st.Border = isi(warnaOpsional), garis
		st.Font = &excelize.Font{Bold: true, Color: "1F1F1F"}
		st.Alignment = &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	case gHeaderOtomatis:
		st.Fill, st.Border = isi(warnaOtomatis), garis
		st.Font = &excelize.Font{Bold: true, Italic: true, Color: "404040"}
		st.Alignment = &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	case gJudul:
		st.Font = &excelize.Font{Bold: true, Size: 14, Color: warnaJudul}
		st.Alignment = nil
	case gCatatan:
		st.Font = &excelize.Font{Italic: true, Color: warnaCatatan}
		st.Alignment = nil
	case gLabelWajib, gLabelOpsional:
		st.Fill, st.Border = isi(warnaLabel), garis
		st.Font = &excelize.Font{Bold: p == gLabelWajib}
	case gPetunjukC:
		st.Font = &excelize.Font{Italic: true, Color: warnaCatatan}
	case gBagian:
		st.Fill = isi(warnaLabel)
		st.Font = &excelize.Font{Bold: true, Size: 12, Color: warnaJudul}
		st.Alignment = &excelize.Alignment{Vertical: "center"}
	case gTeks:
	case gTeksTebal:
		st.Font = &excelize.Font{Bold: true}
	}
	switch nf {
	case fRupiah:
		st.NumFmt = 3
	case fPersen:
		st.NumFmt = 10
	case fTanggal:
		tf := fmtTanggalTemplat
		st.CustomNumFmt = &tf
	case fTeks:
		st.NumFmt = 49
	}
	id, err := t.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	t.gaya[k] = id
	return id, nil
}

// formatJenis is the number format and wrapping of a column kind.
func formatJenis(j jenisKolom) (nf int, wrap bool) {
	switch j {
	case jTeksPanjang:
		return fUmum, true
	case jRupiah:
		return fRupiah, false
	case jPersen:
		return fPersen, false
	case jTanggal:
		return fTanggal, false
	case jKodeTarget, jKode, jKodeBebas:
		return fTeks, false
	case jOtomatis:
		return fUmum, true
	}
	return fUmum, false
}

// formatNilai is the number format a typed value needs, or -1 to keep the
// column's.
func formatNilai(v any) int {
	switch v.(type) {
	case Persen:
		return fPersen
	case Rupiah:
		return fRupiah
	case Tanggal, time.Time:
		return fTanggal
	case TeksAngka:
		return fTeks
	}
	return -1
}

// writeValue writes one data value into a template cell styled for its
// column (peran, nf, wrap); a value of another type than the column's
// format gets its own format with the same look.
func (t *tmpl) writeValue(sh, ref string, v any, p styleRole, nf int, wrap bool) error {
	if x := formatNilai(v); x >= 0 && x != nf {
		nf = x
		st, err := t.style(p, nf, wrap)
		if err != nil {
			return err
		}
		if err := t.f.SetCellStyle(sh, ref, ref, st); err != nil {
			return err
		}
	}
	switch x := v.(type) {
	case Rumus, Galat:
		// Formula and error cells keep the writer's own handling; their
		// style is the one the column has.
		st, err := t.style(p, nf, wrap)
		if err != nil {
			return err
		}
		if g, ok := x.(Galat); ok {
			return t.bk.Special(sh, ref, st, "e", "", string(g))
		}
		if err := t.bk.Formula(sh, ref, x.(Rumus)); err != nil {
			return err
		}
		t.bk.SetPatchStyle(sh, ref, st)
		return nil
	}
	return xlsxwrite.SetValue(t.f, sh, ref, v)
}

// cekPanjang checks that s fits Excel's limit of n UTF-16 units.
func cekPanjang(what, s string, n int) error {
	if len(utf16.Encode([]rune(s))) > n {
		return fmt.Errorf("%s lebih dari %d karakter: %q", what, n, s)
	}
	return nil
}

// validasi adds a data validation with an input message and, when galat
// is not empty, an error alert.
func (t *tmpl) validasi(sh string, dv *excelize.DataValidation, judul, pesan string, gaya excelize.DataValidationErrorStyle, judulGalat, galat string) error {
	if pesan != "" {
		if err := cekPanjang("judul pesan", judul, maksJudulPesan); err != nil {
			return err
		}
		if err := cekPanjang("pesan", pesan, maksPesanInput); err != nil {
			return err
		}
		dv.SetInput(judul, pesan)
	}
	if galat != "" {
		if err := cekPanjang("judul galat", judulGalat, maksJudulPesan); err != nil {
			return err
		}
		if err := cekPanjang("pesan galat", galat, maksPesanGalat); err != nil {
			return err
		}
		dv.SetError(gaya, judulGalat, galat)
	}
	return t.f.AddDataValidation(sh, dv)
}

// rentangKodeTarget is the list source of the Kode lists: Target's Kode
// cells of the prepared rows.
func (t *tmpl) rentangKodeTarget() string {
	return fmt.Sprintf("%s!$A$%d:$A$%d", kinerja.SheetTarget, TemplateBarisData, TemplateBarisData+t.targetRows-1)
}

// rentangCari is the VLOOKUP table of the automatic columns: Target's
// first columns, well past the prepared rows.
func (t *tmpl) rentangCari() string {
	end := TemplateBarisData + t.targetRows - 1
	if end < 1000 {
		end = 1000
	}
	return fmt.Sprintf("%s!$A$%d:$E$%d", kinerja.SheetTarget, TemplateBarisData, end)
}

func (t *tmpl) writeTable(ls *templateSheet) error {
	f, sh := t.f, ls.nama
	first, last := TemplateBarisData, TemplateBarisData+ls.totalBaris-1
	var err error

	// Title, instruction, header.
	if err := t.judul(sh, ls.judul, ls.catatan); err != nil {
		return err
	}
	allColumns := append([]templateColumn(nil), ls.columnSpec...)
	for _, h := range ls.tambahan {
		allColumns = append(allColumns, templateColumn{judul: h, lebar: 12, jenis: jTeks})
	}
	for c, k := range allColumns {
		col := xlsx.ColumnName(c + 1)
		if err := f.SetColWidth(sh, col, col, k.lebar); err != nil {
			return err
		}
		ref := xlsx.CellName(c+1, TemplateBarisHeader)
		if err := f.SetCellStr(sh, ref, k.judul); err != nil {
			return err
		}
		p := gHeaderOpsional
		switch {
		case k.jenis == jOtomatis:
			p = gHeaderOtomatis
		case k.wajib:
			p = gHeaderWajib
		}
		hs, err := t.style(p, fUmum, true)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, ref, ref, hs); err != nil {
			return err
		}
		// Input area: the column's look over the prepared rows.
		nf, wrap := formatJenis(k.jenis)
		p = gIsian
		if k.jenis == jOtomatis {
			p = gOtomatis
		}
		is, err := t.style(p, nf, wrap)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, xlsx.CellName(c+1, first), xlsx.CellName(c+1, last), is); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(sh, TemplateBarisHeader, 32); err != nil {
		return err
	}

	// Rows: the data, else the default rows.
	rows := ls.awal
	var peta []int
	l := t.isi[NormSheetName(ls.nama)]
	if l != nil {
		rows = l.Baris
		if peta, err = ls.petaIsi(l); err != nil {
			return err
		}
	}
	// tinggi: the height each data row needs for its wrapped texts.
	tinggi := make([]float64, len(rows))
	for i, br := range rows {
		r := first + i
		for j, v := range br {
			c := j
			if peta != nil {
				if j >= len(peta) {
					return fmt.Errorf("baris %d punya lebih banyak sel daripada judul kolom", r)
				}
				c = peta[j]
			}
			k := allColumns[c]
			nf, wrap := formatJenis(k.jenis)
			ref := xlsx.CellName(c+1, r)
			if err := t.writeValue(sh, ref, v, gIsian, nf, wrap); err != nil {
				return fmt.Errorf("sel %s: %w", ref, err)
			}
			if s, ok := v.(string); ok && wrap {
				tinggi[i] = math.Max(tinggi[i], tinggiTeks(s, k.lebar))
			}
		}
		if ls.nama == kinerja.SheetTarget && len(br) > 0 {
			t.catatTarget(br, peta)
		}
	}
	if l != nil {
		if err := t.gabung(sh, l, peta); err != nil {
			return err
		}
	}

	// Automatic columns: a formula on every prepared row.
	for c, k := range ls.columnSpec {
		if k.jenis != jOtomatis {
			continue
		}
		s, err := t.style(gOtomatis, fUmum, true)
		if err != nil {
			return err
		}
		kodeCol := xlsx.ColumnName(k.kodeColumn)
		for r := first; r <= last; r++ {
			formula := fmt.Sprintf(`IF($%s%d="","",IFERROR(VLOOKUP($%s%d,%s,%d,FALSE),"(Kode tidak ada di Target)"))`,
				kodeCol, r, kodeCol, r, t.rentangCari(), k.lookupColumn)
			cache := ""
			if i := r - first; i < len(rows) && peta != nil {
				cache = t.lookupTarget(nilaiKode(rows[i], peta, k.kodeColumn-1), k.lookupColumn)
				tinggi[i] = math.Max(tinggi[i], tinggiTeks(cache, k.lebar))
			}
			if err := t.bk.Special(sh, xlsx.CellName(c+1, r), s, "str", formula, cache); err != nil {
				return err
			}
		}
	}

	for i, h := range tinggi {
		if h > 18 {
			if err := f.SetRowHeight(sh, first+i, h); err != nil {
				return err
			}
		}
	}

	// Validations, by column.
	for c, k := range ls.columnSpec {
		if err := t.validasiKolom(sh, k, xlsx.ColumnName(c+1), first, last); err != nil {
			return fmt.Errorf("kolom %s: %w", k.judul, err)
		}
	}

	// Frozen header (and key columns), printing.
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, XSplit: ls.beku, YSplit: TemplateBarisHeader,
		TopLeftCell: xlsx.CellName(ls.beku+1, TemplateBarisData), ActivePane: paneAktif(ls.beku)}); err != nil {
		return err
	}
	return t.cetak(sh, ls.lanskap, TemplateBarisHeader)
}

func paneAktif(beku int) string {
	if beku > 0 {
		return "bottomRight"
	}
	return "bottomLeft"
}

// cetak sets up printing: A4, fit to the page width, the header row
// (when not 0) repeated on every page.
func (t *tmpl) cetak(sh string, lanskap bool, header int) error {
	orient := "portrait"
	if lanskap {
		orient = "landscape"
	}
	a4, one, zero := 9, 1, 0
	if err := t.f.SetPageLayout(sh, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	yes := true
	if err := t.f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	if header == 0 {
		return nil
	}
	return t.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sh,
		RefersTo: fmt.Sprintf("%s!$%d:$%d", kutipLembar(sh), header, header)})
}

// kutipLembar quotes a sheet name for a formula when it needs it.
func kutipLembar(sh string) string {
	if strings.ContainsAny(sh, " -'!") {
		return "'" + strings.ReplaceAll(sh, "'", "''") + "'"
	}
	return sh
}

// judul writes the title and instruction rows.
func (t *tmpl) judul(sh, judul, catatan string) error {
	js, err := t.style(gJudul, fUmum, false)
	if err != nil {
		return err
	}
	cs, err := t.style(gCatatan, fUmum, false)
	if err != nil {
		return err
	}
	for _, x := range []struct {
		r  int
		s  string
		st int
	}{{templateHeaderRow, judul, js}, {templateNoteRow, catatan, cs}} {
		ref := xlsx.CellName(1, x.r)
		if err := t.f.SetCellStr(sh, ref, x.s); err != nil {
			return err
		}
		if err := t.f.SetCellStyle(sh, ref, ref, x.st); err != nil {
			return err
		}
	}
	return t.f.SetRowHeight(sh, templateHeaderRow, 21)
}

// validasiKolom adds the column's list, check and input message over the
// prepared rows.
func (t *tmpl) validasiKolom(sh string, k templateColumn, col string, first, last int) error {
	sq := fmt.Sprintf("%s%d:%s%d", col, first, col, last)
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sq
	judul := potong(k.judul, maksJudulPesan)
	pesan := k.pesan
	if pesan == "" && utf8.RuneCountInString(k.petunjuk) <= 200 {
		pesan = k.petunjuk
	}
	stop := excelize.DataValidationErrorStyleStop
	switch k.jenis {
	case jOtomatis, jNomor:
		return nil
	case jKodeTarget:
		dv.Type = "custom"
		// Formula1 is written as raw XML: escape it as SetDropList does.
		dv.Formula1 = xmlRumus.Replace(fmt.Sprintf("COUNTIF($%s$%d:$%s$%d,%s%d)<=1", col, first, col, last, col, first))
		return t.validasi(sh, dv, judul, pesan, stop, "Kode ganda",
			"Kode ini sudah dipakai di baris lain. Setiap indikator harus punya Kode yang berbeda (mis. IK1, IK2, IK3).")
	case jKode:
		dv.SetSqrefDropList(t.rentangKodeTarget())
		return t.validasi(sh, dv, judul, pesan, stop, "Kode tidak ada di Target",
			"Pilih Kode dari daftar: Kode harus sudah ada di kolom Kode lembar Target. Tambahkan indikatornya di lembar Target lebih dulu.")
	case jDaftar, jSaran:
		if len(k.daftar) == 0 {
			break
		}
		if err := dv.SetDropList(k.daftar); err != nil {
			return fmt.Errorf("daftar pilihan terlalu panjang: %v", err)
		}
		if k.jenis == jSaran {
			// Suggestions only: other values are accepted without an alert.
			return t.validasi(sh, dv, judul, pesan, 0, "", "")
		}
		gaya, judulGalat := stop, "Pilihan tidak dikenal"
		if k.peringatan {
			gaya, judulGalat = excelize.DataValidationErrorStyleWarning, "Bagian tidak dikenal"
		}
		galat := k.galat
		if galat == "" {
			galat = "Pilih salah satu dari daftar: " + strings.Join(k.daftar, ", ") + "."
		}
		return t.validasi(sh, dv, judul, pesan, gaya, judulGalat, galat)
	case jRupiah:
		if err := dv.SetRange(0, 1e14, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, pesan, excelize.DataValidationErrorStyleWarning, "Bukan rupiah yang sah",
			"Ketik jumlah rupiah sebagai angka tanpa Rp, tidak negatif (mis. 7500000). Pilih Ya untuk tetap memakai isian ini (teks seperti 7.500.000 tetap dibaca lapkin).")
	case jPersen:
		if err := dv.SetRange(-1e6, 1e6, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, pesan, excelize.DataValidationErrorStyleWarning, "Bukan persen",
			"Ketik persen sebagai angka, mis. 84,69%. Pilih Ya untuk tetap memakai isian ini.")
	case jTanggal:
		if err := dv.SetRange(serialTanggal(2000, 1, 1), serialTanggal(2100, 12, 31), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, pesan, stop, "Bukan tanggal",
			"Ketik tanggal antara tahun 2000 dan 2100, mis. 03/10/2024 (tanggal/bulan/tahun).")
	}
	if pesan == "" {
		return nil
	}
	return t.validasi(sh, dv, judul, pesan, 0, "", "")
}

func serialTanggal(y int, m time.Month, d int) int {
	return int(xlsx.DateToSerial(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)))
}

// potong shortens s to n UTF-16 units.
func potong(s string, n int) string {
	if len(utf16.Encode([]rune(s))) <= n {
		return s
	}
	r := []rune(s)
	for len(utf16.Encode(r)) > n-1 {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// tinggiTeks estimates the height (points) a wrapped text needs in a
// column of the given width (characters), for rows of the example data:
// Excel does not grow a row to its wrapped text when opening a file.
func tinggiTeks(s string, lebar float64) float64 {
	per := math.Max(1, lebar*1.1)
	lines := 0
	for _, p := range strings.Split(s, "\n") {
		lines += int(math.Max(1, math.Ceil(float64(utf8.RuneCountInString(p))/per)))
	}
	h := float64(lines)*15 + 3
	return math.Min(h, 409)
}

// catatTarget records a Target data row for the automatic columns' cached
// values: by Kode, the values in the template's column order.
func (t *tmpl) catatTarget(br []any, peta []int) {
	if t.kodeTarget == nil {
		t.kodeTarget = map[string][]any{}
	}
	vals := make([]any, 8)
	for j, v := range br {
		c := j
		if peta != nil {
			c = peta[j]
		}
		if c < len(vals) {
			vals[c] = v
		}
	}
	k := strings.ToUpper(teksSel(vals[0]))
	if _, dup := t.kodeTarget[k]; !dup && k != "" {
		t.kodeTarget[k] = vals
	}
}

// lookupTarget is the VLOOKUP of an automatic column as Excel computes it
// (a case-insensitive exact match): column cari (1-based) of the Target
// row of kode.
func (t *tmpl) lookupTarget(kode string, cari int) string {
	if kode == "" {
		return ""
	}
	vals, ok := t.kodeTarget[strings.ToUpper(kode)]
	if !ok {
		return "(Kode tidak ada di Target)"
	}
	return teksSel(vals[cari-1])
}

// nilaiKode is the Kode of a data row: the value placed in template
// column kol (0-based).
func nilaiKode(br []any, peta []int, kol int) string {
	for j, c := range peta {
		if c == kol && j < len(br) {
			return teksSel(br[j])
		}
	}
	return ""
}

// teksSel is a value as a text cell would hold it.
func teksSel(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case TeksAngka:
		return string(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// gabung translates the data's merged ranges into the template's
// coordinates. Only data-row merges over columns that stay side by side
// can be kept; anything else is an error in the example data.
func (t *tmpl) gabung(sh string, l *Sheet, peta []int) error {
	off := len(l.Judul) + 2 // the data's first data row
	for _, g := range l.Gabung {
		a, b, found := strings.Cut(g, ":")
		c1, r1, ok1 := xlsx.ParseCell(a)
		c2, r2, ok2 := xlsx.ParseCell(b)
		if !found || !ok1 || !ok2 || r1 < off || c1 < 1 || c2 > len(peta) || c2 < c1 || r2 < r1 {
			return fmt.Errorf("rentang gabungan %q tidak dapat dipindahkan ke templat", g)
		}
		n1, n2 := peta[c1-1], peta[c2-1]
		if n2-n1 != c2-c1 {
			return fmt.Errorf("rentang gabungan %q melintasi kolom yang tidak bersebelahan di templat", g)
		}
		from := xlsx.CellName(n1+1, r1-off+TemplateBarisData)
		to := xlsx.CellName(n2+1, r2-off+TemplateBarisData)
		if err := t.f.MergeCell(sh, from, to); err != nil {
			return err
		}
	}
	return nil
}

// writeIdentitas writes the label/value sheet: labels in A, values in B
// (the input cells), hints in C. The reader takes B, or C only when B
// holds just ":"; a hint is never read as a value.
func (t *tmpl) writeIdentitas() error {
	f, sh := t.f, kinerja.SheetIdentitas
	if err := t.judul(sh, "Identitas Laporan Kinerja Triwulanan",
		"Isi kolom B (sel kuning). Label di kolom A jangan diubah; kolom C hanya petunjuk dan tidak dibaca."); err != nil {
		return err
	}
	for c, w := range []float64{30, 48, 70} {
		col := xlsx.ColumnName(c + 1)
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return err
		}
	}
	for c, h := range []string{"Isian", "Isi di sini", "Keterangan dan contoh"} {
		ref := xlsx.CellName(c+1, TemplateBarisHeader)
		if err := f.SetCellStr(sh, ref, h); err != nil {
			return err
		}
		p := gHeaderWajib
		if c == 2 {
			p = gHeaderOtomatis
		}
		hs, err := t.style(p, fUmum, true)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, ref, ref, hs); err != nil {
			return err
		}
	}
	// The data's values by field; rows with labels the template lacks go
	// below the template's.
	nilai := map[int]any{}
	var lain [][]any
	var gambar *Gambar
	if l := t.isi[NormSheetName(sh)]; l != nil {
		gambar = l.Gambar
		for _, br := range l.Baris {
			if len(br) == 0 {
				continue
			}
			label, _ := br[0].(string)
			fi, ok := findLabel(label)
			if !ok {
				lain = append(lain, br)
				continue
			}
			if _, dup := nilai[fi]; dup {
				lain = append(lain, br)
				continue
			}
			var v any
			if len(br) > 1 {
				v = br[1]
			}
			nilai[fi] = v
		}
	}
	r := TemplateBarisData
	for _, it := range identitasTemplat {
		fi, ok := findLabel(it.label)
		if !ok {
			return fmt.Errorf("label %q tidak dikenal pembaca", it.label)
		}
		la, b, c := xlsx.CellName(1, r), xlsx.CellName(2, r), xlsx.CellName(3, r)
		lp := gLabelOpsional
		if it.wajib {
			lp = gLabelWajib
		}
		ls, err := t.style(lp, fUmum, false)
		if err != nil {
			return err
		}
		if err := f.SetCellStr(sh, la, it.label); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, la, la, ls); err != nil {
			return err
		}
		nf, wrap := fUmum, false
		switch it.jenis {
		case isianNIP, isianNIPAtasan:
			nf = fTeks
		case isianTanggal:
			nf = fTanggal
		case isianTeks:
			wrap = true
		}
		vs, err := t.style(gIsianKiri, nf, wrap)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, b, b, vs); err != nil {
			return err
		}
		if v, ok := nilai[fi]; ok {
			if err := t.writeValue(sh, b, v, gIsianKiri, nf, wrap); err != nil {
				return fmt.Errorf("sel %s: %w", b, err)
			}
		}
		hs, err := t.style(gPetunjukC, fUmum, true)
		if err != nil {
			return err
		}
		if err := f.SetCellStr(sh, c, it.hint); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, c, c, hs); err != nil {
			return err
		}
		if err := t.validasiIdentitas(sh, b, it); err != nil {
			return fmt.Errorf("isian %s: %w", it.label, err)
		}
		r++
	}
	for _, br := range lain {
		for j, v := range br {
			if j > 2 {
				break
			}
			if err := t.writeValue(sh, xlsx.CellName(j+1, r), v, gIsian, fUmum, false); err != nil {
				return err
			}
		}
		r++
	}
	r++
	cs, err := t.style(gCatatan, fUmum, false)
	if err != nil {
		return err
	}
	ref := xlsx.CellName(1, r)
	if err := f.SetCellStr(sh, ref, "Logo: sisipkan gambar logo daerah di lembar ini (mis. di sebelah kanan tabel); gambar itu dipakai di sampul laporan."); err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, ref, ref, cs); err != nil {
		return err
	}
	if gb := gambar; gb != nil && len(gb.Data) > 0 {
		ext := strings.ToLower(gb.Ext)
		if !strings.HasPrefix(ext, ".") {
			ext = "." + ext
		}
		at := gb.Sel
		if c, _, ok := xlsx.ParseCell(at); !ok || c <= 3 {
			at = "E4" // keep the hint column clear
		}
		if err := f.AddPictureFromBytes(sh, at, &excelize.Picture{Extension: ext, File: gb.Data,
			Format: &excelize.GraphicOptions{AltText: "Logo", LockAspectRatio: true}}); err != nil {
			return fmt.Errorf("gambar di %s: %v", at, err)
		}
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: TemplateBarisHeader,
		TopLeftCell: xlsx.CellName(1, TemplateBarisData), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return t.cetak(sh, false, TemplateBarisHeader)
}

func (t *tmpl) validasiIdentitas(sh, ref string, it isianTemplat) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = ref
	judul := potong(it.label, maksJudulPesan)
	stop := excelize.DataValidationErrorStyleStop
	switch it.jenis {
	case isianTahun:
		if err := dv.SetRange(2000, 2100, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Tahun tidak sah", "Ketik tahun anggaran 4 angka antara 2000 dan 2100, mis. 2023.")
	case isianTriwulan:
		if err := dv.SetDropList(twRomawi); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Triwulan tidak sah", "Pilih triwulan yang dilaporkan: I, II, III atau IV.")
	case isianKertas:
		if err := dv.SetDropList(kinerja.DaftarKertas); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Kertas tidak dikenal", "Pilih A4 atau F4 (215 × 330 mm), atau kosongkan untuk A4.")
	case isianTanggal:
		if err := dv.SetRange(serialTanggal(2000, 1, 1), serialTanggal(2100, 12, 31), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Bukan tanggal", "Ketik tanggal laporan, mis. 03/07/2023 (tanggal/bulan/tahun).")
	case isianHariKerja:
		if err := dv.SetRange(1, 60, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Jumlah hari kerja tidak sah", "Ketik jumlah hari kerja sebagai bilangan bulat, mis. 5.")
	case isianMetode:
		if err := dv.SetDropList([]string{"PMK", "Rasio"}); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Metode tidak dikenal", "Pilih PMK atau Rasio, atau kosongkan sel ini.")
	case isianNIP, isianNIPAtasan:
		if err := dv.SetRange(18, 24, excelize.DataValidationTypeTextLength, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, excelize.DataValidationErrorStyleWarning, "NIP bukan 18 angka",
			"NIP terdiri atas 18 angka (spasi boleh), mis. 19651230 198703 1 012. Pilih Ya untuk tetap memakai isian ini.")
	}
	// A text field: refuse a lone ":" (the hand-made "Label : value"
	// layout), with which the reader would take column C, the hint, as the
	// value.
	dv.Type = "custom"
	dv.Formula1 = xmlRumus.Replace(fmt.Sprintf(`TRIM(%s)<>":"`, ref))
	return t.validasi(sh, dv, judul, it.pesan, excelize.DataValidationErrorStyleStop, "Tanpa titik dua",
		"Ketik isinya langsung di sel ini, tanpa tanda titik dua (:) di depannya.")
}

package workbook

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// canonicalSheets lists the sheets lapkin reads, in reading order.
var canonicalSheets = []string{
	kinerja.SheetIdentitas, kinerja.SheetTugas, kinerja.SheetTarget, kinerja.SheetRealisasi,
	kinerja.SheetAnggaran, kinerja.SheetStrategi, kinerja.SheetAnalisis, kinerja.SheetTindakLanjut,
	kinerja.SheetTanggapan, kinerja.SheetNarasi, kinerja.SheetLibur,
}

// NormSheetName normalises a sheet name for matching: lower case without
// spaces, "_" and "-" ("Tindak Lanjut" = "tindak_lanjut" = "TINDAKLANJUT").
func NormSheetName(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '_', '-', '\u00a0', '\t':
			return -1
		}
		return r
	}, strings.ToLower(strings.TrimSpace(s)))
}

// sheetAliases are other names officials give the sheets, after the titles
// of the report's parts ("Perjanjian Kinerja" for Target, "Cost per
// Outcome" for Anggaran). A sheet with the canonical name wins over one
// with an alias.
var sheetAliases = map[string][]string{
	kinerja.SheetIdentitas:    {"Identitas Laporan", "Data Umum"},
	kinerja.SheetTugas:        {"Uraian Tugas", "Tupoksi", "Tugas dan Fungsi"},
	kinerja.SheetTarget:       {"Perjanjian Kinerja", "PK", "Target Kinerja"},
	kinerja.SheetRealisasi:    {"Capaian Kinerja", "Realisasi Kinerja", "Capaian"},
	kinerja.SheetAnggaran:     {"Cost per Outcome", "Realisasi Anggaran", "Kegiatan"},
	kinerja.SheetTindakLanjut: {"Rencana Tindak Lanjut", "RTL"},
	kinerja.SheetTanggapan:    {"Tanggapan Atasan", "Tanggapan Atasan Langsung"},
	kinerja.SheetLibur:        {"Hari Libur"},
}

// canonicalOf returns the canonical sheet a workbook sheet name stands
// for, and whether the name is the canonical one itself (not an alias).
func canonicalOf(nama string) (k string, persis, ok bool) {
	n := NormSheetName(nama)
	for _, k := range canonicalSheets {
		if NormSheetName(k) == n {
			return k, true, true
		}
	}
	for _, k := range canonicalSheets {
		for _, a := range sheetAliases[k] {
			if NormSheetName(a) == n {
				return k, false, true
			}
		}
	}
	return "", false, false
}

// readBook reads every known sheet of an opened workbook into the model.
// An error is a damaged part (LK001).
func (b *reader) readBook() (*kinerja.Laporan, error) {
	found := map[string]xlsx.Sheet{}
	for _, persisDulu := range []bool{true, false} {
		for _, s := range b.wb.Sheets() {
			k, persis, ok := canonicalOf(s.Name)
			if !ok || persis != persisDulu || s.Type != "worksheet" {
				continue
			}
			if _, dup := found[k]; !dup {
				found[k] = s
			}
		}
	}
	grids := map[string]*sheet{}
	b.sheetsByName = map[string]*sheet{}
	for _, k := range canonicalSheets {
		info, ok := found[k]
		if !ok {
			continue
		}
		g, err := b.wb.ReadSheet(info)
		if err != nil {
			return nil, err
		}
		grids[k] = &sheet{Grid: g, canonical: k, name: info.Name}
		b.sheetsByName[strings.ToLower(info.Name)] = grids[k]
	}

	lap := &kinerja.Laporan{NamaLembar: map[string]string{}}
	for k, info := range found {
		lap.NamaLembar[k] = info.Name
	}
	// The sheets the workbook has that lapkin does not read: a renamed
	// required sheet ("Realisasi TW3") is among them.
	var lain []string
	for _, sh := range b.wb.Sheets() {
		if _, _, ok := canonicalOf(sh.Name); !ok && sh.Type == "worksheet" {
			lain = append(lain, fmt.Sprintf("%q", sh.Name))
		}
	}
	for _, k := range []string{kinerja.SheetIdentitas, kinerja.SheetTarget, kinerja.SheetRealisasi} {
		if grids[k] == nil {
			ada := ""
			if len(lain) > 0 {
				ada = "; lembar lain di buku kerja ini: " + strings.Join(lain, ", ") + " — bila salah satunya lembar " + k + ", ganti namanya menjadi " + strconv.Quote(k)
			}
			b.report("LK002", kinerja.Error, kinerja.Ref{Sheet: k}, "",
				"Lembar %s tidak ada; tambahkan lembar bernama %q (contoh susunannya: jalankan `lapkin init`)%s", k, k, ada)
		}
	}
	if g := grids[kinerja.SheetIdentitas]; g != nil {
		b.readIdentitas(g, &lap.Identitas)
		lap.Logo = b.logo(found[kinerja.SheetIdentitas])
	} else {
		lap.Identitas.Refs = map[string]kinerja.Ref{}
	}
	if g := grids[kinerja.SheetTugas]; g != nil {
		lap.Tugas = b.readList(g, &specTugas)
	}
	if g := grids[kinerja.SheetTarget]; g != nil {
		lap.Target = b.readTarget(g, lap.Identitas.Tahun)
		if len(lap.Target) == 0 && !b.hasFinding("LK003", kinerja.SheetTarget) {
			// An empty Perjanjian Kinerja would give a report without a
			// single indicator: as good as a missing sheet.
			b.report("LK002", kinerja.Error, kinerja.Ref{Sheet: kinerja.SheetTarget}, "",
				"Lembar Target belum berisi indikator; isi minimal satu baris (Kode, Indikator, Satuan, Target) di bawah baris judul kolom")
		}
	}
	if g := grids[kinerja.SheetRealisasi]; g != nil {
		lap.Realisasi = b.readRealisasi(g)
	}
	if g := grids[kinerja.SheetAnggaran]; g != nil {
		lap.AdaAnggaran = true
		lap.Anggaran, lap.AnggaranTingkat = b.readAnggaran(g)
	} else {
		b.report("LK002", kinerja.Warning, kinerja.Ref{Sheet: kinerja.SheetAnggaran}, "",
			"Lembar Anggaran tidak ada, sehingga tabel biaya per capaian (Tabel 2.3) dan efisiensi tidak dibuat; tambahkan lembar \"Anggaran\" bila ada data pagu dan realisasi anggaran")
	}
	if g := grids[kinerja.SheetStrategi]; g != nil {
		lap.Strategi = b.readStrategi(g)
	}
	if g := grids[kinerja.SheetAnalisis]; g != nil {
		lap.Analisis = b.readAnalisis(g)
	}
	if g := grids[kinerja.SheetTindakLanjut]; g != nil {
		lap.TindakLanjut = b.readList(g, &specTindakLanjut)
	}
	if g := grids[kinerja.SheetTanggapan]; g != nil {
		lap.Tanggapan = b.readTanggapan(g)
	}
	if g := grids[kinerja.SheetNarasi]; g != nil {
		lap.Narasi = b.readNarasi(g)
	}
	if g := grids[kinerja.SheetLibur]; g != nil {
		lap.Libur = b.readLibur(g)
	}
	b.reportUnevaluated()
	return lap, nil
}

// baris helpers: the content of a spec column in a data row.
type rowCtx struct {
	b   *reader
	g   *sheet
	sp  *sheetSpec
	bd  dataRow
	key string
	// kolom are the columns' names for messages ("Kolom Pagu"), made
	// once per sheet, not for every cell.
	kolom []string
}

func (c *rowCtx) x(id string) (xlsx.Content, string) {
	i := c.sp.indeks(id)
	return c.bd.cells[i], c.kolom[i]
}

func (c *rowCtx) text(id string) kinerja.Sel {
	x, judul := c.x(id)
	return c.b.text(c.g, x, c.key, judul)
}

// isNumber reports whether the cell of a spec column holds a number (a
// code typed as 1.10 that Excel stored as 1.1).
func (c *rowCtx) isNumber(id string) bool {
	x, _ := c.x(id)
	jenis, _ := c.b.rawValue(c.g, x.Cell)
	return jenis == 'n'
}

func (c *rowCtx) number(id string) kinerja.Nilai {
	x, judul := c.x(id)
	return c.b.number(c.g, x, c.key, judul, false)
}

func (c *rowCtx) target(id string) kinerja.Nilai {
	x, judul := c.x(id)
	return c.b.number(c.g, x, c.key, judul, true)
}

func (b *reader) rows(g *sheet, sp *sheetSpec, fn func(c *rowCtx)) {
	kolom := make([]string, len(sp.columnSpec))
	for i, k := range sp.columnSpec {
		kolom[i] = "Kolom " + k.judul()
	}
	for _, bd := range b.tableRows(g, sp) {
		c := &rowCtx{b: b, g: g, sp: sp, bd: bd, kolom: kolom}
		fn(c)
	}
}

func (b *reader) readList(g *sheet, sp *sheetSpec) []kinerja.Sel {
	var out []kinerja.Sel
	b.rows(g, sp, func(c *rowCtx) { out = append(out, c.text(sp.kunci)) })
	return out
}

func (b *reader) readTarget(g *sheet, tahun int) []kinerja.Indikator {
	out := make([]kinerja.Indikator, 0, len(g.Rows)) // at most one per row: no regrowth on large sheets
	b.rows(g, specTargetTahun(tahun), func(c *rowCtx) {
		var ind kinerja.Indikator
		ind.Kode = c.text("kode")
		c.key = ind.Kode.Teks
		ind.Sasaran = c.text("sasaran")
		ind.Indikator = c.text("indikator")
		ind.Satuan = c.text("satuan")
		ind.Target = c.target("target")
		for q := 0; q < 4; q++ {
			ind.TargetTW[q] = c.target(idTargetTW[q])
		}
		ind.PolaritasSel = c.text("polaritas")
		p, err := kinerja.ParsePolaritas(ind.PolaritasSel.Teks)
		if err != nil {
			b.report("LK008", kinerja.Error, ind.PolaritasSel.Ref, c.key, "Polaritas %q tidak dikenal; tulis Positif (makin tinggi makin baik) atau Negatif (makin rendah makin baik). Sementara dianggap Positif", ind.PolaritasSel.Teks)
			p = kinerja.Positif
		}
		ind.Polaritas = p
		ind.SifatSel = c.text("sifat")
		s, err := kinerja.ParseSifat(ind.SifatSel.Teks, ind.Satuan.Teks)
		if err != nil {
			s, _ = kinerja.ParseSifat("", ind.Satuan.Teks)
			b.report("LK008", kinerja.Error, ind.SifatSel.Ref, c.key, "Sifat %q tidak dikenal; tulis Kumulatif, Non Kumulatif atau Rata-rata. Sementara dianggap %s", ind.SifatSel.Teks, namaSifat(s))
		}
		ind.Sifat = s
		ind.TingkatSel = c.text("tingkat")
		if ind.Tingkat, err = kinerja.ParseTingkat(ind.TingkatSel.Teks, true); err != nil {
			b.report("LK008", kinerja.Error, ind.TingkatSel.Ref, c.key, "Tingkat %q tidak dikenal; tulis Sasaran Strategis, Program, Kegiatan atau Sub Kegiatan (atau kosongkan)", ind.TingkatSel.Teks)
		}
		readTargetTahunan(c, &ind)
		out = append(out, ind)
	})
	return out
}

func namaSifat(s kinerja.Sifat) string {
	switch s {
	case kinerja.NonKumulatif:
		return "Non Kumulatif"
	case kinerja.RataRata:
		return "Rata-rata"
	}
	return "Kumulatif"
}

func (b *reader) readRealisasi(g *sheet) []kinerja.Realisasi {
	out := make([]kinerja.Realisasi, 0, len(g.Rows)) // at most one per row: no regrowth on large sheets
	b.rows(g, &specRealisasi, func(c *rowCtx) {
		var r kinerja.Realisasi
		r.Kode = c.text("kode")
		c.key = r.Kode.Teks
		for q := 0; q < 4; q++ {
			r.TW[q] = c.number(idTW[q])
		}
		r.Keterangan = c.text("keterangan")
		r.Capaian = c.number("capaian")
		out = append(out, r)
	})
	return out
}

// readAnggaran reads the Anggaran rows, and whether the sheet's Tingkat
// column has a value (then it is a hierarchy, docs/format.md, Anggaran;
// the template's column left empty keeps a flat list flat).
func (b *reader) readAnggaran(g *sheet) ([]kinerja.Kegiatan, bool) {
	out := make([]kinerja.Kegiatan, 0, len(g.Rows)) // at most one per row: no regrowth on large sheets
	sp := &specAnggaran
	tingkatColumn := false
	b.rows(g, sp, func(c *rowCtx) {
		var k kinerja.Kegiatan
		k.Kode = c.text("kode")
		k.KodeAngka = c.isNumber("kode")
		k.Kegiatan = c.text("kegiatan")
		c.key = k.Kode.Teks
		if c.key == "" {
			c.key = k.Kegiatan.Teks
		}
		k.Indikator = c.text("indikator")
		k.Pagu = c.number("pagu")
		for q := 0; q < 4; q++ {
			k.RealisasiTW[q] = c.number(idRealisasiTW[q])
		}
		k.Realisasi = c.number("realisasi")
		k.TargetKinerja = c.number("targetk")
		k.RealisasiKinerja = c.number("realisasik")
		k.SatuanKinerja = c.text("satuank")
		k.Capaian = c.number("capaian")
		k.Efisiensi = c.number("efisiensi")
		k.Keterangan = c.text("keterangan")
		k.TingkatSel = c.text("tingkat")
		if k.TingkatSel.Teks != "" {
			tingkatColumn = true // a Tingkat column left empty is a flat list
		}
		var err error
		if k.Tingkat, err = kinerja.ParseTingkat(k.TingkatSel.Teks, false); err != nil {
			b.report("LK008", kinerja.Error, k.TingkatSel.Ref, c.key, "Tingkat %q tidak dikenal; tulis Program, Kegiatan atau Sub Kegiatan (nomenklatur Permendagri 90/2019)", k.TingkatSel.Teks)
		}
		out = append(out, k)
	})
	return out, tingkatColumn
}

func (b *reader) readStrategi(g *sheet) []kinerja.Strategi {
	out := make([]kinerja.Strategi, 0, len(g.Rows)) // at most one per row: no regrowth on large sheets
	b.rows(g, &specStrategi, func(c *rowCtx) {
		var s kinerja.Strategi
		s.Kode = c.text("kode")
		c.key = s.Kode.Teks
		s.Strategi = c.text("strategi")
		s.Periode = c.text("periode")
		out = append(out, s)
	})
	return out
}

func (b *reader) readAnalisis(g *sheet) []kinerja.Analisis {
	out := make([]kinerja.Analisis, 0, len(g.Rows)) // at most one per row: no regrowth on large sheets
	b.rows(g, &specAnalisis, func(c *rowCtx) {
		var a kinerja.Analisis
		a.Kode = c.text("kode")
		c.key = a.Kode.Teks
		a.Uraian = c.text("uraian")
		out = append(out, a)
	})
	return out
}

// pilihTanda are the marks that choose a Tanggapan option.
var pilihTanda = map[string]bool{"x": true, "✓": true, "✔": true, "√": true, "☑": true, "☒": true, "✅": true,
	"v": true, "ya": true, "y": true, "1": true, "true": true, "benar": true, "dipilih": true}

func (b *reader) readTanggapan(g *sheet) []kinerja.Tanggapan {
	out := []kinerja.Tanggapan{}
	b.rows(g, &specTanggapan, func(c *rowCtx) {
		var t kinerja.Tanggapan
		t.Teks = c.text("tanggapan")
		p := c.text("pilih")
		t.Pilih = pilihTanda[strings.ToLower(strings.TrimSpace(p.Teks))]
		out = append(out, t)
	})
	return out
}

func (b *reader) readNarasi(g *sheet) []kinerja.Narasi {
	var out []kinerja.Narasi
	b.rows(g, &specNarasi, func(c *rowCtx) {
		var n kinerja.Narasi
		n.Bagian = c.text("bagian")
		c.key = n.Bagian.Teks
		n.Teks = c.text("teks")
		out = append(out, n)
	})
	return out
}

func (b *reader) readLibur(g *sheet) []kinerja.Libur {
	var out []kinerja.Libur
	b.rows(g, &specLibur, func(c *rowCtx) {
		x, judul := c.x("tanggal")
		t, _, ok := b.date(g, x, "", judul)
		if !ok {
			return
		}
		out = append(out, kinerja.Libur{Tanggal: t, Keterangan: c.text("keterangan").Teks,
			Ref: kinerja.Ref{Sheet: g.canonical, Cell: x.Ref}})
	})
	return out
}

// maxExcelizeOpen is the largest package (unzipped) excelize is opened
// for, to read a picture placed in a cell: excelize loads every part.
const maxExcelizeOpen = 32 << 20

// logo returns the first picture on the Identitas sheet (top-most, then
// left-most), or nil. Pictures are optional: a picture that cannot be
// read is left out. Pictures in drawings are read by internal/xlsx;
// only pictures placed in cells need excelize, which is opened for
// them only in a package of at most maxExcelizeOpen bytes.
func (b *reader) logo(info xlsx.Sheet) *kinerja.Gambar {
	if p, ok := b.wb.FirstPicture(info); ok {
		if !b.wb.InCellPictures() {
			return &kinerja.Gambar{Data: p.Data, Ext: p.Ext}
		}
	} else if !b.wb.InCellPictures() {
		return nil
	}
	if b.wb.DeclaredSize() > maxExcelizeOpen {
		return nil
	}
	xf, err := b.wb.Excelize()
	if err != nil {
		return nil
	}
	cells, err := xf.GetPictureCells(info.Name)
	if err != nil || len(cells) == 0 {
		return nil
	}
	sort.Slice(cells, func(i, j int) bool {
		ci, ri, _ := xlsx.ParseCell(cells[i])
		cj, rj, _ := xlsx.ParseCell(cells[j])
		if ri != rj {
			return ri < rj
		}
		return ci < cj
	})
	for _, cell := range cells {
		pics, err := xf.GetPictures(info.Name, cell)
		if err != nil {
			continue
		}
		for _, p := range pics {
			if len(p.File) > 0 {
				return &kinerja.Gambar{Data: p.File, Ext: strings.ToLower(p.Extension)}
			}
		}
	}
	return nil
}

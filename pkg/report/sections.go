package report

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/lapkin/lapkin/internal/fpdf"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// The parts of the quarterly report, in the order of the reference report:
// one method per part (cover, BAB I–III and their sections), each the
// layout of that part. The file is long because it is the report's
// outline read top to bottom; splitting it would scatter that order
// across files. Its building blocks live elsewhere: tables table.go,
// charts chart.go, text and pages layout.go, front matter frontmatter.go.

// narasiBagian writes the text of a part: the Narasi sheet's paragraphs
// for it when there are any, else its template. next is the table
// drawn right after the text, nil when what follows is not a table.
func (r *laporan) narasiBagian(nama string, next *table) {
	bs := r.narasiBlocks(nama)
	r.keepLeadIn(bs, next)
	// From the page's left edge: on a landscape page (2.3's heading and
	// lead-in above a landscape Tabel 2.3) that of the table.
	r.writeBlocks(bs, r.textLeft(), r.contentWidth(), 2.5)
	r.addSpace(2.5)
}

// keepLeadIn makes a closing lead-in of a part's text bs ("… sebagai
// berikut:") keep room for the start of the table next or the text it
// introduces (leadInRoomFor), unless the caller set what follows
// (docs/laporan.md#pemisahan-halaman).
func (r *laporan) keepLeadIn(bs []textBlock, next *table) {
	if r.tail == 0 && len(bs) > 0 && leadIn(bs[len(bs)-1].teks) {
		r.tail = 2.5 + r.leadInRoomFor(next)
	}
}

// narasiBlocks are the blocks of a part: the Narasi sheet's paragraphs
// for it, else its template's text; the font set for them.
func (r *laporan) narasiBlocks(nama string) []textBlock {
	r.setFont("", ukuranIsi)
	var bs []textBlock
	if paras, ok := r.narasi[nama]; ok {
		for _, p := range paras {
			bs = append(bs, parseBlocks(p, true)...)
		}
		return bs
	}
	var berkas string
	for _, b := range DaftarBagian {
		if b.Nama == nama {
			berkas = b.Berkas
		}
	}
	out, err := r.tpl.exec(berkas, r.data)
	if err != nil {
		if r.err == nil {
			r.err = err
		}
		return nil
	}
	return parseBlocks(out, false)
}

// narasiLead is the height of the start of part nama that must share a
// page with its heading (leadHeight); a short lead-in that is the whole
// text adds the room narasiBagian will keep for what it introduces: the
// caller's tail when set, else that for next.
func (r *laporan) narasiLead(nama string, next *table) float64 {
	bs := r.narasiBlocks(nama)
	if len(bs) == 0 {
		return 0
	}
	h := r.leadHeight(bs, r.margin.left, r.contentWidth())
	if len(bs) == 1 && leadIn(bs[0].teks) && h >= float64(r.paragraphLines(bs[0].teks, r.contentWidth(), "J")-1)*tinggiBaris(ukuranIsi) {
		if r.tail != 0 {
			h += r.tail
		} else {
			h += 2.5 + r.leadInRoomFor(next)
		}
	}
	return h
}

// leadInRoomFor is the room a lead-in closing a part keeps for what it
// introduces: the measured start of table next when a table with rows
// follows (tableStartHeight), else leadInRoom's estimate (text, or the
// note drawn for a table without rows).
func (r *laporan) leadInRoomFor(next *table) float64 {
	if next == nil || next.rowCount() == 0 {
		return leadInRoom()
	}
	h := r.tableStartHeight(next)
	r.setFont("", ukuranIsi)
	return h
}

// leadInRoom is the room a lead-in keeps when what it introduces is not a
// table measured by leadInRoomFor: that of a table's caption (two
// lines), a header of up to three lines and a first row of two, which is
// more than two lines of text.
func leadInRoom() float64 {
	lt := tinggiBaris(ukuranTabel)
	return 2*tinggiBaris(ukuranIsi) + 3*lt + 2*padY + 2*lt + 2*padY + 1
}

// tableStartHeight is the height drawTable keeps together at the start
// of table t (caption, header, first row; at least t.minStart), measured at the widths and
// font size it will be drawn with; at most half a page, so that a lead-in
// keeping it always fits a page with it. t is left as it was but for its
// measures (t.measured) and its headers' glued words (glueHeaderWords).
func (r *laporan) tableStartHeight(t *table) float64 {
	for i := range t.header {
		t.header[i].text = glueHeaderWords(t.header[i].text)
	}
	fontSize := t.fontSize
	for !r.columnWidths(t) && t.fontSize > 6 {
		t.fontSize -= 0.5
		for c := range t.columns {
			t.columns[c].w = 0
		}
	}
	lh := tinggiBaris(t.fontSize)
	capH := 2 * tinggiBaris(ukuranIsi)
	hHeader := r.headerHeight(t)
	r0 := r.layoutRows(t, 0, 1)[0]
	first := min(max(r0.h, cellHeight(r0.merged, lh)), r.pageHeight()-capH-hHeader)
	t.fontSize = fontSize
	for c := range t.columns {
		t.columns[c].w = 0
	}
	return min(max(capH+hHeader+first+1, t.minStart), r.pageHeight()/2)
}

// judulBab starts a chapter on a new page: "BAB II" over its title.
func (r *laporan) judulBab(bab, judul string) {
	r.newPage()
	r.addBookmark("BAB "+bab+" "+judul, 0)
	r.setFont("B", ukuranJudul+1)
	lh := tinggiBaris(ukuranJudul + 1)
	y := r.y()
	r.writeLine(r.margin.left, y, r.contentWidth(), lh, "BAB "+bab, "C")
	r.writeLine(r.margin.left, y+lh, r.contentWidth(), lh, judul, "C")
	r.setY(y + 2*lh + 5)
}

// subheading writes "2.1. PERJANJIAN KINERJA", kept with what follows:
// four lines, or the start of the Narasi part bagian when it needs more
// (next: the table after that part's text, as in narasiBagian).
func (r *laporan) subheading(nomor, judul, bagian string, next *table) {
	lh := tinggiBaris(ukuranIsi)
	lead := 4 * lh
	// The start of the part's text is kept on the heading's page by the
	// text's own rules (narasiBagian), measured from under the heading and
	// the space above it: that space counts, else the heading could be
	// left alone at the page's foot.
	if bagian != "" {
		above := 0.0
		if !r.atPageTop() {
			above = 2
		}
		lead = max(lead, above+r.narasiLead(bagian, next))
	}
	r.ensureSpace(lh + 2 + lead)
	if !r.atPageTop() {
		r.addSpace(2)
	}
	r.addBookmark(nomor+". "+judul, 1)
	r.setFont("B", ukuranIsi)
	y := r.y()
	// A foreign term in brackets keeps its case and is set in italic
	// ("2.3.  REALISASI ANGGARAN (Cost per Outcome)"): the font has no
	// bold italic, and a term in capitals would not read as foreign.
	utama, asing := judul, ""
	if i := strings.Index(judul, " ("); i > 0 && strings.HasSuffix(judul, ")") && istilahAsing[judul[i+2:len(judul)-1]] {
		utama, asing = judul[:i], judul[i+1:]
	}
	teks := nomor + ".  " + strings.ToUpper(utama)
	r.writeLine(r.textLeft(), y, r.contentWidth(), lh, teks, "L")
	if asing != "" {
		x := r.textLeft() + r.pdf.GetStringWidth(teks+" ")
		r.setFont("I", ukuranIsi)
		r.writeLine(x, y, r.textLeft()+r.contentWidth()-x, lh, asing, "L")
	}
	r.setY(y + lh + 2)
	r.setFont("", ukuranIsi)
}

// numberColumn is the width of the number column of a list numbered
// "1." to "n." in the current font: the widest of its numbers, measured,
// and a gap, at least the 8 mm that fit two digits. The text hangs from
// it, so "1899." never runs into its heading (docs/laporan.md#penomoran).
func (d *doc) numberColumn(n int) float64 {
	w := 0.0
	digits := len(strconv.Itoa(n))
	for i := n; i > 0 && len(strconv.Itoa(i)) == digits; i-- {
		w = max(w, d.pdf.GetStringWidth(strconv.Itoa(i)+"."))
	}
	return max(8, w+jarakNomor)
}

// jarakNomor is the least gap between a number and its text, mm.
const jarakNomor = 2.5

// istilahAsing are the foreign terms of the headings, set in italic.
var istilahAsing = map[string]bool{"Cost per Outcome": true}

// coverStart opens a cover page (its bookmark, and the DRAF line a draft's
// cover needs since it has no footer). It returns a writer of centred,
// wrapped lines that gives the y below them, and at, which places the
// covers' positions on A4 with the default margins on the page: stretched
// to the paper's height (× k), then the default text block (20 mm to the
// height less 20 mm) mapped onto the page's own.
func (r *laporan) coverStart() (tengah func(teks, gaya string, pt, y float64) float64, at func(y float64) float64) {
	r.newPage()
	r.pdf.Bookmark("Sampul", 0, -1)
	tengah = func(teks, gaya string, pt, y float64) float64 {
		r.setFont(gaya, pt)
		lh := tinggiBaris(pt) * 0.9
		for _, ln := range r.breakLines(teks, r.contentWidth()-10) {
			r.writeLine(r.margin.left, y, r.contentWidth(), lh, ln, "C")
			y += lh
		}
		return y
	}
	if r.opt.Draf {
		r.setFont("B", 9)
		r.pdf.SetTextColor(90, 90, 90)
		r.writeLine(r.margin.left, r.margin.top, r.contentWidth(), 5, "DRAF · belum untuk ditandatangani", "C")
		r.pdf.SetTextColor(0, 0, 0)
	}
	k := r.kertas.h / kertasA4.h
	def := defaultMargins(r.kertas)
	at = func(y float64) float64 { return y * k }
	if r.margin.top != def.top || r.margin.bottom != def.bottom {
		s := (r.kertas.h - r.margin.top - r.margin.bottom) / (r.kertas.h - def.top - def.bottom)
		at = func(y float64) float64 { return r.margin.top + (y*k-def.top)*s }
	}
	return tengah, at
}

// coverAgency writes, under the unit's name, the parent agency of a unit
// outside a regional government (it replaces "Pemerintah Kabupaten …"),
// else the regional government.
func (r *laporan) coverAgency(tengah func(teks, gaya string, pt, y float64) float64, y float64) {
	id := r.l.Identitas
	if induk := oneLine(id.InstansiInduk); induk != "" {
		tengah(strings.ToUpper(induk), "B", 14, y)
	} else if pemda := oneLine(id.Pemda); pemda != "" {
		if !strings.HasPrefix(strings.ToLower(pemda), "pemerintah") {
			pemda = "Pemerintah " + pemda
		}
		tengah(strings.ToUpper(pemda), "B", 14, y)
	}
}

func (r *laporan) sampul() {
	id := r.l.Identitas
	tengah, at := r.coverStart()
	y := at(38)
	y = tengah("LAPORAN KINERJA", "B", 22, y)
	y = tengah(fmt.Sprintf("TRIWULAN %s", kinerja.Romawi(r.h.Triwulan)), "B", 18, y+2)
	tengah(fmt.Sprintf("TAHUN ANGGARAN %d", id.Tahun), "B", 16, y+1)

	r.logo(r.margin.left+r.contentWidth()/2, at(118), 52)

	y = at(178)
	y = tengah(strings.ToUpper(oneLine(id.Jabatan)), "B", 14, y)
	y = tengah(strings.ToUpper(oneLine(id.Unit)), "B", 14, y+1)
	r.coverAgency(tengah, y+1)
	tengah(strconv.Itoa(id.Tahun), "B", 14, at(250))
}

// logo draws the workbook's logo centred at (cx, cy) within a box of size
// s mm; a picture that cannot be read is left out with a note.
func (r *laporan) logo(cx, cy, s float64) {
	g := r.l.Logo
	if g == nil || len(g.Data) == 0 {
		return
	}
	png, w, h, err := normalizeImage(g.Data)
	if err != nil {
		r.info.Catatan = append(r.info.Catatan, "logo pada lembar Identitas tidak dapat dibaca ("+err.Error()+"): sampul dicetak tanpa logo")
		return
	}
	scale := s / float64(max(w, h))
	dw, dh := float64(w)*scale, float64(h)*scale
	opt := fpdf.ImageOptions{ImageType: "PNG", ReadDpi: false}
	r.pdf.RegisterImageOptionsReader("logo", opt, bytes.NewReader(png))
	if err := r.pdf.Error(); err != nil {
		// fpdf errors are sticky: this cannot be undone, so fail clearly.
		r.err = fmt.Errorf("logo tidak dapat dipasang: %v", err)
		return
	}
	r.pdf.ImageOptions("logo", cx-dw/2, cy-dh/2, dw, dh, false, opt, 0, "")
}

func (r *laporan) bab1() {
	r.judulBab("I", "PENDAHULUAN")
	r.narasiBagian("Pendahuluan", nil)
	bs := numberedList(r.l.Tugas)
	r.setFont("", ukuranIsi)
	// The lead-in "… sebagai berikut:" keeps the first duty.
	r.tail = 2.5 + r.leadHeight(bs, r.margin.left+4, r.contentWidth()-4)
	r.narasiBagian("Tugas", nil)
	r.tail = 0
	if len(bs) > 0 {
		r.setFont("", ukuranIsi)
		r.writeBlocks(bs, r.margin.left+4, r.contentWidth()-4, 1.5)
	}
}

func (r *laporan) bab2() {
	r.judulBab("II", "AKUNTABILITAS KINERJA")
	r.perjanjian()
	r.capaian()
	r.anggaran()
	r.evaluasi()
	r.tindakLanjut()
	r.tanggapan()
}

func (r *laporan) perjanjian() {
	t := r.tablePK("2.1", "Lembar Dokumen Perjanjian Kinerja "+pejabat(r.l.Identitas), "Sasaran Kegiatan", 20)
	groupByTingkat(t, r.h)
	r.subheading("2.1", "Perjanjian Kinerja", "Perjanjian Kinerja", t)
	r.narasiBagian("Perjanjian Kinerja", t)
	r.drawTableOrNote(t, "Belum ada indikator kinerja yang ditetapkan dalam Perjanjian Kinerja.")
}

// columnsFit reports whether a table's columns fit the text block (of the
// current page set-up) at the smallest font drawTable would use: figures
// unsqueezed, text columns at least as wide as their longest word; and the
// width its name column (the heaviest text column) gets. It measures the
// rows once (t.measured), so a change of the table's columns must change
// t.measured to match.
//
// It calls check (when not nil) with the name column's index while the
// columns have their fitted widths.
func (r *laporan) columnsFit(t *table, check func(c int)) (bool, float64) {
	fontSize := t.fontSize
	ok := r.columnWidths(t)
	for !ok && t.fontSize > 6 {
		t.fontSize -= 0.5
		for c := range t.columns {
			t.columns[c].w = 0
		}
		ok = r.columnWidths(t)
	}
	// The figures fit unsqueezed and every text column reaches its word
	// minimum (none of its words breaks between characters).
	nameW, weight, nameCol := 0.0, 0.0, -1
	for c, k := range t.columns {
		if !k.fit && k.w < k.minContent-0.01 {
			ok = false
		}
		if !k.fit && k.weight > weight {
			nameW, weight, nameCol = k.w, k.weight, c
		}
	}
	if check != nil && nameCol >= 0 {
		check(nameCol)
	}
	t.fontSize = fontSize
	for c := range t.columns {
		t.columns[c].w = 0
	}
	return ok, nameW
}

// shortRows: a Tabel 2.3 of at most this many rows (a page or two)
// keeps its Sasaran column when the figures fit beside it unsqueezed.
//
// The orientation rule (docs/laporan.md#tabel-23), the same for
// every paper and margin: Tabel 2.3 goes on landscape pages when in
// portrait its name column would be narrower than minNameWidth (mm; at
// 7,5 pt about 40 characters a line) AND either it has more than
// portraitRows rows (about two portrait pages) or some name would take
// more than maxNameLines lines there; otherwise it stays portrait.
// Turning the document for a page or two costs the reader more than a
// narrow column whose names still take at most three lines (1 indicator
// with 31 short kegiatan stays portrait), but not more than names over
// four and five lines (the bertingkat example's sub kegiatan).
const (
	shortRows    = 30
	portraitRows = 60
	minNameWidth = 60.0
	maxNameLines = 3
)

// layoutAnggaran chooses how Tabel 2.3 is set (docs/laporan.md#halaman-lanskap).
// A short table keeps its Sasaran column when the figures fit beside it
// unsqueezed, every text column reaches its longest word and the table
// stays portrait by the orientation rule; otherwise Sasaran is left out
// (Tabel 2.1 and 2.2 give it for every indicator; beside thousands of
// rows it halves the names' width) and the rule decides between portrait
// and landscape. *sasaran tells whether t has the Sasaran column
// (column 1); it is cleared when the column is left out.
func (r *laporan) layoutAnggaran(t *table, sasaran *bool) {
	long := t.rowCount() > shortRows
	if *sasaran && !long {
		if ok, _ := r.columnsFit(t, nil); ok {
			return
		}
	}
	if *sasaran {
		*sasaran = false
		t.columns = append(t.columns[:1:1], t.columns[2:]...)
		if t.measured != nil {
			t.measured = append(t.measured[:1:1], t.measured[2:]...)
		}
		var hs []headerCell
		for _, h := range t.header {
			switch {
			case h.c0 == 1:
				continue
			case h.c0 > 1:
				h.c0--
			}
			hs = append(hs, h)
		}
		t.header, t.mergeColumn = hs, -1
	}
	if long {
		_, nameW, lines := r.columnsFitLines(t)
		t.landscape = needsLandscape(t, nameW, lines)
	}
}

// needsLandscape is the orientation rule of Tabel 2.3 (see minNameWidth),
// given the portrait name column's width nameW (mm) and the most lines a
// name takes in it (lines).
func needsLandscape(t *table, nameW float64, lines int) bool {
	return nameW < minNameWidth-0.01 && (t.rowCount() > portraitRows || lines > maxNameLines)
}

// columnsFitLines is columnsFit, and also the most lines a cell of the
// name column takes at the fitted widths; counted only for a table of at most
// portraitRows rows (a longer one's count does not matter to the rule).
func (r *laporan) columnsFitLines(t *table) (bool, float64, int) {
	lines := 0
	ok, nameW := r.columnsFit(t, func(c int) {
		if t.rowCount() > portraitRows {
			return
		}
		x, w := t.columnX(c), t.columns[c].w
		for _, b := range r.layoutRows(t, 0, t.rowCount()) {
			if b.keepWithNext {
				continue // an indicator's (or a parent's) row: a heading
			}
			for _, s := range b.cells {
				if math.Abs(s.x-x) < 0.01 && math.Abs(s.w-w) < 0.01 {
					lines = max(lines, len(s.lines))
				}
			}
			if s := b.merged; s != nil && math.Abs(s.x-x) < 0.01 && math.Abs(s.w-w) < 0.01 {
				lines = max(lines, len(s.lines))
			}
		}
	})
	return ok, nameW, lines
}

// daftarNomor writes row numbers as "1–6", "1, 3 dan 5" or "2".
func daftarNomor(ns []string) string {
	urut := len(ns) > 2
	for i := 1; i < len(ns) && urut; i++ {
		a, _ := strconv.Atoi(ns[i-1])
		b, _ := strconv.Atoi(ns[i])
		urut = b == a+1
	}
	if urut {
		return ns[0] + "–" + ns[len(ns)-1]
	}
	if len(ns) == 1 {
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " dan " + ns[len(ns)-1]
}

func sasaranKey(s string) string { return strings.ToLower(oneLine(s)) }

// drawTableOrNote draws a table, or the note empty when it has no rows.
func (r *laporan) drawTableOrNote(t *table, empty string) {
	if t.rowCount() == 0 {
		r.setFont("I", ukuranIsi)
		r.writeParagraph(empty, r.margin.left, r.contentWidth(), "L")
		r.addSpace(3)
		return
	}
	r.drawTable(t)
	r.addSpace(4)
}

func (r *laporan) capaian() {
	q := r.h.Triwulan
	targetTW := false
	for _, hi := range r.h.Indikator {
		if hi.Row != nil && hi.Row.TargetTW[q-1].Ada {
			targetTW = true
		}
	}
	judulTarget := "Target"
	if targetTW {
		judulTarget = "Target TW " + kinerja.Romawi(q)
	}
	// Optional columns: the capaian at the end of the previous quarter (a
	// trend, from TW 1..q−1) and Keterangan (Realisasi sheet), each only
	// when some indicator has one.
	sebelumnya, keterangan := false, false
	for _, hi := range r.h.Indikator {
		sebelumnya = sebelumnya || hi.CapaianSebelumnya.OK
		keterangan = keterangan || hi.RealisasiRow != nil && oneLine(hi.RealisasiRow.Keterangan.Teks) != ""
	}
	// With the optional columns the text columns give up their share of
	// the width, down to what their header needs on one line.
	minSasaran, minIndikator := 26.0, 30.0
	if sebelumnya || keterangan {
		minSasaran, minIndikator = 28, 28
	}
	cols := []column{
		{align: "C", fit: true, min: 8},
		{align: "L", weight: 1, min: minSasaran},
		{align: "L", weight: 1.25, min: minIndikator},
		{align: "C", fit: true, min: 14, maxWidth: 17},
		{align: "C", fit: true, min: 14, maxWidth: 17},
	}
	header := []headerCell{
		{text: "No", c0: 0, cs: 1, rs: 1}, {text: "Sasaran Kegiatan", c0: 1, cs: 1, rs: 1},
		{text: "Indikator Kinerja", c0: 2, cs: 1, rs: 1}, {text: judulTarget, c0: 3, cs: 1, rs: 1},
		{text: "Realisasi", c0: 4, cs: 1, rs: 1},
	}
	addColumn := func(k column, judul string) {
		header = append(header, headerCell{text: judul, c0: len(cols), cs: 1, rs: 1})
		cols = append(cols, k)
	}
	if sebelumnya {
		addColumn(column{align: "R", fit: true, min: 12}, "Capaian TW "+kinerja.Romawi(q-1)+" (%)")
	}
	addColumn(column{align: "R", fit: true, min: 14}, "Capaian (%)")
	addColumn(column{align: "C", fit: true, min: 14, maxWidth: 16}, "Predikat")
	if keterangan {
		addColumn(column{align: "L", weight: 0.6, min: 16}, "Keterangan")
	}
	t := &table{
		number:     "2.2",
		title:      "Capaian Kinerja " + pejabat(r.l.Identitas) + " Triwulan " + kinerja.Romawi(q) + " Tahun " + strconv.Itoa(r.h.Tahun),
		columns:    cols,
		header:     header,
		headerRows: 1, numberColumns: true, mergeColumn: 1, fontSize: ukuranTabel,
	}
	g := &grafik{
		nomor: "2.1",
		judul: "Capaian Kinerja per Indikator Triwulan " + kinerja.Romawi(q) + " Tahun " + strconv.Itoa(r.h.Tahun),
		seri:  []chartSeries{{nama: "tercapai (≥ 100%)", gelap: true}, {nama: "belum tercapai", gelap: false}},
	}
	var belumDinilai []string
	for i, hi := range r.h.Indikator {
		cells := []cell{
			{text: strconv.Itoa(i + 1)}, {text: oneLine(hi.Sasaran)}, {text: oneLine(hi.Indikator)},
			{text: nilaiSatuan(hi.TargetPeriode, hi.TargetPeriodeRentang, hi.Satuan)},
			{text: nilaiSatuan(hi.Realisasi, nil, hi.Satuan)},
		}
		if sebelumnya {
			cells = append(cells, cell{text: kinerja.FormatPersen(hi.CapaianSebelumnya)})
		}
		pred := predikat(hi.Predikat)
		if !hi.Dinilai {
			pred = "–"
			belumDinilai = append(belumDinilai, strconv.Itoa(i+1))
		}
		cells = append(cells, cell{text: kinerja.FormatPersen(hi.Capaian)}, cell{text: pred})
		if keterangan {
			k := ""
			if hi.RealisasiRow != nil {
				k = oneLine(hi.RealisasiRow.Keterangan.Teks)
			}
			cells = append(cells, cell{text: k})
		}
		t.rows = append(t.rows, row{mergeKey: sasaranKey(hi.Sasaran), cells: cells})
		st := 1
		switch {
		case hi.Tercapai:
			st = 0
		case !hi.Dinilai:
			// Not judged: a bar of its own, not "belum tercapai".
			if len(g.seri) == 2 {
				g.seri = append(g.seri, chartSeries{nama: "belum dinilai", polos: true})
			}
			st = 2
		}
		g.baris = append(g.baris, chartRow{label: strconv.Itoa(i+1) + ". " + oneLine(hi.Indikator),
			nilai: []kinerja.Angka{hi.Capaian}, seri: []int{st}})
	}
	if len(belumDinilai) > 0 {
		t.notes = append(t.notes, "– Predikat indikator nomor "+daftarNomor(belumDinilai)+" belum dinilai karena Target TW "+
			kinerja.Romawi(q)+" (Rencana Aksi) belum ditetapkan; capaiannya dihitung terhadap target tahunan.")
	}
	groupByTingkat(t, r.h)
	// The table is built before the heading and the text: the text's
	// closing lead-in keeps its real start (narasiBagian).
	r.subheading("2.2", "Capaian Kinerja", "Capaian Kinerja", t)
	r.narasiBagian("Capaian Kinerja", t)
	r.drawTableOrNote(t, "Tidak ada indikator kinerja untuk disajikan.")
	if len(g.baris) == 0 {
		return
	}
	g.ringkasPredikat(r.h.Indikator, "Tabel 2.2")
	r.drawChart(g)
	r.addSpace(4)

	// A paragraph per indicator: generated from the figures, then the
	// Analisis sheet's paragraphs for it.
	analisis := map[string][]string{}
	var kodeAnalisis []string
	for _, a := range r.l.Analisis {
		k := kinerja.NormKode(oneLine(a.Kode.Teks))
		if _, ok := analisis[k]; !ok {
			kodeAnalisis = append(kodeAnalisis, k)
		}
		analisis[k] = append(analisis[k], a.Uraian.Teks)
	}
	dipakai := map[string]bool{}
	r.setFont("B", ukuranIsi)
	mw := r.numberColumn(len(r.data.Indikator))
	lh := tinggiBaris(ukuranIsi)
	for i, di := range r.data.Indikator {
		r.setFont("", ukuranIsi)
		out, err := r.tpl.exec(templateIndikator, di)
		if err != nil {
			if r.err == nil {
				r.err = err
			}
			return
		}
		bs := parseBlocks(out, false)
		k := kinerja.NormKode(di.Kode)
		if !dipakai[k] {
			for _, p := range analisis[k] {
				bs = append(bs, parseBlocks(p, true)...)
			}
			dipakai[k] = true
		}
		// The indicator's name is kept with the start of its text
		// (docs/laporan.md#pemisahan-halaman); the first name also with
		// the lead-in line before it.
		lead := r.leadHeight(bs, r.margin.left+mw, r.contentWidth()-mw)
		r.setFont("B", ukuranIsi)
		heading := float64(r.paragraphLines(di.Indikator, r.contentWidth()-mw, "L"))*lh + 1 + lead
		if i == 0 {
			r.setFont("", ukuranIsi)
			r.tail = 2 + heading
			r.writeBlocks([]textBlock{{teks: "Uraian capaian masing-masing indikator kinerja adalah sebagai berikut:"}}, r.margin.left, r.contentWidth(), 0)
			r.addSpace(2)
			r.setFont("B", ukuranIsi)
		}
		r.ensureSpace(heading)
		mk := strconv.Itoa(i+1) + "."
		y := r.y()
		r.writeLine(r.margin.left, y, mw, lh, mk, "L")
		r.setY(y)
		r.writeParagraph(di.Indikator, r.margin.left+mw, r.contentWidth()-mw, "L")
		r.addSpace(1)
		r.setFont("", ukuranIsi)
		r.writeBlocks(bs, r.margin.left+mw, r.contentWidth()-mw, 2)
		r.addSpace(3)
	}
	if len(r.data.Indikator) == 0 {
		r.setFont("", ukuranIsi)
		r.writeParagraph("Uraian capaian masing-masing indikator kinerja adalah sebagai berikut:", r.margin.left, r.contentWidth(), "J")
		r.addSpace(2)
	}
	// Analisis rows whose Kode is not in Target (a finding; shown in a draft).
	for _, k := range kodeAnalisis {
		if dipakai[k] {
			continue
		}
		r.setFont("B", ukuranIsi)
		r.writeParagraph("Analisis untuk kode "+k+" (kode ini tidak terdapat dalam Perjanjian Kinerja)", r.margin.left, r.contentWidth(), "L")
		r.setFont("", ukuranIsi)
		var bs []textBlock
		for _, p := range analisis[k] {
			bs = append(bs, parseBlocks(p, true)...)
		}
		r.writeBlocks(bs, r.margin.left+mw, r.contentWidth()-mw, 2)
		r.addSpace(3)
	}
}

func (r *laporan) anggaran() {
	q := r.h.Triwulan
	if len(r.h.Kegiatan) == 0 {
		r.subheading("2.3", "Realisasi Anggaran (Cost per Outcome)", "Anggaran", nil)
		r.narasiBagian("Anggaran", nil)
		return
	}
	pmk := r.h.Metode == kinerja.PMK
	// The Sasaran column (merged over an indicator's rows) when some
	// indicator with kegiatan has a Sasaran; it shifts the other columns.
	// A hierarchical sheet's wide codes and sums leave no room for it.
	sasaran := false
	for i := 0; i < len(r.h.Indikator) && !r.h.Bertingkat; i++ {
		sasaran = sasaran || len(r.h.Indikator[i].Kegiatan) > 0 && oneLine(r.h.Indikator[i].Sasaran) != ""
	}
	minKegiatan := 38.0
	if sasaran {
		minKegiatan = 32
	}
	cols := []column{
		{align: "C", fit: true, min: 7},
		{align: "L", weight: 1, min: minKegiatan},
		{align: "R", fit: true, min: 15}, {align: "R", fit: true, min: 15}, {align: "R", fit: true, min: 12},
		{align: "C", fit: true, min: 11, maxWidth: 14}, {align: "C", fit: true, min: 11, maxWidth: 14}, {align: "R", fit: true, min: 12},
		{align: "R", fit: true, min: 12},
	}
	header := []headerCell{
		{text: "No", c0: 0, cs: 1, r0: 0, rs: 2},
		{text: "Indikator Kinerja / Kegiatan", c0: 1, cs: 1, r0: 0, rs: 2},
		{text: "Anggaran", c0: 2, cs: 3, r0: 0, rs: 1},
		{text: "Kinerja", c0: 5, cs: 3, r0: 0, rs: 1},
		{text: "Pagu (Rp)", c0: 2, cs: 1, r0: 1, rs: 1},
		{text: "Realisasi (Rp)", c0: 3, cs: 1, r0: 1, rs: 1},
		{text: "Serapan (%)", c0: 4, cs: 1, r0: 1, rs: 1},
		{text: "Target", c0: 5, cs: 1, r0: 1, rs: 1},
		{text: "Realisasi", c0: 6, cs: 1, r0: 1, rs: 1},
		{text: "Capaian (%)", c0: 7, cs: 1, r0: 1, rs: 1},
	}
	if pmk {
		cols = append(cols, column{align: "R", fit: true, min: 10})
		header = append(header,
			headerCell{text: "Efisiensi", c0: 8, cs: 2, r0: 0, rs: 1},
			headerCell{text: "E (%)", c0: 8, cs: 1, r0: 1, rs: 1},
			headerCell{text: "Nilai", c0: 9, cs: 1, r0: 1, rs: 1})
	} else {
		header = append(header, headerCell{text: "Efisiensi (%)", c0: 8, cs: 1, r0: 0, rs: 2})
	}
	mergeCol := -1
	if sasaran {
		// Insert Sasaran as column 1.
		cols = append([]column{cols[0], {align: "L", weight: 0.6, min: 16}}, cols[1:]...)
		for i := range header {
			if header[i].c0 >= 1 {
				header[i].c0++
			}
		}
		header = append(header, headerCell{text: "Sasaran", c0: 1, cs: 1, r0: 0, rs: 2})
		header[1].text = "Indikator Kinerja / Kegiatan"
		mergeCol = 1
	}
	// withSasaran puts the Sasaran cell into a row's cells.
	withSasaran := func(cells []cell, sas string) []cell {
		if !sasaran {
			return cells
		}
		return append([]cell{cells[0], {text: sas}}, cells[1:]...)
	}
	t := &table{
		number:      "2.3",
		title:       italic("Cost per Outcome") + " " + pejabat(r.l.Identitas) + " Tahun " + strconv.Itoa(r.h.Tahun) + " – Triwulan " + kinerja.Romawi(q),
		columns:     cols,
		header:      header,
		headerRows:  2,
		mergeColumn: mergeCol,
		fontSize:    7.5,
	}
	// The rows are made when the table needs them, from this plan: with
	// 20,000 kegiatan, holding them all made up a fifth of the memory.
	type rencana struct {
		jenis int8   // 0 indicator, 1 its kegiatan, 2 "not linked" heading, 3 such a kegiatan, 4 totals
		depth int8   // the row's depth below the row linked to the indicator (hierarchy)
		i, k  int    // indicator, kegiatan
		no    string // the row's number: "1.2", "K.1"; "" below such a row
	}
	var plan []rencana
	bintang := false
	bertingkat := r.h.Bertingkat
	kegiatanRow := func(no string, k *kinerja.HasilKegiatan, depth int8, sas, key string) row {
		tt, rr, cc := "–", "–", kinerja.FormatPersen(k.Capaian)
		satuan := "%"
		if k.Row != nil {
			if s := oneLine(k.Row.SatuanKinerja.Teks); s != "" {
				satuan = s
			}
		}
		if k.RealisasiKinerja.OK {
			tt = nilaiSatuan(k.TargetKinerja, nil, satuan)
			rr = nilaiSatuan(k.RealisasiKinerja, nil, satuan)
		} else if k.Capaian.OK {
			cc += "*"
		}
		nama := oneLine(k.Kegiatan)
		if bertingkat && k.KodeRekening != nil {
			nama = *k.KodeRekening + " " + nama
		}
		if k.Row != nil {
			// The seed's Keterangan ("1 Jan s/d Juni 2023") under the name.
			if ket := oneLine(k.Row.Keterangan.Teks); ket != "" {
				nama += "\n(" + ket + ")"
			}
		}
		cells := append(make([]cell, 0, 11), // room for Nilai and Sasaran: one allocation per row
			cell{text: no}, cell{text: nama, indent: 3 + 2.5*float64(depth)},
			cell{text: kinerja.FormatRupiah(k.Pagu)}, cell{text: kinerja.FormatRupiah(k.RealisasiAnggaran)},
			cell{text: kinerja.FormatPersen(k.Serapan)}, cell{text: tt}, cell{text: rr}, cell{text: cc},
			cell{text: kinerja.FormatPersen(k.Efisiensi)},
		)
		if pmk {
			cells = append(cells, cell{text: nilaiEfisiensi(k.NilaiEfisiensi)})
		}
		cells = withSasaran(cells, sas)
		if !k.Leaf() {
			// A parent row is the subtotal of the rows under it.
			return row{cells: cells, fill: 246, style: "B", keepWithNext: true, mergeKey: key}
		}
		return row{cells: cells, mergeKey: key}
	}
	// A kegiatan without its own target/realisation shows its indicator's
	// capaian (in a hierarchy: its nearest ancestor's with one, else its
	// indicator's), marked "*".
	pakaiBintang := func(k *kinerja.HasilKegiatan) {
		if !k.RealisasiKinerja.OK && k.Capaian.OK {
			bintang = true
		}
	}
	// subtree plans row ki numbered no, and the rows under it in tree
	// order, indented and unnumbered: their codes name them (a flat
	// sheet's rows have none under them).
	var subtree func(jenis int8, i, ki int, no string, depth int8)
	subtree = func(jenis int8, i, ki int, no string, depth int8) {
		plan = append(plan, rencana{jenis: jenis, i: i, k: ki, no: no, depth: depth})
		k := &r.h.Kegiatan[ki]
		pakaiBintang(k)
		for _, c := range k.Children {
			subtree(jenis, i, c, "", depth+1)
		}
	}
	// ckSendiri: the indicator's PMK efficiency is summed from capaian
	// kinerja of its kegiatan that differ from the indicator's capaian
	// printed in its row (the kegiatan have their own output figures);
	// the row is marked "**" and a note says so.
	ckSendiri := make([]bool, len(r.h.Indikator))
	var nomorCK []string
	var cekCK func(i, ki int)
	cekCK = func(i, ki int) {
		k := &r.h.Kegiatan[ki]
		hi := &r.h.Indikator[i]
		if k.Leaf() && k.RealisasiKinerja.OK && k.Capaian.OK &&
			(!hi.Capaian.OK || kinerja.Bulat(k.Capaian.V, 2) != kinerja.Bulat(hi.Capaian.V, 2)) {
			ckSendiri[i] = true
		}
		for _, c := range k.Children {
			cekCK(i, c)
		}
	}
	for i := range r.h.Indikator {
		for _, ki := range r.h.Indikator[i].Kegiatan {
			if ki >= 0 && ki < len(r.h.Kegiatan) {
				cekCK(i, ki)
			}
		}
		if pmk && ckSendiri[i] && r.h.Indikator[i].Efisiensi.OK {
			nomorCK = append(nomorCK, strconv.Itoa(i+1))
		}
	}
	indikatorRow := func(i int) row {
		hi := &r.h.Indikator[i]
		cells := []cell{
			{text: strconv.Itoa(i + 1)}, {text: oneLine(hi.Indikator)},
			{text: kinerja.FormatRupiah(hi.Pagu)}, {text: kinerja.FormatRupiah(hi.RealisasiAnggaran)},
			{text: kinerja.FormatPersen(hi.Serapan)},
			{text: nilaiSatuan(hi.TargetPeriode, hi.TargetPeriodeRentang, hi.Satuan)},
			{text: nilaiSatuan(hi.Realisasi, nil, hi.Satuan)},
			{text: kinerja.FormatPersen(hi.Capaian)},
			{text: kinerja.FormatPersen(hi.Efisiensi)},
		}
		mark := ""
		if pmk && ckSendiri[i] && hi.Efisiensi.OK {
			mark = "**"
		}
		cells[len(cells)-1].text += mark
		if pmk {
			cells = append(cells, cell{text: nilaiEfisiensi(hi.NilaiEfisiensi)})
		}
		return row{cells: withSasaran(cells, oneLine(hi.Sasaran)), fill: 236, style: "B", keepWithNext: true, mergeKey: sasaranKey(hi.Sasaran)}
	}
	totalRow := func() row {
		span := 2
		if sasaran {
			span = 3
		}
		tot := []cell{
			{text: "Jumlah", span: span, align: "C"},
			{text: kinerja.FormatRupiah(r.h.Total.Pagu)}, {text: kinerja.FormatRupiah(r.h.Total.RealisasiAnggaran)},
			{text: kinerja.FormatPersen(r.h.Total.Serapan)}, {}, {}, {},
			{text: kinerja.FormatPersen(r.h.Total.Efisiensi)},
		}
		if pmk {
			tot = append(tot, cell{text: nilaiEfisiensi(r.h.Total.NilaiEfisiensi)})
		}
		return row{cells: tot, fill: 225, style: "B"}
	}
	g := &grafik{
		nomor: "2.2",
		judul: "Serapan Anggaran dan Capaian Kinerja Triwulan " + kinerja.Romawi(q) + " Tahun " + strconv.Itoa(r.h.Tahun),
		seri:  []chartSeries{{nama: "serapan anggaran", gelap: false}, {nama: "capaian kinerja", gelap: true}},
	}
	var tanpa []string
	terkait := make([]bool, len(r.h.Kegiatan))
	var addBookmark func(ki int)
	addBookmark = func(ki int) {
		terkait[ki] = true
		for _, c := range r.h.Kegiatan[ki].Children {
			addBookmark(c)
		}
	}
	for i := range r.h.Indikator {
		hi := &r.h.Indikator[i]
		no := strconv.Itoa(i + 1)
		if len(hi.Kegiatan) == 0 {
			tanpa = append(tanpa, no)
			continue
		}
		plan = append(plan, rencana{jenis: 0, i: i})
		for j, ki := range hi.Kegiatan {
			if ki < 0 || ki >= len(r.h.Kegiatan) {
				continue
			}
			addBookmark(ki)
			subtree(1, i, ki, no+"."+strconv.Itoa(j+1), 0)
		}
		if !bertingkat {
			g.baris = append(g.baris, chartRow{label: no + ". " + oneLine(hi.Indikator),
				nilai: []kinerja.Angka{hi.Serapan, hi.Capaian}, seri: []int{0, 1}})
		}
	}
	// In a hierarchy: the top rows of the subtrees that no indicator
	// covers at all (the rows under them come with them). A program that
	// has no link of its own but whose kegiatan are all linked is not
	// "tidak terkait": its rows are already under their indicators.
	semuaLepas := make([]bool, len(r.h.Kegiatan))
	var cekLepas func(ki int) bool
	cekLepas = func(ki int) bool {
		ok := !terkait[ki]
		for _, c := range r.h.Kegiatan[ki].Children {
			if !cekLepas(c) {
				ok = false
			}
		}
		semuaLepas[ki] = ok
		return ok
	}
	for ki := range r.h.Kegiatan {
		if r.h.Kegiatan[ki].Parent < 0 {
			cekLepas(ki)
		}
	}
	var lepas []int
	for ki := range r.h.Kegiatan {
		p := r.h.Kegiatan[ki].Parent
		if semuaLepas[ki] && (p < 0 || !semuaLepas[p]) {
			lepas = append(lepas, ki)
		}
	}
	if len(lepas) > 0 {
		plan = append(plan, rencana{jenis: 2})
		for n, ki := range lepas {
			k := &r.h.Kegiatan[ki]
			subtree(3, 0, ki, "K."+strconv.Itoa(n+1), 0)
			if !bertingkat && (len(g.baris) == 0 || len(lepas) == len(r.h.Kegiatan)) {
				g.baris = append(g.baris, chartRow{label: "K." + strconv.Itoa(n+1) + " " + oneLine(k.Kegiatan),
					nilai: []kinerja.Angka{k.Serapan, k.Capaian}, seri: []int{0, 1}})
			}
		}
	}
	if bertingkat {
		// Gambar 2.2 at the level the report's owner manages: the rows at
		// the top of the hierarchy (the programs of a Kabid's report).
		for ki := range r.h.Kegiatan {
			k := &r.h.Kegiatan[ki]
			if k.Parent >= 0 {
				continue
			}
			label := oneLine(k.Kegiatan)
			if k.KodeRekening != nil {
				label = *k.KodeRekening + " " + label
			}
			g.baris = append(g.baris, chartRow{label: label,
				nilai: []kinerja.Angka{k.Serapan, k.Capaian}, seri: []int{0, 1}})
		}
	}
	plan = append(plan, rencana{jenis: 4})
	t.nRows = len(plan)
	// Each indicator's Sasaran and merge key, made once for all its rows
	// (the rows are made twice: measured, then laid out).
	sasaranTexts, sasaranKeys := make([]string, len(r.h.Indikator)), make([]string, len(r.h.Indikator))
	for i := range r.h.Indikator {
		sasaranTexts[i], sasaranKeys[i] = oneLine(r.h.Indikator[i].Sasaran), sasaranKey(r.h.Indikator[i].Sasaran)
	}
	t.rowAt = func(n int) row {
		p := plan[n]
		switch p.jenis {
		case 0:
			return indikatorRow(p.i)
		case 1:
			return kegiatanRow(p.no, &r.h.Kegiatan[p.k], p.depth, sasaranTexts[p.i], sasaranKeys[p.i])
		case 3:
			return kegiatanRow(p.no, &r.h.Kegiatan[p.k], p.depth, "", "")
		case 2:
			return row{fill: 246, style: "I", keepWithNext: true, cells: []cell{{text: "Kegiatan yang tidak terkait indikator kinerja", span: len(cols)}}}
		}
		return totalRow()
	}
	// Notes under the table: the method, and what the reader must know.
	t.notes = []string{"Metode efisiensi: " + r.h.Metode.Sumber()}
	switch {
	case bintang && bertingkat:
		t.notes = append(t.notes, "* Baris tanpa target/realisasi kinerja sendiri memakai capaian tingkat di atasnya yang memilikinya, atau capaian indikator yang didukungnya.")
	case bintang:
		t.notes = append(t.notes, "* Kegiatan tanpa target/realisasi kinerja sendiri memakai capaian indikator yang didukungnya.")
	}
	if bertingkat {
		t.notes = append(t.notes, "Baris program dan kegiatan (tebal) adalah jumlah sub kegiatan di bawahnya; baris Jumlah menjumlahkan setiap sub kegiatan satu kali.")
	}
	if len(tanpa) > 0 {
		t.notes = append(t.notes, "Indikator tanpa kegiatan/anggaran (tidak dimuat dalam tabel): nomor "+strings.Join(tanpa, ", ")+" pada Tabel 2.2.")
	}
	if len(nomorCK) > 0 {
		t.notes = append(t.notes, "** Efisiensi indikator nomor "+daftarNomor(nomorCK)+
			" dihitung dari capaian kinerja masing-masing kegiatannya (kolom Capaian pada baris kegiatan), bukan dari capaian indikator pada baris yang sama.")
	}
	if sama, _ := kinerja.KinerjaSalinan(r.h); len(sama) > 0 && pmk {
		t.notes = append(t.notes, fmt.Sprintf("Pada %d kegiatan capaian kinerja sama dengan serapan anggarannya, sehingga efisiensinya 0%%: "+
			"Pagu × capaian kinerja sama dengan realisasinya.", len(sama)))
	}
	r.layoutAnggaran(t, &sasaran)
	// Above a landscape Tabel 2.3 the section's heading and lead-in open
	// its first landscape page, instead of standing on a portrait page
	// left mostly blank (docs/laporan.md#halaman-lanskap).
	if t.landscape {
		r.setLanskap(true)
	}
	r.subheading("2.3", "Realisasi Anggaran (Cost per Outcome)", "Anggaran", t)
	r.narasiBagian("Anggaran", t)
	r.drawTable(t)
	r.addSpace(4)
	if g.ringkas(1) {
		g.pengantar = "Sepuluh indikator dengan capaian kinerja terendah (seluruh indikator pada Tabel 2.3)"
	}
	if len(g.baris) > 0 {
		r.drawChart(g)
		r.addSpace(4)
	}
}

func (r *laporan) evaluasi() {
	// The table is built first: the text's closing lead-in keeps its
	// real start (narasiBagian).
	t := r.tableStrategi()
	r.subheading("2.4", "Evaluasi dan Analisis Kinerja", "Evaluasi", t)
	r.narasiBagian("Evaluasi", t)
	if t != nil {
		r.drawTableOrNote(t, "Strategi pencapaian kinerja belum diuraikan.")
	}
}

// tableStrategi is Tabel 2.4, the strategies of the Strategi sheet; nil
// when the sheet has none.
func (r *laporan) tableStrategi() *table {
	if len(r.l.Strategi) == 0 {
		return nil
	}
	t := &table{
		number: "2.4",
		title:  "Strategi yang Digunakan dalam Mencapai Target Kinerja",
		columns: []column{
			{align: "C", fit: true, min: 8},
			{align: "L", weight: 1, min: 35},
			{align: "L", weight: 1.5, min: 45},
			{align: "L", weight: 0.55, min: 22},
		},
		header: []headerCell{
			{text: "No", c0: 0, cs: 1, rs: 1}, {text: "Indikator Kinerja", c0: 1, cs: 1, rs: 1},
			{text: "Strategi yang Digunakan", c0: 2, cs: 1, rs: 1}, {text: "Pada Bulan", c0: 3, cs: 1, rs: 1},
		},
		headerRows: 1, mergeColumn: -1, fontSize: ukuranTabel,
	}
	// Rows are numbered as the indicators in Tabel 2.1–2.3 (one rule for
	// every table: docs/laporan.md#penomoran); strategies of a code not in
	// the Target sheet get "–".
	type grup struct {
		nomor   string
		nama    string
		strat   []string
		periode []string
	}
	byKode := map[string]*grup{}
	var urut []string
	for i, hi := range r.h.Indikator {
		k := kinerja.NormKode(oneLine(hi.Kode)) // as the Strategi sheet's codes below
		if _, ok := byKode[k]; !ok {
			byKode[k] = &grup{nomor: strconv.Itoa(i + 1), nama: oneLine(hi.Indikator)}
			urut = append(urut, k)
		}
	}
	var lain []string
	for _, s := range r.l.Strategi {
		k := kinerja.NormKode(oneLine(s.Kode.Teks))
		g, ok := byKode[k]
		if !ok {
			nama := "Kode " + oneLine(s.Kode.Teks) + " (tidak terdapat dalam Perjanjian Kinerja)"
			if k == "" {
				nama = "Tanpa kode indikator"
			}
			g = &grup{nomor: "–", nama: nama}
			byKode[k] = g
			lain = append(lain, k)
		}
		if st := oneLine(s.Strategi.Teks); st != "" {
			g.strat = append(g.strat, st)
		}
		if p := oneLine(s.Periode.Teks); p != "" && !berisi(g.periode, p) {
			g.periode = append(g.periode, p)
		}
	}
	for _, k := range append(urut, lain...) {
		g := byKode[k]
		if len(g.strat) == 0 && len(g.periode) == 0 {
			continue
		}
		var items []string
		for i, s := range g.strat {
			if len(g.strat) > 1 && !hasListMarker(s) {
				s = strconv.Itoa(i+1) + ". " + s
			}
			items = append(items, s)
		}
		t.rows = append(t.rows, row{cells: []cell{
			{text: g.nomor}, {text: g.nama}, {text: strings.Join(items, "\n"), list: true},
			{text: strings.Join(g.periode, "\n")},
		}})
	}
	return t
}

func berisi(xs []string, s string) bool {
	for _, x := range xs {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func (r *laporan) tindakLanjut() {
	bs := numberedList(r.l.TindakLanjut)
	r.setFont("", ukuranIsi)
	// The text's lead-in keeps the first item, for the heading too.
	if len(bs) > 0 {
		r.tail = 2.5 + r.leadHeight(bs, r.margin.left+4, r.contentWidth()-4)
	}
	r.subheading("2.5", "Rencana Tindak Lanjut", "Tindak Lanjut", nil)
	r.narasiBagian("Tindak Lanjut", nil)
	r.tail = 0
	if len(bs) > 0 {
		r.setFont("", ukuranIsi)
		r.writeBlocks(bs, r.margin.left+4, r.contentWidth()-4, 1.5)
		r.addSpace(3)
	}
}

func (r *laporan) tanggapan() {
	type opsi struct {
		teks  string
		pilih bool
	}
	var daftar []opsi
	for _, t := range r.l.Tanggapan {
		if s := oneLine(t.Teks.Teks); s != "" {
			daftar = append(daftar, opsi{teks: s, pilih: t.Pilih})
		}
	}
	if len(daftar) == 0 {
		// No Tanggapan sheet, or an empty one: the default options.
		for _, t := range kinerja.DefaultTanggapan {
			daftar = append(daftar, opsi{teks: t})
		}
	}
	lh := tinggiBaris(ukuranIsi)
	r.setFont("", ukuranIsi)
	total := lh + 2 + 4 + 3*(lh+3) + lh
	for _, o := range daftar {
		total += float64(len(r.breakLines(o.teks, r.contentWidth()-12)))*lh + 1.5
	}
	if total < r.pageHeight() {
		r.ensureSpace(total + 6)
	}
	r.subheading("2.6", "Tanggapan Atasan Langsung", "", nil)
	r.setFont("", ukuranIsi)
	kotak := 4.0
	for _, o := range daftar {
		lines := r.breakLines(o.teks, r.contentWidth()-12)
		r.ensureSpace(float64(len(lines)) * lh)
		y := r.y()
		bx, by := r.margin.left+4, y+(lh-kotak)/2
		r.pdf.SetLineWidth(0.3)
		r.pdf.Rect(bx, by, kotak, kotak, "D")
		if o.pilih {
			// A tick drawn as two strokes: no reliance on a font glyph.
			r.pdf.SetLineWidth(0.6)
			r.pdf.SetLineCapStyle("round")
			r.pdf.SetLineJoinStyle("round")
			r.pdf.Line(bx+0.8, by+2.1, bx+1.7, by+3.2)
			r.pdf.Line(bx+1.7, by+3.2, bx+3.4, by+0.7)
			r.pdf.SetLineCapStyle("butt")
			r.pdf.SetLineJoinStyle("miter")
		}
		r.pdf.SetLineWidth(0.2)
		r.setY(y)
		r.writeParagraph(o.teks, r.margin.left+12, r.contentWidth()-12, "L")
		r.addSpace(1.5)
	}
	// Room for the superior's handwritten remarks.
	r.addSpace(2)
	r.ensureSpace(lh + 3*(lh+3))
	y := r.y()
	r.writeLine(r.margin.left+4, y, 30, lh, "Catatan:", "L")
	r.pdf.SetDrawColor(120, 120, 120)
	r.pdf.SetDashPattern([]float64{0.6, 0.8}, 0)
	for i := 1; i <= 3; i++ {
		ly := y + float64(i)*(lh+3)
		r.pdf.Line(r.margin.left+4, ly, r.margin.left+r.contentWidth(), ly)
	}
	r.pdf.SetDashPattern([]float64{}, 0)
	r.pdf.SetDrawColor(0, 0, 0)
	r.setY(y + 3*(lh+3) + 2)
}

func (r *laporan) bab3() {
	r.judulBab("III", "PENUTUP")
	// The signature block keeps at least the last two lines of the text
	// on its page: a page of signatures alone could be swapped
	// (docs/laporan.md#pemisahan-halaman).
	r.tail = r.tandaTangan(true)
	r.narasiBagian("Penutup", nil)
	r.tandaTangan(false)
}

// tandaTangan draws the signature block: the superior on the left
// ("Mengetahui,"), the official on the right (place and date), with room
// to sign, kept together on one page. measure: only its height (with
// the space above it) is returned, nothing is drawn.
func (r *laporan) tandaTangan(measure bool) float64 {
	id := r.l.Identitas
	lh := tinggiBaris(ukuranIsi)
	colW := min(76, (r.contentWidth()-8)/2)
	xs := [2]float64{r.margin.left, r.margin.left + r.contentWidth() - colW}
	r.setFont("", ukuranIsi)
	kiri := r.breakLines(oneLine(id.JabatanAtasan)+",", colW)
	kanan := r.breakLines(oneLine(id.Jabatan)+",", colW)
	nj := max(len(kiri), len(kanan))
	r.setFont("B", ukuranIsi)
	nk := r.breakLines(oneLine(id.NamaAtasan), colW)
	nn := r.breakLines(oneLine(id.Nama), colW)
	nNama := max(len(nk), len(nn), 1)
	// Under each name: the rank (Pangkat/Golongan) when given, then the
	// NIP; an elected superior without an NIP gets no NIP line.
	r.setFont("", ukuranIsi)
	pageBottom := [2][]string{}
	for i, p := range []struct {
		pangkat, nip string
		tanpaNIP     bool
	}{
		{id.PangkatAtasan, id.NIPAtasan, id.AtasanDipilih() && kinerja.TanpaNIP(id.NIPAtasan)},
		{id.Pangkat, id.NIP, false},
	} {
		if s := oneLine(p.pangkat); s != "" {
			pageBottom[i] = append(pageBottom[i], r.breakLines(s, colW)...)
		}
		switch {
		case p.tanpaNIP:
		case kinerja.TanpaNIP(p.nip):
			pageBottom[i] = append(pageBottom[i], "NIP. –")
		default:
			pageBottom[i] = append(pageBottom[i], "NIP. "+formatNIP(p.nip))
		}
	}
	nBawah := max(len(pageBottom[0]), len(pageBottom[1]))
	ruang := 24.0
	total := lh*float64(1+nj+nNama+nBawah) + ruang + 6
	if measure {
		r.setFont("", ukuranIsi)
		return 6 + total
	}
	r.addSpace(6)
	r.ensureSpace(total)
	y := r.y()
	tempat := joinText(", ", oneLine(id.Tempat), kinerja.FormatTanggal(r.info.TanggalLaporan))
	kolom := []struct {
		atas       string
		jabatan    []string
		nama       []string
		pageBottom []string
	}{
		{"Mengetahui,", kiri, nk, pageBottom[0]},
		{tempat, kanan, nn, pageBottom[1]},
	}
	for i, k := range kolom {
		x := xs[i]
		yy := y
		r.setFont("", ukuranIsi)
		r.writeLine(x, yy, colW, lh, k.atas, "C")
		yy += lh
		for _, ln := range k.jabatan {
			r.writeLine(x, yy, colW, lh, ln, "C")
			yy += lh
		}
		yy = y + lh*float64(1+nj) + ruang
		r.setFont("BU", ukuranIsi)
		for _, ln := range k.nama {
			r.writeLine(x, yy, colW, lh, ln, "C")
			yy += lh
		}
		yy = y + lh*float64(1+nj+nNama) + ruang
		r.setFont("", ukuranIsi)
		for _, ln := range k.pageBottom {
			r.writeLine(x, yy, colW, lh, ln, "C")
			yy += lh
		}
	}
	r.setFont("", ukuranIsi)
	r.setY(y + total - 6)
	return total
}

// tablePK is the Perjanjian Kinerja table, one row per indicator with its
// Sasaran merged over its rows: Tabel 2.1 of the quarterly report, BAB II B
// and the Lampiran of the annual one. They differ in title, the Sasaran
// column's header and how wide the Target column may grow.
func (r *laporan) tablePK(nomor, judul, sasaran string, targetMaks float64) *table {
	t := &table{
		number: nomor,
		title:  judul,
		columns: []column{
			{align: "C", fit: true, min: 8},
			{align: "L", weight: 1, min: 30},
			{align: "L", weight: 1.25, min: 35},
			{align: "C", fit: true, min: 16, maxWidth: targetMaks},
		},
		header: []headerCell{
			{text: "No", c0: 0, cs: 1, rs: 1}, {text: sasaran, c0: 1, cs: 1, rs: 1},
			{text: "Indikator Kinerja", c0: 2, cs: 1, rs: 1}, {text: "Target", c0: 3, cs: 1, rs: 1},
		},
		headerRows: 1, numberColumns: true, mergeColumn: 1, fontSize: ukuranTabel,
	}
	for i, hi := range r.h.Indikator {
		t.rows = append(t.rows, row{mergeKey: sasaranKey(hi.Sasaran), cells: []cell{
			{text: strconv.Itoa(i + 1)}, {text: oneLine(hi.Sasaran)}, {text: oneLine(hi.Indikator)},
			{text: nilaiSatuan(hi.Target, hi.TargetRentang, hi.Satuan)},
		}})
	}
	return t
}

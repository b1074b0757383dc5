package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// The annual report (Laporan Kinerja Instansi Pemerintah, LKjIP) in the
// order PermenPANRB 53/2014 gives (docs/laporan.md#lkjip): cover, Kata
// Pengantar, Ikhtisar Eksekutif, Daftar Isi, BAB I–IV, Lampiran. It is
// rendered when the figures are HitungTahunan's (Hasil.Tahunan). Like
// sections.go for the quarterly report, this file is the annual report's
// outline, one method per part in reading order, so it stays one file.
//
// Decisions:
//   - The Daftar Isi (always, whatever the page count) lists the front
//     matter, the chapters, their lettered sections and the Lampiran; it
//     is laid out at the end and moved after the Ikhtisar Eksekutif
//     (frontmatter.go).
//   - Tables and charts are numbered per chapter (Tabel 2.1, 3.1 …,
//     Gambar 3.1 …).
//   - Each indicator of BAB III A gets its seven analyses as numbered
//     paragraphs; an analysis without data is one sentence saying so
//     (templates/tahunan_indikator.tmpl), never a figure.
//   - The chart of realisation over the years is drawn for an indicator
//     with at least two years (this year and one previous year, or the two
//     previous years).
//   - BAB IV is signed by the head of the unit alone; the Lampiran's
//     Perjanjian Kinerja carries both parties' signatures, as the signed
//     agreement does.

// tahunanState is the annual report's own state.
type tahunanState struct {
	dt       *DataTahunan
	nGambar  int // figures so far in BAB III
	analisis map[string][]string
}

func (r *laporan) tahunan() {
	id := r.l.Identitas
	st := &tahunanState{dt: buildDataTahunan(r.l, r.h, r.data), analisis: map[string][]string{}}
	for _, a := range r.l.Analisis {
		k := kinerja.NormKode(oneLine(a.Kode.Teks))
		st.analisis[k] = append(st.analisis[k], a.Uraian.Teks)
	}
	r.pdf.SetSubject(utf16PDF(fmt.Sprintf("Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun %d %s", id.Tahun,
		joinText(", ", satuBarisInfo(id.Unit), satuBarisInfo(id.Pemda)))), false)
	r.pdf.SetKeywords(utf16PDF(joinText(", ", "laporan kinerja", "LKjIP", fmt.Sprint(id.Tahun),
		satuBarisInfo(id.Unit), satuBarisInfo(id.Pemda), "akuntabilitas kinerja")), false)

	r.sampulTahunan()
	r.halamanDepan(st, "KATA PENGANTAR")
	r.tail = r.tandaTanganKepala(true)
	r.narasiTahunan(st, "Kata Pengantar", berkasKataPengantar, nil)
	r.tandaTanganKepala(false)
	r.halamanDepan(st, "IKHTISAR EKSEKUTIF")
	r.narasiTahunan(st, "Ikhtisar Eksekutif", berkasIkhtisar, nil)
	// The Daftar Isi goes here, laid out at the end (frontmatter.go).
	posIsi := r.pdf.PageCount() + 1

	r.babTahunan(st, "I", "PENDAHULUAN")
	r.subjudulTahunan(st, "A", "Latar Belakang")
	r.narasiTahunan(st, "Pendahuluan", berkasPendahuluanTahunan, nil)
	r.subjudulTahunan(st, "B", "Tugas dan Fungsi")
	r.narasiBagian("Tugas", nil)
	r.daftarTugas()
	r.subjudulTahunan(st, "C", "Isu Strategis")
	r.narasiTahunan(st, "Isu Strategis", berkasIsuStrategis, nil)

	r.babTahunan(st, "II", "PERENCANAAN KINERJA")
	// Each table is built before the text above it: the text's closing
	// lead-in keeps the table's real start (leadInRoomFor).
	r.subjudulTahunan(st, "A", "Rencana Strategis")
	renstra := r.tableRenstra(st)
	r.narasiTahunan(st, "Perencanaan Kinerja", berkasPerencanaan, renstra)
	if renstra != nil {
		r.drawTableOrNote(renstra, "")
	}
	r.subjudulTahunan(st, "B", "Perjanjian Kinerja Tahun "+strconv.Itoa(id.Tahun))
	r.tablePKTahunan("2.2")

	r.babTahunan(st, "III", "AKUNTABILITAS KINERJA")
	r.subjudulTahunan(st, "A", "Capaian Kinerja")
	capaian, g := r.tableCapaianTahunan(st)
	r.narasiTahunan(st, "Capaian Kinerja", berkasCapaianTahunan, capaian)
	r.capaianTahunan(st, capaian, g)
	r.subjudulTahunan(st, "B", "Realisasi Anggaran")
	anggaran := r.tableAnggaranTahunan()
	r.narasiTahunan(st, "Anggaran", berkasAnggaranTahunan, anggaran)
	r.anggaranTahunan(anggaran)

	r.babTahunan(st, "IV", "PENUTUP")
	// The signature keeps the text's last two lines on its page
	// (docs/laporan.md#pemisahan-halaman).
	r.tail = r.tandaTanganKepala(true)
	r.narasiTahunan(st, "Penutup", berkasPenutupTahunan, nil)
	r.tandaTanganKepala(false)

	r.newPage()
	r.addBookmark("LAMPIRAN: PERJANJIAN KINERJA TAHUN "+strconv.Itoa(id.Tahun), 0)
	r.setFont("B", ukuranJudul+1)
	lh := tinggiBaris(ukuranJudul + 1)
	y := r.y()
	r.writeLine(r.margin.left, y, r.contentWidth(), lh, "LAMPIRAN", "C")
	r.writeLine(r.margin.left, y+lh, r.contentWidth(), lh, "PERJANJIAN KINERJA TAHUN "+strconv.Itoa(id.Tahun), "C")
	r.setY(y + 2*lh + 5)
	r.tablePKTahunan("L.1")
	r.tablePKAnggaran()
	r.tandaTangan(false)

	r.daftarIsi(posIsi)
}

// sampulTahunan is the annual report's cover.
func (r *laporan) sampulTahunan() {
	id := r.l.Identitas
	tengah, at := r.coverStart()
	y := at(36)
	y = tengah("LAPORAN KINERJA", "B", 22, y)
	y = tengah("INSTANSI PEMERINTAH", "B", 22, y)
	y = tengah("(LKjIP)", "B", 16, y+2)
	tengah(fmt.Sprintf("TAHUN %d", id.Tahun), "B", 18, y+2)

	r.logo(r.margin.left+r.contentWidth()/2, at(122), 52)

	y = at(180)
	y = tengah(strings.ToUpper(oneLine(id.Unit)), "B", 15, y)
	r.coverAgency(tengah, y+1)
}

// halamanDepan starts a front-matter page with its centred title.
func (r *laporan) halamanDepan(st *tahunanState, judul string) {
	r.newPage()
	r.addBookmark(judul, 0)
	r.judulDepan(judul)
}

// babTahunan and subjudulTahunan are the chapter and section headings
// (listed in the Daftar Isi by judulBab and subheading themselves).
func (r *laporan) babTahunan(_ *tahunanState, bab, judul string) { r.judulBab(bab, judul) }

func (r *laporan) subjudulTahunan(_ *tahunanState, nomor, judul string) {
	r.subheading(nomor, judul, "", nil)
}

// narasiTahunan writes a part: the Narasi sheet's paragraphs for it, else
// the annual template; next as in narasiBagian.
func (r *laporan) narasiTahunan(st *tahunanState, bagian, berkas string, next *table) {
	r.setFont("", ukuranIsi)
	var bs []textBlock
	if paras, ok := r.narasi[bagian]; ok {
		for _, p := range paras {
			bs = append(bs, parseBlocks(p, true)...)
		}
	} else {
		out, err := r.tpl.exec(berkas, st.dt)
		if err != nil {
			if r.err == nil {
				r.err = err
			}
			return
		}
		bs = parseBlocks(out, false)
	}
	r.keepLeadIn(bs, next)
	r.writeBlocks(bs, r.margin.left, r.contentWidth(), 2.5)
	r.addSpace(2.5)
}

// daftarTugas lists the duties of the Tugas sheet.
func (r *laporan) daftarTugas() {
	bs := numberedList(r.l.Tugas)
	if len(bs) == 0 {
		return
	}
	r.setFont("", ukuranIsi)
	r.writeBlocks(bs, r.margin.left+4, r.contentWidth()-4, 1.5)
	r.addSpace(3)
}

// tandaTanganKepala is the signature of the head of the unit alone, on
// the right: place and date, position, name, rank (when given), NIP.
//
// measure: only its height with the space above it is returned.
func (r *laporan) tandaTanganKepala(measure bool) float64 {
	id := r.l.Identitas
	lh := tinggiBaris(ukuranIsi)
	colW := 80.0
	x := r.margin.left + r.contentWidth() - colW
	r.setFont("", ukuranIsi)
	jab := r.breakLines(oneLine(id.Jabatan)+",", colW)
	r.setFont("B", ukuranIsi)
	nama := r.breakLines(oneLine(id.Nama), colW)
	ruang := 22.0
	pangkat := oneLine(id.Pangkat)
	n := 2 + len(jab) + len(nama)
	if pangkat != "" {
		n++
	}
	total := lh*float64(n) + ruang
	if measure {
		r.setFont("", ukuranIsi)
		return 6 + total
	}
	r.addSpace(6)
	r.ensureSpace(total)
	y := r.y()
	r.setFont("", ukuranIsi)
	r.writeLine(x, y, colW, lh, joinText(", ", oneLine(id.Tempat), kinerja.FormatTanggal(r.info.TanggalLaporan)), "C")
	y += lh
	for _, ln := range jab {
		r.writeLine(x, y, colW, lh, ln, "C")
		y += lh
	}
	y += ruang
	r.setFont("BU", ukuranIsi)
	for _, ln := range nama {
		r.writeLine(x, y, colW, lh, ln, "C")
		y += lh
	}
	r.setFont("", ukuranIsi)
	if pangkat != "" {
		r.writeLine(x, y, colW, lh, pangkat, "C")
		y += lh
	}
	nip := formatNIP(id.NIP)
	if nip == "" {
		nip = "–"
	}
	r.writeLine(x, y, colW, lh, "NIP. "+nip, "C")
	r.setY(y + lh + 2)
	return total
}

// tableRenstra is Tabel 2.1: the Renstra's sasaran and indicators with
// their end-of-period target; nil (left out with the template's note)
// when no indicator has one.
func (r *laporan) tableRenstra(st *tahunanState) *table {
	if !st.dt.AdaRenstra {
		return nil
	}
	judulTarget := "Target Akhir Renstra"
	if st.dt.TahunAkhirRenstra != 0 {
		judulTarget += " (" + strconv.Itoa(st.dt.TahunAkhirRenstra) + ")"
	}
	t := &table{
		number: "2.1",
		title:  joinText(" ", "Sasaran, Indikator dan Target Akhir Rencana Strategis", oneLine(r.l.Identitas.Unit), st.dt.PeriodeRenstra),
		columns: []column{
			{align: "C", fit: true, min: 8},
			{align: "L", weight: 1, min: 30},
			{align: "L", weight: 1.25, min: 35},
			{align: "C", fit: true, min: 18, maxWidth: 26},
		},
		header: []headerCell{
			{text: "No", c0: 0, cs: 1, rs: 1}, {text: "Sasaran", c0: 1, cs: 1, rs: 1},
			{text: "Indikator Kinerja", c0: 2, cs: 1, rs: 1}, {text: judulTarget, c0: 3, cs: 1, rs: 1},
		},
		headerRows: 1, numberColumns: true, mergeColumn: 1, fontSize: ukuranTabel,
	}
	for i, hi := range r.h.Indikator {
		di := st.dt.Indikator[i]
		t.rows = append(t.rows, row{mergeKey: sasaranKey(hi.Sasaran), cells: []cell{
			{text: strconv.Itoa(i + 1)}, {text: oneLine(hi.Sasaran)}, {text: oneLine(hi.Indikator)},
			{text: di.TargetAkhirRenstra},
		}})
	}
	return t
}

// tablePKTahunan is the Perjanjian Kinerja table (BAB II B and the Lampiran).
func (r *laporan) tablePKTahunan(nomor string) {
	t := r.tablePK(nomor, "Perjanjian Kinerja "+pejabat(r.l.Identitas)+" Tahun "+strconv.Itoa(r.h.Tahun), "Sasaran", 22)
	r.drawTableOrNote(t, "Belum ada indikator kinerja yang ditetapkan dalam Perjanjian Kinerja.")
}

// tablePKAnggaran lists the kegiatan and their pagu under the Lampiran's
// Perjanjian Kinerja, as the signed agreement does.
func (r *laporan) tablePKAnggaran() {
	if len(r.h.Kegiatan) == 0 {
		return
	}
	t := &table{
		number: "L.2",
		title:  "Program/Kegiatan dan Anggaran Tahun " + strconv.Itoa(r.h.Tahun),
		columns: []column{
			{align: "C", fit: true, min: 8},
			{align: "L", weight: 1, min: 60},
			{align: "R", fit: true, min: 28},
		},
		header: []headerCell{
			{text: "No", c0: 0, cs: 1, rs: 1}, {text: "Program/Kegiatan", c0: 1, cs: 1, rs: 1},
			{text: "Anggaran (Rp)", c0: 2, cs: 1, rs: 1},
		},
		headerRows: 1, mergeColumn: -1, fontSize: ukuranTabel,
	}
	// The rows at the top of the budget tree (the programs of a
	// hierarchical sheet, every row of a flat one): their pagu sums the
	// leaves below, so the list adds up to the Jumlah.
	for _, k := range r.h.Kegiatan {
		if k.Parent >= 0 {
			continue
		}
		t.rows = append(t.rows, row{cells: []cell{
			{text: strconv.Itoa(len(t.rows) + 1)}, {text: oneLine(k.Kegiatan)}, {text: kinerja.FormatRupiah(k.Pagu)},
		}})
	}
	t.rows = append(t.rows, row{fill: 225, style: "B", cells: []cell{
		{text: "Jumlah", span: 2, align: "C"}, {text: kinerja.FormatRupiah(r.h.Total.Pagu)},
	}})
	r.drawTableOrNote(t, "")
}

// tableCapaianTahunan builds Tabel 3.1, the year's capaian per
// indicator, and Gambar 3.1 of the same figures.
func (r *laporan) tableCapaianTahunan(st *tahunanState) (*table, *grafik) {
	id := r.l.Identitas
	t := &table{
		number: "3.1",
		title:  "Capaian Kinerja " + pejabat(id) + " Tahun " + strconv.Itoa(r.h.Tahun),
		columns: []column{
			{align: "C", fit: true, min: 8},
			{align: "L", weight: 1, min: 26},
			{align: "L", weight: 1.25, min: 30},
			{align: "C", fit: true, min: 14, maxWidth: 17},
			{align: "C", fit: true, min: 14, maxWidth: 17},
			{align: "R", fit: true, min: 14},
			{align: "C", fit: true, min: 14, maxWidth: 16},
		},
		header: []headerCell{
			{text: "No", c0: 0, cs: 1, rs: 1}, {text: "Sasaran", c0: 1, cs: 1, rs: 1},
			{text: "Indikator Kinerja", c0: 2, cs: 1, rs: 1}, {text: "Target", c0: 3, cs: 1, rs: 1},
			{text: "Realisasi", c0: 4, cs: 1, rs: 1}, {text: "Capaian (%)", c0: 5, cs: 1, rs: 1},
			{text: "Predikat", c0: 6, cs: 1, rs: 1},
		},
		headerRows: 1, numberColumns: true, mergeColumn: 1, fontSize: ukuranTabel,
	}
	st.nGambar++
	g := &grafik{
		nomor: "3." + strconv.Itoa(st.nGambar),
		judul: "Capaian Kinerja per Indikator Tahun " + strconv.Itoa(r.h.Tahun),
		seri:  []chartSeries{{nama: "tercapai (≥ 100%)", gelap: true}, {nama: "tidak tercapai", gelap: false}},
	}
	for i, hi := range r.h.Indikator {
		t.rows = append(t.rows, row{mergeKey: sasaranKey(hi.Sasaran), cells: []cell{
			{text: strconv.Itoa(i + 1)}, {text: oneLine(hi.Sasaran)}, {text: oneLine(hi.Indikator)},
			{text: nilaiSatuan(hi.Target, hi.TargetRentang, hi.Satuan)},
			{text: nilaiSatuan(hi.Realisasi, nil, hi.Satuan)},
			{text: kinerja.FormatPersen(hi.Capaian)},
			{text: predikat(hi.Predikat)},
		}})
		s := 1
		if hi.Tercapai {
			s = 0
		}
		g.baris = append(g.baris, chartRow{label: strconv.Itoa(i+1) + ". " + oneLine(hi.Indikator),
			nilai: []kinerja.Angka{hi.Capaian}, seri: []int{s}})
	}
	return t, g
}

// capaianTahunan is BAB III A after its lead-in: Tabel 3.1 (the year's
// capaian, t) and Gambar 3.1 (g), both from tableCapaianTahunan, Tabel 3.2
// (the years compared and the Renstra progress), then the seven analyses
// of each indicator.
func (r *laporan) capaianTahunan(st *tahunanState, t *table, g *grafik) {
	r.drawTableOrNote(t, "Tidak ada indikator kinerja untuk disajikan.")
	if len(g.baris) == 0 {
		return
	}
	g.ringkasPredikat(r.h.Indikator, "Tabel 3.1")
	r.drawChart(g)
	r.addSpace(4)
	r.tableAntarTahun(st)

	r.setFont("", ukuranIsi)
	r.writeParagraph("Analisis capaian masing-masing indikator kinerja adalah sebagai berikut.", r.margin.left, r.contentWidth(), "J")
	r.addSpace(2)
	for i, di := range st.dt.Indikator {
		r.indikatorTahunan(st, i, di)
		if r.err != nil {
			return
		}
	}
}

// tableAntarTahun is Tabel 3.2: realisation and capaian over the years and
// the progress towards the Renstra's end target.
func (r *laporan) tableAntarTahun(st *tahunanState) {
	y := r.h.Tahun
	ys := func(n int) string { return strconv.Itoa(y - n) }
	t := &table{
		number: "3.2",
		title:  "Perbandingan Realisasi dan Capaian Tahun " + ys(2) + "–" + ys(0) + " serta Kemajuan terhadap Target Akhir Renstra",
		columns: []column{
			{align: "C", fit: true, min: 7},
			{align: "L", weight: 1, min: 34},
			{align: "C", fit: true, min: 12, maxWidth: 16}, {align: "C", fit: true, min: 12, maxWidth: 16},
			{align: "R", fit: true, min: 12},
			{align: "C", fit: true, min: 12, maxWidth: 16}, {align: "R", fit: true, min: 12},
			{align: "C", fit: true, min: 13, maxWidth: 17}, {align: "R", fit: true, min: 12},
		},
		header: []headerCell{
			{text: "No", c0: 0, cs: 1, r0: 0, rs: 2},
			{text: "Indikator Kinerja", c0: 1, cs: 1, r0: 0, rs: 2},
			{text: "Tahun " + ys(2), c0: 2, cs: 1, r0: 0, rs: 1},
			{text: "Tahun " + ys(1), c0: 3, cs: 2, r0: 0, rs: 1},
			{text: "Tahun " + ys(0), c0: 5, cs: 2, r0: 0, rs: 1},
			{text: "Renstra", c0: 7, cs: 2, r0: 0, rs: 1},
			{text: "Realisasi", c0: 2, cs: 1, r0: 1, rs: 1},
			{text: "Realisasi", c0: 3, cs: 1, r0: 1, rs: 1},
			{text: "Capaian (%)", c0: 4, cs: 1, r0: 1, rs: 1},
			{text: "Realisasi", c0: 5, cs: 1, r0: 1, rs: 1},
			{text: "Capaian (%)", c0: 6, cs: 1, r0: 1, rs: 1},
			{text: "Target Akhir", c0: 7, cs: 1, r0: 1, rs: 1},
			{text: "Kemajuan (%)", c0: 8, cs: 1, r0: 1, rs: 1},
		},
		headerRows: 2, mergeColumn: -1, fontSize: 7.5,
	}
	for i, di := range st.dt.Indikator {
		t.rows = append(t.rows, row{cells: []cell{
			{text: strconv.Itoa(i + 1)}, {text: di.Indikator},
			{text: di.RealisasiTahunLalu2}, {text: di.RealisasiTahunLalu}, {text: di.CapaianTahunLalu},
			{text: di.Realisasi}, {text: di.Capaian},
			{text: di.TargetAkhirRenstra}, {text: di.KemajuanRenstra},
		}})
	}
	r.drawTableOrNote(t, "")
	r.setFont("I", 8)
	r.writeParagraph("Tanda – berarti datanya (realisasi tahun sebelumnya, target tahun lalu atau target akhir Renstra) tidak tersedia; perbandingannya tidak disajikan.", r.margin.left, r.contentWidth(), "L")
	r.addSpace(4)
}

// indikatorTahunan writes the seven analyses of one indicator.
func (r *laporan) indikatorTahunan(st *tahunanState, i int, di *DataIndikatorTahunan) {
	lh := tinggiBaris(ukuranIsi)
	r.setFont("B", ukuranIsi)
	mw := r.numberColumn(len(st.dt.Indikator))
	r.ensureSpace(float64(len(r.breakLines(di.Indikator, r.contentWidth()-mw))+4)*lh + 2)
	y := r.y()
	r.writeLine(r.margin.left, y, mw, lh, strconv.Itoa(i+1)+".", "L")
	r.setY(y)
	r.writeParagraph(di.Indikator, r.margin.left+mw, r.contentWidth()-mw, "L")
	r.addSpace(1)
	x, w := r.margin.left+mw, r.contentWidth()-mw
	for j, a := range analisisTahunan {
		out, err := r.tpl.execBlock(berkasIndikatorTahunan, a.textBlock, di)
		if err != nil {
			if r.err == nil {
				r.err = err
			}
			return
		}
		bs := parseBlocks(out, false)
		if a.textBlock == "sebab" {
			for _, p := range st.analisis[kinerja.NormKode(di.Kode)] {
				bs = append(bs, parseBlocks(p, true)...)
			}
		}
		r.setFont("I", ukuranIsi)
		r.ensureSpace(3 * lh)
		yy := r.y()
		r.writeLine(x, yy, w, lh, fmt.Sprintf("(%d) %s", j+1, a.judul), "L")
		r.setY(yy + lh + 0.5)
		r.setFont("", ukuranIsi)
		r.writeBlocks(bs, x+6, w-6, 1.5)
		r.addSpace(1.5)
		if a.textBlock == "tahun_lalu" {
			r.grafikTahunan(st, i, di)
		}
	}
	r.addSpace(2)
}

// grafikTahunan draws the realisation over the years of an indicator as
// vertical bars, when at least two years are known; the target of each
// year, when given, is a short dashed line over its bar.
func (r *laporan) grafikTahunan(st *tahunanState, i int, di *DataIndikatorTahunan) {
	hi := &r.h.Indikator[i]
	t := hi.IndikatorTahunan
	if t == nil {
		return
	}
	type batangTahun struct {
		tahun   int
		nilai   kinerja.Angka
		target  kinerja.Angka
		teks    string
		kiniIni bool
	}
	var bs []batangTahun
	if t.RealisasiTahunLalu[1].OK {
		bs = append(bs, batangTahun{tahun: r.h.Tahun - 2, nilai: t.RealisasiTahunLalu[1], teks: di.RealisasiTahunLalu2})
	}
	if t.RealisasiTahunLalu[0].OK {
		bs = append(bs, batangTahun{tahun: r.h.Tahun - 1, nilai: t.RealisasiTahunLalu[0], target: t.TargetTahunLalu, teks: di.RealisasiTahunLalu})
	}
	if hi.Realisasi.OK {
		bs = append(bs, batangTahun{tahun: r.h.Tahun, nilai: hi.Realisasi, target: hi.Target, teks: di.Realisasi, kiniIni: true})
	}
	if len(bs) < 2 {
		return
	}
	maxV := 0.0
	for _, b := range bs {
		maxV = max(maxV, b.nilai.V, b.target.V)
	}
	if maxV <= 0 {
		maxV = 1
	}
	st.nGambar++
	lhK := tinggiBaris(ukuranChart)
	plotH := 32.0
	barW := 16.0
	gap := 14.0
	plotW := float64(len(bs))*barW + float64(len(bs)+1)*gap
	capH := 2*tinggiBaris(ukuranIsi) + 2
	total := plotH + 2*lhK + 4 + capH
	r.ensureSpace(total + 2)
	y0 := r.y() + lhK + 2 // top of the plot, under the value labels
	x0 := r.margin.left + 8 + (r.contentWidth()-8-plotW)/2
	base := y0 + plotH
	r.pdf.SetDrawColor(0, 0, 0)
	r.pdf.SetLineWidth(0.2)
	r.pdf.Line(x0, base, x0+plotW, base)
	for k, b := range bs {
		x := x0 + gap + float64(k)*(barW+gap)
		h := b.nilai.V / maxV * plotH
		r.batang(x, base-h, barW, h, b.kiniIni)
		r.setFont("", ukuranChart)
		// The value above its bar, and above the target's line when that
		// is near the bar's top.
		atas := h
		if b.target.OK && b.target.V/maxV*plotH+lhK > h {
			atas = max(h, b.target.V/maxV*plotH)
		}
		r.writeLine(x-gap/2, base-atas-lhK-0.5, barW+gap, lhK, b.teks, "C")
		r.writeLine(x-gap/2, base+0.8, barW+gap, lhK, strconv.Itoa(b.tahun), "C")
		if b.target.OK {
			ty := base - b.target.V/maxV*plotH
			r.pdf.SetDrawColor(0, 0, 0)
			r.pdf.SetLineWidth(0.4)
			r.pdf.SetDashPattern([]float64{1.2, 0.8}, 0)
			r.pdf.Line(x-2, ty, x+barW+2, ty)
			r.pdf.SetDashPattern([]float64{}, 0)
			r.pdf.SetLineWidth(0.2)
		}
	}
	r.setFont("", ukuranChart)
	r.writeLine(r.margin.left+8, base+lhK+1, r.contentWidth()-8, lhK, "Garis putus-putus: target tahun itu (bila diisi). Satuan: "+oneLine(hi.Satuan)+".", "C")
	r.setY(base + 2*lhK + 2)
	r.setFont("B", ukuranIsi-1)
	yy := r.y()
	r.writeLine(r.margin.left+8, yy, r.contentWidth()-8, tinggiBaris(ukuranIsi-1), "Gambar 3."+strconv.Itoa(st.nGambar), "C")
	r.setY(yy + tinggiBaris(ukuranIsi-1))
	r.setFont("", ukuranIsi-1)
	r.writeParagraph("Realisasi "+di.Indikator+" Tahun "+strconv.Itoa(bs[0].tahun)+"–"+strconv.Itoa(r.h.Tahun), r.margin.left+8, r.contentWidth()-8, "C")
	r.addSpace(3)
}

// tableAnggaranTahunan is the table of BAB III B: per Anggaran row the
// year's pagu, realisation, serapan, capaian kinerja and efficiency, with
// totals; nil when the sheet has no kegiatan. A hierarchical sheet keeps
// its order, each row indented under its parent (program, kegiatan, sub
// kegiatan) and the parents in bold: their money is the sum of their
// leaves (docs/rumus.md#hierarki), and the Jumlah row is the sum of the
// leaves.
func (r *laporan) tableAnggaranTahunan() *table {
	if len(r.h.Kegiatan) == 0 {
		return nil
	}
	pmk := r.h.Metode == kinerja.PMK
	kode := false
	for _, k := range r.h.Kegiatan {
		kode = kode || k.KodeRekening != nil
	}
	cols := []column{{align: "C", fit: true, min: 7}}
	header := []headerCell{{text: "No", c0: 0, cs: 1, rs: 1}}
	if kode {
		cols[0] = column{align: "L", fit: true, min: 14, maxWidth: 30}
		header[0].text = "Kode"
	}
	cols = append(cols,
		column{align: "L", weight: 1, min: 40},
		column{align: "R", fit: true, min: 16}, column{align: "R", fit: true, min: 16}, column{align: "R", fit: true, min: 12},
		column{align: "R", fit: true, min: 13}, column{align: "R", fit: true, min: 12})
	header = append(header,
		headerCell{text: "Program/Kegiatan", c0: 1, cs: 1, rs: 1},
		headerCell{text: "Pagu (Rp)", c0: 2, cs: 1, rs: 1}, headerCell{text: "Realisasi (Rp)", c0: 3, cs: 1, rs: 1},
		headerCell{text: "Serapan (%)", c0: 4, cs: 1, rs: 1}, headerCell{text: "Capaian Kinerja (%)", c0: 5, cs: 1, rs: 1},
		headerCell{text: "Efisiensi (%)", c0: 6, cs: 1, rs: 1})
	if pmk {
		cols = append(cols, column{align: "R", fit: true, min: 11})
		header = append(header, headerCell{text: "Nilai Efisiensi", c0: 7, cs: 1, rs: 1})
	}
	t := &table{
		number:      "3.3",
		title:       "Realisasi Anggaran per Program/Kegiatan " + pejabat(r.l.Identitas) + " Tahun " + strconv.Itoa(r.h.Tahun),
		columns:     cols,
		header:      header,
		headerRows:  1,
		mergeColumn: -1,
		fontSize:    7.5,
		// The caption, header and a few rows together: never a caption
		// alone at the foot of a page.
		minStart: 45,
	}
	kedalaman := func(i int) int {
		d := 0
		for p := r.h.Kegiatan[i].Parent; p >= 0 && p < len(r.h.Kegiatan) && d < 8; p = r.h.Kegiatan[p].Parent {
			d++
		}
		return d
	}
	for i := range r.h.Kegiatan {
		k := &r.h.Kegiatan[i]
		no := strconv.Itoa(i + 1)
		if kode {
			no = ""
			if k.KodeRekening != nil {
				no = *k.KodeRekening
			}
		}
		induk := len(k.Children) > 0
		cells := []cell{
			{text: no}, {text: oneLine(k.Kegiatan), indent: 3 * float64(kedalaman(i))},
			{text: kinerja.FormatRupiah(k.Pagu)}, {text: kinerja.FormatRupiah(k.RealisasiAnggaran)},
			{text: kinerja.FormatPersen(k.Serapan)}, {text: kinerja.FormatPersen(k.Capaian)},
			{text: kinerja.FormatPersen(k.Efisiensi)},
		}
		if pmk {
			cells = append(cells, cell{text: nilaiEfisiensi(k.NilaiEfisiensi)})
		}
		b := row{cells: cells}
		if induk {
			b.style, b.fill, b.keepWithNext = "B", 242, true
		}
		t.rows = append(t.rows, b)
	}
	tot := []cell{
		{text: "Jumlah", span: 2, align: "C"},
		{text: kinerja.FormatRupiah(r.h.Total.Pagu)}, {text: kinerja.FormatRupiah(r.h.Total.RealisasiAnggaran)},
		{text: kinerja.FormatPersen(r.h.Total.Serapan)}, {},
		{text: kinerja.FormatPersen(r.h.Total.Efisiensi)},
	}
	if pmk {
		tot = append(tot, cell{text: nilaiEfisiensi(r.h.Total.NilaiEfisiensi)})
	}
	t.rows = append(t.rows, row{cells: tot, fill: 225, style: "B"})
	return t
}

// anggaranTahunan draws tableAnggaranTahunan's table t (nothing when nil)
// with its method note.
func (r *laporan) anggaranTahunan(t *table) {
	if t == nil {
		return
	}
	r.drawTable(t)
	r.addSpace(1)
	r.setFont("I", 8)
	r.writeParagraph("Metode efisiensi: "+r.h.Metode.Sumber(), r.margin.left, r.contentWidth(), "L")
	r.addSpace(4)
}

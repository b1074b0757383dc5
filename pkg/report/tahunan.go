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
	// lead-in keeps the table's real start (ruangPengantar).
	r.subjudulTahunan(st, "A", "Rencana Strategis")
	renstra := r.tabelRenstra(st)
	r.narasiTahunan(st, "Perencanaan Kinerja", berkasPerencanaan, renstra)
	if renstra != nil {
		r.tabelAtauCatatan(renstra, "")
	}
	r.subjudulTahunan(st, "B", "Perjanjian Kinerja Tahun "+strconv.Itoa(id.Tahun))
	r.tabelPK("2.2")

	r.babTahunan(st, "III", "AKUNTABILITAS KINERJA")
	r.subjudulTahunan(st, "A", "Capaian Kinerja")
	capaian, g := r.tabelCapaianTahunan(st)
	r.narasiTahunan(st, "Capaian Kinerja", berkasCapaianTahunan, capaian)
	r.capaianTahunan(st, capaian, g)
	r.subjudulTahunan(st, "B", "Realisasi Anggaran")
	anggaran := r.tabelAnggaranTahunan()
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
	r.tabelPK("L.1")
	r.tabelPKAnggaran()
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
// the annual template; berikut as in narasiBagian.
func (r *laporan) narasiTahunan(st *tahunanState, bagian, berkas string, berikut *tabel) {
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
	r.keepLeadIn(bs, berikut)
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

// tabelRenstra is Tabel 2.1: the Renstra's sasaran and indicators with
// their end-of-period target; nil (left out with the template's note)
// when no indicator has one.
func (r *laporan) tabelRenstra(st *tahunanState) *tabel {
	if !st.dt.AdaRenstra {
		return nil
	}
	judulTarget := "Target Akhir Renstra"
	if st.dt.TahunAkhirRenstra != 0 {
		judulTarget += " (" + strconv.Itoa(st.dt.TahunAkhirRenstra) + ")"
	}
	t := &tabel{
		nomor: "2.1",
		judul: joinText(" ", "Sasaran, Indikator dan Target Akhir Rencana Strategis", oneLine(r.l.Identitas.Unit), st.dt.PeriodeRenstra),
		kolom: []kolom{
			{rata: "C", pas: true, min: 8},
			{rata: "L", bobot: 1, min: 30},
			{rata: "L", bobot: 1.25, min: 35},
			{rata: "C", pas: true, min: 18, maks: 26},
		},
		header: []selHeader{
			{teks: "No", k0: 0, ks: 1, bs: 1}, {teks: "Sasaran", k0: 1, ks: 1, bs: 1},
			{teks: "Indikator Kinerja", k0: 2, ks: 1, bs: 1}, {teks: judulTarget, k0: 3, ks: 1, bs: 1},
		},
		nHeader: 1, nomorKolom: true, kolomGabung: 1, ukuran: ukuranTabel,
	}
	for i, hi := range r.h.Indikator {
		di := st.dt.Indikator[i]
		t.baris = append(t.baris, baris{gabung: kunciSasaran(hi.Sasaran), sel: []sel{
			{teks: strconv.Itoa(i + 1)}, {teks: oneLine(hi.Sasaran)}, {teks: oneLine(hi.Indikator)},
			{teks: di.TargetAkhirRenstra},
		}})
	}
	return t
}

// tabelPK is the Perjanjian Kinerja table (BAB II B and the Lampiran).
func (r *laporan) tabelPK(nomor string) {
	t := r.pkTable(nomor, "Perjanjian Kinerja "+pejabat(r.l.Identitas)+" Tahun "+strconv.Itoa(r.h.Tahun), "Sasaran", 22)
	r.tabelAtauCatatan(t, "Belum ada indikator kinerja yang ditetapkan dalam Perjanjian Kinerja.")
}

// tabelPKAnggaran lists the kegiatan and their pagu under the Lampiran's
// Perjanjian Kinerja, as the signed agreement does.
func (r *laporan) tabelPKAnggaran() {
	if len(r.h.Kegiatan) == 0 {
		return
	}
	t := &tabel{
		nomor: "L.2",
		judul: "Program/Kegiatan dan Anggaran Tahun " + strconv.Itoa(r.h.Tahun),
		kolom: []kolom{
			{rata: "C", pas: true, min: 8},
			{rata: "L", bobot: 1, min: 60},
			{rata: "R", pas: true, min: 28},
		},
		header: []selHeader{
			{teks: "No", k0: 0, ks: 1, bs: 1}, {teks: "Program/Kegiatan", k0: 1, ks: 1, bs: 1},
			{teks: "Anggaran (Rp)", k0: 2, ks: 1, bs: 1},
		},
		nHeader: 1, kolomGabung: -1, ukuran: ukuranTabel,
	}
	// The rows at the top of the budget tree (the programs of a
	// hierarchical sheet, every row of a flat one): their pagu sums the
	// leaves below, so the list adds up to the Jumlah.
	for _, k := range r.h.Kegiatan {
		if k.Parent >= 0 {
			continue
		}
		t.baris = append(t.baris, baris{sel: []sel{
			{teks: strconv.Itoa(len(t.baris) + 1)}, {teks: oneLine(k.Kegiatan)}, {teks: kinerja.FormatRupiah(k.Pagu)},
		}})
	}
	t.baris = append(t.baris, baris{isi: 225, gaya: "B", sel: []sel{
		{teks: "Jumlah", span: 2, rata: "C"}, {teks: kinerja.FormatRupiah(r.h.Total.Pagu)},
	}})
	r.tabelAtauCatatan(t, "")
}

// tabelCapaianTahunan builds Tabel 3.1, the year's capaian per
// indicator, and Gambar 3.1 of the same figures.
func (r *laporan) tabelCapaianTahunan(st *tahunanState) (*tabel, *grafik) {
	id := r.l.Identitas
	t := &tabel{
		nomor: "3.1",
		judul: "Capaian Kinerja " + pejabat(id) + " Tahun " + strconv.Itoa(r.h.Tahun),
		kolom: []kolom{
			{rata: "C", pas: true, min: 8},
			{rata: "L", bobot: 1, min: 26},
			{rata: "L", bobot: 1.25, min: 30},
			{rata: "C", pas: true, min: 14, maks: 17},
			{rata: "C", pas: true, min: 14, maks: 17},
			{rata: "R", pas: true, min: 14},
			{rata: "C", pas: true, min: 14, maks: 16},
		},
		header: []selHeader{
			{teks: "No", k0: 0, ks: 1, bs: 1}, {teks: "Sasaran", k0: 1, ks: 1, bs: 1},
			{teks: "Indikator Kinerja", k0: 2, ks: 1, bs: 1}, {teks: "Target", k0: 3, ks: 1, bs: 1},
			{teks: "Realisasi", k0: 4, ks: 1, bs: 1}, {teks: "Capaian (%)", k0: 5, ks: 1, bs: 1},
			{teks: "Predikat", k0: 6, ks: 1, bs: 1},
		},
		nHeader: 1, nomorKolom: true, kolomGabung: 1, ukuran: ukuranTabel,
	}
	st.nGambar++
	g := &grafik{
		nomor: "3." + strconv.Itoa(st.nGambar),
		judul: "Capaian Kinerja per Indikator Tahun " + strconv.Itoa(r.h.Tahun),
		seri:  []chartSeries{{nama: "tercapai (≥ 100%)", gelap: true}, {nama: "tidak tercapai", gelap: false}},
	}
	for i, hi := range r.h.Indikator {
		t.baris = append(t.baris, baris{gabung: kunciSasaran(hi.Sasaran), sel: []sel{
			{teks: strconv.Itoa(i + 1)}, {teks: oneLine(hi.Sasaran)}, {teks: oneLine(hi.Indikator)},
			{teks: nilaiSatuan(hi.Target, hi.TargetRentang, hi.Satuan)},
			{teks: nilaiSatuan(hi.Realisasi, nil, hi.Satuan)},
			{teks: kinerja.FormatPersen(hi.Capaian)},
			{teks: predikat(hi.Predikat)},
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
// capaian, t) and Gambar 3.1 (g), both from tabelCapaianTahunan, Tabel 3.2
// (the years compared and the Renstra progress), then the seven analyses
// of each indicator.
func (r *laporan) capaianTahunan(st *tahunanState, t *tabel, g *grafik) {
	r.tabelAtauCatatan(t, "Tidak ada indikator kinerja untuk disajikan.")
	if len(g.baris) == 0 {
		return
	}
	g.ringkasPredikat(r.h.Indikator, "Tabel 3.1")
	r.drawChart(g)
	r.addSpace(4)
	r.tabelAntarTahun(st)

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

// tabelAntarTahun is Tabel 3.2: realisation and capaian over the years and
// the progress towards the Renstra's end target.
func (r *laporan) tabelAntarTahun(st *tahunanState) {
	y := r.h.Tahun
	ys := func(n int) string { return strconv.Itoa(y - n) }
	t := &tabel{
		nomor: "3.2",
		judul: "Perbandingan Realisasi dan Capaian Tahun " + ys(2) + "–" + ys(0) + " serta Kemajuan terhadap Target Akhir Renstra",
		kolom: []kolom{
			{rata: "C", pas: true, min: 7},
			{rata: "L", bobot: 1, min: 34},
			{rata: "C", pas: true, min: 12, maks: 16}, {rata: "C", pas: true, min: 12, maks: 16},
			{rata: "R", pas: true, min: 12},
			{rata: "C", pas: true, min: 12, maks: 16}, {rata: "R", pas: true, min: 12},
			{rata: "C", pas: true, min: 13, maks: 17}, {rata: "R", pas: true, min: 12},
		},
		header: []selHeader{
			{teks: "No", k0: 0, ks: 1, b0: 0, bs: 2},
			{teks: "Indikator Kinerja", k0: 1, ks: 1, b0: 0, bs: 2},
			{teks: "Tahun " + ys(2), k0: 2, ks: 1, b0: 0, bs: 1},
			{teks: "Tahun " + ys(1), k0: 3, ks: 2, b0: 0, bs: 1},
			{teks: "Tahun " + ys(0), k0: 5, ks: 2, b0: 0, bs: 1},
			{teks: "Renstra", k0: 7, ks: 2, b0: 0, bs: 1},
			{teks: "Realisasi", k0: 2, ks: 1, b0: 1, bs: 1},
			{teks: "Realisasi", k0: 3, ks: 1, b0: 1, bs: 1},
			{teks: "Capaian (%)", k0: 4, ks: 1, b0: 1, bs: 1},
			{teks: "Realisasi", k0: 5, ks: 1, b0: 1, bs: 1},
			{teks: "Capaian (%)", k0: 6, ks: 1, b0: 1, bs: 1},
			{teks: "Target Akhir", k0: 7, ks: 1, b0: 1, bs: 1},
			{teks: "Kemajuan (%)", k0: 8, ks: 1, b0: 1, bs: 1},
		},
		nHeader: 2, kolomGabung: -1, ukuran: 7.5,
	}
	for i, di := range st.dt.Indikator {
		t.baris = append(t.baris, baris{sel: []sel{
			{teks: strconv.Itoa(i + 1)}, {teks: di.Indikator},
			{teks: di.RealisasiTahunLalu2}, {teks: di.RealisasiTahunLalu}, {teks: di.CapaianTahunLalu},
			{teks: di.Realisasi}, {teks: di.Capaian},
			{teks: di.TargetAkhirRenstra}, {teks: di.KemajuanRenstra},
		}})
	}
	r.tabelAtauCatatan(t, "")
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

// tabelAnggaranTahunan is the table of BAB III B: per Anggaran row the
// year's pagu, realisation, serapan, capaian kinerja and efficiency, with
// totals; nil when the sheet has no kegiatan. A hierarchical sheet keeps
// its order, each row indented under its parent (program, kegiatan, sub
// kegiatan) and the parents in bold: their money is the sum of their
// leaves (docs/rumus.md#hierarki), and the Jumlah row is the sum of the
// leaves.
func (r *laporan) tabelAnggaranTahunan() *tabel {
	if len(r.h.Kegiatan) == 0 {
		return nil
	}
	pmk := r.h.Metode == kinerja.PMK
	kode := false
	for _, k := range r.h.Kegiatan {
		kode = kode || k.KodeRekening != nil
	}
	kol := []kolom{{rata: "C", pas: true, min: 7}}
	header := []selHeader{{teks: "No", k0: 0, ks: 1, bs: 1}}
	if kode {
		kol[0] = kolom{rata: "L", pas: true, min: 14, maks: 30}
		header[0].teks = "Kode"
	}
	kol = append(kol,
		kolom{rata: "L", bobot: 1, min: 40},
		kolom{rata: "R", pas: true, min: 16}, kolom{rata: "R", pas: true, min: 16}, kolom{rata: "R", pas: true, min: 12},
		kolom{rata: "R", pas: true, min: 13}, kolom{rata: "R", pas: true, min: 12})
	header = append(header,
		selHeader{teks: "Program/Kegiatan", k0: 1, ks: 1, bs: 1},
		selHeader{teks: "Pagu (Rp)", k0: 2, ks: 1, bs: 1}, selHeader{teks: "Realisasi (Rp)", k0: 3, ks: 1, bs: 1},
		selHeader{teks: "Serapan (%)", k0: 4, ks: 1, bs: 1}, selHeader{teks: "Capaian Kinerja (%)", k0: 5, ks: 1, bs: 1},
		selHeader{teks: "Efisiensi (%)", k0: 6, ks: 1, bs: 1})
	if pmk {
		kol = append(kol, kolom{rata: "R", pas: true, min: 11})
		header = append(header, selHeader{teks: "Nilai Efisiensi", k0: 7, ks: 1, bs: 1})
	}
	t := &tabel{
		nomor:       "3.3",
		judul:       "Realisasi Anggaran per Program/Kegiatan " + pejabat(r.l.Identitas) + " Tahun " + strconv.Itoa(r.h.Tahun),
		kolom:       kol,
		header:      header,
		nHeader:     1,
		kolomGabung: -1,
		ukuran:      7.5,
		// The caption, header and a few rows together: never a caption
		// alone at the foot of a page.
		awalMin: 45,
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
		cells := []sel{
			{teks: no}, {teks: oneLine(k.Kegiatan), indent: 3 * float64(kedalaman(i))},
			{teks: kinerja.FormatRupiah(k.Pagu)}, {teks: kinerja.FormatRupiah(k.RealisasiAnggaran)},
			{teks: kinerja.FormatPersen(k.Serapan)}, {teks: kinerja.FormatPersen(k.Capaian)},
			{teks: kinerja.FormatPersen(k.Efisiensi)},
		}
		if pmk {
			cells = append(cells, sel{teks: nilaiEfisiensi(k.NilaiEfisiensi)})
		}
		b := baris{sel: cells}
		if induk {
			b.gaya, b.isi, b.lekat = "B", 242, true
		}
		t.baris = append(t.baris, b)
	}
	tot := []sel{
		{teks: "Jumlah", span: 2, rata: "C"},
		{teks: kinerja.FormatRupiah(r.h.Total.Pagu)}, {teks: kinerja.FormatRupiah(r.h.Total.RealisasiAnggaran)},
		{teks: kinerja.FormatPersen(r.h.Total.Serapan)}, {},
		{teks: kinerja.FormatPersen(r.h.Total.Efisiensi)},
	}
	if pmk {
		tot = append(tot, sel{teks: nilaiEfisiensi(r.h.Total.NilaiEfisiensi)})
	}
	t.baris = append(t.baris, baris{sel: tot, isi: 225, gaya: "B"})
	return t
}

// anggaranTahunan draws tabelAnggaranTahunan's table t (nothing when nil)
// with its method note.
func (r *laporan) anggaranTahunan(t *tabel) {
	if t == nil {
		return
	}
	r.gambarTabel(t)
	r.addSpace(1)
	r.setFont("I", 8)
	r.writeParagraph("Metode efisiensi: "+r.h.Metode.Sumber(), r.margin.left, r.contentWidth(), "L")
	r.addSpace(4)
}

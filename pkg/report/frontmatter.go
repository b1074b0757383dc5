package report

import (
	"strconv"
	"strings"
)

// Front matter (docs/laporan.md#halaman-depan): the Ikhtisar after the
// cover, and the Daftar Isi, laid out once the body's page numbers are
// known and then moved in front of the body.

// batasDaftarIsi: a report of more pages than this gets a Daftar Isi.
const batasDaftarIsi = 10

// entriDaftar is a heading listed in the Daftar Isi: its text, level (0 a
// chapter, 1 a section) and where it is.
type entriDaftar struct {
	teks  string
	level int
	page  int
	y     float64
}

// addBookmark bookmarks a heading at the current y and lists it for the
// Daftar Isi.
func (d *doc) addBookmark(teks string, level int) {
	d.pdf.Bookmark(teks, level, -1)
	d.isi = append(d.isi, entriDaftar{teks: teks, level: level, page: d.pdf.PageNo(), y: d.y()})
}

// judulDepan writes the centred title of a front-matter page.
func (d *doc) judulDepan(judul string) {
	d.setFont("B", ukuranJudul+1)
	lh := tinggiBaris(ukuranJudul + 1)
	y := d.y()
	d.writeLine(d.margin.left, y, d.contentWidth(), lh, judul, "C")
	d.setY(y + lh + 6)
}

// ikhtisar writes the one-paragraph summary on its own page after the
// cover.
func (r *laporan) ikhtisar() {
	out, err := r.tpl.exec(templateIkhtisar, r.data)
	if err != nil {
		if r.err == nil {
			r.err = err
		}
		return
	}
	r.newPage()
	r.addBookmark("Ikhtisar", 0)
	r.judulDepan("IKHTISAR")
	r.setFont("", ukuranIsi)
	r.writeBlocks(parseBlocks(out, false), r.margin.left, r.contentWidth(), 2.5)
}

// sisipDaftarIsi lays out the Daftar Isi of the headings marked with
// addBookmark, when the document has more than batasDaftarIsi pages, on pages
// of its own that then become pages pos, pos+1, …: each entry with its
// page number (as printed after the move) and a link to the heading.
func (d *doc) sisipDaftarIsi(pos int) {
	if d.pdf.PageCount() <= batasDaftarIsi {
		return
	}
	d.daftarIsi(pos)
}

// daftarIsi is sisipDaftarIsi whatever the page count (the annual report
// always has one).
func (d *doc) daftarIsi(pos int) {
	if len(d.isi) == 0 || pos < 1 || pos > d.pdf.PageCount() {
		return
	}
	lh := tinggiBaris(ukuranIsi)
	judulH := tinggiBaris(ukuranJudul+1) + 6
	spasiBab := 2.0
	// How many pages the list takes, to number the pages after it.
	halaman, y := 1, d.margin.top+judulH
	for _, e := range d.isi {
		h := lh
		if e.level == 0 {
			h += spasiBab
		}
		if y+h > d.pageBottom() {
			halaman++
			y = d.margin.top
		}
		y += h
	}
	nomor := func(p int) int {
		if p >= pos {
			return p + halaman
		}
		return p
	}
	d.newPage()
	d.pdf.Bookmark("Daftar Isi", 0, -1)
	d.judulDepan("DAFTAR ISI")
	for _, e := range d.isi {
		h := lh
		if e.level == 0 {
			h += spasiBab
		}
		if d.spaceLeft() < h {
			d.newPage()
		}
		if e.level == 0 {
			d.setY(d.y() + spasiBab)
			d.setFont("B", ukuranIsi)
		} else {
			d.setFont("", ukuranIsi)
		}
		y := d.y()
		x := d.margin.left + float64(e.level)*8
		no := strconv.Itoa(nomor(e.page))
		nw := d.pdf.GetStringWidth(no)
		teks := e.teks
		for d.pdf.GetStringWidth(teks) > d.contentWidth()-(x-d.margin.left)-nw-8 && len(teks) > 1 {
			teks = shortenByOne(teks)
		}
		tw := d.pdf.GetStringWidth(teks)
		d.writeLine(x, y, tw+1, lh, teks, "L")
		d.writeLine(d.margin.left+d.contentWidth()-nw-0.5, y, nw+0.5, lh, no, "R")
		// Leader dots between the text and the number.
		d.setFont("", ukuranIsi)
		dots := 0
		for lx, dw := x+tw+2, d.pdf.GetStringWidth(". "); lx+dw < d.margin.left+d.contentWidth()-nw-2; lx += dw {
			dots++
		}
		titik := strings.Repeat(". ", dots)
		if titik != "" {
			tx := d.margin.left + d.contentWidth() - nw - 2 - d.pdf.GetStringWidth(titik)
			d.writeLine(tx, y, d.pdf.GetStringWidth(titik)+0.5, lh, titik, "L")
		}
		link := d.pdf.AddLink()
		d.pdf.SetLink(link, e.y, e.page)
		d.pdf.Link(d.margin.left, y, d.contentWidth(), lh, link)
		d.setY(y + lh)
	}
	d.pdf.MoveLastPages(halaman, pos)
}

// shortenByOne shortens a text by one character, ending it with "…".
func shortenByOne(s string) string {
	rs := []rune(s)
	if len(rs) > 0 && rs[len(rs)-1] == '…' {
		rs = rs[:len(rs)-1]
	}
	if len(rs) == 0 {
		return ""
	}
	return string(rs[:len(rs)-1]) + "…"
}

package report

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// Table layout: column widths from content, cells that wrap, a header
// (with spanning cells) repeated on every page, a column merged over
// consecutive rows, and rows taller than a page split between lines.
//
// This file is long (about 900 lines) but one thing: the table engine every
// table of both reports goes through. Widths, wrapping, the repeated header,
// merged columns and page breaks decide each other (a row's height depends
// on the widths, a break on the heights, a merged cell on the break), so
// splitting them would spread one algorithm over files.

const (
	padX = 1.0 // cell padding, mm
	padY = 0.9
)

type kolom struct {
	rata  string  // "L", "C", "R"
	pas   bool    // width from the content (figures, numbers)
	bobot float64 // share of the width left (text columns)
	min   float64 // minimum width, mm
	// maks caps a fitted column: longer content wraps between words
	// ("14,4 Dokumen" over two lines); 0 = no cap.
	maks float64
	w    float64 // computed
	// minIsi: a text column's minimum for its content (computed).
	minIsi float64
}

// selHeader is a header cell over columns k0…k0+ks−1 and header rows
// b0…b0+bs−1.
type selHeader struct {
	teks   string
	k0, ks int
	b0, bs int
}

type sel struct {
	teks   string
	rata   string  // "" = the column's
	gaya   string  // "" = the row's
	span   int     // columns covered; 0 or 1 = one
	indent float64 // extra left indent, mm
	// daftar: each line of teks is an item; a leading "1.", "a." or "•"
	// is set in a marker column with a hanging indent.
	daftar bool
}

// garis is one line of a cell: its text, and for the first line of a
// list item the marker; dx is the indent of the text.
type garis struct {
	teks, marker string
	dx           float64
}

type baris struct {
	sel  []sel
	isi  int    // background grey (0–255); 0 = none
	gaya string // font style of the row: "", "B", "I"
	// gabung: consecutive rows with the same non-empty key share one cell
	// in tabel.kolomGabung (the Sasaran of Tabel 2.1 and 2.2).
	gabung string
	// lekat keeps the row on the same page as the next one (an
	// indicator's row with its first kegiatan).
	lekat bool
}

type tabel struct {
	nomor      string // "2.1"
	judul      string // caption under "Tabel 2.1"
	kolom      []kolom
	header     []selHeader
	nHeader    int
	nomorKolom bool // a row numbering the columns: 1 2 3 …
	baris      []baris
	// kolomGabung is the column merged over rows with the same gabung
	// key; -1 for none.
	kolomGabung int
	ukuran      float64 // font size, pt
	// ukur: the fitted columns' content measured (lebarKolom), nil
	// until then.
	ukur []ukuranKolom
	// nBaris and barisKe, when barisKe is set, make the rows on demand
	// instead of baris: a table of thousands of rows (Tabel 2.3) is then
	// never held whole. barisKe(i) must give the same row for the same i.
	nBaris  int
	barisKe func(i int) baris
	// catatan are the notes printed under the table (8 pt italic), kept
	// on the page of its last rows.
	catatan []string
	// lanskap sets the table on landscape pages of its own
	// (docs/laporan.md#halaman-lanskap); the text after it starts a
	// portrait page again.
	lanskap bool
	// x0 is the table's left edge (lebarKolom).
	x0 float64
	// awalMin is the least height (mm) of the table's start kept on one
	// page, when its caption, header and first row are less.
	awalMin float64
}

// jumlahBaris is the number of rows.
func (t *tabel) jumlahBaris() int {
	if t.barisKe != nil {
		return t.nBaris
	}
	return len(t.baris)
}

// ambil returns row i.
func (t *tabel) ambil(i int) baris {
	if t.barisKe != nil {
		return t.barisKe(i)
	}
	return t.baris[i]
}

// selLayout is a cell ready to draw.
type selLayout struct {
	x, w   float64
	lines  []garis
	rata   string
	gaya   string
	indent float64
}

type barisLayout struct {
	sel   []selLayout // without the merged column
	gab   *selLayout  // the merged column's cell of this row, if any
	h     float64     // height without the merged column
	isi   int
	kunci string
	lekat bool
}

// ukuranKolom is what a fitted column's content needs, in glyph units
// (thousandths of the font size), so that it is measured once per table
// whatever font size the table ends up with.
type ukuranKolom struct {
	header int // widest header word; -1 for none
	// per cell indent: the widest line and the widest word
	grup []ukuranGrup
}

type ukuranGrup struct {
	indent      float64
	baris, kata int
}

// ukurKolom measures the content of the fitted columns: header words in
// bold, cells in their own style. It selects each style once, so that the
// measuring of a table of thousands of rows costs a few font changes.
func (d *doc) ukurKolom(t *tabel) []ukuranKolom {
	out := make([]ukuranKolom, len(t.kolom))
	for c := range out {
		out[c].header = -1
	}
	d.setFont("B", t.ukuran)
	for _, h := range t.header {
		if h.ks == 1 && h.k0 >= 0 && h.k0 < len(t.kolom) {
			for _, word := range splitWords(h.teks) {
				out[h.k0].header = max(out[h.k0].header, d.pdf.GetStringSymbolWidth(word))
			}
		}
	}
	// The cells of fitted columns, grouped by style (their text only: the
	// rows themselves may be made on demand and let go).
	type selUkur struct {
		c      int
		teks   string
		indent float64
	}
	perGaya := map[string][]selUkur{}
	var listStyle []string
	for r := range t.jumlahBaris() {
		b := t.ambil(r)
		ci := 0
		for i := range b.sel {
			s := &b.sel[i]
			span := max(s.span, 1)
			if span == 1 && ci < len(t.kolom) {
				g := cellStyle(*s, b)
				if _, ok := perGaya[g]; !ok {
					listStyle = append(listStyle, g)
				}
				perGaya[g] = append(perGaya[g], selUkur{ci, s.teks, s.indent})
			}
			ci += span
		}
	}
	for _, g := range listStyle {
		d.setFont(g, t.ukuran)
		for _, su := range perGaya[g] {
			k := &out[su.c]
			gi := -1
			for i := range k.grup {
				if k.grup[i].indent == su.indent {
					gi = i
				}
			}
			if gi < 0 {
				k.grup = append(k.grup, ukuranGrup{indent: su.indent})
				gi = len(k.grup) - 1
			}
			gr := &k.grup[gi]
			for ln := range strings.SplitSeq(su.teks, "\n") { // no slices: every cell of the table
				if t.kolom[su.c].pas {
					gr.baris = max(gr.baris, d.pdf.GetStringSymbolWidth(ln))
				}
				for word := range strings.FieldsFuncSeq(ln, isWordBreak) { // the words of splitWords
					gr.kata = max(gr.kata, d.pdf.GetStringSymbolWidth(word))
				}
			}
		}
	}
	return out
}

// lebarKolom computes the column widths. It reports false when the
// fitted columns had to be squeezed (their figures may wrap).
func (d *doc) lebarKolom(t *tabel) bool {
	if t.ukur == nil {
		t.ukur = d.ukurKolom(t)
	}
	// A width as fpdf's GetStringWidth computes it at the table's size.
	t.x0 = d.textLeft()
	fontSize := t.ukuran / d.pdf.GetConversionRatio()
	lebar := func(w int) float64 { return float64(w) * fontSize / 1000 }
	var pasTotal, minFlex, bobot float64
	for c := range t.kolom {
		k := &t.kolom[c]
		if !k.pas {
			// A text column is at least as wide as its longest word (up to
			// a third of the text block): words break between characters
			// only when they are longer than that.
			kata := 0.0
			u := &t.ukur[c]
			if u.header >= 0 {
				kata = lebar(u.header) + 2*padX
			}
			for _, g := range u.grup {
				kata = max(kata, lebar(g.kata)+2*padX+g.indent+0.2)
			}
			// A word wider than a third of the text block (a pasted
			// identifier or URL) breaks between characters whatever the
			// column's width: it reserves nothing, so that it never
			// squeezes the figures ("12 Doku/men") or shrinks the font.
			if kata > d.textWidth()/3 {
				kata = 0
			}
			k.minIsi = max(k.min, kata)
			minFlex += k.minIsi
			bobot += k.bobot
			continue
		}
		need, kata := k.min, k.min
		u := &t.ukur[c]
		if u.header >= 0 {
			need = max(need, lebar(u.header)+2*padX)
			kata = max(kata, lebar(u.header)+2*padX)
		}
		for _, g := range u.grup {
			need = max(need, lebar(g.baris)+2*padX+g.indent+0.2)
			kata = max(kata, lebar(g.kata)+2*padX+g.indent+0.2)
		}
		if k.maks > 0 && need > k.maks {
			need = max(k.maks, kata)
		}
		k.w = need
		pasTotal += need
	}
	rest := d.textWidth() - pasTotal
	muat := rest >= minFlex
	if rest < minFlex {
		// Figures too wide: shrink the fitted columns (their text wraps).
		scale := (d.textWidth() - minFlex) / pasTotal
		for c := range t.kolom {
			if t.kolom[c].pas {
				t.kolom[c].w *= scale
			}
		}
		rest = minFlex
	}
	for c := range t.kolom {
		k := &t.kolom[c]
		if !k.pas {
			if bobot > 0 {
				k.w = rest * k.bobot / bobot
			} else {
				k.w = rest / float64(len(t.kolom))
			}
		}
	}
	// Flex columns below their word minimum take the lack from the other
	// flex columns' room above theirs, in proportion to that room — but
	// only from columns that weigh no more (the name column is not cut
	// below its share for Sasaran or Keterangan). A column that still
	// lacks keeps its share and its longest words break between
	// characters; below its floor (min) it takes from any flex column's
	// room above that column's floor. The flex widths always add up to the
	// rest, so the table stays inside the text block.
	for c := range t.kolom {
		k := &t.kolom[c]
		if k.pas || k.w >= k.minIsi {
			continue
		}
		take := func(floor func(o int) float64, need float64, bobot float64) {
			room := 0.0
			for o := range t.kolom {
				if o != c && !t.kolom[o].pas && t.kolom[o].bobot <= bobot {
					room += max(0, t.kolom[o].w-floor(o))
				}
			}
			if room <= 0 || need <= 0 {
				return
			}
			part := min(1, need/room)
			for o := range t.kolom {
				if o != c && !t.kolom[o].pas && t.kolom[o].bobot <= bobot {
					give := max(0, t.kolom[o].w-floor(o)) * part
					t.kolom[o].w -= give
					k.w += give
				}
			}
		}
		take(func(o int) float64 { return t.kolom[o].minIsi }, k.minIsi-k.w, k.bobot)
		if k.w < k.min {
			take(func(o int) float64 { return t.kolom[o].min }, k.min-k.w, math.Inf(1))
		}
	}
	return muat
}

func cellStyle(s sel, b baris) string {
	if s.gaya != "" {
		return s.gaya
	}
	return b.gaya
}

func (t *tabel) xKolom(c int) float64 {
	x := t.x0
	for i := 0; i < c; i++ {
		x += t.kolom[i].w
	}
	return x
}

func (t *tabel) lebar(c0, span int) float64 {
	w := 0.0
	for i := c0; i < c0+span && i < len(t.kolom); i++ {
		w += t.kolom[i].w
	}
	return w
}

// tinggiHeader computes the height of each header row.
func (d *doc) tinggiHeader(t *tabel) []float64 {
	lh := tinggiBaris(t.ukuran)
	hs := make([]float64, t.nHeader)
	d.setFont("B", t.ukuran)
	need := func(h selHeader) float64 {
		return float64(len(d.breakLines(h.teks, t.lebar(h.k0, h.ks)-2*padX)))*lh + 2*padY
	}
	for _, h := range t.header {
		if h.bs == 1 {
			hs[h.b0] = max(hs[h.b0], need(h))
		}
	}
	for _, h := range t.header {
		if h.bs > 1 {
			sum := 0.0
			for r := h.b0; r < h.b0+h.bs; r++ {
				sum += hs[r]
			}
			if n := need(h); n > sum {
				hs[h.b0+h.bs-1] += n - sum
			}
		}
	}
	return hs
}

func (d *doc) tinggiHeaderTotal(t *tabel) float64 {
	sum := 0.0
	for _, h := range d.tinggiHeader(t) {
		sum += h
	}
	if t.nomorKolom {
		sum += tinggiBaris(t.ukuran*0.85) + 2*padY
	}
	return sum
}

// gambarHeader draws the header at the current y.
func (d *doc) gambarHeader(t *tabel) {
	lh := tinggiBaris(t.ukuran)
	hs := d.tinggiHeader(t)
	y0 := d.y()
	ys := make([]float64, t.nHeader+1)
	ys[0] = y0
	for i, h := range hs {
		ys[i+1] = ys[i] + h
	}
	d.setFont("B", t.ukuran)
	d.pdf.SetFillColor(225, 225, 225)
	for _, h := range t.header {
		x, w := t.xKolom(h.k0), t.lebar(h.k0, h.ks)
		y, hh := ys[h.b0], ys[h.b0+h.bs]-ys[h.b0]
		d.pdf.Rect(x, y, w, hh, "FD")
		lines := d.breakLines(h.teks, w-2*padX)
		ty := y + (hh-float64(len(lines))*lh)/2
		for _, ln := range lines {
			d.writeLine(x+padX, ty, w-2*padX, lh, ln, "C")
			ty += lh
		}
	}
	y := ys[t.nHeader]
	if t.nomorKolom {
		d.setFont("I", t.ukuran*0.85)
		nh := tinggiBaris(t.ukuran*0.85) + 2*padY
		d.pdf.SetFillColor(242, 242, 242)
		for c := range t.kolom {
			x, w := t.xKolom(c), t.kolom[c].w
			d.pdf.Rect(x, y, w, nh, "FD")
			d.writeLine(x, y+padY, w, tinggiBaris(t.ukuran*0.85), strconv.Itoa(c+1), "C")
		}
		y += nh
	}
	// Fill black as the text again (fpdf wraps text in its own colour
	// while the fill colour differs).
	d.pdf.SetFillColor(0, 0, 0)
	d.setY(y)
}

// layoutBaris wraps the cells of rows lo…hi−1. Cells are wrapped style
// by style (each style selected once), then the rows' heights are summed.
func (d *doc) layoutBaris(t *tabel, lo, hi int) []barisLayout {
	lh := tinggiBaris(t.ukuran)
	out := make([]barisLayout, hi-lo)
	type selRef struct {
		r, i int // row in out; cell index in bl.sel, or -1 for bl.gab
		s    *sel
	}
	perGaya := map[string][]selRef{}
	var listStyle []string
	src := make([]baris, hi-lo) // the rows, while their cells are wrapped
	for r := range out {
		src[r] = t.ambil(lo + r)
		b := &src[r]
		bl := barisLayout{isi: b.isi, kunci: b.gabung, lekat: b.lekat, sel: make([]selLayout, 0, len(b.sel))}
		c := 0
		for i := range b.sel {
			s := &b.sel[i]
			span := max(s.span, 1)
			if c >= len(t.kolom) {
				break
			}
			span = min(span, len(t.kolom)-c)
			rata := s.rata
			if rata == "" {
				rata = t.kolom[c].rata
			}
			sl := selLayout{x: t.xKolom(c), w: t.lebar(c, span), rata: rata, gaya: cellStyle(*s, *b), indent: s.indent}
			ref := selRef{r: r, s: s}
			if c == t.kolomGabung && span == 1 && t.kolomGabung >= 0 {
				g := sl
				bl.gab = &g
				ref.i = -1
			} else {
				bl.sel = append(bl.sel, sl)
				ref.i = len(bl.sel) - 1
			}
			if _, ok := perGaya[sl.gaya]; !ok {
				listStyle = append(listStyle, sl.gaya)
			}
			perGaya[sl.gaya] = append(perGaya[sl.gaya], ref)
			c += span
		}
		out[r] = bl
	}
	for _, g := range listStyle {
		d.setFont(g, t.ukuran)
		for _, ref := range perGaya[g] {
			sl := out[ref.r].gab
			if ref.i >= 0 {
				sl = &out[ref.r].sel[ref.i]
			}
			sl.lines = d.pecahSel(*ref.s, sl.w-2*padX-sl.indent)
		}
	}
	for r := range out {
		maxLines := 0
		for _, sl := range out[r].sel {
			maxLines = max(maxLines, len(sl.lines))
		}
		out[r].h = float64(max(maxLines, 1))*lh + 2*padY
	}
	return out
}

// pecahSel wraps a cell's text to width w.
func (d *doc) pecahSel(s sel, w float64) []garis {
	var out []garis
	if !s.daftar {
		lines := d.breakLines(s.teks, w)
		out = make([]garis, len(lines))
		for i, ln := range lines {
			out[i] = garis{teks: ln}
		}
		return out
	}
	items := strings.Split(s.teks, "\n")
	mw := 0.0
	markers := make([]string, len(items))
	for i, it := range items {
		it = strings.TrimSpace(it)
		if marker, n, ok := listMarker(it); ok && n < len(it) {
			markers[i] = marker
			items[i] = it[n:]
			mw = max(mw, d.pdf.GetStringWidth(marker)+1.2)
		} else {
			items[i] = it
		}
	}
	mw = min(mw, w/3)
	for i, it := range items {
		dx := 0.0
		if markers[i] != "" {
			dx = mw
		}
		for j, ln := range d.breakLines(it, w-dx) {
			g := garis{teks: ln, dx: dx}
			if j == 0 {
				g.marker = markers[i]
			}
			out = append(out, g)
		}
	}
	return out
}

func tinggiSel(s *selLayout, lh float64) float64 {
	if s == nil {
		return 0
	}
	return float64(max(len(s.lines), 1))*lh + 2*padY
}

// barisMalas lays out a table's rows a chunk at a time, as the drawing
// reaches them, and forgets the rows drawn: a table of 20,000 rows never
// holds all its wrapped cells at once.
type barisMalas struct {
	d   *doc
	t   *tabel
	lo  int // row index of win[0]
	win []barisLayout
}

// chunkBaris is how many rows are laid out together (one font change per
// style and chunk).
const chunkBaris = 256

// rentang returns rows i…j laid out. The slice is valid until the next
// call.
func (m *barisMalas) rentang(i, j int) []barisLayout {
	for m.lo+len(m.win) <= j {
		from := m.lo + len(m.win)
		m.win = append(m.win, m.d.layoutBaris(m.t, from, min(from+chunkBaris, m.t.jumlahBaris()))...)
	}
	return m.win[i-m.lo : j-m.lo+1]
}

func (m *barisMalas) at(i int) barisLayout { return m.rentang(i, i)[0] }

// lepas forgets the rows before i.
func (m *barisMalas) lepas(i int) {
	if i-m.lo >= chunkBaris {
		m.win = append([]barisLayout(nil), m.win[i-m.lo:]...)
		m.lo = i
	}
}

// gambarTabel draws the caption and the table from the current y.
func (d *doc) gambarTabel(t *tabel) {
	for i := range t.header {
		t.header[i].teks = rekatJudul(t.header[i].teks)
	}
	if t.lanskap {
		d.setLanskap(true)
		defer d.setLanskap(false)
	}
	// Figures must not wrap: a smaller font first, down to 6 pt.
	for !d.lebarKolom(t) && t.ukuran > 6 {
		t.ukuran -= 0.5
		for c := range t.kolom {
			t.kolom[c].w = 0
		}
	}
	rows := &barisMalas{d: d, t: t}
	n := t.jumlahBaris()
	lh := tinggiBaris(t.ukuran)
	hHeader := d.tinggiHeaderTotal(t)
	capH := 2 * tinggiBaris(ukuranIsi)
	catH := d.tinggiCatatan(t)

	// Keep the caption and header with the first row (or two lines of it).
	first := 2*lh + 2*padY
	if n > 0 {
		r0 := rows.at(0)
		first = min(max(r0.h, tinggiSel(r0.gab, lh)), d.pageHeight()-capH-hHeader)
	}
	d.ensureSpace(max(capH+hHeader+first+1, t.awalMin))
	d.caption(t, false)
	d.gambarHeader(t)
	awal := true // nothing drawn under the header on this page yet

	baru := func() {
		d.tarikGaris()
		d.newPage()
		d.caption(t, true)
		d.gambarHeader(t)
		awal = true
	}

	// Groups of rows that share the merged cell.
	for a := 0; a < n; {
		rows.lepas(a)
		b := a
		if k := rows.at(a).kunci; t.kolomGabung >= 0 && k != "" {
			for b+1 < n && rows.at(b+1).kunci == k {
				b++
			}
		}
		var groupH float64
		for _, r := range rows.rentang(a, b) {
			groupH += r.h
		}
		groupH = max(groupH, tinggiSel(rows.at(a).gab, lh))
		// A small group that does not fit here moves whole to the next page.
		if !awal && groupH > d.spaceLeft() && groupH <= (d.pageHeight()-hHeader)/5 {
			baru()
		}
		if !awal && rows.at(b).lekat && b+1 < n {
			pair := groupH + min(rows.at(b+1).h, 3*lh+2*padY)
			if pair > d.spaceLeft() && pair <= (d.pageHeight()-hHeader)/2 {
				baru()
			}
		}
		// The notes stay with the table's last two rows, also when each is
		// a group of its own (no merged column): the row before the last
		// moves on with them rather than leave the last (often Jumlah)
		// alone with the notes on a page of its own.
		if !awal && a == b && b == n-2 && catH > 0 {
			two := rows.at(a).h + rows.at(n-1).h + catH
			if two > d.spaceLeft()+0.01 && two <= d.pageHeight()-hHeader-capH {
				baru()
			}
		}
		i := a
		for i <= b {
			grup := rows.rentang(i, b)
			gabH := tinggiSel(grup[0].gab, lh)
			k, sum := 0, 0.0
			for j := range grup {
				sum += grup[j].h
				if max(sum, gabH) <= d.spaceLeft()+0.01 {
					k = j + 1
				} else {
					break
				}
			}
			// The notes stay with the table's last two rows: when those fit
			// here but the notes do not, the rows go with them to the next page.
			if k > 0 && i+k == n && catH > 0 && sum+catH > d.spaceLeft()+0.01 {
				if kk := k - min(2, n); kk > 0 || !awal {
					k = max(kk, 0)
				}
			}
			if k > 0 {
				d.gambarKelompok(t, grup[:k], lh)
				awal = false
				i += k
				continue
			}
			// A row taller than a fresh page is split from here, if a few
			// lines fit; otherwise it starts on the next page.
			tall := max(grup[0].h, gabH) > d.pageHeight()-hHeader-capH
			if !awal && !(tall && d.spaceLeft() >= 3*lh+2*padY) {
				baru()
				continue
			}
			// One row taller than a whole page: split it between lines.
			d.pecahBaris(t, grup[0], lh, baru)
			awal = false
			i++
		}
		a = b + 1
	}
	d.tarikGaris()
	if len(t.catatan) > 0 {
		d.setY(d.y() + 1)
		d.setFont("I", ukuranCatatan)
		for _, c := range t.catatan {
			d.writeParagraph(c, d.textLeft(), d.textWidth(), "L")
		}
	}
}

// ukuranCatatan is the font size of the notes under a table (pt).
const ukuranCatatan = 8.0

// tinggiCatatan is the height of the notes under table t, 0 for none.
func (d *doc) tinggiCatatan(t *tabel) float64 {
	if len(t.catatan) == 0 {
		return 0
	}
	d.setFont("I", ukuranCatatan)
	h := 1.0
	for _, c := range t.catatan {
		h += float64(len(d.breakLines(c, d.textWidth()))) * tinggiBaris(ukuranCatatan)
	}
	return h
}

// caption writes "Tabel 2.1" and the title, or "Tabel 2.1 (lanjutan)".
func (d *doc) caption(t *tabel, lanjutan bool) {
	if t.nomor == "" {
		return
	}
	lh := tinggiBaris(ukuranIsi)
	if lanjutan {
		d.setFont("I", ukuranIsi-2)
		y := d.y()
		d.writeLine(d.textLeft(), y, d.textWidth(), lh, "Tabel "+t.nomor+" (lanjutan)", "L")
		d.setY(y + lh)
		return
	}
	d.setFont("B", ukuranIsi)
	y := d.y()
	d.writeLine(d.textLeft(), y, d.textWidth(), lh, "Tabel "+t.nomor, "C")
	d.setY(y + lh)
	d.writeParagraph(t.judul, d.textLeft(), d.textWidth(), "C")
	d.setY(d.y() + 1)
}

// gambarKelompok draws rows that share one merged cell (or one plain row).
func (d *doc) gambarKelompok(t *tabel, rows []barisLayout, lh float64) {
	y0 := d.y()
	heights := make([]float64, len(rows))
	sum := 0.0
	for i, r := range rows {
		heights[i] = r.h
		sum += r.h
	}
	gab := rows[0].gab
	if gh := tinggiSel(gab, lh); gh > sum {
		heights[len(rows)-1] += gh - sum
		sum = gh
	}
	y := y0
	for i, r := range rows {
		d.gambarSel(r.sel, r.isi, y, heights[i], 0, len(r.sel) > 0, t.ukuran, lh)
		y += heights[i]
	}
	if gab != nil {
		d.gambarSel([]selLayout{*gab}, rows[0].isi, y0, sum, 0, true, t.ukuran, lh)
	}
	d.setY(y0 + sum)
}

// gambarSel draws cells of height h at y with their lines from line off:
// the row's grey (one rectangle per run of adjacent cells), then the
// text; the rules between cells are collected (garis) and drawn once per
// page, as long lines, instead of a rectangle around every cell — in a
// table of thousands of rows that was most of the page content.
func (d *doc) gambarSel(cells []selLayout, isi int, y, h float64, off int, _ bool, ukuran, lh float64) {
	if isi > 0 {
		d.pdf.SetFillColor(isi, isi, isi)
		for i := 0; i < len(cells); {
			j, x1 := i, cells[i].x+cells[i].w
			for j+1 < len(cells) && math.Abs(cells[j+1].x-x1) < 0.01 {
				j++
				x1 = cells[j].x + cells[j].w
			}
			d.pdf.Rect(cells[i].x, y, x1-cells[i].x, h, "F")
			i = j + 1
		}
		// Black again, as the text: fpdf then writes text without
		// wrapping it in its own colour.
		d.pdf.SetFillColor(0, 0, 0)
	}
	for _, s := range cells {
		d.garis.sel(s.x, s.x+s.w, y, y+h)
		d.setFont(s.gaya, ukuran)
		n := int((h - 2*padY + 0.01) / lh)
		ty := y + padY
		for i := off; i < len(s.lines) && i < off+n; i++ {
			g := s.lines[i]
			x := s.x + padX + s.indent
			if g.marker != "" {
				d.writeLine(x, ty, g.dx, lh, g.marker, "L")
			}
			d.writeLine(x+g.dx, ty, s.w-2*padX-s.indent-g.dx, lh, g.teks, s.rata)
			ty += lh
		}
	}
}

// garisTabel collects the rules of a table's cells on the current page:
// vertical rules continued from row to row, horizontal ones joined along
// a row, drawn by tarik.
type garisTabel struct {
	// tegak: x (in 1/1000 mm) → the open vertical rule's top and bottom.
	tegak map[int64][2]float64
	// datar: y → horizontal segments [x0, x1] on that line.
	datar map[int64][][2]float64
	urutY []int64
}

func kunciMM(v float64) int64 { return int64(math.Round(v * 1000)) }

// sel adds the border of the cell [x0, x1] × [y0, y1].
func (g *garisTabel) sel(x0, x1, y0, y1 float64) {
	if g.tegak == nil {
		g.tegak, g.datar = map[int64][2]float64{}, map[int64][][2]float64{}
	}
	for _, x := range [2]float64{x0, x1} {
		k := kunciMM(x)
		if v, ok := g.tegak[k]; ok && v[1] >= y0-0.01 {
			g.tegak[k] = [2]float64{v[0], max(v[1], y1)}
			continue
		} else if ok {
			// A gap (a merged cell): the rule so far stays as it is.
			g.tegak[k+1_000_000_000*int64(len(g.tegak))] = v
		}
		g.tegak[k] = [2]float64{y0, y1}
	}
	for _, y := range [2]float64{y0, y1} {
		k := kunciMM(y)
		segs, ok := g.datar[k]
		if !ok {
			g.urutY = append(g.urutY, k)
		}
		if n := len(segs); n > 0 && segs[n-1][1] >= x0-0.01 && segs[n-1][0] <= x1+0.01 {
			segs[n-1] = [2]float64{min(segs[n-1][0], x0), max(segs[n-1][1], x1)}
		} else {
			segs = append(segs, [2]float64{x0, x1})
		}
		g.datar[k] = segs
	}
}

// tarik draws the rules collected and forgets them (before a page break
// and at the end of a table).
func (d *doc) tarikGaris() {
	g := &d.garis
	if len(g.tegak) == 0 && len(g.datar) == 0 {
		return
	}
	for _, k := range g.urutY {
		y := float64(k) / 1000
		segs := g.datar[k]
		sort.Slice(segs, func(i, j int) bool { return segs[i][0] < segs[j][0] })
		// Join overlapping segments of the line.
		var cur [2]float64
		for i, s := range segs {
			if i > 0 && s[0] <= cur[1]+0.01 {
				cur[1] = max(cur[1], s[1])
				continue
			}
			if i > 0 {
				d.pdf.Line(cur[0], y, cur[1], y)
			}
			cur = s
		}
		d.pdf.Line(cur[0], y, cur[1], y)
	}
	keys := make([]int64, 0, len(g.tegak))
	for k := range g.tegak {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		v := g.tegak[k]
		x := float64(k%1_000_000_000) / 1000
		d.pdf.Line(x, v[0], x, v[1])
	}
	*g = garisTabel{}
}

// pecahBaris draws a row taller than a page in parts, on as many pages as
// needed, so no line of any cell is lost.
func (d *doc) pecahBaris(t *tabel, r barisLayout, lh float64, baru func()) {
	cells := append([]selLayout{}, r.sel...)
	if r.gab != nil {
		cells = append(cells, *r.gab)
	}
	total := 0
	for _, c := range cells {
		total = max(total, len(c.lines))
	}
	fresh := false
	for off := 0; off < total; {
		n := int((d.spaceLeft() - 2*padY + 0.01) / lh)
		if n < 1 && !fresh {
			baru()
			fresh = true
			continue
		}
		fresh = false
		n = max(n, 1)
		n = min(n, total-off)
		h := float64(n)*lh + 2*padY
		y := d.y()
		d.gambarSel(cells, r.isi, y, h, off, true, t.ukuran, lh)
		d.setY(y + h)
		off += n
		if off < total {
			baru()
		}
	}
}

package report

import (
	"strings"
	"unicode/utf8"

	"github.com/lapkin/lapkin/internal/fpdf"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Page geometry (mm): margins are per document (margins, doc.margin); the
// sizes of text are fixed.
const (
	footerH = 8.0 // the footer's band above the bottom margin

	ukuranIsi   = 11.0 // body text, pt
	ukuranJudul = 12.0 // headings, pt
	ukuranTabel = 8.5  // tables, pt
	jarakBaris  = 1.45 // line height / font size
	ptKeMM      = 25.4 / 72
)

// tinggiBaris is the line height (mm) of a font size (pt).
func tinggiBaris(pt float64) float64 { return pt * ptKeMM * jarakBaris }

// kertas is a paper size (mm).
type kertas struct {
	nama string
	w, h float64
}

var (
	kertasA4 = kertas{"A4", 210, 297}
	// F4 (folio) as Indonesian offices buy it: 215 × 330 mm.
	kertasF4 = kertas{"F4", 215, 330}
)

// PaperName gives the paper size a name stands for ("A4", "F4", case
// and spaces aside) and whether it is one the report knows; "" is A4.
func PaperName(s string) (string, bool) { return kinerja.NormPaper(s) }

func paperNamed(s string) kertas {
	if n, _ := PaperName(s); n == "F4" {
		return kertasF4
	}
	return kertasA4
}

// margins are a page's margins (mm), after the practice of Indonesian
// official documents (docs/laporan.md#kertas-dan-margin): at least 3 cm on
// the left for binding, at least 2 cm on the other sides. Nothing is
// printed in them: the running footer sits in a band of footerH above the
// bottom margin.
type margins struct{ left, top, right, bottom float64 }

// defaultMargins are paper k's margins when none are asked for: 3 cm on the
// left, 2 cm at the top and bottom, and a text block 16 cm wide on every
// paper, so that a table or chart laid out for A4 fits F4 as it is: A4
// (21 cm) has a right margin of 2 cm, F4 (21,5 cm) one of 2,5 cm.
func defaultMargins(k kertas) margins {
	return margins{left: 30, top: 20, right: k.w - 30 - 160, bottom: 20}
}

// doc is one report being laid out. Page breaks are made here, never by
// fpdf (auto page break is off), so that every table row, chart row and
// line of text is placed knowing the space left on the page.
type doc struct {
	pdf    *fpdf.Fpdf
	kertas kertas
	// margin: the margins of a portrait page; a landscape page's are
	// landscapeMargin's.
	margin margins
	// rules: the rules of the table being drawn on this page.
	rules tableRules
	// isi are the headings for the Daftar Isi, in order (addBookmark).
	isi []entriDaftar
	// gaya / ukuran: the current font style ("", "B", "I") and size (pt).
	gaya   string
	ukuran float64
	// lanskap: the current page is a landscape page (a wide table's,
	// docs/laporan.md#halaman-lanskap), with its own margins.
	lanskap bool
	// fontSah: fpdf's current font and the current page's content
	// stream are both gaya/ukuran, so setFont to the same has nothing to
	// do. fpdf writes a font operator into the page on every SetFont, and
	// a table selects its cell's font for every cell it measures or draws:
	// without this, a large report carried hundreds of thousands of
	// redundant operators (tens of MB of page content, and the time to
	// write and compress them).
	fontSah bool
	// spans / lines: the paragraph being broken (paragraph.go), kept
	// for the next paragraph's use so that breaking allocates nothing.
	spans []span
	lines []lineBox
	// points: a word's division points (hyphenFit), reused likewise.
	points []int
	// tail is the height of what must follow the last lines of the
	// next text written by writeBlocks on the same page (a table after
	// its lead-in, the signature block after the Penutup): set by the
	// caller, used and cleared by writeBlocks
	// (docs/laporan.md#pemisahan-halaman).
	tail float64
	// keepAfter is tail while writeParagraph writes the last block.
	keepAfter float64
}

func (d *doc) setFont(gaya string, ukuran float64) {
	if d.fontSah && gaya == d.gaya && ukuran == d.ukuran {
		return
	}
	d.gaya, d.ukuran = gaya, ukuran
	d.pdf.SetFont(fontFamily, gaya, ukuran)
	d.fontSah = true
}

// forgetFont makes the next setFont write its font operator whatever the
// font was: after moving to another page (each page's content has its own
// font state) and after a restored graphics state (PDF's Q restores the
// font that was set before the matching q).
func (d *doc) forgetFont() { d.fontSah = false }

func (d *doc) y() float64 { return d.pdf.GetY() }

func (d *doc) setY(y float64) { d.pdf.SetXY(d.textLeft(), y) }

// contentWidth is the width of a portrait page's text block.
func (d *doc) contentWidth() float64 { return d.kertas.w - d.margin.left - d.margin.right }

// marginsOf gives the margins (mm) of m (cm) on paper k: the default ones
// for the zero Margin.
func marginsOf(m kinerja.Margin, k kertas) margins {
	if m == (kinerja.Margin{}) {
		return defaultMargins(k)
	}
	return margins{left: m.Left * 10, top: m.Top * 10, right: m.Right * 10, bottom: m.Bottom * 10}
}

// landscapeMargin gives the margins of a landscape page
// (docs/laporan.md#halaman-lanskap), which holds a table too wide for the
// text block. Turned to be read, such a page's top edge lies at the
// binding: it gets the binding (left) margin; its left and right edges are
// the portrait page's bottom and top and get those margins; its bottom gets
// the bottom margin with the footer band above it, as on every page.
func (d *doc) landscapeMargin() margins {
	m := d.margin
	return margins{left: m.bottom, top: m.left, right: m.top, bottom: m.bottom}
}

// textLeft is the left edge of the text block on the current page.
func (d *doc) textLeft() float64 {
	if d.lanskap {
		return d.landscapeMargin().left
	}
	return d.margin.left
}

// textWidth is the width of the text block on the current page.
func (d *doc) textWidth() float64 {
	if d.lanskap {
		m := d.landscapeMargin()
		return d.kertas.h - m.left - m.right
	}
	return d.contentWidth()
}

// textTop is the top of the text block on the current page.
func (d *doc) textTop() float64 {
	if d.lanskap {
		return d.landscapeMargin().top
	}
	return d.margin.top
}

// pageBottom is the lowest y content may reach.
func (d *doc) pageBottom() float64 {
	if d.lanskap {
		return d.kertas.w - d.landscapeMargin().bottom - footerH
	}
	return d.kertas.h - d.margin.bottom - footerH
}

// spaceLeft is the height left on the current page.
func (d *doc) spaceLeft() float64 { return d.pageBottom() - d.y() }

// pageHeight is the content height of a fresh page.
func (d *doc) pageHeight() float64 { return d.pageBottom() - d.textTop() }

func (d *doc) newPage() {
	g, u := d.gaya, d.ukuran
	if d.lanskap {
		d.pdf.AddPageFormat("L", fpdf.SizeType{Wd: d.kertas.w, Ht: d.kertas.h})
	} else {
		d.pdf.AddPage()
	}
	d.pdf.SetXY(d.textLeft(), d.textTop())
	d.forgetFont()
	d.setFont(g, u)
}

// setLanskap starts a landscape page (on) or a portrait one again (off),
// unless the current page already is one.
func (d *doc) setLanskap(on bool) {
	if d.lanskap == on {
		return
	}
	d.lanskap = on
	d.newPage()
}

// atPageTop reports whether nothing was placed yet on this page.
func (d *doc) atPageTop() bool { return d.y() <= d.textTop()+0.01 }

// ensureSpace starts a new page unless h mm are left.
func (d *doc) ensureSpace(h float64) {
	if d.spaceLeft() < h && !d.atPageTop() {
		d.newPage()
	}
}

func (d *doc) addSpace(h float64) {
	if d.spaceLeft() <= h {
		d.newPage()
		return
	}
	d.setY(d.y() + h)
}

// nbsp joins words that must stay on one line: a figure and its unit
// ("26 Dokumen"), "TW III" in a header. It prints as a space.
const nbsp = '\u00a0'

// isWordBreak reports the characters lines break at: plain spaces and tabs,
// not nbsp.
func isWordBreak(r rune) bool { return r == ' ' || r == '\t' }

// splitWords splits text into the units a line may break between.
func splitWords(s string) []string { return strings.FieldsFunc(s, isWordBreak) }

// breakLines splits text into lines that fit width w in the current font,
// greedily, breaking at spaces (not at nbsp). A word longer than w is
// broken between characters, so nothing ever runs past w.
func (d *doc) breakLines(teks string, w float64) []string {
	if w < 1 {
		w = 1
	}
	if teks != "" && !strings.ContainsAny(teks, "\n \t") && d.pdf.GetStringWidth(teks) <= w+0.01 {
		return []string{teks} // one word that fits (a figure of a table): what the loop below gives
	}
	out := make([]string, 0, 4) // most texts that reach here take a few lines
	sp := d.pdf.GetStringWidth(" ")
	for para := range strings.SplitSeq(teks, "\n") {
		// The line so far is para[start:end] while its words stand
		// single-spaced in para (the usual case: no copy), else joined.
		start, end := 0, 0
		var joined strings.Builder
		line := func() string {
			if joined.Len() > 0 {
				return joined.String()
			}
			return para[start:end]
		}
		lw := 0.0
		words := 0
		for i := 0; i < len(para); {
			if isWordBreak(rune(para[i])) { // ' ' and '\t' are single bytes in UTF-8
				i++
				continue
			}
			at := i
			for i < len(para) && !isWordBreak(rune(para[i])) {
				i++
			}
			word := para[at:i]
			words++
			ww := d.pdf.GetStringWidth(word)
			if len(line()) > 0 && lw+sp+ww <= w+0.01 {
				if joined.Len() == 0 && at == end+1 && para[end] == ' ' {
					end = i
				} else {
					if joined.Len() == 0 {
						joined.WriteString(para[start:end])
					}
					joined.WriteByte(' ')
					joined.WriteString(word)
				}
				lw += sp + ww
				continue
			}
			if len(line()) > 0 {
				out = append(out, line())
				joined.Reset()
			}
			// A word wider than the line: broken where wordCut says.
			for ww > w+0.01 {
				cut := wordCut(word, func(end int) bool { return d.pdf.GetStringWidth(word[:end]) <= w+0.01 })
				out = append(out, word[:cut])
				word = word[cut:]
				at += cut
				ww = d.pdf.GetStringWidth(word)
			}
			start, end = at, i
			lw = ww
		}
		if words == 0 {
			out = append(out, "")
			continue
		}
		out = append(out, line())
	}
	return out
}

// wordCut is where a word too long for its line (an identifier, a URL)
// is broken: fits reports whether word[:end] fits the line. After the
// last "-", "/", "_" or "." that fits, when that fills at least a third
// of what fits and leaves two characters or more; else after as many
// characters as fit, but never leaving a single character for the next
// line; at least one character (docs/laporan.md#baris-dan-pemenggalan).
func wordCut(word string, fits func(end int) bool) int {
	_, n := utf8.DecodeRuneInString(word)
	cut := n
	for i := n; i < len(word); {
		_, m := utf8.DecodeRuneInString(word[i:])
		if !fits(i + m) {
			break
		}
		i += m
		cut = i
	}
	if cut >= len(word) {
		return len(word)
	}
	for i := cut; 3*i >= cut && i > 0; i-- {
		if strings.IndexByte("-/_.", word[i-1]) >= 0 && utf8.RuneCountInString(word[i:]) >= 2 {
			return i
		}
	}
	if utf8.RuneCountInString(word[cut:]) == 1 {
		if _, m := utf8.DecodeLastRuneInString(word[:cut]); cut-m > 0 {
			cut -= m
		}
	}
	return cut
}

// writeLine writes one line at (x, y) in width w, aligned "L", "C", "R" or
// "J" (justified; the caller passes "L" for a paragraph's last line).
func (d *doc) writeLine(x, y, w, h float64, text, align string) {
	if text == "" {
		return
	}
	if align == "J" && !strings.Contains(text, " ") {
		align = "L"
	}
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(w, h, text, "", 0, align, false, 0, "")
}

// writeParagraph writes justified (align "J") or aligned text from the
// current y at x with width w, breaking pages between lines so that
// neither side of a break has a single line of the paragraph (no orphan at
// the foot of a page, no widow at the head of the next:
// docs/laporan.md#pemisahan-halaman). Justified text is hyphenated where
// its gaps would be too wide, and a line is broken again without its
// hyphen when it would end a page (docs/laporan.md#baris-dan-pemenggalan).
// Text with italic terms (paragraph.go) is laid out in styled runs.
func (d *doc) writeParagraph(text string, x, w float64, align string) {
	lh := tinggiBaris(d.ukuran)
	if align != "J" && !strings.ContainsAny(text, styleMarks) {
		lines := d.breakLines(text, w)
		for i := 0; i < len(lines); {
			k := d.linesHere(len(lines)-i, lh)
			if k == 0 {
				d.newPage()
				continue
			}
			for _, ln := range lines[i : i+k] {
				y := d.y()
				d.writeLine(x, y, w, lh, ln, align)
				d.setY(y + lh)
				i++
			}
			if i < len(lines) {
				d.newPage()
			}
		}
		return
	}
	hyphenate := align == "J" && hyphenation
	lines := d.breakParagraph(text, w, hyphenate)
	rebroken := 0
	for i := 0; i < len(lines); {
		k := d.linesHere(len(lines)-i, lh)
		if k == 0 {
			d.newPage()
			continue
		}
		if j := i + k - 1; j < len(lines)-1 && lines[j].split && rebroken < 2 {
			// The word's halves would be on two pages.
			rebroken++
			lines = d.breakFrom(lines[:j], lines[j].start, w, hyphenate, true)
			d.lines = lines
			continue
		}
		rebroken = 0
		for _, ln := range lines[i : i+k] {
			a := align
			if a == "J" && (ln.last || d.lineGapTooWide(ln, w)) {
				a = "L"
			}
			y := d.y()
			d.drawLine(ln, x, y, w, lh, a)
			d.setY(y + lh)
			i++
		}
		if i < len(lines) {
			d.newPage()
		}
	}
}

// linesThatFit is how many of the n lines left of a paragraph go on this
// page when muat lines fit: all when they fit; else at least two here and
// two on the next page, or none here (0: start a new page). On a fresh
// page something is always placed.
func linesThatFit(n, muat int, atas bool) int {
	if n <= muat {
		return n
	}
	k := min(muat, n-2)
	if k >= 2 || (atas && k >= 1) {
		return k
	}
	if atas {
		return max(muat, 1)
	}
	return 0
}

// linesHere is how many of the n lines left of the paragraph being
// written go on this page (linesThatFit), keeping d.keepAfter mm of what
// follows on the page of the paragraph's last two lines: when the
// paragraph would end here but that does not fit, its last two lines (or
// all of a paragraph of up to three) go to the next page.
func (d *doc) linesHere(n int, lh float64) int {
	muat := int((d.spaceLeft() + eps) / lh)
	atas := d.atPageTop()
	k := linesThatFit(n, muat, atas)
	if k < n || d.keepAfter <= 0 || float64(n)*lh+d.keepAfter <= d.spaceLeft()+eps ||
		2*lh+d.keepAfter > d.pageHeight() {
		return k
	}
	if k = n - 2; k >= 2 {
		return k
	}
	if atas {
		return n // nothing better: the paragraph stays whole
	}
	return 0
}

// keepLines is how many of a paragraph's n lines must be on the page it
// starts on: all of up to three (two and one would leave a line alone),
// else two.
func keepLines(n int) int {
	if n <= 3 {
		return n
	}
	return 2
}

// paragraphLines is how many lines writeParagraph makes of text in width
// w and alignment align, in the current font.
func (d *doc) paragraphLines(teks string, w float64, align string) int {
	if align != "J" && !strings.ContainsAny(teks, styleMarks) {
		return len(d.breakLines(teks, w))
	}
	return len(d.breakParagraph(teks, w, align == "J" && hyphenation))
}

// itemColumn is where item i of bs starts (its marker) and the width of
// its marker column: the widest marker of its run of items at its level
// (before and after it: a paragraph of an item, with no marker, is set
// in the column of the items' text).
func (d *doc) itemColumn(bs []textBlock, i int, x float64) (ix, kol float64) {
	mw := 0.0
	from := i
	for from > 0 && bs[from-1].item {
		from--
	}
	for j := from; j < len(bs) && bs[j].item; j++ {
		if bs[j].level == bs[i].level {
			mw = max(mw, d.pdf.GetStringWidth(bs[j].marker))
		}
	}
	return x + float64(bs[i].level)*7, mw + 2.5
}

// leadHeight is the height of the start of blocks bs (written by
// writeBlocks from x in width w) that must share a page with what comes
// before: a heading, a lead-in ending in ":" (keepLines of the first
// block).
func (d *doc) leadHeight(bs []textBlock, x, w float64) float64 {
	if len(bs) == 0 {
		return 0
	}
	lh := tinggiBaris(d.ukuran)
	var n int
	if bs[0].item {
		ix, kol := d.itemColumn(bs, 0, x)
		n = d.paragraphLines(bs[0].teks, w-(ix-x)-kol, "L")
	} else {
		n = d.paragraphLines(bs[0].teks, w, "J")
	}
	return float64(keepLines(n)) * lh
}

// leadIn reports whether a paragraph introduces what follows ("… sebagai
// berikut:").
func leadIn(teks string) bool {
	return strings.HasSuffix(strings.TrimRight(teks, " \t\n"), ":")
}

// writeBlocks writes paragraphs and list items from x with width w: items
// get their marker in a column and a hanging indent.
func (d *doc) writeBlocks(bs []textBlock, x, w float64, jarakPara float64) {
	lh := tinggiBaris(d.ukuran)
	tail := d.tail
	d.tail = 0
	defer func() { d.keepAfter = 0 }()
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		// What must follow this block on its last lines' page: the
		// caller's tail after the last block; after a lead-in, the start
		// of the next block.
		d.keepAfter = 0
		switch {
		case i == len(bs)-1:
			d.keepAfter = tail
		case leadIn(b.teks):
			sp := jarakPara
			if bs[i+1].item {
				sp = jarakPara / 2
			}
			d.keepAfter = sp + d.leadHeight(bs[i+1:], x, w)
		}
		if !b.item {
			d.writeParagraph(b.teks, x, w, "J")
			if i < len(bs)-1 {
				d.addSpace(jarakPara)
			}
			continue
		}
		ix, kol := d.itemColumn(bs, i, x)
		// The marker goes where the first lines of its text go: by the
		// paragraphs' rule (linesHere: two lines or more each side of a
		// break, an item of two or three lines whole, the last lines
		// with what must follow), so it never ends a page with too few
		// of them or none (docs/laporan.md#pemisahan-halaman).
		n := d.paragraphLines(b.teks, w-(ix-x)-kol, "L")
		if d.linesHere(n, lh) == 0 {
			d.newPage()
		}
		y := d.y()
		d.writeLine(ix, y, kol, lh, b.marker, "L")
		d.setY(y)
		// List items are set flush left: short lines of a narrow column
		// justified show wide gaps.
		d.writeParagraph(b.teks, ix+kol, w-(ix-x)-kol, "L")
		if i < len(bs)-1 {
			if bs[i+1].item {
				d.addSpace(jarakPara / 2)
			} else {
				d.addSpace(jarakPara)
			}
		}
	}
}

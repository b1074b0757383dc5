package report

import (
	"strings"
	"unicode/utf8"

	"github.com/lapkin/lapkin/internal/fpdf"
	"github.com/lapkin/lapkin/internal/hyphen"
)

// The paragraph engine: text broken into lines of styled spans, justified,
// hyphenated (docs/laporan.md#baris-dan-pemenggalan).
//
// A paragraph's text may switch to italic and back with italicOn and
// italicOff. Only a template's own text can hold them (narasi.go turns a
// template's _term_ into them; clean removes both characters from every
// text of the workbook), so a user's text is always printed as typed.

const (
	italicOn   = '\x0e' // shift out: a foreign term starts
	italicOff  = '\x0f' // shift in: it ends
	styleMarks = "\x0e\x0f"
)

// eps is the slack (mm) of every "does it fit" comparison, as breakLines.
const eps = 0.01

// span is a piece of a paragraph with no space inside, in one style: a
// word, or the part of a word before or after a style switch.
type span struct {
	text string
	w    float64 // width at the paragraph's size, mm
	// italic: set in the paragraph's other style (italic in regular or
	// bold text, regular in italic text).
	italic bool
	// join: continues the word of the span before (no space between).
	join bool
	// newPara: a line break of the text comes before it.
	newPara bool
}

// textPos is a place in a paragraph's spans: span i from byte off.
type textPos struct{ i, off int }

// lineBox is one line of a broken paragraph: from start up to end (span
// end.i's text[:end.off] is on it when end.off > 0, and then the rest
// starts the next line).
type lineBox struct {
	start, end textPos
	w          float64 // natural width: words, spaces and hyphen
	gaps       int     // spaces between words
	// split: the line ends inside a word (hyphenated, or cut between
	// characters); hyphen: a hyphen is drawn after it (not when the word
	// is divided just after its own hyphen or slash: "sehari-" / "hari").
	split, hyphen bool
	last          bool // the last line of a paragraph: never justified
}

// hyphenation turns the hyphenation of justified text on (tests compare
// with it off).
var hyphenation = true

// otherStyle is the style an italic span takes in a paragraph set in
// style base: italic, or regular inside italic text; the font has no
// bold italic, so in bold text a term is italic.
func otherStyle(base string) string {
	if base == "I" {
		return ""
	}
	return "I"
}

func faceData(style string) *fpdf.UTF8FontData {
	for _, f := range fontFaces {
		if f.style == style {
			return f.data
		}
	}
	return fontFaces[0].data
}

// widthIn is the width (mm) of s in style at the current font size,
// measured as fpdf's GetStringWidth measures the current style.
func (d *doc) widthIn(style, s string) float64 {
	if style == d.gaya {
		return d.pdf.GetStringWidth(s)
	}
	f := faceData(style)
	missing := int(f.DefaultWidth + 0.5)
	if missing == 0 {
		missing = 500
	}
	w := 0
	for _, r := range s {
		c := int(r)
		if c < len(f.Widths) && f.Widths[c] > 0 {
			if f.Widths[c] != 65535 {
				w += f.Widths[c]
			}
		} else {
			w += missing
		}
	}
	_, size := d.pdf.GetFontSize()
	return float64(w) * size / 1000
}

func (d *doc) spanStyle(s *span) string {
	if s.italic {
		return otherStyle(d.gaya)
	}
	return d.gaya
}

// buildSpans splits text into d.spans, in the current font.
func (d *doc) buildSpans(teks string) {
	d.spans = d.spans[:0]
	italic, join, newPara, empty := false, false, false, true
	alt := otherStyle(d.gaya)
	for i := 0; i <= len(teks); {
		j := i
		for j < len(teks) && !isSpanEnd(teks[j]) {
			j++
		}
		if j > i {
			s := span{text: teks[i:j], italic: italic, join: join, newPara: newPara}
			if italic {
				s.w = d.widthIn(alt, s.text)
			} else {
				s.w = d.pdf.GetStringWidth(s.text)
			}
			d.spans = append(d.spans, s)
			join, newPara, empty = true, false, false
		}
		if j == len(teks) {
			break
		}
		switch teks[j] {
		case ' ', '\t':
			join = false
		case '\n':
			if empty {
				// An empty paragraph is an empty line.
				d.spans = append(d.spans, span{newPara: newPara})
			}
			join, newPara, empty = false, true, true
		case italicOn:
			italic = true
		case italicOff:
			italic = false
		}
		i = j + 1
	}
	if empty && (len(d.spans) == 0 || newPara) {
		d.spans = append(d.spans, span{newPara: newPara})
	}
}

func isSpanEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == italicOn || c == italicOff
}

// breakParagraph breaks text into d.lines of width w in the current font.
// hyphenate: break a word at a hyphenation point where a line's gaps
// would otherwise be wider than twice a space.
func (d *doc) breakParagraph(teks string, w float64, hyphenate bool) []lineBox {
	if w < 1 {
		w = 1
	}
	d.buildSpans(teks)
	if hyphenate {
		if lines, ok := d.breakOptimal(d.lines[:0], w); ok {
			d.lines = lines
			return d.lines
		}
	}
	d.lines = d.breakFrom(d.lines[:0], textPos{}, w, hyphenate, false)
	return d.lines
}

// breakFrom appends to out the lines of d.spans from p on. noHyphen: the
// first line may not end with a hyphenated word.
func (d *doc) breakFrom(out []lineBox, p textPos, w float64, hyphenate, noHyphen bool) []lineBox {
	sp := d.pdf.GetStringWidth(" ")
	spans := d.spans
	n := len(spans)
	for p.i < n {
		ln := lineBox{start: p}
		first := true
		for p.i < n {
			// The word at p: spans p.i up to e.
			e := p.i + 1
			for e < n && spans[e].join {
				e++
			}
			if !first && spans[p.i].newPara {
				break
			}
			ww := 0.0
			for k := p.i; k < e; k++ {
				if k == p.i && p.off > 0 {
					ww += d.widthIn(d.spanStyle(&spans[k]), spans[k].text[p.off:])
				} else {
					ww += spans[k].w
				}
			}
			if first {
				if ww <= w+eps {
					ln.w, p, first = ww, textPos{e, 0}, false
					continue
				}
				// Wider than the line alone: hyphenated, else cut
				// between characters, so that nothing runs past w.
				p = d.cutWord(&ln, p, e, w, hyphenate && !noHyphen)
				first = false
				break
			}
			if ln.w+sp+ww <= w+eps {
				ln.w += sp + ww
				ln.gaps++
				p = textPos{e, 0}
				continue
			}
			// The line is full. With wide gaps, a piece of the next
			// word may fill it: never of a paragraph's last word.
			if hyphenate && !noHyphen && e < n && !spans[e].newPara && e == p.i+1 &&
				(ln.gaps == 0 || (w-ln.w)/float64(ln.gaps) > sp) {
				if cut, hw, draw := d.hyphenFit(&spans[p.i], w-ln.w-sp); cut > 0 {
					ln.w += sp + hw
					ln.gaps++
					ln.split, ln.hyphen = true, draw
					p.off = cut
				}
			}
			break
		}
		ln.end = p
		ln.last = p.i >= n || (p.off == 0 && spans[p.i].newPara)
		out = append(out, ln)
		noHyphen = false
	}
	return out
}

// hyphenFit is the longest head of s that ends at a hyphenation point
// (internal/hyphen) and fits width room with its hyphen: its end in
// s.text, its width and whether a hyphen is drawn; 0 when none fits.
// A foreign term (an italic span) is not divided: the Indonesian rules
// do not apply to it.
func (d *doc) hyphenFit(s *span, room float64) (int, float64, bool) {
	if s.italic {
		return 0, 0, false
	}
	d.points = hyphen.AppendPoints(d.points[:0], s.text)
	pts := d.points
	if len(pts) == 0 {
		return 0, 0, false
	}
	style := d.spanStyle(s)
	hy := d.widthIn(style, "-")
	for k := len(pts) - 1; k >= 0; k-- {
		cut := pts[k]
		if cut <= 0 || cut >= len(s.text) {
			continue
		}
		draw := s.text[cut-1] != '-' && s.text[cut-1] != '/'
		hw := d.widthIn(style, s.text[:cut])
		if draw {
			hw += hy
		}
		if hw <= room+eps {
			return cut, hw, draw
		}
	}
	return 0, 0, false
}

// cutWord ends line ln with the head of a word wider than the line (spans
// p.i up to e, from p): at the last hyphenation point that fits, else as
// many characters as fit (at least one). It gives where the rest starts.
func (d *doc) cutWord(ln *lineBox, p textPos, e int, w float64, hyphenate bool) textPos {
	spans := d.spans
	used := 0.0
	for k := p.i; k < e; k++ {
		s := &spans[k]
		style := d.spanStyle(s)
		off := 0
		if k == p.i {
			off = p.off
		}
		sw := d.widthIn(style, s.text[off:])
		if used+sw <= w+eps {
			used += sw
			continue
		}
		if hyphenate && k == p.i && off == 0 && e == p.i+1 {
			if cut, hw, draw := d.hyphenFit(s, w); cut > 0 {
				ln.w, ln.split, ln.hyphen = hw, true, draw
				return textPos{k, cut}
			}
		}
		// Where wordCut says (after "-", "/", "_" or ".", else as many
		// characters as fit), at least one rune unless something of the
		// word is on the line already.
		rest := s.text[off:]
		_, n := utf8.DecodeRuneInString(rest)
		if used > 0 && used+d.widthIn(style, rest[:n]) > w+eps {
			ln.w = used
			return textPos{k, off}
		}
		cut := off + wordCut(rest, func(end int) bool { return used+d.widthIn(style, rest[:end]) <= w+eps })
		ln.w = used + d.widthIn(style, s.text[off:cut])
		if cut == len(s.text) {
			return textPos{k + 1, 0}
		}
		return textPos{k, cut}
	}
	ln.w = used
	return textPos{e, 0}
}

// plainLine reports whether line ln is all in the paragraph's style.
func (d *doc) plainLine(ln lineBox) bool {
	end := ln.end.i
	if ln.end.off > 0 {
		end++
	}
	for k := ln.start.i; k < end && k < len(d.spans); k++ {
		if d.spans[k].italic {
			return false
		}
	}
	return true
}

// lineText appends the text of spans [from, to) of line ln to b: spaces
// between words, the hyphen after a hyphenated end.
func (d *doc) lineText(b *strings.Builder, ln lineBox, from, to int) {
	for k := from; k < to; k++ {
		s := &d.spans[k]
		t := s.text
		if k == ln.end.i && ln.end.off > 0 {
			t = t[:ln.end.off]
		}
		if k == ln.start.i {
			t = t[ln.start.off:]
		}
		if k > from && !s.join {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	if ln.hyphen && to > ln.end.i {
		b.WriteByte('-')
	}
}

// lineEnd is the index after the last span of ln that has text on it.
func lineEnd(ln lineBox) int {
	if ln.end.off > 0 {
		return ln.end.i + 1
	}
	return ln.end.i
}

// drawLine writes line ln at (x, y) in width w with line height h:
// "L", "C", "R", or "J" (justified: the caller passes "L" for a line that
// must not be). A line in the paragraph's style is one text, as writeLine
// writes it; a line with a style switch is written run by run (a run: the
// spans of one style), each justified with the same word spacing.
func (d *doc) drawLine(ln lineBox, x, y, w, h float64, align string) {
	end := lineEnd(ln)
	if end <= ln.start.i {
		return
	}
	var b strings.Builder
	if d.plainLine(ln) {
		d.lineText(&b, ln, ln.start.i, end)
		d.writeLine(x, y, w, h, b.String(), align)
		return
	}
	extra := 0.0
	switch align {
	case "J":
		if ln.gaps > 0 {
			extra = (w - ln.w) / float64(ln.gaps)
		}
	case "C":
		x += (w - ln.w) / 2
	case "R":
		x += w - ln.w
	}
	base, size := d.gaya, d.ukuran
	for k := ln.start.i; k < end; {
		it := d.spans[k].italic
		r := k + 1
		for r < end && d.spans[r].italic == it {
			r++
		}
		b.Reset()
		d.lineText(&b, ln, k, r)
		if r < end && !d.spans[r].join {
			b.WriteByte(' ') // the space before the next run is this run's
		}
		t := b.String()
		if it {
			d.setFont(otherStyle(base), size)
		} else {
			d.setFont(base, size)
		}
		rw := d.pdf.GetStringWidth(t)
		ra := "L"
		if n := strings.Count(t, " "); n > 0 && extra > 0 {
			rw += float64(n) * extra
			ra = "J"
		}
		d.pdf.SetXY(x, y)
		d.pdf.CellFormat(rw, h, t, "", 0, ra, false, 0, "")
		x += rw
		k = r
	}
	d.setFont(base, size)
}

// lineGapTooWide reports whether justifying ln to width w would make its
// word gaps wider than twice a space: it is set flush left instead.
func (d *doc) lineGapTooWide(ln lineBox, w float64) bool {
	if ln.gaps == 0 {
		return true
	}
	return (w-ln.w)/float64(ln.gaps) > d.pdf.GetStringWidth(" ")
}

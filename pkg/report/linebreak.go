package report

import (
	"math"
	"sync"

	"github.com/lapkin/lapkin/internal/hyphen"
)

// Total-fit line breaking of a justified paragraph
// (docs/laporan.md#baris-dan-pemenggalan): the breaks, between words or
// at a word's division points, are chosen for the whole paragraph at
// once, so that a line the greedy breaker would leave too loose (gaps
// over twice a space, set flush left) can be avoided by taking a word or
// part of a word from the lines before it.

// breakWord is a word of d.spans for line breaking: spans a up to b,
// its width and its division points, cuts[c0:c1] of the paragraph's
// (single-span upright words only).
type breakWord struct {
	a, b   int
	w      float64
	c0, c1 int
}

// breakCut is a division point: its end in the span's text, the width of
// the head (with the hyphen when drawn) and of the tail.
type breakCut struct {
	off        int
	head, tail float64
	drawn      bool
}

// breakChoice is the best way to set the rest of the paragraph from a
// node: its demerits, its first line and the node after that line.
type breakChoice struct {
	cost float64
	next int32
	ln   lineBox
}

// breakBuffers are the total fit's working slices, kept between
// paragraphs (and documents) so that breaking allocates nothing once
// they have grown.
type breakBuffers struct {
	words  []breakWord
	cuts   []breakCut
	choice []breakChoice
	lines  []float64
	points []int // a word's division points
}

var breakPool = sync.Pool{New: func() any { return new(breakBuffers) }}

// Demerits of the total fit.
const (
	demeritLine   = 1.0    // every line: fewer lines when otherwise equal
	demeritHyphen = 3000.0 // a divided word
	demeritRagged = 1e7    // a line set flush left inside the paragraph
	demeritShort  = 1e5    // its shortfall: (r-1)² of it
)

// breakOptimal breaks d.spans into lines of width w with the fewest
// demerits, appending them to out; ok false (nothing appended) when the
// paragraph holds a line break or a word wider than the line, which the
// greedy breaker handles.
//
// A line starts at a node: word j whole, or the tail of its division c.
// The nodes are numbered word by word (j's whole word, then its
// divisions in order) and solved from the paragraph's end backwards, as
// every line from a node ends before a node of a later word; each node's
// least demerits to the end are found once.
func (d *doc) breakOptimal(out []lineBox, w float64) ([]lineBox, bool) {
	spans := d.spans
	n := len(spans)
	if n == 0 {
		return out, false
	}
	buf := breakPool.Get().(*breakBuffers)
	defer breakPool.Put(buf)
	sp := d.pdf.GetStringWidth(" ")
	words := buf.words[:0]
	for i := 0; i < n; {
		if i > 0 && spans[i].newPara {
			buf.words = words
			return out, false
		}
		e := i + 1
		for e < n && spans[e].join {
			if spans[e].newPara {
				buf.words = words
				return out, false
			}
			e++
		}
		bw := breakWord{a: i, b: e}
		for k := i; k < e; k++ {
			bw.w += spans[k].w
		}
		if bw.w > w+eps {
			buf.words = words
			return out, false
		}
		words = append(words, bw)
		i = e
	}
	buf.words = words
	// Division points, not in the paragraph's last word (as the greedy
	// breaker). The widths are those of d.widthIn in the upright style
	// (the current font): glyph units summed, then scaled, here summed
	// once along the word.
	cuts := buf.cuts[:0]
	_, size := d.pdf.GetFontSize()
	hy := 0.0
	hyMeasured := false
	for j := range words {
		bw := &words[j]
		bw.c0 = len(cuts)
		bw.c1 = bw.c0
		if j == len(words)-1 {
			continue
		}
		s := &spans[bw.a]
		if bw.b != bw.a+1 || s.italic {
			continue
		}
		buf.points = hyphen.AppendPoints(buf.points[:0], s.text)
		points := buf.points
		if len(points) == 0 {
			continue
		}
		if !hyMeasured {
			hy, hyMeasured = d.widthIn(d.gaya, "-"), true
		}
		total := d.pdf.GetStringSymbolWidth(s.text)
		head, at := 0, 0
		for _, cut := range points {
			if cut <= 0 || cut >= len(s.text) {
				continue
			}
			head += d.pdf.GetStringSymbolWidth(s.text[at:cut])
			at = cut
			draw := s.text[cut-1] != '-' && s.text[cut-1] != '/'
			c := breakCut{off: cut, head: float64(head) * size / 1000, tail: float64(total-head) * size / 1000, drawn: draw}
			if draw {
				c.head += hy
			}
			cuts = append(cuts, c)
		}
		bw.c1 = len(cuts)
	}
	buf.cuts = cuts
	// node numbers: word j whole is j+words[j].c0, its division c (an
	// index into cuts) is j+c+1.
	nodes := len(words) + len(cuts)
	if cap(buf.choice) < nodes {
		buf.choice = make([]breakChoice, nodes)
	}
	choice := buf.choice[:nodes]
	end := int32(nodes)
	last := len(words) - 1
	for j := last; j >= 0; j-- {
		wj := &words[j]
		for c := wj.c0 - 1; c < wj.c1; c++ {
			start := textPos{wj.a, 0}
			lw := wj.w
			if c >= wj.c0 {
				start.off = cuts[c].off
				lw = cuts[c].tail
			}
			// The widths of the lines from the node ending after word
			// k (lines[k-j]), up to word top, the last one that fits
			// whole or the first whose division might.
			lines := buf.lines[:0]
			lines = append(lines, lw)
			top, topWhole := j, true
			for k := j + 1; k <= last; k++ {
				top = k
				if lw+sp+words[k].w > w+eps {
					topWhole = false
					break
				}
				lw += sp + words[k].w
				lines = append(lines, lw)
			}
			buf.lines = lines
			// The candidates from the longest line down; an equal cost
			// goes to the shorter line, as the first one found when
			// counting up. Once every shorter line is set flush left
			// and costs more than the best so far (its gaps only widen
			// as it shortens: lineCost grows), the rest is skipped.
			best := breakChoice{cost: math.Inf(1)}
			better := func(cost float64) bool {
				return cost < best.cost || cost == best.cost && !math.IsInf(cost, 1)
			}
			for k := top; k >= j; k-- {
				wk := &words[k]
				gaps := k - j
				if k < top {
					g := float64(max(gaps, 1))
					r := (w - lines[gaps] - hy) / sp / g
					if r > 1+1e-9 && (demeritRagged+demeritShort*(r-1)*(r-1))*(1-1e-9) > best.cost {
						break
					}
				}
				if k < top || topWhole {
					ln := lineBox{start: start, end: textPos{wk.b, 0}, w: lines[gaps], gaps: gaps}
					if k == last {
						ln.last = true
						if better(demeritLine) {
							best = breakChoice{cost: demeritLine, next: end, ln: ln}
						}
					} else {
						nx := int32(k + 1 + words[k+1].c0)
						if cost := lineCost(ln, w, sp) + choice[nx].cost; better(cost) {
							best = breakChoice{cost: cost, next: nx, ln: ln}
						}
					}
				}
				if k == j {
					break
				}
				before := lines[gaps-1]
				for ci := wk.c1 - 1; ci >= wk.c0; ci-- {
					cu := &cuts[ci]
					if before+sp+cu.head > w+eps {
						continue
					}
					ln := lineBox{start: start, end: textPos{wk.a, cu.off}, w: before + sp + cu.head, gaps: gaps, split: true, hyphen: cu.drawn}
					nx := int32(k + ci + 1)
					lc := lineCost(ln, w, sp)
					if lc >= demeritRagged {
						// A division is for justifying only: a line set
						// flush left never ends in one (the same line
						// ending before the word is always a candidate).
						continue
					}
					cost := lc + demeritHyphen + choice[nx].cost
					if better(cost) {
						best = breakChoice{cost: cost, next: nx, ln: ln}
					}
				}
			}
			choice[j+c+1] = best
		}
	}
	for nd := int32(0); nd < end; {
		ch := &choice[nd]
		if math.IsInf(ch.cost, 1) {
			return out[:0], false
		}
		out = append(out, ch.ln)
		nd = ch.next
	}
	return out, true
}

// lineCost is the demerits of a line of the paragraph that is not its
// last: the squared badness of its stretched gaps (TeX's 100·r³, r the
// added space over a normal space); a line whose gaps would be wider than
// twice a space is set flush left and costs far more, the more the
// shorter it is (fewest such lines first, then the fullest).
func lineCost(ln lineBox, w, sp float64) float64 {
	r := (w - ln.w) / sp
	if ln.gaps > 0 {
		r /= float64(ln.gaps)
	}
	if ln.gaps == 0 || r > 1 {
		return demeritRagged + demeritShort*(r-1)*(r-1)
	}
	bad := 100 * r * r * r
	return (demeritLine + bad) * (demeritLine + bad)
}

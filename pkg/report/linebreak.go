package report

import (
	"math"

	"github.com/lapkin/lapkin/internal/hyphen"
)

// Total-fit line breaking of a justified paragraph
// (docs/laporan.md#baris-dan-pemenggalan): the breaks, between words or
// at a word's division points, are chosen for the whole paragraph at
// once, so that a line the greedy breaker would leave too loose (gaps
// over twice a space, set flush left) can be avoided by taking a word or
// part of a word from the lines before it.

// breakWord is a word of d.spans for line breaking: spans a up to b,
// its width and its division points (single-span upright words only).
type breakWord struct {
	a, b int
	w    float64
	cuts []breakCut
}

// breakCut is a division point: its end in the span's text, the width of
// the head (with the hyphen when drawn) and of the tail.
type breakCut struct {
	off        int
	head, tail float64
	drawn      bool
}

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
func (d *doc) breakOptimal(out []lineBox, w float64) ([]lineBox, bool) {
	spans := d.spans
	n := len(spans)
	if n == 0 {
		return out, false
	}
	sp := d.pdf.GetStringWidth(" ")
	var words []breakWord
	for i := 0; i < n; {
		if i > 0 && spans[i].newPara {
			return out, false
		}
		e := i + 1
		for e < n && spans[e].join {
			if spans[e].newPara {
				return out, false
			}
			e++
		}
		bw := breakWord{a: i, b: e}
		for k := i; k < e; k++ {
			bw.w += spans[k].w
		}
		if bw.w > w+eps {
			return out, false
		}
		words = append(words, bw)
		i = e
	}
	// Division points, not in the paragraph's last word (as the greedy
	// breaker).
	for j := range len(words) - 1 {
		bw := &words[j]
		s := &spans[bw.a]
		if bw.b != bw.a+1 || s.italic {
			continue
		}
		style := d.spanStyle(s)
		hy := d.widthIn(style, "-")
		for _, cut := range hyphen.Points(s.text) {
			if cut <= 0 || cut >= len(s.text) {
				continue
			}
			draw := s.text[cut-1] != '-' && s.text[cut-1] != '/'
			c := breakCut{off: cut, head: d.widthIn(style, s.text[:cut]), tail: d.widthIn(style, s.text[cut:]), drawn: draw}
			if draw {
				c.head += hy
			}
			bw.cuts = append(bw.cuts, c)
		}
	}
	// A line starts at word j, whole (c = -1) or at the tail of its
	// division c; solve gives the least demerits from there to the end.
	type node struct{ j, c int }
	type choice struct {
		cost float64
		next node
		ln   lineBox
	}
	memo := map[node]choice{}
	var solve func(nd node) choice
	solve = func(nd node) choice {
		if ch, ok := memo[nd]; ok {
			return ch
		}
		best := choice{cost: math.Inf(1)}
		start := textPos{words[nd.j].a, 0}
		lw := words[nd.j].w
		if nd.c >= 0 {
			start.off = words[nd.j].cuts[nd.c].off
			lw = words[nd.j].cuts[nd.c].tail
		}
		gaps := 0
		for k := nd.j; k < len(words); k++ {
			if k > nd.j {
				for ci, c := range words[k].cuts {
					if lw+sp+c.head > w+eps {
						continue
					}
					ln := lineBox{start: start, end: textPos{words[k].a, c.off}, w: lw + sp + c.head, gaps: gaps + 1, split: true, hyphen: c.drawn}
					rest := solve(node{k, ci})
					cost := lineCost(ln, w, sp) + demeritHyphen + rest.cost
					if cost >= demeritRagged && lineCost(ln, w, sp) >= demeritRagged {
						cost += demeritRagged / 10 // a division is for justifying only
					}
					if cost < best.cost {
						best = choice{cost: cost, next: node{k, ci}, ln: ln}
					}
				}
				if lw+sp+words[k].w > w+eps {
					break
				}
				lw += sp + words[k].w
				gaps++
			}
			ln := lineBox{start: start, end: textPos{words[k].b, 0}, w: lw, gaps: gaps}
			if k == len(words)-1 {
				ln.last = true
				if demeritLine < best.cost {
					best = choice{cost: demeritLine, next: node{len(words), -1}, ln: ln}
				}
				break
			}
			rest := solve(node{k + 1, -1})
			if cost := lineCost(ln, w, sp) + rest.cost; cost < best.cost {
				best = choice{cost: cost, next: node{k + 1, -1}, ln: ln}
			}
		}
		memo[nd] = best
		return best
	}
	for nd := (node{0, -1}); nd.j < len(words); {
		ch := solve(nd)
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

package report

import (
	"math"
	"sort"
	"strconv"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Horizontal bar charts, drawn as vectors and readable in black and white:
// one style is solid dark grey, the other light grey with hatching, every
// bar carries its value, and the 100% line is dashed. A chart with many
// rows continues on the next page.

type chartSeries struct {
	nama  string
	gelap bool // solid dark grey; else light grey with hatching
	// polos: white with an outline (an indicator not judged), whatever
	// gelap says.
	polos bool
}

type chartRow struct {
	label string
	nilai []kinerja.Angka // percentages, one bar each
	seri  []int           // style of each bar: index into grafik.seri
}

type grafik struct {
	nomor   string // "2.1"
	judul   string
	seri    []chartSeries
	baris   []chartRow
	catatan string // a line under the legend
	// pengantar is a line over the bars (what they are a selection of).
	pengantar string
	// sebaran, when set, is drawn above the bars: how many indicators
	// fall in each predikat band.
	sebaran []scatterRow
}

// scatterRow is one band of the summary: its name and how many.
type scatterRow struct {
	label  string
	jumlah int
}

// Large charts (docs/laporan.md#grafik): beyond batasGrafik rows a chart
// shows the jumlahTerendah rows with the lowest capaian, the full list
// staying in the table.
const (
	batasGrafik    = 25
	jumlahTerendah = 10
)

// ringkas keeps the jumlahTerendah rows whose value k (the capaian) is
// lowest, in their original order, when g has more than batasGrafik rows;
// rows whose value cannot be computed come last. It reports whether it
// cut.
func (g *grafik) ringkas(k int) bool {
	if len(g.baris) <= batasGrafik {
		return false
	}
	idx := make([]int, len(g.baris))
	for i := range idx {
		idx[i] = i
	}
	nilai := func(i int) (float64, bool) {
		if b := g.baris[i]; k < len(b.nilai) && b.nilai[k].OK {
			return b.nilai[k].V, true
		}
		return 0, false
	}
	sort.SliceStable(idx, func(a, b int) bool {
		va, oka := nilai(idx[a])
		vb, okb := nilai(idx[b])
		if oka != okb {
			return oka
		}
		return va < vb
	})
	// Lowest first, ties in table order (the sort is stable), those that
	// cannot be computed last: a reviewer reads the worst at the top.
	idx = idx[:jumlahTerendah]
	out := make([]chartRow, len(idx))
	for i, j := range idx {
		out[i] = g.baris[j]
	}
	g.baris = out
	return true
}

// ringkasPredikat makes a chart of the indicators' capaian (value 0 of
// its rows) of more than batasGrafik rows a summary: how many indicators
// per predikat band, then the jumlahTerendah lowest (ringkas), the full
// list staying in tabel ("Tabel 2.2"); the quarterly Gambar 2.1 and the
// annual Gambar 3.1 alike (docs/laporan.md#grafik). It reports whether
// it did.
func (g *grafik) ringkasPredikat(inds []kinerja.HasilIndikator, tabel string) bool {
	if !g.ringkas(0) {
		return false
	}
	hitung := map[string]int{}
	for _, hi := range inds {
		hitung[predikat(hi.Predikat)]++
	}
	for _, b := range []struct{ nama, rentang string }{
		{kinerja.SangatTinggi, "≥ 91%"}, {kinerja.Tinggi, "76–< 91%"}, {kinerja.Sedang, "66–< 76%"},
		{kinerja.Rendah, "51–< 66%"}, {kinerja.SangatRendah, "< 51%"}, {"–", ""},
	} {
		label := b.nama + " (" + b.rentang + ")"
		if b.nama == "–" {
			if hitung[b.nama] == 0 {
				continue
			}
			label = "Belum dinilai / tidak terukur"
		}
		g.sebaran = append(g.sebaran, scatterRow{label: label, jumlah: hitung[b.nama]})
	}
	g.pengantar = "b. Sepuluh indikator dengan capaian terendah (seluruh indikator pada " + tabel + ")"
	return true
}

// drawScatter draws the summary of g.sebaran: a bar per band, as long
// as its count, with the count and share written after it.
func (d *doc) drawScatter(g *grafik) {
	lhL := tinggiBaris(ukuranChart)
	total, maks := 0, 1
	for _, b := range g.sebaran {
		total += b.jumlah
		maks = max(maks, b.jumlah)
	}
	plotX := d.margin.left + chartLabelW
	plotW := d.contentWidth() - chartLabelW - 38
	d.setFont("B", ukuranChart+0.5)
	y := d.y()
	d.writeLine(d.margin.left, y, d.contentWidth(), lhL, "a. Jumlah indikator menurut predikat capaian", "L")
	y += lhL + 1
	d.pdf.SetDrawColor(0, 0, 0)
	d.pdf.SetLineWidth(0.2)
	top := y
	for _, b := range g.sebaran {
		d.setFont("", ukuranChart)
		d.writeLine(d.margin.left, y, chartLabelW-3, chartBarH+1.4, b.label, "L")
		w := float64(b.jumlah) / float64(maks) * plotW
		d.batang(plotX, y+0.7, w, chartBarH, true)
		teks := kinerja.FormatBilangan(float64(b.jumlah)) + " indikator"
		if total > 0 {
			teks += " (" + kinerja.FormatPersen(kinerja.Angka{V: float64(b.jumlah) / float64(total) * 100, OK: true}) + ")"
		}
		d.setFont("", ukuranChart-0.5)
		d.writeLine(plotX+w+1.2, y+0.2, d.margin.left+d.contentWidth()-plotX-w-1.2, chartBarH+1, teks, "L")
		y += chartBarH + 1.4
	}
	d.pdf.Line(plotX, top, plotX, y)
	d.setY(y + 3)
}

// scatterHeight is the height drawScatter takes.
func scatterHeight(g *grafik) float64 {
	if len(g.sebaran) == 0 {
		return 0
	}
	return tinggiBaris(ukuranChart) + 1 + float64(len(g.sebaran))*(chartBarH+1.4) + 3
}

const (
	chartLabelW = 62.0 // label column, mm
	chartNilaiW = 17.0 // room for the value after the longest bar
	chartSkalaH = 5.0  // tick labels above and below the plot
	chartBarH   = 3.6
	ukuranChart = 7.5
)

func (d *doc) drawChart(g *grafik) {
	lhL := tinggiBaris(ukuranChart)
	plotX := d.margin.left + chartLabelW
	plotW := d.contentWidth() - chartLabelW - chartNilaiW

	// Scale: 0–100%, or up to the largest value in steps of 20 (at most 200%:
	// longer bars are cut and marked).
	maxV := 100.0
	for _, b := range g.baris {
		for _, v := range b.nilai {
			if v.OK {
				maxV = max(maxV, v.V)
			}
		}
	}
	skala, step := 100.0, 20.0
	switch {
	case maxV <= 100:
	case maxV <= 160:
		skala = math.Ceil(maxV/20) * 20
	default:
		skala, step = math.Min(200, math.Ceil(maxV/40)*40), 40
	}
	truncate := maxV > skala

	// Row layout.
	d.setFont("", ukuranChart)
	type rowL struct {
		lines []string
		h     float64
	}
	rows := make([]rowL, len(g.baris))
	var total float64
	for i, b := range g.baris {
		lines := d.breakLines(b.label, chartLabelW-3)
		if len(lines) > 2 {
			lines = lines[:2]
			l2 := []rune(lines[1])
			for len(l2) > 0 && d.pdf.GetStringWidth(string(l2)+"…") > chartLabelW-3 {
				l2 = l2[:len(l2)-1]
			}
			lines[1] = string(l2) + "…"
		}
		h := max(float64(len(b.nilai))*chartBarH+2.6, float64(len(lines))*lhL+1.6)
		rows[i] = rowL{lines: lines, h: h}
		total += h
	}
	legendH := 7.0
	capH := 2*tinggiBaris(ukuranIsi) + 1
	if g.catatan != "" {
		legendH += lhL
	}

	atas := scatterHeight(g)
	if g.pengantar != "" {
		atas += lhL + 1
	}
	whole := atas + 2*chartSkalaH + total + legendH + capH
	// A figure that fits a page is kept whole.
	if whole > d.spaceLeft() && whole <= d.pageHeight() {
		d.newPage()
	}
	if len(g.sebaran) > 0 {
		d.ensureSpace(atas + 2*chartSkalaH + 3*chartBarH)
		d.drawScatter(g)
	}
	if g.pengantar != "" {
		d.setFont("B", ukuranChart+0.5)
		y := d.y()
		d.writeLine(d.margin.left, y, d.contentWidth(), lhL, g.pengantar, "L")
		d.setY(y + lhL + 1)
	}

	axis := func(y float64, top bool) {
		d.setFont("", ukuranChart-0.5)
		d.pdf.SetTextColor(60, 60, 60)
		for v := 0.0; v <= skala+0.001; v += step {
			x := plotX + v/skala*plotW
			ty := y + 0.5
			if !top {
				ty = y + 0.8
			}
			d.writeLine(x-8, ty, 16, chartSkalaH-1, strconv.Itoa(int(v))+"%", "C")
		}
		d.pdf.SetTextColor(0, 0, 0)
	}

	i := 0
	lanjut := false
	for i < len(rows) {
		// Rows that fit on this page, leaving room for the axis (and, after
		// the last row, for the legend and caption).
		avail := d.spaceLeft() - 2*chartSkalaH
		if lanjut {
			avail -= tinggiBaris(ukuranIsi - 2)
		}
		n, sum := 0, 0.0
		for j := i; j < len(rows); j++ {
			need := sum + rows[j].h
			if j == len(rows)-1 {
				need += legendH + capH
			}
			if need > avail {
				break
			}
			sum += rows[j].h
			n++
		}
		// A chart starts with at least three rows (or all of them) on its
		// first page; the first page is never "(lanjutan)".
		if n == 0 || (i == 0 && n < min(3, len(rows))) {
			if d.atPageTop() {
				n, sum = max(n, 1), max(sum, rows[i].h) // cannot happen with sane sizes; never loop
			} else {
				d.newPage()
				lanjut = i > 0
				continue
			}
		}
		if lanjut {
			d.setFont("I", ukuranIsi-2)
			y := d.y()
			d.writeLine(d.margin.left, y, d.contentWidth(), tinggiBaris(ukuranIsi-2), "Gambar "+g.nomor+" (lanjutan)", "L")
			d.setY(y + tinggiBaris(ukuranIsi-2))
		}
		y0 := d.y()
		axis(y0, true)
		top := y0 + chartSkalaH
		bottom := top + sum
		// Grid.
		d.pdf.SetDrawColor(190, 190, 190)
		d.pdf.SetLineWidth(0.15)
		for v := 0.0; v <= skala+0.001; v += step {
			x := plotX + v/skala*plotW
			d.pdf.Line(x, top, x, bottom)
		}
		d.pdf.SetDrawColor(0, 0, 0)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(plotX, top, plotX, bottom)
		d.pdf.Line(plotX, bottom, plotX+plotW, bottom)

		x100 := plotX + 100/skala*plotW
		y := top
		for k := i; k < i+n; k++ {
			b := g.baris[k]
			r := rows[k]
			// Label, vertically centred on the row.
			d.setFont("", ukuranChart)
			ly := y + (r.h-float64(len(r.lines))*lhL)/2
			for _, ln := range r.lines {
				d.writeLine(d.margin.left, ly, chartLabelW-3, lhL, ln, "L")
				ly += lhL
			}
			by := y + (r.h-float64(len(b.nilai))*chartBarH)/2
			for j, v := range b.nilai {
				st := g.seri[b.seri[j]]
				if !v.OK {
					d.setFont("I", ukuranChart-0.5)
					d.pdf.SetTextColor(90, 90, 90)
					d.writeLine(plotX+1, by, 50, chartBarH, "tidak dapat dihitung", "L")
					d.pdf.SetTextColor(0, 0, 0)
					by += chartBarH
					continue
				}
				val := math.Max(0, v.V)
				w := math.Min(val, skala) / skala * plotW
				d.batangSeri(plotX, by+0.3, w, chartBarH-0.6, st)
				label := kinerja.FormatPersen(v)
				if val > skala {
					label = "› " + label
				}
				d.setFont("", ukuranChart-0.5)
				lx := labelX(plotX+w+0.8, d.pdf.GetStringWidth(label), x100)
				d.writeLine(lx, by, d.margin.left+d.contentWidth()-lx, chartBarH, label, "L")
				by += chartBarH
			}
			y += r.h
		}
		// The 100% line, dashed and heavier than the grid.
		d.pdf.SetLineWidth(0.45)
		d.pdf.SetDashPattern([]float64{1.6, 1.0}, 0)
		d.pdf.Line(x100, top-0.8, x100, bottom+0.8)
		d.pdf.SetDashPattern([]float64{}, 0)
		d.pdf.SetLineWidth(0.2)
		axis(bottom, false)
		d.setY(bottom + chartSkalaH)
		i += n
		if i < len(rows) {
			d.newPage()
			lanjut = true
		}
	}

	// Legend.
	d.setY(d.y() + 1)
	y := d.y()
	x := d.margin.left + chartLabelW
	d.setFont("", ukuranChart)
	// The legend starts under the plot, or further left when it would
	// run past the right margin (a third series).
	lebarLegenda := 7.5 + d.pdf.GetStringWidth("target 100%")
	for _, s := range g.seri {
		lebarLegenda += 7.5 + d.pdf.GetStringWidth(s.nama) + 6
	}
	if x+lebarLegenda > d.margin.left+d.contentWidth() {
		x = max(d.margin.left, d.margin.left+d.contentWidth()-lebarLegenda)
	}
	for _, s := range g.seri {
		d.batangSeri(x, y+1, 6, 3, s)
		x += 7.5
		w := d.pdf.GetStringWidth(s.nama)
		d.writeLine(x, y, w+1, 5, s.nama, "L")
		x += w + 6
	}
	d.pdf.SetLineWidth(0.45)
	d.pdf.SetDashPattern([]float64{1.6, 1.0}, 0)
	d.pdf.Line(x, y+2.5, x+6, y+2.5)
	d.pdf.SetDashPattern([]float64{}, 0)
	d.pdf.SetLineWidth(0.2)
	d.writeLine(x+7.5, y, 30, 5, "target 100%", "L")
	d.setY(y + 6)
	if g.catatan != "" {
		d.setFont("I", ukuranChart)
		d.writeParagraph(g.catatan, d.margin.left, d.contentWidth(), "C")
	}
	if truncate {
		d.setFont("I", ukuranChart)
		d.writeParagraph("› nilai di atas "+strconv.Itoa(int(skala))+"%: batang dipotong pada batas skala.", d.margin.left, d.contentWidth(), "C")
	}
	d.setY(d.y() + 1)
	d.setFont("B", ukuranIsi)
	d.writeParagraph("Gambar "+g.nomor+" "+g.judul, d.margin.left, d.contentWidth(), "C")
}

// labelJarak is the clear space kept between a value label and the
// dashed 100% line (mm): the line is 0,45 mm wide.
const labelJarak = 0.8

// labelX is where a value label of width w goes that would start at x:
// there, unless it would touch the 100% line at x100; then just right of
// the line (docs/laporan.md#grafik).
func labelX(x, w, x100 float64) float64 {
	if x < x100+labelJarak && x+w > x100-labelJarak {
		return x100 + labelJarak
	}
	return x
}

// batangSeri draws a bar in its series' style.
func (d *doc) batangSeri(x, y, w, h float64, s chartSeries) {
	if s.polos && w > 0.05 {
		d.pdf.SetFillColor(255, 255, 255)
		d.pdf.Rect(x, y, w, h, "FD")
		d.pdf.SetFillColor(0, 0, 0)
		return
	}
	d.batang(x, y, w, h, s.gelap)
}

// batang draws a bar: solid dark grey, or light grey with hatching.
func (d *doc) batang(x, y, w, h float64, gelap bool) {
	if w <= 0.05 {
		d.pdf.SetLineWidth(0.4)
		d.pdf.Line(x, y, x, y+h)
		d.pdf.SetLineWidth(0.2)
		return
	}
	defer d.pdf.SetFillColor(0, 0, 0) // as the text (see drawHeader)
	if gelap {
		d.pdf.SetFillColor(80, 80, 80)
		d.pdf.Rect(x, y, w, h, "FD")
		return
	}
	d.pdf.SetFillColor(225, 225, 225)
	d.pdf.Rect(x, y, w, h, "F")
	d.pdf.ClipRect(x, y, w, h, false)
	d.pdf.SetLineWidth(0.18)
	for s := -h; s < w; s += 1.3 {
		d.pdf.Line(x+s, y+h, x+s+h, y)
	}
	d.pdf.ClipEnd()
	d.pdf.SetLineWidth(0.2)
	d.pdf.Rect(x, y, w, h, "D")
}

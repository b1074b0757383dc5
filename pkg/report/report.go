// Package report renders the performance report as a PDF — the quarterly
// Laporan Kinerja Triwulanan and the annual LKjIP (docs/laporan.md): A4 or F4 portrait, embedded Liberation Sans, tables
// that wrap and repeat their header across pages, vector charts, narrative
// from the text templates in templates/ (or the Narasi sheet), page
// numbers, running footer, front matter, metadata and bookmarks.
//
// It takes a *kinerja.Laporan and the *kinerja.Hasil computed from it and
// computes no figure of its own: every number printed comes from Hasil and
// is formatted with kinerja.Format*; the only arithmetic here is counting
// indicators for the narrative. The same input gives a byte-identical PDF.
//
// Decisions (the typesetting rules: docs/laporan.md#page):
//   - Font: Liberation Sans, metric-compatible with Arial, the typeface of
//     Indonesian official correspondence; body 11 pt, tables 8,5 pt (Tabel
//     2.3, with ten columns, 7,5 pt and smaller only if its figures would
//     otherwise wrap). Margins 3 cm left (binding), 2 cm elsewhere; a text
//     block 16 cm wide on A4 and F4 alike. A long Tabel 2.3 whose names
//     would get under 6 cm goes on landscape pages (3 cm at the top, the
//     binding edge of a turned page; docs/laporan.md#halaman-lanskap).
//   - Order and wording follow the hand-made reference report; sections
//     2.3–2.6 are numbered as the contract lists them (cost per outcome
//     gets its own 2.3). An Ikhtisar follows the cover; a Daftar Isi
//     follows it above 10 pages. Each BAB starts on a new page.
//   - Tables: column widths from the measured content (figures as wide as
//     they need, text columns sharing the rest, none narrower than its
//     longest word); a header repeats under "Tabel n (lanjutan)" on every
//     page; consecutive rows with the same Sasaran share one cell, split
//     into one cell per page when the group spans pages; a row taller
//     than a page is split between lines; notes stay with the last rows.
//     An indicator has the same number in every table.
//   - Charts are horizontal bars (labels stay readable with 25
//     indicators; beyond that a summary and the ten lowest); solid dark
//     grey against light grey with hatching, values printed clear of the
//     dashed 100% line.
//   - Paragraphs break pages with at least two lines on each side.
//   - Page decorations (footer, "Halaman X dari Y", the DRAF mark) are
//     drawn after the content, when the page count is known.
package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/lapkin/lapkin/internal/fpdf"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Options control rendering.
type Options struct {
	// Draf marks every page with a diagonal "DRAF".
	Draf bool
	// Templates are the narrative templates; nil loads TemplatesDir
	// (LoadTemplates: "" gives the built-in ones).
	Templates    *Templates
	TemplatesDir string
	// Tanggal is the report date used when the Identitas sheet has no
	// Tanggal Laporan (the CLI passes --tanggal or today). Zero: the last
	// day of the quarter.
	Tanggal time.Time
	// Kertas is the paper: "A4" or "F4" (PaperName); "" takes the
	// Identitas sheet's Kertas, else A4. The CLI passes --kertas.
	Kertas string
	// Margin is the page margins (kinerja.ParseMargin); the zero Margin
	// takes the Identitas sheet's Margin, else the default
	// (docs/laporan.md#kertas-dan-margin). The CLI passes --margin.
	Margin kinerja.Margin
	// Dibuat is the PDF creation and modification date. Zero: the report
	// date at 00:00 UTC, so that the same input gives the same bytes.
	Dibuat time.Time
}

// Info tells what was rendered.
type Info struct {
	Halaman int // number of pages
	// Catatan are notes for the user, in Indonesian: a Narasi part that is
	// not known, a logo that cannot be read, characters the font lacks
	// and what was printed instead. The report is complete without what
	// they name.
	Catatan []string
	// TanggalLaporan is the date printed above the signature.
	TanggalLaporan time.Time
}

// Render writes the report of l, with the figures h, as a PDF to w. Nothing
// is written to w unless the whole document was made. A template problem
// is a *TemplateError.
func Render(w io.Writer, l *kinerja.Laporan, h *kinerja.Hasil, opt Options) (info *Info, err error) {
	pdf, info, err := RenderPDF(l, h, opt)
	if err != nil {
		return nil, err
	}
	// As when fpdf wrote the document to w itself: a short write is an
	// error (io.ErrShortWrite), and a panic of w is one too.
	defer func() {
		if r := recover(); r != nil {
			info, err = nil, fmt.Errorf("kesalahan internal saat menyusun PDF: %v", r)
		}
	}()
	if _, err := bytes.NewReader(pdf).WriteTo(w); err != nil {
		return nil, err
	}
	return info, nil
}

// RenderPDF is Render returning the PDF's bytes instead of writing them:
// the document as it was assembled, without a copy.
func RenderPDF(l *kinerja.Laporan, h *kinerja.Hasil, opt Options) (pdf []byte, info *Info, err error) {
	if l == nil || h == nil {
		return nil, nil, errors.New("laporan kosong: tidak ada data untuk dicetak")
	}
	if h.Triwulan < 1 || h.Triwulan > 4 {
		return nil, nil, fmt.Errorf("triwulan %d tidak sah: isi Triwulan (1–4) pada lembar Identitas", h.Triwulan)
	}
	tpl := opt.Templates
	if tpl == nil {
		if tpl, err = LoadTemplates(opt.TemplatesDir); err != nil {
			return nil, nil, err
		}
	}
	defer func() {
		if r := recover(); r != nil {
			pdf, info, err = nil, nil, fmt.Errorf("kesalahan internal saat menyusun PDF: %v", r)
		}
	}()
	r := &laporan{l: l, h: h, opt: opt, tpl: tpl, info: &Info{}}
	if pdf, err = r.render(); err != nil {
		return nil, nil, err
	}
	return pdf, r.info, nil
}

// laporan is the state of one rendering.
type laporan struct {
	doc
	l      *kinerja.Laporan
	h      *kinerja.Hasil
	opt    Options
	tpl    *Templates
	info   *Info
	data   *Data
	narasi map[string][]string
	// err is the first template error; rendering goes on, then fails.
	err error
}

func (r *laporan) render() ([]byte, error) {
	id := r.l.Identitas
	q := r.h.Triwulan
	tanggal := id.TanggalLaporan
	if tanggal.IsZero() {
		tanggal = r.opt.Tanggal
	}
	if tanggal.IsZero() {
		tanggal = akhirTriwulan(id.Tahun, q)
	}
	r.info.TanggalLaporan = tanggal
	dibuat := r.opt.Dibuat
	if dibuat.IsZero() {
		dibuat = time.Date(tanggal.Year(), tanggal.Month(), tanggal.Day(), 0, 0, 0, 0, time.UTC)
	}
	r.data = buildData(r.l, r.h, tanggal)
	var rows []narasiRow
	for _, n := range r.l.Narasi {
		rows = append(rows, narasiRow{bagian: n.Bagian.Teks, teks: n.Teks.Teks, ref: n.Teks.Ref.String()})
	}
	var cat []string
	r.narasi, cat = narasiPengganti(rows)
	r.info.Catatan = append(r.info.Catatan, cat...)
	r.info.Catatan = append(r.info.Catatan, r.glyphNotes()...)

	kertas := r.opt.Kertas
	if kertas == "" {
		kertas = id.Kertas
	}
	r.kertas = paperNamed(kertas)
	margin := r.opt.Margin
	if margin == (kinerja.Margin{}) {
		margin = id.Margin
	}
	r.margin = marginsOf(margin, r.kertas)
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: fpdf.SizeType{Wd: r.kertas.w, Ht: r.kertas.h}})
	r.pdf = pdf
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(dibuat)
	pdf.SetModificationDate(dibuat)
	pdf.SetProducer("lapkin", true)
	pdf.SetCreator("lapkin", true)
	pdf.SetLang("id-ID")
	pdf.SetMargins(r.margin.left, r.margin.top, r.margin.right)
	pdf.SetAutoPageBreak(false, r.margin.bottom)
	pdf.SetCellMargin(0)
	pdf.SetLineWidth(0.2)
	pdf.SetDisplayMode("fullwidth", "continuous")
	if err := installFonts(pdf); err != nil {
		return nil, err
	}
	judul := fmt.Sprintf("Laporan Kinerja Triwulan %s Tahun %d", kinerja.Romawi(q), id.Tahun)
	// The document information keeps the text as typed, characters the
	// font lacks included (the viewer shows it in its own fonts), encoded
	// here because fpdf's encoder garbles those beyond the BMP.
	jabatanInfo := satuBarisInfo(id.JabatanSingkat)
	if jabatanInfo == "" {
		jabatanInfo = satuBarisInfo(id.Jabatan)
	}
	judulInfo := judul
	if r.opt.Draf { // a draft is named as one wherever its title is shown
		judulInfo = "DRAF " + judul
	}
	pdf.SetTitle(utf16PDF(judulInfo+" – "+joinText(" ", jabatanInfo, satuBarisInfo(id.Unit))), false)
	pdf.SetAuthor(utf16PDF(satuBarisInfo(id.Nama)), false)
	pdf.SetSubject(utf16PDF(fmt.Sprintf("Laporan Kinerja Triwulanan (Triwulan %s Tahun Anggaran %d) %s",
		kinerja.Romawi(q), id.Tahun, joinText(", ", satuBarisInfo(id.Jabatan), satuBarisInfo(id.Unit), satuBarisInfo(id.Pemda)))), false)
	pdf.SetKeywords(utf16PDF(joinText(", ", "laporan kinerja", "triwulan "+kinerja.Romawi(q), fmt.Sprint(id.Tahun),
		satuBarisInfo(id.Unit), satuBarisInfo(id.Pemda), "akuntabilitas kinerja")), false)

	// posIsi: where the Daftar Isi goes (0: the document places its own).
	posIsi := 0
	if r.h.Tahunan() {
		judul = fmt.Sprintf("Laporan Kinerja Instansi Pemerintah Tahun %d", id.Tahun)
		pdf.SetTitle(utf16PDF(judul+" – "+satuBarisInfo(id.Unit)), false)
		r.tahunan() // tahunan.go
	} else {
		r.sampul()
		r.ikhtisar()
		posIsi = r.pdf.PageCount() + 1
		r.bab1()
		r.bab2()
		r.bab3()
	}
	if r.err != nil {
		return nil, r.err
	}
	r.sisipDaftarIsi(posIsi)
	r.decoratePage(judul)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("PDF tidak dapat disusun: %v", err)
	}
	r.info.Halaman = pdf.PageCount()
	// The data is no longer needed: let it go (if the caller does too)
	// before the PDF is assembled, the step that needs the most memory.
	r.l, r.h, r.data, r.narasi = nil, nil, nil, nil
	// Close assembles the whole file in fpdf's buffer, which is the
	// result: only a complete document is returned, and not copied.
	pdf.Close()
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("PDF tidak dapat disusun: %v", err)
	}
	return pdf.Bytes()
}

// decoratePage draws on every page, once the page count is known: the
// running footer with "Halaman X dari Y" (not on the cover, which carries
// no page number but counts as page 1, so that the number printed is the
// one the PDF viewer shows) and, for a draft, the DRAF mark.
func (r *laporan) decoratePage(judul string) {
	id := r.l.Identitas
	n := r.pdf.PageCount()
	bagian := []string{judul, pejabat(id), oneLine(id.Unit)}
	if r.opt.Draf {
		bagian = append([]string{"DRAF"}, bagian...)
	}
	lanskap := r.lanskap
	defer func() { r.lanskap = lanskap }()
	for p := 1; p <= n; p++ {
		r.pdf.SetPage(p)
		r.forgetFont()
		w, h, _ := r.pdf.PageSize(p)
		r.lanskap = w > h
		// fpdf places everything on the page SetPage selects as if that
		// page had the height of its current page (the one added last):
		// dy shifts a page of another height (a landscape page among
		// portrait ones) to its own.
		_, hCur := r.pdf.GetPageSize()
		dy := hCur - h
		if r.opt.Draf {
			r.draftMark(w, h, dy)
		}
		if p == 1 {
			continue
		}
		x0, lebar := r.textLeft(), r.textWidth()
		y := r.pageBottom() + 2.5 + dy
		r.pdf.SetDrawColor(120, 120, 120)
		r.pdf.SetLineWidth(0.2)
		r.pdf.Line(x0, y, x0+lebar, y)
		r.pdf.SetDrawColor(0, 0, 0)
		r.setFont("", 8)
		r.pdf.SetTextColor(70, 70, 70)
		hal := fmt.Sprintf("Halaman %d dari %d", p, n)
		hw := r.pdf.GetStringWidth(hal) + 1
		r.writeLine(x0+lebar-hw, y+1.2, hw, 4, hal, "R")
		teks, ukuran := r.teksFooter(bagian, lebar-hw-4)
		r.setFont("", ukuran)
		r.writeLine(x0, y+1.2, lebar-hw-4, 4, teks, "L")
		r.pdf.SetTextColor(0, 0, 0)
	}
}

// draftMark draws a large diagonal "DRAF", light and transparent so the
// text under it stays readable.
// w × h is the page's size, dy its shift (decoratePage).
func (r *laporan) draftMark(w, h, dy float64) {
	cx, cy := w/2, h/2+dy
	r.pdf.TransformBegin()
	r.pdf.TransformRotate(50, cx, cy)
	r.pdf.SetAlpha(0.22, "Normal")
	r.setFont("B", 130)
	r.pdf.SetTextColor(110, 110, 110)
	tw := r.pdf.GetStringWidth("DRAF")
	r.writeLine(cx-tw/2, cy-20, tw, 40, "DRAF", "C")
	r.pdf.SetAlpha(1, "Normal")
	r.pdf.SetTextColor(0, 0, 0)
	r.pdf.TransformEnd()
	r.forgetFont()
}

// teksFooter is the running footer's text (its parts joined by " · ")
// and its font size, fitted to width w (docs/laporan.md#page): at 8 pt,
// else at 7 pt; else the position and then the report's title are
// shortened at a word boundary with "…", so that the DRAF mark and the
// unit's name stay whole; only a unit too long for the line by itself is
// cut (truncate).
func (r *laporan) teksFooter(bagian []string, w float64) (string, float64) {
	for _, ukuran := range []float64{8, 7} {
		r.setFont("", ukuran)
		if s := joinText(" · ", bagian...); r.pdf.GetStringWidth(s) <= w {
			return s, ukuran
		}
	}
	bagian = append([]string(nil), bagian...)
	// The position, then the title: the parts before the unit, last first.
	for i := len(bagian) - 2; i >= 0; i-- {
		if bagian[i] == "DRAF" {
			break
		}
		kata := strings.Fields(bagian[i])
		for len(kata) > 0 {
			kata = kata[:len(kata)-1]
			bagian[i] = strings.Join(append(kata[:len(kata):len(kata)], "…"), " ")
			if s := joinText(" · ", bagian...); r.pdf.GetStringWidth(s) <= w {
				return s, 7
			}
		}
	}
	return truncate(r, joinText(" · ", bagian...), w), 7
}

// truncate shortens text with "…" to fit width w in the current font.
func truncate(r *laporan, s string, w float64) string {
	if r.pdf.GetStringWidth(s) <= w {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 && r.pdf.GetStringWidth(string(rs)+"…") > w {
		rs = rs[:len(rs)-1]
	}
	return strings.TrimSpace(string(rs)) + "…"
}

// pejabat is the position as the report names it: the short form if given.
func pejabat(id kinerja.Identitas) string {
	if s := oneLine(id.JabatanSingkat); s != "" {
		return s
	}
	return oneLine(id.Jabatan)
}

// joinText joins the non-empty parts with sep.
func joinText(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// akhirTriwulan is the last day of quarter q of year y.
func akhirTriwulan(y, q int) time.Time {
	return time.Date(y, time.Month(q*3+1), 0, 0, 0, 0, 0, time.UTC)
}

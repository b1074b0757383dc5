package fpdf

import (
	"fmt"
	"math"
	"slices"
	"strconv"
)

// outFontSelect writes the operator selecting the current font into the
// page and notes that a page uses the font (lapkin patch: putfonts embeds
// a prepared font only if a page selects it).
//
// A font selection that directly follows another one in the page
// replaces it: nothing could use the first (lapkin patch). Pages begin
// with the font restored by AddPage, and layout code selects fonts before
// it knows whether it draws anything.
func (f *Fpdf) outFontSelect() {
	if f.fontsOnPage == nil {
		f.fontsOnPage = make(map[string]bool)
	}
	if f.state != 2 {
		f.fontsOnPage[f.currentFont.i] = true
		f.outFontOp()
		return
	}
	f.closeTextRun()
	page := f.pages[f.page]
	if m := f.lastFontSelect; m.page == f.page && m.end == page.Len() && m.start < m.end {
		page.Truncate(m.start)
		if m.firstUse {
			delete(f.fontsOnPage, m.id)
		}
	}
	first := !f.fontsOnPage[f.currentFont.i]
	f.fontsOnPage[f.currentFont.i] = true
	start := page.Len()
	f.outFontOp()
	f.lastFontSelect = fontSelectMark{page: f.page, start: start, end: page.Len(), id: f.currentFont.i, firstUse: first}
}

// outFontOp writes the line selecting the current font (lapkin patch 17:
// appended in place, not formatted through printf).
func (f *Fpdf) outFontOp() {
	f.closeTextRun()
	w := &f.buffer.Buffer
	if f.state == 2 {
		w = f.pages[f.page]
	}
	w.Write(appendFontSelect(w.AvailableBuffer(), f.currentFont.i, f.fontSizePt))
	w.WriteByte('\n')
}

// appendFontSelect appends to b the bytes fmt writes for
// "BT /F%s %.2f Tf ET" with id and size pt (TestAppendFontSelect).
func appendFontSelect(b []byte, id string, pt float64) []byte {
	if math.IsInf(pt, 0) || math.IsNaN(pt) {
		return fmt.Appendf(b, "BT /F%s %.2f Tf ET", id, pt)
	}
	b = append(b, "BT /F"...)
	b = append(b, id...)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, pt, 'f', 2, 64)
	return append(b, " Tf ET"...)
}

// fontSelectMark is where the last font selection was written.
type fontSelectMark struct {
	page, start, end int
	id               string
	firstUse         bool // the first selection of the font in the document
}

// putPreparedShared writes the objects every prepared font of the
// document refers to — the ToUnicode map, the CIDSystemInfo and the
// encoding CMap (mixedcodes.go), compressed — and returns the number of
// the first; the others follow it.
func (f *Fpdf) putPreparedShared() int {
	f.newobj()
	n := f.n
	mem := f.compressStream([]byte(f.mixedCMap(true)))
	b := mem.bytes()
	f.out("<</Length " + strconv.Itoa(len(b)) + "/Filter /FlateDecode>>")
	f.putstream(b)
	f.out("endobj")
	mem.release()
	f.newobj()
	f.out("<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0>>")
	f.out("endobj")
	// The encoding of the text (mixedcodes.go).
	f.newobj()
	mem = f.compressStream([]byte(f.mixedCMap(false)))
	b = mem.bytes()
	f.out("<</Type /CMap /CMapName /" + mixedCMapName + " /CIDSystemInfo " + strconv.Itoa(n+1) + " 0 R" +
		" /Length " + strconv.Itoa(len(b)) + "/Filter /FlateDecode>>")
	f.putstream(b)
	f.out("endobj")
	mem.release()
	return n
}

// putPreparedFont writes a prepared font's objects: the Type0 font, its
// CIDFontType2 font with the widths of the runes the document uses, the
// font descriptor, the CIDToGIDMap and the subset font file. shared is the
// number of the ToUnicode object; the CIDSystemInfo is the next one.
func (f *Fpdf) putPreparedFont(font *fontDefType, sub *utf8Subset, shared int) {
	fontName := "utf8" + font.Name
	t0 := f.n + 1
	f.newobj()
	f.out("<</Type /Font\n/Subtype /Type0\n/BaseFont /" + fontName + "\n/Encoding " + strconv.Itoa(shared+2) + " 0 R\n/DescendantFonts [" +
		strconv.Itoa(t0+1) + " 0 R]\n/ToUnicode " + strconv.Itoa(shared) + " 0 R>>\nendobj")

	f.newobj()
	f.out("<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont /" + fontName + "\n" +
		"/CIDSystemInfo " + strconv.Itoa(shared+1) + " 0 R\n/FontDescriptor " + strconv.Itoa(t0+2) + " 0 R")
	if font.Desc.MissingWidth != 0 {
		f.out("/DW " + strconv.Itoa(font.Desc.MissingWidth))
	}
	f.out(preparedWidths(font.Cw, font.usedRunes))
	f.out("/CIDToGIDMap " + strconv.Itoa(t0+3) + " 0 R>>")
	f.out("endobj")

	f.newobj()
	var s fmtBuffer
	s.printf("<</Type /FontDescriptor /FontName /%s\n /Ascent %d", fontName, font.Desc.Ascent)
	s.printf(" /Descent %d", font.Desc.Descent)
	s.printf(" /CapHeight %d", font.Desc.CapHeight)
	s.printf(" /Flags %d", (font.Desc.Flags|4)&^32)
	s.printf("/FontBBox [%d %d %d %d] ", font.Desc.FontBBox.Xmin, font.Desc.FontBBox.Ymin,
		font.Desc.FontBBox.Xmax, font.Desc.FontBBox.Ymax)
	s.printf(" /ItalicAngle %d", font.Desc.ItalicAngle)
	s.printf(" /StemV %d", font.Desc.StemV)
	s.printf(" /MissingWidth %d", font.Desc.MissingWidth)
	s.printf("/FontFile2 %d 0 R", t0+4)
	s.printf(">>")
	f.out(s.String())
	f.out("endobj")

	cidToGidMap := sub.cidToGid.bytes()
	f.newobj()
	f.out("<</Length " + strconv.Itoa(len(cidToGidMap)) + "/Filter /FlateDecode>>")
	f.putstream(cidToGidMap)
	f.out("endobj")
	sub.cidToGid.release()

	file := sub.font.bytes()
	f.newobj()
	f.out("<</Length " + strconv.Itoa(len(file)) + "\n/Filter /FlateDecode\n/Length1 " + strconv.Itoa(sub.size) + "\n>>")
	f.putstream(file)
	f.out("endobj")
	sub.font.release()
}

// preparedWidths is the /W array of the runes a document draws: runs of
// consecutive codes, each as "first [w1 w2 …]" (a rune without advance
// is 0 wide; a rune the font lacks has the default width, /DW).
func preparedWidths(cw []int, usedRunes map[int]int) string {
	var codes []int
	for _, r := range usedRunes {
		if r > 0 && r < len(cw) && cw[r] != 0 {
			codes = append(codes, r)
		}
	}
	slices.Sort(codes)
	codes = slices.Compact(codes)
	b := make([]byte, 0, 8+5*len(codes))
	b = append(b, "/W ["...)
	for i, r := range codes {
		if i == 0 || codes[i-1] != r-1 {
			if i > 0 {
				b = append(b, "]\n"...)
			}
			b = strconv.AppendInt(b, int64(r), 10)
			b = append(b, " ["...)
		} else {
			b = append(b, ' ')
		}
		w := cw[r]
		if w == 65535 {
			w = 0
		}
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if len(codes) > 0 {
		b = append(b, ']')
	}
	b = append(b, ']')
	return string(b)
}

// textString is a PDF text string of UTF-8 text (lapkin patch): the text
// itself when it is printable ASCII, which PDFDocEncoding reads alike,
// else UTF-16BE with its byte order mark as upstream writes every such
// string (twice the bytes). Used for the document information and the
// bookmarks.
func textString(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			return utf8toutf16(s)
		}
	}
	return s
}

package fpdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strconv"
)

// UTF8FontData is a TrueType font prepared ahead of time (lapkin patch):
// what parseFile reads from the file for a font key (metrics, the 65,536
// rune widths, the font id), and what subsetting reads (the table
// directory, the glyph offsets of loca, the rune → glyph map of the cmap
// subtable fpdf uses). A program generates it once from the font file
// with ParseUTF8FontData and stores it as Go data; a document registers it
// with AddUTF8FontFromData, together with the same font file, without
// reading any table of the file. Nothing in it is ever written.
type UTF8FontData struct {
	Key          string // font key (lower-case family + style) the id was made for
	ID           string // font id (generateFontID of the font definition; upstream's resource name)
	FileSize     int    // length of the font file
	FileChecksum uint32 // head.checkSumAdjustment of the font file

	Ascent, Descent, CapHeight, Flags int
	Bbox                              [4]int // xMin, yMin, xMax, yMax (1/1000 em)
	ItalicAngle, StemV                int
	DefaultWidth                      float64 // width of glyph 0
	UnderlinePosition                 float64
	UnderlineThickness                float64

	// Widths is parseFile's CharWidths: by rune, 1/1000 em; 0 for a rune
	// the font lacks, 65535 for a glyph without advance; Widths[0] is the
	// number of runes with a width.
	Widths []int

	Tables       []UTF8FontTable // the file's table directory, by tag
	NumGlyphs    int             // maxp.numGlyphs
	NumHMetrics  int             // hhea.numberOfHMetrics
	Loca         []uint32        // offset of each glyph in glyf, NumGlyphs+1 entries
	Glyphs       []uint16        // rune → glyph of the cmap subtable, 65,536 entries
	Mapped       []uint64        // runes the subtable's segments cover (bitmap of 1,024 words)
	Printable    []uint64        // runes with a glyph and an advance (Widths neither 0 nor 65535)
	NameStripped string          // the name table with only the names a PDF viewer may show
}

// UTF8FontTable is one entry of a TrueType table directory.
type UTF8FontTable struct {
	Tag            string
	Offset, Length int
}

func (d *UTF8FontData) table(ttf string, tag string) string {
	for _, t := range d.Tables {
		if t.Tag == tag {
			if t.Length == 0 || t.Offset+t.Length > len(ttf) {
				return ""
			}
			return ttf[t.Offset : t.Offset+t.Length]
		}
	}
	return ""
}

func (d *UTF8FontData) mapped(r int) bool {
	return r >= 0 && r < 0x10000 && d.Mapped[r>>6]&(1<<(uint(r)&63)) != 0
}

// ParseUTF8FontData parses a TrueType font as AddUTF8FontFromBytes does
// for family and style, and returns the result as UTF8FontData (for a
// generator; a document uses the result with AddUTF8FontFromData).
func ParseUTF8FontData(familyStr, styleStr string, ttf []byte) (*UTF8FontData, error) {
	fontkey := getFontKey(fontFamilyEscape(familyStr), styleStr)
	u := newUTF8Font(&fileReader{readerPosition: 0, array: ttf})
	if err := u.parseFile(); err != nil {
		return nil, err
	}
	id, err := fontIDCepat(fontDefType{
		Tp:   "UTF8",
		Name: fontkey,
		Desc: FontDescType{
			Ascent:       u.Ascent,
			Descent:      u.Descent,
			CapHeight:    u.CapHeight,
			Flags:        u.Flags,
			FontBBox:     u.Bbox,
			ItalicAngle:  u.ItalicAngle,
			StemV:        u.StemV,
			MissingWidth: round(u.DefaultWidth),
		},
		Up: int(round(u.UnderlinePosition)),
		Ut: round(u.UnderlineThickness),
		Cw: u.CharWidths,
	})
	if err != nil {
		return nil, err
	}
	d := &UTF8FontData{
		Key:                fontkey,
		ID:                 id,
		FileSize:           len(ttf),
		Ascent:             u.Ascent,
		Descent:            u.Descent,
		CapHeight:          u.CapHeight,
		Flags:              u.Flags,
		Bbox:               [4]int{u.Bbox.Xmin, u.Bbox.Ymin, u.Bbox.Xmax, u.Bbox.Ymax},
		ItalicAngle:        u.ItalicAngle,
		StemV:              u.StemV,
		DefaultWidth:       u.DefaultWidth,
		UnderlinePosition:  u.UnderlinePosition,
		UnderlineThickness: u.UnderlineThickness,
		Widths:             u.CharWidths,
	}
	for name, t := range u.tableDescriptions {
		if t.position < 0 || t.size < 0 || t.position+t.size > len(ttf) {
			return nil, fmt.Errorf("table %q outside the font file", name)
		}
		d.Tables = append(d.Tables, UTF8FontTable{Tag: name, Offset: t.position, Length: t.size})
	}
	sort.Slice(d.Tables, func(i, j int) bool { return d.Tables[i].Tag < d.Tables[j].Tag })
	s := string(ttf)
	head, hhea, maxp := d.table(s, "head"), d.table(s, "hhea"), d.table(s, "maxp")
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 || d.table(s, "glyf") == "" || d.table(s, "hmtx") == "" {
		return nil, errors.New("font lacks a table needed for subsetting")
	}
	d.FileChecksum = binary.BigEndian.Uint32([]byte(head[8:12]))
	d.NumGlyphs = int(binary.BigEndian.Uint16([]byte(maxp[4:6])))
	d.NumHMetrics = int(binary.BigEndian.Uint16([]byte(hhea[34:36])))
	if d.NumHMetrics == 0 || len(d.table(s, "hmtx")) < 4*d.NumHMetrics+2*(d.NumGlyphs-d.NumHMetrics) {
		return nil, errors.New("bad hmtx table")
	}
	loca := d.table(s, "loca")
	locaFormat := binary.BigEndian.Uint16([]byte(head[50:52]))
	d.Loca = make([]uint32, d.NumGlyphs+1)
	for i := range d.Loca {
		switch {
		case locaFormat == 0 && len(loca) >= 2*i+2:
			d.Loca[i] = 2 * uint32(binary.BigEndian.Uint16([]byte(loca[2*i:])))
		case locaFormat == 1 && len(loca) >= 4*i+4:
			d.Loca[i] = binary.BigEndian.Uint32([]byte(loca[4*i:]))
		default:
			return nil, errors.New("bad loca table")
		}
	}
	if int(d.Loca[d.NumGlyphs]) > len(d.table(s, "glyf")) {
		return nil, errors.New("bad loca table")
	}
	d.Glyphs = make([]uint16, 0x10000)
	d.Mapped = make([]uint64, 0x10000/64)
	for r, g := range u.charSymbolDictionary {
		if r < 0 || r >= 0x10000 {
			continue
		}
		d.Glyphs[r] = uint16(g)
		d.Mapped[r>>6] |= 1 << (uint(r) & 63)
	}
	d.Printable = make([]uint64, 0x10000/64)
	for r, w := range d.Widths {
		if r > 0 && w != 0 && w != 65535 {
			d.Printable[r>>6] |= 1 << (uint(r) & 63)
		}
	}
	d.NameStripped = string(stripNameTable([]byte(d.table(s, "name"))))
	return d, nil
}

// stripNameTable keeps the Windows Unicode (3, 1) records of the names a
// viewer may show or a reader may want to know (copyright, family,
// subfamily, unique id, full name, version, PostScript name, licence URL)
// and drops the rest: the Macintosh duplicates, the trademark, vendor and
// designer notes and the full licence description, which are most of the
// table and which the PDF never shows. nil if the table is not a format 0
// table with readable records.
func stripNameTable(name []byte) []byte {
	if len(name) < 6 || binary.BigEndian.Uint16(name) != 0 {
		return nil
	}
	count := int(binary.BigEndian.Uint16(name[2:]))
	strOff := int(binary.BigEndian.Uint16(name[4:]))
	if 6+12*count > len(name) || strOff > len(name) {
		return nil
	}
	keep := map[uint16]bool{0: true, 1: true, 2: true, 3: true, 4: true, 5: true, 6: true, 14: true}
	type rec struct {
		r   [6]uint16
		str []byte
	}
	var recs []rec
	for i := 0; i < count; i++ {
		p := name[6+12*i:]
		var r rec
		for j := range r.r {
			r.r[j] = binary.BigEndian.Uint16(p[2*j:])
		}
		if r.r[0] != 3 || r.r[1] != 1 || !keep[r.r[3]] {
			continue
		}
		o, n := strOff+int(r.r[5]), int(r.r[4])
		if o+n > len(name) {
			return nil
		}
		r.str = name[o : o+n]
		recs = append(recs, r)
	}
	out := make([]byte, 6+12*len(recs))
	binary.BigEndian.PutUint16(out[2:], uint16(len(recs)))
	binary.BigEndian.PutUint16(out[4:], uint16(len(out)))
	var strs []byte
	for i, r := range recs {
		r.r[4] = uint16(len(r.str))
		r.r[5] = uint16(len(strs))
		for j, v := range r.r {
			binary.BigEndian.PutUint16(out[6+12*i+2*j:], v)
		}
		strs = append(strs, r.str...)
	}
	return append(out, strs...)
}

// AddUTF8FontFromData registers a font prepared with ParseUTF8FontData
// (lapkin patch): the document gets the same font definition as
// AddUTF8FontFromBytes(familyStr, styleStr, ttf) gives, without parsing
// ttf. ttf must be the file d was made from (its length and checksum are
// compared) and stays in use until Output.
func (f *Fpdf) AddUTF8FontFromData(familyStr, styleStr string, ttf string, d *UTF8FontData) {
	if f.err != nil {
		return
	}
	fontkey := getFontKey(fontFamilyEscape(familyStr), styleStr)
	if _, ok := f.fonts[fontkey]; ok {
		return
	}
	switch {
	case d == nil || d.Key != fontkey:
		f.err = fmt.Errorf("prepared font data is not for font %q", fontkey)
		return
	case len(ttf) != d.FileSize || len(d.table(ttf, "head")) < 12 ||
		binary.BigEndian.Uint32([]byte(d.table(ttf, "head")[8:12])) != d.FileChecksum:
		f.err = fmt.Errorf("prepared font data of %q was made from another font file", fontkey)
		return
	case len(d.Widths) != 0x10000 || len(d.Glyphs) != 0x10000 || len(d.Mapped) != 0x10000/64 ||
		len(d.Loca) != d.NumGlyphs+1:
		f.err = fmt.Errorf("prepared font data of %q is incomplete", fontkey)
		return
	}
	var sbarr map[int]int
	if f.aliasNbPagesStr == "" {
		sbarr = makeSubsetRange(57)
	} else {
		sbarr = makeSubsetRange(32)
	}
	def := fontDefType{
		Tp:   "UTF8",
		Name: fontkey,
		Desc: FontDescType{
			Ascent:       d.Ascent,
			Descent:      d.Descent,
			CapHeight:    d.CapHeight,
			Flags:        d.Flags,
			FontBBox:     fontBoxType{d.Bbox[0], d.Bbox[1], d.Bbox[2], d.Bbox[3]},
			ItalicAngle:  d.ItalicAngle,
			StemV:        d.StemV,
			MissingWidth: round(d.DefaultWidth),
		},
		Up:        int(round(d.UnderlinePosition)),
		Ut:        round(d.UnderlineThickness),
		Cw:        d.Widths,
		usedRunes: sbarr,
		written:   new(runeSet),
		prepared:  &preparedFont{data: d, ttf: ttf},
	}
	// The resource name: short (it is written into the page at every
	// change of font), unique among the document's fonts (the others'
	// are 40 hex digits) and the same in every document that registers
	// its prepared fonts in the same order.
	n := 1
	for _, other := range f.fonts {
		if other.prepared != nil {
			n++
		}
	}
	def.i = "P" + strconv.Itoa(n)
	f.fonts[fontkey] = def
}

// preparedFont is a document's UTF-8 font registered from UTF8FontData.
type preparedFont struct {
	data *UTF8FontData
	ttf  string
}

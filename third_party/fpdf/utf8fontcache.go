package fpdf

import (
	"errors"
	"sync"
)

var errEmptyFont = errors.New("empty UTF-8 font")

// Parsed UTF-8 fonts, shared by the documents of a process that register
// the same font bytes (lapkin: parsing a TrueType file and computing its
// font id cost about 3 ms per font and document).
//
// The cache keeps the result of parseFile and the font id per font bytes
// (identified by their first byte's address and length: the bytes must not
// change once registered) and font key. Each document gets a shallow copy
// of the parsed font with its own reader: GenerateCutFont, run per document
// at Output, re-creates every map and slice it writes before writing it, so
// the shared parse (CharWidths included, which the document reads as its
// width table) is never modified.
type utf8FontKey struct {
	first *byte
	n     int
	key   string
}

type utf8FontParsed struct {
	font *utf8FontFile
	id   string
	err  error
}

var utf8FontCache sync.Map // utf8FontKey → *utf8FontParsed

func parsedUTF8Font(b []byte, fontkey string) (*utf8FontFile, string, error) {
	if len(b) == 0 {
		return nil, "", errEmptyFont
	}
	k := utf8FontKey{&b[0], len(b), fontkey}
	v, ok := utf8FontCache.Load(k)
	if !ok {
		p := &utf8FontParsed{}
		p.font = newUTF8Font(&fileReader{readerPosition: 0, array: b})
		p.err = p.font.parseFile()
		if p.err == nil {
			desc := FontDescType{
				Ascent:       int(p.font.Ascent),
				Descent:      int(p.font.Descent),
				CapHeight:    p.font.CapHeight,
				Flags:        p.font.Flags,
				FontBBox:     p.font.Bbox,
				ItalicAngle:  p.font.ItalicAngle,
				StemV:        p.font.StemV,
				MissingWidth: round(p.font.DefaultWidth),
			}
			p.id, _ = generateFontID(fontDefType{
				Tp:   "UTF8",
				Name: fontkey,
				Desc: desc,
				Up:   int(round(p.font.UnderlinePosition)),
				Ut:   round(p.font.UnderlineThickness),
				Cw:   p.font.CharWidths,
			})
		}
		v, _ = utf8FontCache.LoadOrStore(k, p)
	}
	p := v.(*utf8FontParsed)
	if p.err != nil {
		return nil, "", p.err
	}
	cp := *p.font
	cp.fileReader = &fileReader{readerPosition: 0, array: b}
	return &cp, p.id, nil
}

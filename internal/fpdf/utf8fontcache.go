package fpdf

import (
	"bytes"
	"crypto/sha1"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
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
	once sync.Once
	font *utf8FontFile
	id   string
	err  error
}

var utf8FontCache sync.Map // utf8FontKey → *utf8FontParsed

func parsedUTF8Font(b []byte, fontkey string) (*utf8FontFile, string, error) {
	if len(b) == 0 {
		return nil, "", errEmptyFont
	}
	v, _ := utf8FontCache.LoadOrStore(utf8FontKey{&b[0], len(b), fontkey}, &utf8FontParsed{})
	p := v.(*utf8FontParsed)
	// The first caller parses; documents asking for the font meanwhile
	// wait for that parse instead of making their own.
	p.once.Do(func() {
		p.font = newUTF8Font(&fileReader{readerPosition: 0, array: b})
		if p.err = p.font.parseFile(); p.err != nil {
			return
		}
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
		p.id, _ = fontIDCepat(fontDefType{
			Tp:   "UTF8",
			Name: fontkey,
			Desc: desc,
			Up:   int(round(p.font.UnderlinePosition)),
			Ut:   round(p.font.UnderlineThickness),
			Cw:   p.font.CharWidths,
		})
	})
	if p.err != nil {
		return nil, "", p.err
	}
	cp := *p.font
	cp.fileReader = &fileReader{readerPosition: 0, array: b}
	return &cp, p.id, nil
}

// fontIDCepat is generateFontID without encoding/json's reflection over
// the 65,536 widths: the same JSON bytes, hashed the same way (the widths
// are written where json.Marshal writes them, as it writes them).
func fontIDCepat(fdt fontDefType) (string, error) {
	if fdt.Cw == nil {
		return generateFontID(fdt)
	}
	cw := fdt.Cw
	fdt.File = ""
	fdt.Cw = nil
	b, err := json.Marshal(&fdt)
	if err != nil {
		return "", err
	}
	key := []byte(`"Cw":null`)
	i := bytes.Index(b, key)
	if i < 0 {
		fdt.Cw = cw
		return generateFontID(fdt)
	}
	h := sha1.New()
	h.Write(b[:i])
	buf := make([]byte, 0, 8*len(cw)+8)
	buf = append(buf, `"Cw":[`...)
	for j, w := range cw {
		if j > 0 {
			buf = append(buf, ',')
		}
		buf = strconv.AppendInt(buf, int64(w), 10)
	}
	buf = append(buf, ']')
	h.Write(buf)
	h.Write(b[i+len(key):])
	return fmt.Sprintf("%x", h.Sum(nil)), nil
}

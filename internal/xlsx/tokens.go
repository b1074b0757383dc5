package xlsx

import (
	"encoding/xml"
	"io"

	"golang.org/x/net/html/charset"
)

func xmlDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// tokenizer reads raw XML tokens (no namespace translation, which is the
// costly part of encoding/xml's Token for a large sheet) while still
// checking that elements nest and close, so a damaged or truncated sheet
// is an error and never a silently partial read.
//
// Every part is read through one, so that the budget's limits on nesting
// depth and on the number of elements hold for all of them while they
// are streamed.
type tokenizer struct {
	d     *xml.Decoder
	fast  *fastXML // instead of d: a worksheet in memory (ReadGrid)
	stack []xml.Name
	b     *Budget
}

func newTokenizer(r io.Reader, b *Budget) *tokenizer {
	return &tokenizer{d: xmlDecoder(r), b: b}
}

func (t *tokenizer) next() (xml.Token, error) {
	var tok xml.Token
	var err error
	if t.fast != nil {
		tok, err = t.fast.next()
	} else {
		tok, err = t.d.RawToken()
	}
	if err != nil {
		if err == io.EOF && len(t.stack) > 0 {
			return nil, &xml.SyntaxError{Msg: "unexpected EOF", Line: t.line()}
		}
		return nil, err
	}
	switch x := tok.(type) {
	case xml.StartElement:
		if len(t.stack) >= MaxDepth {
			return nil, errorf("XML bersarang lebih dari %d tingkat (batas lapkin); berkas ini rusak atau sengaja dibuat berbahaya — buka dan simpan ulang di Excel", MaxDepth)
		}
		if t.b != nil {
			if t.b.elements <= 0 {
				return nil, errorf("berkas berisi lebih dari %d elemen XML (batas lapkin); buku kerja laporan yang wajar jauh lebih kecil — hapus baris, kolom atau lembar kosong yang tidak perlu, lalu simpan ulang", MaxElements)
			}
			t.b.elements--
		}
		t.stack = append(t.stack, x.Name)
	case xml.EndElement:
		n := len(t.stack)
		if n == 0 || t.stack[n-1] != x.Name {
			return nil, &xml.SyntaxError{Msg: "element " + x.Name.Local + " closed out of order", Line: t.line()}
		}
		t.stack = t.stack[:n-1]
	}
	return tok, nil
}

func (t *tokenizer) line() int {
	if t.d == nil {
		return 0 // fastXML: its errors are never shown (ReadGrid reads again)
	}
	l, _ := t.d.InputPos()
	return l
}

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

// tokenKind is what a token is.
type tokenKind uint8

const (
	otherToken tokenKind = iota // a comment, processing instruction or directive
	startToken
	endToken
	textToken
)

// xmlToken is one XML token as a value, not boxed in an xml.Token interface
// (an allocation per token): the element's name (start and end tags) and
// attributes (start tags) in StartElement, the character data in text.
// The attributes and text are only valid until the next token, as
// RawToken's CharData.
type xmlToken struct {
	kind tokenKind
	xml.StartElement
	text xml.CharData
}

// tokenOf is the token of an encoding/xml token.
func tokenOf(x xml.Token) xmlToken {
	switch x := x.(type) {
	case xml.StartElement:
		return xmlToken{kind: startToken, StartElement: x}
	case xml.EndElement:
		return xmlToken{kind: endToken, StartElement: xml.StartElement{Name: x.Name}}
	case xml.CharData:
		return xmlToken{kind: textToken, text: x}
	}
	return xmlToken{kind: otherToken}
}

func (t *tokenizer) next() (xmlToken, error) {
	var tok xmlToken
	var err error
	if t.fast != nil {
		tok, err = t.fast.next()
	} else {
		var x xml.Token
		x, err = t.d.RawToken()
		tok = tokenOf(x)
	}
	if err != nil {
		if err == io.EOF && len(t.stack) > 0 {
			return xmlToken{}, &xml.SyntaxError{Msg: "unexpected EOF", Line: t.line()}
		}
		return xmlToken{}, err
	}
	switch tok.kind {
	case startToken:
		if len(t.stack) >= MaxDepth {
			return xmlToken{}, errorf("XML bersarang lebih dari %d tingkat (batas lapkin); berkas ini rusak atau sengaja dibuat berbahaya — buka dan simpan ulang di Excel", MaxDepth)
		}
		if t.b != nil {
			if t.b.elements <= 0 {
				return xmlToken{}, errorf("berkas berisi lebih dari %d elemen XML (batas lapkin); buku kerja laporan yang wajar jauh lebih kecil — hapus baris, kolom atau lembar kosong yang tidak perlu, lalu simpan ulang", MaxElements)
			}
			t.b.elements--
		}
		t.stack = append(t.stack, tok.Name)
	case endToken:
		n := len(t.stack)
		if n == 0 || t.stack[n-1] != tok.Name {
			return xmlToken{}, &xml.SyntaxError{Msg: "element " + tok.Name.Local + " closed out of order", Line: t.line()}
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

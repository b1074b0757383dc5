package xlsx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// sameAsRawToken checks fastXML on data against encoding/xml's RawToken
// (as the tokenizer sets it up): every token fastXML gives is the one
// RawToken gives (RawToken's XML declaration aside), and when fastXML
// reads to the end, so does RawToken, with no error. It reports whether
// fastXML read to the end.
func sameAsRawToken(t *testing.T, data []byte) bool {
	t.Helper()
	f := newFastXML(data)
	d := xmlDecoder(bytes.NewReader(data))
	for n := 0; ; n++ {
		tok, ferr := f.next()
		ft := encodingXMLToken(tok)
		if errors.Is(ferr, errNotPlain) {
			return false
		}
		var dt xml.Token
		var derr error
		for {
			dt, derr = d.RawToken()
			if pi, ok := dt.(xml.ProcInst); ok && derr == nil && pi.Target == "xml" && n == 0 {
				continue
			}
			break
		}
		if ferr == io.EOF {
			if derr != io.EOF {
				t.Fatalf("%q: fastXML ends after %d tokens, RawToken gives %#v, %v", trim(data), n, dt, derr)
			}
			return true
		}
		if ferr != nil {
			t.Fatalf("%q: fastXML error %v", trim(data), ferr)
		}
		if derr != nil {
			t.Fatalf("%q: token %d: fastXML %#v, RawToken error %v", trim(data), n, ft, derr)
		}
		if !reflect.DeepEqual(xml.CopyToken(ft), xml.CopyToken(dt)) {
			t.Fatalf("%q: token %d: fastXML %#v, RawToken %#v", trim(data), n, ft, dt)
		}
	}
}

// encodingXMLToken is tok as encoding/xml gives it, for comparing.
func encodingXMLToken(tok xmlToken) xml.Token {
	switch tok.kind {
	case startToken:
		return tok.StartElement
	case endToken:
		return xml.EndElement{Name: tok.Name}
	case textToken:
		return tok.text
	}
	return nil
}

func trim(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}

// TestFastXMLSameTokens: the worksheets and shared strings of the testdata workbooks are read
// to the end by fastXML with RawToken's tokens, and so are the workbooks'
// sheets mutated at random (a byte changed, inserted or removed, pieces of
// XML spliced in) wherever fastXML reads them at all.
func TestFastXMLSameTokens(t *testing.T) {
	seeds := testdataParts(t, func(n string) bool {
		return strings.HasPrefix(n, "xl/worksheets/sheet") || strings.HasSuffix(n, "sharedStrings.xml")
	})
	for _, s := range seeds {
		if !sameAsRawToken(t, s) {
			t.Errorf("fastXML does not read a testdata part (%q)", trim(s))
		}
	}
	seeds = append(seeds, []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\r\n"+
		`<worksheet xmlns:x14ac="u"><sheetData><row r="1" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b &lt;c&gt; &quot;d&apos; `+"\r\n\r\t"+`é</t></is></c>`+
		`<c r='B1' s = "2" ><v>1</v></c><c r="C1"/></row></sheetData></worksheet>`))
	pieces := []string{"<", ">", "/", "/>", "&", "&amp;", "&lt", "&#10;", "&#x41;", "&#xD800;", "&#0;", "&#X41;", "&#1114112;", "&#13;", "&#x;", "&#9", "&foo;", "\r", "\r\n", "\n", "\t", " ", "\x00", "\x01",
		"\xff", "é", "\uFFFE", "\uFFFD", "]]>", "]]", "<!-- c -->", "<![CDATA[x]]>", "<?pi x?>", "<!DOCTYPE x>", `"`, "'", "=", ":", "a:b:c",
		"1", "-", ".", "<a>", "</a>", "</c>", "<c/>", `<c r="A1">`, "<v>2</v>", "x:", ":x", "\xef\xbb\xbf"}
	r := rand.New(rand.NewPCG(15, 16))
	read := 0
	for i := range 6000 {
		src := seeds[r.IntN(len(seeds))]
		if len(src) > 4000 {
			src = src[:4000]
		}
		b := append([]byte(nil), src...)
		for range r.IntN(3) + 1 {
			p := r.IntN(len(b) + 1)
			switch r.IntN(4) {
			case 0:
				if p < len(b) {
					b[p] = byte(r.IntN(256))
				}
			case 1:
				if p < len(b) {
					b = append(b[:p], b[p+1:]...)
				}
			default:
				b = append(b[:p], append([]byte(pieces[r.IntN(len(pieces))]), b[p:]...)...)
			}
		}
		if i%2 == 0 && len(b) > 0 { // cut short
			b = b[:r.IntN(len(b))]
		}
		if sameAsRawToken(t, b) {
			read++
		}
	}
	if read < 500 {
		t.Errorf("fastXML read only %d of the mutated sheets: the comparison proves little", read)
	}
}

func FuzzFastXML(f *testing.F) {
	for _, p := range testdataParts(f, func(n string) bool {
		return strings.HasPrefix(n, "xl/worksheets/sheet") || strings.HasSuffix(n, "sharedStrings.xml")
	}) {
		f.Add(p)
	}
	f.Add([]byte(`<a b="&amp;&lt;" c='"'>x]]y&gt;` + "\r\n" + `</a>`))
	f.Fuzz(func(t *testing.T, data []byte) { sameAsRawToken(t, data) })
}

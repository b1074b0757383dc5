package xlsx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"unicode/utf8"
)

// fastXML reads the tokens of a part held in memory (a worksheet, the
// shared strings): encoding/xml's RawToken reads byte by byte through a
// bufio.Reader and copies every name, attribute and text, and was half of
// reading a large workbook. It understands only the plain XML spreadsheet
// programs write — elements, attributes in quotes, text with the five
// named entities and character references, an XML declaration of version
// 1.0 in UTF-8 at the start — and gives up (errNotPlain) at anything else:
// comments, CDATA, DOCTYPE, processing instructions, names that are not
// ASCII, a byte order mark, and anything encoding/xml would reject.
// readFast then reads the same bytes again with encoding/xml, so that
// every workbook reads, and every damaged one fails, exactly as before.
//
// It returns what RawToken returns for the same input, except that the
// XML declaration gives no token (the readers ignore it) and the Attr
// slice and CharData are only valid until the next call (as RawToken's
// CharData); TestFastXMLSameTokens and FuzzFastXML compare them.
type fastXML struct {
	data      []byte
	pos       int
	needClose bool
	toClose   xml.Name
	attrs     []xml.Attr
	text      []byte // scratch for text with entities or CR
}

var errNotPlain = errors.New("xlsx: not plain XML, read with encoding/xml")

// readFast reads a part of up to maxFastPart bytes into memory and gives
// read a tokenizer over it with fastXML. On anything fastXML does not
// read, and on every error, the same bytes are read again with
// encoding/xml from the budget as it was, so that the result and every
// message are those of encoding/xml's reading. A larger part (or one that
// cannot be read) is streamed through encoding/xml as before. A damaged
// entry that fails while it is read gives encoding/xml the bytes read up
// to its declared size (readAllSized), then the error: the message is
// the XML error found in them, or the archive's when they are well formed
// — reading in 4 KB blocks, as before, stopped earlier, so a damaged part
// may now name the other of the two (the file is refused all the same),
// and a damaged styles part keeps more of its formats.
func readFast[T any](r io.Reader, b *Budget, read func(d *tokenizer) (T, error)) (T, error) {
	var size int64 // the part's declared size (Package.Open), else unknown
	if s, ok := r.(interface{ Size() int64 }); ok {
		size = s.Size()
	}
	data, err := readAllSized(r, maxFastPart+1, size)
	if err == nil && len(data) <= maxFastPart {
		saved := *b
		if v, err := read(&tokenizer{fast: newFastXML(data), b: b}); err == nil {
			return v, nil
		}
		*b = saved
		return read(newTokenizer(bytes.NewReader(data), b))
	}
	rest := r
	if err != nil {
		rest = errorReader{err}
	}
	return read(newTokenizer(io.MultiReader(bytes.NewReader(data), rest), b))
}

// maxFastPart is the largest part read into memory for fastXML (L's
// budget sheet: ~5 MB).
const maxFastPart = 32 << 20

// errorReader returns err, as the reader it stands for did.
type errorReader struct{ err error }

func (e errorReader) Read([]byte) (int, error) { return 0, e.err }

func newFastXML(data []byte) *fastXML { return &fastXML{data: data} }

// xmlDecls are the XML declarations read (between "<?xml " and "?>").
var xmlDecls = []string{
	`version="1.0" encoding="UTF-8" standalone="yes"`,
	`version="1.0" encoding="UTF-8" standalone="no"`,
	`version="1.0" encoding="UTF-8"`,
	`version="1.0" encoding="utf-8" standalone="yes"`,
	`version="1.0" encoding="utf-8"`,
	`version="1.0" standalone="yes"`,
	`version="1.0"`,
}

func (f *fastXML) next() (xmlToken, error) {
	if f.needClose {
		f.needClose = false
		return xmlToken{kind: endToken, StartElement: xml.StartElement{Name: f.toClose}}, nil
	}
	if f.pos == 0 && bytes.HasPrefix(f.data, []byte("<?xml ")) {
		end := bytes.Index(f.data, []byte("?>"))
		if end < 0 {
			return xmlToken{}, errNotPlain
		}
		decl := string(bytes.TrimLeft(f.data[len("<?xml "):end], " \t\r\n"))
		ok := false
		for _, d := range xmlDecls {
			ok = ok || decl == d
		}
		if !ok {
			return xmlToken{}, errNotPlain
		}
		f.pos = end + 2
	}
	if f.pos >= len(f.data) {
		return xmlToken{}, io.EOF
	}
	if f.data[f.pos] != '<' {
		t, err := f.readText(-1)
		if err != nil {
			return xmlToken{}, err
		}
		return xmlToken{kind: textToken, text: t}, nil
	}
	f.pos++
	if f.pos >= len(f.data) {
		return xmlToken{}, errNotPlain
	}
	switch f.data[f.pos] {
	case '/':
		f.pos++
		name, ok := f.readName()
		if !ok {
			return xmlToken{}, errNotPlain
		}
		f.space()
		if f.pos >= len(f.data) || f.data[f.pos] != '>' {
			return xmlToken{}, errNotPlain
		}
		f.pos++
		return xmlToken{kind: endToken, StartElement: xml.StartElement{Name: name}}, nil
	case '?', '!':
		return xmlToken{}, errNotPlain
	}
	name, ok := f.readName()
	if !ok {
		return xmlToken{}, errNotPlain
	}
	f.attrs = f.attrs[:0]
	for {
		f.space()
		if f.pos >= len(f.data) {
			return xmlToken{}, errNotPlain
		}
		c := f.data[f.pos]
		if c == '/' {
			if f.pos+1 >= len(f.data) || f.data[f.pos+1] != '>' {
				return xmlToken{}, errNotPlain
			}
			f.pos += 2
			f.needClose, f.toClose = true, name
			break
		}
		if c == '>' {
			f.pos++
			break
		}
		an, ok := f.readName()
		if !ok {
			return xmlToken{}, errNotPlain
		}
		f.space()
		if f.pos >= len(f.data) || f.data[f.pos] != '=' {
			return xmlToken{}, errNotPlain
		}
		f.pos++
		f.space()
		if f.pos >= len(f.data) || f.data[f.pos] != '"' && f.data[f.pos] != '\'' {
			return xmlToken{}, errNotPlain
		}
		q := f.data[f.pos]
		f.pos++
		v, err := f.readText(int(q))
		if err != nil {
			return xmlToken{}, err
		}
		f.pos++ // the closing quote
		f.attrs = append(f.attrs, xml.Attr{Name: an, Value: attrValue(v)})
	}
	attrs := f.attrs
	if attrs == nil {
		attrs = []xml.Attr{} // as RawToken: never nil
	}
	return xmlToken{kind: startToken, StartElement: xml.StartElement{Name: name, Attr: attrs}}, nil
}

// space skips what encoding/xml's space skips.
func (f *fastXML) space() {
	for f.pos < len(f.data) {
		switch f.data[f.pos] {
		case ' ', '\r', '\n', '\t':
			f.pos++
		default:
			return
		}
	}
}

func isNameStart(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' }
func isNameRest(c byte) bool  { return isNameStart(c) || '0' <= c && c <= '9' || c == '.' || c == '-' }

// readName reads a name of ASCII letters, digits, "_", "." and "-" (not
// starting with a digit, "." or "-"), with at most one ":" between two
// such names; anything else is left to encoding/xml (ok false).
func (f *fastXML) readName() (xml.Name, bool) {
	start := f.pos
	colon := -1
	d := f.data
	if f.pos >= len(d) || !isNameStart(d[f.pos]) {
		return xml.Name{}, false
	}
	f.pos++
	for f.pos < len(d) {
		c := d[f.pos]
		if isNameRest(c) {
			f.pos++
			continue
		}
		if c == ':' && colon < 0 && f.pos+1 < len(d) && isNameStart(d[f.pos+1]) {
			colon = f.pos
			f.pos += 2
			continue
		}
		break
	}
	if f.pos < len(d) && (d[f.pos] >= utf8.RuneSelf || d[f.pos] == ':') {
		return xml.Name{}, false // a name going on beyond what is read here
	}
	if colon < 0 {
		return xml.Name{Local: internName(d[start:f.pos])}, true
	}
	return xml.Name{Space: internName(d[start:colon]), Local: internName(d[colon+1 : f.pos])}, true
}

// internName returns the names of a worksheet, the shared strings, the
// workbook, its relationships and styles without allocating.
func internName(b []byte) string {
	switch string(b) {
	case "c":
		return "c"
	case "v":
		return "v"
	case "r":
		return "r"
	case "s":
		return "s"
	case "t":
		return "t"
	case "f":
		return "f"
	case "row":
		return "row"
	case "spans":
		return "spans"
	case "is":
		return "is"
	case "ht":
		return "ht"
	case "customHeight":
		return "customHeight"
	case "x14ac":
		return "x14ac"
	case "dyDescent":
		return "dyDescent"
	// shared strings, the workbook, its relationships, styles
	case "si":
		return "si"
	case "sst":
		return "sst"
	case "rPh":
		return "rPh"
	case "sheetData":
		return "sheetData"
	case "worksheet":
		return "worksheet"
	case "dimension":
		return "dimension"
	case "ref":
		return "ref"
	case "sheetViews":
		return "sheetViews"
	case "sheetView":
		return "sheetView"
	case "workbookViewId":
		return "workbookViewId"
	case "Relationships":
		return "Relationships"
	case "Relationship":
		return "Relationship"
	case "Id":
		return "Id"
	case "Type":
		return "Type"
	case "Target":
		return "Target"
	case "TargetMode":
		return "TargetMode"
	case "workbook":
		return "workbook"
	case "sheets":
		return "sheets"
	case "sheet":
		return "sheet"
	case "name":
		return "name"
	case "sheetId":
		return "sheetId"
	case "id":
		return "id"
	case "workbookPr":
		return "workbookPr"
	case "date1904":
		return "date1904"
	case "styleSheet":
		return "styleSheet"
	case "cellXfs":
		return "cellXfs"
	case "xf":
		return "xf"
	case "numFmts":
		return "numFmts"
	case "numFmt":
		return "numFmt"
	case "numFmtId":
		return "numFmtId"
	case "formatCode":
		return "formatCode"
	case "count":
		return "count"
	case "uniqueCount":
		return "uniqueCount"
	case "xmlns":
		return "xmlns"
	case "cols":
		return "cols"
	case "col":
		return "col"
	case "min":
		return "min"
	case "max":
		return "max"
	case "width":
		return "width"
	case "customWidth":
		return "customWidth"
	case "mergeCells":
		return "mergeCells"
	case "mergeCell":
		return "mergeCell"
	case "pageMargins":
		return "pageMargins"
	}
	return string(b)
}

// attrValue is the string of an attribute's value, without allocating
// for the short numbers and cell references most are.
func attrValue(v []byte) string {
	if len(v) == 1 {
		switch v[0] {
		case '0':
			return "0"
		case '1':
			return "1"
		case 's':
			return "s"
		case 'n':
			return "n"
		}
	}
	return string(v)
}

// readText reads text up to "<" (quote < 0) or to the quote, which it
// does not consume: the five named entities replaced, CR LF and a lone CR
// made LF, every character checked as encoding/xml checks it. The result
// is only valid until the next call.
func (f *fastXML) readText(quote int) ([]byte, error) {
	d := f.data
	start := f.pos
	plain := true // no entity or CR: the result is d[start:f.pos]
	f.text = f.text[:0]
	for f.pos < len(d) {
		c := d[f.pos]
		switch {
		case c == '<':
			if quote >= 0 {
				return nil, errNotPlain
			}
			return f.result(start, plain), nil
		case quote >= 0 && c == byte(quote):
			return f.result(start, plain), nil
		case c == '&':
			if plain {
				f.text = append(f.text, d[start:f.pos]...)
				plain = false
			}
			var r byte
			switch {
			case bytes.HasPrefix(d[f.pos:], []byte("&lt;")):
				r, f.pos = '<', f.pos+4
			case bytes.HasPrefix(d[f.pos:], []byte("&gt;")):
				r, f.pos = '>', f.pos+4
			case bytes.HasPrefix(d[f.pos:], []byte("&amp;")):
				r, f.pos = '&', f.pos+5
			case bytes.HasPrefix(d[f.pos:], []byte("&apos;")):
				r, f.pos = '\'', f.pos+6
			case bytes.HasPrefix(d[f.pos:], []byte("&quot;")):
				r, f.pos = '"', f.pos+6
			default:
				n, ok := f.charRef()
				if !ok {
					return nil, errNotPlain
				}
				f.text = utf8.AppendRune(f.text, n)
				continue
			}
			f.text = append(f.text, r)
			continue
		case c == '\r':
			if plain {
				f.text = append(f.text, d[start:f.pos]...)
				plain = false
			}
			f.text = append(f.text, '\n')
			f.pos++
			if f.pos < len(d) && d[f.pos] == '\n' {
				f.pos++
			}
			continue
		case c == '>' && quote < 0 && f.pos >= 2 && d[f.pos-1] == ']' && d[f.pos-2] == ']' && f.pos-2 >= start:
			return nil, errNotPlain // "]]>" outside CDATA: encoding/xml's error
		case c < 0x20:
			if c != '\t' && c != '\n' {
				return nil, errNotPlain
			}
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(d[f.pos:])
			if r == utf8.RuneError && n == 1 || !(r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000) {
				return nil, errNotPlain
			}
			if !plain {
				f.text = append(f.text, d[f.pos:f.pos+n]...)
			}
			f.pos += n
			continue
		}
		if !plain {
			f.text = append(f.text, c)
		}
		f.pos++
	}
	if quote >= 0 {
		return nil, errNotPlain // no closing quote
	}
	return f.result(start, plain), nil
}

// charRef reads a character reference "&#65;" or "&#x41;" at f.pos, as
// encoding/xml reads it (a lower-case x only, the closing ";"), for a
// character XML allows (not a control character or a surrogate, which
// encoding/xml rejects or replaces: those are left to it).
func (f *fastXML) charRef() (rune, bool) {
	d := f.data[f.pos:]
	if len(d) < 4 || d[1] != '#' {
		return 0, false
	}
	i, base := 2, rune(10)
	if d[2] == 'x' {
		i, base = 3, 16
	}
	var n rune
	digits := 0
	for ; i < len(d) && digits <= 7; i++ {
		c := d[i]
		var v rune
		switch {
		case '0' <= c && c <= '9':
			v = rune(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			v = rune(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			v = rune(c-'A') + 10
		default:
			goto end
		}
		n = n*base + v
		digits++
	}
end:
	if digits == 0 || digits > 7 || i >= len(d) || d[i] != ';' {
		return 0, false
	}
	if !(n == '\t' || n == '\n' || n == '\r' || n >= 0x20 && n <= 0xD7FF || n >= 0xE000 && n <= 0xFFFD || n >= 0x10000 && n <= 0x10FFFF) {
		return 0, false
	}
	f.pos += i + 1
	return n, true
}

func (f *fastXML) result(start int, plain bool) []byte {
	if plain {
		return f.data[start:f.pos]
	}
	return f.text
}

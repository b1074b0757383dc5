package xlsx

import (
	"io"
	"path"
	"strconv"
	"strings"
)

// Format is what a reader needs to know of a cell's number format.
type Format struct {
	Percent   bool // "0%", "0.00%": the cell stores a fraction
	Date      bool // a date or time format: the cell stores a serial date
	Thousands bool // a thousands separator: shown "7.500.000"
	Text      bool // "@"
}

// readStyles reads the number format of every cell style (cellXfs) from the
// styles part. A missing or unreadable styles part means General
// everywhere: the values are still readable.
func (p *Package) readStyles() []Format {
	stylesPath := path.Join(path.Dir(p.wbPath), "styles.xml")
	if rels, err := p.readRels(relsOf(p.wbPath), p.wbPath); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.typ, "/styles") {
				stylesPath = r.target
			}
		}
	}
	rc, err := p.Open(stylesPath)
	if err != nil || rc == nil {
		return nil
	}
	defer rc.Close()
	return ReadStyles(rc, p.budget)
}

// ReadStyles reads the number format of every cell style (cellXfs) of a
// styles part within the budget b (nil: a fresh one). What cannot be read
// is General.
func ReadStyles(r io.Reader, b *Budget) []Format {
	if b == nil {
		b = NewBudget()
	}
	// What was read before an error counts: the error goes to readFast
	// (which reads the part again with encoding/xml when fastXML fails)
	// with it, and is dropped here.
	out, _ := readFast(r, b, readStyles)
	return out
}

func readStyles(d *tokenizer) ([]Format, error) {
	custom := map[int]string{}
	var out []Format
	inXfs := false
	for {
		tok, err := d.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return out, err
		}
		switch tok.kind {
		case startToken:
			t := tok.StartElement
			switch t.Name.Local {
			case "numFmt":
				id, err := strconv.Atoi(attr(t, "numFmtId"))
				if err == nil {
					custom[id] = attr(t, "formatCode")
				}
			case "cellXfs":
				inXfs = true
			case "xf":
				if !inXfs {
					continue
				}
				id, _ := strconv.Atoi(attr(t, "numFmtId"))
				if code, ok := custom[id]; ok {
					out = append(out, classify(code))
				} else {
					out = append(out, builtinFormat(id))
				}
			}
		case endToken:
			t := tok.StartElement
			if t.Name.Local == "cellXfs" {
				inXfs = false
			}
		}
	}
	return out, nil
}

// builtinFormat classifies a built-in number format id (ECMA-376 §18.8.30).
func builtinFormat(id int) Format {
	switch {
	case id == 9 || id == 10:
		return Format{Percent: true}
	case id >= 14 && id <= 22, id >= 27 && id <= 36, id >= 45 && id <= 47, id >= 50 && id <= 58:
		return Format{Date: true}
	case id == 3 || id == 4 || (id >= 5 && id <= 8) || (id >= 37 && id <= 44):
		return Format{Thousands: true}
	case id == 49:
		return Format{Text: true}
	}
	return Format{}
}

// classify reads a custom format code: only its first section counts,
// and quoted text, escaped characters, [..] blocks (colours, locales) and
// padding/fill characters are skipped.
func classify(code string) Format {
	var f Format
	var b strings.Builder
	inQuote := false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case inQuote:
			if c == '"' {
				inQuote = false
			}
		case c == '"':
			inQuote = true
		case c == '\\' || c == '_' || c == '*':
			i++ // the next character is literal / padding / fill
		case c == '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				i = len(code)
				break
			}
			inner := strings.ToLower(code[i+1 : i+j])
			// Elapsed time [h], [mm], [ss] is a time format.
			if inner != "" && strings.Trim(inner, "hms") == "" {
				f.Date = true
			}
			i += j
		case c == ';':
			i = len(code)
		default:
			b.WriteByte(c)
		}
	}
	s := strings.ToLower(b.String())
	if s == "@" || (strings.Contains(s, "@") && !strings.ContainsAny(s, "0#?")) {
		f.Text = true
	}
	if strings.Contains(s, "%") {
		f.Percent = true
	}
	if strings.Contains(s, "general") {
		s = strings.ReplaceAll(s, "general", "")
	}
	// Date and time tokens ("e" is a scientific exponent, not a token).
	if strings.ContainsAny(s, "dmyhs") {
		f.Date = true
	}
	if strings.Contains(s, "#,#") || strings.Contains(s, "0,0") || strings.Contains(s, "#,0") {
		f.Thousands = true
	}
	if f.Date {
		f.Percent, f.Thousands = false, false
	}
	return f
}

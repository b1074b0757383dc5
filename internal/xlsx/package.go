package xlsx

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
)

// Package is the OOXML package of a workbook as this reader sees it: the
// zip entries by normalised name, the sheets in workbook order and the
// shared strings. Cell values are read by streaming the worksheet XML
// ourselves (see ReadGrid): excelize's Rows iterator gives only strings,
// without the cell type, style or formula a careful reader needs, and its
// per-cell getters re-scan merged ranges on every call.
type Package struct {
	parts    map[string]*zip.File // lower-case part name → entry
	wbPath   string               // the workbook part, e.g. "xl/workbook.xml"
	sheets   []Sheet              // workbook order
	sstPath  string
	date1904 bool
	budget   *Budget
}

// Sheet is one sheet of the workbook: its name and its part.
type Sheet struct {
	Name string // as in the workbook
	Path string // part name, e.g. "xl/worksheets/sheet1.xml"
	Type string // relationship type suffix: "worksheet", "chartsheet", …
}

// Sheets lists the package's sheets in workbook order.
func (p *Package) Sheets() []Sheet { return p.sheets }

// NormPart normalises a part name for lookup: forward slashes, no leading
// slash, lower case.
func NormPart(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, "\\", "/"), "/"))
}

// OpenPackage reads the package structure (relationships, workbook.xml) of
// an opened zip.
func OpenPackage(zr *zip.Reader) (*Package, error) {
	p := &Package{parts: make(map[string]*zip.File, len(zr.File)), budget: NewBudget()}
	for _, f := range zr.File {
		n := NormPart(f.Name)
		if _, dup := p.parts[n]; !dup {
			p.parts[n] = f
		}
	}
	p.wbPath = "xl/workbook.xml"
	if rels, err := p.readRels("_rels/.rels", ""); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				p.wbPath = r.target
				break
			}
		}
	}
	if _, ok := p.parts[NormPart(p.wbPath)]; !ok {
		return nil, p.notWorkbook()
	}
	if err := p.readWorkbook(); err != nil {
		return nil, err
	}
	return p, nil
}

// notWorkbook explains a zip that holds no workbook part.
func (p *Package) notWorkbook() error {
	has := func(n string) bool { _, ok := p.parts[n]; return ok }
	if f, ok := p.parts["mimetype"]; ok {
		if b, err := readSmall(f, 200); err == nil && strings.Contains(string(b), "opendocument.spreadsheet") {
			return errorf("berkas ini lembar kerja OpenDocument (.ods), bukan .xlsx; buka di LibreOffice atau Excel lalu simpan ulang sebagai .xlsx (Excel 2007–365)")
		}
		return errorf("berkas ini dokumen OpenDocument, bukan buku kerja .xlsx; simpan data sebagai buku kerja Excel (.xlsx)")
	}
	switch {
	case has("xl/workbook.bin"):
		return errorf("berkas ini buku kerja biner Excel (.xlsb) yang tidak didukung; buka di Excel lalu simpan ulang sebagai .xlsx (Buku Kerja Excel)")
	case has("word/document.xml"):
		return errorf("berkas ini dokumen Word (.docx), bukan buku kerja Excel; pilih berkas .xlsx yang berisi data laporan")
	case has("ppt/presentation.xml"):
		return errorf("berkas ini presentasi PowerPoint (.pptx), bukan buku kerja Excel; pilih berkas .xlsx yang berisi data laporan")
	}
	return errorf("berkas ini arsip zip tetapi bukan buku kerja .xlsx (bagian xl/workbook.xml tidak ada); pilih berkas .xlsx yang benar atau simpan ulang dari Excel")
}

func readSmall(f *zip.File, n int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, n))
}

// Open opens a part for streaming; nil, nil when the part does not exist.
// The reader's Size method gives the part's size as the zip archive
// declares it, for sizing a buffer (readFast).
func (p *Package) Open(name string) (io.ReadCloser, error) {
	f, ok := p.parts[NormPart(name)]
	if !ok {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	return sizedPart{rc, int64(min(f.UncompressedSize64, 1<<40))}, nil
}

// sizedPart is an open part that tells its declared size.
type sizedPart struct {
	io.ReadCloser
	size int64
}

// Size is the part's uncompressed size as its zip entry declares it: a
// hint only, a damaged or hostile archive may declare anything.
func (s sizedPart) Size() int64 { return s.size }

// Relationship is one entry of a relationships part.
type relationship struct {
	id, typ, target string
}

// readRels reads a relationships part; targets are resolved against the
// folder of the source part (src; "" for the package root).
func (p *Package) readRels(relsPath, src string) ([]relationship, error) {
	rc, err := p.Open(relsPath)
	if err != nil {
		return nil, err
	}
	if rc == nil {
		return nil, errors.New("no rels")
	}
	defer rc.Close()
	return readFast(rc, p.budget, func(d *tokenizer) ([]relationship, error) { return readRels(d, src) })
}

func readRels(d *tokenizer, src string) ([]relationship, error) {
	var out []relationship
	for {
		tok, err := d.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.StartElement, tok.kind == startToken
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		var r relationship
		external := false
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Id":
				r.id = a.Value
			case "Type":
				r.typ = a.Value
			case "Target":
				r.target = a.Value
			case "TargetMode":
				external = strings.EqualFold(a.Value, "External")
			}
		}
		if external {
			continue
		}
		if strings.HasPrefix(r.target, "/") {
			r.target = strings.TrimPrefix(r.target, "/")
		} else {
			r.target = path.Clean(path.Join(path.Dir(src), r.target))
		}
		out = append(out, r)
	}
	return out, nil
}

func relsOf(part string) string {
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

// readWorkbook reads the sheet list and the date system from the workbook
// part and its relationships.
func (p *Package) readWorkbook() error {
	rels, err := p.readRels(relsOf(p.wbPath), p.wbPath)
	if err != nil {
		return errorf("berkas rusak: daftar bagian buku kerja (workbook.xml.rels) tidak terbaca; buka dan simpan ulang di Excel")
	}
	byID := make(map[string]relationship, len(rels))
	p.sstPath = path.Join(path.Dir(p.wbPath), "sharedStrings.xml")
	for _, r := range rels {
		byID[r.id] = r
		if strings.HasSuffix(r.typ, "/sharedStrings") {
			p.sstPath = r.target
		}
	}
	rc, err := p.Open(p.wbPath)
	if err != nil || rc == nil {
		return errorf("berkas rusak: bagian workbook.xml tidak terbaca; buka dan simpan ulang di Excel")
	}
	defer rc.Close()
	type book struct {
		sheets   []Sheet
		date1904 bool
	}
	wb, err := readFast(rc, p.budget, func(d *tokenizer) (book, error) {
		var wb book
		for {
			tok, err := d.next()
			if err == io.EOF {
				return wb, nil
			}
			if err != nil {
				return wb, err
			}
			se, ok := tok.StartElement, tok.kind == startToken
			if !ok {
				continue
			}
			switch se.Name.Local {
			case "workbookPr":
				for _, a := range se.Attr {
					if a.Name.Local == "date1904" {
						wb.date1904 = a.Value == "1" || strings.EqualFold(a.Value, "true")
					}
				}
			case "sheet":
				var s Sheet
				var rid string
				for _, a := range se.Attr {
					switch {
					case a.Name.Local == "name":
						s.Name = a.Value
					case a.Name.Local == "id" && a.Name.Space != "":
						rid = a.Value
					}
				}
				r, ok := byID[rid]
				if !ok || s.Name == "" {
					continue
				}
				s.Path = r.target
				s.Type = r.typ[strings.LastIndex(r.typ, "/")+1:]
				wb.sheets = append(wb.sheets, s)
			}
		}
	})
	if e, ok := err.(*Error); ok {
		return e
	}
	if err != nil {
		return errorf("berkas rusak: isi workbook.xml tidak sah (%s); buka dan simpan ulang di Excel", xmlMessage(err))
	}
	p.sheets, p.date1904 = wb.sheets, wb.date1904
	if len(p.sheets) == 0 {
		return errorf("berkas rusak: buku kerja tidak berisi lembar apa pun; buka dan simpan ulang di Excel")
	}
	return nil
}

// xmlMessage turns an XML syntax error into a short Indonesian phrase.
func xmlMessage(err error) string {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return "XML tidak sah di baris " + strconv.Itoa(se.Line)
	}
	if errors.Is(err, zip.ErrChecksum) {
		return "checksum isi arsip tidak cocok"
	}
	if errors.Is(err, zip.ErrFormat) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "isi arsip terpotong atau rusak"
	}
	return "isi tidak terbaca"
}

// SharedStrings is the shared strings table.
type SharedStrings struct {
	List []string
	long map[int]bool // entries longer than MaxCellText (kept cut)
}

// readSharedStrings reads the package's shared strings table.
func (p *Package) readSharedStrings() (*SharedStrings, error) {
	rc, err := p.Open(p.sstPath)
	if err != nil {
		return nil, errorf("berkas rusak: tabel teks (sharedStrings.xml) tidak terbaca; buka dan simpan ulang di Excel")
	}
	if rc == nil {
		return &SharedStrings{}, nil
	}
	defer rc.Close()
	return ReadSharedStrings(rc, p.budget)
}

// ReadSharedStrings reads a shared strings part (rich text runs joined,
// phonetic runs skipped) within the budget b (nil: a fresh one).
func ReadSharedStrings(r io.Reader, b *Budget) (*SharedStrings, error) {
	if b == nil {
		b = NewBudget()
	}
	return readFast(r, b, func(d *tokenizer) (*SharedStrings, error) { return readSharedStrings(d, b) })
}

func readSharedStrings(d *tokenizer, b *Budget) (*SharedStrings, error) {
	var (
		out       = &SharedStrings{}
		sb        = textBuf{limit: MaxCellText}
		inSI, inT bool
		inPh      int
	)
	for {
		tok, err := d.next()
		if err == io.EOF {
			break
		}
		if e, ok := err.(*Error); ok {
			return nil, e
		}
		if err != nil {
			return nil, errorf("berkas rusak: tabel teks (sharedStrings.xml) tidak sah (%s); buka dan simpan ulang di Excel", xmlMessage(err))
		}
		switch tok.kind {
		case startToken:
			t := tok.StartElement
			switch t.Name.Local {
			case "si":
				inSI = true
				sb.reset()
			case "rPh":
				inPh++
			case "t":
				inT = inSI && inPh == 0
			}
		case endToken:
			t := tok.StartElement
			switch t.Name.Local {
			case "si":
				if len(out.List) >= MaxSharedStrings {
					return nil, errorf("tabel teks (sharedStrings.xml) berisi lebih dari %d entri (batas lapkin); buku kerja laporan yang wajar jauh lebih kecil", MaxSharedStrings)
				}
				if err := b.keepText(sb.Len()); err != nil {
					return nil, err
				}
				if sb.over {
					if out.long == nil {
						out.long = map[int]bool{}
					}
					out.long[len(out.List)] = true
				}
				out.List = append(out.List, unescape(sb.String()))
				inSI = false
			case "rPh":
				inPh--
			case "t":
				inT = false
			}
		case textToken:
			t := tok.text
			if inT {
				sb.write(t)
			}
		}
	}
	return out, nil
}

// unescape decodes the _xHHHH_ escapes OOXML uses for control
// characters ("_x000D_").
func unescape(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(v))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

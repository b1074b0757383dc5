package xlsx

import (
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Picture is a picture anchored on a sheet: the cell of its top-left
// corner, its bytes and its file extension (".png").
type Picture struct {
	Row, Col int
	Data     []byte
	Ext      string
}

// FirstPicture returns the sheet's top-most, then left-most picture
// anchored in a drawing (twoCellAnchor / oneCellAnchor), read from the
// package directly (never through excelize, whose OpenReader would load
// every part). ok is false when there is none or it cannot be read.
// Pictures placed in cells (Excel's "Place in Cell", WPS's cellimages)
// are not drawings: see InCellPictures.
func (w *Workbook) FirstPicture(s Sheet) (Picture, bool) {
	rels, err := w.pkg.readRels(relsOf(s.Path), s.Path)
	if err != nil {
		return Picture{}, false
	}
	type anchor struct {
		row, col int
		part     string
		seq      int
	}
	var anchors []anchor
	for _, r := range rels {
		if !strings.HasSuffix(r.typ, "/drawing") {
			continue
		}
		images := map[string]string{}
		if drels, err := w.pkg.readRels(relsOf(r.target), r.target); err == nil {
			for _, d := range drels {
				if strings.HasSuffix(d.typ, "/image") {
					images[d.id] = d.target
				}
			}
		}
		rc, err := w.pkg.Open(r.target)
		if err != nil || rc == nil {
			continue
		}
		d := newTokenizer(rc, w.pkg.budget)
		var (
			inAnchor, inFrom, inPic bool
			field                   string
			cur                     anchor
		)
		for {
			tok, err := d.next()
			if err != nil {
				break // io.EOF, or a damaged drawing: what was found counts
			}
			switch tok.kind {
			case startToken:
				x := tok.StartElement
				switch x.Name.Local {
				case "twoCellAnchor", "oneCellAnchor":
					inAnchor, cur = true, anchor{row: -1, col: -1}
				case "from":
					inFrom = inAnchor
				case "col", "row":
					if inFrom {
						field = x.Name.Local
					}
				case "pic":
					inPic = inAnchor
				case "blip":
					if !inPic {
						continue
					}
					for _, a := range x.Attr {
						if a.Name.Local == "embed" && a.Name.Space != "" {
							if t, ok := images[a.Value]; ok && cur.part == "" {
								cur.part = t
							}
						}
					}
				}
			case endToken:
				x := tok.StartElement
				switch x.Name.Local {
				case "twoCellAnchor", "oneCellAnchor":
					if cur.part != "" && cur.row >= 0 && cur.col >= 0 {
						cur.seq = len(anchors)
						anchors = append(anchors, cur)
					}
					inAnchor = false
				case "from":
					inFrom = false
				case "col", "row":
					field = ""
				case "pic":
					inPic = false
				}
			case textToken:
				x := tok.text
				if field == "" {
					continue
				}
				n, err := strconv.Atoi(strings.TrimSpace(string(x)))
				if err != nil || n < 0 || n >= MaxRows {
					continue
				}
				if field == "col" {
					cur.col = n
				} else {
					cur.row = n
				}
			}
		}
		rc.Close()
	}
	sort.Slice(anchors, func(i, j int) bool {
		a, b := anchors[i], anchors[j]
		if a.row != b.row {
			return a.row < b.row
		}
		if a.col != b.col {
			return a.col < b.col
		}
		return a.seq < b.seq
	})
	for _, a := range anchors {
		data, err := w.readPart(a.part)
		if err != nil || len(data) == 0 {
			continue
		}
		return Picture{Row: a.row + 1, Col: a.col + 1, Data: data, Ext: strings.ToLower(path.Ext(a.part))}, true
	}
	return Picture{}, false
}

// InCellPictures reports whether the package holds pictures placed in
// cells (Excel's richdata, WPS's cellimages.xml).
func (w *Workbook) InCellPictures() bool {
	for n := range w.pkg.parts {
		if strings.HasPrefix(n, "xl/richdata/") || n == "xl/cellimages.xml" {
			return true
		}
	}
	return false
}

// readPart reads a whole part (at most MaxPart bytes).
func (w *Workbook) readPart(name string) ([]byte, error) {
	rc, err := w.pkg.Open(name)
	if err != nil || rc == nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, MaxPart))
}

// DeclaredSize is the total uncompressed size of the package's parts, as
// the zip declares it (checked against MaxUnzip when opened).
func (w *Workbook) DeclaredSize() int64 {
	var n int64
	for _, f := range w.pkg.parts {
		n += int64(f.UncompressedSize64)
	}
	return n
}

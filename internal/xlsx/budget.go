package xlsx

import (
	"strings"
	"unicode/utf8"
)

// The reading budget: limits on what one workbook may hold, enforced while
// its parts are streamed, so that no file can make the reader use more
// than a few hundred MB or take more than a couple of seconds. Each is far
// above what a real report needs: the L-size synthetic workbook (2,000
// indicators, 20,000 kegiatan; internal/contoh) uses about 430,000 XML
// elements, 300,000 cells, 25,000 rows, 22,000 shared strings and 1.5 MB
// of text. docs/format.md#limits lists them for users.
var (
	// MaxPart is the largest uncompressed size of one part.
	MaxPart int64 = 64 << 20
	// MaxElements is the number of XML elements read over all parts.
	MaxElements = 2_000_000
	// MaxDepth is the deepest nesting of XML elements.
	MaxDepth = 100
	// MaxCells is the number of non-empty cells kept over the workbook.
	MaxCells = 1_500_000
	// MaxRowsKept is the number of <row> elements kept over the workbook.
	MaxRowsKept = 1_000_000
	// MaxMerges is the number of merged ranges per sheet.
	MaxMerges = 100_000
	// MaxMergeSpan is the sum of the merged ranges' widths (columns) per
	// sheet: what indexing them costs.
	MaxMergeSpan = 1_000_000
	// MaxSharedStrings is the number of entries of the shared strings
	// table.
	MaxSharedStrings = 1_000_000
	// MaxText is the number of bytes of text kept over the workbook
	// (shared strings, inline text, formulas).
	MaxText int64 = 64 << 20
	// MaxFormula is the longest formula kept (Excel's own limit is 8,192
	// characters); a longer one is kept cut, and is not evaluated.
	MaxFormula = 8192
)

// MaxCellText is Excel's limit on the text of one cell (characters). A
// longer text is kept cut to this length, and its cell's Type is 'L'.
const MaxCellText = 32_767

// Budget is what is left of the limits while a workbook is read.
type Budget struct {
	elements, cells, rows int
	text                  int64
}

// NewBudget returns the full budget of one workbook.
func NewBudget() *Budget {
	return &Budget{elements: MaxElements, cells: MaxCells, rows: MaxRowsKept, text: MaxText}
}

func (b *Budget) keepText(n int) error {
	if b == nil {
		return nil
	}
	b.text -= int64(n)
	if b.text < 0 {
		return errorf("berkas berisi lebih dari %s teks (batas lapkin); buku kerja laporan yang wajar jauh lebih kecil — hapus teks yang tidak perlu, lalu simpan ulang", Size(MaxText))
	}
	return nil
}

// textBuf collects character data up to a number of characters; what is
// beyond is dropped and remembered (over).
type textBuf struct {
	sb    strings.Builder
	runes int
	limit int
	over  bool
}

func (t *textBuf) write(p []byte) {
	if t.over {
		return
	}
	n := utf8.RuneCount(p)
	if t.runes+n <= t.limit {
		t.sb.Write(p)
		t.runes += n
		return
	}
	for len(p) > 0 && t.runes < t.limit {
		_, size := utf8.DecodeRune(p)
		t.sb.Write(p[:size])
		p = p[size:]
		t.runes++
	}
	t.over = true
}

func (t *textBuf) String() string { return t.sb.String() }
func (t *textBuf) Len() int       { return t.sb.Len() }
func (t *textBuf) reset()         { t.sb.Reset(); t.runes = 0; t.over = false }

package workbook

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Finding a table sheet's header row and reading its data rows, by the
// column catalogue of table.go.

// columnMap maps column ids (by index in the spec) to sheet columns.
type columnMap []int // 0 = absent

// mapHeaderRow maps the headers of row r.
func (b *reader) mapHeaderRow(g *sheet, sp *sheetSpec, norm [][]string, r int) columnMap {
	peta := make(columnMap, len(sp.columnSpec))
	best := make([]int, len(sp.columnSpec))
	row := g.FindRow(r)
	cols := map[int]bool{}
	if row != nil {
		for _, s := range row.Cells {
			cols[s.Col] = true
		}
	}
	// Cells of merged ranges crossing this row (a two-row header whose
	// upper cells are merged down).
	budget := maxHeaderColumns // bounds the work on overlapping (invalid) merges
	for _, m := range g.Merges {
		if m.R1 <= r && r <= m.R2 {
			for c := m.C1; c <= m.C2 && c <= maxHeaderColumns && budget > 0; c++ {
				cols[c] = true
				budget--
			}
		}
	}
	grup := b.groupHeaders(g, r)
	for c := range cols {
		x := g.Get(row, r, c)
		if x.Empty() {
			continue
		}
		jenis, v := b.rawValue(g, x.Cell)
		if jenis != 's' && jenis != 'n' {
			continue
		}
		n := normHeader(v)
		if n == "" {
			continue
		}
		for _, n := range headerNames(sp, norm, n, grup[c]) {
			for i := range sp.columnSpec {
				rk := sp.columnSpec[i].rank(n, norm[i])
				if rk < 0 {
					continue
				}
				if peta[i] == 0 || rk < best[i] || (rk == best[i] && c < peta[i]) {
					peta[i], best[i] = c, rk
				}
			}
		}
	}
	// A sheet column claimed by two spec columns goes to the better fit.
	for i := range peta {
		for j := range peta {
			if i != j && peta[i] != 0 && peta[i] == peta[j] && (best[j] < best[i] || (best[j] == best[i] && j < i)) {
				peta[i] = 0
			}
		}
	}
	return peta
}

// groupHeaders returns, by column, the group header standing above row r: the
// text of a range merged across two or more columns that ends on row r-1
// ("Target" over "Tahunan | TW I | … | TW IV", "Kinerja" over "Target |
// Realisasi"), normalised.
func (b *reader) groupHeaders(g *sheet, r int) map[int]string {
	out := map[int]string{}
	budget := maxHeaderColumns
	for _, m := range g.Merges {
		if m.R2 != r-1 || m.C2 <= m.C1 {
			continue
		}
		tl := g.Cell(m.R1, m.C1)
		jenis, v := b.rawValue(g, tl)
		if jenis != 's' || normHeader(v) == "" {
			continue
		}
		for c := m.C1; c <= m.C2 && budget > 0; c++ {
			out[c] = normHeader(v)
			budget--
		}
	}
	return out
}

// headerAbbrev are the one-letter sub-headers of a group ("Kinerja: T |
// R"), as in the reference report's Tabel 2.3.
var headerAbbrev = map[string]string{"t": "target", "r": "realisasi"}

// headerNames gives the names a header cell is matched by: under a group
// header, the group and the sub-header together ("target tw i", "realisasi
// kinerja", "pagu anggaran"); when neither order is a header of the sheet,
// or there is no group, the cell's own text.
func headerNames(sp *sheetSpec, norm [][]string, sub, grp string) []string {
	if grp == "" || grp == sub {
		return []string{sub}
	}
	if long, ok := headerAbbrev[sub]; ok {
		sub = long
	}
	combined := []string{normHeader(sub + " " + grp), normHeader(grp + " " + sub)}
	for _, n := range combined {
		for i := range sp.columnSpec {
			if sp.columnSpec[i].rank(n, norm[i]) >= 0 {
				return combined
			}
		}
	}
	return []string{sub}
}

// missing lists what a header mapping lacks: missing required columns (by
// index) and unmet one-of groups (by index).
func (sp *sheetSpec) missing(p columnMap) (kol []int, grup []int) {
	for i, k := range sp.columnSpec {
		if k.wajib && p[i] == 0 {
			kol = append(kol, i)
		}
	}
	for gi, grp := range sp.salahSatu {
		ok := false
		for _, id := range grp {
			if p[sp.indeks(id)] != 0 {
				ok = true
			}
		}
		if !ok {
			grup = append(grup, gi)
		}
	}
	return
}

// The header row is searched in the first 10 rows, and headers merged
// down from above in the first 1,000 columns.
const (
	maxHeaderRows    = 10
	maxHeaderColumns = 1000
)

// findHeader finds the header row: the first of the first 10 rows that has
// every required header. Without one, the row with the most recognised
// headers is used and each missing column is reported (LK003).
func (b *reader) findHeader(g *sheet, sp *sheetSpec) (int, columnMap) {
	bestRow, bestScore := 0, 0
	var bestPeta columnMap
	norm := sp.normAliases()
	for r := 1; r <= maxHeaderRows; r++ {
		p := b.mapHeaderRow(g, sp, norm, r)
		kol, grup := sp.missing(p)
		if len(kol) == 0 && len(grup) == 0 {
			// A two-row header: the row below names the columns under
			// this row's group headers. It is the header row when it
			// is complete too and recognises more columns.
			if p2 := b.mapHeaderRow(g, sp, norm, r+1); r < maxHeaderRows && mappedCount(p2) > mappedCount(p) {
				if kol2, grup2 := sp.missing(p2); len(kol2) == 0 && len(grup2) == 0 {
					return r + 1, p2
				}
			}
			return r, p
		}
		score := 0
		for _, c := range p {
			if c != 0 {
				score++
			}
		}
		if score > bestScore {
			bestRow, bestScore, bestPeta = r, score, p
		}
	}
	at := kinerja.Ref{Sheet: g.canonical, Cell: "A1"}
	where := fmt.Sprintf("di baris judul kolom (dicari di %d baris pertama)", maxHeaderRows)
	if bestRow == 0 {
		bestPeta = make(columnMap, len(sp.columnSpec))
	} else {
		at.Cell = xlsx.CellName(1, bestRow)
		where = fmt.Sprintf("di baris judul kolom (baris %d)", bestRow)
	}
	kol, grup := sp.missing(bestPeta)
	var asing []similarCell // header cells of the row that no column took
	if bestRow > 0 {
		dipakai := map[int]bool{}
		for _, c := range bestPeta {
			dipakai[c] = true
		}
		if row := g.FindRow(bestRow); row != nil {
			for _, cl := range row.Cells {
				if dipakai[cl.Col] {
					continue
				}
				x := g.Get(row, bestRow, cl.Col)
				if jenis, v := b.rawValue(g, x.Cell); jenis == 's' && strings.TrimSpace(v) != "" {
					asing = append(asing, similarCell{ref: xlsx.CellName(cl.Col, bestRow), teks: strings.TrimSpace(v)})
				}
			}
		}
	}
	for _, i := range kol {
		k := sp.columnSpec[i]
		if c, ok := findSimilar(asing, k.alias); ok {
			b.report("LK003", kinerja.Error, kinerja.Ref{Sheet: g.canonical, Cell: c.ref}, "",
				"Lembar %s tidak punya kolom %q; judul %q di sel ini tidak dikenal — maksud Anda %q? Tulis judulnya %q",
				sp.lembar, k.judul(), c.teks, k.judul(), k.judul())
			continue
		}
		b.report("LK003", kinerja.Error, at, "",
			"Lembar %s tidak punya kolom %q %s; tambahkan kolom itu — judul yang diterima: %s", sp.lembar, k.judul(), where, k.acceptedHeaders())
	}
	for _, gi := range grup {
		b.report("LK003", kinerja.Error, at, "", "Lembar %s %s: %s", sp.lembar, where, sp.pesanSalahSatu[gi])
	}
	return bestRow, bestPeta
}

// mappedCount counts the columns a header mapping found.
func mappedCount(p columnMap) int {
	n := 0
	for _, c := range p {
		if c != 0 {
			n++
		}
	}
	return n
}

// dataRow is one data row of a table sheet: the content of each mapped
// column.
type dataRow struct {
	r     int
	cells []xlsx.Content // by spec column index; empty for an absent column
}

// tableRows reads the rows below the header. Rows with nothing typed in
// the recognised columns are skipped; a row with values but an empty key
// cell is reported (LK025) and left out. A row whose only content is
// formulas (a template's prepared rows) and has no key is skipped too.
func (b *reader) tableRows(g *sheet, sp *sheetSpec) []dataRow {
	hdr, peta := b.findHeader(g, sp)
	ki := sp.indeks(sp.kunci)
	if peta[ki] == 0 {
		return nil // reported by findHeader
	}
	var out []dataRow
	pertama := true // the first row with content below the header
	for bi := range g.Rows {
		row := &g.Rows[bi]
		if row.N <= hdr {
			continue
		}
		if pertama && len(row.Cells) > 0 {
			pertama = false
			if b.isColumnNumberRow(g, row, g.FindRow(hdr)) {
				continue
			}
		}
		typed, formulas := false, false
		bd := dataRow{r: row.N, cells: make([]xlsx.Content, len(sp.columnSpec))}
		for i, c := range peta {
			if c == 0 {
				continue
			}
			x := g.Get(row, row.N, c)
			if i == ki && x.Empty() && sp.lembar == kinerja.SheetAnggaran {
				x = b.nameAcross(g, row, hdr, c)
			}
			bd.cells[i] = x
			if x.Empty() || x.Inherited || sp.columnSpec[i].nomor {
				continue
			}
			if x.Cell.HasFormula {
				formulas = true
				continue
			}
			if x.Cell.Type == 's' && strings.TrimSpace(x.Cell.Value) == "" {
				continue
			}
			typed = true
		}
		if !typed && !formulas {
			continue
		}
		if b.totalRowLabels(g, sp, bd) {
			continue
		}
		key := bd.cells[ki]
		if b.kosong(g, key) {
			if typed {
				k := sp.columnSpec[ki]
				b.report("LK025", kinerja.Error, kinerja.Ref{Sheet: g.canonical, Cell: xlsx.CellName(peta[ki], row.N)}, "",
					"Baris %d berisi data tetapi kolom %s kosong; isi %s baris ini, atau kosongkan seluruh barisnya bila tidak dipakai",
					row.N, k.judul(), k.judul())
			}
			continue
		}
		out = append(out, bd)
	}
	return out
}

// nameAcross reads a name whose header is merged across several columns,
// one per level (Program | Kegiatan | Sub Kegiatan under one merged
// "Program/Kegiatan/Sub Kegiatan"), each row's name in its level's column
// and often merged to the right (docs/format.md, Anggaran): the row's first
// filled cell under the merged header, or the empty cell at c.
func (b *reader) nameAcross(g *sheet, row *xlsx.Row, hdr, c int) xlsx.Content {
	empty := g.Get(row, row.N, c)
	hrow := g.FindRow(hdr)
	if hrow == nil {
		return empty
	}
	top := xlsx.CellName(c, hdr)
	for c2 := c + 1; c2 < c+8; c2++ {
		h := g.Get(hrow, hdr, c2)
		if !h.Inherited || h.Ref != top {
			break
		}
		if x := g.Get(row, row.N, c2); !x.Empty() {
			return x
		}
	}
	return empty
}

// isColumnNumberRow reports a row of column numbers under the header ("1 2 3
// 4" or "(1) (2) (3) …", as the reference report's tables have): at least
// three cells and at least as many as the header row has, each a whole
// number counting up by one from left to right. It is not data.
func (b *reader) isColumnNumberRow(g *sheet, row, header *xlsx.Row) bool {
	n, prev := 0, 0
	for i := range row.Cells {
		jenis, v := b.rawValue(g, &row.Cells[i])
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if jenis != 'n' && jenis != 's' {
			return false
		}
		v = strings.TrimSuffix(strings.TrimPrefix(v, "("), ")")
		k, err := strconv.Atoi(v)
		if err != nil || (n > 0 && k != prev+1) {
			return false
		}
		n, prev = n+1, k
	}
	judul := 0
	if header != nil {
		for i := range header.Cells {
			if _, v := b.rawValue(g, &header.Cells[i]); strings.TrimSpace(v) != "" {
				judul++
			}
		}
	}
	return n >= 3 && n >= judul
}

// kosong reports whether a cell holds nothing (after evaluating a formula
// without a cached value).
func (b *reader) kosong(g *sheet, x xlsx.Content) bool {
	if x.Empty() {
		return true
	}
	jenis, v := b.rawValue(g, x.Cell)
	switch jenis {
	case 0:
		return true
	case 's':
		return strings.TrimSpace(v) == ""
	}
	return false
}

// totalRowLabels reports a totals row ("Jumlah", "Total") of a sheet whose
// spec names such columns.
func (b *reader) totalRowLabels(g *sheet, sp *sheetSpec, bd dataRow) bool {
	for _, id := range sp.totalColumns {
		x := bd.cells[sp.indeks(id)]
		if x.Empty() || x.Inherited {
			continue
		}
		if j, v := b.rawValue(g, x.Cell); j == 's' && !longerThanTotalLabels(v) && totalRowLabels[normHeader(v)] {
			return true
		}
	}
	return false
}

// longerThanTotalLabels reports that v holds more characters that
// normHeader keeps (not white space, "_", "-", "–", ":", "." or "/") than any
// key of totalRowLabels has: it cannot be one, and most cells of a large
// sheet (names of kegiatan) are not normalised to find that out.
func longerThanTotalLabels(v string) bool {
	most := 0
	for k := range totalRowLabels {
		most = max(most, utf8.RuneCountInString(k))
	}
	n := 0
	for _, r := range v {
		switch {
		case unicode.IsSpace(r), r == '_', r == '-', r == '–', r == ':', r == '.', r == '/':
		default:
			if n++; n > most {
				return true
			}
		}
	}
	return false
}

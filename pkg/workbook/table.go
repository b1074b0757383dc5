package workbook

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// kolom is one column a table sheet may have.
type kolom struct {
	id    string
	alias []string // accepted headers as shown to users, best first
	// cocok matches further headers (normalised); its rank is after the
	// aliases. polaTeks describes them for messages ("Target <tahun>").
	cocok    func(n string) bool
	polaTeks string
	wajib    bool
	nomor    bool // a row number: does not by itself make a row non-empty
}

func (k kolom) judul() string { return k.alias[0] }

// diterima lists the accepted headers for an LK003 message.
func (k kolom) diterima() string {
	var q []string
	for _, a := range k.alias {
		q = append(q, fmt.Sprintf("%q", a))
	}
	if k.polaTeks != "" {
		q = append(q, k.polaTeks)
	}
	return daftar(q)
}

func daftar(q []string) string {
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " atau " + q[len(q)-1]
}

// spesifikasi describes a table sheet.
type spesifikasi struct {
	lembar string // canonical name
	kolom  []kolom
	kunci  string // id of the key column
	// salahSatu: groups of column ids of which at least one must be present.
	salahSatu [][]string
	// pesanSalahSatu explains each group in an LK003 message.
	pesanSalahSatu []string
	// totalColumns: columns where "Jumlah"/"Total" marks a totals row,
	// which is not data (Anggaran).
	totalColumns []string
	idx          map[string]int // column id → index, built by init
}

func init() {
	for _, sp := range []*spesifikasi{&specTugas, &specTarget, &specRealisasi, &specAnggaran, &specStrategi,
		&specAnalisis, &specTindakLanjut, &specTanggapan, &specNarasi, &specLibur} {
		sp.idx = make(map[string]int, len(sp.kolom))
		for i, k := range sp.kolom {
			sp.idx[k.id] = i
		}
	}
}

// totalRowLabels are the labels of a totals row.
var totalRowLabels = map[string]bool{"jumlah": true, "total": true, "jumlah total": true,
	"total anggaran": true, "jumlah anggaran": true, "grand total": true, "jumlah seluruhnya": true}

func (sp *spesifikasi) indeks(id string) int {
	i, ok := sp.idx[id]
	if !ok {
		panic("workbook: unknown column " + id)
	}
	return i
}

// Column ids of the quarter columns.
var (
	idTargetTW    = [4]string{"target1", "target2", "target3", "target4"}
	idTW          = [4]string{"tw1", "tw2", "tw3", "tw4"}
	idRealisasiTW = [4]string{"rtw1", "rtw2", "rtw3", "rtw4"}
)

// normJudul normalises a header or label: lower case, white space (also
// non-breaking), "_" and "-" collapsed to single spaces, no spaces around
// "/", trailing ":" and "." dropped.
func normJudul(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\t', '\n', '\r', '_', '-', '–':
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(strings.ReplaceAll(s, " /", "/"), "/ ", "/")
	for {
		t := strings.TrimSpace(strings.TrimRight(s, ":."))
		if t == s {
			return s
		}
		s = t
	}
}

var reKurung = regexp.MustCompile(`\s*\([^()]*\)\s*$`)

// tanpaKurung drops a trailing parenthesised note: "capaian (%)" →
// "capaian", "pagu (rp)" → "pagu".
func tanpaKurung(n string) string {
	for {
		t := reKurung.ReplaceAllString(n, "")
		if t == n {
			return strings.TrimSpace(t)
		}
		n = t
	}
}

// reTW matches a quarter designation: "tw i", "tw 1", "tw.2", "triwulan
// iii", "triwulan ke 4", "q1", "trw ii".
var reTW = regexp.MustCompile(`^(?:tw|triwulan|trw|tri wulan|q)\s*\.?\s*(?:ke\s*)?(i{1,3}|iv|[1-4])$`)

func twDari(s string) int {
	m := reTW.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	switch m[1] {
	case "1", "i":
		return 1
	case "2", "ii":
		return 2
	case "3", "iii":
		return 3
	case "4", "iv":
		return 4
	}
	return 0
}

// quarterColumn makes the column of quarter q whose header is one of prefixes
// followed by a quarter designation ("" for a bare "TW I").
func quarterColumn(id string, q int, contoh string, prefixes ...string) kolom {
	return kolom{
		id:    id,
		alias: []string{fmt.Sprintf(contoh, kinerja.Romawi(q))},
		cocok: func(n string) bool {
			for _, p := range prefixes {
				rest := n
				if p != "" {
					if !strings.HasPrefix(n, p+" ") {
						continue
					}
					rest = strings.TrimSpace(n[len(p):])
				}
				if twDari(rest) == q {
					return true
				}
			}
			return false
		},
	}
}

var reTargetTahun = regexp.MustCompile(`^target (?:tahun )?(?:anggaran )?\d{4}$`)

var (
	specTugas = spesifikasi{lembar: kinerja.SheetTugas, kunci: "uraian", kolom: []kolom{
		{id: "no", alias: []string{"No", "Nomor"}, nomor: true},
		{id: "uraian", alias: []string{"Uraian Tugas", "Tugas", "Uraian", "Tugas dan Fungsi"}, wajib: true},
	}}
	specTarget = func() spesifikasi {
		sp := spesifikasi{lembar: kinerja.SheetTarget, kunci: "kode", kolom: []kolom{
			{id: "kode", alias: []string{"Kode", "Kode Indikator", "No"}, wajib: true},
			{id: "sasaran", alias: []string{"Sasaran", "Sasaran Kegiatan", "Sasaran Strategis", "Sasaran Program"}},
			{id: "indikator", alias: []string{"Indikator", "Indikator Kinerja", "Indikator Kinerja Utama"}, wajib: true},
			{id: "satuan", alias: []string{"Satuan"}, wajib: true},
			{id: "target", alias: []string{"Target", "Target Tahunan", "Target Kinerja"}, cocok: reTargetTahun.MatchString, polaTeks: `"Target <tahun>" (mis. "Target 2023")`, wajib: true},
			{id: "polaritas", alias: []string{"Polaritas"}},
			{id: "sifat", alias: []string{"Sifat", "Sifat Indikator"}},
			{id: "tingkat", alias: []string{"Tingkat", "Level", "Jenis", "Tingkat Indikator"}},
		}}
		for q := 1; q <= 4; q++ {
			sp.kolom = append(sp.kolom, quarterColumn(idTargetTW[q-1], q, "Target TW %s", "target"))
		}
		return sp
	}()
	specRealisasi = func() spesifikasi {
		sp := spesifikasi{lembar: kinerja.SheetRealisasi, kunci: "kode", kolom: []kolom{
			{id: "kode", alias: []string{"Kode", "Kode Indikator", "No"}, wajib: true},
			{id: "keterangan", alias: []string{"Keterangan", "Ket"}},
			{id: "capaian", alias: []string{"Capaian", "Capaian Kinerja"}},
		}}
		var grp []string
		for q := 1; q <= 4; q++ {
			id := idTW[q-1]
			sp.kolom = append(sp.kolom, quarterColumn(id, q, "TW %s", "", "realisasi", "realisasi kinerja"))
			grp = append(grp, id)
		}
		sp.salahSatu = [][]string{grp}
		sp.pesanSalahSatu = []string{`tidak ada kolom realisasi triwulan; tambahkan kolom "TW I", "TW II", "TW III", "TW IV" (juga diterima: "Realisasi TW I", "Triwulan I", "TW 1", "Q1")`}
		return sp
	}()
	specAnggaran = func() spesifikasi {
		sp := spesifikasi{lembar: kinerja.SheetAnggaran, kunci: "kegiatan", totalColumns: []string{"kode", "kegiatan"}, kolom: []kolom{
			{id: "kode", alias: []string{"Kode", "Kode Rekening", "Kode Kegiatan"}},
			{id: "kegiatan", alias: []string{"Kegiatan", "Sub Kegiatan", "Uraian", "Program/Kegiatan", "Nama Kegiatan", "Program/Kegiatan/Sub Kegiatan", "Program, Kegiatan, Sub Kegiatan"}, wajib: true},
			{id: "indikator", alias: []string{"Indikator", "Kode Indikator"}},
			{id: "pagu", alias: []string{"Pagu", "Pagu Anggaran", "Anggaran"}, wajib: true},
			{id: "realisasi", alias: []string{"Realisasi", "Realisasi Anggaran"}},
			{id: "targetk", alias: []string{"Target Kinerja"}},
			{id: "realisasik", alias: []string{"Realisasi Kinerja"}},
			{id: "satuank", alias: []string{"Satuan Kinerja"}},
			{id: "capaian", alias: []string{"Capaian", "Capaian Anggaran", "Serapan", "Serapan Anggaran"}},
			{id: "efisiensi", alias: []string{"Efisiensi"}},
			{id: "keterangan", alias: []string{"Keterangan", "Ket"}},
			{id: "tingkat", alias: []string{"Tingkat", "Level", "Jenis"}},
		}}
		var grp []string
		for q := 1; q <= 4; q++ {
			id := idRealisasiTW[q-1]
			sp.kolom = append(sp.kolom, quarterColumn(id, q, "Realisasi TW %s", "realisasi", "realisasi anggaran", ""))
			grp = append(grp, id)
		}
		sp.salahSatu = [][]string{append(grp, "realisasi")}
		sp.pesanSalahSatu = []string{`tidak ada kolom realisasi anggaran; tambahkan kolom "Realisasi" (realisasi sampai dengan triwulan ini) atau kolom "Realisasi TW I" … "Realisasi TW IV" (realisasi dalam tiap triwulan)`}
		return sp
	}()
	specStrategi = spesifikasi{lembar: kinerja.SheetStrategi, kunci: "kode", kolom: []kolom{
		{id: "kode", alias: []string{"Kode", "Kode Indikator", "No"}, wajib: true},
		{id: "strategi", alias: []string{"Strategi", "Uraian Strategi", "Upaya"}, wajib: true},
		{id: "periode", alias: []string{"Periode", "Bulan", "Pada Bulan", "Waktu"}},
	}}
	specAnalisis = spesifikasi{lembar: kinerja.SheetAnalisis, kunci: "kode", kolom: []kolom{
		{id: "kode", alias: []string{"Kode", "Kode Indikator", "No"}, wajib: true},
		{id: "uraian", alias: []string{"Uraian", "Analisis", "Uraian Analisis"}, wajib: true},
	}}
	specTindakLanjut = spesifikasi{lembar: kinerja.SheetTindakLanjut, kunci: "uraian", kolom: []kolom{
		{id: "no", alias: []string{"No", "Nomor"}, nomor: true},
		{id: "uraian", alias: []string{"Uraian", "Rencana Tindak Lanjut", "Tindak Lanjut"}, wajib: true},
	}}
	specTanggapan = spesifikasi{lembar: kinerja.SheetTanggapan, kunci: "tanggapan", kolom: []kolom{
		{id: "no", alias: []string{"No", "Nomor"}, nomor: true},
		{id: "tanggapan", alias: []string{"Tanggapan", "Tanggapan Atasan", "Uraian"}, wajib: true},
		{id: "pilih", alias: []string{"Pilih", "Pilihan", "Dipilih"}},
	}}
	specNarasi = spesifikasi{lembar: kinerja.SheetNarasi, kunci: "bagian", kolom: []kolom{
		{id: "bagian", alias: []string{"Bagian"}, wajib: true},
		{id: "teks", alias: []string{"Teks", "Isi", "Uraian"}, wajib: true},
	}}
	specLibur = spesifikasi{lembar: kinerja.SheetLibur, kunci: "tanggal", kolom: []kolom{
		{id: "tanggal", alias: []string{"Tanggal"}, wajib: true},
		{id: "keterangan", alias: []string{"Keterangan", "Ket", "Nama Hari Libur"}},
	}}
)

// rank returns how well a normalised header fits a column (lower is
// better), or -1.
func (k *kolom) rank(n string) int {
	for pass, h := range []string{n, tanpaKurung(n)} {
		if pass == 1 && h == n {
			break
		}
		for i, a := range k.alias {
			if normJudul(a) == h {
				return i
			}
		}
		if k.cocok != nil && k.cocok(h) {
			return len(k.alias)
		}
	}
	return -1
}

// columnMap maps column ids (by index in the spec) to sheet columns.
type columnMap []int // 0 = absent

// mapHeaderRow maps the headers of row r.
func (b *reader) mapHeaderRow(g *sheet, sp *spesifikasi, r int) columnMap {
	peta := make(columnMap, len(sp.kolom))
	best := make([]int, len(sp.kolom))
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
		n := normJudul(v)
		if n == "" {
			continue
		}
		for _, n := range headerNames(sp, n, grup[c]) {
			for i := range sp.kolom {
				rk := sp.kolom[i].rank(n)
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
		if jenis != 's' || normJudul(v) == "" {
			continue
		}
		for c := m.C1; c <= m.C2 && budget > 0; c++ {
			out[c] = normJudul(v)
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
func headerNames(sp *spesifikasi, sub, grp string) []string {
	if grp == "" || grp == sub {
		return []string{sub}
	}
	if long, ok := headerAbbrev[sub]; ok {
		sub = long
	}
	combined := []string{normJudul(sub + " " + grp), normJudul(grp + " " + sub)}
	for _, n := range combined {
		for i := range sp.kolom {
			if sp.kolom[i].rank(n) >= 0 {
				return combined
			}
		}
	}
	return []string{sub}
}

// missing lists what a header mapping lacks: missing required columns (by
// index) and unmet one-of groups (by index).
func (sp *spesifikasi) missing(p columnMap) (kol []int, grup []int) {
	for i, k := range sp.kolom {
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
func (b *reader) findHeader(g *sheet, sp *spesifikasi) (int, columnMap) {
	bestRow, bestScore := 0, 0
	var bestPeta columnMap
	for r := 1; r <= maxHeaderRows; r++ {
		p := b.mapHeaderRow(g, sp, r)
		kol, grup := sp.missing(p)
		if len(kol) == 0 && len(grup) == 0 {
			// A two-row header: the row below names the columns under
			// this row's group headers. It is the header row when it
			// is complete too and recognises more columns.
			if p2 := b.mapHeaderRow(g, sp, r+1); r < maxHeaderRows && mappedCount(p2) > mappedCount(p) {
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
		bestPeta = make(columnMap, len(sp.kolom))
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
		k := sp.kolom[i]
		if c, ok := findSimilar(asing, k.alias); ok {
			b.report("LK003", kinerja.Error, kinerja.Ref{Sheet: g.canonical, Cell: c.ref}, "",
				"Lembar %s tidak punya kolom %q; judul %q di sel ini tidak dikenal — maksud Anda %q? Tulis judulnya %q",
				sp.lembar, k.judul(), c.teks, k.judul(), k.judul())
			continue
		}
		b.report("LK003", kinerja.Error, at, "",
			"Lembar %s tidak punya kolom %q %s; tambahkan kolom itu — judul yang diterima: %s", sp.lembar, k.judul(), where, k.diterima())
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
func (b *reader) tableRows(g *sheet, sp *spesifikasi) []dataRow {
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
		bd := dataRow{r: row.N, cells: make([]xlsx.Content, len(sp.kolom))}
		for i, c := range peta {
			if c == 0 {
				continue
			}
			x := g.Get(row, row.N, c)
			if i == ki && x.Empty() && sp.lembar == kinerja.SheetAnggaran {
				x = b.nameAcross(g, row, hdr, c)
			}
			bd.cells[i] = x
			if x.Empty() || x.Inherited || sp.kolom[i].nomor {
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
				k := sp.kolom[ki]
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
func (b *reader) totalRowLabels(g *sheet, sp *spesifikasi, bd dataRow) bool {
	for _, id := range sp.totalColumns {
		x := bd.cells[sp.indeks(id)]
		if x.Empty() || x.Inherited {
			continue
		}
		if j, v := b.rawValue(g, x.Cell); j == 's' && totalRowLabels[normJudul(v)] {
			return true
		}
	}
	return false
}

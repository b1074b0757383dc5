package workbook

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// reader reads one workbook into the model, collecting findings.
type reader struct {
	wb       *xlsx.Workbook
	findings kinerja.DaftarTemuan
	reported map[string]bool // Sheet!A1 already reported (a merged value is read by many cells)
	// sheetsByName: the sheets read, by lower-case workbook name, for
	// formulas referring to another sheet.
	sheetsByName map[string]*sheet
	evalDepth    int // formulas being evaluated, one inside the other
	evalSteps    int
	// unevaluated counts the formulas without a value that were not
	// evaluated; after maxEvalShown they are only counted (first: where).
	unevaluated      int
	unevaluatedFirst kinerja.Ref
}

// sheet is a worksheet read into memory, with its names.
type sheet struct {
	*xlsx.Grid
	canonical string // canonical sheet name for findings (kinerja.SheetTarget …)
	name      string // the sheet's name in the workbook, for excelize calls
}

func (b *reader) report(rule string, sev kinerja.Severity, at kinerja.Ref, key, format string, args ...any) {
	if at.Cell != "" {
		k := rule + at.String() + "\x00" + fmt.Sprintf(format, args...)
		if b.reported[k] {
			return
		}
		b.reported[k] = true
	}
	b.findings = append(b.findings, kinerja.Baru(rule, sev, at, key, format, args...))
}

// hasFinding reports whether a finding of rule on sheet was made already.
func (b *reader) hasFinding(rule, sheet string) bool {
	for _, t := range b.findings {
		if t.Rule == rule && t.Sheet == sheet {
			return true
		}
	}
	return false
}

// Excel error values and what they mean, for LK006 messages.
var excelErrors = map[string]string{
	"#DIV/0!":        "pembagian dengan nol",
	"#REF!":          "rumus merujuk sel yang sudah terhapus",
	"#N/A":           "nilai tidak tersedia, mis. pencarian tidak menemukan data",
	"#VALUE!":        "jenis nilai dalam rumus salah, mis. teks dihitung sebagai angka",
	"#NAME?":         "nama fungsi atau rentang tidak dikenal",
	"#NUM!":          "angka tidak sah dalam rumus",
	"#NULL!":         "irisan rentang kosong",
	"#SPILL!":        "hasil rumus tertumpuk data lain",
	"#CALC!":         "rumus tidak dapat dihitung",
	"#GETTING_DATA":  "data masih dimuat",
	"#BLOCKED!":      "akses data diblokir",
	"#CONNECT!":      "sumber data tidak tersambung",
	"#FIELD!":        "nama bidang tidak dikenal",
	"#UNKNOWN!":      "jenis data tidak dikenal",
	"#BUSY!":         "rumus masih dihitung",
	"#EXTERNAL!":     "rujukan eksternal tidak tersedia",
	"#PYTHON!":       "galat Python",
	"#TIMEOUT!":      "waktu perhitungan habis",
	"#CIRCULAR_REF!": "rujukan melingkar",
}

// Limits of evaluating formulas stored without a value (see
// internal/xlsx.Eval for what is evaluated at all).
const (
	maxEvalDepth = 64        // a chain of such formulas referring to each other
	maxEvalSteps = 1_000_000 // operators, references and range cells per workbook
	maxEvalShown = 20        // unevaluated formulas reported one by one
)

// rawValue resolves a cell to its value: a formula without a cached value
// is evaluated (internal/xlsx.Eval). jenis is 'n', 's', 'L' (text over
// Excel's limit, cut), 'b', 'e', 'd', 'x' (a formula that is not
// evaluated: v says why) or 0 (empty).
func (b *reader) rawValue(g *sheet, s *xlsx.Cell) (jenis byte, v string) {
	if s == nil {
		return 0, ""
	}
	if s.HasValue {
		return s.Type, s.Value
	}
	if !s.HasFormula {
		return 0, ""
	}
	if !s.Evaluated {
		s.Evaluated = true
		s.Type = 'p' // pending: met again, the formula refers to itself
		jenis, v, why := b.evalFormula(g, s)
		if why != "" {
			jenis, v = 'x', why
		}
		s.Type, s.Value = jenis, v
	}
	if s.Type == 'p' {
		return 'x', "merujuk dirinya sendiri (rujukan melingkar)"
	}
	return s.Type, s.Value
}

// evalFormula evaluates a formula that was stored without its value.
func (b *reader) evalFormula(g *sheet, s *xlsx.Cell) (jenis byte, v, why string) {
	if s.Formula == "" {
		return 0, "", "adalah salinan rumus bersama (dari sel lain) yang tidak dihitung lapkin"
	}
	b.evalDepth++
	defer func() { b.evalDepth-- }()
	if b.evalDepth > maxEvalDepth {
		return 0, "", fmt.Sprintf("merujuk rantai lebih dari %d rumus yang juga belum punya nilai", maxEvalDepth)
	}
	val, why := xlsx.Eval(s.Formula, formulaEnv{b: b, g: g})
	if why != "" {
		return 0, "", why
	}
	switch val.Type {
	case 'n':
		return 'n', strconv.FormatFloat(val.Num, 'g', -1, 64), ""
	case 'b':
		if val.Num != 0 {
			return 'b', "1", ""
		}
		return 'b', "0", ""
	case 'e':
		return 'e', val.Str, ""
	}
	return 's', val.Str, ""
}

// formulaEnv gives xlsx.Eval the cells of the sheets lapkin reads.
type formulaEnv struct {
	b *reader
	g *sheet
}

func (e formulaEnv) Step() bool {
	e.b.evalSteps++
	return e.b.evalSteps <= maxEvalSteps
}

func (e formulaEnv) Cell(sheetName string, r, c int) (xlsx.Value, string) {
	g := e.g
	if sheetName != "" {
		g = e.b.sheetsByName[strings.ToLower(sheetName)]
		if g == nil {
			return xlsx.Value{}, fmt.Sprintf("merujuk lembar %q yang tidak dibaca lapkin", sheetName)
		}
	}
	s := g.Cell(r, c)
	typ, v := e.b.rawValue(g, s)
	switch typ {
	case 0:
		return xlsx.Value{}, ""
	case 'n':
		f, ok := parseNumber(v)
		if !ok {
			return xlsx.Value{Type: 's', Str: v}, ""
		}
		return xlsx.Value{Type: 'n', Num: f}, ""
	case 's', 'L':
		return xlsx.Value{Type: 's', Str: v}, ""
	case 'b':
		if v == "1" || strings.EqualFold(v, "true") {
			return xlsx.Value{Type: 'b', Num: 1}, ""
		}
		return xlsx.Value{Type: 'b'}, ""
	case 'e':
		return xlsx.Value{Type: 'e', Str: strings.ToUpper(strings.TrimSpace(v))}, ""
	case 'x':
		if strings.HasPrefix(v, "merujuk") {
			return xlsx.Value{}, v // the cause further down the chain
		}
		return xlsx.Value{}, "merujuk sel " + xlsx.CellName(c, r) + " yang rumusnya juga belum punya nilai"
	}
	return xlsx.Value{}, "merujuk sel " + xlsx.CellName(c, r) + " berisi tanggal yang tidak dihitung lapkin"
}

func (b *reader) format(s *xlsx.Cell) xlsx.Format {
	if s == nil {
		return xlsx.Format{}
	}
	return b.wb.Format(s.Style)
}

// reportError reports an Excel error value (LK006) or a formula that
// could not be evaluated (LK006; after maxEvalShown of them only counted,
// see reportUnevaluated).
func (b *reader) reportError(g *sheet, x xlsx.Content, key, columnSpec string, jenis byte, v string) {
	at := kinerja.Ref{Sheet: g.canonical, Cell: x.Ref}
	if jenis == 'x' {
		if b.unevaluated == 0 {
			b.unevaluatedFirst = at
		}
		b.unevaluated++
		if b.unevaluated > maxEvalShown {
			return
		}
		rumus := x.Cell.Formula
		if rumus == "" {
			rumus = "(rumus bersama)"
		} else {
			if utf8.RuneCountInString(rumus) > 80 {
				rumus = string([]rune(rumus)[:80]) + "…"
			}
			rumus = "=" + rumus
		}
		b.report("LK006", kinerja.Error, at, key,
			"%s: rumus %s belum punya nilai tersimpan dan %s; buka buku kerja di Excel atau LibreOffice, biarkan rumus dihitung, lalu simpan ulang (atau ganti rumus dengan angka)",
			columnSpec, rumus, v)
		return
	}
	arti := excelErrors[v]
	if arti == "" {
		arti = "galat Excel"
	}
	b.report("LK006", kinerja.Error, at, key,
		"%s berisi nilai galat Excel %s (%s); perbaiki rumus atau data yang dirujuknya, atau isi sel ini dengan nilai yang benar",
		columnSpec, v, arti)
}

// parseNumber parses a raw number value; ok false when it is not a number.
func parseNumber(v string) (float64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// clean removes binary noise from a computed value (0.8469*100 =
// 84.69000000000001 becomes 84.69): 15 significant digits, as Excel keeps.
func clean(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// showNumber writes a number as an Indonesian user sees it: decimal
// comma, thousands dots when the format has them.
func showNumber(v float64, ribuan bool) string {
	s := strconv.FormatFloat(clean(v), 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	ip, fp, _ := strings.Cut(s, ".")
	if ribuan && len(ip) > 3 {
		var sb strings.Builder
		for i, r := range ip {
			if i > 0 && (len(ip)-i)%3 == 0 {
				sb.WriteByte('.')
			}
			sb.WriteRune(r)
		}
		ip = sb.String()
	}
	if fp != "" {
		ip += "," + fp
	}
	if neg {
		ip = "-" + ip
	}
	return ip
}

// numberText writes a number cell for a text column: dates as dates,
// percentages as percentages, other numbers plain ("1", "1.5", "2023"), so
// that a Kode typed as a number in one sheet matches the text in another.
func (b *reader) numberText(s *xlsx.Cell, v float64) string {
	f := b.format(s)
	switch {
	case f.Date:
		if t, ok := xlsx.SerialToDate(v, b.wb.Date1904()); ok {
			return kinerja.FormatTanggal(t)
		}
	case f.Percent:
		return showNumber(v*100, false) + "%"
	}
	return strconv.FormatFloat(clean(v), 'f', -1, 64)
}

// text reads a cell of a text column. Error values are reported (LK006)
// and kept as text.
func (b *reader) text(g *sheet, x xlsx.Content, key, columnSpec string) kinerja.Sel {
	out := kinerja.Sel{Ref: kinerja.Ref{Sheet: g.canonical, Cell: x.Ref}}
	jenis, v := b.rawValue(g, x.Cell)
	switch jenis {
	case 0:
	case 's':
		out.Teks = strings.TrimSpace(v)
	case 'n':
		if f, ok := parseNumber(v); ok {
			out.Teks = b.numberText(x.Cell, f)
		} else {
			out.Teks = strings.TrimSpace(v)
		}
	case 'b':
		out.Teks = boolText(v)
	case 'd':
		out.Teks = v
		if t, ok := xlsx.ISODate(v); ok {
			out.Teks = kinerja.FormatTanggal(t)
		}
	case 'L':
		b.reportLong(g, x, key, columnSpec) // and the text is not used
	case 'e', 'x':
		b.reportError(g, x, key, columnSpec, jenis, v)
		if jenis == 'e' {
			out.Teks = v
		}
	}
	return out
}

func boolText(v string) string {
	if v == "1" || strings.EqualFold(v, "true") {
		return "TRUE"
	}
	return "FALSE"
}

// isDash reports a lone dash, which Indonesian tables use for "nothing".
func isDash(s string) bool {
	switch strings.TrimSpace(s) {
	case "-", "–", "—", "--":
		return true
	}
	return false
}

// number reads a cell of a number column (target: a range is allowed).
func (b *reader) number(g *sheet, x xlsx.Content, key, columnSpec string, target bool) kinerja.Nilai {
	out := kinerja.Nilai{Ref: kinerja.Ref{Sheet: g.canonical, Cell: x.Ref}}
	at := out.Ref
	jenis, v := b.rawValue(g, x.Cell)
	switch jenis {
	case 0:
		return out
	case 'L':
		b.reportLong(g, x, key, columnSpec)
		return out
	case 'e', 'x':
		b.reportError(g, x, key, columnSpec, jenis, v)
		switch {
		case jenis == 'e':
			out.Teks = v
		case x.Cell.Formula != "":
			// Not empty: the formula is what the user sees in the cell.
			out.Teks = "=" + x.Cell.Formula
		default:
			out.Teks = "(rumus bersama)"
		}
		return out
	case 'n':
		f, ok := parseNumber(v)
		if !ok {
			out.Teks = v
			b.report("LK005", kinerja.Error, at, key, "%s berisi %q yang bukan angka; isi sel dengan angka, misalnya 7.500.000 atau 84,69", columnSpec, v)
			return out
		}
		fm := b.format(x.Cell)
		switch {
		case fm.Date:
			t, okT := xlsx.SerialToDate(f, b.wb.Date1904())
			out.Teks = showNumber(f, false)
			if okT {
				out.Teks = kinerja.FormatTanggal(t)
			}
			b.report("LK005", kinerja.Error, at, key,
				"%s berisi tanggal (%s), bukan angka — Excel sering mengubah ketikan seperti 1/2 atau 1-2 menjadi tanggal; ubah format sel menjadi Angka atau Umum (General) lalu ketik ulang angkanya",
				columnSpec, out.Teks)
			return out
		case fm.Percent:
			out.Angka, out.Satuan = clean(f*100), "%"
			out.Teks = showNumber(f*100, false) + "%"
		default:
			out.Angka = f
			out.Teks = showNumber(f, fm.Thousands)
		}
		out.Ada = true
		return out
	case 'b':
		out.Teks = boolText(v)
		b.report("LK005", kinerja.Error, at, key, "%s berisi nilai logika %s, bukan angka; isi sel dengan angka", columnSpec, out.Teks)
		return out
	case 'd':
		out.Teks = v
		b.report("LK005", kinerja.Error, at, key, "%s berisi tanggal %q, bukan angka; ubah format sel menjadi Angka lalu ketik ulang angkanya", columnSpec, v)
		return out
	}
	// Text: Indonesian notation.
	t := strings.TrimSpace(v)
	out.Teks = t
	if t == "" || isDash(t) {
		return out
	}
	var err error
	if target {
		out.Angka, out.Rentang, out.Satuan, err = kinerja.ParseTarget(t)
	} else {
		out.Angka, out.Satuan, err = kinerja.ParseAngka(t)
	}
	if err != nil {
		out.Angka, out.Rentang, out.Satuan = 0, nil, ""
		contoh := "7.500.000, 84,69, 84,69% atau 6 Desa"
		if target {
			contoh += ", atau rentang 80–90"
		}
		b.report("LK005", kinerja.Error, at, key, "%s: %v; tulis angka dengan cara Indonesia (contoh %s)", columnSpec, err, contoh)
		return out
	}
	out.Ada = true
	return out
}

// date reads a date cell: a date-formatted number, an ISO date cell or
// text (kinerja.ParseTanggal). ok is false for an empty cell or an invalid
// date (reported, LK008).
func (b *reader) date(g *sheet, x xlsx.Content, key, columnSpec string) (time.Time, string, bool) {
	at := kinerja.Ref{Sheet: g.canonical, Cell: x.Ref}
	jenis, v := b.rawValue(g, x.Cell)
	switch jenis {
	case 0:
		return time.Time{}, "", false
	case 'L':
		b.reportLong(g, x, key, columnSpec)
		return time.Time{}, "", false
	case 'e', 'x':
		b.reportError(g, x, key, columnSpec, jenis, v)
		return time.Time{}, v, false
	case 'n':
		f, ok := parseNumber(v)
		if ok && b.format(x.Cell).Date {
			if t, ok := xlsx.SerialToDate(f, b.wb.Date1904()); ok {
				return t, kinerja.FormatTanggal(t), true
			}
		}
		teks := strings.TrimSpace(v)
		if ok {
			teks = b.numberText(x.Cell, f)
		}
		b.report("LK008", kinerja.Error, at, key,
			"%s berisi angka %s, bukan tanggal; beri sel format tanggal, atau tulis tanggal sebagai teks seperti 30/06/2023 atau 30 Juni 2023", columnSpec, teks)
		return time.Time{}, teks, false
	case 'd':
		if t, ok := xlsx.ISODate(v); ok {
			return t, kinerja.FormatTanggal(t), true
		}
		b.report("LK008", kinerja.Error, at, key, "%s berisi tanggal %q yang tidak terbaca; tulis seperti 30/06/2023 atau 30 Juni 2023", columnSpec, v)
		return time.Time{}, v, false
	case 'b':
		v = boolText(v)
	}
	t := strings.TrimSpace(v)
	if t == "" {
		return time.Time{}, "", false
	}
	d, err := kinerja.ParseTanggal(t)
	if err != nil {
		saran := ""
		if !strings.Contains(err.Error(), "tulis") {
			saran = "; tulis tanggal yang ada, mis. 30/06/2023 atau 30 Juni 2023"
		}
		b.report("LK008", kinerja.Error, at, key, "%s: %v%s", columnSpec, err, saran)
		return time.Time{}, t, false
	}
	return d, t, true
}

// reportLong reports a text longer than Excel allows in a cell (LK005);
// the text is not used (no check or report spends time on it).
func (b *reader) reportLong(g *sheet, x xlsx.Content, key, columnSpec string) {
	b.report("LK005", kinerja.Error, kinerja.Ref{Sheet: g.canonical, Cell: x.Ref}, key,
		"%s berisi teks lebih dari %s karakter, di atas batas Excel untuk satu sel; persingkat isinya atau bagi ke beberapa baris",
		columnSpec, showNumber(xlsx.MaxCellText, true))
}

// reportUnevaluated ends the reading with one LK006 for the formulas
// without a value that were not evaluated beyond the first maxEvalShown.
func (b *reader) reportUnevaluated() {
	if n := b.unevaluated - maxEvalShown; n > 0 {
		b.report("LK006", kinerja.Error, kinerja.Ref{Sheet: b.unevaluatedFirst.Sheet}, "",
			"Selain %d rumus yang disebut satu per satu, masih ada %d sel lain berisi rumus yang belum punya nilai tersimpan dan tidak dihitung lapkin (yang pertama di %s); buka buku kerja di Excel atau LibreOffice, biarkan rumus dihitung, lalu simpan ulang",
			maxEvalShown, n, b.unevaluatedFirst.Cell)
	}
}

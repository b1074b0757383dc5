package kinerja

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Severity of a finding (docs/aturan.md).
type Severity int

const (
	Error Severity = iota
	Warning
	Info
)

func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Info:
		return "info"
	}
	return "error"
}

// Label is the Indonesian word shown in text output.
func (s Severity) Label() string {
	switch s {
	case Warning:
		return "PERINGATAN"
	case Info:
		return "INFO"
	}
	return "GALAT"
}

// MarshalJSON writes "error", "warning" or "info".
func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Severity) UnmarshalJSON(b []byte) error {
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	switch v {
	case "error":
		*s = Error
	case "warning":
		*s = Warning
	case "info":
		*s = Info
	default:
		return fmt.Errorf("unknown severity %q", v)
	}
	return nil
}

// Temuan (finding) is one problem in a workbook: which rule, how bad, where,
// for which indicator or kegiatan, and an Indonesian message that says what
// is wrong and what to do.
type Temuan struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Sheet    string   `json:"sheet"`
	Cell     string   `json:"cell"`
	Key      string   `json:"key"`
	Message  string   `json:"message"`
}

// Ref is the finding's place.
func (t Temuan) Ref() Ref { return Ref{Sheet: t.Sheet, Cell: t.Cell} }

// Baru makes a finding at a place.
func Baru(rule string, sev Severity, at Ref, key, format string, args ...any) Temuan {
	return Temuan{Rule: rule, Severity: sev, Sheet: at.Sheet, Cell: at.Cell, Key: key,
		Message: fmt.Sprintf(format, args...)}
}

// DaftarTemuan is a list of findings.
type DaftarTemuan []Temuan

// Count returns how many findings have the given severity.
func (ts DaftarTemuan) Count(s Severity) int {
	n := 0
	for _, t := range ts {
		if t.Severity == s {
			n++
		}
	}
	return n
}

// HasError reports whether any finding is an error.
func (ts DaftarTemuan) HasError() bool { return ts.Count(Error) > 0 }

// Sort orders findings errors first, then by sheet order, row, column and
// rule, so that output is stable and easy to follow.
func (ts DaftarTemuan) Sort() {
	sort.SliceStable(ts, func(i, j int) bool {
		a, b := ts[i], ts[j]
		if a.Severity != b.Severity {
			return a.Severity < b.Severity
		}
		if sa, sb := sheetOrder(a.Sheet), sheetOrder(b.Sheet); sa != sb {
			return sa < sb
		}
		if a.Sheet != b.Sheet {
			return a.Sheet < b.Sheet
		}
		ra, ca := splitCell(a.Cell)
		rb, cb := splitCell(b.Cell)
		if ra != rb {
			return ra < rb
		}
		if ca != cb {
			if len(ca) != len(cb) {
				return len(ca) < len(cb)
			}
			return ca < cb
		}
		return a.Rule < b.Rule
	})
}

// NamaAsli renames the sheets of the findings from their canonical names
// to the names they have in the workbook (Laporan.NamaLembar), so that a
// user of "Perjanjian Kinerja" or "TARGET" reads the name they know. Sort
// first: the order follows the canonical sheets.
func (ts DaftarTemuan) NamaAsli(nama map[string]string) {
	var ganti []string // "Target!", "Perjanjian Kinerja!", … for the messages' cell references
	for k, n := range nama {
		if n != "" && n != k {
			ganti = append(ganti, k+"!", n+"!")
		}
	}
	r := strings.NewReplacer(ganti...)
	for i := range ts {
		if n, ok := nama[ts[i].Sheet]; ok && n != "" {
			ts[i].Sheet = n
		}
		if len(ganti) > 0 {
			ts[i].Message = r.Replace(ts[i].Message)
		}
	}
}

var sheetOrderList = []string{"", SheetIdentitas, SheetTugas, SheetTarget, SheetRealisasi,
	SheetAnggaran, SheetStrategi, SheetAnalisis, SheetTindakLanjut, SheetTanggapan,
	SheetNarasi, SheetLibur}

func sheetOrder(s string) int {
	for i, n := range sheetOrderList {
		if n == s {
			return i
		}
	}
	return len(sheetOrderList)
}

// splitCell splits "AB12" into row 12 and column "AB"; a cell without a row
// (or a range) sorts by its first cell.
func splitCell(c string) (int, string) {
	col := ""
	row := 0
	for i, r := range c {
		if r >= 'A' && r <= 'Z' && row == 0 {
			col += string(r)
			continue
		}
		if r >= '0' && r <= '9' {
			row = row*10 + int(r-'0')
			continue
		}
		_ = i
		break
	}
	return row, col
}

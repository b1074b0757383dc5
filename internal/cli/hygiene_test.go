package cli

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// setTarget changes a cell of the Target sheet's row whose Kode is kode.
func setTarget(sheets []workbook.Sheet, kode string, col int, v any) []workbook.Sheet {
	for i := range sheets {
		if sheets[i].Nama != "Target" {
			continue
		}
		for _, r := range sheets[i].Baris {
			if r[0] == kode {
				r[col] = v
			}
		}
	}
	return sheets
}

func TestCSVText(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1+cmd|' /C calc'!A0":     "'+1+cmd|' /C calc'!A0",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\tx":                      "'\tx",
		// A carriage return is neutralised and shown as an escape.
		"\rx": `'\rx`,
		// ESC/OSC/BEL inside a cell cannot drive the terminal the CSV is
		// printed to; a line break (Alt+Enter) and a tab stay.
		"Dinas\x1b]0;judul\x07 Kesehatan": `Dinas\x1b]0;judul\a Kesehatan`,
		"=\x1b[2J":                        `'=\x1b[2J`,
		"baris 1\nbaris 2\tkolom":         "baris 1\nbaris 2\tkolom",
		"-5":                              "-5",
		"+3,5":                            "+3,5",
		"-12.5%":                          "-12.5%",
		"-inf":                            "'-inf",
		"Persentase ibu hamil":            "Persentase ibu hamil",
		"":                                "",
	} {
		if got := csvText(in); got != want {
			t.Errorf("csvText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"Dinas\x1b[2J Kesehatan":   `Dinas\x1b[2J Kesehatan`,
		"\x1b]0;judul\x07":         `\x1b]0;judul\a`,
		"abc\u202edcba":            `abc\u202edcba`,
		"Kecamatan Senduro – 100%": "Kecamatan Senduro – 100%",
	} {
		if got := visible(in); got != want {
			t.Errorf("visible(%q) = %q, want %q", in, got, want)
		}
	}
}

// Workbook text that is a formula for Excel, or an escape sequence for the
// terminal, comes out inert: neutralised in CSV, escaped in the table.
func TestSummaryOutputHygiene(t *testing.T) {
	dir := t.TempDir()
	sheets := setTarget(contoh.Bersih(), "K2", 2, "=HYPERLINK(\"http://contoh.invalid\",\"klik\")")
	sheets = setTarget(sheets, "K3", 2, "\x1b]0;dibajak\x07Rata-rata waktu tunggu")
	book := genBuku(t, dir, "jahat.xlsx", sheets)

	code, out, errs := runLapkin("summary", book, "--format", "csv", "--tanggal", "2024-10-04")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r[2] == "K2" && r[3] != "'=HYPERLINK(\"http://contoh.invalid\",\"klik\")" {
			t.Errorf("K2 indikator not neutralised: %q", r[3])
		}
	}
	// The workbook writer drops ESC and BEL (XML cannot hold them); the
	// table's cell text goes through truncate, which escapes them.
	code, out, _ = runLapkin("summary", book, "--tanggal", "2024-10-04")
	if code != ExitOK || strings.ContainsRune(out, '\x1b') || strings.ContainsRune(out, '\a') {
		t.Errorf("table: exit %d, control characters printed raw:\n%q", code, out)
	}
	if got := truncate("\x1b]0;dibajak\x07Rata-rata", 40); got != `\x1b]0;dibajak\aRata-rata` {
		t.Errorf("potong: %q", got)
	}
}

// Several files: one JSON object per line; CSV with a berkas column and
// one header; --csv-lokal with ";" and decimal commas; tercapai is ya /
// tidak / empty and the totals row has no count in it.
func TestSummarySeveral(t *testing.T) {
	dir := t.TempDir()
	a := genBuku(t, dir, "a.xlsx", genUbahIdentitas(contoh.Bersih(), "Unit Kerja", "Unit A"))
	b := genBuku(t, dir, "b.xlsx", genUbahIdentitas(contoh.Bersih(), "Unit Kerja", "Unit B"))

	code, out, errs := runLapkin("summary", a, b, "--format", "json", "--tanggal", "2024-10-04")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != ExitOK || len(lines) != 2 {
		t.Fatalf("json: exit %d, %d lines: %s", code, len(lines), errs)
	}
	for i, unit := range []string{"Unit A", "Unit B"} {
		var s struct {
			Versi string `json:"versi"`
			Unit  string `json:"unit"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &s); err != nil || s.Versi != "1.1" || s.Unit != unit {
			t.Errorf("line %d: %+v %v", i+1, s, err)
		}
	}

	code, out, _ = runLapkin("summary", a, b, "--format", "csv", "--csv-lokal", "--tanggal", "2024-10-04")
	// For Excel: a byte order mark first, or it reads the CSV as cp1252.
	out, ok := strings.CutPrefix(out, "\ufeff")
	if !ok {
		t.Errorf("--csv-lokal without a byte order mark: %.20q", out)
	}
	r := csv.NewReader(strings.NewReader(out))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil || code != ExitOK {
		t.Fatalf("csv: exit %d, %v\n%s", code, err, out)
	}
	// A header, then per workbook 6 indicators, 7 kegiatan and a total.
	if len(rows) != 1+2*14 || rows[0][0] != "berkas" || rows[0][1] != "jenis" {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, row := range rows[1:] {
		if row[0] != a && row[0] != b {
			t.Errorf("berkas %q", row[0])
		}
		switch row[col["jenis"]] {
		case "indikator":
			if v := row[col["tercapai"]]; v != "ya" && v != "tidak" && v != "" {
				t.Errorf("tercapai %q", v)
			}
		case "total":
			if v := row[col["tercapai"]]; v != "" {
				t.Errorf("total row tercapai %q, want empty", v)
			}
		}
		if strings.Contains(row[col["capaian"]], ".") {
			t.Errorf("decimal point with --csv-lokal: %q", row[col["capaian"]])
		}
	}
	// K1 at TW III (Non Kumulatif): realisasi TW III 76 of Target TW III
	// 75 is 101.333…%: "101,333…" with a decimal comma.
	for _, row := range rows[1:] {
		if row[col["kode"]] == "K1" && !strings.HasPrefix(row[col["capaian"]], "101,333") {
			t.Errorf("K1 capaian %q, want 101,333…", row[col["capaian"]])
		}
	}
}

// Text output is not wrapped when piped, and wrapped to the terminal's
// width on a terminal.
func TestValidateWrapsToTerminal(t *testing.T) {
	book := genBuku(t, t.TempDir(), "referensi.xlsx", contoh.Referensi())
	_, piped, _ := runLapkin("validate", book)
	ios := func(width int) string {
		_, out, _ := runTTYWidth(width, "validate", book)
		return out
	}
	longest := func(s string) int {
		n := 0
		for _, l := range strings.Split(s, "\n") {
			if !strings.HasPrefix(l, book) { // the file's name is not wrapped
				n = max(n, len([]rune(l)))
			}
		}
		return n
	}
	if longest(piped) <= 100 {
		t.Errorf("piped output wrapped at %d columns", longest(piped))
	}
	if w := longest(ios(90)); w > 90 {
		t.Errorf("90-column terminal: a line of %d columns", w)
	}
	if w := longest(ios(120)); w > 120 || w <= 100 {
		t.Errorf("120-column terminal: longest line %d", w)
	}
}

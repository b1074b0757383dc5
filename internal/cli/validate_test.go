package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// update rewrites golden files instead of comparing with them:
// go test ./internal/cli -run Golden -update. Other tests of internal/cli may use it.
var update = flag.Bool("update", false, "rewrite golden files")

// TestMain lets testscript run `lapkin` as a command of the test binary
// (the only TestMain of internal/cli; plain tests run as usual).
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"lapkin": func() { os.Exit(Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs testdata/script/*.txtar: lapkin's command line as a user
// sees it (output and exit status).
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:  "testdata/script",
		Cmds: scriptCmds,
		Setup: func(env *testscript.Env) error {
			// A fixed "today" is passed with --tanggal where it matters;
			// keep the environment free of the caller's settings.
			env.Setenv("SOURCE_DATE_EPOCH", "")
			return nil
		},
	})
}

// scriptCmds are the custom commands of the scripts.
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"mkbook": cmdMkbook,
}

// cmdMkbook writes an example workbook: mkbook NAME KIND. KIND is
// referensi (the reference report, with its mistakes), bersih (the clean
// example, TW III 2024), galat (bersih with a negative realisation: K1's
// TW III is -5, LK007 at Realisasi!D2) or peringatan (bersih with K1's TW IV
// filled: only a warning, LK018 at Realisasi!E2).
func cmdMkbook(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkbook NAME referensi|bersih|galat|peringatan")
	}
	sheets, err := contohBuku(args[1])
	ts.Check(err)
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	ts.Check(workbook.Write(f, sheets))
	ts.Check(f.Close())
}

func contohBuku(kind string) ([]workbook.Sheet, error) {
	switch kind {
	case "referensi":
		return contoh.Referensi(), nil
	case "bersih":
		return contoh.Bersih(), nil
	case "galat":
		return ubahSel(contoh.Bersih(), "Realisasi", 0, 3, -5)
	case "peringatan":
		return ubahSel(contoh.Bersih(), "Realisasi", 0, 4, 80)
	}
	return nil, fmt.Errorf("unknown workbook kind %q", kind)
}

// ubahSel sets one cell of a sheet's data rows (row and column from 0).
func ubahSel(sheets []workbook.Sheet, sheet string, row, col int, v any) ([]workbook.Sheet, error) {
	for i := range sheets {
		if sheets[i].Nama == sheet && row < len(sheets[i].Baris) && col < len(sheets[i].Baris[row]) {
			sheets[i].Baris[row][col] = v
			return sheets, nil
		}
	}
	return nil, fmt.Errorf("no cell %d,%d in sheet %s", row, col, sheet)
}

func runLapkin(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestValidateJSONShape(t *testing.T) {
	// No findings: "findings" is [] (never null), counts 0, keys as docs/json.md#validate.
	var b bytes.Buffer
	if err := writeValidationJSON(&b, "x.xlsx", nil); err != nil {
		t.Fatal(err)
	}
	want := `{"versi":"1.1","file":"x.xlsx","errors":0,"warnings":0,"infos":0,"findings":[]}` + "\n"
	if b.String() != want {
		t.Errorf("got %s want %s", b.String(), want)
	}

	b.Reset()
	ts := kinerja.DaftarTemuan{
		kinerja.Baru("LK005", kinerja.Error, kinerja.Ref{Sheet: "Realisasi", Cell: "C4"}, "IK2", "Sel berisi \"enam\" <bukan angka> & lainnya"),
		kinerja.Baru("LK013", kinerja.Info, kinerja.Ref{Sheet: "Target", Cell: "A3"}, "IK2", "info"),
	}
	if err := writeValidationJSON(&b, "a b.xlsx", ts); err != nil {
		t.Fatal(err)
	}
	if strings.Count(b.String(), "\n") != 1 {
		t.Errorf("want one line per file: %q", b.String())
	}
	want = `{"versi":"1.1","file":"a b.xlsx","errors":1,"warnings":0,"infos":1,"findings":[` +
		`{"rule":"LK005","severity":"error","sheet":"Realisasi","cell":"C4","key":"IK2","message":"Sel berisi \"enam\" <bukan angka> & lainnya"},` +
		`{"rule":"LK013","severity":"info","sheet":"Target","cell":"A3","key":"IK2","message":"info"}]}` + "\n"
	if b.String() != want {
		t.Errorf("got  %s\nwant %s", b.String(), want)
	}
	var back hasilValidasi
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || len(back.Findings) != 2 || back.Findings[0].Severity != kinerja.Error {
		t.Errorf("round trip: %v %+v", err, back)
	}
}

func TestValidateTextLayout(t *testing.T) {
	ts := kinerja.DaftarTemuan{
		kinerja.Baru("LK005", kinerja.Error, kinerja.Ref{Sheet: "Realisasi", Cell: "C4"}, "IK2",
			"%s", strings.Repeat("kata ", 40)+"akhir"),
		kinerja.Baru("LK002", kinerja.Warning, kinerja.Ref{Sheet: "Anggaran"}, "", "Lembar Anggaran tidak ada."),
	}
	var b bytes.Buffer
	writeValidationText(&b, "laporan.xlsx", ts, false, 100)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if lines[0] != "laporan.xlsx" {
		t.Errorf("heading: %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "  GALAT       LK005  Realisasi!C4  [IK2]  kata kata") {
		t.Errorf("first finding line: %q", lines[1])
	}
	for _, l := range lines {
		if n := len([]rune(l)); n > 100 {
			t.Errorf("line longer than %d: %q", 100, l)
		}
	}
	if !strings.HasPrefix(lines[2], indenLanjut+"kata") {
		t.Errorf("continuation line: %q", lines[2])
	}
	// A finding without key or cell.
	found := false
	for _, l := range lines {
		found = found || l == "  PERINGATAN  LK002  Anggaran  Lembar Anggaran tidak ada."
	}
	if !found {
		t.Errorf("warning line missing:\n%s", b.String())
	}
	if !strings.Contains(b.String(), "\n  Ringkasan: 1 galat, 1 peringatan, 0 info; perbaiki galat") {
		t.Errorf("closing count missing:\n%s", b.String())
	}

	b.Reset()
	writeValidationText(&b, "bersih.xlsx", nil, true, 100)
	if want := "bersih.xlsx\n  Tidak ada temuan.\n  Ringkasan: 0 galat, 0 peringatan, 0 info; laporan dapat dibuat dengan 'lapkin generate'.\n"; b.String() != want {
		t.Errorf("clean file:\n%s", b.String())
	}
}

func TestValidateRingkasanBerkas(t *testing.T) {
	cases := []struct {
		n, ok, bad, miss int
		strict           bool
		want             string
	}{
		{2, 1, 1, 0, false, "2 berkas diperiksa: 1 tanpa galat, 1 dengan galat"},
		{3, 1, 1, 1, false, "3 berkas diperiksa: 1 tanpa galat, 1 dengan galat, 1 tidak dapat dibuka"},
		{2, 0, 2, 0, true, "2 berkas diperiksa: 0 lolos, 2 tidak lolos (--strict: galat atau peringatan)"},
	}
	for _, c := range cases {
		if got := fileSummary(c.n, c.ok, c.bad, c.miss, c.strict); got != c.want {
			t.Errorf("got %q want %q", got, c.want)
		}
	}
}

func TestValidateFlags(t *testing.T) {
	for _, args := range [][]string{
		{"validate"},
		{"validate", "--format", "xml", "x.xlsx"},
		{"validate", "--triwulan", "5", "x.xlsx"},
		{"validate", "--efisiensi", "lain", "x.xlsx"},
		{"validate", "--tanggal", "kemarin", "x.xlsx"},
		{"validate", "--tidak-ada", "x.xlsx"},
		{"validate", "tidak-ada.xlsx"},
	} {
		code, out, errs := runLapkin(args...)
		if code != ExitUsage || out != "" || !strings.HasPrefix(errs, "lapkin: ") {
			t.Errorf("%v: exit %d (want 2), stdout %q, stderr %q", args, code, out, errs)
		}
	}
}

// TestValidateGolden pins validate's whole text output on the reference
// workbook (testdata/golden/validate-referensi.txt at the repository root;
// rewrite with go test ./internal/cli -run Golden -update), and checks that the
// clean example has no error finding.
func TestValidateGolden(t *testing.T) {
	golden, err := filepath.Abs("../../testdata/golden/validate-referensi.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, kind := range map[string]string{"referensi.xlsx": "referensi", "bersih.xlsx": "bersih"} {
		sheets, err := contohBuku(kind)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := workbook.Write(&b, sheets); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir) // file names in the output are as given

	// The golden file is the text for a 100-column terminal.
	code, out, errs := runTTY(true, false, "validate", "referensi.xlsx")
	if code != ExitData || errs != "" {
		t.Errorf("reference: exit %d (want 1), stderr %q", code, errs)
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/cli -run Golden -update)", err)
	}
	if out != strings.ReplaceAll(string(want), "\r\n", "\n") {
		t.Errorf("validate referensi.xlsx differs from %s (rerun with -update if the change is intended):\n%s", golden, out)
	}

	code, out, _ = runLapkin("validate", "--format", "json", "bersih.xlsx")
	var res hasilValidasi
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("clean example: %v: %s", err, out)
	}
	if code != ExitOK || res.Errors != 0 {
		t.Errorf("clean example: exit %d, %d errors: %+v", code, res.Errors, res.Findings)
	}
}

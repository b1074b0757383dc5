package hostile

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// Bounds for every case: the (300 MB peak RSS); the time bound is
// generous (every case measured well under 2 s on the reference machine)
// so that a busy machine does not make the test flaky.
const (
	maxRSS  = 300 << 20
	maxWall = 30 * time.Second
)

var lapkin string // the built binary

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "lapkin-hostile")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	lapkin = filepath.Join(dir, "lapkin")
	out, err := exec.Command("go", "build", "-o", lapkin, "../../cmd/lapkin").CombinedOutput()
	code := 2
	if err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
	} else {
		code = m.Run()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// base is the reference workbook, whose sheets are replaced by the cases.
func base(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := workbook.Write(&buf, contoh.Referensi()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// partOf returns the part name of a sheet of data.
func partOf(t *testing.T, data []byte, sheet string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := xlsx.OpenPackage(zr)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range pkg.Sheets() {
		if s.Name == sheet {
			return s.Path
		}
	}
	t.Fatalf("no sheet %s", sheet)
	return ""
}

// replace returns data with parts replaced (or added): name → writer of
// the new content, streamed into the zip so that parts of hundreds of MB
// need not be held in memory.
func replace(t *testing.T, data []byte, parts map[string]func(w io.Writer)) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	done := map[string]bool{}
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if gen, ok := parts[f.Name]; ok {
			gen(w)
			done[f.Name] = true
			continue
		}
		rc, _ := f.Open()
		io.Copy(w, rc)
		rc.Close()
	}
	for name, gen := range parts {
		if !done[name] {
			w, _ := zw.Create(name)
			gen(w)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func text(s string) func(w io.Writer) { return func(w io.Writer) { io.WriteString(w, s) } }

// repeat writes head, n times unit, tail.
func repeat(head, unit string, n int, tail string) func(w io.Writer) {
	return func(w io.Writer) {
		io.WriteString(w, head)
		chunk := strings.Repeat(unit, 4096)
		for ; n >= 4096; n -= 4096 {
			io.WriteString(w, chunk)
		}
		io.WriteString(w, strings.Repeat(unit, n))
		io.WriteString(w, tail)
	}
}

// sheetXML is a Realisasi sheet: header, one row for IK1 whose TW I cell
// (B2) holds cell, then extra rows.
func sheetXML(cell, extra, merges string) string {
	return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c><c r="B1" t="inlineStr"><is><t>TW I</t></is></c><c r="C1" t="inlineStr"><is><t>TW II</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>IK1</t></is></c>` + cell + `</row>` + extra +
		`</sheetData>` + merges + `</worksheet>`
}

type result struct {
	code     int
	stdout   string
	stderr   string
	rss      int64
	wall     time.Duration
	findings []finding
}

type finding struct {
	Rule    string `json:"rule"`
	Sheet   string `json:"sheet"`
	Cell    string `json:"cell"`
	Message string `json:"message"`
}

// run runs the binary on the workbook and checks the bounds and that no
// Go runtime failure shows.
func run(t *testing.T, data []byte, args ...string) result {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "serang.xlsx")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, p)
	cmd := exec.Command(lapkin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TMPDIR="+dir)
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	start := time.Now()
	err := cmd.Run()
	r := result{wall: time.Since(start), stdout: so.String(), stderr: se.String()}
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("%v: %v", args, err)
		}
	}
	r.code = cmd.ProcessState.ExitCode()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rss = ru.Maxrss << 10 // KiB on Linux
	}
	t.Logf("%s: exit %d, %v, peak RSS %d MiB (%d KiB file)", strings.Join(args[:len(args)-1], " "), r.code, r.wall.Round(time.Millisecond), r.rss>>20, len(data)>>10)
	all := r.stdout + r.stderr
	for _, bad := range []string{"fatal error", "panic", "goroutine "} {
		if strings.Contains(all, bad) {
			t.Fatalf("output contains %q:\n%.2000s", bad, all)
		}
	}
	if r.rss > maxRSS {
		t.Errorf("peak RSS %d MiB > %d MiB", r.rss>>20, maxRSS>>20)
	}
	if r.wall > maxWall {
		t.Errorf("took %v > %v", r.wall, maxWall)
	}
	if len(args) > 0 && args[0] == "validate" {
		for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			var obj struct {
				Findings []finding `json:"findings"`
			}
			if line != "" && json.Unmarshal([]byte(line), &obj) == nil {
				r.findings = append(r.findings, obj.Findings...)
			}
		}
	}
	// Nothing left in the temporary folder but the input.
	if ents, _ := os.ReadDir(dir); len(ents) > 1 && args[0] == "validate" {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("files left beside the input: %v", names)
	}
	return r
}

// want asserts a finding of rule at sheet!cell (cell "" for LK001) whose
// message contains text.
func (r result) want(t *testing.T, rule, sheet, cell, text string) {
	t.Helper()
	for _, f := range r.findings {
		if f.Rule == rule && f.Sheet == sheet && f.Cell == cell && strings.Contains(f.Message, text) {
			return
		}
	}
	t.Errorf("no %s at %s!%s containing %q; findings:\n%v\nstderr: %.500s", rule, sheet, cell, text, r.findings, r.stderr)
}

func validate(t *testing.T, data []byte) result {
	t.Helper()
	r := run(t, data, "validate", "--format", "json")
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	return r
}

// The rows of the hostile-workbook issue: each ends in a clear finding.
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs lapkin on large workbooks")
	}
	b := base(t)
	real := partOf(t, b, "Realisasi")
	withSheet := func(x func(w io.Writer)) []byte { return replace(t, b, map[string]func(io.Writer){real: x}) }

	t.Run("rantai rumus 200.000", func(t *testing.T) {
		// B2 refers to E200001, which refers to E200000 … down to E3 = 1,
		// none with a stored value: the chain is deeper than lapkin
		// follows, so B2 is LK006, not a stack overflow.
		var rows strings.Builder
		rows.WriteString(`<row r="3"><c r="E3"><v>1</v></c></row>`)
		for r := 4; r <= 200_001; r++ {
			fmt.Fprintf(&rows, `<row r="%d"><c r="E%d"><f>E%d+1</f></c></row>`, r, r, r-1)
		}
		data := withSheet(text(sheetXML(`<c r="B2"><f>E200001</f></c>`, rows.String(), "")))
		validate(t, data).want(t, "LK006", "Realisasi", "B2", "rantai")
	})
	for _, c := range []struct{ name, formula, why string }{
		{"ROMAN", `ROMAN(9E99)`, "fungsi ROMAN"},
		{"REPT", `LEN(REPT(REPT("x",32767),32767))`, "fungsi LEN"},
		{"MMULT", `SUM(MMULT(ROW(1:3000)*1,TRANSPOSE(ROW(1:3000))))`, "fungsi MMULT"},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := withSheet(text(sheetXML(`<c r="B2"><f>`+c.formula+`</f></c>`, "", "")))
			r := validate(t, data)
			r.want(t, "LK006", "Realisasi", "B2", c.why)
			r.want(t, "LK006", "Realisasi", "B2", "simpan ulang")
			for _, f := range r.findings {
				if f.Rule == "LK001" {
					t.Errorf("LK001 for a formula: %v", f)
				}
			}
		})
	}
	t.Run("12,5 juta sel kosong", func(t *testing.T) {
		data := withSheet(repeat(`<worksheet><sheetData><row r="1"><c r="A1"><f>1+1</f></c>`, `<c/>`, 12_500_000, `</row></sheetData></worksheet>`))
		validate(t, data).want(t, "LK001", "", "", "elemen XML")
	})
	t.Run("100.000 gabungan seluas lembar", func(t *testing.T) {
		data := withSheet(repeat(`<worksheet><sheetData/><mergeCells>`, `<mergeCell ref="A1:XFD1048576"/>`, 100_000, `</mergeCells></worksheet>`))
		validate(t, data).want(t, "LK001", "", "", "gabungan")
	})
	for _, n := range []int{25_000_000, 10_000_000} {
		// 25 million: over the size of a part; 10 million: the depth.
		why := "batas"
		if n < 25_000_000 {
			why = "bersarang"
		}
		t.Run(fmt.Sprintf("%d elemen bersarang di lembar", n), func(t *testing.T) {
			data := withSheet(repeat(`<worksheet><sheetData>`, `<x>`, n, ``))
			validate(t, data).want(t, "LK001", "", "", why)
		})
		t.Run(fmt.Sprintf("%d elemen bersarang di workbook.xml", n), func(t *testing.T) {
			data := replace(t, b, map[string]func(io.Writer){"xl/workbook.xml": repeat(`<workbook><sheets>`, `<x>`, n, ``)})
			validate(t, data).want(t, "LK001", "", "", why)
		})
	}
	t.Run("250 MB si kosong", func(t *testing.T) {
		data := replace(t, b, map[string]func(io.Writer){"xl/sharedStrings.xml": repeat(`<sst>`, `<si/>`, 50_000_000, `</sst>`)})
		validate(t, data).want(t, "LK001", "", "", "batas")
	})
	t.Run("60 MB si kosong", func(t *testing.T) {
		// Under the size of a part: the count of entries stops it.
		data := replace(t, b, map[string]func(io.Writer){"xl/sharedStrings.xml": repeat(`<sst>`, `<si/>`, 12_000_000, `</sst>`)})
		validate(t, data).want(t, "LK001", "", "", "batas lapkin")
	})
	t.Run("250 MB baris kosong", func(t *testing.T) {
		data := withSheet(repeat(`<worksheet><sheetData>`, `<row r="1"/>`, 20_000_000, `</sheetData></worksheet>`))
		validate(t, data).want(t, "LK001", "", "", "batas")
	})
	t.Run("60 MB baris kosong", func(t *testing.T) {
		data := withSheet(repeat(`<worksheet><sheetData>`, `<row r="1"/>`, 5_000_000, `</sheetData></worksheet>`))
		validate(t, data).want(t, "LK001", "", "", "elemen XML")
	})
	t.Run("teks 10 MB di satu sel", func(t *testing.T) {
		// Keterangan of IK1 (D2) holds 10 MB of text: LK005 at the cell;
		// generate refuses (an error), and with --draf makes a report of
		// the cut text, quickly and within the memory bound.
		huge := strings.Repeat("teks panjang ", 10<<20/13)
		data := withSheet(text(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c><c r="B1" t="inlineStr"><is><t>TW I</t></is></c><c r="C1" t="inlineStr"><is><t>TW II</t></is></c><c r="D1" t="inlineStr"><is><t>Keterangan</t></is></c></row>` +
			`<row r="2"><c r="A2" t="inlineStr"><is><t>IK1</t></is></c><c r="B2"><v>1</v></c><c r="D2" t="inlineStr"><is><t>` + huge + `</t></is></c></row></sheetData></worksheet>`))
		validate(t, data).want(t, "LK005", "Realisasi", "D2", "32.767")
		if r := run(t, data, "generate", "-o", "laporan.pdf"); r.code != 1 {
			t.Errorf("generate: exit %d, want 1", r.code)
		}
		if r := run(t, data, "generate", "--draf", "-o", "laporan.pdf"); r.code != 0 {
			t.Errorf("generate --draf: exit %d, want 0\n%.500s", r.code, r.stderr)
		}
	})
}

// A workbook with a logo on Identitas and 180 MB of other parts (within
// the unzip limits): the logo is read from the drawing alone, so the
// memory stays bounded (excelize's OpenReader would load every part),
// and the workbook is clean.
func TestLogoBesertaBagianBesar(t *testing.T) {
	if testing.Short() {
		t.Skip("large parts")
	}
	var buf bytes.Buffer
	if err := workbook.Write(&buf, contoh.Bersih()); err != nil {
		t.Fatal(err)
	}
	junk := map[string]func(io.Writer){}
	for i := 1; i <= 3; i++ {
		junk[fmt.Sprintf("xl/media/sampah%d.bin", i)] = repeat("", "\x00", 60<<20, "")
	}
	data := replace(t, buf.Bytes(), junk)
	r := run(t, data, "validate", "--format", "json")
	if r.code != 0 {
		t.Errorf("validate: exit %d\n%.1000s", r.code, r.stdout+r.stderr)
	}
	r = run(t, data, "generate", "-o", "laporan.pdf")
	if r.code != 0 {
		t.Errorf("generate: exit %d\n%.1000s", r.code, r.stderr)
	}
}

// An L-size legitimate workbook stays well inside every limit.
func TestUkuranL(t *testing.T) {
	if testing.Short() {
		t.Skip("L-size workbook")
	}
	data, err := contoh.SintetisXlsx(contoh.UkuranL, 1)
	if err != nil {
		t.Fatal(err)
	}
	r := run(t, data, "validate", "--format", "json")
	if r.code != 0 {
		t.Errorf("validate L: exit %d\n%.1000s", r.code, r.stdout+r.stderr)
	}
	r = run(t, data, "generate", "-o", "laporan.pdf")
	if r.code != 0 {
		t.Errorf("generate L: exit %d\n%.1000s", r.code, r.stdout+r.stderr)
	}
}

package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/internal/output/outputtest"
	"github.com/lapkin/lapkin/pkg/report"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// initBacaT reads a workbook written by init.
func initBacaT(t *testing.T, path string) {
	t.Helper()
	lap, ts, err := workbook.Read(path, workbook.Options{})
	if err != nil || lap == nil {
		t.Fatalf("%s is not a readable workbook: %v %v", path, err, ts)
	}
}

// initSisa fails on temporary files left in dir.
func initSisa(t *testing.T, dir string) {
	t.Helper()
	for _, n := range genDaftar(t, dir) {
		if strings.HasSuffix(n, ".tmp") {
			t.Errorf("temporary file left: %s", n)
		}
	}
}

func TestInitTidakMenimpa(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "laporan.xlsx")
	if err := os.WriteFile(p, []byte("data lama"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runLapkin("init", p)
	if code != ExitUsage || out != "" || !strings.Contains(errs, "sudah ada") || !strings.Contains(errs, "--force") {
		t.Errorf("existing file: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if b, _ := os.ReadFile(p); string(b) != "data lama" {
		t.Error("the existing file was changed")
	}
	code, out, errs = runLapkin("init", "--contoh", p)
	if code != ExitUsage || out != "" {
		t.Errorf("--contoh on an existing file: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, errs = runLapkin("init", "--force", p)
	if code != ExitOK || errs != "" || !strings.Contains(out, "ditulis: "+p) {
		t.Fatalf("--force: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	initBacaT(t, p)
	initSisa(t, dir)
}

func TestInitPesan(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "dua kata.xlsx")
	code, out, errs := runLapkin("init", p)
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	q := `"` + p + `"`
	for _, want := range []string{"Buku kerja templat ditulis: " + p, "lembar Petunjuk",
		"lapkin validate " + q, "lapkin generate " + q} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	p2 := filepath.Join(dir, "contoh.xlsx")
	code, out, _ = runLapkin("init", "--contoh", p2)
	if code != ExitOK || !strings.Contains(out, "Buku kerja contoh ditulis: "+p2) || !strings.Contains(out, "lapkin generate --draf "+p2) {
		t.Errorf("--contoh: exit %d, stdout:\n%s", code, out)
	}
}

func TestInitNama(t *testing.T) {
	dir := t.TempDir()
	// No extension: .xlsx is added.
	if code, _, errs := runLapkin("init", filepath.Join(dir, "laporan")); code != ExitOK {
		t.Fatalf("no extension: exit %d, %s", code, errs)
	}
	initBacaT(t, filepath.Join(dir, "laporan.xlsx"))
	for name, args := range map[string][]string{
		"xls":            {"init", filepath.Join(dir, "laporan.xls")},
		"folder":         {"init", dir},
		"missing folder": {"init", filepath.Join(dir, "tidak-ada", "x.xlsx")},
		"two files":      {"init", "a.xlsx", "b.xlsx"},
		"unknown flag":   {"init", "--paksa", filepath.Join(dir, "y.xlsx")},
	} {
		code, out, errs := runLapkin(args...)
		if code != ExitUsage || out != "" || errs == "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", name, code, out, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "laporan.xls")); err == nil {
		t.Error("an .xls file was written")
	}
	initSisa(t, dir)
}

// The example workbook gives a draft PDF, and the same figures as the
// reference data written as a plain workbook.
func TestInitContohGenerate(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "contoh.xlsx")
	if code, _, errs := runLapkin("init", "--contoh", p); code != ExitOK {
		t.Fatalf("init --contoh: exit %d: %s", code, errs)
	}
	pdf := filepath.Join(dir, "contoh.pdf")
	code, _, errs := runLapkin("generate", "--draf", "--tanggal", "2023-07-03", "-o", pdf, p)
	if code != ExitOK {
		t.Fatalf("generate --draf: exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) || len(b) < 10000 {
		t.Fatalf("no PDF: %v, %d bytes", err, len(b))
	}
	// Without --draf the reference data's errors refuse the report.
	if code, _, _ := runLapkin("generate", "-o", filepath.Join(dir, "x.pdf"), p); code != ExitData {
		t.Errorf("generate without --draf: exit %d, want %d", code, ExitData)
	}

	ref := genBuku(t, dir, "referensi.xlsx", contoh.Referensi())
	for _, args := range [][]string{{"--format", "json"}, {"--format", "json", "--efisiensi", "rasio"}, {"--format", "csv"}} {
		c1, s1, _ := runLapkin(append([]string{"summary", p}, args...)...)
		c2, s2, _ := runLapkin(append([]string{"summary", ref}, args...)...)
		if c1 != ExitOK || c2 != ExitOK || s1 != s2 || s1 == "" {
			t.Errorf("summary %v differs between init --contoh (exit %d) and the reference workbook (exit %d):\n%s\n---\n%s", args, c1, c2, s1, s2)
		}
	}
}

// The Narasi sheet offers the report's parts (report.DaftarBagian).
func TestInitBagianNarasi(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.xlsx")
	if code, _, errs := runLapkin("init", p); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dvs, err := f.GetDataValidations("Narasi")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, b := range report.DaftarBagian {
		want = append(want, b.Nama)
	}
	for _, dv := range dvs {
		if dv.Type == "list" && strings.HasPrefix(dv.Sqref, "A4:") {
			got := strings.Split(strings.Trim(dv.Formula1, `"`), ",")
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Narasi Bagian list %q, want %q", got, want)
			}
			return
		}
	}
	t.Errorf("no Bagian list on Narasi: %+v", dvs)
}

// init through a symbolic link writes the link's target (in another
// folder) and leaves the link; an existing target is kept without --force.
func TestInitSymlink(t *testing.T) {
	linkDir, realDir := t.TempDir(), t.TempDir()
	target := filepath.Join(realDir, "target.xlsx")
	link := filepath.Join(linkDir, "link.xlsx")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	cekLink := func(what string) {
		t.Helper()
		if st, err := os.Lstat(link); err != nil || st.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s: link.xlsx is no longer a symbolic link: %v %v", what, st, err)
		}
		if n := genDaftar(t, linkDir); len(n) != 1 {
			t.Errorf("%s: link folder holds %v", what, n)
		}
		initSisa(t, realDir)
	}
	code, out, errs := runLapkin("init", link)
	if code != ExitOK || !strings.Contains(out, "ditulis: "+link) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	initBacaT(t, target)
	cekLink("new target")

	if err := os.WriteFile(target, []byte("data lama"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = runLapkin("init", link)
	if code != ExitUsage || !strings.Contains(errs, "sudah ada") {
		t.Errorf("existing target: exit %d, %q", code, errs)
	}
	if b, _ := os.ReadFile(target); string(b) != "data lama" {
		t.Error("the existing target was changed without --force")
	}
	if code, _, errs = runLapkin("init", "--force", link); code != ExitOK {
		t.Fatalf("--force: exit %d, %q", code, errs)
	}
	initBacaT(t, target)
	cekLink("--force")
}

// A FIFO is refused before anything is opened: a workbook makes no sense
// in a pipe.
func TestInitFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipa.xlsx")
	genFIFO(t, fifo)
	for _, args := range [][]string{{"init", fifo}, {"init", "--force", fifo}} {
		code, out, errs := runLapkin(args...)
		if code != ExitUsage || out != "" || !strings.Contains(errs, "bukan berkas biasa") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", st, err)
	}
	initSisa(t, dir)
}

// OS errors are told in Indonesian, naming the file in the way.
func TestInitPesanOS(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "keep.pdf")
	os.WriteFile(keep, []byte("x"), 0o644)
	loop := filepath.Join(dir, "a.xlsx")
	os.Symlink(filepath.Join(dir, "b.xlsx"), loop)
	os.Symlink(loop, filepath.Join(dir, "b.xlsx"))
	for _, c := range []struct{ path, want string }{
		{filepath.Join(keep, "x.xlsx"), keep + " adalah berkas, bukan folder"},
		{filepath.Join(keep, "a", "x.xlsx"), keep + " adalah berkas, bukan folder"},
		{loop, "tautan simbolik yang berputar"},
	} {
		code, out, errs := runLapkin("init", c.path)
		if code != ExitUsage || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d, stderr %q lacks %q", c.path, code, errs, c.want)
		}
		outputtest.NoEnglish(t, c.path, errs)
	}
	if b, _ := os.ReadFile(keep); string(b) != "x" {
		t.Error("keep.pdf was changed")
	}
}

// init --contoh=bertingkat writes the hierarchical example: the same
// figures as the workbook of internal/contoh, and a clean report; an
// unknown --contoh value is a usage error.
func TestInitContohBertingkat(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "kabid.xlsx")
	if code, out, errs := runLapkin("init", "--contoh=bertingkat", p); code != ExitOK || !strings.Contains(out, "2 program, 5 kegiatan dan 12 sub kegiatan") {
		t.Fatalf("init --contoh=bertingkat: exit %d: %s %s", code, out, errs)
	}
	ref := genBuku(t, dir, "bertingkat.xlsx", contoh.Bertingkat())
	c1, s1, _ := runLapkin("summary", "--format", "json", p)
	c2, s2, _ := runLapkin("summary", "--format", "json", ref)
	if c1 != ExitOK || c2 != ExitOK || s1 != s2 || !strings.Contains(s1, `"tingkat": "sub_kegiatan"`) {
		t.Errorf("summary differs between init --contoh=bertingkat (exit %d) and the example (exit %d):\n%s\n---\n%s", c1, c2, s1, s2)
	}
	if code, _, _ := runLapkin("generate", "-o", filepath.Join(dir, "kabid.pdf"), p); code != ExitOK {
		t.Errorf("generate: exit %d, want %d (the example has no error)", code, ExitOK)
	}
	if code, _, errs := runLapkin("init", "--contoh=lain", filepath.Join(dir, "x.xlsx")); code != ExitUsage || !strings.Contains(errs, "bertingkat") {
		t.Errorf("--contoh=lain: exit %d: %s", code, errs)
	}
}

// init --contoh=tahunan writes the annual example ready for the annual
// report: its message names the next command, it has no error-level
// finding for the annual report, its figures are those of the example
// workbook of internal/contoh, and generate --jenis tahunan makes the PDF.
func TestInitContohTahunan(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "tahunan.xlsx")
	code, out, errs := runLapkin("init", "--contoh=tahunan", p)
	if code != ExitOK || !strings.Contains(out, "lapkin generate --jenis tahunan "+shellQuote(p)) {
		t.Fatalf("init --contoh=tahunan: exit %d, stdout lacks the next command: %s %s", code, out, errs)
	}
	code, out, _ = runLapkin("validate", "--jenis", "tahunan", "--format", "json", p)
	if code != ExitOK || !strings.Contains(out, `"errors":0,`) {
		t.Errorf("validate --jenis tahunan: exit %d: %s", code, out)
	}
	ref := genBuku(t, dir, "ref.xlsx", contoh.Tahunan())
	c1, s1, _ := runLapkin("summary", "--jenis", "tahunan", "--format", "json", p)
	c2, s2, _ := runLapkin("summary", "--jenis", "tahunan", "--format", "json", ref)
	// IK1's capaian from the example's hand-worked figures: 83,1 of 82.
	if c1 != ExitOK || c2 != ExitOK || s1 != s2 || !strings.Contains(s1, "101.34") {
		t.Errorf("summary differs between init --contoh=tahunan (exit %d) and the example (exit %d):\n%s\n---\n%s", c1, c2, s1, s2)
	}
	if _, out, _ := runLapkin("__complete", "init", "--contoh="); !strings.Contains(out, "tahunan\t") {
		t.Errorf("the shell completion of --contoh lacks tahunan: %q", out)
	}
	pdf := filepath.Join(dir, "tahunan.pdf")
	if code, _, errs := runLapkin("generate", "--jenis", "tahunan", "-o", pdf, p); code != ExitOK {
		t.Errorf("generate --jenis tahunan: exit %d: %s", code, errs)
	}
	if st, err := os.Stat(pdf); err != nil || st.Size() == 0 {
		t.Errorf("no PDF: %v", err)
	}
}

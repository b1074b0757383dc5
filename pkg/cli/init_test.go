package cli

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/lapkin/lapkin/pkg/contoh"
	"github.com/lapkin/lapkin/pkg/report"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// initBacaT reads a workbook written by init.
func initBacaT(t *testing.T, path string) {
	t.Helper()
	lap, ts, err := workbook.Baca(path, workbook.Options{})
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
	if code != ExitUsage {
		t.Errorf("--contoh on an existing file: exit %d, stderr %q", code, errs)
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

// initTulis never replaces a file that appeared after the first check,
// with hard links and without.
func TestInitTulisEksklusif(t *testing.T) {
	for _, tanpaLink := range []bool{false, true} {
		if tanpaLink {
			old := initLink
			initLink = func(string, string) error { return &os.LinkError{Op: "link", Err: syscall.ENOTSUP} }
			t.Cleanup(func() { initLink = old })
		}
		dir := t.TempDir()
		p := filepath.Join(dir, "a.xlsx")
		if err := os.WriteFile(p, []byte("milik orang lain"), 0o644); err != nil {
			t.Fatal(err)
		}
		err := initTulis(p, []byte("baru"), false)
		if !errors.Is(err, fs.ErrExist) {
			t.Errorf("tanpaLink=%v: existing file: err %v, want fs.ErrExist", tanpaLink, err)
		}
		if b, _ := os.ReadFile(p); string(b) != "milik orang lain" {
			t.Errorf("tanpaLink=%v: the existing file was replaced", tanpaLink)
		}
		q := filepath.Join(dir, "b.xlsx")
		if err := initTulis(q, []byte("baru"), false); err != nil {
			t.Fatalf("tanpaLink=%v: %v", tanpaLink, err)
		}
		if b, _ := os.ReadFile(q); string(b) != "baru" {
			t.Errorf("tanpaLink=%v: wrote %q", tanpaLink, b)
		}
		if st, _ := os.Stat(q); st == nil || st.Mode().Perm() != 0o644 {
			t.Errorf("tanpaLink=%v: mode %v", tanpaLink, st)
		}
		if err := initTulis(p, []byte("paksa"), true); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p); string(b) != "paksa" {
			t.Errorf("force: %q", b)
		}
		initSisa(t, dir)
		if n := len(genDaftar(t, dir)); n != 2 {
			t.Errorf("tanpaLink=%v: %d files in the folder, want 2: %v", tanpaLink, n, genDaftar(t, dir))
		}
	}
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

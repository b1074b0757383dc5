package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
)

// inputFolder makes a folder with two clean workbooks (units A and B), a
// subfolder with a third (C), a text file and an Excel lock file.
func inputFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	genBuku(t, dir, "a.xlsx", genUbahIdentitas(contoh.Bersih(), "Unit Kerja", "Unit A"))
	genBuku(t, dir, "B.XLSX", genUbahIdentitas(contoh.Bersih(), "Unit Kerja", "Unit B"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	genBuku(t, filepath.Join(dir, "sub"), "c.xlsx", genUbahIdentitas(contoh.Bersih(), "Unit Kerja", "Unit C"))
	os.WriteFile(filepath.Join(dir, "catatan.txt"), []byte("bukan buku kerja"), 0o644)
	// Excel's lock file: 165 bytes holding the user's name, not a zip.
	os.WriteFile(filepath.Join(dir, "~$a.xlsx"), []byte("\x0bKasi Kesmas"), 0o644)
	return dir
}

// A folder stands for its .xlsx files (any case), not its subfolders
// unless -r; the lock file is skipped with an LK030 info line and does not
// change the exit code.
func TestInputFolder(t *testing.T) {
	dir := inputFolder(t)
	out := t.TempDir()
	code, stdout, stderr := runLapkin("generate", dir, "--out-dir", out, "--tanggal", "2024-10-04")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := []string{
		filepath.Join(out, "LAPKIN_2024_TW3_Kabid_Kesmas_Unit_B.pdf"), // "B.XLSX" sorts before "a.xlsx"
		filepath.Join(out, "LAPKIN_2024_TW3_Kabid_Kesmas_Unit_A.pdf"),
	}
	if got := strings.Fields(stdout); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("stdout %q, want %q", got, want)
	}
	if !strings.Contains(stderr, "info LK030: "+filepath.Join(dir, "~$a.xlsx")+" adalah berkas kunci yang dibuat Excel selama a.xlsx dibuka") ||
		!strings.Contains(stderr, "2 laporan dibuat, 0 gagal") {
		t.Errorf("stderr:\n%s", stderr)
	}
	code, stdout, stderr = runLapkin("validate", "-r", dir, "--tanggal", "2024-10-04")
	if code != ExitOK || !strings.Contains(stdout, "3 berkas diperiksa") {
		t.Errorf("-r: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, filepath.Join(dir, "sub", "c.xlsx")) {
		t.Errorf("-r did not read the subfolder:\n%s", stdout)
	}
	empty := t.TempDir()
	if code, _, stderr := runLapkin("validate", empty); code != ExitUsage || !strings.Contains(stderr, "tidak berisi berkas buku kerja") {
		t.Errorf("empty folder: exit %d, %s", code, stderr)
	}
}

// A quoted pattern (as Windows' shells pass it) is expanded by lapkin; a
// pattern matching nothing is a missing file.
func TestInputPattern(t *testing.T) {
	dir := inputFolder(t)
	code, stdout, stderr := runLapkin("validate", "--format", "json", filepath.Join(dir, "*.xlsx"), "--tanggal", "2024-10-04")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// *.xlsx is case-sensitive here (as the shells on Linux): a.xlsx and
	// the lock file ~$a.xlsx match, the lock file is skipped.
	if n := strings.Count(stdout, "\n"); n != 1 || !strings.Contains(stdout, `"file":"`+filepath.Join(dir, "a.xlsx")+`"`) {
		t.Errorf("stdout (%d lines):\n%s", n, stdout)
	}
	if !strings.Contains(stderr, "LK030") {
		t.Errorf("no LK030 line:\n%s", stderr)
	}
	code, _, stderr = runLapkin("validate", filepath.Join(dir, "*.xls"))
	if code != ExitUsage || !strings.Contains(stderr, "tidak ada") {
		t.Errorf("no match: exit %d, %s", code, stderr)
	}
}

// Only lock files: nothing to do, exit 0.
func TestInputOnlyLockFiles(t *testing.T) {
	dir := t.TempDir()
	lock := filepath.Join(dir, ".~lock.laporan.xlsx#")
	os.WriteFile(lock, []byte("x"), 0o644)
	code, stdout, stderr := runLapkin("generate", lock, "--out-dir", dir)
	if code != ExitOK || stdout != "" || !strings.Contains(stderr, "dibuat LibreOffice selama laporan.xlsx dibuka") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

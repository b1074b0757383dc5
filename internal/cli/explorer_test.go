package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/internal/iostreams"
)

// fakeConsole is a console started by Explorer (own window) or not.
type fakeConsole bool

func (f fakeConsole) ownWindow() bool { return bool(f) }

func TestExplorerPlan(t *testing.T) {
	names := map[string]bool{"generate": true, "validate": true, "init": true}
	for _, c := range []struct {
		args []string
		want explorerAction
	}{
		{nil, actExplain},
		{[]string{`C:\Users\kasi\Documents\laporan.xlsx`}, actDropped},
		{[]string{`C:\data\a.xlsx`, `C:\data\b.xlsx`}, actDropped},
		{[]string{"generate", "laporan.xlsx"}, actCommand},
		{[]string{"--help"}, actCommand},
		{[]string{"init"}, actCommand},
	} {
		if got := explorerPlan(c.args, names); got != c.want {
			t.Errorf("explorerPlan(%q) = %d, want %d", c.args, got, c.want)
		}
	}
}

// runWindow runs lapkin as Explorer starts it (or not), with Enter typed.
func runWindow(own bool, args ...string) (code int, stdout, stderr string) {
	ios, in, out, errb := iostreams.Test()
	in.WriteString("\n")
	code = runMain(context.Background(), fakeConsole(own), args, ios)
	return code, out.String(), errb.String()
}

// Double-clicked with nothing: an explanation in Indonesian, then it
// waits for Enter (so the window does not vanish).
func TestExplorerDoubleClick(t *testing.T) {
	code, stdout, _ := runWindow(true)
	if code != ExitOK || !strings.Contains(stdout, "Seret buku kerja") || !strings.Contains(stdout, "lapkin init") ||
		!strings.HasSuffix(stdout, "Tekan Enter untuk menutup jendela ini.") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
	if strings.Contains(stdout, "This is a command line tool") {
		t.Error("cobra's English mousetrap text")
	}
	// From a terminal, nothing special: the root help's usage error.
	if code, stdout, _ := runWindow(false); code != ExitOK || strings.Contains(stdout, "Tekan Enter") {
		t.Errorf("terminal: exit %d:\n%s", code, stdout)
	}
}

// Workbooks dropped on the icon: each is checked, and a clean one gets
// its report beside it; one with errors gets its findings and no report.
func TestExplorerDropped(t *testing.T) {
	dir := t.TempDir()
	good := genBuku(t, dir, "bersih.xlsx", contoh.Bersih())
	bad := genBuku(t, dir, "referensi.xlsx", contoh.Referensi())
	code, stdout, stderr := runWindow(true, good, bad)
	if code != ExitData {
		t.Errorf("exit %d, want 1", code)
	}
	if _, err := os.Stat(filepath.Join(dir, "LAPKIN_2024_TW3_Kabid_Kesmas_Dinas_Kesehatan.pdf")); err != nil {
		t.Errorf("no report beside the clean workbook: %v\n%s\n%s", err, stdout, stderr)
	}
	if n := len(genDaftar(t, dir)); n != 3 {
		t.Errorf("%d files, want the two workbooks and one report: %v", n, genDaftar(t, dir))
	}
	for _, want := range []string{"== bersih.xlsx", "Laporan PDF sudah dibuat", "== referensi.xlsx", "GALAT", "Laporan belum dibuat", "Tekan Enter"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
}

// A workbook where the command belongs ("lapkin laporan.xlsx", from a
// terminal): the two commands that take it, quoted for this system's
// shell; a command or a flag is left to cobra.
func TestWorkbookAsCommand(t *testing.T) {
	code, stdout, stderr := runLapkin("Laporan Saya.xlsx")
	q := shellQuote("Laporan Saya.xlsx")
	if code != ExitUsage || stdout != "" || !strings.Contains(stderr, "buku kerja, bukan perintah") ||
		!strings.Contains(stderr, "lapkin validate "+q) || !strings.Contains(stderr, "lapkin generate "+q) {
		t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	if code, _, stderr := runLapkin("laporan.pdf"); code != ExitUsage || !strings.Contains(stderr, "perintah tidak dikenal") {
		t.Errorf("not a workbook: exit %d, %q", code, stderr)
	}
	if code, _, _ := runLapkin("--help"); code != ExitOK {
		t.Errorf("--help: exit %d", code)
	}
}

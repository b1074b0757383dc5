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

// runTTY runs lapkin with fake streams on which stdout and stderr look
// like a terminal (or not).
func runTTY(stdoutTTY, stderrTTY bool, args ...string) (code int, stdout, stderr string) {
	ios, _, out, errb := iostreams.Test()
	ios.SetStdoutTTY(stdoutTTY)
	ios.SetStderrTTY(stderrTTY)
	if stdoutTTY || stderrTTY {
		ios.SetTerminalWidth(100)
	}
	code = RunStreams(context.Background(), args, ios)
	return code, out.String(), errb.String()
}

// A PDF is never sent to a terminal: -o - on a terminal is refused before
// any work, with the command to use instead; piped it is written.
func TestGenerateStdoutTerminalRefused(t *testing.T) {
	book := genBuku(t, t.TempDir(), "laporan.xlsx", contoh.Bersih())
	code, stdout, stderr := runTTY(true, true, "generate", book, "-o", "-", "--tanggal", "2024-10-04")
	if code != ExitUsage || stdout != "" || !strings.Contains(stderr, "layar terminal") || !strings.Contains(stderr, "-o - > laporan.pdf") {
		t.Errorf("terminal: exit %d, stdout %d bytes, stderr %q", code, len(stdout), stderr)
	}
	code, stdout, _ = runTTY(false, true, "generate", book, "-o", "-", "--tanggal", "2024-10-04")
	if code != ExitOK || !strings.HasPrefix(stdout, "%PDF-") {
		t.Errorf("pipe: exit %d, stdout starts %q", code, shorten(stdout, 8))
	}
}

// The progress bar is drawn on a terminal for several inputs, and never
// when stderr is piped or for one input.
func TestGenerateProgressBar(t *testing.T) {
	in := t.TempDir()
	a := genBuku(t, in, "a.xlsx", genUbahIdentitas(contoh.Bersih(), "Unit Kerja", "Unit A"))
	b := genBuku(t, in, "b.xlsx", genUbahIdentitas(contoh.Bersih(), "Unit Kerja", "Unit B"))
	for _, c := range []struct {
		tty   bool
		files []string
		bar   bool
	}{
		{true, []string{a, b}, true},
		{false, []string{a, b}, false},
		{true, []string{a}, false},
	} {
		args := append([]string{"generate", "--out-dir", t.TempDir(), "--tanggal", "2024-10-04"}, c.files...)
		code, _, stderr := runTTY(false, c.tty, args...)
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		drawn := strings.Contains(stderr, "\r\033[K[") && strings.Contains(stderr, "] 2/2 ")
		if drawn != c.bar {
			t.Errorf("tty=%v, %d files: bar drawn %v, want %v\n%q", c.tty, len(c.files), drawn, c.bar, stderr)
		}
	}
}

// A symbolic link or FIFO planted at the generated name in a shared
// --out-dir is never followed or written into: the PDF goes beside it
// under the next free name, and the file the link points to is unchanged.
func TestGenerateOutDirPlantedName(t *testing.T) {
	book := genBuku(t, t.TempDir(), "laporan.xlsx", contoh.Bersih())
	out := t.TempDir()
	outside := filepath.Join(t.TempDir(), "milik-root.txt")
	if err := os.WriteFile(outside, []byte("jangan diubah"), 0o644); err != nil {
		t.Fatal(err)
	}
	const name = "LAPKIN_2024_TW3_Kabid_Kesmas_Dinas_Kesehatan"
	if err := os.Symlink(outside, filepath.Join(out, name+".pdf")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	genFIFO(t, filepath.Join(out, name+"_2.pdf"))
	code, stdout, stderr := runLapkin("generate", book, "--out-dir", out, "--tanggal", "2024-10-04")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := filepath.Join(out, name+"_3.pdf")
	if strings.TrimSpace(stdout) != want {
		t.Errorf("stdout %q, want %s", stdout, want)
	}
	if b, _ := os.ReadFile(want); !strings.HasPrefix(string(b), "%PDF-") {
		t.Errorf("%s is not the PDF", want)
	}
	if b, _ := os.ReadFile(outside); string(b) != "jangan diubah" {
		t.Errorf("the link's target was changed: %q", shorten(string(b), 20))
	}
	if strings.Count(stderr, "bukan berkas biasa") != 2 {
		t.Errorf("stderr does not say twice why the names were passed over:\n%s", stderr)
	}
}

// Ctrl-C is its own exit path: 130, not a usage error, and no PDF or
// temporary file is left in the output folder.
func TestGenerateInterrupted(t *testing.T) {
	book := genBuku(t, t.TempDir(), "laporan.xlsx", contoh.Bersih())
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ios, _, _, errb := iostreams.Test()
	code := RunStreams(ctx, []string{"generate", book, book, "--out-dir", out, "--tanggal", "2024-10-04"}, ios)
	if code != ExitInterrupted || !strings.Contains(errb.String(), "dibatalkan") {
		t.Errorf("exit %d, want %d: %s", code, ExitInterrupted, errb.String())
	}
	if got := genDaftar(t, out); len(got) != 0 {
		t.Errorf("left in the output folder: %v", got)
	}
}

// runTTYWidth runs lapkin with stdout on a fake terminal of width columns.
func runTTYWidth(width int, args ...string) (code int, stdout, stderr string) {
	ios, _, out, errb := iostreams.Test()
	ios.SetStdoutTTY(true)
	ios.SetTerminalWidth(width)
	code = RunStreams(context.Background(), args, ios)
	return code, out.String(), errb.String()
}

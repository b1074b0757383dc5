//go:build unix

package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lapkin/lapkin/internal/contoh"
)

// Ctrl-C on the real program: generate waits to write into a FIFO nobody
// reads; SIGINT ends it with exit 130 and "dibatalkan", and its private
// temporary folder (where excelize would put its files) is gone.
func TestSignalExit130(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "lapkin")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/lapkin").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	book := genBuku(t, dir, "laporan.xlsx", contoh.Bersih())
	fifo := filepath.Join(dir, "laporan.pdf")
	genFIFO(t, fifo)
	tmp := filepath.Join(dir, "tmp")
	os.Mkdir(tmp, 0o755)

	cmd := exec.Command(bin, "generate", book, "-o", fifo, "--tanggal", "2024-10-04")
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the program made its private temporary folder and is
	// waiting on the FIFO.
	deadline := time.Now().Add(20 * time.Second)
	for {
		es, _ := os.ReadDir(tmp)
		if len(es) > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("SIGINT did not stop generate")
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted {
		t.Errorf("exit: %v, want %d\n%s", err, ExitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "dibatalkan") {
		t.Errorf("stderr: %s", stderr.String())
	}
	if es, _ := os.ReadDir(tmp); len(es) != 0 {
		t.Errorf("left in TMPDIR: %v", es)
	}
}

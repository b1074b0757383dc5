//go:build unix

package cli

import (
	"bytes"
	"errors"
	"fmt"
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
// reads; SIGINT ends it with exit 130 and "dibatalkan", and nothing is
// left in its temporary folder (a private folder for excelize's files is
// made only when excelize opens a workbook, and removed).
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
	// Wait until the program is waiting on the FIFO: on Linux its wchan
	// says so (the open of a FIFO waits in wait_for_partner); elsewhere,
	// give it time to get there.
	waitFIFO(cmd.Process.Pid)
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

// waitFIFO waits until a thread of process pid waits to open a FIFO
// (Linux: its /proc wchan), at most 20 seconds; where /proc cannot tell,
// 2 seconds.
func waitFIFO(pid int) {
	task := fmt.Sprintf("/proc/%d/task", pid)
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		threads, err := os.ReadDir(task)
		if err != nil {
			time.Sleep(2 * time.Second)
			return
		}
		for _, th := range threads {
			b, _ := os.ReadFile(filepath.Join(task, th.Name(), "wchan"))
			if w := string(b); strings.Contains(w, "partner") || strings.Contains(w, "fifo") {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
}

package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/internal/output"
)

// TestGenerateBatchBounded: with many files and a slow disk, the workers
// do not run ahead of the writing: at most 2×jobs results exist at a time
// (memory does not grow with the number of files), and every file is still
// handled, in input order.
func TestGenerateBatchBounded(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	var paths []string
	for i := 1; i <= 14; i++ {
		sheets := contoh.Bersih()
		if i%5 == 0 {
			sheets = contoh.Referensi() // has errors: refused
		}
		sheets = genUbahIdentitas(sheets, "Unit Kerja", fmt.Sprintf("Unit %02d", i))
		paths = append(paths, genBuku(t, in, fmt.Sprintf("b%02d.xlsx", i), sheets))
	}
	var mu sync.Mutex
	now, peak := 0, 0
	inFlight = func(d int) {
		mu.Lock()
		now += d
		peak = max(peak, now)
		mu.Unlock()
	}
	restore := output.SetWriteFunc(func(f *os.File, data []byte) error {
		time.Sleep(15 * time.Millisecond) // a slow disk: the writer is the bottleneck
		_, err := f.Write(data)
		return err
	})
	defer func() { inFlight = func(int) {}; restore() }()

	args := append([]string{"generate", "--out-dir", out, "-j", "2", "--tanggal", "2024-10-04"}, paths...)
	code, stdout, stderr := runLapkin(args...)
	if code != ExitData {
		t.Errorf("exit %d, want 1 (some workbooks have errors)\n%s", code, stderr)
	}
	if peak > 4 {
		t.Errorf("%d results in flight at once; with -j 2 at most 4", peak)
	}
	if now != 0 {
		t.Errorf("%d results never written", now)
	}
	var want []string
	for i := 1; i <= 14; i++ {
		if i%5 != 0 {
			want = append(want, filepath.Join(out, fmt.Sprintf("LAPKIN_2024_TW3_Kabid_Kesmas_Unit_%02d.pdf", i)))
		}
	}
	if got := strings.Fields(stdout); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("stdout:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(stderr, "12 laporan dibuat, 2 gagal") {
		t.Errorf("closing line missing:\n%s", stderr)
	}
}

// gcPercent reads the current GOGC.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestGenerateGC: small workbooks let the collector run less often, for
// the command only; a large workbook, or GOGC set by the user, keeps it.
func TestGenerateGC(t *testing.T) {
	t.Setenv("GOGC", "") // restored after the test
	os.Unsetenv("GOGC")
	dir := t.TempDir()
	kecil := filepath.Join(dir, "kecil.xlsx")
	besar := filepath.Join(dir, "besar.xlsx")
	os.WriteFile(kecil, make([]byte, 12<<10), 0o644)
	os.WriteFile(besar, make([]byte, smallWorkbookGC+1), 0o644)
	awal := gcPercent()
	pulihkan := tuneGC([]string{kecil, kecil})
	if got := gcPercent(); got != 400 {
		t.Errorf("small workbooks: GOGC %d, want 400", got)
	}
	pulihkan()
	if got := gcPercent(); got != awal {
		t.Errorf("GOGC %d after the command, want %d again", got, awal)
	}
	tuneGC([]string{kecil, besar})()
	t.Setenv("GOGC", "100")
	pulihkan = tuneGC([]string{kecil})
	if got := gcPercent(); got != awal {
		t.Errorf("GOGC set by the user: changed to %d", got)
	}
	pulihkan()
	os.Unsetenv("GOGC")
	pulihkan = tuneGC([]string{kecil, besar})
	if got := gcPercent(); got != awal {
		t.Errorf("a large workbook: GOGC changed to %d", got)
	}
	pulihkan()
}

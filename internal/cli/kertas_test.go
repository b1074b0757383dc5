package cli

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
)

// generate --kertas F4 prints on 215 × 330 mm = 609,4 × 935,4 pt; another
// paper is a usage error.
func TestGenerateKertas(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	book := genBuku(t, in, "contoh.xlsx", contoh.Bersih())
	pdf := filepath.Join(out, "f4.pdf")
	code, _, stderr := runLapkin("generate", book, "-o", pdf, "--kertas", "F4")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	alat.Perlu(t, "pdfinfo")
	info, err := exec.Command("pdfinfo", "-f", "1", "-l", "99", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	sizes := regexp.MustCompile(`Page +\d+ size: +([0-9.]+) x ([0-9.]+) pts`).FindAllStringSubmatch(string(info), -1)
	if len(sizes) == 0 {
		t.Fatalf("pdfinfo: %s", info)
	}
	for i, m := range sizes {
		// 215 mm = 215 / 25,4 × 72 pt = 609,45; 330 mm = 935,43.
		if !strings.HasPrefix(m[1], "609.4") || !strings.HasPrefix(m[2], "935.4") {
			t.Errorf("page %d is %s × %s pt, want 609,4 × 935,4", i+1, m[1], m[2])
		}
	}
	code, _, stderr = runLapkin("generate", book, "-o", pdf, "--kertas", "Letter")
	if code != ExitUsage || !strings.Contains(stderr, "--kertas") {
		t.Errorf("--kertas Letter: exit %d\n%s", code, stderr)
	}
}

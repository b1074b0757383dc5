package cli

import (
	"errors"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
)

// generate --margin 4,3,3,3 sets the text 4 cm (113,4 pt) from the left
// edge of the pages after the cover; a margin below the official minimum,
// not a number or leaving too narrow a text block is a usage error and
// writes nothing.
func TestGenerateMargin(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	book := genBuku(t, in, "contoh.xlsx", contoh.Bersih())
	pdf := filepath.Join(out, "m.pdf")
	code, _, stderr := runLapkin("generate", book, "-o", pdf, "--margin", "4,3,3,3")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	alat.Perlu(t, "pdftotext")
	bbox, err := exec.Command("pdftotext", "-bbox", "-f", "2", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	minX := math.Inf(1)
	for _, m := range regexp.MustCompile(`<word xMin="([0-9.]+)"`).FindAllStringSubmatch(string(bbox), -1) {
		x, _ := strconv.ParseFloat(m[1], 64)
		minX = min(minX, x)
	}
	if want := 40 / 25.4 * 72; math.Abs(minX-want) > 0.2 {
		t.Errorf("text starts at %.1f pt from the left edge, want %.1f (4 cm)", minX, want)
	}

	for value, want := range map[string]string{
		"2,2,2,2":   "margin kiri 2 cm kurang dari 3 cm",
		"3;2;1,5;2": "margin kanan 1,5 cm kurang dari 2 cm",
		"3,2,2":     "harus berisi 4 angka",
		"3,2,x,2":   `margin kanan "x" bukan angka`,
		"6,2,4,2":   "menyisakan bidang teks 11 cm, kurang dari 12 cm",
		"3,10,2,2":  "menyisakan bidang teks 17,7 cm, kurang dari 20 cm",
	} {
		bad := filepath.Join(out, "salah.pdf")
		code, _, stderr := runLapkin("generate", book, "-o", bad, "--margin", value)
		if code != ExitUsage || !strings.Contains(stderr, "--margin") || !strings.Contains(stderr, want) {
			t.Errorf("--margin %s: exit %d, want %d and %q\n%s", value, code, ExitUsage, want, stderr)
		}
		if _, err := os.Stat(bad); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("--margin %s: %s written", value, bad)
		}
	}
}

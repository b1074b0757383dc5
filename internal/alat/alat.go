// Package alat ("tools") runs the external programs that tests and the
// test-data generator use, LibreOffice and poppler, when they are
// installed. A test that needs one (Perlu, "needs") skips with a message
// without it, unless LAPKIN_REQUIRE_TOOLS=1 (set by .ci/run), which turns
// the skip into a failure so that CI runs everything. Convert turns
// workbooks and documents into another format with LibreOffice, as a user
// saving them in Calc would (internal/gentestdata uses it too).
package alat

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// EnvRequire is the variable that turns missing-tool skips into failures.
const EnvRequire = "LAPKIN_REQUIRE_TOOLS"

// Perlu returns the path of the named program, or skips the test (fails it
// under LAPKIN_REQUIRE_TOOLS=1) when it is not installed.
func Perlu(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv(EnvRequire) == "1" {
		t.Fatalf("%s is required (%s=1) but not installed: run .ci/run or install it", name, EnvRequire)
	}
	t.Skipf("%s not installed: skipping (install it, or run .ci/run, to run this test)", name)
	return ""
}

// Convert converts files with LibreOffice (soffice headless, one run, in a
// private profile removed afterwards, so that a user's running LibreOffice
// neither interferes nor is touched) to format ("xlsx", "xls", "ods",
// "pdf" …) in outDir, as a user saving them in Calc would. It returns the
// converted files' paths in the order of inputs. soffice's own output
// goes to log (nil: discarded).
func Convert(soffice, format, outDir string, log io.Writer, inputs ...string) ([]string, error) {
	profile, err := os.MkdirTemp("", "lapkin-lo-profile")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(profile),
		"--headless", "--norestore", "--convert-to", format, "--outdir", outDir}
	cmd := exec.Command(soffice, append(args, inputs...)...)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err = cmd.Run()
	if log != nil {
		log.Write(out.Bytes())
	}
	if err != nil {
		return nil, fmt.Errorf("soffice: %v\n%s", err, out.Bytes())
	}
	var paths []string
	for _, in := range inputs {
		base := filepath.Base(in)
		p := filepath.Join(outDir, strings.TrimSuffix(base, filepath.Ext(base))+"."+format)
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("soffice wrote no %s\n%s", p, out.Bytes())
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// ConvertT is Convert for a test: soffice as Perlu finds it (the test
// skips without it), a temporary output folder, failure fatal.
func ConvertT(t testing.TB, format string, inputs ...string) []string {
	t.Helper()
	soffice := Perlu(t, "soffice")
	paths, err := Convert(soffice, format, t.TempDir(), nil, inputs...)
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

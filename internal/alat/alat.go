// Package alat lets tests use external tools (LibreOffice, poppler) when
// they are installed: without them such a test skips with a message, unless
// LAPKIN_REQUIRE_TOOLS=1 (set by .ci/run), which turns the skip into a
// failure so that CI runs everything.
package alat

import (
	"os"
	"os/exec"
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

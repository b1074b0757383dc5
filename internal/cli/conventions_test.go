package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// The command-line conventions of docs/cli.md: help and --version exit 0,
// completion scripts, and usage errors in Indonesian pointing at the
// command's own help.
func TestConventions(t *testing.T) {
	for _, c := range []struct {
		args      []string
		code      int
		stdout    string // a part of stdout
		stderr    string // a part of stderr
		notStderr string
	}{
		{[]string{"help"}, ExitOK, "Alur kerja: lapkin init", "", ""},
		{[]string{"help", "generate"}, ExitOK, "Cara pakai:\n  lapkin generate FILE...", "", ""},
		{[]string{"--version"}, ExitOK, "lapkin ", "", ""},
		{[]string{"-v"}, ExitOK, "lapkin ", "", ""},
		{[]string{"version"}, ExitOK, "tabel hari libur: 2023–2026", "", ""},
		{[]string{"completion", "bash"}, ExitOK, "bash completion", "", ""},
		{[]string{"completion", "powershell"}, ExitOK, "Register-ArgumentCompleter", "", ""},
		{[]string{"completion", "tcsh"}, ExitUsage, "", "tidak dikenal", ""},
		{[]string{"deadline", "extra"}, ExitUsage, "", "Jalankan 'lapkin deadline --help'", "'lapkin --help'"},
		{[]string{"generate", "-x", "a.xlsx"}, ExitUsage, "", "opsi singkat tidak dikenal: 'x' dalam -x\nJalankan 'lapkin generate --help'", " in -"},
		{[]string{"summary"}, ExitUsage, "", "Jalankan 'lapkin summary --help'", ""},
		{[]string{"--zz"}, ExitUsage, "", "Jalankan 'lapkin --help'", "lapkin lapkin"},
	} {
		code, stdout, stderr := runLapkin(c.args...)
		if code != c.code || !strings.Contains(stdout, c.stdout) || !strings.Contains(stderr, c.stderr) ||
			(c.notStderr != "" && strings.Contains(stderr, c.notStderr)) {
			t.Errorf("%v: exit %d (want %d)\nstdout %q\nstderr %q", c.args, code, c.code, shorten(stdout, 200), stderr)
		}
	}
}

func TestVersionJSON(t *testing.T) {
	code, stdout, _ := runLapkin("version", "--format", "json")
	var v map[string]any
	if err := json.Unmarshal([]byte(stdout), &v); err != nil || code != ExitOK {
		t.Fatalf("exit %d, %v: %q", code, err, stdout)
	}
	for _, k := range []string{"versi", "versi_program", "commit", "tanggal_build", "go", "tahun_libur", "platform"} {
		if _, ok := v[k]; !ok {
			t.Errorf("key %s missing: %s", k, stdout)
		}
	}
	if v["versi"] != "1.1" {
		t.Errorf("versi %v", v["versi"])
	}
}

func TestYearSpan(t *testing.T) {
	for want, ys := range map[string][]int{"2023–2026": {2023, 2024, 2025, 2026}, "2023, 2025": {2023, 2025}, "2024": {2024}, "kosong": nil} {
		if got := yearSpan(ys); got != want {
			t.Errorf("yearSpan(%v) = %q, want %q", ys, got, want)
		}
	}
}

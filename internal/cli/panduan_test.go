package cli

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/internal/iostreams"
)

// guideBlock is a fenced code block of docs/panduan.md.
type guideBlock struct {
	lang  string
	lines []string
	at    int // line number of the fence
}

func guideBlocks(t *testing.T) []guideBlock {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "docs", "panduan.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []guideBlock
	var cur *guideBlock
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trim := strings.TrimSpace(line)
		switch {
		case cur == nil && strings.HasPrefix(trim, "```"):
			cur = &guideBlock{lang: strings.TrimPrefix(trim, "```"), at: n}
		case cur != nil && trim == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.lines = append(cur.lines, line)
		}
	}
	return out
}

// shellWords splits a command line of the guide: words, "quoted words",
// and a final "> FILE".
func shellWords(s string) (args []string, redirect string) {
	re := regexp.MustCompile(`"[^"]*"|'[^']*'|\S+`)
	words := re.FindAllString(s, -1)
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == ">" && i+1 < len(words) {
			return args, words[i+1]
		}
		args = append(args, strings.Trim(w, `"'`))
	}
	return args, ""
}

// The user guide's commands, as a user types them (docs/panduan.md), so
// that they cannot rot: every command of an "sh" block is run in order in
// one folder (with a data folder of two units' workbooks, as in section
// 9); exit 0 or 1 (the example's findings, a deadline already past) are
// fine, exit 2 (an unknown command or flag, a missing file) is not. The
// lapkin commands inside the cron, systemd, Task Scheduler and batch
// examples are checked with --help: their command and flags must exist.
func TestPanduanCommands(t *testing.T) {
	blocks := guideBlocks(t)
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "data"), 0o755)
	genBuku(t, filepath.Join(dir, "data"), "dinkes.xlsx", contoh.Bersih())
	genBuku(t, filepath.Join(dir, "data"), "puskesmas.xlsx", genUbahIdentitas(contoh.Bersih(), "Unit Kerja", "Puskesmas Senduro"))
	t.Chdir(dir)

	run := func(args []string) (int, string, string) {
		ios, _, out, errb := iostreams.Test()
		code := RunStreams(context.Background(), args, ios)
		return code, out.String(), errb.String()
	}
	ran, checked := 0, 0
	lapkin := regexp.MustCompile(`(?:^|[\s/=])lapkin((?: +[^\s&|>]+)*)`)
	for _, b := range blocks {
		for _, line := range b.lines {
			line = strings.TrimSpace(line)
			if b.lang == "sh" {
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				args, redirect := shellWords(line)
				if args[0] != "lapkin" {
					t.Errorf("panduan.md:%d: %q is not a lapkin command", b.at, line)
					continue
				}
				code, stdout, stderr := run(args[1:])
				if code != ExitOK && code != ExitData || strings.Contains(stderr, "tidak dikenal") {
					t.Errorf("panduan.md:%d: %s: exit %d\n%s", b.at, line, code, stderr)
				}
				if redirect != "" {
					os.WriteFile(redirect, []byte(stdout), 0o644)
				}
				ran++
				continue
			}
			if b.lang == "text" {
				continue // shown output, not commands
			}
			for _, m := range lapkin.FindAllStringSubmatch(line, -1) {
				args := append(strings.Fields(m[1]), "--help")
				if code, _, stderr := run(args); code != ExitOK {
					t.Errorf("panduan.md:%d (%s): lapkin %s: exit %d\n%s", b.at, b.lang, m[1], code, stderr)
				}
				checked++
			}
		}
	}
	if ran < 10 || checked < 5 {
		t.Errorf("only %d commands run and %d checked: has the guide's format changed?", ran, checked)
	}
	// What section 9 says the batch leaves behind.
	if es, _ := os.ReadDir("hasil"); len(es) != 2 {
		t.Errorf("hasil holds %d files, want the two units' reports", len(es))
	}
	if b, _ := os.ReadFile("rekap.csv"); !strings.HasPrefix(string(b), "\ufeffberkas;jenis;") { // for Excel, a byte order mark
		t.Errorf("rekap.csv: %q", shorten(string(b), 40))
	}
}

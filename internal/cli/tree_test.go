package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/iostreams"
)

// A process builds only the command it runs (newRoot with only): every
// command's output — help, flag and argument errors, a run — must be what
// the tree of all commands gives.
func TestOneCommandTree(t *testing.T) {
	contoh := filepath.Join("..", "..", "testdata", "contoh.xlsx")
	extra := map[string][][]string{
		"version":  {{}, {"--format", "json"}, {"--format", "xml"}, {"x"}},
		"deadline": {{"--tahun", "2023", "--triwulan", "II"}, {"--tahun", "x"}},
		"validate": {{}, {contoh}, {contoh, "--format", "json"}, {"tidak-ada.xlsx"}},
		"summary":  {{contoh, "--format", "json"}, {contoh, "--format", "csv"}},
		"generate": {{}, {"tidak-ada.xlsx"}},
	}
	tried := 0
	for _, c := range commands {
		only := commandNamed([]string{c.name})
		if c.name == "completion" {
			if only != "" {
				t.Errorf("completion writes the whole tree, yet commandNamed gives %q", only)
			}
			continue
		}
		if only != c.name {
			t.Errorf("commandNamed(%q) = %q", c.name, only)
			continue
		}
		for _, rest := range append([][]string{{"--help"}, {"-h"}, {"--tidak-ada"}, {"-Z"}}, extra[c.name]...) {
			args := append([]string{c.name}, rest...)
			run := func(only string) string {
				var out, errb bytes.Buffer
				code := runTree(context.Background(), args, iostreams.New(strings.NewReader(""), &out, &errb), only)
				return out.String() + "\n--- stderr\n" + errb.String() + "\n--- exit " + string(rune('0'+code))
			}
			all, one := run(""), run(c.name)
			if all != one {
				t.Errorf("lapkin %s: with every command\n%s\nwith only %s\n%s", strings.Join(args, " "), all, c.name, one)
			}
			tried++
		}
	}
	if tried < 30 {
		t.Errorf("only %d command lines compared", tried)
	}
	// Not a command, a flag first, help and completion: the whole tree.
	for _, args := range [][]string{{}, {"-h"}, {"help", "generate"}, {"completion", "bash"}, {"genrate"}, {"laporan.xlsx"}} {
		if got := commandNamed(args); got != "" {
			t.Errorf("commandNamed(%q) = %q, want the whole tree", args, got)
		}
	}
}

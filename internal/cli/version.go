package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/lapkin/lapkin/pkg/kalender"
)

// Set at build time by the release (.goreleaser.yaml):
//
//	-ldflags "-X github.com/lapkin/lapkin/internal/cli.version=v1.2.3
//	          -X github.com/lapkin/lapkin/internal/cli.commit=abc1234
//	          -X github.com/lapkin/lapkin/internal/cli.date=2026-12-01T00:00:00Z"
//
// Otherwise the module version and the VCS stamp of the build info are
// used (go install, go build in a clone).
var (
	version = ""
	commit  = ""
	date    = ""
)

// buildInfo is what `lapkin version` prints.
type buildInfo struct {
	Versi         string `json:"versi"`
	Program       string `json:"versi_program"`
	Commit        string `json:"commit"`
	Tanggal       string `json:"tanggal_build"`
	Go            string `json:"go"`
	TahunLibur    []int  `json:"tahun_libur"`
	SistemOperasi string `json:"platform"`
}

// readGoBuildInfo is debug.ReadBuildInfo, which parses the build
// information anew on every call, once per process: every command reads
// the version when it builds the command tree, `lapkin version` twice more.
var readGoBuildInfo = sync.OnceValues(debug.ReadBuildInfo)

// programVersion is the program's version: the one stamped at build time,
// else the module's, else "dev".
func programVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := readGoBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func readBuildInfo() buildInfo {
	b := buildInfo{Versi: jsonVersi, Program: programVersion(), Commit: commit, Tanggal: date,
		Go: runtime.Version(), TahunLibur: kalender.TahunBawaan(),
		SistemOperasi: runtime.GOOS + "/" + runtime.GOARCH}
	if bi, ok := readGoBuildInfo(); ok {
		for _, s := range bi.Settings {
			switch {
			case s.Key == "vcs.revision" && b.Commit == "":
				b.Commit = s.Value
			case s.Key == "vcs.time" && b.Tanggal == "":
				b.Tanggal = s.Value
			}
		}
	}
	if len(b.Commit) > 12 {
		b.Commit = b.Commit[:12]
	}
	return b
}

func init() {
	register(func(e *env) *cobra.Command {
		var format string
		cmd := &cobra.Command{
			Use:   "version",
			Short: "tampilkan versi lapkin",
			Long: `Menampilkan versi lapkin, commit dan tanggal pembuatannya, versi Go, dan
tahun-tahun yang dimuat tabel hari liburnya (untuk batas pelaporan).
Sama dengan lapkin --version, yang hanya menampilkan baris pertama.`,
			Example: `  lapkin version
  lapkin version --format json`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				b := readBuildInfo()
				switch strings.ToLower(format) {
				case "json":
					return writeJSONLine(e.stdout, b)
				case "text":
				default:
					return usageErr("--format: %q tidak dikenal; pilih text atau json", format)
				}
				orUnknown := func(s string) string {
					if s == "" {
						return "tidak diketahui"
					}
					return s
				}
				fmt.Fprintf(e.stdout, "lapkin %s\n", b.Program)
				fmt.Fprintf(e.stdout, "commit:           %s\n", orUnknown(b.Commit))
				fmt.Fprintf(e.stdout, "tanggal build:    %s\n", orUnknown(b.Tanggal))
				fmt.Fprintf(e.stdout, "Go:               %s (%s)\n", b.Go, b.SistemOperasi)
				fmt.Fprintf(e.stdout, "tabel hari libur: %s\n", yearSpan(b.TahunLibur))
				return nil
			},
		}
		cmd.Flags().StringVar(&format, "format", "text", "`FORMAT` keluaran: text atau json")
		return cmd
	})
}

// yearSpan writes years as "2023–2026" when they follow each other, else
// as a list.
func yearSpan(ys []int) string {
	if len(ys) == 0 {
		return "kosong"
	}
	if ys[len(ys)-1]-ys[0] == len(ys)-1 {
		if len(ys) == 1 {
			return fmt.Sprint(ys[0])
		}
		return fmt.Sprintf("%d–%d", ys[0], ys[len(ys)-1])
	}
	s := make([]string, len(ys))
	for i, y := range ys {
		s[i] = fmt.Sprint(y)
	}
	return strings.Join(s, ", ")
}

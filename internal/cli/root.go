// Package cli is lapkin's command line: one file per command, each with an
// options struct and a run function. It is the only package that prints.
package cli

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Exit codes (SPEC §1).
const (
	ExitOK    = 0 // success
	ExitData  = 1 // the data has errors, or a workbook cannot be read (LK001)
	ExitUsage = 2 // the command could not run: bad flags, file missing, output not writable
)

// exitError carries an exit code and a message already in Indonesian.
type exitError struct {
	code int
	msg  string // printed on stderr when not empty
}

func (e *exitError) Error() string { return e.msg }

// usageErr makes an exit-2 error: the command could not run.
func usageErr(format string, args ...any) error {
	return &exitError{code: ExitUsage, msg: fmt.Sprintf(format, args...)}
}

// dataErr makes an exit-1 error: the data has errors.
func dataErr(format string, args ...any) error {
	return &exitError{code: ExitData, msg: fmt.Sprintf(format, args...)}
}

// silentExit ends with a code after the command printed what it had to.
func silentExit(code int) error { return &exitError{code: code} }

// env is what every command gets: its streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// Run executes lapkin with args (without the program name) and returns the
// exit code. It never panics: a panic is reported as an internal error.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "lapkin: kesalahan internal: %v\nMohon laporkan kepada pengembang beserta berkas yang diproses.\n", r)
			code = ExitUsage
		}
	}()
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRoot(e)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var xe *exitError
	if errors.As(err, &xe) {
		if xe.msg != "" {
			fmt.Fprintln(stderr, "lapkin: "+xe.msg)
		}
		return xe.code
	}
	// Cobra's own errors: unknown command or flag, wrong number of args.
	fmt.Fprintln(stderr, "lapkin: "+terjemahCobra(err.Error()))
	fmt.Fprintln(stderr, "Jalankan 'lapkin --help' untuk melihat cara pakai.")
	return ExitUsage
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "lapkin",
		Short: "Laporan Kinerja Triwulanan dari buku kerja Excel",
		Long: `lapkin menyusun Laporan Kinerja Triwulanan (PDF) dari satu buku kerja Excel,
dan memeriksa data di dalamnya sebelum laporan dibuat.

Alur kerja: lapkin init → isi buku kerja → lapkin validate → lapkin generate`,
		SilenceUsage:      true,
		SilenceErrors:     true,
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErr("%s\nJalankan 'lapkin %s --help' untuk melihat cara pakai.",
			terjemahCobra(err.Error()), c.Name())
	})
	root.SetHelpCommand(&cobra.Command{Hidden: true, Use: "no-help"})
	root.PersistentFlags().BoolP("help", "h", false, "tampilkan bantuan")
	root.SetUsageTemplate(usageTemplate)
	root.SetHelpTemplate(helpTemplate)
	for _, add := range commands {
		root.AddCommand(add(e))
	}
	return root
}

// commands is filled by each command's file (init functions), so that
// adding a command touches only its own file.
var commands []func(*env) *cobra.Command

func register(f func(*env) *cobra.Command) { commands = append(commands, f) }

// terjemahCobra turns cobra's English errors into Indonesian.
func terjemahCobra(s string) string {
	r := strings.NewReplacer(
		"unknown command", "perintah tidak dikenal",
		"unknown shorthand flag", "opsi singkat tidak dikenal",
		"unknown flag", "opsi tidak dikenal",
		"flag needs an argument", "opsi memerlukan nilai",
		"invalid argument", "nilai tidak sah",
		"for flag", "untuk opsi",
		"accepts", "menerima",
		"arg(s), received", "argumen, diberikan",
		"requires at least", "memerlukan paling sedikit",
	)
	return reFor.ReplaceAllString(r.Replace(s), `untuk "$1"`)
}

var reFor = regexp.MustCompile(`for "([^"]*)"`)

func init() {
	// Help texts in Indonesian: pflag's "(default x)" and cobra's "[flags]".
	cobra.AddTemplateFunc("opsiID", func(fs *pflag.FlagSet) string {
		return strings.ReplaceAll(strings.TrimRight(fs.FlagUsages(), " \n"), "(default ", "(bawaan ")
	})
	cobra.AddTemplateFunc("useLineID", func(c *cobra.Command) string {
		return strings.Replace(c.UseLine(), "[flags]", "[opsi]", 1)
	})
}

// version is set at build time with -ldflags "-X .../internal/cli.version=v1.2.3";
// otherwise the module version from the build info is used.
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func init() {
	register(func(e *env) *cobra.Command {
		return &cobra.Command{
			Use:   "version",
			Short: "tampilkan versi lapkin",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				fmt.Fprintf(e.stdout, "lapkin %s\n", versionString())
				return nil
			},
		}
	})
}

const usageTemplate = `Cara pakai:{{if .Runnable}}
  {{useLineID .}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [perintah]{{end}}{{if gt (len .Aliases) 0}}

Alias:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Contoh:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Perintah:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Opsi:
{{opsiID .LocalFlags}}{{end}}{{if .HasAvailableInheritedFlags}}

Opsi umum:
{{opsiID .InheritedFlags}}{{end}}{{if .HasAvailableSubCommands}}

Jalankan "{{.CommandPath}} [perintah] --help" untuk keterangan tiap perintah.{{end}}`

// helpTemplate is cobra's, ending with a newline.
const helpTemplate = `{{with (or .Long .Short)}}{{. | trimTrailingWhitespaces}}

{{end}}{{if or .Runnable .HasSubCommands}}{{.UsageString}}{{end}}
`

// Package cli is lapkin's command line: one file per command, each with an
// options struct and a run function. It is the only package that prints.
package cli

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/lapkin/lapkin/internal/iostreams"
)

// env is what every command gets: its streams and the context that
// Ctrl-C (SIGINT) and SIGTERM cancel.
type env struct {
	ctx            context.Context
	ios            *iostreams.IOStreams
	stdin          io.Reader
	stdout, stderr io.Writer
}

func (e *env) context() context.Context {
	if e.ctx == nil {
		return context.Background()
	}
	return e.ctx
}

// Run executes lapkin with args (without the program name) and returns the
// exit code. Streams that are files of the OS are checked for being a
// terminal. It never panics: a panic is reported as an internal error.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return RunStreams(context.Background(), args, iostreams.New(stdin, stdout, stderr))
}

// RunStreams executes lapkin with args on the given streams; cancelling
// ctx (the program's main does it on SIGINT and SIGTERM) stops the command
// with exit code 130.
func RunStreams(ctx context.Context, args []string, ios *iostreams.IOStreams) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(ios.ErrOut, "lapkin: kesalahan internal: %v\nMohon laporkan kepada pengembang beserta berkas yang diproses.\n", r)
			code = ExitUsage
		}
	}()
	e := &env{ctx: ctx, ios: ios, stdin: ios.In, stdout: ios.Out, stderr: ios.ErrOut}
	root := newRoot(e)
	root.SetArgs(args)
	return exitCode(e, root.Execute())
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

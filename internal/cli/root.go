// Package cli is lapkin's command line: one file per command, each with an
// options struct and a run function. It is the only package that prints.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

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
	if msg := workbookAsCommand(root, args); msg != "" {
		fmt.Fprintln(ios.ErrOut, "lapkin: "+msg)
		return ExitUsage
	}
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	return exitCode(e, cmd, err)
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
		return usageErr("%s\n%s", translateCobra(err.Error()), helpHint(c))
	})
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [perintah]",
		Short: "tampilkan bantuan sebuah perintah",
		Long:  "Menampilkan bantuan lapkin, atau bantuan perintah yang disebut (mis. lapkin help generate).",
		Run: func(c *cobra.Command, args []string) {
			cmd, _, err := c.Root().Find(args)
			if cmd == nil || err != nil {
				cmd = c.Root()
			}
			cmd.InitDefaultHelpFlag()
			cmd.Help()
		},
	})
	root.PersistentFlags().BoolP("help", "h", false, "tampilkan bantuan")
	root.Version = programVersion()
	root.Flags().BoolP("version", "v", false, "tampilkan versi lapkin")
	root.SetVersionTemplate("{{printf \"lapkin %s\\n\" .Version}}")
	root.SetUsageTemplate(usageTemplate)
	root.SetHelpTemplate(helpTemplate)
	for _, add := range commands {
		c := add(e)
		if args := c.Args; args != nil {
			// A wrong number of arguments points at the command's own help.
			c.Args = func(cmd *cobra.Command, a []string) error {
				err := args(cmd, a)
				var xe *exitError
				if errors.As(err, &xe) && xe.code == ExitUsage {
					return usageErr("%s\n%s", xe.msg, helpHint(cmd))
				}
				if err != nil {
					return usageErr("%s\n%s", translateCobra(err.Error()), helpHint(cmd))
				}
				return nil
			}
		}
		root.AddCommand(c)
	}
	return root
}

// helpHint is the line that points at a command's own help.
func helpHint(c *cobra.Command) string {
	return fmt.Sprintf("Jalankan '%s --help' untuk melihat cara pakai.", c.CommandPath())
}

// commands is filled by each command's file (init functions), so that
// adding a command touches only its own file.
var commands []func(*env) *cobra.Command

func register(f func(*env) *cobra.Command) { commands = append(commands, f) }

// translateCobra turns cobra's English errors into Indonesian.
func translateCobra(s string) string {
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
		"' in -", "' dalam -",
	)
	return reFor().ReplaceAllString(r.Replace(s), `untuk "$1"`)
}

// reFor is compiled when a cobra error is translated, not in every
// process.
var reFor = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`for "([^"]*)"`) })

func init() {
	// Started from Explorer, lapkin explains itself and waits for Enter
	// (explorer.go); cobra's English "This is a command line tool" notice,
	// which ends the program, must not come first.
	cobra.MousetrapHelpText = ""
	// Help texts in Indonesian: pflag's "(default x)" and cobra's "[flags]".
	cobra.AddTemplateFunc("flagUsagesID", func(fs *pflag.FlagSet) string {
		return strings.ReplaceAll(strings.TrimRight(fs.FlagUsages(), " \n"), "(default ", "(bawaan ")
	})
	cobra.AddTemplateFunc("useLineID", func(c *cobra.Command) string {
		return strings.Replace(c.UseLine(), "[flags]", "[opsi]", 1)
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
{{flagUsagesID .LocalFlags}}{{end}}{{if .HasAvailableInheritedFlags}}

Opsi umum:
{{flagUsagesID .InheritedFlags}}{{end}}{{if .HasAvailableSubCommands}}

Jalankan "{{.CommandPath}} [perintah] --help" untuk keterangan tiap perintah.{{end}}`

// helpTemplate is cobra's, ending with a newline.
const helpTemplate = `{{with (or .Long .Short)}}{{. | trimTrailingWhitespaces}}

{{end}}{{if or .Runnable .HasSubCommands}}{{.UsageString}}{{end}}
`

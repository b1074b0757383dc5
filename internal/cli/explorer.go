package cli

import (
	"bufio"
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lapkin/lapkin/internal/iostreams"
)

// Started from Explorer (docs/cli.md, "Windows without a terminal"): a
// Windows user double-clicks lapkin.exe, or drops workbooks on its icon.
// Windows then gives the program a console window of its own that closes
// the moment the program ends. lapkin notices (console.ownWindow) and,
// instead of a command line's terse output, checks and makes the report
// of each dropped workbook beside it, explains what it did in Indonesian,
// and waits for Enter before the window closes.

// console tells how the program's console came to be.
type console interface {
	// ownWindow reports a console window made for this process alone: on
	// Windows, a console whose process list holds only this process
	// (GetConsoleProcessList == 1), as when Explorer starts a program. A
	// program started from cmd.exe or PowerShell shares its console with
	// the shell. Elsewhere, never.
	ownWindow() bool
}

// systemConsole is the operating system's console (console_windows.go,
// console_other.go); tests use a fake.
var systemConsole console = osConsole{}

// explorerAction is what lapkin does when started with a window of its
// own.
type explorerAction int

const (
	// actCommand: the arguments are a command line (a shortcut's target
	// "lapkin.exe generate …"): run it, then wait for Enter.
	actCommand explorerAction = iota
	// actExplain: double-clicked with nothing: explain how to use it.
	actExplain
	// actDropped: workbooks dropped on the icon: validate and generate
	// each beside itself.
	actDropped
)

// explorerPlan decides from the arguments what to do when started with a
// window of one's own. Explorer passes dropped files as full paths; a
// command name or a flag first means a command line.
func explorerPlan(args []string, commandNames map[string]bool) explorerAction {
	switch {
	case len(args) == 0:
		return actExplain
	case strings.HasPrefix(args[0], "-") || commandNames[args[0]]:
		return actCommand
	}
	return actDropped
}

// explainText is shown when lapkin.exe is double-clicked with nothing.
const explainText = `lapkin — Laporan Kinerja Triwulanan dari buku kerja Excel

Program ini dijalankan dari Command Prompt atau PowerShell, atau dengan
menyeret (drag-and-drop) buku kerja .xlsx ke ikon lapkin.exe:

  • Seret buku kerja laporan Anda ke ikon lapkin.exe: lapkin memeriksa
    isinya lalu membuat laporan PDF di folder yang sama dengan buku
    kerjanya.
  • Belum punya buku kerja? Buka Command Prompt di folder ini dan jalankan
        lapkin init laporan.xlsx
    lalu isi laporan.xlsx di Excel (baca lembar Petunjuk).
  • Semua perintah: lapkin --help; panduan lengkap: docs/panduan.md.
`

// runExplorer runs lapkin for a user who started it from Explorer, and
// waits for Enter before returning (the window closes then).
func runExplorer(ctx context.Context, args []string, ios *iostreams.IOStreams) int {
	names := map[string]bool{"help": true, "completion": true}
	for _, c := range newRoot(&env{ios: ios, stdin: ios.In, stdout: ios.Out, stderr: ios.ErrOut}).Commands() {
		names[c.Name()] = true
	}
	code := ExitOK
	switch explorerPlan(args, names) {
	case actExplain:
		fmt.Fprint(ios.Out, explainText)
	case actCommand:
		code = RunStreams(ctx, args, ios)
	case actDropped:
		code = runDropped(ctx, args, ios)
	}
	fmt.Fprint(ios.Out, "\nTekan Enter untuk menutup jendela ini.")
	bufio.NewReader(ios.In).ReadString('\n')
	return code
}

// workbookAsCommand answers a command line whose first word is a
// workbook instead of a command ("lapkin laporan.xlsx": a path dragged
// into a Command Prompt window, or a habit from programs that open what
// they are given) with the commands that check it and make its report;
// "" when the first word is a command, a flag or no workbook.
func workbookAsCommand(root *cobra.Command, args []string) string {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return ""
	}
	switch strings.ToLower(filepath.Ext(args[0])) {
	case ".xlsx", ".xlsm", ".xls":
	default:
		return ""
	}
	for _, c := range root.Commands() {
		if c.Name() == args[0] || c.HasAlias(args[0]) {
			return ""
		}
	}
	q := shellQuote(args[0])
	return fmt.Sprintf("%s adalah buku kerja, bukan perintah. Tulis perintahnya lebih dulu:\n"+
		"  lapkin validate %s   (memeriksa isinya)\n"+
		"  lapkin generate %s   (membuat laporan PDF)\n"+
		"Jalankan 'lapkin --help' untuk melihat cara pakai.", args[0], q, q)
}

// runDropped checks each dropped workbook and makes its report beside
// it: a workbook with errors gets no report, and its findings are shown
// with what to do.
func runDropped(ctx context.Context, paths []string, ios *iostreams.IOStreams) int {
	code := ExitOK
	for i, p := range paths {
		if i > 0 {
			fmt.Fprintln(ios.Out)
		}
		fmt.Fprintf(ios.Out, "== %s\n", filepath.Base(p))
		c := RunStreams(ctx, []string{"validate", p}, ios)
		if c == ExitOK {
			fmt.Fprintln(ios.Out, "\nMembuat laporan PDF …")
			c = RunStreams(ctx, []string{"generate", "--out-dir", filepath.Dir(p), p}, ios)
			if c == ExitOK {
				fmt.Fprintln(ios.Out, "Laporan PDF sudah dibuat di folder yang sama dengan buku kerjanya (namanya di atas).")
			}
		}
		if c == ExitData {
			fmt.Fprintln(ios.Out, "\nLaporan belum dibuat: perbaiki isian yang disebut di atas (lembar dan selnya), simpan,\nlalu seret buku kerjanya ke ikon lapkin lagi. Untuk draf bertanda DRAF: lapkin generate --draf.")
		}
		code = max(code, c)
	}
	return code
}

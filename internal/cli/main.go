package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/lapkin/lapkin/internal/iostreams"
	"github.com/lapkin/lapkin/internal/output"
)

// graceAfterSignal is how long a command may take to stop by itself after
// SIGINT or SIGTERM (generate finishes the PDF being renamed and prints
// its closing line) before the process removes its temporary files and
// exits anyway.
const graceAfterSignal = 3 * time.Second

// Main runs lapkin as a program: the process's streams and arguments, a
// private temporary folder for the libraries' temporary files, and Ctrl-C
// (SIGINT) or SIGTERM as their own exit path (130) that leaves no
// temporary file behind. It returns the exit code.
func Main() int {
	cleanup := output.UsePrivateTempDir()
	defer cleanup()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	go func() {
		if _, ok := <-sig; !ok {
			return
		}
		cancel()
		select {
		case <-sig: // a second Ctrl-C: stop now
		case <-time.After(graceAfterSignal):
		}
		output.RemoveTemps()
		cleanup()
		os.Exit(ExitInterrupted)
	}()
	return runMain(ctx, systemConsole, os.Args[1:], iostreams.System())
}

// runMain runs lapkin as started: from Explorer with a console window of
// its own (explorer.go), else as a command line.
func runMain(ctx context.Context, c console, args []string, ios *iostreams.IOStreams) int {
	if c.ownWindow() {
		return runExplorer(ctx, args, ios)
	}
	return RunStreams(ctx, args, ios)
}

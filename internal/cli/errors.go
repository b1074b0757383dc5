package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lapkin/lapkin/internal/output"
)

// Exit codes (docs/cli.md, "Exit status").
const (
	ExitOK          = 0   // success
	ExitData        = 1   // the data has errors, or a workbook cannot be read (LK001)
	ExitUsage       = 2   // the command could not run: bad flags, file missing, output not writable
	ExitInterrupted = 130 // stopped by Ctrl-C (SIGINT) or SIGTERM, as shells report 128+2
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

// cancelledErr makes the exit-130 error of an interrupted command.
func cancelledErr(format string, args ...any) error {
	return &exitError{code: ExitInterrupted, msg: "dibatalkan: " + fmt.Sprintf(format, args...)}
}

// silentExit ends with a code after the command printed what it had to.
func silentExit(code int) error { return &exitError{code: code} }

// exitCode is the one place where an error becomes the message on stderr
// and the exit code: the packages below return typed errors (an
// *output.Error for the OS, context.Canceled for an interrupt, cobra's
// errors for the command line) and the commands their own *exitError.
func exitCode(e *env, cmd *cobra.Command, err error) int {
	if err == nil {
		if e.ctx != nil && e.ctx.Err() != nil {
			fmt.Fprintln(e.stderr, "lapkin: dibatalkan")
			return ExitInterrupted
		}
		return ExitOK
	}
	var xe *exitError
	var oe *output.Error
	switch {
	case errors.As(err, &xe):
		if xe.msg != "" {
			fmt.Fprintln(e.stderr, "lapkin: "+xe.msg)
		}
		return xe.code
	case errors.Is(err, context.Canceled), errors.Is(err, output.ErrCancelled):
		fmt.Fprintln(e.stderr, "lapkin: dibatalkan")
		return ExitInterrupted
	case errors.As(err, &oe):
		fmt.Fprintln(e.stderr, "lapkin: "+oe.Error())
		return ExitUsage
	}
	// Cobra's own errors: unknown command or flag, wrong number of args.
	fmt.Fprintln(e.stderr, "lapkin: "+translateCobra(err.Error()))
	hint := "Jalankan 'lapkin --help' untuk melihat cara pakai."
	if cmd != nil {
		hint = helpHint(cmd)
	}
	fmt.Fprintln(e.stderr, hint)
	return ExitUsage
}

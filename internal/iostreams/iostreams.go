// Package iostreams holds the standard streams of a command and what is
// known about them: whether each is a terminal and how wide the terminal
// is. The command line asks it instead of looking at *os.File itself, so
// that tests can fake a terminal (Test) and cover the branches that depend
// on one: refusing to write a PDF to a terminal, the progress bar, wrapping
// text to the terminal's width.
package iostreams

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"
)

// IOStreams are a command's standard input, output and error.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY, stdoutTTY, stderrTTY bool
	width                          int // of the terminal, 0 when unknown

	// outFile is stdout when it is a file of the OS, for SameAsStdout.
	outFile *os.File
}

// System returns the process's own streams.
func System() *IOStreams {
	return New(os.Stdin, os.Stdout, os.Stderr)
}

// New returns streams over in, out and errOut; those that are files of
// the OS are checked for being a terminal.
func New(in io.Reader, out, errOut io.Writer) *IOStreams {
	s := &IOStreams{In: in, Out: out, ErrOut: errOut}
	if f, ok := in.(*os.File); ok {
		s.stdinTTY = isTerminal(f)
	}
	if f, ok := out.(*os.File); ok {
		s.outFile = f
		s.stdoutTTY = isTerminal(f)
		if s.stdoutTTY {
			s.width = width(f)
		}
	}
	if f, ok := errOut.(*os.File); ok {
		s.stderrTTY = isTerminal(f)
		if s.width == 0 && s.stderrTTY {
			s.width = width(f)
		}
	}
	return s
}

// Test returns streams over buffers, none of them a terminal, and the
// buffers; the Set methods make them look like one.
func Test() (s *IOStreams, in, out, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

func width(f *os.File) int {
	w, _, err := term.GetSize(int(f.Fd()))
	if err != nil || w <= 0 {
		return 0
	}
	return w
}

// IsStdinTTY reports whether standard input is a terminal.
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether standard output is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// IsStderrTTY reports whether standard error is a terminal.
func (s *IOStreams) IsStderrTTY() bool { return s.stderrTTY }

// SetStdinTTY makes standard input look like a terminal or not (tests).
func (s *IOStreams) SetStdinTTY(v bool) { s.stdinTTY = v }

// SetStdoutTTY makes standard output look like a terminal or not (tests).
func (s *IOStreams) SetStdoutTTY(v bool) { s.stdoutTTY = v }

// SetStderrTTY makes standard error look like a terminal or not (tests).
func (s *IOStreams) SetStderrTTY(v bool) { s.stderrTTY = v }

// TerminalWidth is the width in columns of the terminal standard output
// (else standard error) is, or 0 when neither is a terminal or the width
// is unknown.
func (s *IOStreams) TerminalWidth() int { return s.width }

// SetTerminalWidth sets the terminal's width (tests).
func (s *IOStreams) SetTerminalWidth(w int) { s.width = w }

// SameAsStdout reports a path that leads to the file standard output is
// (/dev/fd/1, the terminal's device, the FIFO stdout goes to).
func (s *IOStreams) SameAsStdout(path string) bool {
	if s.outFile == nil {
		return false
	}
	so, err1 := s.outFile.Stat()
	st, err2 := os.Stat(path)
	return err1 == nil && err2 == nil && os.SameFile(so, st)
}

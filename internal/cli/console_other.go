//go:build !windows

package cli

// osConsole: outside Windows a program is started from a terminal or a
// script, never with a console window of its own.
type osConsole struct{}

func (osConsole) ownWindow() bool { return false }

package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// progressBar is generate's progress bar, drawn on stderr only when it is
// a terminal and there are several inputs: nothing animated when piped.
type progressBar struct {
	w       io.Writer
	on      bool
	n, done int
	last    string // the file that finished last
	shown   bool
}

func newProgressBar(e *env, n int) *progressBar {
	return &progressBar{w: e.stderr, n: n, on: n > 1 && e.ios.IsStderrTTY()}
}

// advance counts a finished file.
func (b *progressBar) advance(path string) {
	b.done++
	b.last = filepath.Base(path)
	b.draw()
}

func (b *progressBar) draw() {
	if !b.on {
		return
	}
	const width = 30
	full := width * b.done / max(b.n, 1)
	fmt.Fprintf(b.w, "\r\033[K[%s%s] %d/%d %s", strings.Repeat("#", full), strings.Repeat("-", width-full),
		b.done, b.n, shorten(b.last, 40))
	b.shown = true
}

// clear removes the bar so that a line can be printed.
func (b *progressBar) clear() {
	if b.on && b.shown {
		fmt.Fprint(b.w, "\r\033[K")
		b.shown = false
	}
}

// shorten cuts s to at most n bytes.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

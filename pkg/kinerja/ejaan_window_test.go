package kinerja

import (
	"strings"
	"testing"
)

// introducedName looks only at the 64 bytes before a word; it must answer
// as matching the whole prefix would, wherever the window starts.
func TestIntroducedNameWindow(t *testing.T) {
	long := strings.Repeat("kata ", 30) // 150 bytes, no introducer
	cases := []struct {
		s    string
		want bool
	}{
		{"Desa Sukamaju", true},
		{long + "Desa Sukamaju", true},
		{long + "di Desa  Sukamaju", true},
		{long + "Bapak Camat", true},
		{long + "Kades Sukamaju", false},
		// The window's first byte falls inside "xxxxDesa": a letter
		// before it, so "Desa" there is not an introducer.
		{strings.Repeat("x", 100) + "Desa " + "Sukamaju", false},
		// Past the window start a non-letter precedes the introducer.
		{strings.Repeat("x", 100) + strings.Repeat(" ", 55) + ",Desa Sukamaju", true},
		{long + "sukamaju", false},
	}
	for _, c := range cases {
		i := strings.LastIndex(c.s, " ") + 1
		if got := introducedName(c.s, i); got != c.want {
			t.Errorf("introducedName(…%q, %d) = %v, want %v", c.s[max(0, i-20):], i, got, c.want)
		}
		// The same answer as matching the whole prefix.
		if full := reNamaDiri.MatchString(c.s[:i]); full != c.want {
			t.Errorf("whole-prefix match of …%q = %v, want %v", c.s[max(0, i-20):i], full, c.want)
		}
	}
}

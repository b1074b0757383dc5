// Package outputtest helps tests check that messages about the operating
// system's errors are in Indonesian.
package outputtest

import (
	"strings"
	"testing"
)

// EnglishPhrases are phrases of Go's and the OS's English error texts.
var EnglishPhrases = []string{"no such", "permission denied", "operation not permitted", "not a directory",
	"is a directory", "file exists", "no space", "read-only", "too long", "too many", "input/output",
	"quota", "broken pipe", "too many levels", "no such device", "busy", "access is denied"}

// NoEnglish fails when s holds an English OS error phrase.
func NoEnglish(t testing.TB, what, s string) {
	t.Helper()
	low := strings.ToLower(s)
	for _, p := range EnglishPhrases {
		if strings.Contains(low, p) {
			t.Errorf("%s: %q holds the English %q", what, s, p)
		}
	}
}

package cli

import (
	"strconv"
	"strings"
)

// quoteArg quotes a path for the command lines lapkin suggests in its
// messages ("lapkin validate …"), so that the user can copy them.
//
// On Windows (cmd.exe, PowerShell) a path is put in plain double quotes
// when it holds a space or a character either shell treats specially; a
// backslash is an ordinary character there, and a Windows file name
// cannot hold a double quote. Go's escaped quoting ("C:\\Data\\a b.xlsx")
// would show every backslash twice.
//
// Elsewhere (sh, bash, zsh) a path with a space or a shell character is
// quoted with Go's double-quoted syntax, which sh reads back the same for
// ordinary names.
func quoteArg(p string, windows bool) string {
	if windows {
		if p == "" || strings.ContainsAny(p, " \t&()[]{}^=;!'+,`~%$@#|<>") {
			return `"` + p + `"`
		}
		return p
	}
	if strings.ContainsAny(p, " '\"&;|<>()$`\\*?") {
		return strconv.Quote(p)
	}
	return p
}

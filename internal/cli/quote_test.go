package cli

import "testing"

func TestQuoteArg(t *testing.T) {
	for _, c := range []struct {
		path    string
		windows bool
		want    string
	}{
		// Windows: a backslash stays single; quotes only where cmd.exe or
		// PowerShell would split or interpret the path.
		{`C:\Users\kasi\laporan.xlsx`, true, `C:\Users\kasi\laporan.xlsx`},
		{`C:\Users\kasi\Laporan Saya.xlsx`, true, `"C:\Users\kasi\Laporan Saya.xlsx"`},
		{`D:\Data & Arsip\tw3.xlsx`, true, `"D:\Data & Arsip\tw3.xlsx"`},
		{`laporan(1).xlsx`, true, `"laporan(1).xlsx"`},
		{`sub folder\b.xlsx`, true, `"sub folder\b.xlsx"`},
		// Unix shells: as before.
		{"laporan.xlsx", false, "laporan.xlsx"},
		{"Laporan Saya.xlsx", false, `"Laporan Saya.xlsx"`},
	} {
		if got := quoteArg(c.path, c.windows); got != c.want {
			t.Errorf("quoteArg(%q, %v) = %s, want %s", c.path, c.windows, got, c.want)
		}
	}
}

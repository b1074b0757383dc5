package cli

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Inputs: the command-line arguments that name workbooks become the list
// of files to read (docs/cli.md, "Inputs"). A folder stands for the .xlsx
// files in it (with -r, in its subfolders too); a wildcard the shell did
// not expand (Windows' cmd.exe and PowerShell pass "*" through) is
// expanded here; lock and backup files of Excel and LibreOffice are
// skipped with an info line (LK030).

// expandInputs returns the files to read, in argument order (a folder's
// and a pattern's files in name order). An argument that
// matches nothing stays as given, so that reading it reports it missing.
// The LK030 lines for skipped lock files are written to info.
func expandInputs(args []string, recursive bool, info io.Writer) ([]string, error) {
	var out []string
	add := func(p string) {
		if lock, what := lockFile(p); lock {
			fmt.Fprintf(info, "lapkin: info LK030: %s %s, bukan buku kerja; dilewati.\n", p, what)
			return
		}
		out = append(out, p)
	}
	for _, a := range args {
		st, err := os.Stat(a)
		switch {
		case err == nil && st.IsDir():
			files, err := folderWorkbooks(a, recursive)
			if err != nil {
				return nil, err
			}
			if len(files) == 0 {
				return nil, usageErr("folder %s tidak berisi berkas buku kerja (.xlsx)%s", a, map[bool]string{false: "; pakai -r untuk menyertakan subfoldernya", true: ""}[recursive])
			}
			for _, f := range files {
				add(f)
			}
		case err != nil && isPattern(a):
			matches, gerr := filepath.Glob(a)
			if gerr != nil || len(matches) == 0 {
				add(a) // reported missing when read
				continue
			}
			sort.Strings(matches)
			for _, m := range matches {
				if st, err := os.Stat(m); err == nil && st.IsDir() {
					continue // "data/*" names the workbooks, not the subfolders
				}
				add(m)
			}
		default:
			add(a)
		}
	}
	return out, nil
}

// isPattern reports an argument with a wildcard of filepath.Match.
func isPattern(s string) bool { return strings.ContainsAny(s, "*?[") }

// folderWorkbooks lists the files ending in .xlsx (any case) in dir, in
// name order; with recursive, in its subfolders too.
func folderWorkbooks(dir string, recursive bool) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // an unreadable subfolder: skipped
		}
		if d.IsDir() {
			if p != dir && !recursive {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.EqualFold(filepath.Ext(p), ".xlsx") || isLibreOfficeLock(d.Name()) {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, usageErr("folder %s tidak dapat dibaca: %v", dir, err)
	}
	return out, nil // WalkDir visits in lexical order
}

// lockFile reports an Excel or LibreOffice lock or backup file, and says
// what it is.
func lockFile(p string) (bool, string) {
	base := filepath.Base(p)
	switch {
	case strings.HasPrefix(base, "~$"):
		return true, fmt.Sprintf("adalah berkas kunci yang dibuat Excel selama %s dibuka", strings.TrimPrefix(base, "~$"))
	case isLibreOfficeLock(base):
		return true, fmt.Sprintf("adalah berkas kunci yang dibuat LibreOffice selama %s dibuka", strings.TrimSuffix(strings.TrimPrefix(base, ".~lock."), "#"))
	}
	return false, ""
}

func isLibreOfficeLock(base string) bool {
	return strings.HasPrefix(base, ".~lock.") && strings.HasSuffix(base, "#")
}

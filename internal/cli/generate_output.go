package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// prepareOutput checks where the PDFs go before any work: the folder
// must exist (--out-dir is created) and be writable, and -o must not name
// a folder or an input workbook. -o - (stdout) must not be a terminal. It
// returns the output folder.
func prepareOutput(e *env, o *generateOptions, inputs []string) (string, error) {
	dir := "."
	if o.output != "" {
		if output.IsStdout(o.output) {
			if e.ios.IsStdoutTTY() {
				return "", usageErr("-o %s menulis PDF ke layar terminal; alihkan keluarannya ke berkas atau program lain "+
					"(mis. lapkin generate %s -o - > laporan.pdf), atau tulis nama berkas PDF", o.output, shellQuote(inputs[0]))
			}
			return dir, nil
		}
		if strings.HasSuffix(o.output, "/") || strings.HasSuffix(o.output, string(filepath.Separator)) {
			return "", usageErr("-o %s adalah folder; tulis nama berkas PDF, atau pakai --out-dir", o.output)
		}
		if st, err := os.Stat(o.output); err == nil && st.IsDir() {
			return "", usageErr("-o %s adalah folder; tulis nama berkas PDF, atau pakai --out-dir", o.output)
		}
		for _, in := range inputs {
			if sameFile(in, o.output) {
				return "", usageErr("-o %s sama dengan buku kerja masukan; buku kerja tidak boleh ditimpa", o.output)
			}
		}
		t, err := output.Resolve(o.output)
		if err != nil {
			return "", usageErr("-o %s tidak dapat dipakai: %v", o.output, err)
		}
		if t.Through {
			return dir, nil // written through when the PDF is ready
		}
		dir = filepath.Dir(t.Path)
		if st, err := os.Stat(dir); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return "", usageErr("folder keluaran %s tidak ada; buat foldernya dulu atau pilih folder lain", dir)
			}
			return "", usageErr("folder keluaran %s tidak dapat diperiksa: %s", dir, output.Message(err))
		} else if !st.IsDir() {
			return "", usageErr("%s adalah berkas, bukan folder; pilih folder lain untuk -o", dir)
		}
	} else if o.outDir != "" {
		dir = o.outDir
		if st, err := os.Stat(dir); err == nil && !st.IsDir() {
			return "", usageErr("folder keluaran %s adalah berkas, bukan folder; tulis nama folder lain untuk --out-dir (dibuat bila belum ada), atau pakai -o untuk menulis satu PDF", dir)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", usageErr("folder keluaran %s tidak dapat dibuat: %s", dir, output.Message(err))
		}
	}
	if err := output.Probe(dir); err != nil {
		return "", usageErr("folder keluaran %s tidak dapat ditulisi: %v", dir, err)
	}
	return dir, nil
}

func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(sa, sb)
	}
	aa, err1 := filepath.Abs(a)
	ab, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == ab
}

// writeResult prints one result and writes its PDF; it returns the
// file's exit code.
func writeResult(ctx context.Context, e *env, o *generateOptions, dir string, r *fileResult, names map[string]bool) int {
	if r.code != ExitOK {
		if r.msg != "" {
			fmt.Fprintln(e.stderr, "lapkin: "+r.msg)
		}
		if r.code == ExitData && r.msg == "" {
			printFindings(e.stderr, r.path, r.temuan)
		}
		return r.code
	}
	switch {
	case o.output != "" && output.IsStdout(o.output):
		// The PDF itself is the result on stdout: no path line after it.
		if _, err := e.stdout.Write(r.pdf); err != nil {
			fmt.Fprintf(e.stderr, "lapkin: %s: PDF tidak dapat ditulis ke keluaran standar: %s\n", r.path, output.Message(err))
			return ExitUsage
		}
	case o.output != "":
		// A path the user typed: written where it leads (docs/cli.md).
		if err := output.Write(ctx, o.output, r.pdf); err != nil {
			fmt.Fprintf(e.stderr, "lapkin: %s: PDF tidak dapat ditulis ke %s: %v\n", r.path, o.output, err)
			return ExitUsage
		}
		if !e.ios.SameAsStdout(o.output) {
			fmt.Fprintln(e.stdout, o.output)
		}
	default:
		path, err := placeReport(ctx, e, dir, reportFileName(r.id, r.q), r, names)
		if err != nil {
			fmt.Fprintf(e.stderr, "lapkin: %s: PDF tidak dapat ditulis ke %s: %v\n", r.path, path, err)
			return ExitUsage
		}
		fmt.Fprintln(e.stdout, path)
	}
	if o.draf && r.temuan.HasError() {
		fmt.Fprintf(e.stderr, "%s: DRAF dibuat walaupun data memiliki %d galat:\n", r.path, r.temuan.Count(kinerja.Error))
		printFindings(e.stderr, "", r.temuan)
	} else if w, i := r.temuan.Count(kinerja.Warning), r.temuan.Count(kinerja.Info); w+i > 0 {
		fmt.Fprintf(e.stderr, "%s: %d peringatan, %d info; rinciannya: lapkin validate %s\n", r.path, w, i, shellQuote(r.path))
	}
	for _, c := range r.catatan {
		fmt.Fprintf(e.stderr, "%s: catatan: %s\n", r.path, c)
	}
	return ExitOK
}

// placeReport writes a PDF under a name lapkin made up, in dir: the name
// not yet used in this run, and never through anything already there
// that is not a regular file (a symbolic link, FIFO or device planted in
// a shared folder): such a name is passed over for the next free suffix,
// with a line on stderr. It returns the path written.
func placeReport(ctx context.Context, e *env, dir, name string, r *fileResult, names map[string]bool) (string, error) {
	for {
		cand := uniqueName(name, names)
		path := filepath.Join(dir, cand)
		placed, err := output.Place(ctx, path, r.pdf, nil)
		if err != nil {
			return path, err
		}
		if placed != output.NotRegular {
			return path, nil
		}
		fmt.Fprintf(e.stderr, "lapkin: %s: %s sudah ada dan bukan berkas biasa (tautan, pipa atau perangkat); tidak ditimpa, PDF ditulis dengan nama lain\n", r.path, path)
	}
}

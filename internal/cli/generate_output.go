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

// outcome is what became of one input: generate --format json prints it
// (docs/json.md#generate), the closing line counts it.
type outcome struct {
	Versi      string  `json:"versi"`
	Berkas     string  `json:"berkas"`
	Keluaran   *string `json:"keluaran"`
	Status     string  `json:"status"` // dibuat, draf, ditolak, gagal, dilewati
	Galat      int     `json:"galat"`
	Peringatan int     `json:"peringatan"`
	Info       int     `json:"info"`
	Pesan      *string `json:"pesan"`
	code       int
}

// Statuses of an outcome.
const (
	statusMade     = "dibuat"
	statusDraft    = "draf"
	statusRefused  = "ditolak"
	statusFailed   = "gagal"
	statusKept     = "dilewati"
	refusedMessage = "laporan tidak dibuat karena data memiliki %d galat (perbaiki, atau pakai --draf untuk membuat draf)"
)

func (oc *outcome) fail(code int, status, msg string) *outcome {
	oc.code, oc.Status = code, status
	if msg != "" {
		oc.Pesan = &msg
	}
	return oc
}

// writeResult prints one result and writes its PDF. In text format the
// PDF's path goes to stdout and the diagnostics to stderr; in JSON format
// stdout only gets the outcome (runGenerate prints it).
func writeResult(ctx context.Context, e *env, o *generateOptions, dir string, r *fileResult, names map[string]bool) *outcome {
	oc := &outcome{Versi: jsonVersi, Berkas: r.path, Status: statusMade,
		Galat: r.temuan.Count(kinerja.Error), Peringatan: r.temuan.Count(kinerja.Warning), Info: r.temuan.Count(kinerja.Info)}
	asJSON := o.format == "json"
	if r.code != ExitOK {
		if r.msg != "" {
			fmt.Fprintln(e.stderr, "lapkin: "+r.msg)
		}
		if r.code == ExitData && r.msg == "" {
			printFindings(e.stderr, r.path, r.temuan)
			msg := fmt.Sprintf(refusedMessage, oc.Galat)
			if oc.Galat == 0 || unreadableWorkbook(r.temuan) {
				msg = "buku kerja tidak dapat dibaca"
			}
			return oc.fail(r.code, statusRefused, msg)
		}
		status := statusFailed
		if r.code == ExitData {
			status = statusRefused
		}
		return oc.fail(r.code, status, r.msg)
	}
	if o.draf {
		oc.Status = statusDraft
	}
	var written string
	switch {
	case o.output != "" && output.IsStdout(o.output):
		// The PDF itself is the result on stdout: no path line after it.
		if _, err := e.stdout.Write(r.pdf); err != nil {
			msg := fmt.Sprintf("%s: PDF tidak dapat ditulis ke keluaran standar: %s", r.path, output.Message(err))
			fmt.Fprintln(e.stderr, "lapkin: "+msg)
			return oc.fail(ExitUsage, statusFailed, msg)
		}
		written = "-"
	case o.output != "":
		// A path the user typed: written where it leads (docs/cli.md).
		if err := output.Write(ctx, o.output, r.pdf); err != nil {
			msg := fmt.Sprintf("%s: PDF tidak dapat ditulis ke %s: %v", r.path, o.output, err)
			fmt.Fprintln(e.stderr, "lapkin: "+msg)
			return oc.fail(ExitUsage, statusFailed, msg)
		}
		written = o.output
		if !asJSON && !e.ios.SameAsStdout(o.output) {
			fmt.Fprintln(e.stdout, o.output)
		}
	default:
		path, placed, err := placeReport(ctx, e, o, dir, r, names)
		if err != nil {
			msg := fmt.Sprintf("%s: PDF tidak dapat ditulis ke %s: %v", r.path, path, err)
			fmt.Fprintln(e.stderr, "lapkin: "+msg)
			return oc.fail(ExitUsage, statusFailed, msg)
		}
		if placed == output.Kept {
			msg := fmt.Sprintf("%s sudah ada dan lebih baru daripada buku kerja %s (mungkin sudah ditandatangani); tidak ditimpa. Pakai --timpa untuk menimpanya", path, r.path)
			fmt.Fprintln(e.stderr, "lapkin: "+msg)
			oc.fail(ExitOK, statusKept, msg)
			oc.Keluaran = &path
			return oc
		}
		written = path
		if !asJSON {
			fmt.Fprintln(e.stdout, path)
		}
	}
	oc.Keluaran = &written
	if o.draf && r.temuan.HasError() {
		fmt.Fprintf(e.stderr, "%s: DRAF dibuat walaupun data memiliki %d galat:\n", r.path, oc.Galat)
		printFindings(e.stderr, "", r.temuan)
	} else if oc.Peringatan+oc.Info > 0 {
		fmt.Fprintf(e.stderr, "%s: %d peringatan, %d info; rinciannya: lapkin validate %s\n", r.path, oc.Peringatan, oc.Info, shellQuote(r.path))
	}
	for _, c := range r.catatan {
		fmt.Fprintf(e.stderr, "%s: catatan: %s\n", r.path, c)
	}
	return oc
}

// placeReport writes a PDF under its default name in dir (docs/cli.md,
// "Output name"): the name not yet used in this run, a draft's ending in
// _DRAF so that it never replaces a final report, and never through
// anything already there that is not a regular file (a symbolic link,
// FIFO or device planted in a shared folder): such a name is passed over
// for the next free suffix, with a line on stderr. A final report that is
// already there and newer than the workbook (perhaps signed since) is
// kept unless --timpa. It returns the path and what was done.
func placeReport(ctx context.Context, e *env, o *generateOptions, dir string, r *fileResult, names map[string]bool) (string, output.Placed, error) {
	name := reportFileNameJenis(r.id, r.q, r.tahunan)
	var keep func(fs.FileInfo) bool
	if o.draf {
		name = strings.TrimSuffix(name, ".pdf") + "_DRAF.pdf"
	} else if !o.timpa {
		if in, err := os.Stat(r.path); err == nil {
			keep = func(existing fs.FileInfo) bool { return existing.ModTime().After(in.ModTime()) }
		}
	}
	for {
		cand := uniqueName(name, names)
		path := filepath.Join(dir, cand)
		placed, err := output.Place(ctx, path, r.pdf, keep)
		if err != nil || placed != output.NotRegular {
			return path, placed, err
		}
		fmt.Fprintf(e.stderr, "lapkin: %s: %s sudah ada dan bukan berkas biasa (tautan, pipa atau perangkat); tidak ditimpa, PDF ditulis dengan nama lain\n", r.path, path)
	}
}

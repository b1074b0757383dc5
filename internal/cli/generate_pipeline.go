package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/report"
)

// fileResult is the outcome of one input file, made by a worker.
type fileResult struct {
	idx  int
	path string
	pdf  []byte
	// id names the PDF. Only the Identitas is kept, not the Laporan, so
	// that a large workbook's data can be freed while its PDF is written
	// out and while results wait to be written in input order.
	id      kinerja.Identitas
	q       int
	tahunan bool // the annual report (--jenis tahunan)
	temuan  kinerja.DaftarTemuan
	catatan []string
	// code: 0 rendered; ExitData refused or unreadable; ExitUsage the file
	// could not be opened. msg says why (not for refused data: its
	// findings are printed).
	code int
	msg  string
}

// reportJob is what every file of one generate run shares.
type reportJob struct {
	opts      *generateOptions
	metode    kinerja.Metode
	templates func() (*report.Templates, error)
	today     time.Time
	created   time.Time // the PDF's creation date (zero: the report date)
}

// build reads, checks and renders one workbook: the per-file pipeline.
func (j *reportJob) build(idx int, path string) (r *fileResult) {
	r = &fileResult{idx: idx, path: path}
	defer func() {
		if p := recover(); p != nil {
			r.pdf, r.code, r.msg = nil, ExitUsage, fmt.Sprintf("%s: kesalahan internal: %v; mohon laporkan kepada pengembang beserta berkasnya", path, p)
		}
	}()
	o := j.opts
	mu, err := loadWorkbook(path, &o.data, j.metode)
	if err != nil {
		r.code, r.msg = ExitUsage, errorMessage(err)
		return r
	}
	r.q, r.temuan, r.tahunan = mu.q, mu.temuan, o.data.tahunan()
	if mu.lap == nil {
		r.code = ExitData
		return r
	}
	if mu.temuan.HasError() && !o.draf {
		r.code = ExitData
		return r
	}
	if mu.hasil == nil {
		r.code, r.msg = ExitData, path+": triwulan pelaporan tidak diketahui: isi Triwulan (I–IV) di lembar Identitas atau pakai --triwulan"
		return r
	}
	r.id = mu.lap.Identitas
	tpl, err := j.templates()
	if err != nil {
		r.code, r.msg = ExitUsage, err.Error() // runGenerate reports it
		return r
	}
	pdf, info, err := report.RenderPDF(mu.lap, mu.hasil, report.Options{
		Draf: o.draf, Templates: tpl, Tanggal: j.today, Dibuat: j.created, Kertas: o.kertas, Margin: o.marginCM,
	})
	if err != nil {
		var te *report.TemplateError
		if errors.As(err, &te) {
			r.code, r.msg = ExitUsage, path+": "+err.Error()
		} else {
			r.code, r.msg = ExitData, path+": laporan tidak dapat dibuat: "+err.Error()
		}
		return r
	}
	r.pdf = pdf
	r.catatan = info.Catatan
	return r
}

// smallWorkbookGC is the largest workbook (bytes) for which generate lets
// the garbage collector run less often.
const smallWorkbookGC = 256 << 10

// tuneGC sets the garbage collector's GOGC to 400 instead of 100 when
// every input workbook is small (the reference size is 12 KB; 256 KB holds
// a few hundred indicators) and the user has not set GOGC, and returns the
// function that restores it. Reading and rendering a small workbook
// allocates in short-lived pieces and keeps little: the reference-size
// process allocates ~5.8 MB in all (December 2026; ~15 MB when this was
// set). With GOGC 100 the collector runs twice in that ~22 ms process and
// the process takes ~400 more page faults (~30% more CPU and wall time,
// measured alternated with 200 and 400); with 200 or 400 it does not run
// at all. 400 is kept for the margin it leaves larger small workbooks and
// batches (a collection every ~40 ms of a batch at 100); the heap of a
// small report stays under ~30 MB, and a batch's under ~100 MB, since at
// most 2×jobs results exist at a time. Large workbooks keep the default,
// which bounds their memory (PERFORMANCE.md).
func tuneGC(paths []string) (restore func()) {
	if _, ok := os.LookupEnv("GOGC"); ok {
		return func() {}
	}
	for _, p := range paths {
		if st, err := os.Stat(p); err != nil || st.Size() > smallWorkbookGC {
			return func() {}
		}
	}
	old := debug.SetGCPercent(400)
	return func() { debug.SetGCPercent(old) }
}

// unreadableWorkbook reports whether the findings say the file is not a
// readable workbook (LK001).
func unreadableWorkbook(ts kinerja.DaftarTemuan) bool {
	for _, t := range ts {
		if t.Rule == "LK001" {
			return true
		}
	}
	return false
}

// printFindings prints the errors (and warnings) of a workbook: rule,
// place, key and message, one per line. With a path, a header says the
// report was not made.
func printFindings(w io.Writer, path string, ts kinerja.DaftarTemuan) {
	if path != "" {
		if unreadableWorkbook(ts) {
			// --draf cannot help a file that is not a workbook.
			fmt.Fprintf(w, "%s: laporan tidak dibuat karena berkas tidak dapat dibaca sebagai buku kerja:\n", path)
		} else if ts.HasError() {
			fmt.Fprintf(w, "%s: laporan tidak dibuat karena data memiliki %d galat (perbaiki, atau pakai --draf untuk membuat draf):\n",
				path, ts.Count(kinerja.Error))
		} else {
			fmt.Fprintf(w, "%s: laporan tidak dibuat:\n", path)
		}
	}
	for _, t := range ts {
		if t.Severity == kinerja.Info {
			continue
		}
		line := fmt.Sprintf("  %-10s %s", t.Severity.Label(), t.Rule)
		if ref := t.Ref().String(); ref != "" {
			line += " " + ref
		}
		if t.Key != "" {
			line += " [" + visible(t.Key) + "]"
		}
		fmt.Fprintln(w, line+": "+visible(t.Message))
	}
}

// shellQuote quotes a path for a command line of this system's shell
// when it needs it (quote.go).
func shellQuote(p string) string { return quoteArg(p, runtime.GOOS == "windows") }

// sourceDate reads SOURCE_DATE_EPOCH (reproducible builds): the PDF's
// creation date when set.
func sourceDate() (time.Time, error) {
	s := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH"))
	if s == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, usageErr("SOURCE_DATE_EPOCH=%q bukan bilangan detik sejak 1970-01-01: kosongkan atau perbaiki", s)
	}
	return time.Unix(n, 0).UTC(), nil
}

package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/spf13/cobra"
	"golang.org/x/term"
	"golang.org/x/text/unicode/norm"

	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/report"
)

type generateOptions struct {
	data      dataFlags
	output    string
	outDir    string
	draf      bool
	jobs      int
	templates string
}

func init() {
	register(func(e *env) *cobra.Command {
		o := &generateOptions{}
		cmd := &cobra.Command{
			Use:   "generate FILE...",
			Short: "buat laporan kinerja (PDF) dari buku kerja",
			Long: `Membuat Laporan Kinerja Triwulanan (PDF) dari satu atau beberapa buku kerja.

Data yang masih memiliki galat ditolak (status keluar 1) dan galatnya
ditampilkan; dengan --draf laporan tetap dibuat dan setiap halamannya diberi
tanda DRAF. Nama berkas bawaan:
  LAPKIN_<tahun>_TW<n>_<jabatan singkat atau jabatan>_<unit>.pdf
di folder --out-dir (atau folder saat ini). Berkas ditulis utuh atau tidak
sama sekali; buku kerja tidak pernah diubah. Beberapa berkas diproses
bersamaan (-j) dan hasilnya ditampilkan menurut urutan masukan.

Keluaran -o: "-" (atau /dev/stdout) menulis PDF ke keluaran standar, untuk
diteruskan ke program lain. Tautan simbolik diikuti: PDF ditulis ke berkas
tujuannya dan tautannya tetap. Pipa bernama (FIFO), perangkat karakter dan
soket yang sudah ada ditulisi langsung, tidak diganti; perangkat blok (disk)
ditolak.

Tanggal laporan: Tanggal Laporan di lembar Identitas, atau --tanggal, atau
hari ini. Buku kerja dan opsi yang sama menghasilkan PDF yang sama persis
(tanggal pembuatan PDF = tanggal laporan, atau SOURCE_DATE_EPOCH bila diisi).

Status keluar: 0 semua laporan dibuat; 1 ada data dengan galat atau buku
kerja yang tidak dapat dibaca; 2 perintah tidak dapat dijalankan (opsi
salah, berkas tidak ada, folder keluaran tidak dapat ditulisi).`,
			Example: `  lapkin generate laporan.xlsx
  lapkin generate laporan.xlsx -o "Laporan TW II.pdf"
  lapkin generate data/*.xlsx --out-dir hasil --triwulan auto
  lapkin generate laporan.xlsx --draf
  lapkin generate laporan.xlsx -o - | lpr`,
			Args: func(cmd *cobra.Command, args []string) error {
				if len(args) == 0 {
					return usageErr("generate memerlukan paling sedikit satu berkas buku kerja (.xlsx)\n" +
						"Contoh: lapkin generate laporan.xlsx")
				}
				return nil
			},
			RunE: func(cmd *cobra.Command, args []string) error {
				return runGenerate(e, o, args)
			},
		}
		o.data.add(cmd.Flags(), true)
		f := cmd.Flags()
		f.StringVarP(&o.output, "output", "o", "", "nama berkas PDF (hanya untuk satu berkas masukan); - menulis PDF ke keluaran standar")
		f.StringVar(&o.outDir, "out-dir", "", "folder tempat PDF ditulis (dibuat bila belum ada)")
		f.BoolVar(&o.draf, "draf", false, "buat laporan walaupun data masih bergalat; setiap halaman diberi tanda DRAF")
		f.IntVarP(&o.jobs, "jobs", "j", 0, "jumlah berkas yang diproses bersamaan (bawaan 0: sebanyak CPU komputer)")
		f.StringVar(&o.templates, "templates", "", "folder templat narasi pengganti templat bawaan (lihat templates/README.md)")
		return cmd
	})
}

// genHasil is the outcome of one input file, made by a worker.
type genHasil struct {
	idx  int
	path string
	pdf  []byte
	// id names the PDF. Only the Identitas is kept, not the Laporan, so
	// that a large workbook's data can be freed while its PDF is written
	// out and while results wait to be written in input order.
	id      kinerja.Identitas
	q       int
	temuan  kinerja.Temuans
	catatan []string
	// code: 0 rendered; ExitData refused or unreadable; ExitUsage the file
	// could not be opened. msg says why (not for refused data: its
	// findings are printed).
	code int
	msg  string
}

func runGenerate(e *env, o *generateOptions, paths []string) error {
	m, err := o.data.checkFlags()
	if err != nil {
		return err
	}
	if o.output != "" && len(paths) > 1 {
		return usageErr("-o hanya dapat dipakai untuk satu berkas masukan; untuk %d berkas pakai --out-dir", len(paths))
	}
	if o.output != "" && o.outDir != "" {
		return usageErr("pakai -o atau --out-dir, tidak keduanya")
	}
	if o.jobs < 0 {
		return usageErr("--jobs harus 1 atau lebih, atau 0 untuk sebanyak CPU (diberikan %d)", o.jobs)
	}
	if o.jobs == 0 {
		o.jobs = runtime.NumCPU()
	}
	defer genAturGC(paths)()
	// The templates, then the fonts, are parsed in one goroutine while the
	// workers read the first workbooks (one goroutine, made before the
	// workers, so that on two CPUs reading starts at once).
	var tpl *report.Templates
	var tplErr error
	tplSiap := make(chan struct{})
	go func() {
		tpl, tplErr = report.LoadTemplates(o.templates)
		close(tplSiap)
		report.SiapkanFont()
	}()
	templat := func() (*report.Templates, error) {
		<-tplSiap
		return tpl, tplErr
	}
	dibuat, err := genSourceDate()
	if err != nil {
		return err
	}
	today, err := o.data.today()
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, batal := context.WithCancel(ctx)
	defer batal()

	// Workers read, check and render; the main goroutine names, writes and
	// prints in input order. A worker takes a slot before it takes a file
	// and the main goroutine frees it once that file's result is written:
	// at most 2×jobs results exist at a time, so memory does not grow with
	// the number of files, even when a slow workbook holds back the order.
	// (Workers take files in order, so the file whose turn it is always
	// has its slot.)
	n := len(paths)
	jobs := min(o.jobs, n)
	slot := make(chan struct{}, 2*jobs)
	antrian := make(chan int, n)
	for i := range paths {
		antrian <- i
	}
	close(antrian)
	selesai := make(chan *genHasil, n)
	for w := 0; w < jobs; w++ {
		go func() {
			for {
				select {
				case slot <- struct{}{}:
				case <-ctx.Done():
					return
				}
				i, ok := <-antrian
				if !ok {
					return
				}
				if ctx.Err() != nil {
					selesai <- &genHasil{idx: i, path: paths[i], code: ExitUsage, msg: "dibatalkan"}
					continue
				}
				genAmati(1)
				selesai <- genSatu(i, paths[i], o, m, templat, today, dibuat)
			}
		}()
	}
	if _, err := templat(); err != nil {
		return usageErr("%v", err)
	}
	dir, err := genSiapkanKeluaran(e, o, paths)
	if err != nil {
		return err
	}

	bar := genBarBaru(e.stderr, n)
	var dibuatN, gagalN, code int
	pakai := map[string]bool{} // output names already written in this run
	tunggu := map[int]*genHasil{}
	for next := 0; next < n; {
		select {
		case <-ctx.Done():
			bar.hapus()
			fmt.Fprintf(e.stderr, "%d laporan dibuat, %d gagal\n", dibuatN, gagalN)
			return usageErr("dibatalkan: %d berkas belum diproses; tidak ada PDF setengah jadi yang tertinggal", n-next)
		case r := <-selesai:
			tunggu[r.idx] = r
			bar.maju(r.path)
		}
		for tunggu[next] != nil {
			r := tunggu[next]
			delete(tunggu, next)
			next++
			bar.hapus()
			c := genTangani(ctx, e, o, dir, r, pakai)
			r.pdf = nil
			genAmati(-1)
			<-slot
			if c == ExitOK {
				dibuatN++
			} else {
				gagalN++
				code = max(code, c)
			}
			bar.gambar()
		}
	}
	bar.hapus()
	fmt.Fprintf(e.stderr, "%d laporan dibuat, %d gagal\n", dibuatN, gagalN)
	if code != ExitOK {
		return silentExit(code)
	}
	return nil
}

// genGCKecil is the largest workbook (bytes) for which generate lets the
// garbage collector run less often.
const genGCKecil = 256 << 10

// genAturGC sets the garbage collector's GOGC to 400 instead of 100 when
// every input workbook is small (the reference size is 12 KB; 256 KB holds
// a few hundred indicators) and the user has not set GOGC, and returns the
// function that restores it. Reading and rendering a small workbook
// allocates ~15 MB in short-lived pieces and keeps little: with GOGC 100
// the collector ran four times in a 25 ms process and every ~40 ms in a
// batch. With 400 it runs a quarter as often; the heap of a small report
// stays under ~30 MB, and a batch's under ~100 MB, since at most 2×jobs
// results exist at a time. Large workbooks keep the default, which bounds
// their memory (PERFORMANCE.md).
func genAturGC(paths []string) (pulihkan func()) {
	if _, ok := os.LookupEnv("GOGC"); ok {
		return func() {}
	}
	for _, p := range paths {
		if st, err := os.Stat(p); err != nil || st.Size() > genGCKecil {
			return func() {}
		}
	}
	lama := debug.SetGCPercent(400)
	return func() { debug.SetGCPercent(lama) }
}

// genAmati is told +1 when a worker starts a file and −1 when that
// file's result has been written; tests count the results in flight.
var genAmati = func(int) {}

// genSatu reads, checks and renders one workbook.
func genSatu(idx int, path string, o *generateOptions, m kinerja.Metode, templat func() (*report.Templates, error), today, dibuat time.Time) (r *genHasil) {
	r = &genHasil{idx: idx, path: path}
	defer func() {
		if p := recover(); p != nil {
			r.pdf, r.code, r.msg = nil, ExitUsage, fmt.Sprintf("%s: kesalahan internal: %v; mohon laporkan kepada pengembang beserta berkasnya", path, p)
		}
	}()
	mu, err := muat(path, &o.data, m)
	if err != nil {
		r.code, r.msg = ExitUsage, pesanGalat(err)
		return r
	}
	r.q, r.temuan = mu.q, mu.temuan
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
	tpl, err := templat()
	if err != nil {
		r.code, r.msg = ExitUsage, err.Error() // runGenerate reports it
		return r
	}
	var buf bytes.Buffer
	info, err := report.Render(&buf, mu.lap, mu.hasil, report.Options{
		Draf: o.draf, Templates: tpl, Tanggal: today, Dibuat: dibuat,
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
	r.pdf = buf.Bytes()
	r.catatan = info.Catatan
	return r
}

// genTangani prints one result and writes its PDF; it returns the file's
// exit code.
func genTangani(ctx context.Context, e *env, o *generateOptions, dir string, r *genHasil, pakai map[string]bool) int {
	if r.code != ExitOK {
		if r.msg != "" {
			fmt.Fprintln(e.stderr, "lapkin: "+r.msg)
		}
		if r.code == ExitData && r.msg == "" {
			genCetakTemuan(e.stderr, r.path, r.temuan)
		}
		return r.code
	}
	var path string
	if o.output != "" {
		path = o.output
	} else {
		path = filepath.Join(dir, genNamaUnik(genNamaBerkas(r.id, r.q), pakai))
	}
	if genKeStdout(path) {
		// The PDF itself is the result on stdout: no path line after it.
		if _, err := e.stdout.Write(r.pdf); err != nil {
			fmt.Fprintf(e.stderr, "lapkin: %s: PDF tidak dapat ditulis ke keluaran standar: %s\n", r.path, pesanOS(err))
			return ExitUsage
		}
	} else {
		if err := genTulisKeluaran(ctx, path, r.pdf); err != nil {
			fmt.Fprintf(e.stderr, "lapkin: %s: PDF tidak dapat ditulis ke %s: %v\n", r.path, path, err)
			return ExitUsage
		}
		if !genSamaStdout(e, path) {
			fmt.Fprintln(e.stdout, path)
		}
	}
	if o.draf && r.temuan.HasError() {
		fmt.Fprintf(e.stderr, "%s: DRAF dibuat walaupun data memiliki %d galat:\n", r.path, r.temuan.Count(kinerja.Error))
		genCetakTemuan(e.stderr, "", r.temuan)
	} else if w, i := r.temuan.Count(kinerja.Warning), r.temuan.Count(kinerja.Info); w+i > 0 {
		fmt.Fprintf(e.stderr, "%s: %d peringatan, %d info; rinciannya: lapkin validate %s\n", r.path, w, i, genKutip(r.path))
	}
	for _, c := range r.catatan {
		fmt.Fprintf(e.stderr, "%s: catatan: %s\n", r.path, c)
	}
	return ExitOK
}

// genCetakTemuan prints the errors (and warnings) of a workbook: rule,
// place, key and message, one per line. With a path, a header says the
// report was not made.
func genCetakTemuan(w io.Writer, path string, ts kinerja.Temuans) {
	if path != "" {
		if ts.HasError() {
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
			line += " [" + t.Key + "]"
		}
		fmt.Fprintln(w, line+": "+t.Message)
	}
}

// genKutip quotes a path for a shell command line when it needs it.
func genKutip(p string) string {
	if strings.ContainsAny(p, " '\"&;|<>()$`\\*?") {
		return strconv.Quote(p)
	}
	return p
}

// genSourceDate reads SOURCE_DATE_EPOCH (reproducible builds): the PDF's
// creation date when set.
func genSourceDate() (time.Time, error) {
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

// genSiapkanKeluaran checks where the PDFs go before any work: the folder
// must exist (--out-dir is created) and be writable, and -o must not name
// a folder or an input workbook. -o - (stdout) must not be a terminal. It
// returns the output folder.
func genSiapkanKeluaran(e *env, o *generateOptions, inputs []string) (string, error) {
	dir := "."
	if o.output != "" {
		if genKeStdout(o.output) {
			if f, ok := e.stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
				return "", usageErr("-o %s menulis PDF ke layar terminal; alihkan keluarannya ke berkas atau program lain "+
					"(mis. lapkin generate %s -o - > laporan.pdf), atau tulis nama berkas PDF", o.output, genKutip(inputs[0]))
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
			if genFileSama(in, o.output) {
				return "", usageErr("-o %s sama dengan buku kerja masukan; buku kerja tidak boleh ditimpa", o.output)
			}
		}
		tj, err := tujuanTulis(o.output)
		if err != nil {
			return "", usageErr("-o %s tidak dapat dipakai: %v", o.output, err)
		}
		if tj.langsung {
			return dir, nil // written through when the PDF is ready
		}
		dir = filepath.Dir(tj.jalur)
		if st, err := os.Stat(dir); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return "", usageErr("folder keluaran %s tidak ada; buat foldernya dulu atau pilih folder lain", dir)
			}
			return "", usageErr("folder keluaran %s tidak dapat diperiksa: %s", dir, pesanOS(err))
		} else if !st.IsDir() {
			return "", usageErr("%s adalah berkas, bukan folder; pilih folder lain untuk -o", dir)
		}
	} else if o.outDir != "" {
		dir = o.outDir
		if st, err := os.Stat(dir); err == nil && !st.IsDir() {
			return "", usageErr("folder keluaran %s adalah berkas, bukan folder; tulis nama folder lain untuk --out-dir (dibuat bila belum ada), atau pakai -o untuk menulis satu PDF", dir)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", usageErr("folder keluaran %s tidak dapat dibuat: %s", dir, pesanOS(err))
		}
	}
	// Probe: a temporary file in the folder, as the real write will make.
	f, err := os.CreateTemp(dir, ".lapkin-uji-*")
	if err != nil {
		return "", usageErr("folder keluaran %s tidak dapat ditulisi: %s", dir, pesanOS(osSementara(err, dir)))
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return dir, nil
}

func genFileSama(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(sa, sb)
	}
	aa, err1 := filepath.Abs(a)
	ab, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == ab
}

// genTulisData writes the PDF's bytes to the temporary file, or to the
// FIFO or device written through; tests replace it to make a write fail
// midway.
var genTulisData = func(f *os.File, data []byte) error {
	_, err := f.Write(data)
	return err
}

// genKeStdout reports an output path that means the command's stdout.
func genKeStdout(path string) bool {
	return path == "-" || path == "/dev/stdout"
}

// genSamaStdout reports a path that leads to the command's stdout
// (/dev/fd/1, a terminal's device, the FIFO stdout goes to): the PDF
// written there is the result, and no path line may follow it.
func genSamaStdout(e *env, path string) bool {
	f, ok := e.stdout.(*os.File)
	if !ok {
		return false
	}
	so, err1 := f.Stat()
	st, err2 := os.Stat(path)
	return err1 == nil && err2 == nil && os.SameFile(so, st)
}

// tujuan is where an output path really leads.
type tujuan struct {
	// jalur is the file to write atomically: the path itself, or the
	// final target of its symbolic links (which need not exist yet).
	jalur string
	// langsung: the path is an existing FIFO, character device or socket,
	// or a link into /proc/…/fd or /dev/fd (a stream the process already
	// has): it is opened and written through, never replaced.
	langsung bool
	// tambah: written through in append mode (a /proc or /dev/fd link may
	// be a log file that the shell redirected).
	tambah bool
}

// tujuanMaksTautan is how many symbolic links tujuanTulis follows.
const tujuanMaksTautan = 40

// tujuanTulis finds where writing path must go without replacing anything
// that is not a regular file: symbolic links are followed (to a target
// that may not exist yet: the link then makes it), a FIFO, character
// device or socket is written through, and a folder or block device is
// refused. The error is already in Indonesian.
func tujuanTulis(path string) (tujuan, error) {
	cur := path
	for n := 0; ; n++ {
		st, err := os.Lstat(cur)
		if errors.Is(err, fs.ErrNotExist) {
			return tujuan{jalur: cur}, nil
		}
		if err != nil {
			return tujuan{}, osGalat(err)
		}
		m := st.Mode()
		switch {
		case m&fs.ModeSymlink != 0:
			if tujuanAjaib(cur) {
				// /proc/self/fd/N and the like name an open file, not a
				// path: opening the link reaches it, reading it does not.
				return tujuan{jalur: path, langsung: true, tambah: true}, nil
			}
			if n == tujuanMaksTautan {
				return tujuan{}, osGalat(&fs.PathError{Op: "open", Path: path, Err: syscall.ELOOP})
			}
			t, err := os.Readlink(cur)
			if err != nil {
				return tujuan{}, osGalat(err)
			}
			if !filepath.IsAbs(t) {
				t = filepath.Join(filepath.Dir(cur), t)
			}
			cur = t
		case m.IsRegular():
			return tujuan{jalur: cur}, nil
		case m.IsDir():
			return tujuan{}, fmt.Errorf("%s adalah folder, bukan berkas; tulis nama berkas di dalamnya", cur)
		case m&fs.ModeDevice != 0 && m&fs.ModeCharDevice == 0:
			return tujuan{}, fmt.Errorf("%s adalah perangkat blok (disk); lapkin tidak menulis langsung ke disk: tulis nama berkas", cur)
		default: // FIFO, character device, socket
			return tujuan{jalur: cur, langsung: true}, nil
		}
	}
}

// tujuanAjaib reports a symbolic link of /proc/…/fd or /dev/fd (Linux),
// which stands for a file the process has open.
func tujuanAjaib(p string) bool {
	a, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	a = filepath.ToSlash(a)
	return strings.HasPrefix(a, "/proc/") || strings.HasPrefix(a, "/dev/fd/")
}

// genTulisKeluaran writes the PDF to path: atomically to a regular file
// (through its symbolic links), or straight into an existing FIFO,
// character device or socket. The error is in Indonesian.
func genTulisKeluaran(ctx context.Context, path string, data []byte) error {
	tj, err := tujuanTulis(path)
	if err != nil {
		return err
	}
	if tj.langsung {
		return tulisLangsung(ctx, tj.jalur, tj.tambah, data)
	}
	return tulisAtomik(ctx, tj.jalur, data)
}

// tulisLangsung writes data into an existing FIFO, device or socket: it
// is opened for writing (never created) and the data streamed into it. A
// FIFO's open waits for its reader; cancelling ctx ends the wait, and a
// write that the reader holds up.
func tulisLangsung(ctx context.Context, path string, tambah bool, data []byte) error {
	flag := os.O_WRONLY | syscall.O_NOCTTY
	if tambah {
		flag |= os.O_APPEND
	}
	type dibuka struct {
		f   *os.File
		err error
	}
	ch := make(chan dibuka, 1)
	go func() {
		f, err := os.OpenFile(path, flag, 0)
		ch <- dibuka{f, err}
	}()
	var b dibuka
	select {
	case b = <-ch:
	case <-ctx.Done():
		go func() { // should the open succeed later, let the file go
			if b := <-ch; b.f != nil {
				b.f.Close()
			}
		}()
		return errors.New("dibatalkan sebelum PDF ditulis")
	}
	if b.err != nil {
		return osGalat(b.err)
	}
	f := b.f
	// Without O_CREATE nothing new was made; but a regular file that took
	// the FIFO's place since it was checked is not written into: that
	// would leave it half overwritten.
	if st, err := f.Stat(); err != nil || (st.Mode().IsRegular() && !tambah) {
		f.Close()
		return fmt.Errorf("%s berubah menjadi berkas biasa saat akan ditulis; jalankan perintahnya lagi", path)
	}
	// A deadline in the past interrupts a write blocked on a FIFO or
	// socket (not possible on other devices, which do not block long).
	stop := context.AfterFunc(ctx, func() { f.SetWriteDeadline(time.Unix(1, 0)) })
	err := genTulisData(f, data)
	stop()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if ctx.Err() != nil {
			return errors.New("dibatalkan; PDF belum terkirim seluruhnya")
		}
		return osGalat(osDenganJalur(err, path))
	}
	return nil
}

// tulisAtomik writes data to path atomically: a temporary file in the
// same folder, fsync, then rename over path. On any failure, or when ctx
// is cancelled before the rename, the temporary file is removed and path
// is untouched: there is never a half-written PDF. path must not be a
// symbolic link or anything else than a regular file (the rename would
// replace it): genTulisKeluaran resolves it first. The error is in
// Indonesian, about path (not the temporary file).
func tulisAtomik(ctx context.Context, path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+genPendek(filepath.Base(path), 40)+".*.tmp")
	if err != nil {
		return osGalat(osSementara(err, dir))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = genTulisData(f, data); err != nil {
		return osGalat(osDenganJalur(err, path))
	}
	if err = f.Sync(); err != nil {
		return osGalat(osDenganJalur(err, path))
	}
	if err = f.Close(); err != nil {
		return osGalat(osDenganJalur(err, path))
	}
	if err = os.Chmod(tmp, 0o644); err != nil {
		return osGalat(osDenganJalur(err, path))
	}
	if err = ctx.Err(); err != nil {
		return errors.New("dibatalkan")
	}
	if err = os.Rename(tmp, path); err != nil {
		return osGalat(err)
	}
	// Make the rename durable where the OS allows it (not on Windows).
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

func genPendek(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// Limits of a generated file name.
const (
	genMaksBagian = 60  // characters per part (position, unit)
	genMaksNama   = 150 // characters of the whole name
)

// genNamaBerkas makes the default PDF name
// LAPKIN_<tahun>_TW<n>_<jabatan singkat or jabatan>_<unit>.pdf, safe on
// every OS: ASCII letters, digits, "_" and "-" only (accents dropped), so
// no path separator, no "..", no reserved Windows name, and length-limited.
func genNamaBerkas(id kinerja.Identitas, q int) string {
	parts := []string{"LAPKIN"}
	if id.Tahun > 0 {
		parts = append(parts, strconv.Itoa(id.Tahun))
	}
	if q >= 1 && q <= 4 {
		parts = append(parts, "TW"+strconv.Itoa(q))
	}
	jab := id.JabatanSingkat
	if strings.TrimSpace(jab) == "" {
		jab = id.Jabatan
	}
	for _, p := range []string{jab, id.Unit} {
		if s := genAman(p, genMaksBagian); s != "" {
			parts = append(parts, s)
		}
	}
	base := strings.Join(parts, "_")
	if len(base) > genMaksNama-4 {
		base = strings.TrimRight(base[:genMaksNama-4], "_-")
	}
	if genNamaTerlarang(base) {
		base = "_" + base
	}
	return base + ".pdf"
}

// genAman keeps ASCII letters, digits and "-" of s, turns every other run
// of characters into one "_", and drops accents ("Dinas Kesehatan/KB" →
// "Dinas_Kesehatan_KB", "Pelayanan Publik" stays readable).
func genAman(s string, maks int) string {
	var b strings.Builder
	lastUnderscore := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent: "é" → "e"
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-'):
			b.WriteRune(r)
			lastUnderscore = false
		default:
			if !lastUnderscore {
				b.WriteByte('_')
				lastUnderscore = true
			}
		}
	}
	out := strings.Trim(b.String(), "_-")
	if len(out) > maks {
		out = strings.TrimRight(out[:maks], "_-")
	}
	return out
}

// genNamaTerlarang reports a name Windows reserves for devices, with or
// without an extension.
func genNamaTerlarang(base string) bool {
	stem := strings.ToUpper(base)
	if i := strings.IndexByte(stem, '.'); i >= 0 {
		stem = stem[:i]
	}
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) && stem[3] >= '0' && stem[3] <= '9' {
		return true
	}
	return false
}

// genNamaUnik gives a name not yet used in this run (case-insensitively,
// as on Windows and macOS): two workbooks of the same unit and quarter
// get "…_2.pdf" instead of one overwriting the other.
func genNamaUnik(name string, pakai map[string]bool) string {
	stem := strings.TrimSuffix(name, ".pdf")
	cand := name
	for i := 2; pakai[strings.ToLower(cand)]; i++ {
		cand = stem + "_" + strconv.Itoa(i) + ".pdf"
	}
	pakai[strings.ToLower(cand)] = true
	return cand
}

// genBar is the progress bar, drawn on stderr only when it is a terminal
// and there are several inputs.
type genBar struct {
	w        io.Writer
	on       bool
	n, done  int
	terakhir string
	tampil   bool
}

func genBarBaru(w io.Writer, n int) *genBar {
	b := &genBar{w: w, n: n}
	if f, ok := w.(*os.File); ok && n > 1 && term.IsTerminal(int(f.Fd())) {
		b.on = true
	}
	return b
}

func (b *genBar) maju(path string) {
	b.done++
	b.terakhir = filepath.Base(path)
	b.gambar()
}

func (b *genBar) gambar() {
	if !b.on {
		return
	}
	const lebar = 30
	isi := lebar * b.done / max(b.n, 1)
	fmt.Fprintf(b.w, "\r\033[K[%s%s] %d/%d %s", strings.Repeat("#", isi), strings.Repeat("-", lebar-isi),
		b.done, b.n, genPendek(b.terakhir, 40))
	b.tampil = true
}

func (b *genBar) hapus() {
	if b.on && b.tampil {
		fmt.Fprint(b.w, "\r\033[K")
		b.tampil = false
	}
}

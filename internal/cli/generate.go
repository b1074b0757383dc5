package cli

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/report"
)

// generate is orchestration only: the per-file pipeline is in
// generate_pipeline.go (read, check, render), the worker pool in
// generate_pool.go, the output names in naming.go, placing the PDFs in
// generate_output.go and the progress bar in progress.go.

type generateOptions struct {
	data      dataFlags
	output    string
	outDir    string
	draf      bool
	jobs      int
	templates string
	format    string
	timpa     bool
	kertas    string
	margin    string
	// marginCM is margin read (kinerja.ParseMargin).
	marginCM kinerja.Margin
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
ditolak. Nama bawaan (tanpa -o) tidak pernah mengikuti tautan, pipa atau
perangkat yang sudah ada dengan nama itu: PDF ditulis dengan akhiran _2, _3, …

Tanggal laporan: Tanggal Laporan di lembar Identitas, atau --tanggal, atau
hari ini. Buku kerja dan opsi yang sama menghasilkan PDF yang sama persis
(tanggal pembuatan PDF = tanggal laporan, atau SOURCE_DATE_EPOCH bila diisi).

Status keluar: 0 semua laporan dibuat; 1 ada data dengan galat atau buku
kerja yang tidak dapat dibaca; 2 perintah tidak dapat dijalankan (opsi
salah, berkas tidak ada, folder keluaran tidak dapat ditulisi).`,
			Example: `  lapkin generate laporan.xlsx
  lapkin generate laporan.xlsx -o "Laporan TW II.pdf"
  lapkin generate data/*.xlsx --out-dir hasil --triwulan auto
  lapkin generate data --out-dir hasil       (semua .xlsx di folder data)
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
				paths, err := expandInputs(args, o.data.recursive, e.stderr)
				if err != nil {
					return err
				}
				return runGenerate(e, o, paths)
			},
		}
		o.data.add(cmd.Flags(), true)
		f := cmd.Flags()
		f.StringVarP(&o.output, "output", "o", "", "nama berkas PDF (hanya untuk satu berkas masukan); - menulis PDF ke keluaran standar")
		f.StringVar(&o.outDir, "out-dir", "", "folder tempat PDF ditulis (dibuat bila belum ada)")
		f.BoolVar(&o.draf, "draf", false, "buat laporan walaupun data masih bergalat; setiap halaman diberi tanda DRAF")
		f.IntVarP(&o.jobs, "jobs", "j", 0, "jumlah berkas yang diproses bersamaan (bawaan 0: sebanyak CPU komputer)")
		f.StringVar(&o.templates, "templates", "", "folder templat narasi pengganti templat bawaan (lihat templates/README.md)")
		f.StringVar(&o.format, "format", "text", "`FORMAT` keluaran di stdout: text (jalur PDF) atau json (satu objek per berkas per baris)")
		f.StringVar(&o.kertas, "kertas", "", "ukuran `KERTAS`: A4 atau F4 (215 × 330 mm); bawaan: Kertas di lembar Identitas, atau A4")
		f.StringVar(&o.margin, "margin", "", "`MARGIN` halaman dalam cm: kiri,atas,kanan,bawah, mis. 4,3,3,3 (paling kecil kiri 3, lainnya 2); bawaan: Margin di lembar Identitas, atau kiri 3, atas dan bawah 2, bidang teks 16 cm")
		f.BoolVar(&o.timpa, "timpa", false, "timpa laporan final bernama bawaan yang lebih baru daripada buku kerjanya (mis. yang sudah ditandatangani)")
		return cmd
	})
}

// checkGenerateFlags checks the flags that do not need any file.
func checkGenerateFlags(o *generateOptions, paths []string) error {
	if o.output != "" && len(paths) > 1 {
		return usageErr("-o hanya dapat dipakai untuk satu berkas masukan; untuk %d berkas pakai --out-dir", len(paths))
	}
	if o.output != "" && o.outDir != "" {
		return usageErr("pakai -o atau --out-dir, tidak keduanya")
	}
	if o.format != "text" && o.format != "json" {
		return usageErr("--format: %q tidak dikenal; pilih text atau json", o.format)
	}
	if o.format == "json" && output.IsStdout(o.output) {
		return usageErr("--format json menulis hasil ke keluaran standar; -o %s juga: pakai salah satu", o.output)
	}
	if o.kertas != "" {
		k, ok := report.PaperName(o.kertas)
		if !ok {
			return usageErr("--kertas: %q tidak dikenal; pilih A4 atau F4", o.kertas)
		}
		o.kertas = k
	}
	if o.margin != "" {
		m, err := kinerja.ParseMargin(o.margin)
		if err != nil {
			return usageErr("--margin: %v", err)
		}
		o.marginCM = m
	}
	if o.jobs < 0 {
		return usageErr("--jobs harus 1 atau lebih, atau 0 untuk sebanyak CPU (diberikan %d)", o.jobs)
	}
	return nil
}

func runGenerate(e *env, o *generateOptions, paths []string) error {
	m, err := o.data.checkFlags()
	if err != nil {
		return err
	}
	if err := checkGenerateFlags(o, paths); err != nil {
		return err
	}
	if len(paths) == 0 { // only lock files were given (LK030)
		fmt.Fprintln(e.stderr, "0 laporan dibuat, 0 gagal")
		return nil
	}
	if o.jobs == 0 {
		o.jobs = runtime.NumCPU()
	}
	defer tuneGC(paths)()
	templates := loadTemplatesAsync(o.templates)
	created, err := sourceDate()
	if err != nil {
		return err
	}
	today, err := o.data.today()
	if err != nil {
		return err
	}
	ctx := e.context()

	job := &reportJob{opts: o, metode: m, templates: templates, today: today, created: created}
	pool := startPool(ctx, paths, o.jobs, job.build)
	if _, err := templates(); err != nil {
		return usageErr("%v", err)
	}
	dir, err := prepareOutput(e, o, paths)
	if err != nil {
		return err
	}

	n := len(paths)
	bar := newProgressBar(e, n)
	var made, kept, code int
	var failed []string
	names := map[string]bool{} // output names already written in this run
	for r := range pool.inOrder(func(path string) { bar.advance(path) }) {
		bar.clear()
		oc := writeResult(ctx, e, o, dir, r, names)
		pool.release(r)
		switch {
		case oc.Status == statusKept:
			kept++
		case oc.code == ExitOK:
			made++
		default:
			failed = append(failed, r.path)
			code = max(code, oc.code)
		}
		if o.format == "json" {
			if err := writeJSONLine(e.stdout, oc); err != nil {
				return usageErr("gagal menulis keluaran: %s", output.Message(err))
			}
		}
		bar.draw()
	}
	bar.clear()
	fmt.Fprintln(e.stderr, closingLine(made, kept, failed))
	if ctx.Err() != nil {
		return cancelledErr("%d berkas belum diproses; tidak ada PDF setengah jadi yang tertinggal", n-made-kept-len(failed))
	}
	if code != ExitOK {
		return silentExit(code)
	}
	return nil
}

// closingLine counts the reports made, kept and failed, and names the
// files that failed (the first ten).
func closingLine(made, kept int, failed []string) string {
	s := fmt.Sprintf("%d laporan dibuat, %d gagal", made, len(failed))
	if kept > 0 {
		s += fmt.Sprintf(", %d dilewati (sudah ada yang lebih baru)", kept)
	}
	if len(failed) > 0 {
		names := failed
		if len(names) > 10 {
			names = append(names[:10:10], fmt.Sprintf("dan %d lainnya", len(failed)-10))
		}
		s += ": " + strings.Join(names, ", ")
	}
	return s
}

// loadTemplatesAsync compiles the regular expressions every report's
// checks run (needed first, when the first workbook has been read), parses the narrative
// templates, then the fonts, in one goroutine while the workers read the
// first workbooks (one goroutine, made before the workers, so that on two
// CPUs reading starts at once). The function returned waits for the
// templates.
func loadTemplatesAsync(dir string) func() (*report.Templates, error) {
	var tpl *report.Templates
	var tplErr error
	ready := make(chan struct{})
	go func() {
		kinerja.Prepare()
		tpl, tplErr = report.LoadTemplates(dir)
		close(ready)
		report.PrepareFonts()
	}()
	return func() (*report.Templates, error) {
		<-ready
		return tpl, tplErr
	}
}

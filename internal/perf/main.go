// Command perf measures lapkin as users run it — whole processes of the
// built binary — against the performance targets of PERFORMANCE.md:
//
//	go run ./internal/perf             # all, median of 5 runs (3 for L)
//	go run ./internal/perf -only S,batch -runs 9
//	go run ./internal/perf -only S,peers -runs 11 -peers DIR   # against the peers
//
// It builds cmd/lapkin, writes the synthetic workbooks (internal/contoh: S, the
// reference size; L, 2,000 indicators / 20,000 kegiatan; L3, the same with
// the budget rows as a three-level tree; L/10; and a batch
// of S workbooks, each from its own seed) into a temporary folder, runs
// each case once to warm the file cache and then -runs times, and prints
// the medians of wall time, CPU time and peak RSS (the child's getrusage)
// as a Markdown table with the target and whether it is met. With -peers
// (the folder of the Python peer) and LibreOffice on the PATH it also runs
// the peers, interleaved with lapkin round by round, and prints their
// times as ratios to lapkin's. It exits 1 when a target is missed.
// Nothing is timed inside `go test`.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

func main() {
	runs := flag.Int("runs", 5, "measured runs per case (the median is reported)")
	runsL := flag.Int("runs-l", 3, "measured runs of the L cases")
	batch := flag.Int("batch", 1000, "workbooks in the batch case")
	jobs := flag.Int("j", 2, "generate -j for the batch case")
	bin := flag.String("bin", "", "lapkin binary to measure (default: build ./cmd/lapkin)")
	keep := flag.String("dir", "", "work folder (default: a temporary one, removed at the end)")
	only := flag.String("only", "", "comma-separated cases to run: S, peers, L, L10, validateL, L3, validateL3, batch (default all)")
	peers := flag.String("peers", os.Getenv("LAPKIN_PEERS"), "folder with the Python peer (gen_sample.py, report_reportlab.py); default $LAPKIN_PEERS; empty: no Python peer")
	python := flag.String("python", "/usr/bin/python3", "Python for the Python peer (needs openpyxl and reportlab)")
	soffice := flag.String("soffice", "soffice", "LibreOffice for the LibreOffice peer; \"none\": no LibreOffice peer")
	anak := flag.String("tulis", "", "internal: write the workbooks into this folder and exit")
	flag.Parse()
	if *anak != "" {
		if err := writeAll(*anak, *batch); err != nil {
			fmt.Fprintln(os.Stderr, "perf:", err)
			os.Exit(2)
		}
		return
	}
	peer := peerConfig{dir: *peers, python: *python, soffice: *soffice}
	if err := run(*runs, *runsL, *batch, *jobs, *bin, *keep, *only, peer); err != nil {
		fmt.Fprintln(os.Stderr, "perf:", err)
		os.Exit(2)
	}
	if gagal {
		os.Exit(1)
	}
}

var gagal bool // a target was missed

// ukuran is a measured run.
type ukuran struct {
	wall time.Duration
	cpu  time.Duration // user + system time of the process
	rss  int64         // bytes; 0 when unknown
}

// kasus is one case: a command and its targets.
type kasus struct {
	nama  string
	args  []string
	runs  int
	siap  func() error // before each run (e.g. empty the output folder)
	maksT time.Duration
	maksM int64
	// maksCPU: the process's CPU time (user + system)
	maksCPU time.Duration
}

// peerConfig says where the peers are (see PERFORMANCE.md).
type peerConfig struct {
	dir     string // folder of the Python peer's scripts; "" for none
	python  string
	soffice string // "none" for none
}

func run(runs, runsL, nBatch, jobs int, bin, dir, only string, peer peerConfig) error {
	if dir == "" {
		d, err := os.MkdirTemp("", "lapkin-perf-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	pilih := func(n string) bool {
		if only == "" {
			return true
		}
		for _, o := range strings.Split(only, ",") {
			if strings.EqualFold(strings.TrimSpace(o), n) {
				return true
			}
		}
		return false
	}
	if bin == "" {
		bin = filepath.Join(dir, "lapkin")
		if runtime.GOOS == "windows" {
			bin += ".exe"
		}
		// Built as the release archives are (.goreleaser.yaml): pure Go,
		// so statically linked — with cgo available, go build links the
		// binary dynamically against libc (net, which excelize brings,
		// has a cgo resolver), and loading it costs every start ~2–3 ms.
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, "./cmd/lapkin")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go build (run from the repository root): %w", err)
		}
	}
	machineInfo()

	// The workbooks are written by a child process: on Linux a child's
	// peak RSS counts the parent's at the time it was started, so this
	// process must stay small.
	self, err := os.Executable()
	if err != nil {
		return err
	}
	w := exec.Command(self, "-tulis", dir, "-batch", fmt.Sprint(nBatch))
	w.Stdout, w.Stderr = os.Stdout, os.Stderr
	if err := w.Run(); err != nil {
		return fmt.Errorf("writing the workbooks: %w", err)
	}
	fS, fL, fL10 := filepath.Join(dir, "S.xlsx"), filepath.Join(dir, "L.xlsx"), filepath.Join(dir, "L10.xlsx")
	fL3 := filepath.Join(dir, "L3.xlsx")
	batch := make([]string, nBatch)
	for i := range batch {
		batch[i] = filepath.Join(dir, "batch", fmt.Sprintf("sintetis-%04d.xlsx", i+1))
	}
	out := filepath.Join(dir, "out")
	bersih := func() error {
		if err := os.RemoveAll(out); err != nil {
			return err
		}
		return os.MkdirAll(out, 0o755)
	}
	pdf := filepath.Join(dir, "laporan.pdf")

	var hasil []string
	baris := func(k kasus, u ukuran, ket string) {
		t, m := "", ""
		ok := true
		if k.maksT > 0 {
			t = "≤ " + durasi(k.maksT)
			ok = ok && u.wall <= k.maksT
		}
		if k.maksM > 0 {
			m = fmt.Sprintf("≤ %d MB", k.maksM>>20)
			ok = ok && (u.rss == 0 || u.rss <= k.maksM)
		}
		if k.maksCPU > 0 {
			t = strings.TrimSpace(t + " CPU ≤ " + durasi(k.maksCPU))
			ok = ok && u.cpu <= k.maksCPU
		}
		verdict := "yes"
		if !ok {
			verdict, gagal = "**no**", true
		}
		if k.maksT == 0 && k.maksM == 0 && k.maksCPU == 0 {
			verdict = ""
		}
		hasil = append(hasil, fmt.Sprintf("| %s | %s (CPU %s) | %s | %s | %s | %s |", k.nama, durasi(u.wall), durasi(u.cpu), mb(u.rss), strings.TrimSpace(t+" "+m), verdict, ket))
	}

	var uL, uL10 ukuran
	if pilih("peers") && (peer.dir != "" || peer.soffice != "none") {
		rows, err := compareRuns(bin, fS, dir, runs, peer)
		if err != nil {
			return err
		}
		hasil = append(hasil, rows...)
	}
	if pilih("S") {
		k := kasus{nama: "generate S", args: []string{"generate", fS, "-o", pdf}, runs: runs, maksCPU: 25 * time.Millisecond, maksM: 40 << 20}
		u, err := measureCase(bin, k)
		if err != nil {
			return err
		}
		baris(k, u, fmt.Sprintf("median of %d", k.runs))
	}
	if pilih("L10") {
		k := kasus{nama: "generate L/10", args: []string{"generate", fL10, "-o", pdf}, runs: runsL}
		if uL10, err = measureCase(bin, k); err != nil {
			return err
		}
		baris(k, uL10, fmt.Sprintf("median of %d", k.runs))
	}
	if pilih("L") {
		k := kasus{nama: "generate L", args: []string{"generate", fL, "-o", pdf}, runs: runsL, maksT: 3 * time.Second, maksM: 300 << 20}
		if uL, err = measureCase(bin, k); err != nil {
			return err
		}
		baris(k, uL, fmt.Sprintf("median of %d", k.runs))
	}
	if uL.wall > 0 && uL10.wall > 0 {
		r := float64(uL.wall) / float64(uL10.wall)
		verdict := "yes"
		if r > 12 {
			verdict, gagal = "**no**", true
		}
		hasil = append(hasil, fmt.Sprintf("| growth L / (L/10) | %.1f× | | ≤ 12× | %s | 10× the rows |", r, verdict))
	}
	if pilih("validateL") {
		k := kasus{nama: "validate L", args: []string{"validate", fL}, runs: runsL, maksT: time.Second}
		u, err := measureCase(bin, k)
		if err != nil {
			return err
		}
		baris(k, u, fmt.Sprintf("median of %d", k.runs))
	}
	if pilih("L3") {
		// L's 20,000 budget rows as a program → kegiatan → sub kegiatan
		// tree: the same targets as L.
		k := kasus{nama: "generate L (three-level tree)", args: []string{"generate", fL3, "-o", pdf}, runs: runsL, maksT: 3 * time.Second, maksM: 300 << 20}
		u, err := measureCase(bin, k)
		if err != nil {
			return err
		}
		baris(k, u, fmt.Sprintf("median of %d", k.runs))
	}
	if pilih("validateL3") {
		k := kasus{nama: "validate L (three-level tree)", args: []string{"validate", fL3}, runs: runsL, maksT: time.Second}
		u, err := measureCase(bin, k)
		if err != nil {
			return err
		}
		baris(k, u, fmt.Sprintf("median of %d", k.runs))
	}
	if pilih("batch") {
		args := append([]string{"generate", "--out-dir", out, "-j", fmt.Sprint(jobs)}, batch...)
		k := kasus{nama: fmt.Sprintf("batch %d × S, -j %d", len(batch), jobs), args: args, runs: min(runs, 3), siap: bersih}
		u, err := measureCase(bin, k)
		if err != nil {
			return err
		}
		rate := float64(len(batch)) / u.wall.Seconds()
		verdict := "yes"
		if rate < 100 {
			verdict, gagal = "**no**", true
		}
		hasil = append(hasil, fmt.Sprintf("| %s | %s (%.0f reports/s) | %s | ≥ 100 reports/s | %s | median of %d |",
			k.nama, durasi(u.wall), rate, mb(u.rss), verdict, k.runs))
	}
	fmt.Println()
	fmt.Println("| case | time | peak RSS | target | met | |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, h := range hasil {
		fmt.Println(h)
	}
	return nil
}

// measureCase runs a case once unmeasured, then k.runs times, and returns the
// medians.
func measureCase(bin string, k kasus) (ukuran, error) {
	var us []ukuran
	for i := 0; i <= k.runs; i++ {
		if k.siap != nil {
			if err := k.siap(); err != nil {
				return ukuran{}, err
			}
		}
		u, err := runOnce(bin, k.args)
		if err != nil {
			return ukuran{}, err
		}
		if i == 0 {
			continue // warm-up
		}
		us = append(us, u)
		fmt.Fprintf(os.Stderr, "%s: run %d: %s, CPU %s, %s\n", k.nama, i, durasi(u.wall), durasi(u.cpu), mb(u.rss))
	}
	return median(us), nil
}

// runOnce runs a command once and measures it.
func runOnce(name string, args []string) (ukuran, error) {
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return ukuran{}, fmt.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args[:min(len(args), 4)], " "), err, stderr.String())
	}
	ps := cmd.ProcessState
	return ukuran{wall: wall, cpu: ps.UserTime() + ps.SystemTime(), rss: maxRSS(ps)}, nil
}

// median is the median of each measure on its own.
func median(us []ukuran) ukuran {
	var ws, cs []time.Duration
	var ms []int64
	for _, u := range us {
		ws, cs, ms = append(ws, u.wall), append(cs, u.cpu), append(ms, u.rss)
	}
	slices.Sort(ws)
	slices.Sort(cs)
	slices.Sort(ms)
	return ukuran{wall: ws[len(ws)/2], cpu: cs[len(cs)/2], rss: ms[len(ms)/2]}
}

// compareRuns measures lapkin's generate S against the peers in one run:
// round by round, each command once per round (after one unmeasured
// round), so that the load of the machine weighs on all alike; it returns
// the table rows, with the ratios of the peers' medians to lapkin's.
func compareRuns(bin, fS, dir string, runs int, peer peerConfig) ([]string, error) {
	type cmd struct {
		nama string
		name string
		args []string
		min  float64 // target: at least this many times lapkin's wall time
	}
	cmds := []cmd{{nama: "lapkin generate S", name: bin, args: []string{"generate", fS, "-o", filepath.Join(dir, "banding.pdf")}}}
	if peer.dir != "" {
		sample := filepath.Join(dir, "sample.xlsx")
		gen := exec.Command(peer.python, filepath.Join(peer.dir, "gen_sample.py"), sample)
		gen.Stdout, gen.Stderr = os.Stderr, os.Stderr
		if err := gen.Run(); err != nil {
			return nil, fmt.Errorf("the Python peer's sample: %w", err)
		}
		cmds = append(cmds, cmd{nama: "Python peer (openpyxl + reportlab)", name: peer.python,
			args: []string{filepath.Join(peer.dir, "report_reportlab.py"), sample, filepath.Join(dir, "py.pdf")}, min: 15})
	}
	if peer.soffice != "none" {
		if so, err := exec.LookPath(peer.soffice); err == nil {
			profile := "file://" + filepath.ToSlash(filepath.Join(dir, "lo-profile"))
			cmds = append(cmds, cmd{nama: "LibreOffice (S workbook → PDF)", name: so,
				args: []string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", filepath.Join(dir, "lo"), fS}, min: 60})
		} else {
			fmt.Fprintln(os.Stderr, "perf: no LibreOffice:", err)
		}
	}
	us := make([][]ukuran, len(cmds))
	for i := 0; i <= runs; i++ {
		for j, c := range cmds {
			u, err := runOnce(c.name, c.args)
			if err != nil {
				return nil, err
			}
			if i > 0 { // round 0 warms up
				us[j] = append(us[j], u)
				fmt.Fprintf(os.Stderr, "%s: run %d: %s, CPU %s\n", c.nama, i, durasi(u.wall), durasi(u.cpu))
			}
		}
	}
	base := median(us[0])
	var rows []string
	for j, c := range cmds {
		m := median(us[j])
		if j == 0 {
			rows = append(rows, fmt.Sprintf("| %s, with the peers | %s (CPU %s) | %s | | | median of %d, interleaved |", c.nama, durasi(m.wall), durasi(m.cpu), mb(m.rss), runs))
			continue
		}
		r := float64(m.wall) / float64(base.wall)
		verdict := "yes"
		if r < c.min {
			verdict, gagal = "**no**", true
		}
		rows = append(rows, fmt.Sprintf("| %s | %s (CPU %s) = **%.1f×** lapkin (CPU %.1f×) | %s | ≥ %.0f× | %s | median of %d, interleaved |",
			c.nama, durasi(m.wall), durasi(m.cpu), r, float64(m.cpu)/float64(base.cpu), mb(m.rss), c.min, verdict, runs))
	}
	return rows, nil
}

// writeAll writes the workbooks of every case into dir (those already
// there are kept).
func writeAll(dir string, nBatch int) error {
	l10 := contoh.Ukuran{Indikator: contoh.UkuranL.Indikator / 10, Kegiatan: contoh.UkuranL.Kegiatan / 10}
	for _, w := range []struct {
		name string
		u    contoh.Ukuran
	}{{"S.xlsx", contoh.UkuranS}, {"L10.xlsx", l10}, {"L.xlsx", contoh.UkuranL}, {"L3.xlsx", contoh.UkuranL3}} {
		p := filepath.Join(dir, w.name)
		if _, err := os.Stat(p); err == nil {
			continue
		}
		var b bytes.Buffer
		if err := workbook.Write(&b, contoh.Sintetis(w.u, 1)); err != nil {
			return err
		}
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	_, err := writeBatch(filepath.Join(dir, "batch"), nBatch)
	return err
}

// writeBatch writes n S workbooks, each from its own seed, in parallel.
func writeBatch(dir string, n int) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	paths := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.NumCPU())
	for i := range paths {
		paths[i] = filepath.Join(dir, fmt.Sprintf("sintetis-%04d.xlsx", i+1))
		if _, err := os.Stat(paths[i]); err == nil {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			var b bytes.Buffer
			if errs[i] = workbook.Write(&b, contoh.Sintetis(contoh.UkuranS, uint64(i+1))); errs[i] == nil {
				errs[i] = os.WriteFile(paths[i], b.Bytes(), 0o644)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return paths, nil
}

// machineInfo prints the machine: CPUs, CPU model, memory, Go.
func machineInfo() {
	model, mem := "", ""
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if f, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "MemTotal:") {
				mem = strings.Join(strings.Fields(sc.Text())[1:], " ")
				break
			}
		}
		f.Close()
	}
	goVer, _ := exec.Command("go", "version").Output()
	fmt.Printf("machine: %d CPUs (%s), %s %s, memory %s\n%s", runtime.NumCPU(), model, runtime.GOOS, runtime.GOARCH, mem, goVer)
}

func durasi(d time.Duration) string {
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	default:
		return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
	}
}

func mb(b int64) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f MB", float64(b)/(1<<20))
}

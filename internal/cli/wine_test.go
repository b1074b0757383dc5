package cli

import (
	"bytes"
	"context"
	"debug/pe"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/internal/iostreams"
)

// The Windows build, run as a Windows user runs it, under Wine (README,
// "Decisions": what this does and does not prove). The test skips when
// Wine is not installed, and fails then under LAPKIN_REQUIRE_TOOLS=1
// (.ci/run installs Debian's wine64: about 40 s, and this test 20–45 s).

// wineTimeout bounds every Wine run: a program waiting for input that
// never comes must fail the test, never hang it.
const wineTimeout = 2 * time.Minute

// wine is a private Wine prefix (a fresh C: drive and registry) with the
// Windows build of lapkin in it.
type wine struct {
	loader, server string // the wine (or wine64) program and its wineserver
	env            []string
	exe            string // lapkin.exe, as a Unix path
	logs           string // folder of the runs' output files
}

// findWine finds the Wine loader: wine or wine64 on PATH, or where
// Debian's wine64 package puts it without the wine wrapper package.
func findWine(t *testing.T) string {
	t.Helper()
	if runtime.GOARCH != "amd64" {
		t.Skip("Wine runs the windows/amd64 build on an x86-64 machine only")
	}
	for _, name := range []string{"wine", "wine64", "/usr/lib/wine/wine64"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return alat.Perlu(t, "wine") // skips, or fails under LAPKIN_REQUIRE_TOOLS=1
}

func newWine(t *testing.T) *wine {
	t.Helper()
	loader := findWine(t)
	w := &wine{loader: loader}
	w.server = filepath.Join(filepath.Dir(loader), "wineserver")
	if _, err := os.Stat(w.server); err != nil {
		if p, err := exec.LookPath("wineserver"); err == nil {
			w.server = p
		}
	}
	dir := t.TempDir()
	w.exe = filepath.Join(dir, "lapkin.exe")
	w.logs = filepath.Join(dir, "logs")
	if err := os.Mkdir(w.logs, 0o755); err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "-o", w.exe, "./cmd/lapkin")
	build.Dir = filepath.Join("..", "..")
	build.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=windows", "GOARCH=amd64")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build for windows/amd64: %v\n%s", err, out)
	}
	prefix := filepath.Join(dir, "prefix")
	// Wine's own temporary folder (the wineserver's socket) inside this
	// test's folder too.
	wineTmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(wineTmp, 0o755); err != nil {
		t.Fatal(err)
	}
	w.env = append(os.Environ(), "WINEPREFIX="+prefix, "WINEDEBUG=-all", "TMPDIR="+wineTmp,
		// No Mono or Gecko: nothing to install, no dialog asking to.
		"WINEDLLOVERRIDES=mscoree,mshtml=", "DISPLAY=", "SOURCE_DATE_EPOCH=1700000000")
	if err := os.Mkdir(prefix, 0o755); err != nil {
		t.Fatal(err)
	}
	// One wineserver for all the runs (each run then starts in a fifth of
	// a second, not two), ending 10 s after the last program at the
	// latest; stopped before the folder is removed.
	srv := exec.Command(w.server, "-p10")
	srv.Env = w.env
	if err := srv.Run(); err != nil {
		t.Fatalf("wineserver: %v", err)
	}
	t.Cleanup(func() {
		for _, arg := range []string{"-k", "-w"} { // kill, then wait until it has ended
			k := exec.Command(w.server, arg)
			k.Env = w.env
			k.Run()
		}
	})
	if _, _, err := w.run(t, dir, "wineboot", "-i"); err != nil {
		t.Fatalf("making the Wine prefix: %v", err)
	}
	// The Go runtime needs bcryptprimitives.dll's ProcessPrng (Windows 10
	// and later, Wine 8.13 and later); Debian 12's Wine 8.0 lacks it. A
	// DLL that forwards it to RtlGenRandom (advapi32's SystemFunction036,
	// the same random source) lets the runtime start; nothing else of
	// lapkin goes through it.
	sys32 := filepath.Join(prefix, "drive_c", "windows", "system32")
	if _, err := os.Stat(filepath.Join(sys32, "bcryptprimitives.dll")); err != nil {
		dll := forwarderDLL("bcryptprimitives.dll", "ProcessPrng", "advapi32.SystemFunction036")
		if err := os.WriteFile(filepath.Join(sys32, "bcryptprimitives.dll"), dll, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

// run runs a Windows program (lapkin.exe or one of Wine's) in dir with
// stdin empty, as CI has it. Its output goes to files, not pipes: Wine's
// background programs (services.exe, …) inherit the streams and would
// keep a pipe open until the wineserver ends.
func (w *wine) run(t *testing.T, dir string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wineTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, w.loader, args...)
	cmd.Dir = dir
	cmd.Env = w.env
	files := [2]*os.File{}
	for i := range files {
		f, err := os.CreateTemp(w.logs, "out")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		files[i] = f
	}
	cmd.Stdout, cmd.Stderr = files[0], files[1]
	err = cmd.Run()
	o, _ := os.ReadFile(files[0].Name())
	e, _ := os.ReadFile(files[1].Name())
	if ctx.Err() != nil {
		t.Fatalf("wine %q did not end within %v (waiting for input?)\nstdout:\n%s\nstderr:\n%s", args, wineTimeout, o, e)
	}
	return string(o), string(e), err
}

// holdSource is a Windows program that keeps a file open (os.Open: shared
// for reading and writing, not for deletion or renaming, like a PDF
// reader) until a second file appears.
const holdSource = `package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer f.Close()
	fmt.Println("terbuka")
	for range 600 {
		if _, err := os.Stat(os.Args[2]); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}
`

// holder builds holdSource for Windows and returns its path.
func (w *wine) holder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "hold.go")
	if err := os.WriteFile(src, []byte(holdSource), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "hold.exe")
	build := exec.Command("go", "build", "-o", exe, src)
	build.Dir = dir
	build.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=windows", "GOARCH=amd64", "GO111MODULE=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build hold.go: %v\n%s", err, out)
	}
	return exe
}

// startHold starts the holder and waits until it has the file open;
// the returned function waits for it to end (within wineTimeout).
func (w *wine) startHold(t *testing.T, dir string, args ...string) (wait func()) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wineTimeout)
	cmd := exec.CommandContext(ctx, w.loader, args...)
	cmd.Dir, cmd.Env = dir, w.env
	out, err := os.CreateTemp(w.logs, "out")
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	wait = func() {
		cmd.Wait()
		cancel()
		out.Close()
	}
	for {
		b, _ := os.ReadFile(out.Name())
		if bytes.Contains(b, []byte("\n")) {
			if !bytes.HasPrefix(b, []byte("terbuka")) {
				wait()
				t.Fatalf("%q: %s", args, b)
			}
			return wait
		}
		if ctx.Err() != nil {
			wait()
			t.Fatalf("%q printed nothing within %v", args, wineTimeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// lapkin runs lapkin.exe with args in dir and returns its exit code.
func (w *wine) lapkin(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	stdout, stderr, err := w.run(t, dir, append([]string{w.exe}, args...)...)
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), stdout, stderr
	} else if err != nil {
		t.Fatalf("wine lapkin.exe %q: %v", args, err)
	}
	return 0, stdout, stderr
}

// winPath is a Unix path as a Windows program under Wine names it: drive
// Z: is the Unix root.
func winPath(p string) string {
	return `Z:` + strings.ReplaceAll(p, "/", `\`)
}

// runLinux runs lapkin in this process (the Linux build) for comparison.
func runLinux(t *testing.T, dir string, args ...string) (code int, stdout string) {
	t.Helper()
	t.Chdir(dir)
	ios, _, out, _ := iostreams.Test()
	code = RunStreams(context.Background(), args, ios)
	return code, out.String()
}

func TestWindowsUnderWine(t *testing.T) {
	if testing.Short() {
		t.Skip("Wine runs take a while: not in -short")
	}
	w := newWine(t)
	dir := filepath.Join(t.TempDir(), "Laporan Kinerja") // a folder with a space
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	clean := genBuku(t, dir, "bersih.xlsx", contoh.Bersih())
	ref := genBuku(t, dir, "referensi rujukan.xlsx", contoh.Referensi())

	t.Run("version", func(t *testing.T) {
		code, out, _ := w.lapkin(t, dir, "version")
		if code != 0 || !strings.HasPrefix(out, "lapkin ") || !strings.Contains(out, "(windows/amd64)") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})

	t.Run("init", func(t *testing.T) {
		abs := filepath.Join(dir, "Laporan Saya.xlsx")
		code, out, errs := w.lapkin(t, dir, "init", winPath(abs))
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if _, err := os.Stat(abs); err != nil {
			t.Error(err)
		}
		// The next steps name the file as cmd.exe and PowerShell take it:
		// in double quotes, each backslash once.
		if want := `lapkin validate "` + winPath(abs) + `"`; !strings.Contains(out, want) {
			t.Errorf("stdout lacks %s:\n%s", want, out)
		}
		if err := os.Mkdir(filepath.Join(dir, "sub folder"), 0o755); err != nil {
			t.Fatal(err)
		}
		code, out, errs = w.lapkin(t, dir, "init", `sub folder\b.xlsx`)
		if _, err := os.Stat(filepath.Join(dir, "sub folder", "b.xlsx")); code != 0 || err != nil {
			t.Errorf("exit %d, %v: %s", code, err, errs)
		}
		if want := `lapkin generate "sub folder\b.xlsx"`; !strings.Contains(out, want) {
			t.Errorf("stdout lacks %s:\n%s", want, out)
		}
	})

	t.Run("validate", func(t *testing.T) {
		if code, out, errs := w.lapkin(t, dir, "validate", winPath(clean)); code != 0 || !strings.Contains(out, "0 galat") {
			t.Errorf("exit %d:\n%s%s", code, out, errs)
		}
		code, out, _ := w.lapkin(t, dir, "validate", filepath.Base(ref))
		// The reference workbook's capaian of IK7 is written 84,00% where
		// 84,69% is right (docs/aturan.md, LK020).
		if code != ExitData || !strings.Contains(out, "Realisasi!F9") || !strings.Contains(out, "84,69%") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})

	t.Run("generate", func(t *testing.T) {
		t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
		outW, outL := filepath.Join(dir, "pdf windows"), filepath.Join(dir, "pdf linux")
		for _, d := range []string{outW, outL} {
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		code, out, errs := w.lapkin(t, dir, "generate", "--draf", "--out-dir", filepath.Base(outW), filepath.Base(ref))
		name := "LAPKIN_2023_TW2_Kasi_Pemerintahan_Kecamatan_Senduro_DRAF.pdf"
		// Messages name the file with Windows' separator.
		if code != 0 || !strings.Contains(out, `pdf windows\`+name) {
			t.Fatalf("exit %d:\n%s%s", code, out, errs)
		}
		if code, _ := runLinux(t, dir, "generate", "--draf", "--out-dir", filepath.Base(outL), filepath.Base(ref)); code != 0 {
			t.Fatalf("linux build: exit %d", code)
		}
		pdfW, err := os.ReadFile(filepath.Join(outW, name))
		if err != nil {
			t.Fatal(err)
		}
		pdfL, err := os.ReadFile(filepath.Join(outL, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(pdfW, pdfL) {
			t.Errorf("the Windows build's PDF (%d bytes) differs from the Linux build's (%d bytes)", len(pdfW), len(pdfL))
		}
		if _, err := exec.LookPath("pdftotext"); err == nil {
			if txt := genTeks(t, filepath.Join(outW, name)); !strings.Contains(txt, "Kecamatan Senduro") {
				t.Errorf("pdftotext of the Windows build's PDF:\n%.500s", txt)
			}
		}
		// Made again over the existing file (--timpa, and -o): the rename
		// replaces it on Windows too.
		for _, args := range [][]string{
			{"generate", "--draf", "--timpa", "--out-dir", filepath.Base(outW), filepath.Base(ref)},
			{"generate", "--draf", "-o", `pdf windows\` + name, filepath.Base(ref)},
		} {
			if code, out, errs := w.lapkin(t, dir, args...); code != 0 {
				t.Errorf("%q: exit %d:\n%s%s", args, code, out, errs)
			}
		}
		if got := genDaftar(t, outW); len(got) != 1 || got[0] != name {
			t.Errorf("pdf windows holds %q, want only %s (no temporary file left)", got, name)
		}
	})

	// The report open in a PDF reader, which (as Windows' readers do)
	// opens it without FILE_SHARE_DELETE: Wine refuses the rename over it
	// as Windows does. The old report stays whole, no temporary file is
	// left, and the message says to close the program; once it is closed,
	// the same command works.
	t.Run("locked", func(t *testing.T) {
		folder := filepath.Join(dir, "terkunci")
		if err := os.Mkdir(folder, 0o755); err != nil {
			t.Fatal(err)
		}
		pdf := filepath.Join(folder, "laporan.pdf")
		if err := os.WriteFile(pdf, []byte("%PDF-1.4 lama"), 0o644); err != nil {
			t.Fatal(err)
		}
		stop := filepath.Join(folder, "selesai")
		hold := w.startHold(t, dir, w.holder(t), winPath(pdf), winPath(stop))
		args := []string{"generate", "-o", winPath(pdf), filepath.Base(clean)}
		code, _, errs := w.lapkin(t, dir, args...)
		if code == 0 || !strings.Contains(errs, "sedang dibuka program lain") {
			t.Errorf("over an open report: exit %d:\n%s", code, errs)
		}
		if b, _ := os.ReadFile(pdf); string(b) != "%PDF-1.4 lama" {
			t.Errorf("the open report was changed: %.20q", b)
		}
		if got := genDaftar(t, folder); len(got) != 1 {
			t.Errorf("left behind: %q", got)
		}
		if err := os.WriteFile(stop, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		hold()
		if code, _, errs := w.lapkin(t, dir, args...); code != 0 {
			t.Errorf("once closed: exit %d:\n%s", code, errs)
		}
	})

	// A folder path over Windows' old 260-character limit (Go adds the
	// \\?\ prefix), and a wildcard cmd.exe leaves to the program.
	t.Run("long path and wildcard", func(t *testing.T) {
		long := dir
		for i := 0; len(long) < 300; i++ {
			long = filepath.Join(long, fmt.Sprintf("folder laporan kinerja %02d", i))
		}
		if err := os.MkdirAll(long, 0o755); err != nil {
			t.Fatal(err)
		}
		code, out, errs := w.lapkin(t, dir, "generate", "--out-dir", winPath(long), filepath.Base(clean))
		if got := genDaftar(t, long); code != 0 || len(got) != 1 || !strings.Contains(out, winPath(filepath.Join(long, got[0]))) {
			t.Errorf("exit %d, %q:\n%s%s", code, got, out, errs)
		}
		code, out, _ = w.lapkin(t, dir, "validate", `*.xlsx`)
		if code != ExitData || !strings.Contains(out, "bersih.xlsx\n") || !strings.Contains(out, "referensi rujukan.xlsx\n") ||
			!strings.Contains(out, "berkas diperiksa") {
			t.Errorf("validate *.xlsx: exit %d:\n%s", code, out)
		}
	})

	t.Run("summary", func(t *testing.T) {
		args := []string{"summary", "--format", "csv", "--csv-lokal", filepath.Base(clean)}
		code, out, errs := w.lapkin(t, dir, args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if _, lin := runLinux(t, dir, args...); out != lin {
			t.Errorf("the Windows build's CSV differs from the Linux build's:\n%s\n---\n%s", out, lin)
		}
	})

	t.Run("deadline", func(t *testing.T) {
		// TW III 2024 ends Monday 30 September; the 5th working day after
		// it: Tue 1, Wed 2, Thu 3, Fri 4, Mon 7 October.
		code, out, _ := w.lapkin(t, dir, "deadline", "--tanggal", "2024-10-03")
		if code != 0 || !strings.HasPrefix(out, "Senin, 7 Oktober 2024") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})

	// Without a console (stdin, stdout and stderr are pipes, as in CI):
	// the command line's behaviour, never a wait for Enter.
	t.Run("no console", func(t *testing.T) {
		if code, out, _ := w.lapkin(t, dir); code != 0 || !strings.Contains(out, "Cara pakai") || strings.Contains(out, "Tekan Enter") {
			t.Errorf("no arguments: exit %d:\n%s", code, out)
		}
		code, _, errs := w.lapkin(t, dir, winPath(clean))
		if code != ExitUsage || !strings.Contains(errs, `lapkin generate "`+winPath(clean)+`"`) {
			t.Errorf("a workbook without a command: exit %d:\n%s", code, errs)
		}
	})

	// As Explorer starts it: "start" gives the program a console of its
	// own (with no display, one whose input is at its end at once). A
	// dropped workbook gets its report beside it; double-clicked, it
	// explains itself; neither waits forever.
	t.Run("explorer", func(t *testing.T) {
		drop := filepath.Join(dir, "seret")
		if err := os.Mkdir(drop, 0o755); err != nil {
			t.Fatal(err)
		}
		book := genBuku(t, drop, "Laporan TW–III (Dinkes) é.xlsx", contoh.Bersih()) // parentheses, non-ASCII
		if _, _, err := w.run(t, dir, "start", "/wait", "/unix", w.exe, winPath(book)); err != nil {
			t.Fatal(err)
		}
		if got := genDaftar(t, drop); len(got) != 2 || !strings.HasPrefix(got[0], "LAPKIN_2024_TW3_") {
			t.Errorf("the folder of the dropped workbook holds %q, want its report too", got)
		}
		if _, _, err := w.run(t, dir, "start", "/wait", "/unix", w.exe); err != nil {
			t.Fatal(err)
		}
	})

	// In a terminal (a pseudo-terminal here) Wine gives lapkin a console
	// of its own, as Explorer does: the explanation is shown, with its
	// non-ASCII letters intact (Go writes to a console in UTF-16, whatever
	// its code page), and lapkin waits for the Enter typed.
	t.Run("own console", func(t *testing.T) {
		script, err := exec.LookPath("script")
		if err != nil {
			t.Skip("script (util-linux) not installed")
		}
		ctx, cancel := context.WithTimeout(context.Background(), wineTimeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, script, "-qec", shellQuoteUnix(w.loader)+" "+shellQuoteUnix(w.exe), "/dev/null")
		cmd.Dir, cmd.Env = dir, w.env
		in, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		out, err := os.CreateTemp(w.logs, "out")
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		read := func() string { b, _ := os.ReadFile(out.Name()); return string(b) }
		// It asks for Enter and waits for it (ctx ends the wait for the
		// prompt: the process is killed then).
		for !strings.Contains(read(), "Tekan Enter") {
			select {
			case err := <-done:
				t.Fatalf("ended (%v) without asking for Enter:\n%s", err, read())
			case <-time.After(100 * time.Millisecond):
			}
		}
		select {
		case err := <-done:
			t.Fatalf("ended (%v) without waiting for Enter", err)
		case <-time.After(500 * time.Millisecond):
		}
		in.Write([]byte("\r"))
		err = <-done
		got := read()
		if ctx.Err() != nil || err != nil || !strings.Contains(got, "lapkin — Laporan Kinerja") || !strings.Contains(got, "• Seret buku kerja") {
			t.Errorf("%v:\n%s", err, got)
		}
	})
}

// shellQuoteUnix quotes a word for sh.
func shellQuoteUnix(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// forwarderDLL makes a 64-bit Windows DLL named name whose only export,
// export, forwards to target ("dll.Function"): the loader resolves it to
// target; the DLL has no code. Layout (PE/COFF): DOS header pointing at
// the PE header, COFF header, PE32+ optional header whose export
// directory is the one section, .edata.
func forwarderDLL(name, export, target string) []byte {
	const (
		fileAlign = 0x200
		rva       = 0x1000 // the section's address in memory
		dirSize   = 40     // IMAGE_EXPORT_DIRECTORY
	)
	le := binary.LittleEndian
	u32, u16 := le.AppendUint32, le.AppendUint16
	// .edata: the export directory, its three one-entry tables (function
	// address, name, ordinal), then the strings.
	functions := dirSize
	names := functions + 4
	ordinals := names + 4
	dllName := ordinals + 2
	exportName := dllName + len(name) + 1
	forward := exportName + len(export) + 1
	var sec []byte
	sec = u32(sec, 0)                      // Characteristics
	sec = u32(sec, 0)                      // TimeDateStamp
	sec = u32(sec, 0)                      // Major/MinorVersion
	sec = u32(sec, uint32(rva+dllName))    // Name
	sec = u32(sec, 1)                      // Base (first ordinal)
	sec = u32(sec, 1)                      // NumberOfFunctions
	sec = u32(sec, 1)                      // NumberOfNames
	sec = u32(sec, uint32(rva+functions))  // AddressOfFunctions
	sec = u32(sec, uint32(rva+names))      // AddressOfNames
	sec = u32(sec, uint32(rva+ordinals))   // AddressOfNameOrdinals
	sec = u32(sec, uint32(rva+forward))    // the function: inside the export directory, so a forwarder
	sec = u32(sec, uint32(rva+exportName)) // its name
	sec = u16(sec, 0)                      // its ordinal index
	sec = append(sec, name+"\x00"+export+"\x00"+target+"\x00"...)

	h := make([]byte, 0x40, fileAlign)
	copy(h, "MZ")
	le.PutUint32(h[0x3c:], 0x40) // e_lfanew
	h = append(h, "PE\x00\x00"...)
	h = u16(h, pe.IMAGE_FILE_MACHINE_AMD64)
	h = u16(h, 1) // NumberOfSections
	h = u32(h, 0) // TimeDateStamp
	h = u32(h, 0) // PointerToSymbolTable
	h = u32(h, 0) // NumberOfSymbols
	h = u16(h, 240)
	h = u16(h, pe.IMAGE_FILE_EXECUTABLE_IMAGE|pe.IMAGE_FILE_LARGE_ADDRESS_AWARE|pe.IMAGE_FILE_DLL)
	h = u16(h, 0x20b) // PE32+
	h = u16(h, 0)     // linker version
	h = u32(h, 0)     // SizeOfCode
	h = u32(h, fileAlign)
	h = u32(h, 0)   // SizeOfUninitializedData
	h = u32(h, 0)   // AddressOfEntryPoint: none
	h = u32(h, rva) // BaseOfCode
	h = le.AppendUint64(h, 0x180000000)
	h = u32(h, 0x1000) // SectionAlignment
	h = u32(h, fileAlign)
	h = u16(h, 6) // OS version 6.0
	h = u16(h, 0)
	h = u32(h, 0) // image version
	h = u16(h, 6) // subsystem version 6.0
	h = u16(h, 0)
	h = u32(h, 0)         // Win32VersionValue
	h = u32(h, 2*0x1000)  // SizeOfImage: headers and the section
	h = u32(h, fileAlign) // SizeOfHeaders
	h = u32(h, 0)         // CheckSum
	h = u16(h, pe.IMAGE_SUBSYSTEM_WINDOWS_CUI)
	h = u16(h, pe.IMAGE_DLLCHARACTERISTICS_NX_COMPAT)
	for range 4 { // stack and heap reserve and commit
		h = le.AppendUint64(h, 0x100000)
	}
	h = u32(h, 0)  // LoaderFlags
	h = u32(h, 16) // NumberOfRvaAndSizes
	h = u32(h, rva)
	h = u32(h, uint32(len(sec))) // the export directory: all of .edata
	h = append(h, make([]byte, 15*8)...)
	h = append(h, ".edata\x00\x00"...)
	h = u32(h, uint32(len(sec))) // VirtualSize
	h = u32(h, rva)
	h = u32(h, fileAlign) // SizeOfRawData
	h = u32(h, fileAlign) // PointerToRawData
	h = append(h, make([]byte, 12)...)
	h = u32(h, pe.IMAGE_SCN_CNT_INITIALIZED_DATA|pe.IMAGE_SCN_MEM_READ)
	out := make([]byte, 2*fileAlign)
	copy(out, h)
	copy(out[fileAlign:], sec)
	return out
}

// The forwarder DLL is a well-formed PE file whose export directory
// names the forward (checked here without Wine, with Go's PE reader).
func TestForwarderDLL(t *testing.T) {
	dll := forwarderDLL("bcryptprimitives.dll", "ProcessPrng", "advapi32.SystemFunction036")
	f, err := pe.NewFile(bytes.NewReader(dll))
	if err != nil {
		t.Fatal(err)
	}
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok || f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 || f.Characteristics&pe.IMAGE_FILE_DLL == 0 {
		t.Fatalf("not a 64-bit DLL: %+v", f.FileHeader)
	}
	ed := oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_EXPORT]
	s := f.Section(".edata")
	if s == nil || ed.VirtualAddress != s.VirtualAddress {
		t.Fatalf("export directory %+v, section %+v", ed, s)
	}
	data, err := s.Data()
	if err != nil {
		t.Fatal(err)
	}
	at := func(rva uint32) string { // the string at rva
		b := data[rva-s.VirtualAddress:]
		return string(b[:bytes.IndexByte(b, 0)])
	}
	u := binary.LittleEndian.Uint32
	fn := u(data[u(data[28:])-s.VirtualAddress:])
	if at(u(data[12:])) != "bcryptprimitives.dll" || at(u(data[u(data[32:])-s.VirtualAddress:])) != "ProcessPrng" ||
		fn < ed.VirtualAddress || fn >= ed.VirtualAddress+ed.Size || at(fn) != "advapi32.SystemFunction036" {
		t.Errorf("exports: name %q, function at %#x (directory %#x+%#x)", at(u(data[12:])), fn, ed.VirtualAddress, ed.Size)
	}
}

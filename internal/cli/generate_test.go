package cli

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/internal/output/outputtest"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// genBuku writes sheets as a workbook in dir and returns its path.
func genBuku(t *testing.T, dir, name string, sheets []workbook.Sheet) string {
	t.Helper()
	var buf bytes.Buffer
	if err := workbook.Write(&buf, sheets); err != nil {
		t.Fatalf("workbook.Tulis: %v", err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// genUbahIdentitas returns sheets with the Identitas value of label set.
func genUbahIdentitas(sheets []workbook.Sheet, label string, v any) []workbook.Sheet {
	for i := range sheets {
		if sheets[i].Nama != "Identitas" {
			continue
		}
		rows := make([][]any, len(sheets[i].Baris))
		copy(rows, sheets[i].Baris)
		for j, r := range rows {
			if len(r) > 0 && r[0] == label {
				rows[j] = []any{label, v}
			}
		}
		sheets[i].Baris = rows
	}
	return sheets
}

// genDaftar lists the files in dir (names only).
func genDaftar(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func genTeks(t *testing.T, pdf string, args ...string) string {
	t.Helper()
	alat.Perlu(t, "pdftotext")
	out, err := exec.Command("pdftotext", append(append([]string{}, args...), pdf, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestGenerateBersih(t *testing.T) {
	in := t.TempDir()
	out := filepath.Join(t.TempDir(), "hasil") // created by --out-dir
	book := genBuku(t, in, "bersih.xlsx", contoh.Bersih())
	before, _ := os.ReadFile(book)

	code, stdout, stderr := runLapkin("generate", book, "--out-dir", out, "--tanggal", "2024-10-04")
	if code != ExitOK {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	want := filepath.Join(out, "LAPKIN_2024_TW3_Kabid_Kesmas_Dinas_Kesehatan.pdf")
	if strings.TrimSpace(stdout) != want {
		t.Errorf("stdout = %q, want the PDF path %q", stdout, want)
	}
	if !strings.Contains(stderr, "1 laporan dibuat, 0 gagal") {
		t.Errorf("stderr lacks the closing line: %q", stderr)
	}
	if got := genDaftar(t, out); len(got) != 1 {
		t.Errorf("out-dir holds %v, want only the PDF (no temporary file)", got)
	}
	after, _ := os.ReadFile(book)
	if !bytes.Equal(before, after) {
		t.Error("the input workbook was changed")
	}
	pdf, err := os.ReadFile(want)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("no PDF at %s: %v", want, err)
	}
	// Figures worked out by hand in internal/contoh (Bersih): K1 101,33%,
	// pagu 1.135.000.000, realisasi 802.000.000, serapan 70,66%.
	text := genTeks(t, want)
	for _, s := range []string{"LAPORAN KINERJA TRIWULAN III TAHUN ANGGARAN 2024", "101,33%", "1.135.000.000",
		"802.000.000", "70,66%", "dr. SRI WAHYUNI, M.Kes", "NIP. 19780512 200312 2 004", "Lumajang, 4 Oktober 2024"} {
		if !strings.Contains(text, s) {
			t.Errorf("PDF text lacks %q", s)
		}
	}
	if strings.Contains(text, "DRAF") {
		t.Error("a clean report is marked DRAF")
	}
}

func TestGenerateDeterministic(t *testing.T) {
	in := t.TempDir()
	book := genBuku(t, in, "bersih.xlsx", contoh.Bersih())
	a := filepath.Join(t.TempDir(), "a.pdf")
	b := filepath.Join(t.TempDir(), "b.pdf")
	for _, p := range []string{a, b} {
		if code, _, stderr := runLapkin("generate", book, "-o", p, "--tanggal", "2024-10-04"); code != ExitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	pa, _ := os.ReadFile(a)
	pb, _ := os.ReadFile(b)
	if !bytes.Equal(pa, pb) {
		t.Fatal("two runs on the same workbook gave different PDFs")
	}
	// The creation date comes from the report date (4 Oktober 2024) …
	if !bytes.Contains(pa, []byte("D:20241004000000")) {
		t.Error("creation date is not the report date")
	}
	// … or from SOURCE_DATE_EPOCH (2001-09-09T01:46:40Z).
	t.Setenv("SOURCE_DATE_EPOCH", "1000000000")
	c := filepath.Join(t.TempDir(), "c.pdf")
	if code, _, stderr := runLapkin("generate", book, "-o", c, "--tanggal", "2024-10-04"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pc, _ := os.ReadFile(c)
	if !bytes.Contains(pc, []byte("D:20010909014640")) {
		t.Error("SOURCE_DATE_EPOCH not used as creation date")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "kemarin")
	if code, _, stderr := runLapkin("generate", book, "-o", c); code != ExitUsage || !strings.Contains(stderr, "SOURCE_DATE_EPOCH") {
		t.Errorf("bad SOURCE_DATE_EPOCH: exit %d, %s", code, stderr)
	}
}

func TestGenerateRefusesErrorsUnlessDraf(t *testing.T) {
	in := t.TempDir()
	out := t.TempDir()
	book := genBuku(t, in, "referensi.xlsx", contoh.Referensi())

	code, stdout, stderr := runLapkin("generate", book, "--out-dir", out)
	if code != ExitData {
		t.Fatalf("exit %d, want 1 (data with errors)\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", stdout)
	}
	// The findings: rule, Sheet!A1, message. The reference's own capaian
	// and efficiency figures disagree with the computed ones (LK020).
	if !regexp.MustCompile(`GALAT\s+LK020 Anggaran![A-Z]+[0-9]+`).MatchString(stderr) {
		t.Errorf("stderr lacks an LK020 finding with its cell:\n%s", stderr)
	}
	if !strings.Contains(stderr, "--draf") || !strings.Contains(stderr, "0 laporan dibuat, 1 gagal") {
		t.Errorf("stderr should point to --draf and close with the count:\n%s", stderr)
	}
	if got := genDaftar(t, out); len(got) != 0 {
		t.Errorf("a refused report left files: %v", got)
	}

	code, stdout, stderr = runLapkin("generate", book, "--out-dir", out, "--draf")
	if code != ExitOK {
		t.Fatalf("--draf: exit %d\n%s", code, stderr)
	}
	pdf := strings.TrimSpace(stdout)
	if filepath.Base(pdf) != "LAPKIN_2023_TW2_Kasi_Pemerintahan_Kecamatan_Senduro_DRAF.pdf" {
		t.Errorf("name %q", pdf)
	}
	if !strings.Contains(stderr, "DRAF dibuat") {
		t.Errorf("stderr should say the draft has errors:\n%s", stderr)
	}
	alat.Perlu(t, "pdfinfo")
	info, _ := exec.Command("pdfinfo", pdf).Output()
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo: %s", info)
	}
	pages, _ := strconv.Atoi(string(m[1]))
	for p := 1; p <= pages; p++ {
		text := genTeks(t, pdf, "-f", strconv.Itoa(p), "-l", strconv.Itoa(p))
		if !strings.Contains(text, "DRAF") {
			t.Errorf("page %d lacks the DRAF mark", p)
		}
	}
}

func TestGenerateUsageErrors(t *testing.T) {
	in := t.TempDir()
	book := genBuku(t, in, "bersih.xlsx", contoh.Bersih())
	file := filepath.Join(in, "bukan-folder")
	os.WriteFile(file, []byte("x"), 0o644)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no input", []string{"generate"}, "paling sedikit satu berkas"},
		{"-o with two inputs", []string{"generate", book, book, "-o", filepath.Join(in, "x.pdf")}, "-o hanya dapat dipakai untuk satu berkas"},
		{"-o and --out-dir", []string{"generate", book, "-o", "x.pdf", "--out-dir", in}, "tidak keduanya"},
		{"out-dir is a file", []string{"generate", book, "--out-dir", file}, "folder keluaran"},
		{"out-dir under a file", []string{"generate", book, "--out-dir", filepath.Join(file, "sub")}, "folder keluaran"},
		{"-o in a missing folder", []string{"generate", book, "-o", filepath.Join(in, "tidak-ada", "x.pdf")}, "folder keluaran"},
		{"-o over the input", []string{"generate", book, "-o", book}, "buku kerja tidak boleh ditimpa"},
		{"-o is a folder", []string{"generate", book, "-o", in}, "adalah folder"},
		{"bad jobs", []string{"generate", book, "-j", "-1"}, "--jobs"},
		{"bad triwulan", []string{"generate", book, "--triwulan", "V"}, "--triwulan"},
		{"bad efisiensi", []string{"generate", book, "--efisiensi", "x"}, "--efisiensi"},
		{"missing workbook", []string{"generate", filepath.Join(in, "hilang.xlsx"), "--out-dir", in}, "tidak ada"},
		{"missing templates", []string{"generate", book, "--templates", filepath.Join(in, "tpl")}, "templat"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runLapkin(c.args...)
			if code != ExitUsage {
				t.Errorf("exit %d, want 2; stderr: %s", code, stderr)
			}
			if !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q lacks %q", stderr, c.want)
			}
		})
	}
	if got := genDaftar(t, in); len(got) != 2 {
		t.Errorf("files left in the input folder: %v", got)
	}
}

func TestGenerateManyInOrder(t *testing.T) {
	in := t.TempDir()
	out := t.TempDir()
	a := genBuku(t, in, "a.xlsx", contoh.Bersih())
	b := genBuku(t, in, "b.xlsx", contoh.Referensi()) // errors: refused
	c := genBuku(t, in, "c.xlsx", contoh.Bersih())    // same unit and quarter as a
	missing := filepath.Join(in, "hilang.xlsx")
	code, stdout, stderr := runLapkin("generate", a, b, missing, c, "--out-dir", out, "-j", "3", "--tanggal", "2024-10-04")
	if code != ExitUsage {
		t.Errorf("exit %d, want 2 (a missing input counts most)\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	want := []string{
		filepath.Join(out, "LAPKIN_2024_TW3_Kabid_Kesmas_Dinas_Kesehatan.pdf"),
		filepath.Join(out, "LAPKIN_2024_TW3_Kabid_Kesmas_Dinas_Kesehatan_2.pdf"),
	}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("stdout = %q, want %q", lines, want)
	}
	// Diagnostics in input order, no progress bar (stderr is not a terminal).
	ib, im := strings.Index(stderr, "b.xlsx"), strings.Index(stderr, "hilang.xlsx")
	if ib < 0 || im < 0 || ib > im {
		t.Errorf("stderr not in input order:\n%s", stderr)
	}
	if strings.Contains(stderr, "\r") || strings.Contains(stderr, "\033[") {
		t.Error("progress bar drawn on a non-terminal")
	}
	if !strings.Contains(stderr, "2 laporan dibuat, 2 gagal") {
		t.Errorf("closing line missing:\n%s", stderr)
	}
	if got := genDaftar(t, out); len(got) != 2 {
		t.Errorf("out-dir holds %v", got)
	}
}

func TestGenerateUnreadable(t *testing.T) {
	in := t.TempDir()
	bad := filepath.Join(in, "rusak.xlsx")
	os.WriteFile(bad, []byte("Kode;Target\nIK1;100\n"), 0o644)
	code, stdout, stderr := runLapkin("generate", bad, "--out-dir", in, "--draf")
	if code != ExitData || stdout != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing", code, stdout)
	}
	if !regexp.MustCompile(`(?m)^  GALAT +LK001: rusak\.xlsx tidak dapat dibaca`).MatchString(stderr) {
		t.Errorf("stderr should show the LK001 finding:\n%s", stderr)
	}
	if got := genDaftar(t, in); len(got) != 1 {
		t.Errorf("files: %v", got)
	}
}

func TestGenerateNameCannotLeaveOutDir(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "a", "b")
	in := t.TempDir()
	sheets := genUbahIdentitas(contoh.Bersih(), "Unit Kerja", "../../x")
	sheets = genUbahIdentitas(sheets, "Jabatan Singkat", `..\..\CON`)
	book := genBuku(t, in, "jahat.xlsx", sheets)
	code, stdout, stderr := runLapkin("generate", book, "--out-dir", out, "--draf")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	got := strings.TrimSpace(stdout)
	if filepath.Dir(got) != out {
		t.Errorf("PDF written to %s, outside --out-dir %s", got, out)
	}
	if filepath.Base(got) != "LAPKIN_2024_TW3_CON_x_DRAF.pdf" {
		t.Errorf("name %q", filepath.Base(got))
	}
	if es, _ := os.ReadDir(root); len(es) != 1 {
		t.Errorf("files outside out-dir: %v", es)
	}
}

func TestGenNamaBerkas(t *testing.T) {
	long := strings.Repeat("Sangat Panjang ", 30)
	cases := []struct {
		id   kinerja.Identitas
		q    int
		want string
	}{
		{kinerja.Identitas{Tahun: 2023, Jabatan: "Kepala Seksi Pemerintahan", JabatanSingkat: "Kasi Pemerintahan", Unit: "Kecamatan Senduro"}, 2,
			"LAPKIN_2023_TW2_Kasi_Pemerintahan_Kecamatan_Senduro.pdf"},
		{kinerja.Identitas{Tahun: 2023, Jabatan: "Kepala Seksi Pemerintahan", Unit: "Kecamatan Senduro"}, 2,
			"LAPKIN_2023_TW2_Kepala_Seksi_Pemerintahan_Kecamatan_Senduro.pdf"},
		{kinerja.Identitas{Tahun: 2023, Jabatan: "Kabid P2P/PL", Unit: "Dinas Kesehatan, P2KB & Pemberdayaan"}, 1,
			"LAPKIN_2023_TW1_Kabid_P2P_PL_Dinas_Kesehatan_P2KB_Pemberdayaan.pdf"},
		{kinerja.Identitas{Tahun: 2024, Jabatan: "Kasubag Umum", Unit: "Kelurahan Citrodiwangsan – Lumajang"}, 4,
			"LAPKIN_2024_TW4_Kasubag_Umum_Kelurahan_Citrodiwangsan_Lumajang.pdf"},
		{kinerja.Identitas{Tahun: 2023, Jabatan: "Sekretaris Désa", Unit: "Desa Wonocepokoayu"}, 3,
			"LAPKIN_2023_TW3_Sekretaris_Desa_Desa_Wonocepokoayu.pdf"},
		{kinerja.Identitas{Tahun: 2023, Jabatan: "../../..", Unit: "/etc/passwd"}, 2, "LAPKIN_2023_TW2_etc_passwd.pdf"},
		{kinerja.Identitas{Tahun: 2023, Jabatan: "NUL", Unit: "COM1"}, 2, "LAPKIN_2023_TW2_NUL_COM1.pdf"},
		{kinerja.Identitas{Tahun: 2023, Jabatan: "日本語", Unit: "  "}, 2, "LAPKIN_2023_TW2.pdf"},
		{kinerja.Identitas{Tahun: 2023, Jabatan: long, Unit: long}, 2, ""},
	}
	reserved := regexp.MustCompile(`(?i)^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$`)
	safe := regexp.MustCompile(`^[A-Za-z0-9_-]+\.pdf$`)
	for _, c := range cases {
		got := reportFileName(c.id, c.q)
		if c.want != "" && got != c.want {
			t.Errorf("%q/%q: got %q, want %q", c.id.Jabatan, c.id.Unit, got, c.want)
		}
		if !safe.MatchString(got) || strings.Contains(got, "..") || reserved.MatchString(got) || len(got) > maxName {
			t.Errorf("unsafe name %q (%d chars)", got, len(got))
		}
	}
	for _, n := range []string{"CON", "con.pdf", "LPT1", "COM9.txt", "AUX"} {
		if !reservedName(n) {
			t.Errorf("%s should be reserved", n)
		}
	}
	for _, n := range []string{"CONTOH", "COMA", "LAPKIN_CON"} {
		if reservedName(n) {
			t.Errorf("%s is not reserved", n)
		}
	}
	pakai := map[string]bool{}
	if a, b, c := uniqueName("A.pdf", pakai), uniqueName("a.pdf", pakai), uniqueName("A.pdf", pakai); a != "A.pdf" || b != "a_2.pdf" || c != "A_3.pdf" {
		t.Errorf("unique names: %s %s %s", a, b, c)
	}
}

func TestGenerateTemplatesDir(t *testing.T) {
	in := t.TempDir()
	book := genBuku(t, in, "bersih.xlsx", contoh.Bersih())
	tpl := t.TempDir()
	os.WriteFile(filepath.Join(tpl, "penutup.tmpl"), []byte("Penutup khusus {{.Unit}}.\n\n#. Butir {{.Tercapai}} dari {{.JumlahIndikator}}.\n"), 0o644)
	out := filepath.Join(t.TempDir(), "x.pdf")
	code, _, stderr := runLapkin("generate", book, "-o", out, "--templates", tpl, "--tanggal", "2024-10-04")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// K1–K4 of Bersih are tercapai, K5 and K6 are not (internal/contoh).
	if text := genTeks(t, out); !strings.Contains(text, "Penutup khusus Dinas Kesehatan.") || !strings.Contains(text, "1. Butir 4 dari 6.") {
		t.Errorf("the folder's template was not used:\n%s", text)
	}

	os.WriteFile(filepath.Join(tpl, "penutup.tmpl"), []byte("Baris satu.\n{{if .Tercapai}}tanpa akhir\n"), 0o644)
	code, _, stderr = runLapkin("generate", book, "-o", out, "--templates", tpl)
	if code != ExitUsage || !strings.Contains(stderr, "penutup.tmpl") || !strings.Contains(stderr, "{{end}}") {
		t.Errorf("unclosed {{if}}: exit %d, stderr %q", code, stderr)
	}
	os.WriteFile(filepath.Join(tpl, "penutup.tmpl"), []byte("Baris satu.\n{{fungsiAneh .Unit}}\n"), 0o644)
	code, _, stderr = runLapkin("generate", book, "-o", out, "--templates", tpl)
	if code != ExitUsage || !strings.Contains(stderr, "penutup.tmpl, baris 2") || !strings.Contains(stderr, "fungsiAneh") {
		t.Errorf("unknown function: exit %d, stderr %q", code, stderr)
	}
	os.WriteFile(filepath.Join(tpl, "penutup.tmpl"), []byte("{{.Salah}}"), 0o644)
	code, _, stderr = runLapkin("generate", book, "-o", out, "--templates", tpl)
	if code != ExitUsage || !strings.Contains(stderr, ".Salah") {
		t.Errorf("unknown variable: exit %d, stderr %q", code, stderr)
	}
}

// genPDF generates the clean example with -o path and returns stdout and
// stderr; it fails the test unless the run succeeds.
func genPDF(t *testing.T, book, path string) (stdout, stderr string) {
	t.Helper()
	code, stdout, stderr := runLapkin("generate", book, "-o", path, "--tanggal", "2024-10-04")
	if code != ExitOK {
		t.Fatalf("-o %s: exit %d\n%s", path, code, stderr)
	}
	return stdout, stderr
}

// genAcuan is the PDF of the clean example written to a regular file: what
// every other output must receive, byte for byte.
func genAcuan(t *testing.T) (book string, pdf []byte) {
	t.Helper()
	book = genBuku(t, t.TempDir(), "bersih.xlsx", contoh.Bersih())
	p := filepath.Join(t.TempDir(), "acuan.pdf")
	genPDF(t, book, p)
	pdf, err := os.ReadFile(p)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("reference PDF: %v", err)
	}
	return book, pdf
}

// -o through a symbolic link writes the link's target (in another folder),
// atomically there, and leaves the link a link.
func TestGenerateSymlink(t *testing.T) {
	book, want := genAcuan(t)
	linkDir, realDir := t.TempDir(), t.TempDir()
	target := filepath.Join(realDir, "target.pdf")
	link := filepath.Join(linkDir, "link.pdf")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	// A chain: link2 → link (relative) → target.
	link2 := filepath.Join(linkDir, "link2.pdf")
	if err := os.Symlink("link.pdf", link2); err != nil {
		t.Fatal(err)
	}
	cek := func(name string) {
		t.Helper()
		if st, err := os.Lstat(link); err != nil || st.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s: link.pdf is no longer a symbolic link: %v %v", name, st, err)
		}
		if st, err := os.Lstat(link2); err != nil || st.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s: link2.pdf is no longer a symbolic link: %v %v", name, st, err)
		}
		if got, err := os.ReadFile(target); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: the target does not hold the PDF: %v", name, err)
		}
		if got := genDaftar(t, realDir); len(got) != 1 {
			t.Errorf("%s: target folder holds %v, want only target.pdf", name, got)
		}
		if got := genDaftar(t, linkDir); len(got) != 2 {
			t.Errorf("%s: link folder holds %v, want only the links", name, got)
		}
	}
	// The target does not exist yet: the link makes it.
	stdout, _ := genPDF(t, book, link)
	if strings.TrimSpace(stdout) != link {
		t.Errorf("stdout %q, want the path given", stdout)
	}
	cek("new target")
	// The target exists: replaced by the new PDF, through a chain of links.
	if err := os.WriteFile(target, []byte("lama"), 0o644); err != nil {
		t.Fatal(err)
	}
	genPDF(t, book, link2)
	cek("existing target, chain")

	// A link whose target folder is missing: refused, naming that folder.
	dangling := filepath.Join(linkDir, "kemana.pdf")
	if err := os.Symlink(filepath.Join(realDir, "tidak-ada", "x.pdf"), dangling); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runLapkin("generate", book, "-o", dangling)
	if code != ExitUsage || !strings.Contains(stderr, filepath.Join(realDir, "tidak-ada")+" tidak ada") {
		t.Errorf("missing target folder: exit %d, %s", code, stderr)
	}
	// A loop of links: refused, in Indonesian.
	a, b := filepath.Join(linkDir, "a.pdf"), filepath.Join(linkDir, "b.pdf")
	os.Symlink(b, a)
	os.Symlink(a, b)
	code, _, stderr = runLapkin("generate", book, "-o", a)
	if code != ExitUsage || !strings.Contains(stderr, "tautan simbolik yang berputar") {
		t.Errorf("loop: exit %d, %s", code, stderr)
	}
	outputtest.NoEnglish(t, "loop", stderr)
	if st, err := os.Lstat(a); err != nil || st.Mode()&fs.ModeSymlink == 0 {
		t.Error("the looping link was replaced")
	}
}

// genFIFO makes a named pipe, or skips where there are none.
func genFIFO(t *testing.T, path string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("no named pipes in the file system on Windows")
	}
	if out, err := exec.Command("mkfifo", path).CombinedOutput(); err != nil {
		t.Skipf("mkfifo: %v %s", err, out)
	}
}

// -o to an existing FIFO streams the PDF to its reader and leaves the
// FIFO in place.
func TestGenerateFIFO(t *testing.T) {
	book, want := genAcuan(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.pdf")
	genFIFO(t, fifo)
	// The reader opens the FIFO read-write: the open does not wait for a
	// writer, and it holds the pipe itself, so that closing it ends the
	// read even should lapkin have replaced the FIFO instead.
	f, err := os.OpenFile(fifo, os.O_RDWR, 0)
	if err != nil {
		t.Skipf("FIFO cannot be opened read-write here: %v", err)
	}
	type baca struct {
		b   []byte
		err error
	}
	got := make(chan baca, 1)
	go func() {
		b := make([]byte, len(want))
		_, err := io.ReadFull(f, b)
		got <- baca{b, err}
	}()
	code, stdout, stderr := runLapkin("generate", book, "-o", fifo, "--tanggal", "2024-10-04")
	// Everything lapkin wrote is in the pipe by now: a read still waiting
	// later means fewer bytes came than the PDF has. Fail then instead of
	// hanging (a guard against deadlock, not a timing assertion).
	_ = f.SetReadDeadline(time.Now().Add(20 * time.Second))
	st, err := os.Lstat(fifo)
	fifoTetap := err == nil && st.Mode()&fs.ModeNamedPipe != 0
	if code != ExitOK || !fifoTetap {
		f.Close() // ends the read: nothing more will come
	}
	r := <-got
	f.Close()
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !fifoTetap {
		t.Errorf("the FIFO was replaced: %v %v", st, err)
	}
	if r.err != nil || !bytes.Equal(r.b, want) {
		t.Errorf("the reader did not get the PDF (%v)", r.err)
	}
	if strings.TrimSpace(stdout) != fifo {
		t.Errorf("stdout %q", stdout)
	}
	if got := genDaftar(t, dir); len(got) != 1 {
		t.Errorf("folder holds %v", got)
	}
}

// genPerangkat returns a character device (major, minor as on Linux) that
// a test may hand to -o. As root it is a node made in a temporary folder,
// so that a regression that replaces devices cannot damage /dev; as
// another user the system's node, which such a regression cannot replace
// (no write permission in /dev).
func genPerangkat(t *testing.T, name string, major, minor int) string {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("device numbers of Linux")
	}
	path := "/dev/" + name
	if os.Geteuid() == 0 {
		path = filepath.Join(t.TempDir(), name)
		if out, err := exec.Command("mknod", "-m", "666", path, "c", strconv.Itoa(major), strconv.Itoa(minor)).CombinedOutput(); err != nil {
			t.Skipf("mknod: %v %s", err, out)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			t.Skipf("device nodes do not work in the temporary folder (nodev?): %v", err)
		}
		f.Close()
	} else if w, err := os.Stat(filepath.Dir(path)); err != nil || w.Mode().Perm()&0o002 != 0 {
		t.Skip("/dev is missing or writable by everyone")
	}
	if st, err := os.Stat(path); err != nil || st.Mode()&fs.ModeCharDevice == 0 {
		t.Skipf("no character device %s", path)
	}
	return path
}

// -o to a character device writes through it; a failed write is reported
// in Indonesian and the device stays.
func TestGenerateDevice(t *testing.T) {
	book := genBuku(t, t.TempDir(), "bersih.xlsx", contoh.Bersih())
	full := genPerangkat(t, "full", 1, 7)
	code, stdout, stderr := runLapkin("generate", book, "-o", full, "--tanggal", "2024-10-04")
	if code != ExitUsage || stdout != "" || !strings.Contains(stderr, "PDF tidak dapat ditulis ke "+full+": ruang disk penuh") {
		t.Errorf("%s: exit %d, stdout %q, stderr %s", full, code, stdout, stderr)
	}
	outputtest.NoEnglish(t, full, stderr)
	if st, err := os.Lstat(full); err != nil || st.Mode()&fs.ModeCharDevice == 0 {
		t.Errorf("%s is no longer a device: %v %v", full, st, err)
	}
	null := genPerangkat(t, "null", 1, 3)
	if code, stdout, stderr := runLapkin("generate", book, "-o", null, "--tanggal", "2024-10-04"); code != ExitOK || strings.TrimSpace(stdout) != null {
		t.Errorf("%s: exit %d, stdout %q, %s", null, code, stdout, stderr)
	}
	if st, err := os.Lstat(null); err != nil || st.Mode()&fs.ModeCharDevice == 0 {
		t.Errorf("%s is no longer a device: %v %v", null, st, err)
	}
}

// -o - (and /dev/stdout) write the PDF itself to stdout, with no path
// line after it.
func TestGenerateStdout(t *testing.T) {
	book, want := genAcuan(t)
	// /dev/stdout means the same; it is not handed to a run here, where
	// a regression could replace the system's /dev/stdout.
	if !output.IsStdout("/dev/stdout") || !output.IsStdout("-") || output.IsStdout("./-") {
		t.Error("output.IsStdout")
	}
	for _, o := range []string{"-"} {
		code, stdout, stderr := runLapkin("generate", book, "-o", o, "--tanggal", "2024-10-04")
		if code != ExitOK {
			t.Fatalf("-o %s: exit %d\n%s", o, code, stderr)
		}
		if !strings.HasPrefix(stdout, "%PDF-") || stdout != string(want) {
			t.Errorf("-o %s: stdout is not the PDF (%d bytes, starts %q)", o, len(stdout), shorten(stdout, 10))
		}
		if !strings.Contains(stderr, "1 laporan dibuat, 0 gagal") {
			t.Errorf("-o %s: stderr %q", o, stderr)
		}
	}
	if _, err := os.Lstat("-"); err == nil {
		os.Remove("-")
		t.Error("a file named - was written")
	}
	code, _, stderr := runLapkin("generate", book, book, "-o", "-")
	if code != ExitUsage || !strings.Contains(stderr, "-o hanya dapat dipakai untuk satu berkas") {
		t.Errorf("two inputs with -o -: exit %d, %s", code, stderr)
	}
}

// A link of /proc/self/fd (an open file of the process, as /dev/stdout is
// when cron redirects it to a log) is written through, appending: the log
// is not replaced by the PDF.
func TestGenerateProcFD(t *testing.T) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd here")
	}
	book, want := genAcuan(t)
	log := filepath.Join(t.TempDir(), "cron.log")
	f, err := os.OpenFile(log, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.WriteString("baris log\n")
	before, _ := f.Stat()
	fd := "/proc/self/fd/" + strconv.Itoa(int(f.Fd()))
	genPDF(t, book, fd)
	after, err := os.Stat(log)
	if err != nil || !os.SameFile(before, after) {
		t.Fatalf("the log file was replaced: %v", err)
	}
	got, _ := os.ReadFile(log)
	if !bytes.Equal(got, append([]byte("baris log\n"), want...)) {
		t.Errorf("the log holds %d bytes, want its line then the PDF", len(got))
	}
}

// OS errors of the output are Indonesian, naming the culprit.
func TestGenerateOutputErrorsIndonesian(t *testing.T) {
	book := genBuku(t, t.TempDir(), "bersih.xlsx", contoh.Bersih())
	dir := t.TempDir()
	keep := filepath.Join(dir, "keep.pdf")
	os.WriteFile(keep, []byte("x"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--out-dir", keep}, "folder keluaran " + keep + " adalah berkas, bukan folder"},
		{[]string{"--out-dir", filepath.Join(keep, "sub")}, keep + " adalah berkas, bukan folder"},
		{[]string{"-o", filepath.Join(keep, "x.pdf")}, keep + " adalah berkas, bukan folder"},
	} {
		code, _, stderr := runLapkin(append([]string{"generate", book}, c.args...)...)
		if code != ExitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q lacks %q", c.args, code, stderr, c.want)
		}
		outputtest.NoEnglish(t, strings.Join(c.args, " "), stderr)
	}
	if b, _ := os.ReadFile(keep); string(b) != "x" {
		t.Error("keep.pdf was changed")
	}
}

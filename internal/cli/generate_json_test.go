package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
)

// generate --format json: one object per input, in input order, with the
// documented keys; the closing line (on stderr) names the failed file.
func TestGenerateJSON(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	good := genBuku(t, in, "bersih.xlsx", contoh.Bersih())
	bad := genBuku(t, in, "referensi.xlsx", contoh.Referensi())
	missing := filepath.Join(in, "hilang.xlsx")
	code, stdout, stderr := runLapkin("generate", "--format", "json", "--out-dir", out, "--tanggal", "2024-10-04", good, bad, missing)
	if code != ExitUsage { // the worst: a missing file
		t.Errorf("exit %d, want 2\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), stdout)
	}
	type obj struct {
		Versi      string  `json:"versi"`
		Berkas     string  `json:"berkas"`
		Keluaran   *string `json:"keluaran"`
		Status     string  `json:"status"`
		Galat      int     `json:"galat"`
		Peringatan int     `json:"peringatan"`
		Info       int     `json:"info"`
		Pesan      *string `json:"pesan"`
	}
	var got []obj
	for _, l := range lines {
		var o obj
		var keys map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		json.Unmarshal([]byte(l), &keys)
		if len(keys) != 8 {
			t.Errorf("%d keys, want 8: %s", len(keys), l)
		}
		got = append(got, o)
	}
	wantPDF := filepath.Join(out, "LAPKIN_2024_TW3_Kabid_Kesmas_Dinas_Kesehatan.pdf")
	if g := got[0]; g.Versi != "1.1" || g.Berkas != good || g.Status != "dibuat" || g.Keluaran == nil || *g.Keluaran != wantPDF || g.Pesan != nil || g.Galat != 0 {
		t.Errorf("clean workbook: %+v", g)
	}
	if g := got[1]; g.Status != "ditolak" || g.Keluaran != nil || g.Galat == 0 || g.Pesan == nil || !strings.Contains(*g.Pesan, "galat") {
		t.Errorf("workbook with errors: %+v", g)
	}
	if g := got[2]; g.Status != "gagal" || g.Keluaran != nil || g.Pesan == nil || !strings.Contains(*g.Pesan, "tidak ada") {
		t.Errorf("missing workbook: %+v", g)
	}
	if !strings.Contains(stderr, "1 laporan dibuat, 2 gagal: "+bad+", "+missing) {
		t.Errorf("closing line does not name the failed files:\n%s", stderr)
	}
	if code, _, stderr := runLapkin("generate", "--format", "json", "-o", "-", good); code != ExitUsage {
		t.Errorf("--format json -o -: exit %d, %s", code, stderr)
	}
}

// A draft never replaces the final report: its default name ends in
// _DRAF and both files stay. A final report newer than its workbook
// (signed since, say) is kept unless --timpa.
func TestGenerateDraftBesideFinal(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	book := genBuku(t, in, "bersih.xlsx", contoh.Bersih())
	final := filepath.Join(out, "LAPKIN_2024_TW3_Kabid_Kesmas_Dinas_Kesehatan.pdf")
	draft := filepath.Join(out, "LAPKIN_2024_TW3_Kabid_Kesmas_Dinas_Kesehatan_DRAF.pdf")
	// The workbook is older than any PDF made from it.
	old := time.Now().Add(-time.Hour)
	os.Chtimes(book, old, old)

	if code, stdout, stderr := runLapkin("generate", book, "--out-dir", out, "--tanggal", "2024-10-04"); code != ExitOK || strings.TrimSpace(stdout) != final {
		t.Fatalf("final: exit %d, %q\n%s", code, stdout, stderr)
	}
	finalBytes, _ := os.ReadFile(final)
	code, stdout, stderr := runLapkin("generate", book, "--out-dir", out, "--tanggal", "2024-10-04", "--draf")
	if code != ExitOK || strings.TrimSpace(stdout) != draft {
		t.Fatalf("draft: exit %d, %q\n%s", code, stdout, stderr)
	}
	if b, _ := os.ReadFile(final); string(b) != string(finalBytes) {
		t.Error("the draft changed the final report")
	}
	if n := len(genDaftar(t, out)); n != 2 {
		t.Errorf("%d files, want the final and the draft: %v", n, genDaftar(t, out))
	}
	if got := genTeks(t, draft); !strings.Contains(got, "DRAF") {
		t.Errorf("the draft's text lacks DRAF")
	}
	alat.Perlu(t, "pdfinfo")
	info, err := exec.Command("pdfinfo", draft).Output()
	if err != nil || !regexp.MustCompile(`(?m)^Title: +DRAF Laporan Kinerja`).Match(info) {
		t.Errorf("the draft's title does not start with DRAF (%v):\n%s", err, info)
	}

	// The final report was signed: its bytes changed after the workbook.
	os.WriteFile(final, []byte("%PDF-ditandatangani"), 0o644)
	code, stdout, stderr = runLapkin("generate", book, "--out-dir", out, "--tanggal", "2024-10-04")
	if code != ExitOK || stdout != "" || !strings.Contains(stderr, "lebih baru daripada buku kerja") || !strings.Contains(stderr, "--timpa") {
		t.Errorf("newer final: exit %d, stdout %q\n%s", code, stdout, stderr)
	}
	if b, _ := os.ReadFile(final); string(b) != "%PDF-ditandatangani" {
		t.Error("the newer final report was replaced without --timpa")
	}
	code, stdout, _ = runLapkin("generate", book, "--out-dir", out, "--tanggal", "2024-10-04", "--timpa")
	if b, _ := os.ReadFile(final); code != ExitOK || string(b) != string(finalBytes) || strings.TrimSpace(stdout) != final {
		t.Errorf("--timpa: exit %d, the final report was not replaced", code)
	}
	// A workbook changed after its report: the report is regenerated.
	os.WriteFile(final, []byte("%PDF-lama"), 0o644)
	os.Chtimes(final, old.Add(-time.Hour), old.Add(-time.Hour))
	if code, _, _ := runLapkin("generate", book, "--out-dir", out, "--tanggal", "2024-10-04"); code != ExitOK {
		t.Errorf("older final: exit %d", code)
	}
	if b, _ := os.ReadFile(final); string(b) != string(finalBytes) {
		t.Error("a final report older than the workbook was not replaced")
	}
}

package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lapkin/lapkin/pkg/workbook"
)

func jalankan(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(append([]string{"deadline"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestDeadlineText(t *testing.T) {
	// docs/kalender.md#batas-triwulan: TW II 2023 ends Fri 30 Jun 2023 (CB); Mon 3 Jul (1) …
	// Fri 7 Jul (5).
	code, out, errs := jalankan(t, "--tahun", "2023", "--triwulan", "II")
	if code != ExitOK || out != "Jumat, 7 Juli 2023\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if !strings.Contains(errs, "Triwulan II 2023 berakhir Jumat, 30 Juni 2023") || strings.Contains(errs, "peringatan") {
		t.Errorf("stderr %q", errs)
	}
	// TW I 2023 ends Fri 31 Mar; Mon 3 (1) … Thu 6 (4); Fri 7 Apr Wafat Isa
	// Almasih; Mon 10 Apr (5). The skipped holiday is named on stderr.
	code, out, errs = jalankan(t, "--tahun", "2023", "--triwulan", "TW I")
	if code != ExitOK || out != "Senin, 10 April 2023\n" || !strings.Contains(errs, "Jumat, 7 April 2023 (Wafat Isa Almasih)") {
		t.Errorf("TW I 2023: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestDeadlineJSON(t *testing.T) {
	// On 3 July 2023: Tue 4 … Fri 7 July are 4 working days left.
	code, out, errs := jalankan(t, "--tahun", "2023", "--triwulan", "2", "--format", "json", "--tanggal", "2023-07-03")
	want := `{"versi": "1.1", "jenis": "triwulanan", "tahun": 2023, "triwulan": 2, "akhir_triwulan": "2023-06-30", "hari_kerja": 5, "batas": "2023-07-07", "libur_diketahui": true, "sisa_hari_kerja": 4, "lewat": false}` + "\n"
	if code != ExitOK || out != want || errs != "" {
		t.Fatalf("exit %d\nstdout %q\nwant   %q\nstderr %q", code, out, want, errs)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil || len(m) != 10 {
		t.Errorf("not the 10-key JSON object: %v %v", m, err)
	}
}

func TestDeadlineAuto(t *testing.T) {
	// 3 Jul 2023: the quarter that most recently ended is TW II 2023.
	code, out, _ := jalankan(t, "--tanggal", "2023-07-03", "--format", "json")
	if code != ExitOK || !strings.Contains(out, `"tahun": 2023, "triwulan": 2,`) || !strings.Contains(out, `"batas": "2023-07-07"`) {
		t.Errorf("auto on 2023-07-03: exit %d, %q", code, out)
	}
	// 2 Jan 2024 ⇒ TW IV 2023: Mon 1 Jan 2024 L; Tue 2 (1) … Fri 5 (4);
	// Mon 8 Jan (5).
	code, out, _ = jalankan(t, "--tanggal", "2 Januari 2024", "--triwulan", "auto")
	if code != ExitOK || out != "Senin, 8 Januari 2024\n" {
		t.Errorf("auto on 2024-01-02: exit %d, %q", code, out)
	}
	// --triwulan without --tahun: the year of --tanggal. TW III 2025 ends
	// Tue 30 Sep; Wed 1 Oct (1), 2 (2), Fri 3 (3), Mon 6 (4), Tue 7 (5).
	code, out, _ = jalankan(t, "--tanggal", "2025-11-20", "--triwulan", "3")
	if code != ExitOK || out != "Selasa, 7 Oktober 2025\n" {
		t.Errorf("--triwulan 3 in 2025: exit %d, %q", code, out)
	}
}

func TestDeadlineHariKerja(t *testing.T) {
	// TW I 2023, n=3: Mon 3 (1), 4 (2), Wed 5 Apr (3).
	code, out, _ := jalankan(t, "--tahun", "2023", "--triwulan", "1", "--hari-kerja", "3")
	if code != ExitOK || out != "Rabu, 5 April 2023\n" {
		t.Errorf("n=3: exit %d, %q", code, out)
	}
	// TW I 2023, n=10: … Fri 7 L, Mon 10 (5) … Fri 14 (9), Mon 17 Apr (10).
	code, out, _ = jalankan(t, "--tahun", "2023", "--triwulan", "1", "--hari-kerja", "10", "--format", "json")
	if code != ExitOK || !strings.Contains(out, `"hari_kerja": 10, "batas": "2023-04-17"`) {
		t.Errorf("n=10: exit %d, %q", code, out)
	}
}

func TestDeadlineTahunTakDikenal(t *testing.T) {
	// TW IV 2026: 2027 is not in the table, so Fri 1 Jan 2027 counts (1);
	// Mon 4 (2) … Thu 7 Jan 2027 (5). The date is printed, with a warning.
	code, out, errs := jalankan(t, "--tahun", "2026", "--triwulan", "IV")
	if code != ExitOK || out != "Kamis, 7 Januari 2027\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if !strings.Contains(errs, "peringatan") || !strings.Contains(errs, "2027") || !strings.Contains(errs, "Sabtu dan Minggu") {
		t.Errorf("no warning about 2027: %q", errs)
	}
	code, out, errs = jalankan(t, "--tahun", "2026", "--triwulan", "IV", "--format", "json")
	if code != ExitOK || !strings.Contains(out, `"batas": "2027-01-07", "libur_diketahui": false,`) || !strings.Contains(errs, "2027") {
		t.Errorf("json: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestDeadlineFlagSalah(t *testing.T) {
	cases := []struct {
		args  []string
		pesan string
	}{
		{[]string{"--triwulan", "5"}, "--triwulan"},
		{[]string{"--triwulan", "V"}, "--triwulan"},
		{[]string{"--hari-kerja", "0"}, "--hari-kerja"},
		{[]string{"--hari-kerja", "61"}, "--hari-kerja"},
		{[]string{"--hari-kerja", "lima"}, "--hari-kerja"},
		{[]string{"--tahun", "dua ribu", "--triwulan", "1"}, "--tahun"},
		{[]string{"--format", "xml"}, "--format"},
		{[]string{"--tahun", "1999", "--triwulan", "1"}, "--tahun"},
		{[]string{"--tahun", "2023"}, "--triwulan"}, // a year without a quarter
		{[]string{"--tanggal", "31/02/2023"}, "--tanggal"},
		{[]string{"--libur", filepath.Join(t.TempDir(), "tidak-ada.xlsx"), "--triwulan", "1"}, "tidak ada"},
		{[]string{"--libur", t.TempDir(), "--triwulan", "1"}, "folder"},
		{[]string{"lebih"}, "lapkin"},
	}
	for _, c := range cases {
		code, out, errs := jalankan(t, c.args...)
		if code != ExitUsage || out != "" || !strings.Contains(errs, c.pesan) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 naming %q", c.args, code, out, errs, c.pesan)
		}
		if strings.Contains(errs, "kesalahan internal") || strings.Contains(errs, "invalid") || strings.Contains(errs, "strconv") || strings.Contains(errs, "panic") {
			t.Errorf("%v: stderr not a clear Indonesian message: %q", c.args, errs)
		}
	}
}

func TestDeadlineHelp(t *testing.T) {
	code, out, _ := jalankan(t, "--help")
	if code != ExitOK || !strings.Contains(out, "hari kerja") || !strings.Contains(out, "--hari-kerja") || !strings.Contains(out, "Cara pakai") {
		t.Errorf("help: exit %d, %q", code, out)
	}
}

// workbookSiap reports whether pkg/workbook's reader and writer are
// implemented (they are written in parallel with this command).
func workbookSiap(t *testing.T) bool {
	t.Helper()
	ok := true
	func() {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		var b bytes.Buffer
		_ = workbook.Write(&b, []workbook.Sheet{{Nama: "Libur", Header: []string{"Tanggal", "Keterangan"}}})
		workbook.ReadFrom(&b, "x.xlsx", workbook.Options{})
	}()
	if !ok {
		t.Skip("pkg/workbook is not implemented yet: the --libur workbook tests wait for it")
	}
	return ok
}

func TestDeadlineLiburWorkbook(t *testing.T) {
	workbookSiap(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "libur.xlsx")
	var b bytes.Buffer
	err := workbook.Write(&b, []workbook.Sheet{{
		Nama:   "Libur",
		Header: []string{"Tanggal", "Keterangan"},
		Baris: [][]any{
			{workbook.Tanggal(time.Date(2023, 7, 3, 0, 0, 0, 0, time.UTC)), "Hari jadi Kabupaten"},
			{"1 Januari 2027", "Tahun Baru 2027 Masehi"},
		},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// TW II 2023 with Mon 3 Jul extra: Tue 4 (1) … Fri 7 (4), Mon 10 (5).
	code, out, errs := jalankan(t, "--tahun", "2023", "--triwulan", "2", "--libur", path)
	if code != ExitOK || out != "Senin, 10 Juli 2023\n" || !strings.Contains(errs, "Hari jadi Kabupaten") {
		t.Errorf("--libur: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// TW IV 2026 with 1 Jan 2027 extra: Mon 4 (1) … Fri 8 Jan 2027 (5); still
	// unknown year.
	code, out, _ = jalankan(t, "--tahun", "2026", "--triwulan", "4", "--libur", path, "--format", "json")
	if code != ExitOK || !strings.Contains(out, `"batas": "2027-01-08", "libur_diketahui": false`) {
		t.Errorf("--libur 2027: exit %d, stdout %q", code, out)
	}
	// The workbook's Batas Pelaporan (10) applies unless --hari-kerja is
	// given. TW II 2023, n=10: Mon 3 Jul (1) … Fri 7 (5), Mon 10 (6) … Fri
	// 14 Jul (10). The other Identitas fields are missing: no matter here.
	hk := filepath.Join(dir, "identitas.xlsx")
	b.Reset()
	if err := workbook.Write(&b, []workbook.Sheet{
		{Nama: "Identitas", Baris: [][]any{{"Batas Pelaporan", 10}}},
		{Nama: "Libur", Header: []string{"Tanggal", "Keterangan"}},
	}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(hk, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = jalankan(t, "--tahun", "2023", "--triwulan", "2", "--libur", hk)
	if code != ExitOK || out != "Jumat, 14 Juli 2023\n" {
		t.Errorf("Batas Pelaporan 10: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, _ = jalankan(t, "--tahun", "2023", "--triwulan", "2", "--libur", hk, "--hari-kerja", "5")
	if code != ExitOK || out != "Jumat, 7 Juli 2023\n" {
		t.Errorf("--hari-kerja 5 over Batas Pelaporan 10: exit %d, stdout %q", code, out)
	}
	// A Libur sheet with a date that does not exist: exit 1 naming the cell,
	// since the deadline would silently miss that day.
	salah := filepath.Join(dir, "libur-salah.xlsx")
	b.Reset()
	if err := workbook.Write(&b, []workbook.Sheet{{
		Nama:   "Libur",
		Header: []string{"Tanggal", "Keterangan"},
		Baris:  [][]any{{"31/02/2023", "Tidak ada"}},
	}}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(salah, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = jalankan(t, "--tahun", "2023", "--triwulan", "2", "--libur", salah)
	if code != ExitData || out != "" || !strings.Contains(errs, "Libur!A2") {
		t.Errorf("bad Libur date: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// A file that is not a workbook: exit 1 with the reader's finding.
	bad := filepath.Join(dir, "bukan.xlsx")
	if err := os.WriteFile(bad, []byte("ini bukan buku kerja"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = jalankan(t, "--tahun", "2023", "--triwulan", "2", "--libur", bad)
	if code != ExitData || out != "" || !strings.Contains(errs, "LK001: ") {
		t.Errorf("not a workbook: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// sisa_hari_kerja and lewat on both sides of a deadline, and --cek's exit
// code. TW II 2023's deadline is Friday 7 July 2023.
//   - Thu 6 July: Fri 7 is left: 1, not past, --cek 0.
//   - Fri 7 July: the deadline day itself: 0, not past, --cek 0.
//   - Sat 8 July: past, but no working day after it yet: 0, lewat, --cek 1.
//   - Mon 10 July: the first working day after: −1, --cek 1.
//   - Fri 14 July: Mon 10 … Fri 14 are five working days after: −5.
func TestDeadlineCek(t *testing.T) {
	for _, c := range []struct {
		tanggal string
		sisa    int
		lewat   bool
	}{
		{"2023-07-06", 1, false},
		{"2023-07-07", 0, false},
		{"2023-07-08", 0, true},
		{"2023-07-10", -1, true},
		{"2023-07-14", -5, true},
	} {
		code, out, _ := jalankan(t, "--tahun", "2023", "--triwulan", "II", "--tanggal", c.tanggal, "--format", "json")
		var m struct {
			Sisa  int  `json:"sisa_hari_kerja"`
			Lewat bool `json:"lewat"`
		}
		if err := json.Unmarshal([]byte(out), &m); err != nil || code != ExitOK || m.Sisa != c.sisa || m.Lewat != c.lewat {
			t.Errorf("%s: exit %d, %+v (%v), want sisa %d lewat %v", c.tanggal, code, m, err, c.sisa, c.lewat)
		}
		want := ExitOK
		if c.lewat {
			want = ExitData
		}
		code, out, _ = jalankan(t, "--tahun", "2023", "--triwulan", "II", "--tanggal", c.tanggal, "--cek")
		if code != want || out != "Jumat, 7 Juli 2023\n" {
			t.Errorf("--cek on %s: exit %d, want %d; stdout %q", c.tanggal, code, want, out)
		}
	}
}

// The annual report's deadline: the last working day on or before 31
// March of the next year. By hand from pkg/kalender/libur.txt:
//   - 2023: Sun 31 and Sat 30 March 2024 are weekend, Fri 29 March 2024 is
//     Wafat Isa Almasih (L): Kamis, 28 Maret 2024.
//   - 2024: Mon 31 March 2025 is Idul Fitri 1446 H (L), 29–30 a weekend,
//     Fri 28 March 2025 cuti bersama Nyepi (CB): Kamis, 27 Maret 2025.
//   - 2025: Tue 31 March 2026 is no holiday: Selasa, 31 Maret 2026.
func TestDeadlineTahunan(t *testing.T) {
	for tahun, want := range map[string]string{
		"2023": "Kamis, 28 Maret 2024\n",
		"2024": "Kamis, 27 Maret 2025\n",
		"2025": "Selasa, 31 Maret 2026\n",
	} {
		code, out, errs := jalankan(t, "--jenis", "tahunan", "--tahun", tahun)
		if code != ExitOK || out != want {
			t.Errorf("tahunan %s: exit %d, %q, want %q (%s)", tahun, code, out, want, errs)
		}
	}
	// JSON: Monday 1 April 2024 is the first working day after Thursday
	// 28 March 2024 (29 L, 30–31 weekend): −1, past.
	code, out, _ := jalankan(t, "--jenis", "tahunan", "--tahun", "2023", "--tanggal", "2024-04-01", "--format", "json")
	want := `{"versi": "1.1", "jenis": "tahunan", "tahun": 2023, "triwulan": null, "akhir_triwulan": "2023-12-31", "hari_kerja": null, "batas": "2024-03-28", "libur_diketahui": true, "sisa_hari_kerja": -1, "lewat": true}` + "\n"
	if code != ExitOK || out != want {
		t.Errorf("tahunan json: exit %d\n%q\nwant\n%q", code, out, want)
	}
	// --batas: the Kepala Daerah's own deadline.
	code, out, _ = jalankan(t, "--jenis", "tahunan", "--tahun", "2023", "--batas", "2024-02-29", "--tanggal", "2024-03-01", "--cek")
	if code != ExitData || out != "Kamis, 29 Februari 2024\n" {
		t.Errorf("--batas: exit %d, %q", code, out)
	}
	// --batas without tahunan, and a bad --jenis, are usage errors.
	for _, args := range [][]string{{"--batas", "2024-02-29"}, {"--jenis", "bulanan"}, {"--jenis", "tahunan", "--triwulan", "II"}} {
		if code, _, _ := jalankan(t, args...); code != ExitUsage {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

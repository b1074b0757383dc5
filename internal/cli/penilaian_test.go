package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// The "Done when" of the judgment work, on the example workbooks. Figures
// from the reference report (shared reference, Tabel 2.2 and 2.3): six
// indicators at 6 of 12 desa/bulan in TW II with no quarterly target, IK7
// at 84,69% of 100%, four kegiatan whose "capaian kinerja" equals their
// serapan, and the analysis sentence "capaian kinerja sejumlah 23%".

func TestValidateReferensiPenilaian(t *testing.T) {
	out, _, _ := runCLI(t, "validate", "--format", "json", filepath.Join("..", "..", "testdata", "referensi.xlsx"))
	var res struct {
		Findings []struct {
			Rule, Sheet, Cell, Key, Message string
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	count := map[string]int{}
	lk026 := map[string]bool{}
	words := ""
	for _, f := range res.Findings {
		count[f.Rule]++
		switch f.Rule {
		case "LK026":
			lk026[f.Key] = true
		case "LK028":
			if f.Key != "IK1" || !strings.Contains(f.Message, "23%") {
				t.Errorf("LK028: %+v", f)
			}
		case "LK029":
			words += f.Message
		}
	}
	for _, k := range []string{"IK1", "IK2", "IK3", "IK4", "IK5", "IK6"} {
		if !lk026[k] {
			t.Errorf("no LK026 for %s", k)
		}
	}
	if count["LK026"] != 6 || count["LK027"] == 0 || count["LK028"] != 1 {
		t.Errorf("LK026 %d (want 6), LK027 %d (want > 0), LK028 %d (want 1)", count["LK026"], count["LK027"], count["LK028"])
	}
	n := 0
	for _, w := range []string{`"Prosentase"`, `"diwilayah"`, `"efektifitas"`, `"ketentraman"`, `"idiologi"`, `"Administasi"`} {
		if strings.Contains(words, w) {
			n++
		}
	}
	if n < 5 {
		t.Errorf("LK029 names %d of the six misspellings, want at least 5: %s", n, words)
	}

	out, _, code := runCLI(t, "validate", "--format", "json", filepath.Join("..", "..", "testdata", "contoh.xlsx"))
	if code != 0 || strings.Contains(out, "LK027") || strings.Contains(out, "LK028") || strings.Contains(out, `"error"`) {
		t.Errorf("contoh.xlsx: exit %d, %s", code, out)
	}
}

func TestSummaryReferensiPenilaian(t *testing.T) {
	out, stderr, code := runCLI(t, "summary", filepath.Join("..", "..", "testdata", "referensi.xlsx"), "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Indikator []map[string]any `json:"indikator"`
		Total     map[string]any   `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	for _, ind := range res.Indikator {
		switch ind["kode"] {
		case "IK7": // 84,69 / 100: Tinggi (76 – < 91)
			if ind["predikat"] != "Tinggi" || ind["tercapai"] != false {
				t.Errorf("IK7: %v", ind)
			}
		default:
			p, okP := ind["predikat"]
			tc, okT := ind["tercapai"]
			if !okP || p != nil || !okT || tc != nil || ind["capaian_dasar"] != "target_tahunan" || ind["capaian"] != 50.0 {
				t.Errorf("%v: want predikat and tercapai null, capaian_dasar target_tahunan, capaian 50: %v", ind["kode"], ind)
			}
		}
	}
	if res.Total["belum_dinilai"] != 6.0 || res.Total["tercapai"] != 0.0 {
		t.Errorf("total: %v", res.Total)
	}
	// The table and the CSV show the state too.
	tab, _, _ := runCLI(t, "summary", filepath.Join("..", "..", "testdata", "referensi.xlsx"))
	if strings.Count(tab, "belum dinilai") < 6 || strings.Contains(tab, "Sangat Rendah") {
		t.Errorf("table:\n%s", tab)
	}
	csv, _, _ := runCLI(t, "summary", "--format", "csv", filepath.Join("..", "..", "testdata", "referensi.xlsx"))
	if strings.Contains(csv, "Sangat Rendah") || strings.Contains(csv, ",50,50,,false,") {
		t.Errorf("csv:\n%s", csv)
	}
}

// TestMetodeEfisiensiIdentitas: Identitas Metode Efisiensi sets the method;
// --efisiensi overrides it.
func TestMetodeEfisiensiIdentitas(t *testing.T) {
	ls := contoh.Bersih()
	ls[0].Baris = append(ls[0].Baris, []any{"Metode Efisiensi", "Rasio"})
	var buf bytes.Buffer
	if err := workbook.Write(&buf, ls); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "rasio.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, `"efisiensi_metode": "rasio"`},
		{[]string{"--efisiensi", "pmk"}, `"efisiensi_metode": "pmk"`},
	} {
		out, stderr, code := runCLI(t, append([]string{"summary", "--format", "json", path}, c.args...)...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("%v: exit %d, want %s: %s %s", c.args, code, c.want, out[:min(len(out), 300)], stderr)
		}
	}
}

// TestDrafTakTerbaca: --draf cannot help a file that is not a workbook, so
// generate does not suggest it.
func TestDrafTakTerbaca(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rusak.xlsx")
	if err := os.WriteFile(path, []byte("bukan buku kerja"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"generate", "--draf", path}, {"generate", path}} {
		_, stderr, code := runCLI(t, append(args, "-o", filepath.Join(t.TempDir(), "x.pdf"))...)
		if code != 1 || strings.Contains(stderr, "--draf") || !strings.Contains(stderr, "LK001") {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
	}
}

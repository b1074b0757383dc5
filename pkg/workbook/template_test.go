package workbook_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/lapkin/lapkin/pkg/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

func TestSmokeTemplat(t *testing.T) {
	for name, isi := range map[string][]workbook.Lembar{"kosong": nil, "referensi": contoh.Referensi(), "bersih": contoh.Bersih()} {
		var buf bytes.Buffer
		if err := workbook.Template(&buf, workbook.OpsiTemplate{Isi: isi, BagianNarasi: []string{"Pendahuluan", "Penutup"}}); err != nil {
			t.Fatal(err)
		}
		os.WriteFile("/tmp/tpl/"+name+".xlsx", buf.Bytes(), 0o644)
		lap, ts := workbook.BacaDari(bytes.NewReader(buf.Bytes()), name, workbook.Options{})
		if lap == nil {
			t.Fatalf("%s: %v", name, ts)
		}
		t.Logf("%s: %d target %d realisasi %d anggaran", name, len(lap.Target), len(lap.Realisasi), len(lap.Anggaran))
		for _, x := range ts {
			t.Logf("  %s %s %s %s", x.Rule, x.Severity, x.Ref(), x.Message)
		}
	}
}

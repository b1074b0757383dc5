package workbook_test

import (
	"bytes"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// The example workbooks of internal/contoh, written with Write, read back
// without any reading-rule finding (LK001–LK006, LK008, LK025): whatever
// is wrong in them (the reference report's inconsistencies) is for the
// domain rules to find.
func TestContohTerbaca(t *testing.T) {
	for name, ls := range map[string][]workbook.Sheet{
		"Referensi": contoh.Referensi(),
		"Bersih":    contoh.Bersih(),
		"Sintetis":  contoh.Sintetis(contoh.UkuranS, 1),
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := workbook.Write(&buf, ls); err != nil {
				t.Fatal(err)
			}
			lap, ts := workbook.ReadFrom(&buf, name+".xlsx", workbook.Options{})
			if lap == nil {
				t.Fatalf("not read: %v", ts)
			}
			for _, x := range ts {
				switch x.Rule {
				case "LK001", "LK002", "LK003", "LK004", "LK005", "LK006", "LK008", "LK025":
					if x.Rule == "LK002" && x.Sheet == "Anggaran" {
						continue
					}
					t.Errorf("%s %s: %s", x.Rule, x.Ref(), x.Message)
				}
			}
			if len(lap.Target) == 0 || len(lap.Realisasi) == 0 || lap.Identitas.Tahun == 0 {
				t.Errorf("nothing read: %d indicators, %d realisasi, tahun %d", len(lap.Target), len(lap.Realisasi), lap.Identitas.Tahun)
			}
		})
	}
}

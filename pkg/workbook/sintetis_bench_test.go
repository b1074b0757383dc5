package workbook_test

import (
	"bytes"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// BenchmarkBacaSintetis opens and reads the synthetic workbooks of the
// performance targets (PERFORMANCE.md): S, the reference size, and L,
// 2,000 indicators / 20,000 kegiatan (skipped under -short).
func BenchmarkBacaSintetis(b *testing.B) {
	for _, c := range []struct {
		nama string
		u    contoh.Ukuran
	}{{"S", contoh.UkuranS}, {"L", contoh.UkuranL}, {"L3", contoh.UkuranL3}} {
		b.Run(c.nama, func(b *testing.B) {
			if c.nama != "S" && testing.Short() {
				b.Skip("L under -short")
			}
			data, err := contoh.SintetisXlsx(c.u, 1)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				lap, ts := workbook.ReadFrom(bytes.NewReader(data), "sintetis.xlsx", workbook.Options{})
				if lap == nil || len(lap.Target) != c.u.Indikator || len(lap.Anggaran) != c.u.Kegiatan || ts.HasError() {
					b.Fatalf("read: %v", ts)
				}
			}
		})
	}
}

package report

import (
	"bytes"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// BenchmarkRenderSintetis renders the synthetic workbooks of the
// performance targets (PERFORMANCE.md): S, the reference size, and L,
// 2,000 indicators / 20,000 kegiatan (skipped under -short). Read and
// computed once, outside the loop.
func BenchmarkRenderSintetis(b *testing.B) {
	for _, c := range []struct {
		nama string
		u    contoh.Ukuran
	}{{"S", contoh.UkuranS}, {"L", contoh.UkuranL}, {"L3", contoh.UkuranL3}} {
		b.Run(c.nama, func(b *testing.B) {
			if c.nama != "S" && testing.Short() {
				b.Skip("L under -short")
			}
			l := readSintetis(b, c.u)
			h := kinerja.Hitung(l, 3, kinerja.PMK)
			tpl, err := LoadTemplates("")
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			var size int
			for i := 0; i < b.N; i++ {
				var buf bytes.Buffer
				info, err := Render(&buf, l, h, Options{Templates: tpl})
				if err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
				b.ReportMetric(float64(info.Halaman), "pages")
			}
			b.ReportMetric(float64(size), "pdf-bytes")
		})
	}
}

// readSintetis reads the synthetic workbook of size u (internal/contoh),
// which must have no error.
func readSintetis(tb testing.TB, u contoh.Ukuran) *kinerja.Laporan {
	tb.Helper()
	data, err := contoh.SintetisXlsx(u, 1)
	if err != nil {
		tb.Fatal(err)
	}
	l, ts := workbook.ReadFrom(bytes.NewReader(data), "sintetis.xlsx", workbook.Options{})
	if l == nil || ts.HasError() {
		tb.Fatalf("read: %v", ts)
	}
	return l
}

package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
)

// Benchmarks of whole commands through Run, on the synthetic workbooks of
// the performance targets (PERFORMANCE.md). The workbooks are written once
// into a temporary folder; L is skipped under -short. The measured targets
// are for the whole process (scripts/perf.sh); these show where the time
// goes inside it.

func benchBuku(b *testing.B, nama string, n int) []string {
	b.Helper()
	u := contoh.UkuranS
	switch nama {
	case "L":
		u = contoh.UkuranL
	case "L3":
		u = contoh.UkuranL3
	case "L10":
		u = contoh.Ukuran{Indikator: contoh.UkuranL.Indikator / 10, Kegiatan: contoh.UkuranL.Kegiatan / 10}
	}
	if nama != "S" && testing.Short() {
		b.Skip(nama + " under -short")
	}
	dir := b.TempDir()
	var paths []string
	for i := 1; i <= n; i++ {
		data, err := contoh.SintetisXlsx(u, uint64(i))
		if err != nil {
			b.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("sintetis-%04d.xlsx", i))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			b.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func benchRun(b *testing.B, args []string) {
	b.Helper()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code := Run(args, nil, io.Discard, io.Discard); code != ExitOK {
			b.Fatalf("lapkin %v: exit %d", args, code)
		}
	}
}

// BenchmarkGenerate is "lapkin generate FILE -o OUT" on S, L/10, L and
// L3 (L with its budget rows as a three-level tree).
func BenchmarkGenerate(b *testing.B) {
	for _, nama := range []string{"S", "L10", "L", "L3"} {
		b.Run(nama, func(b *testing.B) {
			paths := benchBuku(b, nama, 1)
			out := filepath.Join(b.TempDir(), "laporan.pdf")
			benchRun(b, []string{"generate", paths[0], "-o", out})
		})
	}
}

// BenchmarkValidate is "lapkin validate FILE" (read, compute, check) on S,
// L and L3.
func BenchmarkValidate(b *testing.B) {
	for _, nama := range []string{"S", "L", "L3"} {
		b.Run(nama, func(b *testing.B) {
			paths := benchBuku(b, nama, 1)
			benchRun(b, []string{"validate", paths[0]})
		})
	}
}

// BenchmarkGenerateBatch is "lapkin generate --out-dir DIR -j 2" over 100
// S workbooks; reports/s is the batch throughput.
func BenchmarkGenerateBatch(b *testing.B) {
	const n = 100
	paths := benchBuku(b, "S", n)
	args := append([]string{"generate", "--out-dir", b.TempDir(), "-j", "2"}, paths...)
	benchRun(b, args)
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
}

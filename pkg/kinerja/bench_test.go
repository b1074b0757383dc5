package kinerja_test

import (
	"bytes"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// sintetis reads the synthetic workbook of size nama ("S" or "L").
func sintetis(b *testing.B, nama string) *kinerja.Laporan {
	b.Helper()
	u := contoh.UkuranS
	if nama == "L" {
		if testing.Short() {
			b.Skip("L under -short")
		}
		u = contoh.UkuranL
	}
	data, err := contoh.SintetisXlsx(u, 1)
	if err != nil {
		b.Fatal(err)
	}
	lap, ts := workbook.ReadFrom(bytes.NewReader(data), "sintetis.xlsx", workbook.Options{})
	if lap == nil || ts.HasError() {
		b.Fatalf("read: %v", ts)
	}
	return lap
}

// BenchmarkHitung computes the figures of the synthetic workbooks S and L.
func BenchmarkHitung(b *testing.B) {
	for _, nama := range []string{"S", "L"} {
		b.Run(nama, func(b *testing.B) {
			lap := sintetis(b, nama)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if h := kinerja.Hitung(lap, 3, kinerja.PMK); len(h.Indikator) != len(lap.Target) {
					b.Fatalf("%d indicators", len(h.Indikator))
				}
			}
		})
	}
}

// BenchmarkPeriksa applies the validation rules to the synthetic workbooks
// S and L (the figures computed once, outside the loop).
func BenchmarkPeriksa(b *testing.B) {
	for _, nama := range []string{"S", "L"} {
		b.Run(nama, func(b *testing.B) {
			lap := sintetis(b, nama)
			h := kinerja.Hitung(lap, 3, kinerja.PMK)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if ts := kinerja.Periksa(lap, h, kinerja.PeriksaOpsi{Triwulan: 3, Metode: kinerja.PMK}); ts.HasError() {
					b.Fatalf("findings: %v", ts)
				}
			}
		})
	}
}

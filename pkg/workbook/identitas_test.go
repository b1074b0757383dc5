package workbook

import (
	"strings"
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Kertas: A4 or F4 in any case; another value is LK008 at its cell.
func TestIdentitasKertas(t *testing.T) {
	for in, want := range map[string]string{"F4": "F4", " f4 ": "F4", "a4": "A4"} {
		id := identitasMinimal()
		id.Baris = append(id.Baris, []any{"Kertas", in})
		lap, ts := readT(t, ganti(bukuMinimal(), id))
		if lap.Identitas.Kertas != want || len(cari(ts, "LK008")) > 0 {
			t.Errorf("Kertas %q read as %q (%s)", in, lap.Identitas.Kertas, daftarTemuan(ts))
		}
	}
	lap, _ := readT(t, bukuMinimal())
	if lap.Identitas.Kertas != "" {
		t.Errorf("no Kertas row read as %q", lap.Identitas.Kertas)
	}
	id := identitasMinimal()
	id.Baris = append(id.Baris, []any{"Ukuran Kertas", "Letter"})
	_, ts := readT(t, ganti(bukuMinimal(), id))
	f := harus(t, ts, "LK008", "Identitas", "B14")
	if !strings.Contains(f.Message, "Letter") || !strings.Contains(f.Message, "F4") {
		t.Errorf("LK008 message %q", f.Message)
	}
}

// Margin: four numbers in cm (kinerja.ParseMargin); a value below the
// official minimum or not a number is LK008 at its cell; no row is the
// zero Margin (the default).
func TestIdentitasMargin(t *testing.T) {
	for in, want := range map[string]kinerja.Margin{"4; 3; 3; 3": {Left: 4, Top: 3, Right: 3, Bottom: 3}, "3,5,2,2,2": {}, "3 2,5 2 2": {Left: 3, Top: 2.5, Right: 2, Bottom: 2}} {
		id := identitasMinimal()
		id.Baris = append(id.Baris, []any{"Margin", in})
		lap, ts := readT(t, ganti(bukuMinimal(), id))
		bad := len(cari(ts, "LK008")) > 0
		if lap.Identitas.Margin != want || bad != (want == kinerja.Margin{}) {
			t.Errorf("Margin %q read as %v (%s)", in, lap.Identitas.Margin, daftarTemuan(ts))
		}
	}
	lap, _ := readT(t, bukuMinimal())
	if lap.Identitas.Margin != (kinerja.Margin{}) {
		t.Errorf("no Margin row read as %v", lap.Identitas.Margin)
	}
	id := identitasMinimal()
	id.Baris = append(id.Baris, []any{"Margin Halaman", "2; 2; 2; 2"})
	_, ts := readT(t, ganti(bukuMinimal(), id))
	f := harus(t, ts, "LK008", "Identitas", "B14")
	if !strings.Contains(f.Message, "margin kiri 2 cm kurang dari 3 cm") || !strings.Contains(f.Message, "kosongkan") {
		t.Errorf("LK008 message %q", f.Message)
	}
}

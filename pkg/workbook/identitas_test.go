package workbook

import (
	"strings"
	"testing"
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

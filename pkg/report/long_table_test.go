package report

import (
	"fmt"
	"strings"
	"testing"
)

// TestTabelPanjang: tables longer than the rows laid out at a time
// (rowChunk), and Tabel 2.3 made row by row on demand, print every row
// exactly once, in order, with the merged Sasaran groups that cross a
// chunk's end intact.
func TestTabelPanjang(t *testing.T) {
	const n, m = 300, 700
	if n+m <= 2*rowChunk {
		t.Fatal("the tables must span several chunks")
	}
	pdf, info := render(t, laporanBesar(n, m), Options{})
	all := strings.Join(teksHalaman(t, pdf, info.Halaman), " ")
	for j := 1; j <= m; j++ {
		if j == 18 {
			continue // the over-long name (TestBesar)
		}
		if c := strings.Count(all, fmt.Sprintf("Kegiatan nomor %d: ", j)); c != 1 {
			t.Errorf("kegiatan %d printed %d times", j, c)
		}
	}
	// Tabel 2.3 numbers the kegiatan under their indicator: 1.1, 1.2, 1.3,
	// then 2.1 … in this order.
	a := strings.Index(all, "Tabel 2.3")
	pos := a
	for i := 1; i <= n; i += 37 {
		for k := 1; k <= m/n; k++ {
			no := fmt.Sprintf(" %d.%d ", i, k)
			p := strings.Index(all[pos:], no)
			if p < 0 {
				t.Fatalf("row %s of Tabel 2.3 not found after the previous one", strings.TrimSpace(no))
			}
			pos += p
		}
	}
	// Tabel 2.1 merges the Sasaran of consecutive indicators (three share
	// one here): each Sasaran is printed once per page it spans.
	b := strings.Index(all, "Tabel 2.1")
	e := strings.Index(all, "2.2. CAPAIAN KINERJA")
	for s := 1; s <= n/3; s++ {
		key := fmt.Sprintf("Sasaran kegiatan nomor %d yang", s)
		if c := strings.Count(all[b:e], key); c < 1 || c > 2 {
			t.Errorf("Sasaran %d printed %d times in Tabel 2.1", s, c)
		}
	}
}

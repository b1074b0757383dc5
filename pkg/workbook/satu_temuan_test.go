package workbook

import (
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// A reporting-quarter cell that holds something unreadable is reported
// once, by the reader (LK005 for "empat", LK006 for #DIV/0! or a formula
// without a stored value); the domain rules must not call the same cell
// empty as well (LK012 "kosong"), which would contradict that finding.
// A dash is how users write "nothing": it stays empty (LK012).
func TestSelTakTerbacaSatuTemuan(t *testing.T) {
	cases := []struct {
		isi  any
		rule string // the reader's finding at C2; "" for none
	}{
		{"empat", "LK005"},
		{Galat("#DIV/0!"), "LK006"},
		{Rumus{F: "ROMAN(9E99)"}, "LK006"},
		{"-", ""},
	}
	for _, c := range cases {
		ls := ganti(bukuMinimal(), Sheet{Nama: "Realisasi",
			Header: []string{"Kode", "TW I", "TW II"},
			Baris:  [][]any{{"IK1", 20, c.isi}, {"IK2", 3, 3}}})
		lap, ts := readT(t, ls)
		h := kinerja.Hitung(lap, 2, kinerja.PMK)
		ts = append(ts, kinerja.Periksa(lap, h, kinerja.PeriksaOpsi{Triwulan: 2, Metode: kinerja.PMK})...)
		var lk012 int
		for _, x := range ts {
			if x.Rule == "LK012" && x.Sheet == "Realisasi" && x.Cell == "C2" {
				lk012++
			}
		}
		if c.rule == "" {
			if lk012 != 1 {
				t.Errorf("%v: want LK012 at Realisasi!C2 (a dash is empty), got:\n%s", c.isi, daftarTemuan(ts))
			}
			continue
		}
		harus(t, ts, c.rule, "Realisasi", "C2")
		if lk012 != 0 {
			t.Errorf("%v: %s at Realisasi!C2 and also LK012 'kosong' for the same cell:\n%s", c.isi, c.rule, daftarTemuan(ts))
		}
	}
}

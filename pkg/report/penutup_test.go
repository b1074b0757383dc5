package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

var reCapaianPenutup = regexp.MustCompile(`nomor ([0-9]+) mengenai [^()]*\(capaian ([0-9.]+,[0-9]+)%`)

// TestPenutupRingkas: with more than ten indicators below target, BAB III
// names the ten lowest, lowest first, and counts the rest with a pointer
// to Tabel 2.2 (docs/laporan.md#bab-iii); the reference report (fewer
// than ten) keeps naming every one.
func TestPenutupRingkas(t *testing.T) {
	l := laporanBesar(60, 3)
	for i := range l.Target {
		l.Target[i].Sifat = kinerja.NonKumulatif // judged without a Target TW
	}
	h := kinerja.Hitung(l, l.Identitas.Triwulan, kinerja.PMK)
	bawah := map[int]float64{}
	for i, hi := range h.Indikator {
		if hi.Dinilai && hi.Capaian.OK && !hi.Tercapai {
			bawah[i+1] = hi.Capaian.V
		}
	}
	if len(bawah) <= 12 {
		t.Fatalf("only %d indicators below target", len(bawah))
	}
	pdf, _ := render(t, l, Options{})
	text := teks(t, pdf)
	bab := text[strings.LastIndex(text, "BAB III"):]
	mengandung(t, bab,
		fmt.Sprintf("Sepuluh indikator dengan capaian terendah di antara %d indikator yang belum mencapai target sampai dengan triwulan II:", len(bawah)),
		fmt.Sprintf("serta %d indikator lainnya yang juga belum mencapai target, yang rinciannya disajikan pada Tabel 2.2.", len(bawah)-10))
	named := reCapaianPenutup.FindAllStringSubmatch(bab, -1)
	if len(named) != 10 {
		t.Fatalf("BAB III names %d indicators, want 10", len(named))
	}
	prev, listed := -1.0, map[int]bool{}
	for _, m := range named {
		no, _ := strconv.Atoi(m[1])
		v, _ := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(m[2], ".", ""), ",", "."), 64)
		if v < prev {
			t.Errorf("indicator %d (%.2f%%) named after one of %.2f%%", no, v, prev)
		}
		prev = v
		listed[no] = true
	}
	for no, v := range bawah {
		if !listed[no] && v < prev {
			t.Errorf("indicator %d (%.2f%%) left out, lower than the highest named (%.2f%%)", no, v, prev)
		}
	}

	ref := teks(t, must(render(t, contohLaporan(), Options{})))
	ref = ref[strings.LastIndex(ref, "BAB III"):]
	if strings.Contains(ref, "Sepuluh indikator") || strings.Contains(ref, "indikator lainnya") {
		t.Error("the reference report's BAB III is capped")
	}
}

func must(pdf []byte, _ *Info) []byte { return pdf }

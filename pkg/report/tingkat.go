package report

import "github.com/lapkin/lapkin/pkg/kinerja"

// groupByTingkat groups the rows of Tabel 2.1 or 2.2 (one per indicator,
// in the order of h.Indikator) by the Target sheet's Tingkat column
// (docs/format.md, Target): a heading row per level present — Sasaran
// Strategis, Program, Kegiatan, Sub Kegiatan, then "Lainnya" for
// indicators without a level — each followed by its indicators in sheet
// order, keeping their numbers. Without any Tingkat the table is left as
// it is.
func groupByTingkat(t *table, h *kinerja.Hasil) {
	if len(t.rows) != len(h.Indikator) {
		return
	}
	hasRune := false
	for i := range h.Indikator {
		if row := h.Indikator[i].Row; row != nil && row.Tingkat != kinerja.TingkatKosong {
			hasRune = true
		}
	}
	if !hasRune {
		return
	}
	urutan := []kinerja.Tingkat{kinerja.TingkatSasaran, kinerja.TingkatProgram, kinerja.TingkatKegiatan,
		kinerja.TingkatSubKegiatan, kinerja.TingkatKosong}
	out := make([]row, 0, len(t.rows)+len(urutan))
	for _, lv := range urutan {
		first := true
		for i := range h.Indikator {
			tk := kinerja.TingkatKosong
			if row := h.Indikator[i].Row; row != nil {
				tk = row.Tingkat
			}
			if tk != lv {
				continue
			}
			if first {
				judul := "Indikator tingkat " + lv.Nama()
				if lv == kinerja.TingkatKosong {
					judul = "Indikator lainnya"
				}
				out = append(out, row{fill: 240, style: "B", keepWithNext: true, cells: []cell{{text: judul, span: len(t.columns)}}})
				first = false
			}
			out = append(out, t.rows[i])
		}
	}
	t.rows = out
}

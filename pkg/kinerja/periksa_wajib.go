package kinerja

import "strings"

// periksaWajib: the required cells of a row that are empty (docs/format.md#sheets
// marks Indikator, Satuan, Target and Pagu as required). An empty key cell
// is the reader's LK025; an empty required number is LK005 (a cell that
// must be a number is not), an empty required text LK025 (a row with
// values but an empty required cell). A cell of a column the sheet does
// not have at all is the reader's LK003 and is not reported again.
func (p *pemeriksa) periksaWajib() {
	for i := range p.l.Target {
		ind := &p.l.Target[i]
		key := ind.Kode.Teks
		for _, s := range []struct {
			sel   Sel
			kolom string
		}{{ind.Indikator, "Indikator"}, {ind.Satuan, "Satuan"}} {
			if emptyCell(s.sel) {
				p.add("LK025", Error, s.sel.Ref, key,
					"Kolom %s indikator %s kosong; kolom ini wajib diisi: isi %s agar indikator ini dapat dilaporkan",
					s.kolom, key, s.kolom)
			}
		}
		if emptyValue(ind.Target) {
			p.add("LK005", Error, ind.Target.Ref, key,
				"Target tahunan indikator %s kosong; sel ini wajib berisi angka (mis. 12, 100%% atau rentang 80–90), tanpanya capaian tahunan tidak dapat dihitung",
				key)
		}
	}
	t := p.anggaranTree()
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		if t.hierarchical && !t.isLeaf(i) {
			continue // a parent's money is the sum of its leaves
		}
		if emptyValue(k.Pagu) {
			p.add("LK005", Error, k.Pagu.Ref, kunciKegiatan(k),
				"Pagu kegiatan %q kosong; sel ini wajib berisi angka rupiah (mis. 7.500.000), tanpanya serapan dan efisiensi tidak dapat dihitung",
				ringkas(k.Kegiatan.Teks, 60))
		}
	}
}

// periksaRupiah: a money cell typed with a unit ("75,5%", "5 Desa", "1e6")
// is not an amount of rupiah (LK005), though the number before the unit
// could be read.
func (p *pemeriksa) periksaRupiah() {
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		// Pagu, Realisasi, then Realisasi TW I–IV; a column's name is
		// made only for a finding (20,000 rows × 6 cells otherwise).
		cells := [6]*Nilai{&k.Pagu, &k.Realisasi, &k.RealisasiTW[0], &k.RealisasiTW[1], &k.RealisasiTW[2], &k.RealisasiTW[3]}
		for j, n := range cells {
			if !n.Ada || satuanRupiah(n.Satuan) {
				continue
			}
			kolom := "Pagu"
			switch {
			case j == 1:
				kolom = "Realisasi"
			case j >= 2:
				kolom = "Realisasi " + namaTW(j-2)
			}
			p.add("LK005", Error, n.Ref, kunciKegiatan(k),
				"Kolom %s berisi %q: kolom ini berisi rupiah, bukan %s; tulis jumlah rupiahnya saja (mis. 7.500.000 atau Rp 7.500.000)",
				kolom, teksNilai(*n), n.Satuan)
		}
	}
}

// satuanRupiah: no unit, or a unit that means rupiah.
func satuanRupiah(s string) bool {
	switch strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), ".")) {
	case "", "rp", "rupiah", "idr":
		return true
	}
	return false
}

// teksNilai is what the user typed, or the number when the cell held one.
func teksNilai(n Nilai) string {
	if n.Teks != "" {
		return n.Teks
	}
	return FormatBilangan(n.Angka) + " " + n.Satuan
}

// emptyCell: a cell of an existing column that holds nothing.
func emptyCell(s Sel) bool { return s.Ref.Cell != "" && strings.TrimSpace(s.Teks) == "" }

// emptyValue: a number cell of an existing column with nothing in it (not
// unreadable text, which the reader already reported).
func emptyValue(n Nilai) bool { return n.Ref.Cell != "" && !n.Ada && strings.TrimSpace(n.Teks) == "" }

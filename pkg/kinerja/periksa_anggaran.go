package kinerja

import (
	"fmt"
	"strings"
)

// anggaranTree returns the hierarchy of the Anggaran rows: the computed
// one when there is a result, else built here.
func (p *pemeriksa) anggaranTree() *tree {
	if p.h != nil && p.h.tree != nil && len(p.h.tree.parent) == len(p.l.Anggaran) {
		return p.h.tree
	}
	return buildTree(p.l.Anggaran, p.l.AnggaranTingkat)
}

// rowName names an Anggaran row in a message: its level (in a
// hierarchical sheet), its code and its name, shortened: "kegiatan
// 1.02.02.2.01 “Penyediaan Layanan …”".
func rowName(t *tree, rows []Kegiatan, i int) string {
	k := &rows[i]
	var parts []string
	if t.hierarchical && t.tingkat[i] != TingkatKosong {
		parts = append(parts, strings.ToLower(t.tingkat[i].Nama()))
	}
	if seg := SegmenKode(k.Kode.Teks); seg != nil {
		parts = append(parts, strings.Join(seg, "."))
	}
	if k.Kegiatan.Teks != "" {
		parts = append(parts, "“"+ringkas(k.Kegiatan.Teks, 50)+"”")
	}
	if len(parts) == 0 {
		return "baris " + k.Kegiatan.Ref.String()
	}
	return strings.Join(parts, " ")
}

// rowRef is the place of a row: its Kode cell, else its name cell.
func rowRef(k *Kegiatan) Ref {
	if k.Kode.Ref.Cell != "" && k.Kode.Teks != "" {
		return k.Kode.Ref
	}
	return k.Kegiatan.Ref
}

// periksaParentSums: a parent row's typed Pagu or Realisasi differs from
// the sum of the leaves under it (LK031). Compared with the leaves, not
// the children's typed sums, so one wrong kegiatan is reported once, not
// again at its program.
func (p *pemeriksa) periksaParentSums() {
	t := p.anggaranTree()
	if !t.hierarchical {
		return
	}
	rows := p.l.Anggaran
	for i := range rows {
		if t.isLeaf(i) {
			continue
		}
		k := &rows[i]
		leaves := t.leaves(i, nil)
		if k.Pagu.Ada {
			var s int64
			ok := true
			for _, c := range leaves {
				ok = ok && rows[c].Pagu.Ada
				s += KeRupiah(rows[c].Pagu.Angka)
			}
			if typed := KeRupiah(k.Pagu.Angka); ok && typed != s {
				p.add("LK031", Error, k.Pagu.Ref, kunciKegiatan(k),
					"Pagu %s tertulis Rp%s, sedangkan jumlah pagu %s di bawahnya Rp%s (selisih Rp%s): %s. "+
						"Anggaran dijumlahkan dari %s saja, sehingga angka tertulis ini tidak dipakai; perbaiki pagu ini atau pagu di bawahnya agar sama.",
					rowName(t, rows, i), FormatRupiah(Rupiah{V: typed, OK: true}), leafName(t, leaves), FormatRupiah(Rupiah{V: s, OK: true}),
					FormatRupiah(Rupiah{V: abs64(typed - s), OK: true}), listLeaves(t, rows, leaves, func(c int) (Ref, int64) {
						return rows[c].Pagu.Ref, KeRupiah(rows[c].Pagu.Angka)
					}), leafName(t, leaves))
			}
		}
		if p.q == 0 {
			continue
		}
		typed := RealisasiAnggaran(k, p.q)
		if !typed.OK {
			continue
		}
		var s int64
		ok := true
		for _, c := range leaves {
			r := RealisasiAnggaran(&rows[c], p.q)
			ok = ok && r.OK
			s += r.V
		}
		if ok && typed.V != s {
			p.add("LK031", Error, realisasiRef(k, p.q), kunciKegiatan(k),
				"Realisasi anggaran %s sampai triwulan %s tertulis Rp%s, sedangkan jumlah realisasi %s di bawahnya Rp%s (selisih Rp%s): %s. "+
					"Realisasi dijumlahkan dari %s saja, sehingga angka tertulis ini tidak dipakai; perbaiki realisasi ini atau realisasi di bawahnya agar sama.",
				rowName(t, rows, i), Romawi(p.q), FormatRupiah(typed), leafName(t, leaves), FormatRupiah(Rupiah{V: s, OK: true}),
				FormatRupiah(Rupiah{V: abs64(typed.V - s), OK: true}), listLeaves(t, rows, leaves, func(c int) (Ref, int64) {
					return realisasiRef(&rows[c], p.q), RealisasiAnggaran(&rows[c], p.q).V
				}), leafName(t, leaves))
		}
	}
}

// realisasiRef is the cell a row's budget realisation to date comes from:
// the to-date column, else the latest quarter filled up to q.
func realisasiRef(k *Kegiatan, q int) Ref {
	for j := min(q, 4) - 1; j >= 0; j-- {
		if k.RealisasiTW[j].Ada {
			return k.RealisasiTW[j].Ref
		}
	}
	if k.Realisasi.Ref.Cell != "" {
		return k.Realisasi.Ref
	}
	return rowRef(k)
}

// leafName names the leaves in a message: "sub kegiatan" when they are all
// of that level, else "baris terbawah".
func leafName(t *tree, leaves []int) string {
	lv := t.tingkat[leaves[0]]
	for _, c := range leaves {
		if t.tingkat[c] != lv {
			lv = TingkatKosong
		}
	}
	if lv == TingkatKosong {
		return "baris terbawah"
	}
	return strings.ToLower(lv.Nama())
}

// listLeaves lists the leaves with their cells and amounts, at most six.
func listLeaves(t *tree, rows []Kegiatan, leaves []int, amount func(int) (Ref, int64)) string {
	const most = 6
	var parts []string
	for n, c := range leaves {
		if n == most {
			parts = append(parts, fmt.Sprintf("dan %d lainnya", len(leaves)-most))
			break
		}
		at, v := amount(c)
		parts = append(parts, fmt.Sprintf("%s (%s: Rp%s)", rowName(t, rows, c), at, FormatRupiah(Rupiah{V: v, OK: true})))
	}
	return strings.Join(parts, "; ")
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// periksaStructure: the structure of a hierarchical Anggaran sheet (LK032).
func (p *pemeriksa) periksaStructure() {
	t := p.anggaranTree()
	if !t.hierarchical {
		return
	}
	rows := p.l.Anggaran
	for _, pr := range t.problems {
		k := &rows[pr.row]
		name := rowName(t, rows, pr.row)
		lv := strings.ToLower(t.tingkat[pr.row].Nama())
		switch pr.kind {
		case problemParentMissing:
			miss := strings.ToLower(pr.missing.Nama())
			if pr.parent >= 0 {
				p.add("LK032", Error, rowRef(k), kunciKegiatan(k),
					"Baris %s induk dari %s tidak ada di lembar Anggaran, padahal tingkat %s dipakai di lembar ini; "+
						"untuk sementara baris ini dihitung langsung di bawah %s. Tambahkan baris %s induknya (kodenya awalan dari kode %s), atau perbaiki Kode/Tingkat baris ini.",
					miss, name, miss, rowName(t, rows, pr.parent), miss, lv)
			} else if pr.suspect >= 0 {
				sk := &rows[pr.suspect]
				p.add("LK032", Error, rowRef(k), kunciKegiatan(k),
					"Baris %s induk dari %s tidak ada di lembar Anggaran. Mungkin induknya baris %s: kodenya %s tersimpan sebagai angka sehingga angka 0 di belakangnya hilang. "+
						"Jadikan sel %s teks (format Text, atau awali dengan tanda petik ') lalu ketik ulang kodenya; bila bukan itu induknya, tambahkan baris %s induknya atau perbaiki Kode/Tingkat baris ini.",
					miss, name, sk.Kode.Ref, sk.Kode.Teks, sk.Kode.Ref, miss)
			} else {
				p.add("LK032", Error, rowRef(k), kunciKegiatan(k),
					"Baris %s induk dari %s tidak ada di lembar Anggaran, padahal tingkat %s dipakai di lembar ini. "+
						"Tambahkan baris %s induknya (kodenya awalan dari kode %s, atau tanpa kode: di atas baris ini dengan Tingkat %s), atau perbaiki Kode/Tingkat baris ini.",
					miss, name, miss, miss, lv, pr.missing.Nama())
			}
		case problemSkipped:
			p.add("LK032", Error, rowRef(k), kunciKegiatan(k),
				"%s langsung berada di bawah %s, melompati tingkat %s. Tambahkan baris %s di antaranya, atau perbaiki Tingkat baris ini.",
				capitalize(name), rowName(t, rows, pr.parent), strings.ToLower(pr.missing.Nama()), strings.ToLower(pr.missing.Nama()))
		case problemOrder:
			p.add("LK032", Error, rowRef(k), kunciKegiatan(k),
				"%s berada di bawah %s (kodenya berawalan kode itu), padahal tingkatnya tidak lebih rendah. Perbaiki Tingkat atau Kode salah satunya.",
				capitalize(name), rowName(t, rows, pr.parent))
		case problemCodeDepth:
			seg := SegmenKode(k.Kode.Teks)
			p.add("LK032", Error, di(k.TingkatSel.Ref, rowRef(k)), kunciKegiatan(k),
				"Tingkat %q tidak sesuai dengan kode %s: kode dengan %d segmen adalah %s menurut nomenklatur Permendagri 90/2019 (program U.BB.PP, kegiatan U.BB.PP.K.KK, sub kegiatan U.BB.PP.K.KK.SSSS). Perbaiki Tingkat atau Kode.",
				k.TingkatSel.Teks, strings.Join(seg, "."), len(seg), strings.ToLower(pr.codeLevel.Nama()))
		case problemNumberCode:
			if pr.guess != "" {
				p.add("LK032", Error, k.Kode.Ref, kunciKegiatan(k),
					"Kode %s tersimpan sebagai angka, sehingga angka 0 di belakangnya hilang (Excel menulis %s sebagai %s). "+
						"Untuk sementara baris ini dibaca sebagai %s, induk dari baris yang kodenya berawalan %s. Jadikan sel ini teks (format Text, atau awali dengan tanda petik ') lalu ketik ulang kodenya.",
					k.Kode.Teks, pr.guess, k.Kode.Teks, pr.guess, pr.guess)
				break
			}
			p.add("LK032", Error, k.Kode.Ref, kunciKegiatan(k),
				"Kode %s tersimpan sebagai angka, sehingga angka 0 di belakangnya hilang (Excel menulis 1.10 sebagai 1.1) dan kode lain di lembar ini lebih panjang pada segmen terakhir. "+
					"Jadikan sel ini teks (format Text, atau awali dengan tanda petik ') lalu ketik ulang kodenya.",
				k.Kode.Teks)
		case problemNoLevel:
			p.add("LK032", Error, k.Kegiatan.Ref, kunciKegiatan(k),
				"Baris %s tidak memiliki Kode maupun Tingkat, sehingga tidak dapat ditempatkan dalam susunan program, kegiatan dan sub kegiatan. Isi Kode Rekening atau Tingkat baris ini.",
				name)
		}
	}
}

// capitalize writes s with its first letter in upper case.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

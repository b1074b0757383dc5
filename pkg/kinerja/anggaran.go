package kinerja

import "strings"

// sum is what a row of the Anggaran sheet adds up from the leaves under it.
type sum struct {
	pagu, ra     int64
	paguOK, raOK bool // every leaf has the figure
	pmk          pmkSum
}

func (s *sum) merge(o *sum) {
	s.pagu += o.pagu
	s.ra += o.ra
	s.paguOK = s.paguOK && o.paguOK
	s.raOK = s.raOK && o.raOK
	s.pmk.paCK += o.pmk.paCK
	s.pmk.selisih += o.pmk.selisih
	s.pmk.n += o.pmk.n
	s.pmk.bad = s.pmk.bad || o.pmk.bad
}

// hitungAnggaran computes the figures of the Anggaran rows, the budget of
// each indicator and the totals (docs/rumus.md, budget hierarchy): money
// from the leaves only, so a parent row typed with its pagu never doubles
// a total; each row's output (target, realisasi and capaian kinerja) its
// own; efficiency over the leaves, each with its own capaian kinerja. A
// flat sheet is a tree of leaves and gives the figures it always gave.
func hitungAnggaran(h *Hasil, l *Laporan, byKode map[string]int, q int, m Metode) {
	t := buildTree(l.Anggaran, l.AnggaranTingkat)
	h.tree = t
	h.Bertingkat = t.hierarchical
	n := len(l.Anggaran)
	h.Kegiatan = make([]HasilKegiatan, n)
	// outputFrom[i]: the nearest row at or above i with its own output
	// (Realisasi Kinerja), -1 for none.
	outputFrom := make([]int, n)

	// Parents come before their children in t.order.
	for _, i := range t.order {
		k := &l.Anggaran[i]
		hk := &h.Kegiatan[i]
		*hk = HasilKegiatan{
			Kode:            k.Kode.Teks,
			Kegiatan:        k.Kegiatan.Teks,
			Indikator:       k.Indikator.Teks,
			Row:             k,
			Parent:          t.parent[i],
			Children:        t.children[i],
			LinkedIndikator: -1,
		}
		if t.hierarchical {
			hk.Tingkat = t.tingkat[i]
		}
		if seg := SegmenKode(k.Kode.Teks); seg != nil {
			s := strings.Join(seg, ".")
			hk.KodeRekening = &s
		}
		var parent *HasilKegiatan
		if hk.Parent >= 0 {
			parent = &h.Kegiatan[hk.Parent]
			hk.Induk = parent.KodeRekening
		}
		// The indicator link: its own, else (cell empty) its parent's.
		if k.Indikator.Teks != "" {
			if j, ok := byKode[NormKode(k.Indikator.Teks)]; ok {
				hk.LinkedIndikator = j
			}
		} else if parent != nil && parent.LinkedIndikator >= 0 {
			hk.LinkedIndikator = parent.LinkedIndikator
			hk.Indikator = h.Indikator[parent.LinkedIndikator].Kode
		}
		hk.TargetKinerja = Nilainya(100)
		if k.TargetKinerja.Ada {
			hk.TargetKinerja = Nilainya(k.TargetKinerja.Angka)
		}
		outputFrom[i] = -1
		switch {
		case k.RealisasiKinerja.Ada:
			hk.RealisasiKinerja = Nilainya(k.RealisasiKinerja.Angka)
			hk.Capaian = Capaian(hk.RealisasiKinerja, hk.TargetKinerja.V, nil, Positif)
			outputFrom[i] = i
		case parent != nil && outputFrom[hk.Parent] >= 0:
			outputFrom[i] = outputFrom[hk.Parent]
			hk.Capaian = h.Kegiatan[outputFrom[i]].Capaian
		case hk.LinkedIndikator >= 0:
			hk.Capaian = h.Indikator[hk.LinkedIndikator].Capaian
		}
	}

	// Money and efficiency, children before parents.
	sums := make([]sum, n)
	for o := len(t.order) - 1; o >= 0; o-- {
		i := t.order[o]
		k := &l.Anggaran[i]
		hk := &h.Kegiatan[i]
		s := &sums[i]
		if hk.Leaf() {
			if k.Pagu.Ada {
				hk.Pagu = Rupiah{V: KeRupiah(k.Pagu.Angka), OK: true}
			}
			hk.RealisasiAnggaran = RealisasiAnggaran(k, q)
			*s = sum{pagu: hk.Pagu.V, ra: hk.RealisasiAnggaran.V, paguOK: hk.Pagu.OK, raOK: hk.RealisasiAnggaran.OK}
			s.pmk.add(hk)
		} else {
			*s = sum{paguOK: true, raOK: true}
			for _, c := range hk.Children {
				s.merge(&sums[c])
			}
			hk.Pagu = Rupiah{V: s.pagu, OK: s.paguOK}
			hk.RealisasiAnggaran = Rupiah{V: s.ra, OK: s.raOK}
		}
		hk.Serapan = Serapan(hk.Pagu, hk.RealisasiAnggaran)
		if m == Rasio {
			hk.Efisiensi = rasio(hk.Capaian, hk.Serapan)
		} else {
			hk.Efisiensi, hk.NilaiEfisiensi = s.pmk.result()
		}
	}

	// Each indicator: the topmost rows linked to it by their own cell;
	// their subtrees do not overlap, so each leaf counts once.
	for _, i := range t.order {
		j := h.Kegiatan[i].LinkedIndikator
		if j < 0 || l.Anggaran[i].Indikator.Teks == "" {
			continue
		}
		covered := false
		for p := t.parent[i]; p >= 0 && !covered; p = t.parent[p] {
			covered = l.Anggaran[p].Indikator.Teks != "" && h.Kegiatan[p].LinkedIndikator == j
		}
		if !covered {
			h.Indikator[j].Kegiatan = append(h.Indikator[j].Kegiatan, i)
		}
	}
	for j := range h.Indikator {
		hi := &h.Indikator[j]
		if len(hi.Kegiatan) == 0 {
			continue
		}
		s := sum{paguOK: true, raOK: true}
		for _, i := range hi.Kegiatan {
			s.merge(&sums[i])
		}
		hi.Pagu = Rupiah{V: s.pagu, OK: s.paguOK}
		hi.RealisasiAnggaran = Rupiah{V: s.ra, OK: s.raOK}
		hi.Serapan = Serapan(hi.Pagu, hi.RealisasiAnggaran)
		if m == Rasio {
			hi.Efisiensi = rasio(hi.Capaian, hi.Serapan)
		} else {
			hi.Efisiensi, hi.NilaiEfisiensi = s.pmk.result()
		}
	}

	// The totals: every leaf once.
	h.Total = Total{Indikator: len(h.Indikator)}
	if n == 0 {
		return
	}
	all := sum{paguOK: true, raOK: true}
	for _, r := range t.roots {
		all.merge(&sums[r])
	}
	h.Total.Pagu = Rupiah{V: all.pagu, OK: true}
	h.Total.RealisasiAnggaran = Rupiah{V: all.ra, OK: true}
	h.Total.Serapan = Serapan(h.Total.Pagu, h.Total.RealisasiAnggaran)
	if m == Rasio {
		h.Total.Efisiensi = rasio(kinerjaRataRata(h), h.Total.Serapan)
	} else {
		h.Total.Efisiensi, h.Total.NilaiEfisiensi = all.pmk.result()
	}
}

package kinerja

import "math"

// Rules on single values: LK007 (negative), LK009 (unit), LK014 (target 0),
// LK016 (above 100%), LK017 (quarterly targets), LK018 (a later quarter
// filled), LK019 (budget realisation above pagu).

// periksaNegatif: LK007, a negative target, realisation, pagu or budget
// realisation.
func (p *pemeriksa) periksaNegatif() {
	neg := func(n Nilai, fallback Ref, key, apa, saran string) {
		if !n.Ada || !(n.Angka < 0) {
			return
		}
		p.add("LK007", Error, di(n.Ref, fallback), key,
			"%s bernilai negatif (%q): %s", apa, teks(n), saran)
	}
	const saranKinerja = "angka ini tidak boleh kurang dari 0. Tulis angka positif; " +
		"bila makin kecil makin baik, tetap tulis angka positif dan isi Polaritas \"Negatif\" di lembar Target."
	for _, ind := range p.l.Target {
		key := ind.Kode.Teks
		neg(ind.Target, ind.Kode.Ref, key, "Target", saranKinerja)
		for j, t := range ind.TargetTW {
			neg(t, ind.Kode.Ref, key, "Target "+namaTW(j), saranKinerja)
		}
	}
	for _, r := range p.l.Realisasi {
		for j, v := range r.TW {
			neg(v, r.Kode.Ref, r.Kode.Teks, "Realisasi "+namaTW(j), saranKinerja)
		}
	}
	const saranUang = "jumlah rupiah tidak boleh kurang dari 0. Perbaiki angkanya; pengembalian " +
		"belanja dikurangkan dari realisasi, bukan ditulis sebagai angka negatif."
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		key := kunciKegiatan(k)
		neg(k.Pagu, k.Kegiatan.Ref, key, "Pagu", saranUang)
		for j, v := range k.RealisasiTW {
			neg(v, k.Kegiatan.Ref, key, "Realisasi anggaran "+namaTW(j), saranUang)
		}
		neg(k.Realisasi, k.Kegiatan.Ref, key, "Realisasi anggaran", saranUang)
		neg(k.TargetKinerja, k.Kegiatan.Ref, key, "Target Kinerja", "target tidak boleh kurang dari 0. Tulis angka positif.")
		neg(k.RealisasiKinerja, k.Kegiatan.Ref, key, "Realisasi Kinerja", "realisasi tidak boleh kurang dari 0. Tulis angka positif.")
	}
}

// periksaSatuan: LK009, a number typed with a unit that differs from the
// indicator's Satuan ("6 Desa" where Satuan is Bulan). A kegiatan's Target
// and Realisasi Kinerja are compared with its Satuan Kinerja (default %).
func (p *pemeriksa) periksaSatuan() {
	cek := func(n Nilai, fallback Ref, key, apa, satuan, lembarSatuan string) {
		if !n.Ada || n.Satuan == "" || satuan == "" || SamaSatuan(n.Satuan, satuan) {
			return
		}
		p.add("LK009", Warning, di(n.Ref, fallback), key,
			"%s tertulis %q dengan satuan %q, berbeda dengan satuan indikator %q. "+
				"Tulis angkanya dalam satuan %s, atau perbaiki Satuan di lembar %s bila satuan itu yang keliru.",
			apa, teks(n), n.Satuan, satuan, satuan, lembarSatuan)
	}
	for _, ind := range p.l.Target {
		key, sat := ind.Kode.Teks, ind.Satuan.Teks
		cek(ind.Target, ind.Kode.Ref, key, "Target", sat, SheetTarget)
		for j, t := range ind.TargetTW {
			cek(t, ind.Kode.Ref, key, "Target "+namaTW(j), sat, SheetTarget)
		}
	}
	for _, r := range p.l.Realisasi {
		ind := p.indikatorDari(r.Kode.Teks)
		if ind == nil {
			continue // LK011
		}
		for j, v := range r.TW {
			cek(v, r.Kode.Ref, r.Kode.Teks, "Realisasi "+namaTW(j), ind.Satuan.Teks, SheetTarget)
		}
	}
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		sat := k.SatuanKinerja.Teks
		if sat == "" {
			sat = "%"
		}
		key := kunciKegiatan(k)
		cek(k.TargetKinerja, k.Kegiatan.Ref, key, "Target Kinerja", sat, SheetAnggaran+" (kolom Satuan Kinerja)")
		cek(k.RealisasiKinerja, k.Kegiatan.Ref, key, "Realisasi Kinerja", sat, SheetAnggaran+" (kolom Satuan Kinerja)")
	}
}

// nol reports whether a target is 0: a number 0, or a range whose upper
// bound is 0.
func nol(n Nilai) bool {
	if !n.Ada {
		return false
	}
	if n.Rentang != nil {
		return n.Rentang.Max == 0
	}
	return n.Angka == 0
}

// periksaTargetNol: LK014, a target of 0 (the annual one, the reporting
// quarter's, or a kegiatan's Target Kinerja): capaian is undefined. A zero
// target for another quarter is allowed (nothing planned that quarter).
func (p *pemeriksa) periksaTargetNol() {
	for _, ind := range p.l.Target {
		key := ind.Kode.Teks
		if nol(ind.Target) {
			p.add("LK014", Error, di(ind.Target.Ref, ind.Kode.Ref), key,
				"Target tahunan indikator %s bernilai 0, sehingga capaian tahunannya tidak dapat dihitung (pembagian dengan nol). "+
					"Isi target sesuai Perjanjian Kinerja.", key)
		}
		if p.q != 0 && nol(ind.TargetTW[p.q-1]) {
			t := ind.TargetTW[p.q-1]
			p.add("LK014", Error, di(t.Ref, ind.Kode.Ref), key,
				"Target %s indikator %s bernilai 0, sehingga capaian %s tidak dapat dihitung (pembagian dengan nol). "+
					"Isi target sampai akhir %s, atau kosongkan sel ini agar target tahunan yang dipakai.",
				namaTW(p.q-1), key, p.periodeLaporan(), namaTW(p.q-1))
		}
	}
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		if nol(k.TargetKinerja) {
			p.add("LK014", Error, di(k.TargetKinerja.Ref, k.Kegiatan.Ref), kunciKegiatan(k),
				"Target Kinerja kegiatan %q bernilai 0, sehingga capaian kinerjanya tidak dapat dihitung. "+
					"Isi targetnya, atau kosongkan sel ini (bawaan 100).", ringkas(k.Kegiatan.Teks, 60))
		}
	}
}

// periksaLebihSeratus: LK016, Satuan % with a target or realisation above
// 100; for a Kumulatif indicator also the realisation to date.
func (p *pemeriksa) periksaLebihSeratus() {
	atas := func(n Nilai) float64 {
		if n.Rentang != nil {
			return n.Rentang.Max
		}
		return n.Angka
	}
	cek := func(n Nilai, fallback Ref, key, apa string) bool {
		if !n.Ada || !(atas(n) > 100) {
			return false
		}
		p.add("LK016", Warning, di(n.Ref, fallback), key,
			"%s tertulis %q, lebih dari 100%% padahal satuannya persen. "+
				"Periksa angkanya; bila yang dimaksud jumlah (bukan persen), ubah Satuan indikatornya.", apa, teks(n))
		return true
	}
	real := IndeksRealisasi(p.l)
	for i, ind := range p.l.Target {
		if !IsPersen(ind.Satuan.Teks) {
			continue
		}
		key := ind.Kode.Teks
		cek(ind.Target, ind.Kode.Ref, key, "Target")
		for j, t := range ind.TargetTW {
			cek(t, ind.Kode.Ref, key, "Target "+namaTW(j))
		}
		ri, ok := real[NormKode(key)]
		if !ok {
			continue
		}
		r := p.l.Realisasi[ri]
		sel := false
		for j, v := range r.TW {
			sel = cek(v, r.Kode.Ref, key, "Realisasi "+namaTW(j)) || sel
		}
		hi := p.indikator(i)
		if !sel && p.q != 0 && ind.Sifat == Kumulatif && hi != nil && hi.Realisasi.OK && hi.Realisasi.V > 100 {
			p.add("LK016", Warning, di(r.TW[p.q-1].Ref, r.Kode.Ref), key,
				"Jumlah realisasi TW I s.d. %s indikator %s adalah %s, lebih dari 100%% padahal satuannya persen. "+
					"Untuk indikator persen biasanya Sifat \"Non Kumulatif\" (isi posisi akhir tiap triwulan): "+
					"periksa kolom Sifat di lembar Target atau angka realisasinya.",
				namaTW(p.q-1), key, FormatBilangan(hi.Realisasi.V)+"%")
		}
	}
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		if k.SatuanKinerja.Teks != "" && !IsPersen(k.SatuanKinerja.Teks) {
			continue
		}
		key := kunciKegiatan(k)
		cek(k.TargetKinerja, k.Kegiatan.Ref, key, "Target Kinerja")
		cek(k.RealisasiKinerja, k.Kegiatan.Ref, key, "Realisasi Kinerja")
	}
}

// samaTarget reports whether two targets are the same value or range.
func samaTarget(a, b Nilai) bool {
	if (a.Rentang == nil) != (b.Rentang == nil) {
		return false
	}
	if a.Rentang != nil {
		return nearly(a.Rentang.Min, b.Rentang.Min) && nearly(a.Rentang.Max, b.Rentang.Max)
	}
	return nearly(a.Angka, b.Angka)
}

func nearly(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// periksaTargetTW: LK017, Kumulatif quarterly targets that decrease (each
// given target compared with the latest earlier given one), and, for any
// sifat, a Target TW IV that differs from the annual target.
func (p *pemeriksa) periksaTargetTW() {
	for _, ind := range p.l.Target {
		key := ind.Kode.Teks
		if ind.Sifat == Kumulatif {
			prev := -1
			for j, t := range ind.TargetTW {
				if !t.Ada {
					continue
				}
				if prev >= 0 && t.Angka < ind.TargetTW[prev].Angka {
					p.add("LK017", Warning, di(t.Ref, ind.Kode.Ref), key,
						"Target %s (%s) lebih kecil dari Target %s (%s), padahal indikator %s Kumulatif: "+
							"target triwulan adalah jumlah yang harus dicapai sampai akhir triwulan itu, jadi tidak boleh turun. "+
							"Perbaiki target triwulannya, atau ubah Sifat bila indikator ini bukan kumulatif.",
						namaTW(j), teks(t), namaTW(prev), teks(ind.TargetTW[prev]), key)
				}
				prev = j
			}
		}
		tw4 := ind.TargetTW[3]
		if tw4.Ada && ind.Target.Ada && !samaTarget(tw4, ind.Target) {
			p.add("LK017", Warning, di(tw4.Ref, ind.Kode.Ref), key,
				"Target TW IV (%s) berbeda dengan Target tahunan (%s): target sampai akhir tahun seharusnya sama dengan target tahunan. "+
					"Samakan keduanya sesuai Perjanjian Kinerja.", teks(tw4), teks(ind.Target))
		}
	}
}

// periksaRealisasiDepan: LK018, a realisation (of an indicator, or of a
// kegiatan's budget) entered for a quarter after the reporting quarter. A
// 0 there is left alone: templates are often pre-filled with zeros, and it
// changes nothing.
func (p *pemeriksa) periksaRealisasiDepan() {
	if p.q == 0 || p.q == 4 {
		return
	}
	msg := "%s sudah terisi (%q), padahal laporan ini untuk %s: angka itu tidak dipakai. " +
		"Periksa apakah angkanya salah kolom, atau apakah triwulan laporan (lembar Identitas atau opsi --triwulan) sudah benar."
	for _, r := range p.l.Realisasi {
		for j := p.q; j < 4; j++ {
			if v := r.TW[j]; v.Ada && v.Angka != 0 {
				p.add("LK018", Warning, di(v.Ref, r.Kode.Ref), r.Kode.Teks, msg,
					"Realisasi "+namaTW(j), teks(v), p.periodeLaporan())
			}
		}
	}
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		for j := p.q; j < 4; j++ {
			if v := k.RealisasiTW[j]; v.Ada && v.Angka != 0 {
				p.add("LK018", Warning, di(v.Ref, k.Kegiatan.Ref), kunciKegiatan(k), msg,
					"Realisasi anggaran "+namaTW(j), teks(v), p.periodeLaporan())
			}
		}
	}
}

// periksaMelebihiPagu: LK019, budget realisation to date above pagu. The
// finding is at the realisation cell: the to-date column, or the latest
// filled quarter up to the reporting one.
func (p *pemeriksa) periksaMelebihiPagu() {
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		hk := p.kegiatan(i)
		if hk == nil || !hk.Pagu.OK || !hk.RealisasiAnggaran.OK || hk.RealisasiAnggaran.V <= hk.Pagu.V {
			continue
		}
		at := k.Realisasi.Ref
		for j := 0; j < p.q; j++ {
			if k.RealisasiTW[j].Ada {
				at = k.RealisasiTW[j].Ref
			}
		}
		p.add("LK019", Error, di(at, k.Kegiatan.Ref), kunciKegiatan(k),
			"Realisasi anggaran s.d. %s kegiatan %q (Rp %s) melebihi pagunya (Rp %s). "+
				"Periksa angka realisasi dan pagu: realisasi tidak boleh lebih dari pagu; bila pagu berubah (pergeseran/perubahan anggaran), tulis pagu terbaru.",
			namaTW(p.q-1), ringkas(k.Kegiatan.Teks, 60), FormatRupiah(hk.RealisasiAnggaran), FormatRupiah(hk.Pagu))
	}
}

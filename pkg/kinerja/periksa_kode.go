package kinerja

import "strings"

// Rules on keys: LK010 (duplicate Kode), LK011 (unknown Kode), LK012
// (realisation missing for the reporting quarter), LK013 (indicator
// without kegiatan).

// periksaDuplikat: LK010, a Kode used twice in Target, in Realisasi (the
// later row is ignored by the computation) or in Anggaran (when the Kode
// column is filled). The finding is at the later occurrence's Kode cell.
func (p *pemeriksa) periksaDuplikat() {
	type baris struct {
		kode Sel
		key  string
	}
	cek := func(rows []baris, akibat string) {
		seen := make(map[string]Ref, len(rows))
		for _, b := range rows {
			k := NormKode(b.kode.Teks)
			if k == "" {
				continue
			}
			first, dup := seen[k]
			if !dup {
				seen[k] = b.kode.Ref
				continue
			}
			p.add("LK010", Error, b.kode.Ref, b.key,
				"Kode %q sudah dipakai di %s; %s Ganti kode salah satunya atau hapus baris yang ganda.",
				b.kode.Teks, first, akibat)
		}
	}
	var rows []baris
	for _, ind := range p.l.Target {
		rows = append(rows, baris{ind.Kode, ind.Kode.Teks})
	}
	cek(rows, "setiap indikator di lembar Target harus berkode unik.")
	rows = rows[:0]
	for _, r := range p.l.Realisasi {
		rows = append(rows, baris{r.Kode, r.Kode.Teks})
	}
	cek(rows, "baris ini diabaikan dalam perhitungan (hanya baris pertama yang dipakai).")
	rows = rows[:0]
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		rows = append(rows, baris{k.Kode, kunciKegiatan(k)})
	}
	cek(rows, "Kode (kode rekening) tiap kegiatan di lembar Anggaran harus unik.")
}

// kodeList lists the Target codes for a message: "IK1, IK2, IK3" (at
// most 8, then "…").
func (p *pemeriksa) kodeList() string {
	var ks []string
	seen := map[string]bool{}
	for _, ind := range p.l.Target {
		k := NormKode(ind.Kode.Teks)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		ks = append(ks, ind.Kode.Teks)
	}
	if len(ks) == 0 {
		return "lembar Target belum berisi indikator"
	}
	if len(ks) > 8 {
		ks = append(ks[:8], "…")
	}
	return "kode yang ada: " + strings.Join(ks, ", ")
}

// kodeMirip returns the one Target Kode that a mistyped Kode most likely
// means: the same after normalising look-alike characters (l and 1 for I,
// O for 0) and leading zeros of numbers ("IK02", "lK2" → IK2), else the
// only one at edit distance 1; "" when none or more than one.
func (p *pemeriksa) kodeMirip(s string) string {
	n := kodeSerupa(s)
	var sama, dekat []string
	seen := map[string]bool{}
	for _, ind := range p.l.Target {
		k := NormKode(ind.Kode.Teks)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		switch {
		case kodeSerupa(ind.Kode.Teks) == n:
			sama = append(sama, ind.Kode.Teks)
		case editDistance(k, NormKode(s)) == 1:
			dekat = append(dekat, ind.Kode.Teks)
		}
	}
	switch {
	case len(sama) == 1:
		return sama[0]
	case len(sama) == 0 && len(dekat) == 1:
		return dekat[0]
	}
	return ""
}

// kodeSerupa normalises a Kode for near-miss matching: NormKode, then l/1
// before a letter read as I, O inside a number read as 0, leading zeros of
// each number dropped, and "-", "_", "." removed.
func kodeSerupa(s string) string {
	r := []rune(strings.ToUpper(NormKode(s)))
	var b strings.Builder
	for i, c := range r {
		switch {
		case c == '-' || c == '_' || c == '.':
			continue
		case c == 'L' && i+1 < len(r) && r[i+1] == 'K':
			c = 'I' // "lK2" for "IK2"
		case c == 'O' && i > 0 && r[i-1] >= '0' && r[i-1] <= '9':
			c = '0'
		}
		b.WriteRune(c)
	}
	// Leading zeros of numbers: "IK02" = "IK2".
	out := []rune(b.String())
	var res strings.Builder
	for i, c := range out {
		if c == '0' && (i == 0 || out[i-1] < '0' || out[i-1] > '9') && i+1 < len(out) && out[i+1] >= '0' && out[i+1] <= '9' {
			continue
		}
		res.WriteRune(c)
	}
	return res.String()
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// periksaKodeAsing: LK011, a Kode in Realisasi, Anggaran (its Indikator
// column), Strategi or Analisis that is not in Target. An empty Kode is
// left to the reader (LK025) or allowed (Anggaran's Indikator, Strategi
// and Analisis rows that belong to no indicator).
func (p *pemeriksa) periksaKodeAsing() {
	cek := func(kode Sel, key, akibat string) {
		if strings.TrimSpace(kode.Teks) == "" || p.indikatorDari(kode.Teks) != nil {
			return
		}
		saran := ""
		if m := p.kodeMirip(kode.Teks); m != "" {
			saran = " Maksud Anda " + m + "?"
		}
		p.add("LK011", Error, kode.Ref, key,
			"Kode %q tidak ada di lembar Target, %s%s Samakan dengan kolom Kode di lembar Target (%s), atau tambahkan indikatornya ke lembar Target.",
			kode.Teks, akibat, saran, p.kodeList())
	}
	for _, r := range p.l.Realisasi {
		cek(r.Kode, r.Kode.Teks, "sehingga realisasi di baris ini tidak terpakai.")
	}
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		cek(k.Indikator, kunciKegiatan(k), "sehingga anggaran kegiatan ini tidak terhitung pada indikator mana pun.")
	}
	for _, s := range p.l.Strategi {
		cek(s.Kode, s.Kode.Teks, "sehingga strategi ini tidak dapat ditempatkan di Tabel 2.4.")
	}
	for _, a := range p.l.Analisis {
		cek(a.Kode, a.Kode.Teks, "sehingga uraian ini tidak dapat ditempatkan di bawah indikatornya.")
	}
}

// periksaRealisasiKosong: LK012, an indicator (any sifat) whose Realisasi
// cell for the reporting quarter is empty, or that has no Realisasi row at
// all. The message says which figure is used instead.
func (p *pemeriksa) periksaRealisasiKosong() {
	if p.q == 0 {
		return
	}
	if _, ada := p.l.NamaLembar[SheetRealisasi]; p.l.NamaLembar != nil && !ada {
		return // the missing sheet is LK002; no finding per indicator after it
	}
	real := IndeksRealisasi(p.l)
	tw := namaTW(p.q - 1)
	for i, ind := range p.l.Target {
		key := ind.Kode.Teks
		if NormKode(key) == "" {
			continue // LK025
		}
		ri, ok := real[NormKode(key)]
		if !ok {
			p.add("LK012", Warning, ind.Kode.Ref, key,
				"Indikator %s tidak punya baris di lembar Realisasi, sehingga realisasi dan capaiannya tidak dapat dihitung. "+
					"Tambahkan baris dengan Kode %s di lembar Realisasi dan isi realisasi %s (tulis 0 bila memang belum ada).",
				key, key, tw)
			continue
		}
		r := p.l.Realisasi[ri]
		if r.TW[p.q-1].Ada || unreadableWorkbook(r.TW[p.q-1]) {
			continue
		}
		at := di(r.TW[p.q-1].Ref, r.Kode.Ref)
		isi := "Isi realisasi " + tw + "; tulis 0 bila memang tidak ada realisasi (sel kosong berarti belum diisi)."
		hi := p.indikator(i)
		switch {
		case hi == nil || !hi.Realisasi.OK:
			p.add("LK012", Warning, at, key,
				"Realisasi %s indikator %s kosong dan belum ada realisasi sebelumnya, sehingga capaiannya tidak dapat dihitung. %s",
				tw, key, isi)
		case ind.Sifat == NonKumulatif && hi.RealisasiDariTWSebelumnya > 0:
			j := hi.RealisasiDariTWSebelumnya - 1
			p.add("LK012", Warning, at, key,
				"Realisasi %s indikator %s (Non Kumulatif) kosong, sehingga nilai %s (%s) dipakai sebagai realisasi. %s",
				tw, key, namaTW(j), teks(r.TW[j]), isi)
		case ind.Sifat == RataRata:
			p.add("LK012", Warning, at, key,
				"Realisasi %s indikator %s (Rata-rata) kosong, sehingga rata-ratanya (%s) dihitung dari triwulan yang terisi saja. %s",
				tw, key, FormatBilangan(hi.Realisasi.V), isi)
		default:
			p.add("LK012", Warning, at, key,
				"Realisasi %s indikator %s (Kumulatif) kosong, sehingga realisasi s.d. %s (%s) hanya dari triwulan sebelumnya. %s",
				tw, key, tw, FormatBilangan(hi.Realisasi.V), isi)
		}
	}
}

// unreadableWorkbook: a cell that holds something the reader could not take as
// a number ("empat", #DIV/0!, a formula without a stored value). The
// reader has already reported it at this cell (LK005/LK006); calling the
// same cell empty as well (LK012) would contradict that finding. A dash
// is the user's way of writing "nothing" and stays empty.
func unreadableWorkbook(n Nilai) bool {
	t := strings.TrimSpace(n.Teks)
	switch t {
	case "", "-", "–", "—", "--":
		return false
	}
	return !n.Ada
}

// periksaTanpaKegiatan: LK013 (info), an indicator served by no kegiatan,
// only when the workbook has an Anggaran sheet (without it the reader has
// already warned, LK002).
func (p *pemeriksa) periksaTanpaKegiatan() {
	if !p.l.AdaAnggaran {
		return
	}
	served := map[string]bool{}
	for _, k := range p.l.Anggaran {
		served[NormKode(k.Indikator.Teks)] = true
	}
	for _, ind := range p.l.Target {
		key := NormKode(ind.Kode.Teks)
		if key == "" || served[key] {
			continue
		}
		p.add("LK013", Info, ind.Kode.Ref, ind.Kode.Teks,
			"Indikator %s tidak dikaitkan dengan kegiatan mana pun di lembar Anggaran, sehingga pagu, serapan dan efisiensinya kosong di Tabel 2.3. "+
				"Bila ada kegiatan yang mendukungnya, isi kolom Indikator kegiatan itu dengan %s.", ind.Kode.Teks, ind.Kode.Teks)
	}
}

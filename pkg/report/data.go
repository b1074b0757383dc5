package report

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// nilaiSatuan writes a figure with its unit the way the tables print it:
// "100%", "12 Desa", a range "80–90%"; "–" when undefined.
func nilaiSatuan(a kinerja.Angka, rentang *[2]float64, satuan string) string {
	satuan = oneLine(satuan)
	var s string
	switch {
	case rentang != nil:
		s = kinerja.FormatBilangan(rentang[0]) + "–" + kinerja.FormatBilangan(rentang[1])
	case a.OK:
		s = kinerja.FormatBilangan(a.V)
	default:
		return "–"
	}
	switch {
	case satuan == "":
		return s
	case kinerja.IsPersen(satuan):
		return s + "%"
	}
	// The figure stays on the line of its unit's first word.
	return s + string(nbsp) + satuan
}

// formatNIP writes an 18-digit NIP in its usual groups
// ("19671114 199003 1 004"); anything else as typed.
func formatNIP(nip string) string {
	nip = oneLine(nip)
	digits := strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r
		case r == ' ' || r == '.':
			return -1
		}
		return 'x'
	}, nip)
	if len(digits) != 18 || strings.Contains(digits, "x") {
		return nip
	}
	return digits[:8] + " " + digits[8:14] + " " + digits[14:15] + " " + digits[15:]
}

func predikat(p *string) string {
	if p == nil {
		return "–"
	}
	return *p
}

func nilaiEfisiensi(a kinerja.Angka) string {
	if !a.OK {
		return "–"
	}
	return kinerja.FormatAngka(a.V, 2)
}

// buildData fills the template variables from the data and the figures.
func buildData(l *kinerja.Laporan, h *kinerja.Hasil, tanggal time.Time) *Data {
	id := l.Identitas
	q := h.Triwulan
	hk := id.HariKerja
	if hk <= 0 {
		hk = 5
	}
	d := &Data{
		Tahun:               id.Tahun,
		Triwulan:            q,
		TriwulanRomawi:      kinerja.Romawi(q),
		Pemda:               oneLine(id.Pemda),
		Unit:                oneLine(id.Unit),
		Jabatan:             oneLine(id.Jabatan),
		JabatanSingkat:      oneLine(id.JabatanSingkat),
		Pejabat:             pejabat(id),
		Eselon:              oneLine(id.Eselon),
		Nama:                oneLine(id.Nama),
		NIP:                 formatNIP(id.NIP),
		JabatanAtasan:       oneLine(id.JabatanAtasan),
		NamaAtasan:          oneLine(id.NamaAtasan),
		NIPAtasan:           formatNIP(id.NIPAtasan),
		Tempat:              oneLine(id.Tempat),
		TanggalLaporan:      kinerja.FormatTanggal(tanggal),
		DasarHukumPelaporan: oneLine(id.DasarHukumPelaporan),
		HariKerja:           hk,
		DasarHukumTugas:     oneLine(id.DasarHukumTugas),
		AwalTahun:           kinerja.FormatTanggal(time.Date(id.Tahun, 1, 1, 0, 0, 0, 0, time.UTC)),
		AkhirTriwulan:       kinerja.FormatTanggal(akhirTriwulan(id.Tahun, q)),
		JumlahTugas:         Jumlah(len(l.Tugas)),
		JumlahIndikator:     Jumlah(len(h.Indikator)),
		AdaAnggaran:         len(h.Kegiatan) > 0,
		JumlahKegiatan:      Jumlah(len(h.Kegiatan)),
		RincianKegiatan:     countPerTingkat(h),
		Pagu:                kinerja.FormatRupiah(h.Total.Pagu),
		RealisasiAnggaran:   kinerja.FormatRupiah(h.Total.RealisasiAnggaran),
		Serapan:             kinerja.FormatPersen(h.Total.Serapan),
		MetodeEfisiensi:     h.Metode.String(),
		Efisiensi:           kinerja.FormatPersen(h.Total.Efisiensi),
		NilaiEfisiensi:      nilaiEfisiensi(h.Total.NilaiEfisiensi),
	}
	for i := range h.Indikator {
		hi := &h.Indikator[i]
		switch {
		case hi.Tercapai:
			d.Tercapai++
		case !hi.Capaian.OK:
			d.TidakTerukur++
		case !hi.Dinilai:
			d.BelumDinilai++
		default:
			d.BelumTercapai++
		}
		di := &DataIndikator{
			No:                   i + 1,
			Kode:                 oneLine(hi.Kode),
			Sasaran:              oneLine(hi.Sasaran),
			Indikator:            oneLine(hi.Indikator),
			Satuan:               oneLine(hi.Satuan),
			Target:               nilaiSatuan(hi.TargetPeriode, hi.TargetPeriodeRentang, hi.Satuan),
			TargetTahunan:        nilaiSatuan(hi.Target, hi.TargetRentang, hi.Satuan),
			AdaRealisasi:         hi.Realisasi.OK,
			Realisasi:            nilaiSatuan(hi.Realisasi, nil, hi.Satuan),
			Terukur:              hi.Capaian.OK,
			Capaian:              kinerja.FormatPersen(hi.Capaian),
			TerukurTahunan:       hi.CapaianTahunan.OK,
			CapaianTahunan:       kinerja.FormatPersen(hi.CapaianTahunan),
			Predikat:             predikat(hi.Predikat),
			Tercapai:             hi.Tercapai,
			Dinilai:              hi.Dinilai,
			AdaCapaianSebelumnya: hi.CapaianSebelumnya.OK,
			CapaianSebelumnya:    kinerja.FormatPersen(hi.CapaianSebelumnya),
			AdaAnggaran:          len(hi.Kegiatan) > 0,
			Pagu:                 kinerja.FormatRupiah(hi.Pagu),
			RealisasiAnggaran:    kinerja.FormatRupiah(hi.RealisasiAnggaran),
			Serapan:              kinerja.FormatPersen(hi.Serapan),
			Efisiensi:            kinerja.FormatPersen(hi.Efisiensi),
			NilaiEfisiensi:       nilaiEfisiensi(hi.NilaiEfisiensi),
			Laporan:              d,
		}
		if hi.Row != nil {
			di.AdaTargetTriwulan = q >= 1 && q <= 4 && hi.Row.TargetTW[q-1].Ada
		}
		if hi.RealisasiRow != nil {
			di.Keterangan = oneLine(hi.RealisasiRow.Keterangan.Teks)
		}
		d.Indikator = append(d.Indikator, di)
	}
	// The lowest capaian below target, for the Ikhtisar: judged ones only
	// (a Kumulatif indicator without a Target TW is not "below target",
	// whatever its capaian against the annual target).
	var pageBottom []int
	for i := range h.Indikator {
		if hi := &h.Indikator[i]; hi.Capaian.OK && hi.Dinilai && !hi.Tercapai {
			pageBottom = append(pageBottom, i)
		}
	}
	sort.SliceStable(pageBottom, func(a, b int) bool {
		return h.Indikator[pageBottom[a]].Capaian.V < h.Indikator[pageBottom[b]].Capaian.V
	})
	for _, i := range pageBottom[:min(len(pageBottom), 3)] {
		d.Terendah = append(d.Terendah, d.Indikator[i])
	}
	for _, s := range l.Strategi {
		if t := oneLine(s.Strategi.Teks); t != "" {
			d.Strategi = append(d.Strategi, t)
		}
	}
	for _, s := range l.TindakLanjut {
		if t := oneLine(s.Teks); t != "" {
			d.TindakLanjut = append(d.TindakLanjut, t)
		}
	}
	lengkapiNarasi(d, l, h)
	return d
}

// countPerTingkat counts the Anggaran rows in words: "7 kegiatan"; in a
// hierarchy per level, "2 program, 5 kegiatan dan 12 sub kegiatan".
func countPerTingkat(h *kinerja.Hasil) string {
	if !h.Bertingkat {
		return Jumlah(len(h.Kegiatan)).String() + " kegiatan"
	}
	n := map[kinerja.Tingkat]int{}
	for i := range h.Kegiatan {
		n[h.Kegiatan[i].Tingkat]++
	}
	var parts []string
	for _, t := range []kinerja.Tingkat{kinerja.TingkatProgram, kinerja.TingkatKegiatan, kinerja.TingkatSubKegiatan} {
		if n[t] > 0 {
			parts = append(parts, Jumlah(n[t]).String()+" "+strings.ToLower(t.Nama()))
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " dan " + parts[len(parts)-1]
}

// lengkapiNarasi fills the variables that sentences are made of, so that
// the templates need no counting or joining: the breakdown of the
// indicators, those below target with the reason from Analisis, the main
// follow-up, the budget left, and the unit with its region once.
func lengkapiNarasi(d *Data, l *kinerja.Laporan, h *kinerja.Hasil) {
	var parts []string
	add := func(n Jumlah, s string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%v indikator %s", n, s))
		}
	}
	add(d.Tercapai, "telah mencapai target")
	if d.Triwulan == 4 {
		add(d.BelumTercapai, "tidak mencapai target")
	} else {
		add(d.BelumTercapai, "belum mencapai target triwulan "+d.TriwulanRomawi)
	}
	add(d.BelumDinilai, "belum dapat dinilai karena target triwulannya belum ditetapkan")
	add(d.TidakTerukur, "belum dapat diukur capaiannya")
	d.RincianCapaian = joinList(parts)

	alasan := map[string]string{}
	for _, a := range l.Analisis {
		k := kinerja.NormKode(oneLine(a.Kode.Teks))
		if _, ok := alasan[k]; !ok {
			alasan[k] = kalimatPertama(oneLine(a.Uraian.Teks))
		}
	}
	var capaianBawah []float64
	for i, di := range d.Indikator {
		di.Alasan = alasan[kinerja.NormKode(di.Kode)]
		if hi := &h.Indikator[i]; hi.Dinilai && hi.Capaian.OK && !hi.Tercapai {
			d.DiBawahTarget = append(d.DiBawahTarget, di)
			capaianBawah = append(capaianBawah, hi.Capaian.V)
		}
	}
	// BAB III names at most the ten lowest, as the charts show them
	// (docs/laporan.md#bab-iii): a large report's conclusion stays short.
	d.DiBawahTargetTerendah = d.DiBawahTarget
	d.JumlahDiBawahTarget = Jumlah(len(d.DiBawahTarget))
	if n := len(d.DiBawahTarget); n > jumlahTerendah {
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return capaianBawah[idx[a]] < capaianBawah[idx[b]] })
		d.DiBawahTargetTerendah = make([]*DataIndikator, jumlahTerendah)
		for i, j := range idx[:jumlahTerendah] {
			d.DiBawahTargetTerendah[i] = d.DiBawahTarget[j]
		}
		d.DiBawahTargetLainnya = Jumlah(n - jumlahTerendah)
	}

	var tl []string
	for _, t := range d.TindakLanjut {
		if !berisi(tl, t) && len(tl) < 3 {
			tl = append(tl, strings.TrimRight(t, ".;"))
		}
	}
	d.TindakLanjutUtama = strings.Join(tl, "; ")

	if h.Total.Pagu.OK && h.Total.RealisasiAnggaran.OK && h.Total.Pagu.V > h.Total.RealisasiAnggaran.V {
		d.AdaSisaAnggaran = true
		d.SisaAnggaran = kinerja.FormatRupiah(kinerja.Rupiah{V: h.Total.Pagu.V - h.Total.RealisasiAnggaran.V, OK: true})
	}
	// Kegiatan whose own target is reached with budget left (the seed's
	// "sisa anggaran … Kas Daerah").
	var sisa int64
	for i := range h.Kegiatan {
		k := &h.Kegiatan[i]
		if k.Leaf() && k.RealisasiKinerja.OK && kinerja.TercapaiDari(k.Capaian) && k.Pagu.OK && k.RealisasiAnggaran.OK && k.Pagu.V > k.RealisasiAnggaran.V {
			d.KegiatanSelesaiBersisa++
			sisa += k.Pagu.V - k.RealisasiAnggaran.V
		}
	}
	d.SisaKegiatanSelesai = kinerja.FormatRupiah(kinerja.Rupiah{V: sisa, OK: true})

	d.UnitDaerah = d.Unit
	if p := d.Pemda; p != "" && !strings.Contains(strings.ToLower(d.Unit), strings.ToLower(namaDaerah(p))) {
		d.UnitDaerah = strings.TrimSpace(d.Unit + " " + p)
	}
}

// namaDaerah is a region's name without its kind: "Polewali Mandar" of
// "Kabupaten Polewali Mandar", so that "Dinas Kesehatan Kab. Polewali
// Mandar" is seen to hold it.
func namaDaerah(p string) string {
	low := strings.ToLower(p)
	for _, pre := range []string{"pemerintah ", "kabupaten ", "kab. ", "kab ", "kota ", "provinsi ", "prov. "} {
		if strings.HasPrefix(low, pre) {
			low = strings.TrimSpace(low[len(pre):])
		}
	}
	return low
}

// joinList joins "a", "a dan b", "a, b dan c".
func joinList(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " dan " + xs[len(xs)-1]
}

// kalimatPertama is the first sentence of a paragraph, cut at a colon or
// semicolon when that leaves the sentence short enough to quote in the
// conclusion; "" when it stays longer than 240 characters.
func kalimatPertama(s string) string {
	end := len(s)
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' && !markerSebelum(s[:i]) {
			end = i
			break
		}
	}
	k := strings.TrimSpace(strings.TrimRight(s[:end], "."))
	if utf8.RuneCountInString(k) > 240 {
		if j := strings.IndexAny(k, ":;"); j >= 40 {
			k = strings.TrimSpace(k[:j])
			// "… adalah sebagai berikut" announced the list just cut off.
			for _, tail := range []string{" adalah sebagai berikut", " sebagai berikut", " antara lain", " yaitu", " adalah"} {
				k = strings.TrimSuffix(k, tail)
			}
		}
	}
	if utf8.RuneCountInString(k) > 240 {
		return ""
	}
	return k
}

// markerSebelum reports whether s ends with a list marker ("a", "2").
func markerSebelum(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	w := s[i+1:]
	return len(w) <= 2 && w != ""
}

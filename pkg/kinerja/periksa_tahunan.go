package kinerja

import (
	"strconv"
	"time"

	"github.com/lapkin/lapkin/pkg/kalender"
)

// The checks of the annual report (docs/aturan.md, LK033–LK039). The
// annual columns' values are also checked like the others in any report:
// negative (LK007) and a percentage above 100 (LK016).

// priorColumn names an annual column of the Target sheet for messages, with
// the year of the report ("Realisasi 2023").
func (p *pemeriksa) priorColumn(apa string, mundur int) string {
	if y := p.l.Identitas.Tahun; y != 0 {
		return apa + " " + strconv.Itoa(y-mundur)
	}
	if mundur == 1 {
		return apa + " Tahun Lalu"
	}
	return apa + " N-" + strconv.Itoa(mundur)
}

// nilaiTahunan lists the annual cells of an indicator with their column
// names.
func (p *pemeriksa) nilaiTahunan(ind *Indikator) []struct {
	n   Nilai
	apa string
} {
	return []struct {
		n   Nilai
		apa string
	}{
		{ind.RealisasiLalu[0], p.priorColumn("Realisasi", 1)},
		{ind.RealisasiLalu[1], p.priorColumn("Realisasi", 2)},
		{ind.TargetLalu, p.priorColumn("Target", 1)},
		{ind.TargetAkhirRenstra, "Target Akhir Renstra"},
		{ind.StandarNasional, "Standar Nasional"},
	}
}

// periksaKolomTahunan: LK007 and LK016 on the annual columns, in any report
// (the columns are read whatever the jenis).
func (p *pemeriksa) periksaKolomTahunan() {
	for i := range p.l.Target {
		ind := &p.l.Target[i]
		key := ind.Kode.Teks
		for _, c := range p.nilaiTahunan(ind) {
			if !c.n.Ada {
				continue
			}
			if c.n.Angka < 0 {
				p.add("LK007", Error, di(c.n.Ref, ind.Kode.Ref), key,
					"%s indikator %s bernilai negatif (%s). Tulis nilai 0 atau lebih.", c.apa, key, teks(c.n))
				continue
			}
			atas := c.n.Angka
			if c.n.Rentang != nil {
				atas = c.n.Rentang.Max
			}
			if IsPersen(ind.Satuan.Teks) && atas > 100 {
				p.add("LK016", Warning, di(c.n.Ref, ind.Kode.Ref), key,
					"%s tertulis %q, lebih dari 100%% padahal satuannya persen. "+
						"Periksa angkanya; bila yang dimaksud jumlah (bukan persen), ubah Satuan indikatornya.", c.apa, teks(c.n))
			}
		}
	}
}

// periksaTahunan applies the rules only the annual report needs
// (docs/aturan.md, Annual report).
func (p *pemeriksa) periksaTahunan() {
	if p.o.Jenis != Tahunan || p.h == nil {
		return
	}
	// LK033 covers every empty quarter as an error: LK012 (the reporting
	// quarter's cell, a warning) would say the same thing again.
	out := p.out[:0]
	for _, t := range p.out {
		if t.Rule != "LK012" {
			out = append(out, t)
		}
	}
	p.out = out

	p.periksaTriwulanKosong()  // LK033
	p.periksaSalinan()         // LK034
	p.periksaRenstra()         // LK035, LK037
	p.periksaTargetLalu()      // LK036
	p.periksaCelahTahun()      // LK038
	p.periksaAnggaranTahunan() // LK039
}

// periksaTriwulanKosong: LK033, an indicator with a quarter without
// realisation (or no Realisasi row at all), or a kegiatan that gives its
// budget realisation by quarter with a quarter empty: the year's figure
// would be computed from part of the year.
func (p *pemeriksa) periksaTriwulanKosong() {
	real := IndeksRealisasi(p.l)
	for _, ind := range p.l.Target {
		key := ind.Kode.Teks
		if NormKode(key) == "" {
			continue
		}
		ri, ok := real[NormKode(key)]
		if !ok {
			p.add("LK033", Error, ind.Kode.Ref, key,
				"Indikator %s tidak punya baris di lembar Realisasi, padahal laporan tahunan memerlukan realisasi keempat triwulan. "+
					"Tambahkan baris dengan Kode %s di lembar Realisasi dan isi TW I s.d. TW IV; tulis 0 bila memang tidak ada realisasi.",
				key, key)
			continue
		}
		r := p.l.Realisasi[ri]
		var kosong []string
		var at Ref
		for j := 0; j < 4; j++ {
			if !r.TW[j].Ada {
				if len(kosong) == 0 {
					at = di(r.TW[j].Ref, r.Kode.Ref)
				}
				kosong = append(kosong, namaTW(j))
			}
		}
		if len(kosong) == 0 {
			continue
		}
		p.add("LK033", Error, at, key,
			"Realisasi %s indikator %s kosong, padahal laporan tahunan memerlukan realisasi keempat triwulan. "+
				"Isi realisasi %s; tulis 0 bila memang tidak ada realisasi (sel kosong berarti belum diisi).",
			daftarFrasa(kosong), key, daftarFrasa(kosong))
	}
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		var kosong []string
		var at Ref
		ada := false
		for j := 0; j < 4; j++ {
			if k.RealisasiTW[j].Ada {
				ada = true
				continue
			}
			if len(kosong) == 0 {
				at = di(k.RealisasiTW[j].Ref, k.Kegiatan.Ref)
			}
			kosong = append(kosong, "Realisasi "+namaTW(j))
		}
		if !ada || len(kosong) == 0 {
			continue
		}
		p.add("LK033", Error, at, kunciKegiatan(k),
			"%s kegiatan %q kosong, padahal laporan tahunan menjumlahkan belanja keempat triwulan. "+
				"Isi realisasinya; tulis 0 bila memang tidak ada belanja pada triwulan itu.",
			daftarFrasa(kosong), ringkas(k.Kegiatan.Teks, 60))
	}
}

// periksaSalinan: LK034, a previous year that looks copied: Realisasi
// <Y−1> equal to this year's R(4), or Realisasi <Y−2> equal to Realisasi
// <Y−1>; not when both values equal their targets (a steady 100% is
// normal; Realisasi <Y−2> has no target column, so for that pair it is
// enough that Y−1 met its target).
func (p *pemeriksa) periksaSalinan() {
	y := p.l.Identitas.Tahun
	for i := range p.l.Target {
		ind := &p.l.Target[i]
		key := ind.Kode.Teks
		lalu, lalu2 := ind.RealisasiLalu[0], ind.RealisasiLalu[1]
		tepatLalu := lalu.Ada && ind.TargetLalu.Ada && ind.TargetLalu.Rentang == nil && nearly(lalu.Angka, ind.TargetLalu.Angka)
		hi := p.indikator(i)
		if hi != nil && hi.Realisasi.OK && lalu.Ada && nearly(lalu.Angka, hi.Realisasi.V) {
			tepatKini := ind.Target.Ada && ind.Target.Rentang == nil && nearly(hi.Realisasi.V, ind.Target.Angka)
			if !(tepatKini && tepatLalu) {
				p.add("LK034", Warning, di(lalu.Ref, ind.Kode.Ref), key,
					"%s indikator %s (%s) sama persis dengan realisasi %s (%s). "+
						"Periksa apakah angka tahun lalu tersalin dari tahun ini; salin realisasi %s dari laporan kinerja tahun %s.",
					p.priorColumn("Realisasi", 1), key, teks(lalu), tahunTeks(y, 0), FormatBilangan(hi.Realisasi.V),
					tahunTeks(y, 1), tahunTeks(y, 1))
				continue
			}
		}
		if lalu.Ada && lalu2.Ada && nearly(lalu.Angka, lalu2.Angka) && !tepatLalu {
			p.add("LK034", Warning, di(lalu2.Ref, ind.Kode.Ref), key,
				"%s indikator %s (%s) sama persis dengan %s (%s). "+
					"Periksa apakah salah satunya tersalin; salin realisasi tiap tahun dari laporan kinerja tahun itu.",
				p.priorColumn("Realisasi", 2), key, teks(lalu2), p.priorColumn("Realisasi", 1), teks(lalu))
		}
	}
}

// tahunTeks is "2023" for Y−mundur, or "tahun ini"/"tahun lalu" when the
// year is unknown.
func tahunTeks(y, mundur int) string {
	if y != 0 {
		return strconv.Itoa(y - mundur)
	}
	if mundur == 0 {
		return "tahun ini"
	}
	return "tahun lalu"
}

// periksaRenstra: LK035, this year's target already beyond the Renstra's
// end-of-period target (above it with a positive polarity, below it with a
// negative one) while the period has not ended; LK037, Periode Renstra not
// containing the report's year, or missing while Target Akhir Renstra is
// given.
func (p *pemeriksa) periksaRenstra() {
	id := p.l.Identitas
	berakhir := id.RenstraAkhir != 0 && id.Tahun >= id.RenstraAkhir
	ada := false
	for _, ind := range p.l.Target {
		t, r := ind.Target, ind.TargetAkhirRenstra
		if !r.Ada {
			continue
		}
		ada = true
		if !t.Ada || berakhir {
			continue
		}
		key := ind.Kode.Teks
		var lewat bool
		if ind.Polaritas == Negatif {
			lewat = t.Angka < r.Angka-1e-9 // lower bounds
		} else {
			kini, akhir := t.Angka, r.Angka
			if t.Rentang != nil {
				kini = t.Rentang.Max
			}
			if r.Rentang != nil {
				akhir = r.Rentang.Max
			}
			lewat = kini > akhir+1e-9
		}
		if !lewat {
			continue
		}
		periode := ""
		if id.PeriodeRenstra != "" {
			periode = ", padahal periode Renstra " + id.PeriodeRenstra + " belum berakhir"
		}
		p.add("LK035", Warning, di(r.Ref, ind.Kode.Ref), key,
			"Target %s indikator %s (%s) sudah melampaui Target Akhir Renstra (%s, polaritas %s)%s. "+
				"Periksa Target Akhir Renstra (mungkin Renstra sudah direviu) atau target tahun ini.",
			tahunTeks(id.Tahun, 0), key, teks(t), teks(r), ind.Polaritas, periode)
	}
	switch {
	case id.PeriodeRenstra == "" && ada:
		p.add("LK037", Warning, Ref{Sheet: SheetIdentitas}, "",
			"Target Akhir Renstra diisi, tetapi lembar Identitas tidak memuat Periode Renstra, sehingga laporan tidak dapat menyebut tahun akhir target itu. "+
				"Tambahkan baris \"Periode Renstra\" di lembar Identitas, mis. 2021–2026.")
	case id.RenstraAkhir != 0 && id.Tahun != 0 && (id.Tahun < id.RenstraAwal || id.Tahun > id.RenstraAkhir):
		p.add("LK037", Warning, id.Ref(FieldPeriodeRenstra), "",
			"Periode Renstra %s tidak mencakup tahun %d. Tulis periode Renstra yang berlaku (mis. 2021–2026); "+
				"pada masa transisi Renstra, peringatan ini boleh diabaikan.",
			id.PeriodeRenstra, id.Tahun)
	}
}

// periksaTargetLalu: LK036, Realisasi <Y−1> given without Target <Y−1>:
// capaian_tahun_lalu cannot be computed.
func (p *pemeriksa) periksaTargetLalu() {
	for _, ind := range p.l.Target {
		if !ind.RealisasiLalu[0].Ada || ind.TargetLalu.Ada {
			continue
		}
		key := ind.Kode.Teks
		p.add("LK036", Warning, di(ind.TargetLalu.Ref, di(ind.RealisasiLalu[0].Ref, ind.Kode.Ref)), key,
			"%s indikator %s terisi tetapi %s kosong, sehingga capaian tahun lalu tidak dapat dihitung. "+
				"Isi kolom \"%s\" dari Perjanjian Kinerja tahun %s.",
			p.priorColumn("Realisasi", 1), key, p.priorColumn("Target", 1), p.priorColumn("Target", 1), tahunTeks(p.l.Identitas.Tahun, 1))
	}
}

// periksaCelahTahun: LK038 (info), Realisasi <Y−2> given without Realisasi
// <Y−1>: the chart over the years skips a year.
func (p *pemeriksa) periksaCelahTahun() {
	for _, ind := range p.l.Target {
		if !ind.RealisasiLalu[1].Ada || ind.RealisasiLalu[0].Ada {
			continue
		}
		key := ind.Kode.Teks
		p.add("LK038", Info, di(ind.RealisasiLalu[1].Ref, ind.Kode.Ref), key,
			"%s indikator %s terisi tetapi %s kosong, sehingga grafik perkembangan realisasi melompati tahun %s. "+
				"Isi %s bila datanya ada.",
			p.priorColumn("Realisasi", 2), key, p.priorColumn("Realisasi", 1), tahunTeks(p.l.Identitas.Tahun, 1), p.priorColumn("Realisasi", 1))
	}
}

// periksaAnggaranTahunan: LK039, an annual report whose Anggaran rows give
// only the to-date Realisasi column while Identitas Triwulan is not IV: the
// figure is probably that of an earlier quarter's end. One finding, at the
// Triwulan field.
func (p *pemeriksa) periksaAnggaranTahunan() {
	id := p.l.Identitas
	if id.Triwulan == 0 || id.Triwulan == 4 {
		return
	}
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		adaTW := false
		for _, v := range k.RealisasiTW {
			adaTW = adaTW || v.Ada
		}
		if adaTW || !k.Realisasi.Ada {
			continue
		}
		p.add("LK039", Warning, id.Ref(FieldTriwulan), "",
			"Lembar Identitas menyebut Triwulan %s, sedangkan kolom Realisasi anggaran berisi realisasi s.d. saat itu: "+
				"untuk laporan tahunan isi realisasi sampai 31 Desember %s (atau kolom Realisasi TW I–IV) dan ubah Triwulan menjadi IV.",
			Romawi(id.Triwulan), tahunTeks(id.Tahun, 0))
		return
	}
}

// periksaTanggalTahunan: LK021 for the annual report: the report date after
// the annual deadline (Identitas Batas Laporan Tahunan, else the last
// working day on or before 31 March of the next year, docs/kalender.md),
// or before the year's last day.
func (p *pemeriksa) periksaTanggalTahunan() {
	id := p.l.Identitas
	tgl, at, asal, ok := p.tanggalLaporan()
	if !ok {
		return
	}
	akhir := kalender.AkhirTahun(id.Tahun)
	if tgl.Before(akhir) {
		p.add("LK021", Warning, at, "",
			"%s jatuh sebelum tahun %d berakhir (%s): laporan kinerja tahunan dibuat setelah tahunnya selesai. "+
				"Perbaiki Tanggal Laporan di lembar Identitas, atau periksa Tahun Anggaran.",
			asal, id.Tahun, FormatTanggal(akhir))
		return
	}
	var batas time.Time
	dasar, tak := "", false
	if !id.BatasLaporanTahunan.IsZero() {
		batas = kalender.Tanggal(id.BatasLaporanTahunan)
		dasar = "Batas Laporan Tahunan di lembar Identitas"
	} else {
		var libur []time.Time
		for _, l := range p.l.Libur {
			libur = append(libur, l.Tanggal)
		}
		var diketahui bool
		batas, diketahui = kalender.Baru(libur).BatasTahunan(id.Tahun)
		dasar = "hari kerja terakhir sampai 31 Maret " + strconv.Itoa(id.Tahun+1) + ", tiga bulan setelah tahun anggaran berakhir (PermenPANRB 53/2014)"
		if !diketahui {
			tak = true
			dasar += "; tabel hari libur lapkin belum memuat tahun " + strconv.Itoa(id.Tahun+1) + ", jadi hanya akhir pekan dan lembar Libur yang diperhitungkan"
		}
	}
	if tgl.After(batas) {
		p.add("LK021", Warning, at, "",
			"%s melewati batas penyampaian laporan kinerja tahunan %s (%s). "+
				"Serahkan laporan paling lambat pada batas itu; bila tanggalnya salah ketik, perbaiki Tanggal Laporan di lembar Identitas.",
			asal, FormatHariTanggal(batas), dasar)
		return
	}
	if tak {
		// Holidays can only move this deadline earlier: say so.
		p.add("LK021", Info, at, "",
			"Batas penyampaian laporan kinerja tahunan dihitung %s (%s). %s sudah dalam batas itu, "+
				"tetapi batas sebenarnya bisa lebih awal bila ada hari libur nasional atau cuti bersama pada akhir Maret; "+
				"hari libur itu dapat ditambahkan di lembar Libur.",
			FormatHariTanggal(batas), dasar, asal)
	}
}

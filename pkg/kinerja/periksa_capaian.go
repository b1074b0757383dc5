package kinerja

import "math"

// toleransiLK020 is how far (percentage points) a user's own figure may be
// from the computed one before LK020 fires: 0,5 (docs/aturan.md).
const toleransiLK020 = 0.5

// selisih reports whether a user's figure u differs from the computed c by
// more than the tolerance. A figure typed as a plain number (222) is read
// as that many percent, which is what Nilai.Angka already holds.
func selisih(u, c float64) bool { return math.Abs(u-c) > toleransiLK020+1e-9 }

// withinTolerance reports whether u is within the tolerance of a defined figure.
func withinTolerance(u float64, c Angka) bool { return c.OK && !selisih(u, c.V) }

// petunjukPecahan is the hint for a percentage typed as a fraction (0,85
// for 85%), or "".
func petunjukPecahan(u float64, c Angka) string {
	if u != 0 && math.Abs(u) <= 1.5 && withinTolerance(u*100, c) {
		return " Angka ini tampaknya ditulis sebagai pecahan: tulis " + FormatBilangan(c.V) +
			" atau " + FormatBilangan(c.V) + "%, atau format selnya sebagai persen."
	}
	return ""
}

// periksaAngkaSendiri: LK020, the user's own Capaian (Realisasi sheet:
// against the period capaian; Anggaran sheet: against serapan) and
// Efisiensi (against E with method pmk, the ratio with method rasio) that
// differ from the computed figure by more than 0,5 percentage points. Not
// raised where the computed figure is undefined.
func (p *pemeriksa) periksaAngkaSendiri() {
	if p.h == nil {
		return
	}
	real := IndeksRealisasi(p.l)
	for ri, r := range p.l.Realisasi {
		if !r.Capaian.Ada {
			continue
		}
		k := NormKode(r.Kode.Teks)
		if first, ok := real[k]; !ok || first != ri {
			continue // an ignored duplicate row (LK010)
		}
		ti, ok := p.target[k]
		if !ok {
			continue // LK011
		}
		hi := p.indikator(ti)
		if hi == nil || !hi.Capaian.OK || !selisih(r.Capaian.Angka, hi.Capaian.V) {
			continue
		}
		ind := &p.l.Target[ti]
		u := r.Capaian.Angka
		saran := petunjukPecahan(u, hi.Capaian)
		if saran == "" && withinTolerance(u, hi.CapaianTahunan) {
			saran = " Angka ini sama dengan capaian terhadap target tahunan; kolom Capaian dibandingkan dengan capaian terhadap target " +
				namaTW(p.q-1) + "."
		}
		target := "target tahunan"
		if ind.TargetTW[p.q-1].Ada {
			target = "target " + namaTW(p.q-1)
		}
		p.add("LK020", Error, r.Capaian.Ref, r.Kode.Teks,
			"Capaian tertulis %s, hasil hitung %s (realisasi s.d. %s: %s, %s: %s, polaritas %s). "+
				"Selisihnya lebih dari 0,5 poin persen: perbaiki angkanya atau kosongkan sel ini, karena lapkin menghitung capaian sendiri.%s",
			FormatPersen(Nilainya(u)), FormatPersen(hi.Capaian), namaTW(p.q-1), FormatBilangan(hi.Realisasi.V),
			target, teks(TargetPeriode(ind, p.q)), ind.Polaritas, saran)
	}

	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		hk := p.kegiatan(i)
		if hk == nil {
			continue
		}
		key := kunciKegiatan(k)
		if u := k.Capaian.Angka; k.Capaian.Ada && hk.Serapan.OK && selisih(u, hk.Serapan.V) {
			p.add("LK020", Error, k.Capaian.Ref, key,
				"Capaian anggaran (serapan) tertulis %s, hasil hitung %s (realisasi s.d. %s Rp %s dari pagu Rp %s). "+
					"Selisihnya lebih dari 0,5 poin persen: perbaiki angkanya atau kosongkan sel ini, karena lapkin menghitung serapan sendiri.%s",
				FormatPersen(Nilainya(u)), FormatPersen(hk.Serapan), namaTW(p.q-1),
				FormatRupiah(hk.RealisasiAnggaran), FormatRupiah(hk.Pagu), petunjukPecahan(u, hk.Serapan))
		}
		if u := k.Efisiensi.Angka; k.Efisiensi.Ada && hk.Efisiensi.OK && selisih(u, hk.Efisiensi.V) {
			p.add("LK020", Error, k.Efisiensi.Ref, key, "%s", p.efisiensiMessage(u, hk))
		}
	}
}

// efisiensiMessage explains an efficiency figure that the inputs cannot
// give, with a hint when it matches the other method or the nilai
// efisiensi.
func (p *pemeriksa) efisiensiMessage(u float64, hk *HasilKegiatan) string {
	var pmk pmkSum
	pmk.add(hk)
	e, ne := pmk.result()
	r := rasio(hk.Capaian, hk.Serapan)
	msg := "Efisiensi tertulis " + FormatPersen(Nilainya(u)) + ", hasil hitung " + FormatPersen(hk.Efisiensi)
	if p.o.Metode == Rasio {
		msg += " (metode rasio: capaian kinerja " + FormatPersen(hk.Capaian) + " / serapan " + FormatPersen(hk.Serapan) + " × 100)."
	} else {
		msg += " (metode PMK: E = (Pagu × CK − Realisasi) / (Pagu × CK) × 100 dengan capaian kinerja " +
			FormatPersen(hk.Capaian) + " dan serapan " + FormatPersen(hk.Serapan) + "; nilai efisiensinya " + nilaiNE(ne) + ")."
	}
	msg += " Selisihnya lebih dari 0,5 poin persen: perbaiki angkanya atau kosongkan sel ini, karena lapkin menghitung efisiensi sendiri."
	switch {
	case p.o.Metode != Rasio && withinTolerance(u, r):
		msg += " Angka ini cocok dengan metode rasio (capaian / serapan): bila itu yang dimaksud, jalankan dengan --efisiensi rasio."
	case p.o.Metode != Rasio && withinTolerance(u, ne):
		msg += " Angka ini sama dengan nilai efisiensi (NE), sedangkan kolom Efisiensi berisi E."
	case p.o.Metode == Rasio && withinTolerance(u, e):
		msg += " Angka ini cocok dengan metode PMK: bila itu yang dimaksud, jalankan dengan --efisiensi pmk."
	default:
		msg += petunjukPecahan(u, hk.Efisiensi)
	}
	return msg
}

// nilaiNE writes a nilai efisiensi, a score 0–100 (not a percentage).
func nilaiNE(ne Angka) string {
	if !ne.OK {
		return "–"
	}
	return FormatAngka(ne.V, 2)
}

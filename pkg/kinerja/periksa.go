package kinerja

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// PeriksaOpsi are the settings of a check.
type PeriksaOpsi struct {
	Triwulan int    // the reporting quarter in force
	Metode   Metode // efficiency method, for LK020
	// Hari is "today" for the report date default (zero: the report date
	// from Identitas only).
	Hari time.Time
	// Jenis: Tahunan adds the annual report's rules (periksa_tahunan.go);
	// the caller then passes Triwulan 4 and HitungTahunan's figures.
	Jenis Jenis
}

// Periksa applies the domain rules (docs/aturan.md: LK007, LK009–LK029, and
// LK008 for a Narasi part that the report does not have) to a workbook's
// content and its computed figures. The reading rules (LK001–LK006, LK008,
// LK025) are applied by pkg/workbook while reading.
//
// h must be Hitung(l, o.Triwulan, o.Metode); when it is nil it is computed
// here. The rules that need the reporting quarter are skipped when
// o.Triwulan is not 1–4 (the reader has then already reported LK004/LK008).
// The findings come in rule order; callers sort them (DaftarTemuan.Sort).
func Periksa(l *Laporan, h *Hasil, o PeriksaOpsi) DaftarTemuan {
	if l == nil {
		return nil
	}
	p := &pemeriksa{l: l, h: h, o: o}
	if o.Triwulan >= 1 && o.Triwulan <= 4 {
		p.q = o.Triwulan
		if p.h == nil && o.Jenis == Tahunan {
			p.h = HitungTahunan(l, o.Metode)
		}
		if p.h == nil {
			p.h = Hitung(l, p.q, o.Metode)
		}
	}
	p.target = make(map[string]int, len(l.Target))
	for i, ind := range l.Target {
		k := NormKode(ind.Kode.Teks)
		if _, ok := p.target[k]; !ok && k != "" {
			p.target[k] = i
		}
	}

	p.periksaBagian()          // LK008 (Narasi's Bagian)
	p.periksaWajib()           // LK005, LK025: required cells left empty
	p.periksaRupiah()          // LK005: a unit in a rupiah column
	p.periksaNegatif()         // LK007
	p.periksaSatuan()          // LK009
	p.periksaDuplikat()        // LK010
	p.periksaKodeAsing()       // LK011
	p.periksaRealisasiKosong() // LK012
	p.periksaTanpaKegiatan()   // LK013
	p.periksaTargetNol()       // LK014
	p.periksaNamaPersen()      // LK015
	p.periksaLebihSeratus()    // LK016
	p.periksaTargetTW()        // LK017
	p.periksaRealisasiDepan()  // LK018
	p.periksaMelebihiPagu()    // LK019
	p.periksaAngkaSendiri()    // LK020
	p.periksaTanggal()         // LK021
	p.periksaNIP()             // LK022
	p.periksaNarasi()          // LK023, LK024
	p.periksaKolomTahunan()    // LK007, LK039 on the annual columns
	p.periksaTahunan()         // LK033–LK038 (annual report only)
	p.periksaTanpaTargetTW()   // LK026
	p.periksaKinerjaSalinan()  // LK027
	p.periksaAngkaUraian()     // LK028
	p.periksaEjaan()           // LK029
	p.periksaParentSums()      // LK031
	p.periksaStructure()       // LK032
	return p.out
}

// pemeriksa carries one check's input and collects its findings.
type pemeriksa struct {
	l *Laporan
	h *Hasil // nil when the quarter is unknown
	o PeriksaOpsi
	q int // the reporting quarter, 0 when unknown
	// target maps a normalised Kode to its first row in l.Target.
	target map[string]int
	out    DaftarTemuan
}

func (p *pemeriksa) add(rule string, sev Severity, at Ref, key, format string, args ...any) {
	p.out = append(p.out, Baru(rule, sev, at, key, format, args...))
}

// indikator returns the computed figures of l.Target[i], or nil.
func (p *pemeriksa) indikator(i int) *HasilIndikator {
	if p.h == nil || i < 0 || i >= len(p.h.Indikator) || p.h.Indikator[i].Row != &p.l.Target[i] {
		return nil
	}
	return &p.h.Indikator[i]
}

// kegiatan returns the computed figures of l.Anggaran[i], or nil.
func (p *pemeriksa) kegiatan(i int) *HasilKegiatan {
	if p.h == nil || i < 0 || i >= len(p.h.Kegiatan) || p.h.Kegiatan[i].Row != &p.l.Anggaran[i] {
		return nil
	}
	return &p.h.Kegiatan[i]
}

// indikatorDari returns the Target row of a Kode, or nil.
func (p *pemeriksa) indikatorDari(kode string) *Indikator {
	if i, ok := p.target[NormKode(kode)]; ok {
		return &p.l.Target[i]
	}
	return nil
}

// periodeLaporan is "triwulan II tahun 2023" (or without the year when it
// is unknown), for messages.
func (p *pemeriksa) periodeLaporan() string {
	if p.o.Jenis == Tahunan && p.l.Identitas.Tahun != 0 {
		return "tahun " + itoa(p.l.Identitas.Tahun) + " (laporan tahunan)"
	}
	s := "triwulan " + Romawi(p.q)
	if p.l.Identitas.Tahun != 0 {
		s += " tahun " + itoa(p.l.Identitas.Tahun)
	}
	return s
}

// di returns at when it names a cell, else fallback: an empty cell may have
// no place when its column is absent from the sheet.
func di(at, fallback Ref) Ref {
	if at.Cell != "" {
		return at
	}
	if fallback.Sheet == "" {
		return at
	}
	return fallback
}

// kunciKegiatan is the key of an Anggaran row in findings: its Kode
// (budget code) when given, else its name, shortened.
func kunciKegiatan(k *Kegiatan) string {
	if k.Kode.Teks != "" {
		return k.Kode.Teks
	}
	return ringkas(k.Kegiatan.Teks, 40)
}

// ringkas shortens s to at most n runes, ending with "…" when cut.
func ringkas(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// teks is a value as the user typed it, for quoting in messages.
func teks(n Nilai) string {
	if n.Teks != "" {
		return n.Teks
	}
	s := FormatBilangan(n.Angka)
	if n.Rentang != nil {
		s += "–" + FormatBilangan(n.Rentang.Max)
	}
	if n.Satuan == "%" {
		s += "%"
	} else if n.Satuan != "" {
		s += " " + n.Satuan
	}
	return s
}

// namaTW is "TW II".
func namaTW(j int) string { return "TW " + Romawi(j+1) }

func itoa(n int) string { return strconv.Itoa(n) }

package kinerja

import (
	"math"
	"strconv"
	"strings"
)

// Judgment rules (docs/aturan.md): what the report may claim.
//
//	LK026  a Kumulatif indicator with no Target TW for the quarter: not judged
//	LK027  kegiatan performance copied from the budget (capaian = serapan)
//	LK028  a percentage in the user's text that contradicts the figures
//	LK029  non-standard spelling (ejaan.go, ejaan.txt)

// periksaTanpaTargetTW: LK026, a Kumulatif indicator with no Target TW for
// the reporting quarter (q < 4). Its capaian against the annual target is
// shown, but predikat and tercapai are not judged.
func (p *pemeriksa) periksaTanpaTargetTW() {
	if p.q == 0 || p.q == 4 {
		return
	}
	for i := range p.l.Target {
		ind := &p.l.Target[i]
		if Dinilai(ind, p.q) || strings.TrimSpace(ind.Kode.Teks) == "" {
			continue
		}
		hi := p.indikator(i)
		kolom := "Target TW " + Romawi(p.q)
		cell := ind.TargetTW[p.q-1].Ref
		isi := "isi kolom " + kolom + " pada lembar Target"
		if cell.Cell == "" {
			isi = "tambahkan kolom " + kolom + " pada lembar Target dan isi"
		}
		capaian := ""
		if hi != nil && hi.Capaian.OK {
			capaian = " Capaiannya " + FormatPersen(hi.Capaian) + " tetap dihitung terhadap target tahunan " + teks(ind.Target) +
				", tetapi tanpa predikat."
		}
		p.add("LK026", Warning, di(cell, ind.Kode.Ref), ind.Kode.Teks,
			"Indikator %s bersifat Kumulatif dan tidak memiliki %s, sehingga predikat dan ketercapaiannya pada %s "+
				"belum dapat dinilai (laporan mencetak \"–\").%s Bila Rencana Aksi menetapkan target sampai akhir triwulan %s, "+
				"%s dengan jumlah kumulatif yang harus dicapai sampai akhir triwulan itu.",
			ind.Kode.Teks, kolom, p.periodeLaporan(), capaian, Romawi(p.q), isi)
	}
}

// toleransiLK027 is how close (percentage points) a kegiatan's capaian
// kinerja must be to its serapan to count as copied.
const toleransiLK027 = 0.01

// KinerjaSalinan returns the kegiatan (indexes in h.Kegiatan) whose
// performance looks copied from money (LK027): among the rows with their
// own Target and Realisasi Kinerja and a serapan above 0, those whose
// capaian kinerja equals their serapan within 0,01 points — when two or
// more rows match, or when the only such row matches. The second result
// is the number of such candidate rows.
func KinerjaSalinan(h *Hasil) (sama []int, calon int) {
	if h == nil {
		return nil, 0
	}
	for i := range h.Kegiatan {
		hk := &h.Kegiatan[i]
		k := hk.Row
		if k == nil || !k.TargetKinerja.Ada || !k.RealisasiKinerja.Ada || !hk.Serapan.OK || hk.Serapan.V <= 0 || !hk.Capaian.OK {
			continue
		}
		calon++
		if math.Abs(hk.Capaian.V-hk.Serapan.V) <= toleransiLK027+1e-9 {
			sama = append(sama, i)
		}
	}
	if !(len(sama) >= 2 || calon == 1 && len(sama) == 1) {
		return nil, calon
	}
	return sama, calon
}

// periksaKinerjaSalinan: LK027 on each row KinerjaSalinan finds.
func (p *pemeriksa) periksaKinerjaSalinan() {
	if p.h == nil {
		return
	}
	sama, calon := KinerjaSalinan(p.h)
	for _, hi := range sama {
		hk := &p.h.Kegiatan[hi]
		k := hk.Row
		efek := "efisiensi metode PMK kegiatan ini menjadi 0%"
		if p.o.Metode == Rasio {
			efek = "efisiensi metode rasio kegiatan ini menjadi 100%"
		}
		p.add("LK027", Warning, di(k.RealisasiKinerja.Ref, k.Kegiatan.Ref), kunciKegiatan(k),
			"Capaian kinerja kegiatan ini (%s: realisasi kinerja %s dari target %s) sama dengan serapan anggarannya (%s), "+
				"seperti pada %d dari %d kegiatan yang berkinerja sendiri: realisasi kinerja tampaknya disalin dari realisasi anggaran, "+
				"sehingga %s. Isi Realisasi Kinerja dengan keluaran (output) yang benar-benar dicapai kegiatan ini, "+
				"mis. jumlah desa, dokumen atau kegiatan yang selesai, dibandingkan dengan Target Kinerjanya.",
			FormatPersen(hk.Capaian), teks(k.RealisasiKinerja), teks(k.TargetKinerja), FormatPersen(hk.Serapan),
			len(sama), calon, efek)
	}
}

// toleransiLK028 is how far (percentage points) a stated figure may be
// from the closest computed one.
const toleransiLK028 = 0.5

var (
	// rePernyataan finds a percentage stated as a capaian or serapan: the
	// word, up to 60 characters without a full stop or another percentage,
	// then the figure ("capaian kinerja sejumlah 23%", "serapan anggaran
	// mencapai 40,5 persen").
	rePernyataan = lazyRE(`(?i)\b(capaian|serapan|penyerapan)\b[^.%;]{0,60}?\b(\d{1,3}(?:,\d+)?)\s*(?:%|persen\b)`)
	// reKalimat ends a sentence: a full stop, ! or ? followed by a space
	// or the end of the text.
	reKalimat = lazyRE(`[.!?]+(?:\s+|$)`)
	// reMarkerAkhir is a list marker just before a full stop: " a", " 2".
	reMarkerAkhir = lazyRE(`(?:^|\s)(?:\pL|\d{1,2})$`)
)

// kalimatDi returns the sentence of s that holds the byte range [a, b). A
// full stop after a list marker ("a.", "2.") does not end a sentence.
func kalimatDi(s string, a, b int) string {
	start, end := 0, len(s)
	for _, m := range reKalimat.FindAllStringIndex(s, -1) {
		if reMarkerAkhir.MatchString(s[:m[0]]) {
			continue
		}
		if m[1] <= a {
			start = m[1]
			continue
		}
		if m[0] >= b {
			end = m[1]
			break
		}
	}
	return strings.TrimSpace(s[start:end])
}

// pernyataan is a percentage stated in a text.
type pernyataan struct {
	kata    string  // "capaian" or "serapan"
	nilai   float64 // the figure
	teks    string  // "23%"
	kalimat string  // the sentence that holds it
}

func findStatement(s string) []pernyataan {
	var out []pernyataan
	for _, m := range rePernyataan.FindAllStringSubmatchIndex(s, -1) {
		num := s[m[4]:m[5]]
		v, err := strconv.ParseFloat(strings.Replace(num, ",", ".", 1), 64)
		if err != nil {
			continue
		}
		kata := strings.ToLower(s[m[2]:m[3]])
		if kata == "penyerapan" {
			kata = "serapan"
		}
		out = append(out, pernyataan{kata: kata, nilai: v, teks: strings.TrimSpace(s[m[4]:m[1]]),
			kalimat: kalimatDi(s, m[0], m[1])})
	}
	return out
}

// angkaBanding is a computed figure a stated percentage is compared with.
type angkaBanding struct {
	nama string
	a    Angka
}

// periksaAngkaUraian: LK028, a percentage in an Analisis row stated as its
// indicator's capaian or serapan that differs from the closest computed
// figure (period capaian, annual capaian, serapan) by more than 0,5
// points. Narasi text is checked when a sentence names an indicator's
// Kode, and for the overall serapan against the totals.
func (p *pemeriksa) periksaAngkaUraian() {
	if p.h == nil {
		return
	}
	bandingIndikator := func(hi *HasilIndikator) []angkaBanding {
		return []angkaBanding{
			{"capaian " + namaTW(p.q-1), hi.Capaian},
			{"capaian terhadap target tahunan", hi.CapaianTahunan},
			{"serapan anggaran", hi.Serapan},
		}
	}
	cek := func(at Ref, key string, s string, banding func(pernyataan) (string, []angkaBanding)) {
		var salah []string
		for _, st := range findStatement(s) {
			siapa, bs := banding(st)
			if len(bs) == 0 {
				continue
			}
			best := math.Inf(1)
			var ada []string
			for _, b := range bs {
				if !b.a.OK {
					continue
				}
				best = math.Min(best, math.Abs(b.a.V-st.nilai))
				ada = append(ada, b.nama+" "+FormatPersen(b.a))
			}
			if len(ada) == 0 || best <= toleransiLK028+1e-9 {
				continue
			}
			salah = append(salah, strconv.Quote(ringkas(st.kalimat, 160))+" menyebut "+st.teks+
				", padahal hasil hitung "+siapa+": "+strings.Join(ada, ", "))
		}
		if len(salah) == 0 {
			return
		}
		p.add("LK028", Warning, at, key,
			"Kalimat %s. Perbaiki angka dalam kalimat itu (atau hapus angkanya) agar uraian tidak bertentangan dengan Tabel 2.2 dan 2.3; "+
				"bila angka itu mengukur hal lain, sebutkan apa yang diukur.",
			strings.Join(salah, "; kalimat "))
	}
	for _, a := range p.l.Analisis {
		ti, ok := p.target[NormKode(a.Kode.Teks)]
		hi := p.indikator(ti)
		if !ok || hi == nil {
			continue
		}
		cek(a.Uraian.Ref, a.Kode.Teks, a.Uraian.Teks, func(pernyataan) (string, []angkaBanding) {
			return "untuk " + a.Kode.Teks, bandingIndikator(hi)
		})
	}
	total := []angkaBanding{{"serapan anggaran seluruh kegiatan", p.h.Total.Serapan}}
	for _, n := range p.l.Narasi {
		cek(n.Teks.Ref, "", n.Teks.Teks, func(st pernyataan) (string, []angkaBanding) {
			for _, w := range strings.FieldsFunc(st.kalimat, func(r rune) bool {
				return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.' || r == '-')
			}) {
				if ti, ok := p.target[NormKode(w)]; ok && len(w) > 1 {
					if hi := p.indikator(ti); hi != nil {
						return "untuk " + hi.Kode, bandingIndikator(hi)
					}
				}
			}
			if st.kata == "serapan" {
				return "", total
			}
			return "", nil
		})
	}
}

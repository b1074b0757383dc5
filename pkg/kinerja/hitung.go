package kinerja

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

// Metode is the efficiency method (docs/rumus.md#efisiensi).
type Metode int

const (
	// PMK is Kemenkeu's measure (PMK 214/PMK.02/2017): E and nilai efisiensi.
	PMK Metode = iota
	// Rasio is capaian kinerja / serapan × 100.
	Rasio
)

func (m Metode) String() string {
	if m == Rasio {
		return "rasio"
	}
	return "pmk"
}

// MarshalJSON writes "pmk" or "rasio".
func (m Metode) MarshalJSON() ([]byte, error) { return []byte(`"` + m.String() + `"`), nil }

// Sumber names the method and its source, for the line under Tabel 2.3.
func (m Metode) Sumber() string {
	if m == Rasio {
		return "Efisiensi = capaian kinerja / serapan anggaran × 100 (konvensi LKjIP daerah; > 100 berarti efisien)."
	}
	return "Efisiensi = Σ(Pagu × CK − Realisasi) / Σ(Pagu × CK) × 100; nilai efisiensi = 50 + (E / 20) × 50, dibatasi 0–100 (PMK 214/PMK.02/2017)."
}

// ParseMetode reads "pmk" or "rasio".
func ParseMetode(s string) (Metode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "pmk":
		return PMK, nil
	case "rasio", "ratio":
		return Rasio, nil
	}
	return PMK, fmt.Errorf("metode efisiensi %q tidak dikenal: pilih pmk atau rasio", s)
}

// Hasil holds every figure of a report (docs/json.md#summary is its JSON form).
type Hasil struct {
	Tahun     int              `json:"tahun"`
	Triwulan  int              `json:"triwulan"`
	Unit      string           `json:"unit"`
	Jabatan   string           `json:"jabatan"`
	Metode    Metode           `json:"efisiensi_metode"`
	Indikator []HasilIndikator `json:"indikator"`
	Kegiatan  []HasilKegiatan  `json:"kegiatan"`
	Total     Total            `json:"total"`

	// Jenis is "tahunan" for the annual report (HitungTahunan), else empty
	// and left out of the JSON.
	Jenis string `json:"jenis,omitempty"`
	// Bertingkat: the Anggaran sheet is a hierarchy (program, kegiatan,
	// sub kegiatan), not a flat list.
	Bertingkat bool `json:"-"`
	// tree is the hierarchy of l.Anggaran, for the checks (LK031, LK032).
	tree *tree
}

// HasilIndikator holds the figures of one indicator.
type HasilIndikator struct {
	Kode                 string      `json:"kode"`
	Sasaran              string      `json:"sasaran"`
	Indikator            string      `json:"indikator"`
	Satuan               string      `json:"satuan"`
	Polaritas            string      `json:"polaritas"`
	Sifat                string      `json:"sifat"`
	Target               Angka       `json:"target"`
	TargetRentang        *[2]float64 `json:"target_rentang"`
	TargetPeriode        Angka       `json:"target_periode"`
	TargetPeriodeRentang *[2]float64 `json:"target_periode_rentang"`
	Realisasi            Angka       `json:"realisasi"`
	Capaian              Angka       `json:"capaian"`
	CapaianTahunan       Angka       `json:"capaian_tahunan"`
	// CapaianDasar names the target Capaian is measured against:
	// DasarTargetTriwulan or DasarTargetTahunan.
	CapaianDasar string  `json:"capaian_dasar"`
	Predikat     *string `json:"predikat"`
	// Tercapai is false when Dinilai is false; the JSON form then says
	// null (MarshalJSON).
	Tercapai          bool   `json:"tercapai"`
	Pagu              Rupiah `json:"pagu"`
	RealisasiAnggaran Rupiah `json:"realisasi_anggaran"`
	Serapan           Angka  `json:"serapan"`
	Efisiensi         Angka  `json:"efisiensi"`
	NilaiEfisiensi    Angka  `json:"nilai_efisiensi"`

	// Dinilai: predikat and tercapai are judged. False for a Kumulatif
	// indicator with no Target TW for a quarter before IV (docs/rumus.md,
	// "Predikat needs a period target"): its capaian is shown but not
	// judged.
	Dinilai bool `json:"-"`
	// CapaianSebelumnya is the period capaian at the end of the previous
	// quarter (undefined in TW I), so the report can show the trend.
	CapaianSebelumnya Angka `json:"-"`

	// *IndikatorTahunan holds the annual report's figures (tahunan.go);
	// nil, and absent from the JSON, in a quarterly report.
	*IndikatorTahunan

	// Row is the indicator's Target row; RealisasiRow its Realisasi row
	// (nil when it has none). The report reads them from here.
	Row          *Indikator `json:"-"`
	RealisasiRow *Realisasi `json:"-"`
	// Kegiatan holds the indexes (in Hasil.Kegiatan) of the Anggaran rows
	// linked to this indicator by their own Indikator cell, the topmost
	// only: the subtree under each belongs to the indicator too, and the
	// subtrees do not overlap, so each leaf counts once.
	Kegiatan []int `json:"-"`
	// RealisasiDariTWSebelumnya: Non Kumulatif with the reporting quarter
	// empty, so the latest earlier value was used (a warning, LK012).
	RealisasiDariTWSebelumnya int `json:"-"`
}

// HasilKegiatan holds the figures of one Anggaran row: a program, kegiatan
// or sub kegiatan (docs/rumus.md, budget hierarchy). Its output figures
// (target, realisasi and capaian kinerja) are its own; its money is the sum
// of the leaves under it (its own for a leaf).
type HasilKegiatan struct {
	Kode              string  `json:"kode"`
	Kegiatan          string  `json:"kegiatan"`
	Indikator         string  `json:"indikator"`
	Tingkat           Tingkat `json:"tingkat"`
	KodeRekening      *string `json:"kode_rekening"`
	Induk             *string `json:"induk"`
	Pagu              Rupiah  `json:"pagu"`
	RealisasiAnggaran Rupiah  `json:"realisasi_anggaran"`
	Serapan           Angka   `json:"serapan"`
	TargetKinerja     Angka   `json:"target_kinerja"`
	RealisasiKinerja  Angka   `json:"realisasi_kinerja"`
	Capaian           Angka   `json:"capaian"`
	Efisiensi         Angka   `json:"efisiensi"`
	NilaiEfisiensi    Angka   `json:"nilai_efisiensi"`

	// Row is the Anggaran row these figures are of.
	Row *Kegiatan `json:"-"`
	// Parent is the index (in Hasil.Kegiatan) of the row above it, -1 at
	// the top; Children the rows directly under it, in sheet order. A row
	// without children is a leaf.
	Parent   int   `json:"-"`
	Children []int `json:"-"`
	// LinkedIndikator is the index (in Hasil.Indikator) of the indicator
	// the row serves, its own or inherited from its parent; -1 for none.
	LinkedIndikator int `json:"-"`
}

// Leaf reports whether the row has no rows under it.
func (k *HasilKegiatan) Leaf() bool { return len(k.Children) == 0 }

// Total is the totals row.
type Total struct {
	Pagu              Rupiah `json:"pagu"`
	RealisasiAnggaran Rupiah `json:"realisasi_anggaran"`
	Serapan           Angka  `json:"serapan"`
	Indikator         int    `json:"indikator"`
	Tercapai          int    `json:"tercapai"`
	// BelumDinilai counts the indicators whose predikat is not judged
	// (HasilIndikator.Dinilai false).
	BelumDinilai int `json:"belum_dinilai"`

	// Efisiensi and NilaiEfisiensi over all kegiatan (the totals row of
	// Tabel 2.3); not part of the JSON contract.
	Efisiensi      Angka `json:"-"`
	NilaiEfisiensi Angka `json:"-"`
}

// Predikat bands (Permendagri 86/2017), read as half-open intervals.
const (
	SangatTinggi = "Sangat Tinggi"
	Tinggi       = "Tinggi"
	Sedang       = "Sedang"
	Rendah       = "Rendah"
	SangatRendah = "Sangat Rendah"
)

// PredikatDari returns the predikat of a capaian. The capaian is first
// rounded to two decimals, as the report prints it, so that a printed
// "51,00%" never stands beside "Sangat Rendah".
func PredikatDari(capaian float64) string {
	c := Bulat(capaian, 2)
	switch {
	case c >= 91:
		return SangatTinggi
	case c >= 76:
		return Tinggi
	case c >= 66:
		return Sedang
	case c >= 51:
		return Rendah
	}
	return SangatRendah
}

// TercapaiDari reports whether a capaian reaches 100 (on the printed, two
// decimal value, like PredikatDari).
func TercapaiDari(c Angka) bool { return c.OK && Bulat(c.V, 2) >= 100 }

// Capaian computes C(R, T) for a target that may be a range (docs/rumus.md):
// positive polarity R/T×100; negative (2T−R)/T×100, not below 0. A range
// gives 100 inside it and compares with the nearer bound outside it. A
// target of 0 (or below) or an undefined realisation gives Tak.
func Capaian(r Angka, t float64, rentang *Rentang, pol Polaritas) Angka {
	if !r.OK {
		return Tak
	}
	if rentang != nil {
		switch {
		case r.V >= rentang.Min && r.V <= rentang.Max:
			return Nilainya(100)
		case r.V > rentang.Max:
			t = rentang.Max
		default:
			t = rentang.Min
		}
	}
	if t <= 0 {
		return Tak
	}
	if pol == Negatif {
		return Nilainya(math.Max(0, (2*t-r.V)/t*100))
	}
	return Nilainya(r.V / t * 100)
}

// RealisasiSampai computes the realisation to date R(q) of an indicator
// from its quarterly cells (docs/rumus.md). It returns the figure and, for Non
// Kumulatif with quarter q empty, the earlier quarter whose value was used
// (0 otherwise).
func RealisasiSampai(tw [4]Nilai, q int, sifat Sifat) (Angka, int) {
	if q < 1 || q > 4 {
		return Tak, 0
	}
	switch sifat {
	case NonKumulatif:
		for i := q; i >= 1; i-- {
			if tw[i-1].Ada {
				used := 0
				if i != q {
					used = i
				}
				return Nilainya(tw[i-1].Angka), used
			}
		}
		return Tak, 0
	case RataRata:
		sum, n := 0.0, 0
		for i := 0; i < q; i++ {
			if tw[i].Ada {
				sum += tw[i].Angka
				n++
			}
		}
		if n == 0 {
			return Tak, 0
		}
		return Nilainya(sum / float64(n)), 0
	}
	sum, any := 0.0, false
	for i := 0; i < q; i++ {
		if tw[i].Ada {
			sum += tw[i].Angka
			any = true
		}
	}
	if !any {
		return Tak, 0
	}
	return Nilainya(sum), 0
}

// Values of HasilIndikator.CapaianDasar.
const (
	DasarTargetTriwulan = "target_triwulan"
	DasarTargetTahunan  = "target_tahunan"
)

// Dinilai reports whether an indicator's predikat and tercapai can be
// judged in a report of quarter q: not for a Kumulatif indicator with no
// Target TW q before quarter IV, whose annual target is no yardstick for a
// part of the year (6 of 12 desa at mid-year is on schedule, not "Sangat
// Rendah"). Every other indicator is judged (docs/rumus.md).
func Dinilai(ind *Indikator, q int) bool {
	if ind.Sifat != Kumulatif || q < 1 || q >= 4 {
		return true
	}
	return ind.TargetTW[q-1].Ada
}

// MarshalJSON writes the indicator with "tercapai": null when it is not
// judged.
func (hi HasilIndikator) MarshalJSON() ([]byte, error) {
	type plain HasilIndikator
	var t *bool
	if hi.Dinilai {
		v := hi.Tercapai
		t = &v
	}
	return json.Marshal(struct {
		plain
		Tercapai *bool `json:"tercapai"`
	}{plain(hi), t})
}

// TargetPeriode returns T(q): Target TW q when given, else the annual target.
func TargetPeriode(ind *Indikator, q int) Nilai {
	if q >= 1 && q <= 4 && ind.TargetTW[q-1].Ada {
		return ind.TargetTW[q-1]
	}
	return ind.Target
}

func targetAngka(n Nilai) (Angka, *[2]float64) {
	if !n.Ada {
		return Tak, nil
	}
	if n.Rentang != nil {
		return Tak, &[2]float64{n.Rentang.Min, n.Rentang.Max}
	}
	return Nilainya(n.Angka), nil
}

// EfisiensiPMK computes E from Σ(PA×CK) and Σ(PA×CK − RA), and NE.
func EfisiensiPMK(paCK, selisih float64) (Angka, Angka) {
	if paCK == 0 {
		return Tak, Tak
	}
	e := selisih / paCK * 100
	ne := 50 + (e/20)*50
	ne = math.Min(100, math.Max(0, ne))
	return Nilainya(e), Nilainya(ne)
}

// Serapan is RA / Pagu × 100; undefined when pagu is 0 or either is missing.
func Serapan(pagu, ra Rupiah) Angka {
	if !pagu.OK || !ra.OK || pagu.V == 0 {
		return Tak
	}
	return Nilainya(float64(ra.V) / float64(pagu.V) * 100)
}

func rasio(capaian, serapan Angka) Angka {
	if !capaian.OK || !serapan.OK || serapan.V == 0 {
		return Tak
	}
	return Nilainya(capaian.V / serapan.V * 100)
}

// pmkSum accumulates Σ(PA×CK) and Σ(PA×CK − RA) over kegiatan; one
// kegiatan without CK or RA makes the whole sum undefined.
type pmkSum struct {
	paCK, selisih float64
	n             int
	bad           bool
}

func (s *pmkSum) add(k *HasilKegiatan) {
	s.n++
	if !k.Capaian.OK || !k.RealisasiAnggaran.OK || !k.Pagu.OK {
		s.bad = true
		return
	}
	ck := math.Min(1, math.Max(0, k.Capaian.V/100))
	pack := float64(k.Pagu.V) * ck
	s.paCK += pack
	s.selisih += pack - float64(k.RealisasiAnggaran.V)
}

func (s *pmkSum) result() (Angka, Angka) {
	if s.bad || s.n == 0 {
		return Tak, Tak
	}
	return EfisiensiPMK(s.paCK, s.selisih)
}

// Hitung computes every figure of docs/rumus.md for reporting quarter q. It never
// fails: what cannot be computed is undefined (Angka.OK == false); Periksa
// says why.
func Hitung(l *Laporan, q int, m Metode) *Hasil {
	h := &Hasil{
		Tahun:    l.Identitas.Tahun,
		Triwulan: q,
		Unit:     l.Identitas.Unit,
		Jabatan:  l.Identitas.Jabatan,
		Metode:   m,
	}
	real := IndeksRealisasi(l)
	byKode := make(map[string]int, len(l.Target))
	h.Indikator = make([]HasilIndikator, 0, len(l.Target))
	for i := range l.Target {
		ind := &l.Target[i]
		key := NormKode(ind.Kode.Teks)
		if _, dup := byKode[key]; !dup {
			byKode[key] = len(h.Indikator)
		}
		hi := HasilIndikator{
			Kode:      ind.Kode.Teks,
			Sasaran:   ind.Sasaran.Teks,
			Indikator: ind.Indikator.Teks,
			Satuan:    ind.Satuan.Teks,
			Polaritas: ind.Polaritas.String(),
			Sifat:     ind.Sifat.String(),
			Row:       ind,
		}
		hi.Target, hi.TargetRentang = targetAngka(ind.Target)
		tp := TargetPeriode(ind, q)
		hi.TargetPeriode, hi.TargetPeriodeRentang = targetAngka(tp)
		if r, ok := real[key]; ok {
			hi.RealisasiRow = &l.Realisasi[r]
			hi.Realisasi, hi.RealisasiDariTWSebelumnya = RealisasiSampai(l.Realisasi[r].TW, q, ind.Sifat)
		}
		if tp.Ada {
			hi.Capaian = Capaian(hi.Realisasi, tp.Angka, tp.Rentang, ind.Polaritas)
		}
		if ind.Target.Ada {
			hi.CapaianTahunan = Capaian(hi.Realisasi, ind.Target.Angka, ind.Target.Rentang, ind.Polaritas)
		}
		hi.CapaianDasar = DasarTargetTahunan
		if q >= 1 && q <= 4 && ind.TargetTW[q-1].Ada {
			hi.CapaianDasar = DasarTargetTriwulan
		}
		hi.Dinilai = Dinilai(ind, q)
		if hi.Capaian.OK && hi.Dinilai {
			p := PredikatDari(hi.Capaian.V)
			hi.Predikat = &p
		}
		hi.Tercapai = hi.Dinilai && TercapaiDari(hi.Capaian)
		if q > 1 {
			if r, ok := real[key]; ok {
				rs, _ := RealisasiSampai(l.Realisasi[r].TW, q-1, ind.Sifat)
				if ts := TargetPeriode(ind, q-1); ts.Ada {
					hi.CapaianSebelumnya = Capaian(rs, ts.Angka, ts.Rentang, ind.Polaritas)
				}
			}
		}
		h.Indikator = append(h.Indikator, hi)
	}

	hitungAnggaran(h, l, byKode, q, m)
	for _, hi := range h.Indikator {
		if hi.Tercapai {
			h.Total.Tercapai++
		}
		if !hi.Dinilai {
			h.Total.BelumDinilai++
		}
	}
	return h
}

// kinerjaRataRata is the pagu-weighted mean capaian kinerja of the leaves
// (capped at 100), used for the totals row of the ratio method.
func kinerjaRataRata(h *Hasil) Angka {
	var w, sum float64
	for i := range h.Kegiatan {
		k := &h.Kegiatan[i]
		if !k.Leaf() {
			continue
		}
		if !k.Capaian.OK || !k.Pagu.OK {
			return Tak
		}
		w += float64(k.Pagu.V)
		sum += float64(k.Pagu.V) * math.Min(100, k.Capaian.V)
	}
	if w == 0 {
		return Tak
	}
	return Nilainya(sum / w)
}

// RealisasiAnggaran computes RA(q) of a kegiatan: the sum of the quarterly
// realisations 1..q when any quarter is filled, else the to-date column.
// Nothing entered gives an undefined figure.
func RealisasiAnggaran(k *Kegiatan, q int) Rupiah {
	anyTW := false
	for i := 0; i < 4; i++ {
		anyTW = anyTW || k.RealisasiTW[i].Ada
	}
	if anyTW {
		var sum float64
		for i := 0; i < q && i < 4; i++ {
			if k.RealisasiTW[i].Ada {
				sum += k.RealisasiTW[i].Angka
			}
		}
		return Rupiah{V: KeRupiah(sum), OK: true}
	}
	if k.Realisasi.Ada {
		return Rupiah{V: KeRupiah(k.Realisasi.Angka), OK: true}
	}
	return Rupiah{}
}

// NormKode normalises a Kode for matching: case-insensitive, white space
// removed, a trailing "." dropped ("IK 1." = "ik1").
func NormKode(s string) string {
	s = strings.ToUpper(strings.Join(strings.Fields(s), ""))
	return strings.TrimSuffix(s, ".")
}

// IndeksRealisasi maps each normalised Kode to the index of its first row
// in l.Realisasi.
func IndeksRealisasi(l *Laporan) map[string]int {
	m := make(map[string]int, len(l.Realisasi))
	for i, r := range l.Realisasi {
		k := NormKode(r.Kode.Teks)
		if _, ok := m[k]; !ok {
			m[k] = i
		}
	}
	return m
}

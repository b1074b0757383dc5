package kinerja

import (
	"fmt"
	"strconv"
	"strings"
)

// Jenis is the kind of report: the quarterly one (Laporan Kinerja
// Triwulanan) or the annual LKjIP (docs/laporan.md).
type Jenis int

const (
	Triwulanan Jenis = iota
	Tahunan
)

func (j Jenis) String() string {
	if j == Tahunan {
		return "tahunan"
	}
	return "triwulanan"
}

// ParseJenis reads "triwulanan" (empty: the default) or "tahunan" (also
// "LKjIP", "annual").
func ParseJenis(s string) (Jenis, error) {
	switch normWord(s) {
	case "", "triwulanan", "triwulan", "tw":
		return Triwulanan, nil
	case "tahunan", "lkjip", "lkip", "annual":
		return Tahunan, nil
	}
	return Triwulanan, fmt.Errorf("jenis laporan %q tidak dikenal: pilih triwulanan atau tahunan", s)
}

// ParsePeriodeRenstra reads a Renstra period "2021–2026" (also "2021-2026",
// "2021 s.d. 2026", "2021/2026"): the first and last year, 2000–2100, the
// first before the last.
func ParsePeriodeRenstra(s string) (awal, akhir int, err error) {
	t := strings.TrimSpace(s)
	for _, sep := range []string{"s.d.", "s/d", "sd", "sampai", "–", "—", "-", "/"} {
		if i := strings.Index(strings.ToLower(t), sep); i > 0 {
			a, errA := strconv.Atoi(strings.TrimSpace(t[:i]))
			b, errB := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(t[i+len(sep):], ".")))
			if errA == nil && errB == nil && a >= 2000 && b <= 2100 && a < b {
				return a, b, nil
			}
			break
		}
	}
	return 0, 0, fmt.Errorf("periode Renstra %q tidak sah: tulis tahun awal dan akhir, mis. 2021–2026", s)
}

// IndikatorTahunan holds the figures of one indicator that only the annual
// report has (docs/json.md, --jenis tahunan). Each is null when its input
// is missing: the report then leaves the comparison out with a note.
type IndikatorTahunan struct {
	// RealisasiTahunLalu is [Realisasi <Y−1>, Realisasi <Y−2>].
	RealisasiTahunLalu     [2]Angka    `json:"realisasi_tahun_lalu"`
	TargetTahunLalu        Angka       `json:"target_tahun_lalu"`
	TargetTahunLaluRentang *[2]float64 `json:"target_tahun_lalu_rentang"`
	// CapaianTahunLalu = C(Realisasi <Y−1>, Target <Y−1>) with the
	// indicator's polarity and range rules.
	CapaianTahunLalu          Angka       `json:"capaian_tahun_lalu"`
	TargetAkhirRenstra        Angka       `json:"target_akhir_renstra"`
	TargetAkhirRenstraRentang *[2]float64 `json:"target_akhir_renstra_rentang"`
	// KemajuanRenstra = C(R(4), Target Akhir Renstra): this year's
	// realisation against the Renstra's end-of-period target, every sifat.
	KemajuanRenstra        Angka       `json:"kemajuan_renstra"`
	StandarNasional        Angka       `json:"standar_nasional"`
	StandarNasionalRentang *[2]float64 `json:"-"`
	// CapaianStandarNasional = C(R(4), Standar Nasional), for the report.
	CapaianStandarNasional Angka `json:"-"`
}

// capaianNilai is C(r, t) for a target cell, undefined when it is empty.
func capaianNilai(r Angka, t Nilai, pol Polaritas) Angka {
	if !t.Ada {
		return Tak
	}
	return Capaian(r, t.Angka, t.Rentang, pol)
}

func nilaiAngka(n Nilai) Angka {
	if !n.Ada || n.Rentang != nil {
		return Tak
	}
	return Nilainya(n.Angka)
}

// HitungTahunan computes the figures of the annual report: those of the
// fourth quarter (Hitung(l, 4, m): the year's realisation and capaian,
// docs/rumus.md) plus, per indicator, the previous years, the Renstra
// progress and the national standard.
func HitungTahunan(l *Laporan, m Metode) *Hasil {
	h := Hitung(l, 4, m)
	h.Jenis = Tahunan.String()
	for i := range h.Indikator {
		hi := &h.Indikator[i]
		ind := hi.Row
		if ind == nil {
			continue
		}
		t := &IndikatorTahunan{}
		for y := 0; y < 2; y++ {
			t.RealisasiTahunLalu[y] = nilaiAngka(ind.RealisasiLalu[y])
		}
		t.TargetTahunLalu, t.TargetTahunLaluRentang = targetAngka(ind.TargetLalu)
		t.CapaianTahunLalu = capaianNilai(t.RealisasiTahunLalu[0], ind.TargetLalu, ind.Polaritas)
		t.TargetAkhirRenstra, t.TargetAkhirRenstraRentang = targetAngka(ind.TargetAkhirRenstra)
		t.KemajuanRenstra = capaianNilai(hi.Realisasi, ind.TargetAkhirRenstra, ind.Polaritas)
		t.StandarNasional, t.StandarNasionalRentang = targetAngka(ind.StandarNasional)
		t.CapaianStandarNasional = capaianNilai(hi.Realisasi, ind.StandarNasional, ind.Polaritas)
		hi.IndikatorTahunan = t
	}
	return h
}

// Tahunan reports whether the figures are those of the annual report.
func (h *Hasil) Tahunan() bool { return h != nil && h.Jenis == Tahunan.String() }

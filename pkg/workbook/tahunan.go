package workbook

import (
	"strconv"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// What only the annual report (LKjIP) reads: the Target sheet's annual
// columns, whose headers name years relative to the Identitas year, and
// Identitas Periode Renstra (docs/format.md#kolom-tahunan).

// Column ids of the annual columns.
const (
	idRealisasiLalu1 = "realisasi_lalu1"
	idRealisasiLalu2 = "realisasi_lalu2"
	idTargetLalu     = "target_lalu"
	idTargetRenstra  = "target_renstra"
	idStandar        = "standar_nasional"
)

// specTargetTahun is the Target sheet's spec for a workbook of year y:
// "Target <y>" (also "Target Tahun <y>") is the annual target, "Target
// <y−1>" last year's, "Realisasi <y−1>" and "Realisasi <y−2>" the previous
// realisations; a year header for another year is not read. With y == 0
// (no valid Tahun Anggaran, or the template of `lapkin init`) "Target
// <any year>" is the annual target as before, and the annual columns are
// read by their aliases without a year only.
func specTargetTahun(y int) *sheetSpec {
	sp := specTarget
	sp.columnSpec = append([]columnSpec(nil), specTarget.columnSpec...)
	i := specTarget.indeks("target")
	tahun := func(n int) func(string) bool {
		if y == 0 {
			return nil
		}
		t := strconv.Itoa(n)
		return func(h string) bool { return h == t || h == "tahun "+t || h == "tahun anggaran "+t }
	}
	dengan := func(awal string, n int) func(string) bool {
		f := tahun(n)
		if f == nil {
			return nil
		}
		return func(h string) bool {
			return len(h) > len(awal)+1 && h[:len(awal)+1] == awal+" " && f(h[len(awal)+1:])
		}
	}
	nama := func(awal string, n int) string {
		if y == 0 {
			return ""
		}
		return awal + " " + strconv.Itoa(n)
	}
	if y != 0 {
		sp.columnSpec[i].cocok = dengan("target", y)
		sp.columnSpec[i].polaTeks = strconv.Quote(nama("Target", y))
	}
	alias := func(utama string, lain ...string) []string {
		if utama == "" {
			return lain
		}
		return append([]string{utama}, lain...)
	}
	sp.columnSpec = append(sp.columnSpec,
		columnSpec{id: idRealisasiLalu1, alias: alias(nama("Realisasi", y-1), "Realisasi Tahun Lalu", "Realisasi N-1", "Realisasi N 1"), cocok: dengan("realisasi", y-1)},
		columnSpec{id: idRealisasiLalu2, alias: alias(nama("Realisasi", y-2), "Realisasi N-2", "Realisasi N 2", "Realisasi Dua Tahun Lalu"), cocok: dengan("realisasi", y-2)},
		columnSpec{id: idTargetLalu, alias: alias(nama("Target", y-1), "Target Tahun Lalu", "Target N-1", "Target N 1"), cocok: dengan("target", y-1)},
		columnSpec{id: idTargetRenstra, alias: []string{"Target Akhir Renstra", "Target Akhir Periode Renstra", "Target Renstra"}},
		columnSpec{id: idStandar, alias: []string{"Standar Nasional", "Standar", "SPM"}},
	)
	return &sp
}

// readTargetTahunan reads the annual columns of one Target row.
func readTargetTahunan(c *rowCtx, ind *kinerja.Indikator) {
	ind.RealisasiLalu[0] = c.number(idRealisasiLalu1)
	ind.RealisasiLalu[1] = c.number(idRealisasiLalu2)
	ind.TargetLalu = c.target(idTargetLalu)
	ind.TargetAkhirRenstra = c.target(idTargetRenstra)
	ind.StandarNasional = c.target(idStandar)
}

// periodeRenstra reads Identitas Periode Renstra ("2021–2026"); an
// unreadable period is LK008.
func (b *reader) periodeRenstra(at kinerja.Ref, s string, id *kinerja.Identitas) {
	id.PeriodeRenstra = s
	a, z, err := kinerja.ParsePeriodeRenstra(s)
	if err != nil {
		b.report("LK008", kinerja.Error, at, "", "Periode Renstra %q tidak sah; tulis tahun awal dan tahun akhir Renstra, mis. 2021–2026", s)
		return
	}
	id.RenstraAwal, id.RenstraAkhir = a, z
}

// pTahunan starts the Petunjuk text of every annual column.
const pTahunan = "Hanya untuk laporan tahunan (lapkin generate --jenis tahunan); boleh kosong, laporan triwulan tidak memakainya. "

// tahunanTemplateColumns are the annual columns of the Target sheet in the
// template made by `lapkin init`, with headers that name no year (the
// template does not know it): the reader accepts them as aliases.
func tahunanTemplateColumns() []templateColumn {
	return []templateColumn{
		{judul: "Realisasi Tahun Lalu", id: idRealisasiLalu1, lebar: 12, jenis: jAngka, grup: "Kolom laporan tahunan",
			petunjuk: pTahunan + "Realisasi indikator ini tahun lalu (dari laporan kinerja tahun lalu). Judul kolom boleh juga \"Realisasi <tahun>\", mis. Realisasi 2023 untuk Tahun Anggaran 2024.",
			pesan:    "Laporan tahunan saja: realisasi tahun lalu. Boleh kosong."},
		{judul: "Realisasi N-2", id: idRealisasiLalu2, lebar: 12, jenis: jAngka, grup: "Kolom laporan tahunan",
			petunjuk: pTahunan + "Realisasi dua tahun lalu. Judul kolom boleh juga \"Realisasi <tahun>\", mis. Realisasi 2022 untuk Tahun Anggaran 2024.",
			pesan:    "Laporan tahunan saja: realisasi dua tahun lalu. Boleh kosong."},
		{judul: "Target Tahun Lalu", id: idTargetLalu, lebar: 12, jenis: jAngka, grup: "Kolom laporan tahunan",
			petunjuk: pTahunan + "Target indikator ini dalam Perjanjian Kinerja tahun lalu, untuk capaian tahun lalu. Angka, persen atau rentang seperti kolom Target.",
			pesan:    "Laporan tahunan saja: target tahun lalu. Boleh kosong."},
		{judul: "Target Akhir Renstra", id: idTargetRenstra, lebar: 13, jenis: jAngka, grup: "Kolom laporan tahunan",
			petunjuk: pTahunan + "Target akhir periode Rencana Strategis (tahun akhir pada Periode Renstra di lembar Identitas). Angka, persen atau rentang.",
			pesan:    "Laporan tahunan saja: target akhir Renstra. Boleh kosong."},
		{judul: "Standar Nasional", id: idStandar, lebar: 12, jenis: jAngka, grup: "Kolom laporan tahunan",
			petunjuk: pTahunan + "Standar nasional indikator ini bila ada (mis. SPM). Kosong bila tidak ada.",
			pesan:    "Laporan tahunan saja: standar nasional. Boleh kosong."},
	}
}

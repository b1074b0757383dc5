// Package kinerja is lapkin's domain, the performance report (kinerja
// means performance): the model of a workbook's content, every computation of docs/rumus.md and the validation rules of docs/aturan.md.
//
// It is pure: it reads no file and knows nothing of excelize or PDF.
// pkg/workbook fills a Laporan from a workbook; Hitung computes the figures;
// Periksa finds the inconsistencies.
package kinerja

import (
	"strings"
	"time"
)

// Canonical sheet names, as findings name them.
const (
	SheetIdentitas    = "Identitas"
	SheetTugas        = "Tugas"
	SheetTarget       = "Target"
	SheetRealisasi    = "Realisasi"
	SheetAnggaran     = "Anggaran"
	SheetStrategi     = "Strategi"
	SheetAnalisis     = "Analisis"
	SheetTindakLanjut = "Tindak Lanjut"
	SheetTanggapan    = "Tanggapan"
	SheetNarasi       = "Narasi"
	SheetLibur        = "Libur"
)

// Ref is the place of a value in the workbook: a sheet and a cell ("C4").
// Cell is empty for a finding about a whole sheet.
type Ref struct {
	Sheet string
	Cell  string
}

// String gives "Sheet!A1", or just the sheet name when there is no cell.
func (r Ref) String() string {
	if r.Cell == "" {
		return r.Sheet
	}
	return r.Sheet + "!" + r.Cell
}

// Sel is a text cell: what the user typed, trimmed, and where.
type Sel struct {
	Ref  Ref
	Teks string
}

// Nilai is a numeric cell as read from the workbook. An empty cell has
// Ada == false; a cell holding 0 has Ada == true and Angka == 0 ("not
// entered" and "entered as zero" are different things, docs/rumus.md).
type Nilai struct {
	Ref Ref
	// Teks is the cell's content as the user sees it, for messages.
	Teks string
	// Ada: a number (or range) was read from the cell.
	Ada bool
	// Angka is the value; for a range, the lower bound.
	Angka float64
	// Rentang is set when a target was written as a range ("80–90").
	Rentang *Rentang
	// Satuan is the unit typed after the number ("Desa" in "6 Desa"), "%"
	// for a percent-formatted cell or a trailing "%", else "".
	Satuan string
}

// Rentang is a range target [Min, Max] (PermenPANRB 8/2021).
type Rentang struct {
	Min, Max float64
}

// Polaritas says whether a higher realisation is better.
type Polaritas int

const (
	Positif Polaritas = iota
	Negatif
)

func (p Polaritas) String() string {
	if p == Negatif {
		return "negatif"
	}
	return "positif"
}

// Sifat says how quarterly realisations add up to the realisation to date.
type Sifat int

const (
	Kumulatif Sifat = iota
	NonKumulatif
	RataRata
)

func (s Sifat) String() string {
	switch s {
	case NonKumulatif:
		return "non_kumulatif"
	case RataRata:
		return "rata_rata"
	}
	return "kumulatif"
}

// Laporan is everything read from one workbook, sheet by sheet, before any
// computation. Rows keep the order of the workbook.
type Laporan struct {
	Identitas Identitas
	Tugas     []Sel
	Target    []Indikator
	Realisasi []Realisasi
	// AdaAnggaran is false when the workbook has no Anggaran sheet.
	AdaAnggaran bool
	Anggaran    []Kegiatan
	// AnggaranTingkat: the Anggaran sheet's Tingkat column has a value,
	// so it is read as a hierarchy even where no code nests in another
	// (docs/format.md, Anggaran).
	AnggaranTingkat bool
	Strategi        []Strategi
	Analisis        []Analisis
	TindakLanjut    []Sel
	// Tanggapan is nil when the workbook has no Tanggapan sheet; the report
	// then shows the default list (DefaultTanggapan).
	Tanggapan []Tanggapan
	Narasi    []Narasi
	Libur     []Libur
	// Logo is the first picture placed on the Identitas sheet, if any.
	Logo *Gambar
	// NamaLembar maps each canonical sheet name (SheetTarget …) to the
	// name the sheet has in the workbook ("TARGET", "Perjanjian Kinerja"),
	// so that findings can name the sheet the user sees (DaftarTemuan.
	// NamaAsli). Refs in the model keep the canonical names.
	NamaLembar map[string]string
}

// Identitas holds the label/value pairs of the Identitas sheet. A field
// that was not given is the zero value; Refs tells where each given field's
// value cell is (key: the field constant, e.g. FieldTahun).
type Identitas struct {
	Tahun               int
	Triwulan            int
	Pemda               string
	Unit                string
	Jabatan             string
	JabatanSingkat      string
	Eselon              string
	Nama                string
	NIP                 string
	JabatanAtasan       string
	NamaAtasan          string
	NIPAtasan           string
	Tempat              string
	TanggalLaporan      time.Time // zero: not given
	DasarHukumPelaporan string
	HariKerja           int // 0: not given (default 5)
	DasarHukumTugas     string
	// PeriodeRenstra is the Renstra period as typed ("2021–2026");
	// RenstraAwal/RenstraAkhir its first and last year (0: not given or
	// unreadable). BatasLaporanTahunan is a local deadline for the annual
	// report (zero: the default, docs/kalender.md).
	PeriodeRenstra            string
	RenstraAwal, RenstraAkhir int
	BatasLaporanTahunan       time.Time
	// Pangkat and PangkatAtasan are rank and grade ("Penata Tk. I
	// (III/d)"), printed under the names in the signature block.
	Pangkat       string
	PangkatAtasan string
	// InstansiInduk is the parent agency of a unit outside a regional
	// government (a ministry's office, a BUMD): it replaces "Pemerintah
	// Kabupaten …" on the cover, and Pemda is then not required.
	InstansiInduk string
	// MetodeEfisiensi is the efficiency method from Identitas ("" when not
	// given or invalid: the default, or --efisiensi).
	MetodeEfisiensi string
	// Kertas is the paper of the report: "A4" or "F4" (NormPaper); ""
	// when not given (A4).
	Kertas string
	// Margin is the page margins from Identitas (ParseMargin); the zero
	// Margin when not given or invalid (the default, or --margin).
	Margin Margin

	// NIPAngka / NIPAtasanAngka: the NIP was stored in a number cell, so
	// digits past the 15th may be lost (docs/kalender.md).
	NIPAngka       bool
	NIPAtasanAngka bool

	Refs map[string]Ref
}

// Identitas field keys (used in Identitas.Refs and in messages).
const (
	FieldTahun               = "Tahun Anggaran"
	FieldTriwulan            = "Triwulan"
	FieldPemda               = "Pemerintah Daerah"
	FieldUnit                = "Unit Kerja"
	FieldJabatan             = "Jabatan"
	FieldJabatanSingkat      = "Jabatan Singkat"
	FieldEselon              = "Eselon"
	FieldNama                = "Nama Pejabat"
	FieldNIP                 = "NIP"
	FieldJabatanAtasan       = "Jabatan Atasan"
	FieldNamaAtasan          = "Nama Atasan"
	FieldNIPAtasan           = "NIP Atasan"
	FieldTempat              = "Tempat"
	FieldTanggalLaporan      = "Tanggal Laporan"
	FieldDasarHukumPelaporan = "Dasar Hukum Pelaporan"
	FieldHariKerja           = "Batas Pelaporan"
	FieldDasarHukumTugas     = "Dasar Hukum Tugas"
	FieldPeriodeRenstra      = "Periode Renstra"
	FieldBatasTahunan        = "Batas Laporan Tahunan"
	FieldPangkat             = "Pangkat/Golongan"
	FieldPangkatAtasan       = "Pangkat/Golongan Atasan"
	FieldInstansiInduk       = "Instansi Induk"
	FieldMetodeEfisiensi     = "Metode Efisiensi"
	FieldKertas              = "Kertas"
	FieldMargin              = "Margin"
)

// AtasanDipilih reports whether the superior is an elected official
// (Bupati, Wali Kota/Walikota, Gubernur, or Wakil / Plt. of one of them),
// who has no NIP. "Pj." is a civil servant and is not one of them.
func (id Identitas) AtasanDipilih() bool {
	s := strings.ToLower(strings.Join(strings.Fields(id.JabatanAtasan), " "))
	for _, pre := range []string{"wakil ", "plt. ", "plt ", "pelaksana tugas "} {
		if strings.HasPrefix(s, pre) {
			s = strings.TrimSpace(s[len(pre):])
			break
		}
	}
	for _, j := range []string{"bupati", "wali kota", "walikota", "gubernur"} {
		if s == j || strings.HasPrefix(s, j+" ") || strings.HasPrefix(s, j+",") {
			return true
		}
	}
	return false
}

// TanpaNIP reports whether an NIP is not given: empty or a dash.
func TanpaNIP(nip string) bool {
	switch strings.TrimSpace(nip) {
	case "", "-", "–", "—":
		return true
	}
	return false

}

// DaftarKertas are the paper sizes a report can be printed on: A4 and F4
// (215 × 330 mm, the folio of Indonesian offices).
var DaftarKertas = []string{"A4", "F4"}

// NormPaper gives the paper name s stands for ("a4", " F 4 " → "A4",
// "F4") and whether it is one of DaftarKertas; "" is A4.
func NormPaper(s string) (string, bool) {
	n := strings.ToUpper(strings.Join(strings.Fields(s), ""))
	if n == "" {
		return "A4", true
	}
	for _, k := range DaftarKertas {
		if n == k {
			return k, true
		}
	}
	return "", false
}

// Ref returns the cell of an Identitas field, or the sheet alone.
func (id Identitas) Ref(field string) Ref {
	if r, ok := id.Refs[field]; ok {
		return r
	}
	return Ref{Sheet: SheetIdentitas}
}

// Indikator is one row of the Target sheet (the Perjanjian Kinerja).
type Indikator struct {
	Kode      Sel // key cell
	Sasaran   Sel
	Indikator Sel
	Satuan    Sel
	Target    Nilai    // annual target
	TargetTW  [4]Nilai // target to reach by the end of each quarter
	// Polaritas and Sifat as resolved (defaults applied); PolaritasSel and
	// SifatSel keep what was typed.
	Polaritas    Polaritas
	Sifat        Sifat
	PolaritasSel Sel
	SifatSel     Sel

	// The columns only the annual report needs (docs/format.md, Target):
	// RealisasiLalu[0] is Realisasi <Y−1>, [1] Realisasi <Y−2>; TargetLalu
	// is Target <Y−1>. Not entered: Ada == false.
	RealisasiLalu      [2]Nilai
	TargetLalu         Nilai
	TargetAkhirRenstra Nilai
	StandarNasional    Nilai
	// Tingkat is the level the indicator belongs to (Sasaran Strategis,
	// Program, Kegiatan, Sub Kegiatan; TingkatKosong when not given), for
	// grouping Tabel 2.1 and 2.2; TingkatSel keeps what was typed.
	Tingkat    Tingkat
	TingkatSel Sel
}

// Realisasi is one row of the Realisasi sheet.
type Realisasi struct {
	Kode       Sel
	TW         [4]Nilai
	Keterangan Sel
	Capaian    Nilai // the user's own capaian figure, checked by LK020
}

// Kegiatan is one row of the Anggaran sheet: a program, kegiatan or sub
// kegiatan of the budget (docs/format.md, Anggaran). In a flat sheet every
// row is a leaf.
type Kegiatan struct {
	Kode Sel
	// KodeAngka: the code was stored in a number cell, so trailing zeros
	// may be lost ("1.10" read as 1.1; LK032 asks for a text cell).
	KodeAngka bool
	// Tingkat as typed in the Tingkat column (TingkatKosong when empty);
	// TingkatSel keeps the text.
	Tingkat    Tingkat
	TingkatSel Sel
	Kegiatan   Sel // key cell
	Indikator  Sel // the Target Kode this kegiatan serves
	Pagu       Nilai
	// RealisasiTW: rupiah spent within each quarter; Realisasi: to date.
	// A workbook gives one of the two.
	RealisasiTW      [4]Nilai
	Realisasi        Nilai
	TargetKinerja    Nilai
	RealisasiKinerja Nilai
	SatuanKinerja    Sel
	Capaian          Nilai // the user's own serapan figure
	Efisiensi        Nilai // the user's own efisiensi figure
	Keterangan       Sel
}

// Strategi is one row of the Strategi sheet.
type Strategi struct {
	Kode     Sel
	Strategi Sel
	Periode  Sel
}

// Analisis is one row of the Analisis sheet: a paragraph under an indicator.
type Analisis struct {
	Kode   Sel
	Uraian Sel
}

// Tanggapan is one option of the superior's response.
type Tanggapan struct {
	Teks  Sel
	Pilih bool
}

// DefaultTanggapan is the list shown when the workbook has none (docs/format.md#sheets).
var DefaultTanggapan = []string{
	"Laporan sudah baik",
	"Laporan kurang baik",
	"Laporan segera diperbaiki",
	"Target dan realisasi diteliti ulang",
	"Capaian diteliti ulang",
	"Lain-lain",
}

// Narasi is a user paragraph that replaces a generated part of the report.
type Narasi struct {
	Bagian Sel
	Teks   Sel
}

// Libur is an extra non-working day from the Libur sheet.
type Libur struct {
	Tanggal    time.Time
	Keterangan string
	Ref        Ref
}

// Gambar is a picture: its bytes and its file extension (".png", ".jpg").
type Gambar struct {
	Data []byte
	Ext  string
}

package report

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// The template variables of the annual report (LKjIP, docs/laporan.md#lkjip;
// templates/README.md lists them). They extend those of the quarterly
// report: every variable of Data and DataIndikator is there too.

// Template files of the annual report. The first four are the files of
// annual-only Narasi parts (berkasBagian); the others are the annual
// versions of parts both reports have, and the per-indicator analyses.
const (
	berkasKataPengantar = "tahunan_kata_pengantar.tmpl"
	berkasIkhtisar      = "tahunan_ikhtisar.tmpl"
	berkasIsuStrategis  = "tahunan_isu_strategis.tmpl"
	berkasPerencanaan   = "tahunan_perencanaan.tmpl"

	berkasPendahuluanTahunan = "tahunan_pendahuluan.tmpl"
	berkasCapaianTahunan     = "tahunan_capaian.tmpl"
	berkasIndikatorTahunan   = "tahunan_indikator.tmpl"
	berkasAnggaranTahunan    = "tahunan_anggaran.tmpl"
	berkasPenutupTahunan     = "tahunan_penutup.tmpl"
)

// berkasTahunanLain are the annual files that are no Bagian's own file.
var berkasTahunanLain = []string{berkasPendahuluanTahunan, berkasCapaianTahunan,
	berkasIndikatorTahunan, berkasAnggaranTahunan, berkasPenutupTahunan}

// daftarBerkasTahunan: every annual file, in report order; they take
// *DataTahunan (the indicator file, *DataIndikatorTahunan).
var daftarBerkasTahunan = []string{berkasKataPengantar, berkasIkhtisar, berkasPendahuluanTahunan,
	berkasIsuStrategis, berkasPerencanaan, berkasCapaianTahunan, berkasIndikatorTahunan,
	berkasAnggaranTahunan, berkasPenutupTahunan}

var berkasTahunan = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range daftarBerkasTahunan {
		m[b] = true
	}
	return m
}()

// analisisTahunan are the seven analyses of each indicator in BAB III A
// (PermenPANRB 53/2014), in order: the name of the {{define}} block in
// tahunan_indikator.tmpl and the heading printed above its text.
var analisisTahunan = []struct{ textBlock, judul string }{
	{"target", "Perbandingan target dan realisasi tahun ini"},
	{"tahun_lalu", "Perbandingan dengan tahun-tahun sebelumnya"},
	{"renstra", "Perbandingan dengan target akhir Renstra"},
	{"standar", "Perbandingan dengan standar nasional"},
	{"sebab", "Penyebab keberhasilan/kegagalan dan solusi"},
	{"efisiensi", "Efisiensi penggunaan sumber daya"},
	{"kegiatan", "Program/kegiatan yang menunjang atau menghambat"},
}

// DataTahunan holds the variables of the annual report's templates.
type DataTahunan struct {
	*Data
	PeriodeRenstra    string // "2021–2026", "" when not given
	TahunAkhirRenstra int    // 0 when unknown
	TahunLalu         int    // Y−1
	TahunLalu2        int    // Y−2
	AdaRenstra        bool   // some indicator has a Target Akhir Renstra
	AdaTahunLalu      bool   // some indicator has a previous year's realisation
	TidakTercapai     int    // capaian computed and below 100% (year-end: "tidak tercapai")
	AdaSisaAnggaran   bool
	SisaAnggaran      string // pagu − realisation, "1.250.000"
	JumlahSasaran     int
	// JumlahKegiatan counts the kegiatan that carry money: in a
	// hierarchical Anggaran sheet the leaves (sub kegiatan), not the
	// programs and kegiatan above them.
	JumlahKegiatan int
	Indikator      []*DataIndikatorTahunan
}

// DataIndikatorTahunan holds the variables of one indicator in BAB III A.
type DataIndikatorTahunan struct {
	*DataIndikator
	Laporan *DataTahunan

	Negatif bool // negative polarity: lower is better

	AdaRealisasiTahunLalu  bool
	RealisasiTahunLalu     string // Y−1, with unit
	AdaRealisasiTahunLalu2 bool
	RealisasiTahunLalu2    string // Y−2
	AdaTargetTahunLalu     bool
	TargetTahunLalu        string
	AdaCapaianTahunLalu    bool
	CapaianTahunLalu       string
	// Against Y−1: realisation Meningkat / Menurun / Sama (as numbers);
	// Membaik / Memburuk with the polarity. CapaianNaik / CapaianTurun:
	// this year's capaian against last year's.
	Meningkat, Menurun, Sama bool
	Membaik, Memburuk        bool
	CapaianNaik              bool
	CapaianTurun             bool

	AdaRenstra         bool
	TargetAkhirRenstra string
	KemajuanRenstra    string // "75,00%"
	RenstraTercapai    bool   // kemajuan ≥ 100%

	AdaStandar      bool
	StandarNasional string
	CapaianStandar  string
	MemenuhiStandar bool

	AdaAnalisis bool // the Analisis sheet has paragraphs for it
	Kegiatan    []*DataKegiatanTahunan
}

// DataKegiatanTahunan is a kegiatan serving an indicator.
type DataKegiatanTahunan struct {
	Nama              string
	Pagu              string
	RealisasiAnggaran string
	Serapan           string
	Terukur           bool   // capaian kinerja known
	Capaian           string // capaian kinerja
	Menunjang         bool   // capaian kinerja ≥ 100%
}

// buildDataTahunan fills the annual variables from the quarterly ones
// (buildData, q = 4) and the annual figures.
func buildDataTahunan(l *kinerja.Laporan, h *kinerja.Hasil, d *Data) *DataTahunan {
	id := l.Identitas
	dt := &DataTahunan{Data: d, PeriodeRenstra: oneLine(id.PeriodeRenstra), TahunAkhirRenstra: id.RenstraAkhir,
		TahunLalu: id.Tahun - 1, TahunLalu2: id.Tahun - 2}
	if dt.PeriodeRenstra != "" && id.RenstraAwal != 0 {
		dt.PeriodeRenstra = strconv.Itoa(id.RenstraAwal) + "–" + strconv.Itoa(id.RenstraAkhir)
	}
	if h.Total.Pagu.OK && h.Total.RealisasiAnggaran.OK && h.Total.RealisasiAnggaran.V < h.Total.Pagu.V {
		dt.AdaSisaAnggaran = true
		dt.SisaAnggaran = kinerja.FormatRupiah(kinerja.Rupiah{V: h.Total.Pagu.V - h.Total.RealisasiAnggaran.V, OK: true})
	}
	for _, k := range h.Kegiatan {
		if len(k.Children) == 0 {
			dt.JumlahKegiatan++
		}
	}
	analisis := map[string]bool{}
	for _, a := range l.Analisis {
		if oneLine(a.Uraian.Teks) != "" {
			analisis[kinerja.NormKode(oneLine(a.Kode.Teks))] = true
		}
	}
	sasaran := map[string]bool{}
	for i := range h.Indikator {
		hi := &h.Indikator[i]
		if k := sasaranKey(hi.Sasaran); k != "" && !sasaran[k] {
			sasaran[k] = true
			dt.JumlahSasaran++
		}
		if !hi.Tercapai && hi.Capaian.OK {
			dt.TidakTercapai++
		}
		if i >= len(d.Indikator) {
			continue
		}
		di := &DataIndikatorTahunan{DataIndikator: d.Indikator[i], Laporan: dt, Negatif: hi.Polaritas == kinerja.Negatif.String(),
			AdaAnalisis: analisis[kinerja.NormKode(hi.Kode)]}
		if t := hi.IndikatorTahunan; t != nil {
			lalu, lalu2 := t.RealisasiTahunLalu[0], t.RealisasiTahunLalu[1]
			di.AdaRealisasiTahunLalu, di.RealisasiTahunLalu = lalu.OK, nilaiSatuan(lalu, nil, hi.Satuan)
			di.AdaRealisasiTahunLalu2, di.RealisasiTahunLalu2 = lalu2.OK, nilaiSatuan(lalu2, nil, hi.Satuan)
			di.AdaTargetTahunLalu = t.TargetTahunLalu.OK || t.TargetTahunLaluRentang != nil
			di.TargetTahunLalu = nilaiSatuan(t.TargetTahunLalu, t.TargetTahunLaluRentang, hi.Satuan)
			di.AdaCapaianTahunLalu, di.CapaianTahunLalu = t.CapaianTahunLalu.OK, kinerja.FormatPersen(t.CapaianTahunLalu)
			if lalu.OK && hi.Realisasi.OK {
				a, b := kinerja.Bulat(hi.Realisasi.V, 2), kinerja.Bulat(lalu.V, 2)
				di.Meningkat, di.Menurun, di.Sama = a > b, a < b, a == b
				di.Membaik = (di.Meningkat && !di.Negatif) || (di.Menurun && di.Negatif)
				di.Memburuk = (di.Menurun && !di.Negatif) || (di.Meningkat && di.Negatif)
			}
			if t.CapaianTahunLalu.OK && hi.Capaian.OK {
				a, b := kinerja.Bulat(hi.Capaian.V, 2), kinerja.Bulat(t.CapaianTahunLalu.V, 2)
				di.CapaianNaik, di.CapaianTurun = a > b, a < b
			}
			di.AdaRenstra = t.TargetAkhirRenstra.OK || t.TargetAkhirRenstraRentang != nil
			di.TargetAkhirRenstra = nilaiSatuan(t.TargetAkhirRenstra, t.TargetAkhirRenstraRentang, hi.Satuan)
			di.KemajuanRenstra = kinerja.FormatPersen(t.KemajuanRenstra)
			di.RenstraTercapai = kinerja.TercapaiDari(t.KemajuanRenstra)
			di.AdaStandar = t.StandarNasional.OK || t.StandarNasionalRentang != nil
			di.StandarNasional = nilaiSatuan(t.StandarNasional, t.StandarNasionalRentang, hi.Satuan)
			di.CapaianStandar = kinerja.FormatPersen(t.CapaianStandarNasional)
			di.MemenuhiStandar = kinerja.TercapaiDari(t.CapaianStandarNasional)
			dt.AdaRenstra = dt.AdaRenstra || di.AdaRenstra
			dt.AdaTahunLalu = dt.AdaTahunLalu || lalu.OK || lalu2.OK
		}
		for _, ki := range hi.Kegiatan {
			if ki < 0 || ki >= len(h.Kegiatan) {
				continue
			}
			k := &h.Kegiatan[ki]
			di.Kegiatan = append(di.Kegiatan, &DataKegiatanTahunan{Nama: oneLine(k.Kegiatan),
				Pagu: kinerja.FormatRupiah(k.Pagu), RealisasiAnggaran: kinerja.FormatRupiah(k.RealisasiAnggaran),
				Serapan: kinerja.FormatPersen(k.Serapan), Terukur: k.Capaian.OK, Capaian: kinerja.FormatPersen(k.Capaian),
				Menunjang: kinerja.TercapaiDari(k.Capaian)})
		}
		dt.Indikator = append(dt.Indikator, di)
	}
	return dt
}

// contohDataTahunan is sample data for the trial run of the annual
// templates: everything present, or everything missing.
func contohDataTahunan(full bool) *DataTahunan {
	d := contohData(full)
	d.Triwulan, d.TriwulanRomawi = 4, "IV"
	dt := &DataTahunan{Data: d, TahunLalu: 2022, TahunLalu2: 2021}
	di := &DataIndikatorTahunan{DataIndikator: d.Indikator[0], Laporan: dt,
		RealisasiTahunLalu: "–", RealisasiTahunLalu2: "–", TargetTahunLalu: "–", CapaianTahunLalu: "–",
		TargetAkhirRenstra: "–", KemajuanRenstra: "–", StandarNasional: "–", CapaianStandar: "–"}
	if full {
		dt.PeriodeRenstra, dt.TahunAkhirRenstra, dt.AdaRenstra, dt.AdaTahunLalu = "2021–2026", 2026, true, true
		dt.TidakTercapai, dt.AdaSisaAnggaran, dt.SisaAnggaran, dt.JumlahSasaran = 1, true, "1", 1
		di.AdaRealisasiTahunLalu, di.AdaRealisasiTahunLalu2, di.AdaTargetTahunLalu, di.AdaCapaianTahunLalu = true, true, true, true
		di.Meningkat, di.Membaik, di.CapaianNaik = true, true, true
		di.AdaRenstra, di.RenstraTercapai, di.AdaStandar, di.MemenuhiStandar, di.AdaAnalisis = true, true, true, true, true
		di.Kegiatan = []*DataKegiatanTahunan{{Nama: "k", Pagu: "1", RealisasiAnggaran: "1", Serapan: "1", Terukur: true, Capaian: "1", Menunjang: true}}
	}
	dt.Indikator = []*DataIndikatorTahunan{di}
	return dt
}

// execBlock runs one {{define}} block of a template file.
func (ts *Templates) execBlock(name, textBlock string, data any) (string, error) {
	t, err := ts.lookup(name)
	if err != nil {
		return "", err
	}
	if t.Lookup(textBlock) == nil {
		return "", &TemplateError{Berkas: ts.origin[name],
			Pesan: fmt.Sprintf("templat tidak memuat blok {{define %q}} (blok yang diperlukan: target, tahun_lalu, renstra, standar, sebab, efisiensi, kegiatan)", textBlock)}
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, textBlock, data); err != nil {
		return "", templateErr(ts.origin[name], err)
	}
	return buf.String(), nil
}

// trialTahunan runs the annual templates on sample data (see trial).
func (ts *Templates) trialTahunan() error {
	for _, dt := range []*DataTahunan{contohDataTahunan(true), contohDataTahunan(false)} {
		for _, name := range daftarBerkasTahunan {
			if name == berkasIndikatorTahunan {
				continue
			}
			if _, err := ts.exec(name, dt); err != nil {
				return err
			}
		}
		for _, a := range analisisTahunan {
			if _, err := ts.execBlock(berkasIndikatorTahunan, a.textBlock, dt.Indikator[0]); err != nil {
				return err
			}
		}
	}
	return nil
}

package workbook

import (
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/lapkin/lapkin/internal/xlsx"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

type jenisIsian int

const (
	isianTeks jenisIsian = iota
	isianTahun
	isianTriwulan
	isianTanggal
	isianHariKerja
	isianNIP
	isianNIPAtasan
	isianMetode
	isianKertas
	isianMargin
)

// isian is one field of the Identitas sheet.
type isian struct {
	field  string // kinerja.FieldXxx
	alias  []string
	wajib  bool
	jenis  jenisIsian
	contoh string // hint for LK004 messages: what to type, "contoh: …"
}

var isianIdentitas = []isian{
	{kinerja.FieldTahun, []string{"Tahun Anggaran", "Tahun", "TA"}, true, isianTahun, "contoh: 2023"},
	{kinerja.FieldTriwulan, []string{"Triwulan", "TW", "Triwulan Ke"}, true, isianTriwulan, "contoh: II atau TW II"},
	{kinerja.FieldPemda, []string{"Pemerintah Daerah", "Kabupaten", "Kota", "Pemda", "Kabupaten/Kota"}, true, isianTeks, "contoh: Kabupaten Lumajang"},
	{kinerja.FieldUnit, []string{"Unit Kerja", "Perangkat Daerah", "Instansi", "OPD", "SKPD"}, true, isianTeks, "contoh: Kecamatan Senduro"},
	{kinerja.FieldJabatan, []string{"Jabatan"}, true, isianTeks, "contoh: Kepala Seksi Pemerintahan"},
	{kinerja.FieldJabatanSingkat, []string{"Jabatan Singkat"}, false, isianTeks, "contoh: Kasi Pemerintahan"},
	{kinerja.FieldEselon, []string{"Eselon"}, false, isianTeks, "contoh: IV"},
	{kinerja.FieldNama, []string{"Nama Pejabat", "Nama"}, true, isianTeks, "nama lengkap dengan gelar, contoh: MOCH JEMMY, S.Pd"},
	{kinerja.FieldNIP, []string{"NIP", "NIP Pejabat"}, true, isianNIP, "18 angka diketik sebagai teks, contoh: 19651230 198703 1 012"},
	{kinerja.FieldJabatanAtasan, []string{"Jabatan Atasan"}, true, isianTeks, "jabatan atasan langsung, contoh: Camat Senduro"},
	{kinerja.FieldNamaAtasan, []string{"Nama Atasan"}, true, isianTeks, "nama lengkap atasan dengan gelar, contoh: Drs. PUJIANTO"},
	{kinerja.FieldNIPAtasan, []string{"NIP Atasan"}, true, isianNIPAtasan, "18 angka diketik sebagai teks, contoh: 19671114 199003 1 004"},
	{kinerja.FieldTempat, []string{"Tempat", "Tempat Laporan"}, true, isianTeks, "tempat penandatanganan, contoh: Senduro"},
	{kinerja.FieldTanggalLaporan, []string{"Tanggal Laporan", "Tanggal"}, false, isianTanggal, "contoh: 30/06/2023"},
	{kinerja.FieldDasarHukumPelaporan, []string{"Dasar Hukum Pelaporan"}, false, isianTeks, ""},
	{kinerja.FieldHariKerja, []string{"Batas Pelaporan", "Batas Pelaporan (Hari Kerja)", "Hari Kerja", "Batas Waktu Pelaporan"}, false, isianHariKerja, "contoh: 5"},
	{kinerja.FieldDasarHukumTugas, []string{"Dasar Hukum Tugas"}, false, isianTeks, ""},
	{kinerja.FieldPangkat, []string{"Pangkat/Golongan", "Pangkat", "Golongan", "Pangkat Golongan", "Pangkat/Gol", "Pangkat/Gol."}, false, isianTeks, "contoh: Penata Tk. I (III/d)"},
	{kinerja.FieldPangkatAtasan, []string{"Pangkat/Golongan Atasan", "Pangkat Atasan", "Golongan Atasan", "Pangkat Golongan Atasan"}, false, isianTeks, "contoh: Pembina (IV/a)"},
	{kinerja.FieldInstansiInduk, []string{"Instansi Induk", "Kementerian/Lembaga", "K/L"}, false, isianTeks, "contoh: Kementerian Agama"},
	{kinerja.FieldMetodeEfisiensi, []string{"Metode Efisiensi"}, false, isianMetode, "PMK atau Rasio"},
	{kinerja.FieldKertas, []string{"Kertas", "Ukuran Kertas"}, false, isianKertas, "A4"},
	{kinerja.FieldMargin, []string{"Margin", "Margin Halaman", "Margin (cm)", "Margin Halaman (cm)"}, false, isianMargin, "contoh: 4; 3; 3; 3"},
	// For the annual report (tahunan.go).
	{kinerja.FieldPeriodeRenstra, []string{"Periode Renstra", "Periode Rencana Strategis", "Renstra"}, false, isianTeks, "contoh: 2021–2026"},
	{kinerja.FieldBatasTahunan, []string{"Batas Laporan Tahunan", "Batas Penyampaian Laporan Tahunan", "Batas LKjIP"}, false, isianTanggal, "contoh: 28/02/2025"},
}

// isianByLabel maps every normalised label to its field; made when the
// first Identitas sheet is read, not by every process.
var isianByLabel = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, f := range isianIdentitas {
		for _, a := range f.alias {
			m[normHeader(a)] = i
		}
	}
	return m
})

func findLabel(label string) (int, bool) {
	n := normHeader(label)
	if i, ok := isianByLabel()[n]; ok {
		return i, true
	}
	i, ok := isianByLabel()[withoutParens(n)]
	return i, ok
}

// readIdentitas reads the label/value sheet: labels in column A, values in
// column B (or C when B holds only ":").
func (b *reader) readIdentitas(g *sheet, id *kinerja.Identitas) {
	id.Refs = map[string]kinerja.Ref{}
	seen := make([]bool, len(isianIdentitas))
	filled := make([]bool, len(isianIdentitas))
	kosong := map[int]int{} // field → row of its empty value cell
	var asing []similarCell // labels not recognised
	lastRow := 0
	for bi := range g.Rows {
		row := &g.Rows[bi]
		lastRow = row.N
		lx := g.Get(row, row.N, 1)
		if b.kosong(g, lx) {
			continue
		}
		label := b.text(g, lx, "", "Label").Teks
		fi, ok := findLabel(label)
		if !ok {
			asing = append(asing, similarCell{ref: lx.Ref, teks: label})
		}
		if !ok || seen[fi] {
			continue
		}
		seen[fi] = true
		vx := g.Get(row, row.N, 2)
		if !vx.Inherited && !vx.Empty() {
			if j, v := b.rawValue(g, vx.Cell); j == 's' && strings.TrimSpace(v) == ":" {
				vx = g.Get(row, row.N, 3)
			}
		}
		f := isianIdentitas[fi]
		at := kinerja.Ref{Sheet: g.canonical, Cell: vx.Ref}
		id.Refs[f.field] = at
		if b.kosong(g, vx) {
			kosong[fi] = row.N
			continue
		}
		filled[fi] = true
		b.isiField(g, vx, f, id)
	}
	// Required fields are known after the whole sheet: Pemerintah Daerah
	// is not required beside an Instansi Induk, nor NIP Atasan for an
	// elected superior (docs/format.md#identitas).
	for i, f := range isianIdentitas {
		if !f.wajib || filled[i] || !wajibUntuk(f.field, id) {
			continue
		}
		if r, ok := kosong[i]; ok {
			b.report("LK004", kinerja.Error, id.Refs[f.field], "", "Isian %s (baris %d) kosong; isi sel ini (%s)", f.field, r, f.contoh)
			continue
		}
		if c, ok := findSimilar(asing, f.alias); ok {
			b.report("LK004", kinerja.Error, kinerja.Ref{Sheet: g.canonical, Cell: c.ref}, "",
				"Isian %s tidak ada di lembar Identitas; label %q di sel ini tidak dikenal — maksud Anda %q? Tulis labelnya %q",
				f.field, c.teks, f.alias[0], f.alias[0])
			continue
		}
		at := kinerja.Ref{Sheet: g.canonical, Cell: xlsx.CellName(1, lastRow+1)}
		b.report("LK004", kinerja.Error, at, "",
			"Isian %s tidak ada di lembar Identitas; tambahkan baris dengan label %q di kolom A dan isinya di kolom B (%s)",
			f.field, f.alias[0], f.contoh)
	}
}

// wajibUntuk reports whether a required field is required for this
// Identitas: Pemerintah Daerah not when an Instansi Induk is given, NIP
// Atasan not for an elected superior.
func wajibUntuk(field string, id *kinerja.Identitas) bool {
	switch field {
	case kinerja.FieldPemda:
		return strings.TrimSpace(id.InstansiInduk) == ""
	case kinerja.FieldNIPAtasan:
		return !id.AtasanDipilih()
	}
	return true
}

func (b *reader) isiField(g *sheet, vx xlsx.Content, f isian, id *kinerja.Identitas) {
	at := kinerja.Ref{Sheet: g.canonical, Cell: vx.Ref}
	switch f.jenis {
	case isianTeks:
		s := b.text(g, vx, "", "Isian "+f.field).Teks
		// "Nama : MOCH JEMMY" copied from a form in a word processor
		// leaves ": MOCH JEMMY" in the value cell; the colon belongs to
		// the label, not to the name printed above the signature.
		if t, ok := strings.CutPrefix(strings.TrimSpace(s), ":"); ok {
			s = strings.TrimSpace(t)
		}
		switch f.field {
		case kinerja.FieldPemda:
			id.Pemda = s
		case kinerja.FieldUnit:
			id.Unit = s
		case kinerja.FieldJabatan:
			id.Jabatan = s
		case kinerja.FieldJabatanSingkat:
			id.JabatanSingkat = s
		case kinerja.FieldEselon:
			id.Eselon = s
		case kinerja.FieldNama:
			id.Nama = s
		case kinerja.FieldJabatanAtasan:
			id.JabatanAtasan = s
		case kinerja.FieldNamaAtasan:
			id.NamaAtasan = s
		case kinerja.FieldTempat:
			id.Tempat = s
		case kinerja.FieldDasarHukumPelaporan:
			id.DasarHukumPelaporan = s
		case kinerja.FieldDasarHukumTugas:
			id.DasarHukumTugas = s
		case kinerja.FieldPangkat:
			id.Pangkat = s
		case kinerja.FieldPangkatAtasan:
			id.PangkatAtasan = s
		case kinerja.FieldInstansiInduk:
			id.InstansiInduk = s
		case kinerja.FieldPeriodeRenstra:
			b.periodeRenstra(at, s, id)
		}
	case isianMetode:
		teks := b.text(g, vx, "", "Isian "+f.field).Teks
		if _, err := kinerja.ParseMetode(teks); err != nil {
			b.report("LK008", kinerja.Error, at, "", "Metode Efisiensi %q tidak dikenal; tulis PMK atau Rasio (atau kosongkan sel ini untuk PMK)", teks)
			return
		}
		id.MetodeEfisiensi = teks
	case isianTahun:
		jenis, v := b.rawValue(g, vx.Cell)
		teks := b.text(g, vx, "", "Isian "+f.field).Teks
		y := 0
		if jenis == 'n' {
			if x, ok := parseNumber(v); ok && x == math.Trunc(x) && math.Abs(x) < 1e6 {
				y = int(x)
			}
		} else if d, ok := yearDigits(strings.ToLower(teks)); ok {
			y, _ = strconv.Atoi(d)
		}
		if jenis == 'e' || jenis == 'x' {
			return // reported by teks
		}
		if y < 2000 || y > 2100 {
			b.report("LK008", kinerja.Error, at, "", "Tahun Anggaran %q tidak sah; tulis tahun antara 2000 dan 2100, mis. 2023", teks)
			return
		}
		id.Tahun = y
	case isianTriwulan:
		jenis, _ := b.rawValue(g, vx.Cell)
		teks := b.text(g, vx, "", "Isian "+f.field).Teks
		if jenis == 'e' || jenis == 'x' {
			return
		}
		q, err := kinerja.ParseTriwulan(teks)
		if err != nil {
			b.report("LK008", kinerja.Error, at, "", "Triwulan %q tidak sah; tulis 1–4, I–IV atau \"TW II\"", teks)
			return
		}
		id.Triwulan = q
	case isianTanggal:
		if t, _, ok := b.date(g, vx, "", "Isian "+f.field); ok {
			if f.field == kinerja.FieldBatasTahunan {
				id.BatasLaporanTahunan = t
			} else {
				id.TanggalLaporan = t
			}
		}
	case isianHariKerja:
		jenis, _ := b.rawValue(g, vx.Cell)
		if jenis == 'e' || jenis == 'x' {
			b.text(g, vx, "", "Isian "+f.field)
			return
		}
		teks := b.text(g, vx, "", "Isian "+f.field).Teks
		n, ok := hariKerja(b, g, vx, teks)
		if !ok {
			b.report("LK008", kinerja.Error, at, "", "Batas Pelaporan %q tidak sah; tulis jumlah hari kerja sebagai bilangan bulat 1–30, mis. 5", teks)
			return
		}
		id.HariKerja = n
	case isianKertas:
		teks := b.text(g, vx, "", "Isian "+f.field).Teks
		k, ok := kinerja.NormPaper(teks)
		if !ok {
			b.report("LK008", kinerja.Error, at, "", "Kertas %q tidak dikenal; tulis A4 atau F4 (215 × 330 mm), atau kosongkan untuk A4", teks)
			return
		}
		id.Kertas = k
	case isianMargin:
		teks := b.text(g, vx, "", "Isian "+f.field).Teks
		m, err := kinerja.ParseMargin(teks)
		if err != nil {
			b.report("LK008", kinerja.Error, at, "", "Margin tidak sah: %v (atau kosongkan sel ini untuk margin bawaan)", err)
			return
		}
		id.Margin = m
	case isianNIP, isianNIPAtasan:
		jenis, v := b.rawValue(g, vx.Cell)
		var nip string
		angka := false
		if jenis == 'n' {
			if x, ok := parseNumber(v); ok {
				nip, angka = digitNIP(x), true
			}
		}
		if !angka {
			nip = b.text(g, vx, "", "Isian "+f.field).Teks
		}
		if f.jenis == isianNIP {
			id.NIP, id.NIPAngka = nip, angka
		} else {
			id.NIPAtasan, id.NIPAtasanAngka = nip, angka
		}
	}
}

func hariKerja(b *reader, g *sheet, vx xlsx.Content, teks string) (int, bool) {
	jenis, v := b.rawValue(g, vx.Cell)
	var x float64
	if jenis == 'n' {
		var ok bool
		if x, ok = parseNumber(v); !ok {
			return 0, false
		}
	} else {
		val, unit, err := kinerja.ParseAngka(teks)
		if err != nil {
			return 0, false
		}
		if u := strings.ToLower(unit); u != "" && !strings.HasPrefix(u, "hari") {
			return 0, false
		}
		x = val
	}
	if x != math.Trunc(x) || x < 1 || x > 30 {
		return 0, false
	}
	return int(x), true
}

// digitNIP recovers the digits of an NIP stored as a number: Excel keeps 15
// significant digits, so the rest come back as zeros (LK022 then asks for
// a text cell).
func digitNIP(x float64) string {
	x = math.Abs(x)
	if x < 1e15 {
		return strconv.FormatFloat(math.Trunc(x), 'f', 0, 64)
	}
	e := strconv.FormatFloat(x, 'e', 14, 64) // d.dddddddddddddde+XX
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	n, err := strconv.Atoi(exp)
	if err != nil || n > 40 {
		return digits
	}
	for len(digits) < n+1 {
		digits += "0"
	}
	return digits[:n+1]
}

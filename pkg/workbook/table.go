package workbook

import (
	"fmt"
	"strings"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// columnSpec is one column a table sheet may have.
type columnSpec struct {
	id    string
	alias []string // accepted headers as shown to users, best first
	// cocok matches further headers (normalised); its rank is after the
	// aliases. polaTeks describes them for messages ("Target <tahun>").
	cocok    func(n string) bool
	polaTeks string
	// quarter (1–4) makes a quarter column: its further headers are one
	// of quarterPrefixes ("" for none) followed by a designation of the
	// quarter ("target tw i", "realisasi triwulan 1", "tw 1"), ranked as
	// cocok's.
	quarter         int
	quarterPrefixes []string
	wajib           bool
	nomor           bool // a row number: does not by itself make a row non-empty
}

func (k columnSpec) judul() string { return k.alias[0] }

// acceptedHeaders lists the accepted headers for an LK003 message.
func (k columnSpec) acceptedHeaders() string {
	var q []string
	for _, a := range k.alias {
		q = append(q, fmt.Sprintf("%q", a))
	}
	if k.polaTeks != "" {
		q = append(q, k.polaTeks)
	}
	return daftar(q)
}

func daftar(q []string) string {
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " atau " + q[len(q)-1]
}

// sheetSpec describes a table sheet.
type sheetSpec struct {
	lembar     string // canonical name
	columnSpec []columnSpec
	kunci      string // id of the key column
	// salahSatu: groups of column ids of which at least one must be present.
	salahSatu [][]string
	// pesanSalahSatu explains each group in an LK003 message.
	pesanSalahSatu []string
	// totalColumns: columns where "Jumlah"/"Total" marks a totals row,
	// which is not data (Anggaran).
	totalColumns []string
}

// totalRowLabels are the labels of a totals row.
var totalRowLabels = map[string]bool{"jumlah": true, "total": true, "jumlah total": true,
	"total anggaran": true, "jumlah anggaran": true, "grand total": true, "jumlah seluruhnya": true}

// indeks returns the index of the column id. A sheet has at most ~20
// columns: a scan costs about what a map lookup does, and the specs stay
// static data instead of maps built before main.
func (sp *sheetSpec) indeks(id string) int {
	for i := range sp.columnSpec {
		if sp.columnSpec[i].id == id {
			return i
		}
	}
	panic("workbook: unknown column " + id)
}

// Column ids of the quarter columns.
var (
	idTargetTW    = [4]string{"target1", "target2", "target3", "target4"}
	idTW          = [4]string{"tw1", "tw2", "tw3", "tw4"}
	idRealisasiTW = [4]string{"rtw1", "rtw2", "rtw3", "rtw4"}
)

// normHeader normalises a header or label: lower case, white space (also
// non-breaking), "_" and "-" collapsed to single spaces, no spaces around
// "/", trailing ":" and "." dropped.
func normHeader(s string) string {
	if n, ok := normHeaderASCII(s); ok {
		return n
	}
	return normHeaderSlow(s)
}

// normHeaderASCII is normHeader for ASCII text (headers and aliases
// nearly always are) in one pass: s itself when it is already normal,
// else one allocation. ok is false for text with other characters.
func normHeaderASCII(s string) (n string, ok bool) {
	var buf [64]byte
	out := buf[:0]
	space := false // white space or "_" or "-" since the last character kept
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '_' || c == '-':
			space = true
			continue
		}
		if space && len(out) > 0 && c != '/' && out[len(out)-1] != '/' {
			out = append(out, ' ')
		}
		space = false
		out = append(out, c)
	}
	for len(out) > 0 && (out[len(out)-1] == ':' || out[len(out)-1] == '.' || out[len(out)-1] == ' ') {
		out = out[:len(out)-1]
	}
	if string(out) == s {
		return s, true
	}
	return string(out), true
}

// normHeaderSlow is normHeader for any text.
func normHeaderSlow(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\t', '\n', '\r', '_', '-', '–':
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(strings.ReplaceAll(s, " /", "/"), "/ ", "/")
	for {
		t := strings.TrimSpace(strings.TrimRight(s, ":."))
		if t == s {
			return s
		}
		s = t
	}
}

// withoutParens drops a trailing parenthesised note: "capaian (%)" →
// "capaian", "pagu (rp)" → "pagu".
func withoutParens(n string) string {
	for {
		t := cutParens(n)
		if t == n {
			return strings.TrimSpace(t)
		}
		n = t
	}
}

// quarterOf reads a quarter designation: "tw i", "tw 1", "tw.2", "triwulan
// iii", "triwulan ke 4", "q1", "trw ii" (quarterNumeral); 0 for anything
// else.
func quarterOf(s string) int {
	m, ok := quarterNumeral(s)
	if !ok {
		return 0
	}
	switch m {
	case "1", "i":
		return 1
	case "2", "ii":
		return 2
	case "3", "iii":
		return 3
	case "4", "iv":
		return 4
	}
	return 0
}

// isQuarter reports whether the normalised header n is one of the column's
// quarterPrefixes followed by a designation of its quarter.
func (k *columnSpec) isQuarter(n string) bool {
	for _, p := range k.quarterPrefixes {
		rest := n
		if p != "" {
			if !strings.HasPrefix(n, p+" ") {
				continue
			}
			rest = strings.TrimSpace(n[len(p):])
		}
		if quarterOf(rest) == k.quarter {
			return true
		}
	}
	return false
}

var (
	specTugas = sheetSpec{lembar: kinerja.SheetTugas, kunci: "uraian", columnSpec: []columnSpec{
		{id: "no", alias: []string{"No", "Nomor"}, nomor: true},
		{id: "uraian", alias: []string{"Uraian Tugas", "Tugas", "Uraian", "Tugas dan Fungsi"}, wajib: true},
	}}
	specTarget = sheetSpec{lembar: kinerja.SheetTarget, kunci: "kode", columnSpec: []columnSpec{
		{id: "kode", alias: []string{"Kode", "Kode Indikator", "No"}, wajib: true},
		{id: "sasaran", alias: []string{"Sasaran", "Sasaran Kegiatan", "Sasaran Strategis", "Sasaran Program"}},
		{id: "indikator", alias: []string{"Indikator", "Indikator Kinerja", "Indikator Kinerja Utama"}, wajib: true},
		{id: "satuan", alias: []string{"Satuan"}, wajib: true},
		{id: "target", alias: []string{"Target", "Target Tahunan", "Target Kinerja"}, cocok: isTargetYear, polaTeks: `"Target <tahun>" (mis. "Target 2023")`, wajib: true},
		{id: "polaritas", alias: []string{"Polaritas"}},
		{id: "sifat", alias: []string{"Sifat", "Sifat Indikator"}},
		{id: "tingkat", alias: []string{"Tingkat", "Level", "Jenis", "Tingkat Indikator"}},
		{id: "target1", alias: []string{"Target TW I"}, quarter: 1, quarterPrefixes: []string{"target"}},
		{id: "target2", alias: []string{"Target TW II"}, quarter: 2, quarterPrefixes: []string{"target"}},
		{id: "target3", alias: []string{"Target TW III"}, quarter: 3, quarterPrefixes: []string{"target"}},
		{id: "target4", alias: []string{"Target TW IV"}, quarter: 4, quarterPrefixes: []string{"target"}},
	}}
	specRealisasi = sheetSpec{lembar: kinerja.SheetRealisasi, kunci: "kode", columnSpec: []columnSpec{
		{id: "kode", alias: []string{"Kode", "Kode Indikator", "No"}, wajib: true},
		{id: "keterangan", alias: []string{"Keterangan", "Ket"}},
		{id: "capaian", alias: []string{"Capaian", "Capaian Kinerja"}},
		{id: "tw1", alias: []string{"TW I"}, quarter: 1, quarterPrefixes: []string{"", "realisasi", "realisasi kinerja"}},
		{id: "tw2", alias: []string{"TW II"}, quarter: 2, quarterPrefixes: []string{"", "realisasi", "realisasi kinerja"}},
		{id: "tw3", alias: []string{"TW III"}, quarter: 3, quarterPrefixes: []string{"", "realisasi", "realisasi kinerja"}},
		{id: "tw4", alias: []string{"TW IV"}, quarter: 4, quarterPrefixes: []string{"", "realisasi", "realisasi kinerja"}},
	},
		salahSatu:      [][]string{{"tw1", "tw2", "tw3", "tw4"}},
		pesanSalahSatu: []string{`tidak ada kolom realisasi triwulan; tambahkan kolom "TW I", "TW II", "TW III", "TW IV" (juga diterima: "Realisasi TW I", "Triwulan I", "TW 1", "Q1")`},
	}
	specAnggaran = sheetSpec{lembar: kinerja.SheetAnggaran, kunci: "kegiatan", totalColumns: []string{"kode", "kegiatan"}, columnSpec: []columnSpec{
		{id: "kode", alias: []string{"Kode", "Kode Rekening", "Kode Kegiatan"}},
		{id: "kegiatan", alias: []string{"Kegiatan", "Sub Kegiatan", "Uraian", "Program/Kegiatan", "Nama Kegiatan", "Program/Kegiatan/Sub Kegiatan", "Program, Kegiatan, Sub Kegiatan"}, wajib: true},
		{id: "indikator", alias: []string{"Indikator", "Kode Indikator"}},
		{id: "pagu", alias: []string{"Pagu", "Pagu Anggaran", "Anggaran"}, wajib: true},
		{id: "realisasi", alias: []string{"Realisasi", "Realisasi Anggaran"}},
		{id: "targetk", alias: []string{"Target Kinerja"}},
		{id: "realisasik", alias: []string{"Realisasi Kinerja"}},
		{id: "satuank", alias: []string{"Satuan Kinerja"}},
		{id: "capaian", alias: []string{"Capaian", "Capaian Anggaran", "Serapan", "Serapan Anggaran"}},
		{id: "efisiensi", alias: []string{"Efisiensi"}},
		{id: "keterangan", alias: []string{"Keterangan", "Ket"}},
		{id: "tingkat", alias: []string{"Tingkat", "Level", "Jenis"}},
		{id: "rtw1", alias: []string{"Realisasi TW I"}, quarter: 1, quarterPrefixes: []string{"realisasi", "realisasi anggaran", ""}},
		{id: "rtw2", alias: []string{"Realisasi TW II"}, quarter: 2, quarterPrefixes: []string{"realisasi", "realisasi anggaran", ""}},
		{id: "rtw3", alias: []string{"Realisasi TW III"}, quarter: 3, quarterPrefixes: []string{"realisasi", "realisasi anggaran", ""}},
		{id: "rtw4", alias: []string{"Realisasi TW IV"}, quarter: 4, quarterPrefixes: []string{"realisasi", "realisasi anggaran", ""}},
	},
		salahSatu:      [][]string{{"rtw1", "rtw2", "rtw3", "rtw4", "realisasi"}},
		pesanSalahSatu: []string{`tidak ada kolom realisasi anggaran; tambahkan kolom "Realisasi" (realisasi sampai dengan triwulan ini) atau kolom "Realisasi TW I" … "Realisasi TW IV" (realisasi dalam tiap triwulan)`},
	}
	specStrategi = sheetSpec{lembar: kinerja.SheetStrategi, kunci: "kode", columnSpec: []columnSpec{
		{id: "kode", alias: []string{"Kode", "Kode Indikator", "No"}, wajib: true},
		{id: "strategi", alias: []string{"Strategi", "Uraian Strategi", "Upaya"}, wajib: true},
		{id: "periode", alias: []string{"Periode", "Bulan", "Pada Bulan", "Waktu"}},
	}}
	specAnalisis = sheetSpec{lembar: kinerja.SheetAnalisis, kunci: "kode", columnSpec: []columnSpec{
		{id: "kode", alias: []string{"Kode", "Kode Indikator", "No"}, wajib: true},
		{id: "uraian", alias: []string{"Uraian", "Analisis", "Uraian Analisis"}, wajib: true},
	}}
	specTindakLanjut = sheetSpec{lembar: kinerja.SheetTindakLanjut, kunci: "uraian", columnSpec: []columnSpec{
		{id: "no", alias: []string{"No", "Nomor"}, nomor: true},
		{id: "uraian", alias: []string{"Uraian", "Rencana Tindak Lanjut", "Tindak Lanjut"}, wajib: true},
	}}
	specTanggapan = sheetSpec{lembar: kinerja.SheetTanggapan, kunci: "tanggapan", columnSpec: []columnSpec{
		{id: "no", alias: []string{"No", "Nomor"}, nomor: true},
		{id: "tanggapan", alias: []string{"Tanggapan", "Tanggapan Atasan", "Uraian"}, wajib: true},
		{id: "pilih", alias: []string{"Pilih", "Pilihan", "Dipilih"}},
	}}
	specNarasi = sheetSpec{lembar: kinerja.SheetNarasi, kunci: "bagian", columnSpec: []columnSpec{
		{id: "bagian", alias: []string{"Bagian"}, wajib: true},
		{id: "teks", alias: []string{"Teks", "Isi", "Uraian"}, wajib: true},
	}}
	specLibur = sheetSpec{lembar: kinerja.SheetLibur, kunci: "tanggal", columnSpec: []columnSpec{
		{id: "tanggal", alias: []string{"Tanggal"}, wajib: true},
		{id: "keterangan", alias: []string{"Keterangan", "Ket", "Nama Hari Libur"}},
	}}
)

// normAliases returns every column's aliases normalised (normHeader), by
// column index, for rank: made once per sheet that is matched, not for
// every header cell and column.
func (sp *sheetSpec) normAliases() [][]string {
	out := make([][]string, len(sp.columnSpec))
	for i, k := range sp.columnSpec {
		out[i] = make([]string, len(k.alias))
		for j, a := range k.alias {
			out[i][j] = normHeader(a)
		}
	}
	return out
}

// rank returns how well a normalised header fits a column (lower is
// better), or -1. norm is the column's aliases normalised (normAliases).
func (k *columnSpec) rank(n string, norm []string) int {
	for pass, h := range []string{n, withoutParens(n)} {
		if pass == 1 && h == n {
			break
		}
		for i, a := range norm {
			if a == h {
				return i
			}
		}
		if k.cocok != nil && k.cocok(h) || k.quarter > 0 && k.isQuarter(h) {
			return len(k.alias)
		}
	}
	return -1
}

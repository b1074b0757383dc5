package kinerja

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Narrative rules: LK023 (another quarter or year than the report's) and
// LK024 (another unit of the same kind). Both look for what a text copied
// from another report keeps by mistake; both are warnings, since a text may
// name another period or unit on purpose.
//
// Narrative text is the Narasi, Analisis, Strategi and Tindak Lanjut
// sheets. Tugas (a list of duties from a regulation), Keterangan columns and
// Strategi's Periode are not narrative.

// teksNarasi is one narrative cell.
type teksNarasi struct {
	sel Sel
	key string // the indicator's Kode, when the text belongs to one
	// rencana: the text is a plan (Tindak Lanjut), so later quarters and
	// years are expected there; only earlier ones are reported.
	rencana bool
}

func (p *pemeriksa) narasi() []teksNarasi {
	var out []teksNarasi
	add := func(s Sel, key string, rencana bool) {
		if strings.TrimSpace(s.Teks) != "" {
			out = append(out, teksNarasi{sel: s, key: key, rencana: rencana})
		}
	}
	for _, n := range p.l.Narasi {
		add(n.Teks, "", false)
	}
	for _, a := range p.l.Analisis {
		add(a.Uraian, a.Kode.Teks, false)
	}
	for _, s := range p.l.Strategi {
		add(s.Strategi, s.Kode.Teks, false)
	}
	for _, t := range p.l.TindakLanjut {
		add(t, "", true)
	}
	return out
}

// periksaNarasi applies LK023 and LK024 to every narrative cell, at most one
// finding of each rule per cell, quoting every offending phrase.
func (p *pemeriksa) periksaNarasi() {
	units := unitLaporan(p.l.Identitas)
	for _, t := range p.narasi() {
		if frasa := p.periodeLain(t.sel.Teks, t.rencana); len(frasa) > 0 {
			p.add("LK023", Warning, t.sel.Ref, t.key,
				"Teks ini menyebut %s, padahal laporan ini untuk %s. "+
					"Bila teks disalin dari laporan sebelumnya, sesuaikan triwulan, tahun atau rentang tanggalnya; "+
					"bila memang sengaja membandingkan dengan periode lain, peringatan ini boleh diabaikan.",
				daftarFrasa(frasa), p.periodeLaporanNarasi())
		}
		var jenis [][]int // the kinds named in the text, found once for every unit
		if len(units) > 0 && mayNameUnit(t.sel.Teks, units) {
			jenis = reJenis.FindAllStringSubmatchIndex(t.sel.Teks, -1)
		}
		for _, u := range units {
			if frasa := u.lain(t.sel.Teks, jenis); len(frasa) > 0 {
				p.add("LK024", Warning, t.sel.Ref, t.key,
					"Teks ini menyebut %s, padahal laporan ini untuk %s. "+
						"Bila teks disalin dari laporan unit lain, ganti dengan nama unit sendiri; "+
						"bila memang sengaja menyebut unit lain, peringatan ini boleh diabaikan.",
					daftarFrasa(frasa), u.teks)
			}
		}
	}
}

// periodeLaporanNarasi is periodeLaporan, or just the year when the quarter
// is unknown.
func (p *pemeriksa) periodeLaporanNarasi() string {
	if p.q != 0 {
		return p.periodeLaporan()
	}
	return "tahun " + strconv.Itoa(p.l.Identitas.Tahun)
}

// daftarFrasa quotes phrases: "a", "b" dan "c".
func daftarFrasa(fs []string) string {
	q := make([]string, len(fs))
	for i, f := range fs {
		q[i] = strconv.Quote(f)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " dan " + q[len(q)-1]
}

// appendUnique appends s to list unless it is already there (case-insensitively).
func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

// ---------------------------------------------------------------------------
// LK023: periods.

const (
	// rePraTW is the word before a quarter's number: "triwulan",
	// "triwulanan", "TW", "Trw", optionally "ke-".
	rePraTW = `(?:triwulan(?:an)?|trw|tw)\s*[-.]?\s*(?:ke\s*-?\s*)?`
	// reNoTW is a quarter's number.
	reNoTW = `(?:iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat)`
	// reSampai joins two periods: "dan", "s.d.", "s/d", "sampai dengan", "-".
	reSampai = `(?:,|&|dan|s\.\s?d\.?|s/d|sd|sampai(?:\s+dengan)?|hingga|-|–|—)`
)

var (
	// reTW is a quarter, or a list or range of them ("triwulan I dan II",
	// "TW I s.d. TW II").
	reTW = lazyRE(`(?i)\b` + rePraTW + reNoTW + `\b(?:\s*` + reSampai + `\s*(?:` + rePraTW + `)?` + reNoTW + `\b)*`)
	// reTahun is a year named as such: "tahun 2022", "tahun anggaran 2022",
	// "T.A. 2022", or a span of years "tahun 2019-2024".
	reTahun = lazyRE(`(?i)\b(?:tahun(?:\s+anggaran)?|t\.\s?a\.?)\s+(\d{4})\b(?:\s*` + reSampai + `\s*(\d{4})\b)?`)
	// reRentang is a date range "1 Januari s.d 31 Maret 2023", "Jan s/d
	// Juni 2023", "April - Juni".
	// Its source is made on first use too (reBulan sorts the month names).
	reRentang = lazyREFunc(func() string {
		bulan := reBulan()
		return `(?i)\b(?:(\d{1,2})\s+)?(` + bulan + `)\b\.?(?:\s+(\d{4}))?\s*` + reSampai +
			`\s*(?:(?:tanggal|tgl\.?)\s+)?(?:(\d{1,2})\s+)?(` + bulan + `)\b\.?(?:\s+(\d{4})\b)?`
	})
	// reAkhirAngka is a number just before a match ("Nomor 6 Tahun 2018").
	reAkhirAngka = lazyRE(`\d[\w./-]*\s*$`)
)

// reBulan is an alternation of the month names BulanDariNama knows,
// longest first.
func reBulan() string {
	names := make([]string, 0, len(bulanAlias))
	for n := range bulanAlias {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return strings.Join(names, "|")
}

var nomorTW = map[string]int{
	"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
	"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
}

// nomorDalam returns the quarter numbers named in a match of reTW.
func nomorDalam(s string) []int {
	var out []int
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if n, ok := nomorTW[w]; ok {
			out = append(out, n)
		}
	}
	return out
}

// periodeLain returns the phrases of s that name another quarter or year
// than the report's. A list or range of quarters that ends at the
// reporting quarter ("triwulan I s.d. II" in a TW II report) is the period
// to date, not another one; a whole-year date range is the annual target's
// period; a year preceded by a number is a regulation ("Nomor 6 Tahun
// 2018"); years before 2000 are history ("Tahun 1945"). In a plan
// (rencana), later periods are expected and only earlier ones count.
func (p *pemeriksa) periodeLain(s string, rencana bool) []string {
	var out []string
	tahun := p.l.Identitas.Tahun
	salah := func(tw int) bool { // a quarter of the report's year
		return tw != p.q && !(rencana && tw > p.q)
	}
	if p.q != 0 && p.o.Jenis != Tahunan { // an annual report covers every quarter
		for _, m := range reTW.FindAllString(s, -1) {
			ns := nomorDalam(m)
			hingga, lain := false, false
			maks := 0
			for _, n := range ns {
				hingga = hingga || n == p.q
				lain = lain || salah(n)
				maks = max(maks, n)
			}
			if hingga && maks == p.q || !lain {
				continue
			}
			out = appendUnique(out, strings.TrimSpace(m))
		}
	}
	if tahun != 0 {
		for _, ix := range reTahun.FindAllStringSubmatchIndex(s, -1) {
			if reAkhirAngka.MatchString(s[:ix[0]]) {
				continue // a regulation: "Nomor 6 Tahun 2018"
			}
			y1, _ := strconv.Atoi(s[ix[2]:ix[3]])
			y2 := y1
			if ix[4] >= 0 {
				y2, _ = strconv.Atoi(s[ix[4]:ix[5]])
			}
			switch {
			case y1 < 2000 || y1 > 2100:
				continue
			case y1 <= tahun && tahun <= y2:
				continue // the report's year, or a span holding it
			case rencana && y1 > tahun:
				continue
			case p.o.Jenis == Tahunan && y1 >= tahun-2 && y2 <= tahun+1:
				continue // the annual report compares with two years back and plans the next
			}
			out = appendUnique(out, s[ix[0]:ix[1]])
		}
	}
	var rentang [][]string
	if mayNameMonth(s) {
		rentang = reRentang.FindAllStringSubmatch(s, -1)
	}
	for _, m := range rentang {
		awal, _ := BulanDariNama(m[2])
		akhir, _ := BulanDariNama(m[5])
		y := 0
		if m[6] != "" {
			y, _ = strconv.Atoi(m[6])
		}
		switch {
		case tahun != 0 && y != 0 && y != tahun:
			if rencana && y > tahun {
				continue
			}
		case awal == 1 && akhir == 12:
			continue // the whole year
		case p.q != 0 && salah((int(akhir)-1)/3+1):
		default:
			continue
		}
		out = appendUnique(out, strings.TrimSpace(m[0]))
	}
	return out
}

// ---------------------------------------------------------------------------
// LK024: units.

// jenisUnit are the kinds of unit whose names LK024 compares, each with the
// words that introduce it.
var jenisUnit = map[string]string{
	"kecamatan": "kecamatan", "kec": "kecamatan",
	"kelurahan": "kelurahan", "kel": "kelurahan",
	"desa":        "desa",
	"dinas":       "dinas",
	"badan":       "badan",
	"bagian":      "bagian",
	"bidang":      "bidang",
	"kantor":      "kantor",
	"sekretariat": "sekretariat",
	"inspektorat": "inspektorat",
	"puskesmas":   "puskesmas",
	"upt":         "upt", "uptd": "upt",
	"kabupaten": "kabupaten", "kab": "kabupaten",
	"kota":     "kota",
	"provinsi": "provinsi", "prov": "provinsi",
}

// reJenis finds a word that may introduce a unit's name.
var reJenis = lazyRE(`(?i)\b(kecamatan|kec|kelurahan|kel|desa|dinas|badan|bagian|bidang|kantor|sekretariat|inspektorat|puskesmas|uptd|upt|kabupaten|kab|kota|provinsi|prov)\b\.?`)

// bukanNama are words that end a unit's name (or show there is none).
var bukanNama = map[string]bool{
	"dan": true, "atau": true, "serta": true, "yang": true, "di": true, "ke": true, "dari": true,
	"pada": true, "untuk": true, "dengan": true, "se": true, "setempat": true, "ini": true,
	"itu": true, "tersebut": true, "lainnya": true, "lain": true, "masing": true, "setiap": true,
	"seluruh": true, "dalam": true, "sebagai": true, "selaku": true, "tentang": true,
	"nomor": true, "no": true, "tahun": true, "wilayah": true, "sekabupaten": true, "sekecamatan": true,
	"kabupaten": true, "kota": true, "provinsi": true, "kecamatan": true, "kelurahan": true, "desa": true,
}

// unit is the report's own unit of one kind: Identitas Unit Kerja
// ("Kecamatan Senduro") or Pemerintah Daerah ("Kabupaten Lumajang").
type unit struct {
	jenis string   // "kecamatan"
	nama  []string // lower-case name words: ["senduro"]
	teks  string   // as typed, for messages
}

// unitLaporan returns the units a report belongs to whose kind is known.
func unitLaporan(id Identitas) []unit {
	var out []unit
	for _, s := range []string{id.Unit, id.Pemda} {
		m := reJenis.FindStringSubmatchIndex(s)
		if m == nil || strings.TrimSpace(s[:m[0]]) != "" {
			continue // the text does not start with a kind
		}
		nama := namaUnit(s[m[1]:], false)
		if len(nama) == 0 {
			continue
		}
		out = append(out, unit{jenis: jenisUnit[strings.ToLower(s[m[2]:m[3]])], nama: nama, teks: strings.TrimSpace(s)})
	}
	return out
}

// namaUnit reads the name after a unit's kind: up to four words, each
// capitalised when proper is set, ending at a word that cannot be part of a
// name or after a punctuation mark. It returns the words in lower case.
func namaUnit(s string, proper bool) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if len(out) == 4 {
			break
		}
		if strings.IndexAny(w, "(\"'“[") == 0 {
			break // a parenthesis or quotation is not part of the name
		}
		core := w
		trimmed := strings.TrimRight(core, ".,;:!?)\"'”")
		if trimmed == "" {
			break
		}
		r := []rune(trimmed)[0]
		low := strings.ToLower(trimmed)
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) || bukanNama[low] || strings.HasPrefix(low, "se-") ||
			proper && !unicode.IsUpper(r) {
			break
		}
		out = append(out, low)
		if len(trimmed) != len(core) {
			break // punctuation ends the name
		}
	}
	return out
}

// awalan reports whether one word list is a prefix of the other.
func awalan(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// lain returns the phrases of s that name another unit of u's kind;
// jenis are the matches of reJenis in s.
func (u unit) lain(s string, jenis [][]int) []string {
	var out []string
	for _, m := range jenis {
		if jenisUnit[strings.ToLower(s[m[2]:m[3]])] != u.jenis {
			continue
		}
		nama := namaUnit(s[m[1]:], true)
		if len(nama) == 0 || awalan(nama, u.nama) {
			continue
		}
		// Quote the kind and the name as typed.
		end := m[1]
		rest := s[m[1]:]
		for i, w := range strings.Fields(rest)[:len(nama)] {
			j := strings.Index(rest, w)
			rest = rest[j+len(w):]
			end = len(s) - len(rest)
			if i == len(nama)-1 {
				end -= len(w) - len(strings.TrimRight(w, ".,;:!?)\"'”"))
			}
		}
		out = appendUnique(out, strings.Join(strings.Fields(s[m[0]:end]), " "))
	}
	return out
}

// awalBulan are the first three letters of every month name of bulanAlias
// (TestAwalBulan keeps them so).
var awalBulan = []string{"jan", "feb", "peb", "mar", "apr", "mei", "may", "jun", "jul", "agu", "agt", "ags",
	"aug", "sep", "okt", "oct", "nov", "nop", "des", "dec"}

// mayNameMonth reports whether s holds the start of a month name in any
// case, as reRentang's (?i) reads it: "ſ" (U+017F) is an "s" and the
// Kelvin sign an "k" there. Without one reRentang cannot match, and most
// narrative cells are never run through it.
func mayNameMonth(s string) bool {
	low := foldASCII(s)
	for _, a := range awalBulan {
		if bytes.Contains(low, []byte(a)) {
			return true
		}
	}
	return false
}

// foldASCII is s as a (?i) expression of ASCII letters reads it: ASCII
// letters in lower case, "ſ" (U+017F) as "s", the Kelvin sign as "k", and
// every other non-ASCII character as a 0 byte, which no ASCII word holds.
func foldASCII(s string) []byte {
	low := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			low = append(low, byte(r)+('a'-'A'))
		case r < 0x80:
			low = append(low, byte(r))
		case r == 'ſ':
			low = append(low, 's')
		case r == '\u212a':
			low = append(low, 'k')
		default:
			low = append(low, 0)
		}
	}
	return low
}

// mayNameUnit reports whether s holds, in any case, a word that
// introduces a unit of one of the kinds of units (jenisUnit): without one,
// no match of reJenis in s can be of those kinds.
func mayNameUnit(s string, units []unit) bool {
	low := foldASCII(s)
	for alias, jenis := range jenisUnit {
		for _, u := range units {
			if u.jenis == jenis && bytes.Contains(low, []byte(alias)) {
				return true
			}
		}
	}
	return false
}

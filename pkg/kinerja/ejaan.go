package kinerja

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// LK029: non-standard spelling in text that goes into the report. The
// word list is data (ejaan.txt, embedded): one pair per line with its
// source, easy to extend without touching code.

//go:embed ejaan.txt
var ejaanTxt string

// Ejaan is one pair of the word list.
type Ejaan struct {
	TidakBaku string // lower case
	Baku      string
	Sumber    string // "KBBI", "EYD V", "PUEBI"
}

// DaftarEjaan returns the parsed word list, keyed by the lower-case
// non-standard form. It is read on first use (or by Prepare), not in the
// package's initialisation, which every lapkin process runs.
var DaftarEjaan = sync.OnceValue(func() map[string]Ejaan { return readEjaan(ejaanTxt) })

// readEjaan parses the word list: "tidak baku | baku | sumber" (or tab
// separated); "#" starts a comment; blank lines are skipped. A malformed
// line is skipped (TestDaftarEjaan keeps the file clean).
func readEjaan(src string) map[string]Ejaan {
	out := map[string]Ejaan{}
	for _, ln := range strings.Split(src, "\n") {
		if i := strings.IndexByte(ln, '#'); i >= 0 {
			ln = ln[:i]
		}
		if strings.TrimSpace(ln) == "" {
			continue
		}
		sep := "|"
		if !strings.Contains(ln, sep) {
			sep = "\t"
		}
		parts := strings.Split(ln, sep)
		if len(parts) != 3 {
			continue
		}
		e := Ejaan{TidakBaku: strings.ToLower(strings.TrimSpace(parts[0])), Baku: strings.TrimSpace(parts[1]),
			Sumber: strings.TrimSpace(parts[2])}
		if e.TidakBaku == "" || e.Baku == "" || e.Sumber == "" {
			continue
		}
		out[e.TidakBaku] = e
	}
	return out
}

var (
	// reKutip is a quoted passage: not the writer's own spelling.
	reKutip = lazyRE(`"[^"]*"|“[^”]*”|«[^»]*»`)
	// reJudulAturan is the title of a regulation, from its kind up to the
	// end of the title (";" or the end of a sentence): "Peraturan Bupati
	// Nomor 96 Tahun 2019 tentang Kedudukan, …". A title is quoted as
	// enacted, misspellings included.
	reJudulAturan = lazyRE(`(?i)\b(?:peraturan|undang-undang|uu|perda|perbup|perwali|pergub|perkada|permen\w*|kepmen\w*|perpres|keppres|inpres|instruksi|keputusan|surat\s+edaran|pp)\b[^;]*?\btentang\b[^;]*?(?:[.!?](?:\s|$)|;|$)`)
	// reNamaDiri are the words that introduce a proper name whose
	// capitalised words follow ("Desa Diwilayah", "Jalan Diponegoro").
	reNamaDiri = lazyRE(`(?:^|[^\p{L}])(?:Desa|Dusun|Dukuh|Kampung|Kelurahan|Kecamatan|Kabupaten|Kota|Jalan|Jl\.?|Gang|Gg\.?|PT\.?|CV\.?|UD\.?|Toko|Yayasan|Masjid|Pondok|Bapak|Ibu|Sdr\.?|Sdri\.?|Pak|Bu)\s+$`)
)

// salahEja is one non-standard word found in a text.
type salahEja struct {
	kata  string // as typed
	ejaan Ejaan
}

// findMisspelling returns the non-standard words of s, each once, skipping
// quoted passages, regulation titles and proper names.
func findMisspelling(s string) []salahEja {
	var skip []bool
	for _, re := range []*lazyRegexp{reKutip, reJudulAturan} {
		if !mayMatch(re, s) {
			continue
		}
		for _, m := range re.FindAllStringIndex(s, -1) {
			if skip == nil {
				skip = make([]bool, len(s))
			}
			for i := m[0]; i < m[1]; i++ {
				skip[i] = true
			}
		}
	}
	var out []salahEja
	var seen map[string]bool
	namaDiri := false // inside a run of capitalised words after an introducer
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			if !unicode.IsSpace(r) && r != '.' {
				namaDiri = false
			}
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += w2
		}
		word := s[i:j]
		kapital := unicode.IsUpper(r)
		if kapital && introducedName(s, i) {
			namaDiri = true
		} else if !kapital {
			namaDiri = false
		}
		low := strings.ToLower(word)
		// A word joined by "-" to another ("diatas-nya") is checked on its own.
		if e, ok := DaftarEjaan()[low]; ok && (skip == nil || !skip[i]) && !namaDiri && !seen[low] {
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[low] = true
			out = append(out, salahEja{kata: word, ejaan: e})
		}
		i = j
	}
	return out
}

// mayMatch reports whether re can match s at all, by what every match of
// it must contain — a quote mark for reKutip, "tentang" for reJudulAturan
// (its letters fold only to their ASCII capitals) — so that most cells are
// never run through the regular expressions, the costliest part of
// checking a large workbook. A false "true" only costs the match.
func mayMatch(re *lazyRegexp, s string) bool {
	switch re {
	case reKutip:
		return strings.ContainsAny(s, "\"“«")
	case reJudulAturan:
		return containsFoldASCII(s, "tentang")
	}
	return true
}

// containsFoldASCII reports whether s contains sub (lower-case ASCII
// letters) in any mix of ASCII upper and lower case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// bakuSeperti writes the standard form with the typed word's case: all
// upper stays upper, an initial capital stays.
func bakuSeperti(typed, baku string) string {
	if typed == strings.ToUpper(typed) && utf8.RuneCountInString(typed) > 1 {
		return strings.ToUpper(baku)
	}
	r, _ := utf8.DecodeRuneInString(typed)
	if unicode.IsUpper(r) {
		b, w := utf8.DecodeRuneInString(baku)
		return string(unicode.ToUpper(b)) + baku[w:]
	}
	return baku
}

// teksLaporan is a text cell that goes into the report.
type teksLaporan struct {
	sel Sel
	key string
}

// teksUntukLaporan lists the cells whose text the report prints: duties,
// sasaran and indicator names, kegiatan names, Keterangan, strategies,
// analyses, follow-up, the response options and the Narasi paragraphs.
// Identitas is left out: it holds names and titles.
func (p *pemeriksa) teksUntukLaporan() []teksLaporan {
	var out []teksLaporan
	add := func(s Sel, key string) {
		if strings.TrimSpace(s.Teks) != "" {
			out = append(out, teksLaporan{sel: s, key: key})
		}
	}
	for _, t := range p.l.Tugas {
		add(t, "")
	}
	sasaran := map[Ref]bool{}
	for _, ind := range p.l.Target {
		if !sasaran[ind.Sasaran.Ref] { // a merged Sasaran once
			sasaran[ind.Sasaran.Ref] = true
			add(ind.Sasaran, ind.Kode.Teks)
		}
		add(ind.Indikator, ind.Kode.Teks)
	}
	for _, r := range p.l.Realisasi {
		add(r.Keterangan, r.Kode.Teks)
	}
	for i := range p.l.Anggaran {
		k := &p.l.Anggaran[i]
		add(k.Kegiatan, kunciKegiatan(k))
		add(k.Keterangan, kunciKegiatan(k))
	}
	for _, s := range p.l.Strategi {
		add(s.Strategi, s.Kode.Teks)
	}
	for _, a := range p.l.Analisis {
		add(a.Uraian, a.Kode.Teks)
	}
	for _, t := range p.l.TindakLanjut {
		add(t, "")
	}
	for _, t := range p.l.Tanggapan {
		add(t.Teks, "")
	}
	for _, n := range p.l.Narasi {
		add(n.Teks, "")
	}
	return out
}

// periksaEjaan: LK029, one finding per cell quoting each non-standard word
// and its standard form with the source.
func (p *pemeriksa) periksaEjaan() {
	for _, t := range p.teksUntukLaporan() {
		found := findMisspelling(t.sel.Teks)
		if len(found) == 0 {
			continue
		}
		pairs := make([]string, len(found))
		for i, f := range found {
			pairs[i] = `"` + f.kata + `" → "` + bakuSeperti(f.kata, f.ejaan.Baku) + `" (` + f.ejaan.Sumber + `)`
		}
		p.add("LK029", Info, t.sel.Ref, t.key,
			"Ejaan tidak baku: %s. Teks ini dicetak dalam laporan; perbaiki ejaannya di sel ini "+
				"(nama diri dan judul peraturan yang dikutip tidak perlu diubah).",
			strings.Join(pairs, ", "))
	}
}

// introducedName reports whether the word at s[i:] follows an introducer
// of a proper name ("Desa ", "Bapak ", …: reNamaDiri). Only the last 64
// bytes before the word are matched, with the rune before them standing in
// for the rest: matching the whole prefix for every word made a long cell
// quadratic (a 32,000-character cell took seconds). An introducer more than
// 64 bytes of blanks away from the name is not seen.
func introducedName(s string, i int) bool {
	if !mayIntroduce(s[:i]) {
		return false
	}
	k := max(0, i-64)
	for k > 0 && k < i && !utf8.RuneStart(s[k]) {
		k++
	}
	w := s[k:i]
	if k > 0 {
		prev, _ := utf8.DecodeLastRuneInString(s[:k])
		if unicode.IsLetter(prev) {
			w = "x" + w // the window starts inside a word: no match at its start
		} else {
			w = " " + w
		}
	}
	return reNamaDiri.MatchString(w)
}

// introducers are the words of reNamaDiri, each with and without the
// optional full stop of its abbreviations.
var introducers = map[string]bool{
	"Desa": true, "Dusun": true, "Dukuh": true, "Kampung": true, "Kelurahan": true, "Kecamatan": true,
	"Kabupaten": true, "Kota": true, "Jalan": true, "Jl": true, "Jl.": true, "Gang": true, "Gg": true,
	"Gg.": true, "PT": true, "PT.": true, "CV": true, "CV.": true, "UD": true, "UD.": true, "Toko": true,
	"Yayasan": true, "Masjid": true, "Pondok": true, "Bapak": true, "Ibu": true, "Sdr": true, "Sdr.": true,
	"Sdri": true, "Sdri.": true, "Pak": true, "Bu": true,
}

// mayIntroduce is what reNamaDiri needs of the text before a word: it ends
// in blanks (\s: ASCII) after an introducer that is the whole run of ASCII
// letters there (a letter before it fails the match), with its full stop.
// Only then is the regular expression run: most words are not after one.
func mayIntroduce(before string) bool {
	j := len(before)
	for j > 0 && isSpaceRE(before[j-1]) {
		j--
	}
	if j == len(before) {
		return false
	}
	e := j
	if e > 0 && before[e-1] == '.' {
		e--
	}
	b := e
	for b > 0 && isASCIILetter(before[b-1]) {
		b--
	}
	return introducers[before[b:j]]
}

// isSpaceRE is \s of Go's regular expressions.
func isSpaceRE(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

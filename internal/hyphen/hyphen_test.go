package hyphen

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// divide writes a word with "-" at each of the given byte offsets.
func divide(word string, points []int) string {
	var b strings.Builder
	last := 0
	for _, p := range points {
		b.WriteString(word[last:p])
		if c := word[p-1]; c != '-' && c != '/' {
			b.WriteByte('-')
		} else {
			b.WriteByte('|') // a break after an existing hyphen or slash
		}
		last = p
	}
	b.WriteString(word[last:])
	return b.String()
}

// syllables divides a word by the base-word rules alone, without the
// typesetting limits, so the rules' own examples can be checked.
func syllables(word string) string {
	var buf [maxLetters]unit
	units, _, ok := scan(word, 0, len(word), buf[:0])
	if !ok {
		return "(not a word)"
	}
	var points []int
	forEachBoundary(units, func(b int) { points = append(points, units[b].start) })
	return divide(word, points)
}

// The examples the spelling rules give for base words, divided by hand
// from the rule each group names.
func TestSyllableRules(t *testing.T) {
	cases := []struct{ word, want string }{
		// Two vowels in a row are divided between them.
		{"maaf", "ma-af"}, {"buah", "bu-ah"}, {"saat", "sa-at"}, {"niat", "ni-at"},
		{"daerah", "da-e-rah"}, {"realisasi", "re-a-li-sa-si"},
		// ... except the diphthongs ai, au, ei, oi and the monophthong eu.
		{"pandai", "pan-dai"}, {"aula", "au-la"}, {"saudara", "sau-da-ra"}, {"survei", "sur-vei"},
		{"amboi", "am-boi"}, {"capaian", "ca-pai-an"}, {"kemauan", "ke-mau-an"},
		{"seudati", "seu-da-ti"}, {"cileuncang", "ci-leun-cang"},
		// Spelling cannot tell ma-in from pan-dai or ke-u-ang-an from
		// seu-da-ti, so these pairs are never divided: the divisions left
		// are valid in both readings (ma-in, ba-ik, la-ut, se-im-bang,
		// ke-i-ngin-an, ke-u-ang-an lose the one inside the pair).
		{"main", "main"}, {"baik", "baik"}, {"laut", "laut"}, {"seimbang", "seim-bang"},
		{"keinginan", "kei-ngi-nan"}, {"keuangan", "keu-a-ngan"}, {"koefisien", "koe-fi-si-en"},
		// One consonant (kh, ng, ny, sy count as one) between vowels goes
		// with the next vowel.
		{"bapak", "ba-pak"}, {"lawan", "la-wan"}, {"dengan", "de-ngan"}, {"kenyang", "ke-nyang"},
		{"mutakhir", "mu-ta-khir"}, {"musyawarah", "mu-sya-wa-rah"}, {"anak", "a-nak"}, {"itu", "i-tu"},
		// Two consonants are divided between them.
		{"April", "Ap-ril"}, {"caplok", "cap-lok"}, {"makhluk", "makh-luk"}, {"mandi", "man-di"},
		{"sanggup", "sang-gup"}, {"sombong", "som-bong"}, {"swasta", "swas-ta"}, {"ikhlas", "ikh-las"},
		{"program", "prog-ram"},
		// Three or more consonants: between the first and the second.
		{"ultra", "ul-tra"}, {"infra", "in-fra"}, {"bentrok", "ben-trok"}, {"instrumen", "in-stru-men"},
		{"bangkrut", "bang-krut"}, {"administrasi", "ad-mi-nis-tra-si"}, {"transparansi", "tran-spa-ran-si"},
		{"infrastruktur", "in-fras-truk-tur"},
	}
	for _, c := range cases {
		if got := syllables(c.word); got != c.want {
			t.Errorf("syllables(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

// The division lapkin may use at a line end: the syllable rules, at least
// 2 letters before the hyphen and 3 after, no break right after a prefix
// that may or may not have changed the base (me/pe + nasal + vowel, be/te/pe
// + r + vowel), no break inside consonant + l/r between vowels. Each result
// is the rule's division (worked out by hand, in the comment where it
// differs) with those limits applied.
func TestPoints(t *testing.T) {
	cases := []struct{ word, want string }{
		// Words of government reports.
		{"kinerja", "ki-nerja"},                                  // ki-ner-ja; "ja" too short
		{"anggaran", "ang-ga-ran"},                               // ng+g: two consonants
		{"realisasi", "re-a-li-sasi"},                            // re-a-li-sa-si
		{"capaian", "ca-paian"},                                  // ca-pai-an; "an" too short
		{"pencapaian", "pen-ca-paian"},                           // pen-ca-pai-an
		{"pelaksanaan", "pe-lak-sa-naan"},                        // pe-lak-sa-na-an
		{"penyelenggaraan", "penye-leng-ga-raan"},                // pe-nye-leng-ga-ra-an; pe+ny+e uncertain
		{"pemerintahan", "peme-rin-ta-han"},                      // pe-me-rin-ta-han; pe+m+e uncertain
		{"Pemerintah", "Peme-rin-tah"},                           // capitalised: same rules
		{"kecamatan", "ke-ca-ma-tan"},                            // one consonant each time
		{"Kecamatan", "Ke-ca-ma-tan"},                            //
		{"masyarakat", "ma-sya-ra-kat"},                          // sy is one consonant
		{"musyawarah", "mu-sya-wa-rah"},                          //
		{"pelayanan", "pe-la-ya-nan"},                            //
		{"administrasi", "ad-mi-nis-trasi"},                      // ad-mi-nis-tra-si
		{"kependudukan", "ke-pen-du-du-kan"},                     //
		{"perencanaan", "peren-ca-naan"},                         // pe-ren-ca-na-an; pe+r+e uncertain
		{"pengelolaan", "penge-lo-laan"},                         // pe-nge-lo-la-an; pe+ng+e uncertain
		{"keuangan", "keu-a-ngan"},                               // keu-a-ngan: eu kept whole
		{"pertanggungjawaban", "per-tang-gung-ja-wa-ban"},        //
		{"pertanggungjawabannya", "per-tang-gung-ja-wa-ban-nya"}, // n+ny: two consonants
		{"infrastruktur", "in-fras-truk-tur"},                    // three consonants twice
		{"transparansi", "tran-spa-ransi"},                       // tran-spa-ran-si
		{"evaluasi", "eva-lu-asi"},                               // e-va-lu-a-si; "e" alone
		{"koordinasi", "ko-or-di-nasi"},                          // ko-or-di-na-si
		{"efisiensi", "efi-si-ensi"},                             // e-fi-si-en-si
		{"kesehatan", "ke-se-ha-tan"},                            //
		{"pembangunan", "pem-ba-ngu-nan"},                        // m+b; ng one consonant
		{"pengawasan", "penga-wa-san"},                           // pe-nga-wa-san; pe+ng+a uncertain
		{"penghargaan", "peng-har-gaan"},                         // peng-har-ga-an
		{"peningkatan", "pening-ka-tan"},                         // pe-ning-ka-tan; pe+n+i uncertain
		{"pembinaan", "pem-bi-naan"},                             // pem-bi-na-an
		{"pendidikan", "pen-di-di-kan"},                          //
		{"kegiatan", "ke-gi-a-tan"},                              //
		{"indikator", "in-di-ka-tor"},                            //
		{"sasaran", "sa-sa-ran"},                                 //
		{"dokumen", "do-ku-men"},                                 //
		{"strategis", "stra-te-gis"},                             // str before the first vowel stays
		{"program", "program"},                                   // prog-ram by the rule, pro-gram in loanwords
		{"sekretariat", "sekre-ta-riat"},                         // sek-re-ta-ri-at; k+r uncertain
		{"kemauan", "ke-mauan"},                                  // ke-mau-an
		{"kedaulatan", "ke-dau-la-tan"},                          // au before one consonant: diphthong
		{"saudara", "sau-dara"},                                  // sau-da-ra
		{"menyelesaikan", "menye-le-sai-kan"},                    // me-nye-le-sai-kan; me+ny+e uncertain
		{"daerah", "da-e-rah"},                                   //
		{"tujuannya", "tu-ju-an-nya"},                            //
		{"laksanakan", "lak-sa-na-kan"},                          // suffix -kan where the syllable rule agrees
		{"berjalan", "ber-ja-lan"},                               // prefix ber- where the syllable rule agrees
		{"berakhir", "bera-khir"},                                // be-ra-khir; be+r+a uncertain (ber-akhir)
		{"mengatasi", "menga-tasi"},                              // me-nga-ta-si; me+ng+a uncertain (meng-atasi)
		{"mulai", "mu-lai"},                                      // final ai
		{"sampai", "sam-pai"},                                    //
		{"survei", "sur-vei"},                                    // final ei
		{"seimbang", "seim-bang"},                                // ei kept whole
		{"keinginan", "kei-ngi-nan"},                             // kei-ngi-nan
		{"koefisien", "koe-fi-sien"},                             // koe-fi-si-en
		{"Soeharto", "Soe-harto"},                                // Soe-har-to: old-spelling oe kept whole
		// The rules' own examples.
		{"bapak", "ba-pak"}, {"kenyang", "ke-nyang"}, {"sanggup", "sang-gup"}, {"makhluk", "makh-luk"},
		{"instrumen", "in-stru-men"}, {"ultra", "ul-tra"}, {"bangkrut", "bang-krut"}, {"mutakhir", "mu-ta-khir"},
		{"ikhlas", "ikh-las"},
		{"mandi", "mandi"}, {"maaf", "maaf"}, {"buah", "buah"}, // man-di, ma-af, bu-ah: 2 letters after
		{"anak", "anak"}, {"itu", "itu"}, // a-nak, i-tu: never one vowel alone
		{"April", "April"}, // Ap-ril: p+r uncertain
		// Never divided.
		{"RPJMD", "RPJMD"}, {"SiLPA", "SiLPA"}, {"eKinerja", "eKinerja"}, {"OPD", "OPD"},
		{"2024", "2024"}, {"TW3", "TW3"}, {"Rp7.500.000", "Rp7.500.000"}, {"kegiatan2", "kegiatan2"},
		{"https://lapkin.example/laporan", "https://lapkin.example/laporan"},
		{"www.lumajangkab.go.id", "www.lumajangkab.go.id"},
		{"admin@lumajangkab.go.id", "admin@lumajangkab.go.id"},
		{"Jum'at", "Jum'at"}, {"Москва", "Москва"}, {"kecamatanΩ", "kecamatanΩ"},
		{"", ""}, {"-", "-"}, {"a", "a"},
		// Hyphen and slash: only after them, no hyphen added ('|').
		{"sehari-hari", "sehari-|hari"}, {"dan/atau", "dan/|atau"}, {"Kasi/Kasubag", "Kasi/|Kasubag"},
		{"e-KTP", "e-KTP"}, {"non-ASEAN", "non-|ASEAN"}, {"a--b", "a--b"}, {"Rp-2", "Rp-2"},
		// Punctuation around the word stays with its part.
		{"(pelaksanaan,", "(pe-lak-sa-naan,"}, {"pengelolaan.", "penge-lo-laan."}, {"“kinerja”", "“ki-nerja”"},
		{"sehari-hari.", "sehari-|hari."},
		// Accented letters: offsets stay on character boundaries.
		{"kafétaria", "ka-fé-ta-ria"}, {"Éfisiensi", "Éfi-si-ensi"},
	}
	if len(cases) < 60 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		if got := divide(c.word, Points(c.word)); got != c.want {
			t.Errorf("Points(%q) gives %q, want %q", c.word, got, c.want)
		}
	}
}

func TestPointsNilWhenNone(t *testing.T) {
	for _, w := range []string{"RPJMD", "mandi", "sehari-", "x"} {
		if p := Points(w); p != nil {
			t.Errorf("Points(%q) = %v, want nil", w, p)
		}
	}
}

// TestAppendPoints: AppendPoints keeps what dst held and adds the word's
// points, the same as Points; a word without points leaves dst as it was.
func TestAppendPoints(t *testing.T) {
	dst := []int{-7}
	for _, w := range []string{"penyelenggaraan", "RPJMD", "sehari-hari.", "dan/atau", "kafétaria", "x", ""} {
		before := len(dst)
		dst = AppendPoints(dst, w)
		if dst[0] != -7 || !slices.Equal(dst[before:], Points(w)) {
			t.Errorf("AppendPoints(%q) appended %v, Points gives %v", w, dst[before:], Points(w))
		}
		dst = dst[:1]
	}
}

func TestSplit(t *testing.T) {
	cases := []struct {
		word       string
		i          int
		head, tail string
	}{
		{"kecamatan", 2, "ke-", "camatan"},
		{"sehari-hari", 7, "sehari-", "hari"},
		{"dan/atau", 4, "dan/", "atau"},
		{"kafétaria", 5, "kafé-", "taria"},
		{"kinerja", 0, "kinerja", ""},
		{"kinerja", 7, "kinerja", ""},
	}
	for _, c := range cases {
		head, tail := Split(c.word, c.i)
		if head != c.head || tail != c.tail {
			t.Errorf("Split(%q, %d) = %q, %q; want %q, %q", c.word, c.i, head, tail, c.head, c.tail)
		}
	}
}

// checkPoints holds for every input: ascending offsets strictly inside the
// word on character boundaries, with the letter limits on both sides.
func checkPoints(t *testing.T, word string) {
	t.Helper()
	points := Points(word)
	if points != nil && len(points) == 0 {
		t.Fatalf("Points(%q) is empty, not nil", word)
	}
	last := 0
	for _, p := range points {
		if p <= last || p >= len(word) {
			t.Fatalf("Points(%q) = %v: %d out of order or range", word, points, p)
		}
		if !utf8.RuneStart(word[p]) {
			t.Fatalf("Points(%q) = %v: %d inside a character", word, points, p)
		}
		last = p
		before, after := letterCount(word[:p]), letterCount(word[p:])
		minB, minA := minBefore, minAfter
		if c := word[p-1]; c == '-' || c == '/' {
			minB, minA = minSeparated, minSeparated
		}
		if before < minB || after < minA {
			t.Fatalf("Points(%q) = %v: %d leaves %d|%d letters", word, points, p, before, after)
		}
	}
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if _, _, ok := letterOf(r); ok {
			n++
		}
	}
	return n
}

func FuzzPoints(f *testing.F) {
	for _, w := range []string{"pertanggungjawaban", "sehari-hari", "(kafétaria,", "RPJMD", "a--b",
		"dan/atau", "\xff\xfe", "ngngngng", "aiaiaiau", "pe-", "ÉÉÉÉÉ", strings.Repeat("ba", 40)} {
		f.Add(w)
	}
	f.Fuzz(checkPoints)
}

func TestPointsLongWord(t *testing.T) {
	w := strings.Repeat("ba", maxLetters/2)
	if Points(w) == nil {
		t.Errorf("a %d-letter word is divided", maxLetters)
	}
	if p := Points(w + "b"); p != nil {
		t.Errorf("a %d-letter word gives %v, want nil", maxLetters+1, p)
	}
	checkPoints(t, w)
}

var sink []int

func BenchmarkPoints(b *testing.B) {
	words := strings.Fields(`Realisasi anggaran pelaksanaan kegiatan penyelenggaraan pemerintahan
		kecamatan pada triwulan III mencapai 84,69% dari pagu RPJMD, sehingga kinerja pelayanan
		administrasi kependudukan dan pengelolaan keuangan serta pertanggungjawaban dapat
		dipertanggungjawabkan secara transparan (lihat https://lapkin.example/laporan).`)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			sink = Points(w)
		}
	}
}

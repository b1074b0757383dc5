package report

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Characters the report font lacks. fpdf prints such a character as the
// font's empty box and measures it with a width that is not the box's
// (SplitText counts 0, GetStringWidth the font's missing width), so lines
// broke in odd places. bersihkan replaces each of them, before anything is
// measured or drawn, by a substitute the font has (pengganti).

// gantiJenis says what became of a character the font lacks.
type gantiJenis int8

const (
	// diganti: printed as another text the font has ("✓" → "√").
	diganti gantiJenis = iota
	// dihapus: left out (an emoji, a combining mark that fits no letter).
	dihapus
	// diam: replaced without a note, being invisible or a mere modifier
	// (a variation selector, a skin tone, an unusual space).
	diam
)

// alternatif lists substitutes by preference: the first one the font has
// all characters of is used, so that a substitute never needs one.
var alternatif = map[rune][]string{}

func init() {
	tambah := func(teks string, alt ...string) {
		for _, r := range teks {
			alternatif[r] = alt
		}
	}
	tambah("✓✔☑✅🗸🗹", "√", "v")
	tambah("✗✘✕✖❌❎🗴🗶", "×", "x")
	tambah("☒🗷🗵", "[x]")
	tambah("☐❏❐❑❒⬜◻◽", "[ ]")
	tambah("➔➙➛➜➝➞➟➠➡⮕⇒⇨⟶⟹⇾", "→", "->")
	tambah("⇐⬅⇦⟵⟸⇽", "←", "<-")
	tambah("⇑⬆⇧", "↑", "^")
	tambah("⇓⬇⇩", "↓", "v")
	tambah("⇔⬌⟷⟺", "↔", "<->")
	tambah("▶▷➢➣➤⯈", "►", ">")
	tambah("◀◁⯇", "◄", "<")
	tambah("★☆✦✧✩✪✫✬✭✮✯✰⭐🌟", "*")
	tambah("◆◇❖⬥⬦", "♦", "•")
	tambah("⚫⬤🔴🔵", "●", "•")
	tambah("⚪", "○", "o")
	tambah("◼⬛◾", "■", "•")
	tambah("‐‑‒⁃−", "-")
	tambah("₹", "Rs")
	angka := func(awal rune, dari, sampai int, kiri, kanan string) {
		for n := dari; n <= sampai; n++ {
			alternatif[awal+rune(n-dari)] = []string{kiri + strconv.Itoa(n) + kanan}
		}
	}
	angka('①', 1, 20, "(", ")")
	angka('⑴', 1, 20, "(", ")")
	angka('⒈', 1, 20, "", ".")
	angka('⓪', 0, 0, "(", ")")
	angka('⓫', 11, 20, "(", ")")
	angka('⓵', 1, 10, "(", ")")
	angka('⓿', 0, 0, "(", ")")
	angka('❶', 1, 10, "(", ")")
	angka('➀', 1, 10, "(", ")")
	angka('➊', 1, 10, "(", ")")
	angka('㉑', 21, 35, "(", ")")
	angka('㊱', 36, 50, "(", ")")
	for i := rune(0); i < 26; i++ {
		alternatif['Ⓐ'+i] = []string{"(" + string('A'+i) + ")"}
		alternatif['ⓐ'+i] = []string{"(" + string('a'+i) + ")"}
	}
}

// pengganti is what a character the font lacks becomes, and how. g is the
// font's set (not nil).
func pengganti(g *glyfSet, r rune) (string, gantiJenis) {
	semua := func(s string) bool {
		for _, c := range s {
			if !g.ada(c) {
				return false
			}
		}
		return s != ""
	}
	for _, a := range alternatif[r] {
		if semua(a) {
			return a, diganti
		}
	}
	switch {
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF, // variation selectors
		r >= 0x1F3FB && r <= 0x1F3FF, // skin tones
		r == 0x20E3:                  // the keycap of "1️⃣"
		return "", diam
	case r == '\u2028' || r == '\u2029':
		return "\n", diam
	case unicode.Is(unicode.Zs, r):
		return " ", diam
	}
	// A compatibility form the font has: "⁰" → "0", "℃" → "°C", a
	// full-width "Ａ" → "A"; else the letter without its accents.
	if k := norm.NFKC.String(string(r)); k != string(r) && semua(k) {
		return k, diganti
	}
	dasar := strings.Map(func(c rune) rune {
		if unicode.In(c, unicode.Mn, unicode.Me) {
			return -1
		}
		return c
	}, norm.NFKD.String(string(r)))
	if dasar != string(r) && semua(dasar) {
		return dasar, diganti
	}
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me):
		return "", dihapus
	case emoji(r):
		return "", dihapus
	}
	return "?", diganti
}

// emoji reports whether r is in the blocks of pictographs and emoji,
// which are left out rather than shown as "?".
func emoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r >= 0x2B00 && r <= 0x2BFF ||
		r == 0x3030 || r == 0x303D || r == 0x3297 || r == 0x3299
}

// gantiHuruf replaces in s, already cleaned by bersihkan's other rules,
// every character the font lacks. catat, when not nil, is told of each
// one. s is returned as is when there is none.
func gantiHuruf(g *glyfSet, s string, catat func(asli rune, ganti string, j gantiJenis)) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if c == '\n' || c == '\t' || g.ada(rune(c)) {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !g.ada(r) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	// A letter typed as a base and a combining accent ("e" + U+0301)
	// becomes the precomposed letter the font has.
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		if r == '\n' || r == '\t' || g.ada(r) {
			b.WriteRune(r)
			continue
		}
		ganti, j := pengganti(g, r)
		if catat != nil {
			catat(r, ganti, j)
		}
		b.WriteString(ganti)
	}
	return b.String()
}

// utf16PDF encodes text for the PDF's document information (Title,
// Author …): UTF-16BE with a byte order mark, as fpdf's own encoder does,
// but with surrogate pairs for characters beyond the Basic Multilingual
// Plane, which fpdf's encoder garbles. These strings are shown by the
// viewer in its own fonts, so they keep every character.
func utf16PDF(s string) string {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(u))
	b[0], b[1] = 0xFE, 0xFF
	for _, c := range u {
		b = append(b, byte(c>>8), byte(c))
	}
	return string(b)
}

// gantian is a character the font lacks and what it became.
type gantian struct {
	asli  rune
	ganti string
	jenis gantiJenis
}

// cariGanti lists the characters of s the font lacks that the reader
// would miss (not the invisible ones), each once, in order; nil when
// there is none, without allocating.
func cariGanti(s string, sudah []gantian) []gantian {
	bersihkanCatat(s, func(r rune, ganti string, j gantiJenis) {
		if j == diam {
			return
		}
		for _, x := range sudah {
			if x.asli == r {
				return
			}
		}
		sudah = append(sudah, gantian{r, ganti, j})
	})
	return sudah
}

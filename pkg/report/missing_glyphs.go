package report

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Characters the report font lacks. fpdf prints such a character as the
// font's empty box and measures it with a width that is not the box's
// (SplitText counts 0, GetStringWidth the font's missing width), so lines
// broke in odd places. clean replaces each of them, before anything is
// measured or drawn, by a substitute the font has (pengganti), and Render
// tells the user which ones it replaced (glyphNotes).

// replacementKind says what became of a character the font lacks.
type replacementKind int8

const (
	// diganti: printed as another text the font has ("✓" → "√").
	diganti replacementKind = iota
	// dihapus: left out (an emoji, a combining mark that fits no letter).
	dihapus
	// diam: replaced without a note, being invisible or a mere modifier
	// (a variation selector, a skin tone, an unusual space).
	diam
)

// alternatives lists substitutes by preference: the first one the font has
// all characters of is used, so that a substitute never needs one. It is
// filled on first use (alternatifFor): only text with a character the
// font lacks needs it, and filling it was most of the package's
// initialisation (~600 allocations) in every lapkin process.
var (
	alternatives   = map[rune][]string{}
	alternatifOnce sync.Once
)

// alternatifFor is alternatives[r].
func alternatifFor(r rune) []string {
	alternatifOnce.Do(fillAlternatives)
	return alternatives[r]
}

func fillAlternatives() {
	addAlt := func(teks string, alt ...string) {
		for _, r := range teks {
			alternatives[r] = alt
		}
	}
	addAlt("✓✔☑✅🗸🗹", "√", "v")
	addAlt("✗✘✕✖❌❎🗴🗶", "×", "x")
	addAlt("☒🗷🗵", "[x]")
	addAlt("☐❏❐❑❒⬜◻◽", "[ ]")
	addAlt("➔➙➛➜➝➞➟➠➡⮕⇒⇨⟶⟹⇾", "→", "->")
	addAlt("⇐⬅⇦⟵⟸⇽", "←", "<-")
	addAlt("⇑⬆⇧", "↑", "^")
	addAlt("⇓⬇⇩", "↓", "v")
	addAlt("⇔⬌⟷⟺", "↔", "<->")
	addAlt("▶▷➢➣➤⯈", "►", ">")
	addAlt("◀◁⯇", "◄", "<")
	addAlt("★☆✦✧✩✪✫✬✭✮✯✰⭐🌟", "*")
	addAlt("◆◇❖⬥⬦", "♦", "•")
	addAlt("⚫⬤🔴🔵", "●", "•")
	addAlt("⚪", "○", "o")
	addAlt("◼⬛◾", "■", "•")
	addAlt("‐‑‒⁃−", "-")
	addAlt("₹", "Rs")
	angka := func(awal rune, dari, sampai int, kiri, kanan string) {
		for n := dari; n <= sampai; n++ {
			alternatives[awal+rune(n-dari)] = []string{kiri + strconv.Itoa(n) + kanan}
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
		alternatives['Ⓐ'+i] = []string{"(" + string('A'+i) + ")"}
		alternatives['ⓐ'+i] = []string{"(" + string('a'+i) + ")"}
	}
}

// pengganti is what a character the font lacks becomes, and how. g is the
// font's set (not nil).
func pengganti(g *glyphSet, r rune) (string, replacementKind) {
	hasAll := func(s string) bool {
		for _, c := range s {
			if !g.hasRune(c) {
				return false
			}
		}
		return s != ""
	}
	for _, a := range alternatifFor(r) {
		if hasAll(a) {
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
	if k := norm.NFKC.String(string(r)); k != string(r) && hasAll(k) {
		return k, diganti
	}
	dasar := strings.Map(func(c rune) rune {
		if unicode.In(c, unicode.Mn, unicode.Me) {
			return -1
		}
		return c
	}, norm.NFKD.String(string(r)))
	if dasar != string(r) && hasAll(dasar) {
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

// replaceGlyphs replaces in s, already cleaned by clean's other rules,
// every character the font lacks. catat, when not nil, is told of each
// one. s is returned as is when there is none.
func replaceGlyphs(g *glyphSet, s string, catat func(asli rune, ganti string, j replacementKind)) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if c == '\n' || c == '\t' || g.hasRune(rune(c)) {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !g.hasRune(r) {
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
		if r == '\n' || r == '\t' || g.hasRune(r) {
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

// replacement is a character the font lacks and what it became.
type replacement struct {
	asli  rune
	ganti string
	jenis replacementKind
}

// findReplacements lists the characters of s the font lacks that the reader
// would miss (not the invisible ones), each once, in order; nil when
// there is none, without allocating.
func findReplacements(s string, sudah []replacement) []replacement {
	cleanNoting(s, func(r rune, ganti string, j replacementKind) {
		if j == diam {
			return
		}
		for _, x := range sudah {
			if x.asli == r {
				return
			}
		}
		sudah = append(sudah, replacement{r, ganti, j})
	})
	return sudah
}

// replacementSite is a sheet or a template with characters the font lacks:
// where (cells, or Identitas fields) and which.
type replacementSite struct {
	nama   string // "lembar Tugas", "templat <its path>"
	lokasi []string
	ganti  []replacement
}

// replacementList collects replacementSite in the order they are met.
type replacementList struct {
	tempat []*replacementSite
}

// periksa notes the characters of s the font lacks, found at lokasi (a
// cell, a field; "" if unknown) of the place named nama.
func (d *replacementList) periksa(nama, lokasi, s string) {
	d.addSites(nama, lokasi, findReplacements(s, nil))
}

// addSites notes the characters gs found at lokasi of the place nama.
func (d *replacementList) addSites(nama, lokasi string, gs []replacement) {
	if len(gs) == 0 {
		return
	}
	var t *replacementSite
	for _, x := range d.tempat {
		if x.nama == nama {
			t = x
		}
	}
	if t == nil {
		t = &replacementSite{nama: nama}
		d.tempat = append(d.tempat, t)
	}
	if lokasi != "" && !berisi(t.lokasi, lokasi) {
		t.lokasi = append(t.lokasi, lokasi)
	}
	for _, g := range gs {
		baru := true
		for _, x := range t.ganti {
			if x.asli == g.asli {
				baru = false
			}
		}
		if baru {
			t.ganti = append(t.ganti, g)
		}
	}
}

// sel notes a cell of the given sheet (its Ref names the sheet when set).
func (d *replacementList) sel(s kinerja.Sel, sheet string) {
	gs := findReplacements(s.Teks, nil)
	if len(gs) == 0 {
		return
	}
	if s.Ref.Sheet != "" {
		sheet = s.Ref.Sheet
	}
	d.addSites("lembar "+sheet, s.Ref.Cell, gs)
}

// catatan is one note per place, in Indonesian.
func (d *replacementList) catatan() []string {
	const maksLokasi, maksGanti = 3, 12
	var out []string
	for _, t := range d.tempat {
		var b strings.Builder
		b.WriteString("karakter di ")
		b.WriteString(t.nama)
		if len(t.lokasi) > 0 {
			b.WriteString(" (")
			b.WriteString(strings.Join(t.lokasi[:min(len(t.lokasi), maksLokasi)], ", "))
			if n := len(t.lokasi) - maksLokasi; n > 0 {
				b.WriteString(" dan " + strconv.Itoa(n) + " lainnya")
			}
			b.WriteString(")")
		}
		b.WriteString(" yang tidak ada dalam huruf laporan diganti: ")
		for i, g := range t.ganti[:min(len(t.ganti), maksGanti)] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(showRune(g.asli))
			if g.jenis == dihapus {
				b.WriteString(" dihapus")
			} else {
				b.WriteString(" → " + g.ganti)
			}
		}
		if n := len(t.ganti) - maksGanti; n > 0 {
			b.WriteString(" dan " + strconv.Itoa(n) + " karakter lain")
		}
		s := b.String()
		out = append(out, strings.ToUpper(s[:1])+s[1:])
	}
	return out
}

// showRune shows a character in a note: as itself, or as its code
// when it cannot be seen alone (a combining mark).
func showRune(r rune) string {
	if !unicode.IsGraphic(r) || unicode.In(r, unicode.Mn, unicode.Me) {
		return fmt.Sprintf("U+%04X", r)
	}
	return string(r)
}

// glyphNotes names, sheet by sheet, the characters of the printed data
// (and of the templates given with --templates) that the font lacks and
// what became of them, so that the user knows why the report differs
// from what was typed.
func (r *laporan) glyphNotes() []string {
	var d replacementList
	id := r.l.Identitas
	for _, f := range []struct {
		nama, teks string
	}{
		{kinerja.FieldPemda, id.Pemda}, {kinerja.FieldUnit, id.Unit}, {kinerja.FieldJabatan, id.Jabatan},
		{kinerja.FieldJabatanSingkat, id.JabatanSingkat}, {kinerja.FieldEselon, id.Eselon},
		{kinerja.FieldNama, id.Nama}, {kinerja.FieldNIP, id.NIP}, {kinerja.FieldJabatanAtasan, id.JabatanAtasan},
		{kinerja.FieldNamaAtasan, id.NamaAtasan}, {kinerja.FieldNIPAtasan, id.NIPAtasan}, {kinerja.FieldTempat, id.Tempat},
		{kinerja.FieldDasarHukumPelaporan, id.DasarHukumPelaporan}, {kinerja.FieldDasarHukumTugas, id.DasarHukumTugas},
	} {
		d.periksa("lembar "+kinerja.SheetIdentitas, f.nama, f.teks)
	}
	l := r.l
	for _, s := range l.Tugas {
		d.sel(s, kinerja.SheetTugas)
	}
	for _, t := range l.Target {
		d.sel(t.Kode, kinerja.SheetTarget)
		d.sel(t.Sasaran, kinerja.SheetTarget)
		d.sel(t.Indikator, kinerja.SheetTarget)
		d.sel(t.Satuan, kinerja.SheetTarget)
	}
	for _, x := range l.Realisasi {
		d.sel(x.Keterangan, kinerja.SheetRealisasi)
	}
	for _, k := range l.Anggaran {
		d.sel(k.Kegiatan, kinerja.SheetAnggaran)
		d.sel(k.SatuanKinerja, kinerja.SheetAnggaran)
	}
	for _, s := range l.Strategi {
		d.sel(s.Kode, kinerja.SheetStrategi)
		d.sel(s.Strategi, kinerja.SheetStrategi)
		d.sel(s.Periode, kinerja.SheetStrategi)
	}
	for _, a := range l.Analisis {
		d.sel(a.Kode, kinerja.SheetAnalisis)
		d.sel(a.Uraian, kinerja.SheetAnalisis)
	}
	for _, s := range l.TindakLanjut {
		d.sel(s, kinerja.SheetTindakLanjut)
	}
	for _, t := range l.Tanggapan {
		d.sel(t.Teks, kinerja.SheetTanggapan)
	}
	for _, n := range l.Narasi {
		if _, ok := FindBagian(n.Bagian.Teks); ok {
			d.sel(n.Teks, kinerja.SheetNarasi)
		}
	}
	// Templates: only those given with --templates (the built-in ones
	// use no such character), and not for a part the Narasi sheet
	// replaces.
	for _, b := range DaftarBagian {
		if _, ganti := r.narasi[b.Nama]; !ganti {
			r.tpl.checkGlyphs(&d, b.Berkas)
		}
		if b.Nama == "Capaian Kinerja" {
			r.tpl.checkGlyphs(&d, templateIndikator)
		}
	}
	return d.catatan()
}

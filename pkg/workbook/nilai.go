package workbook

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/xuri/excelize/v2"
)

// pembaca reads one workbook into the model, collecting findings.
type pembaca struct {
	bk      *bukuKerja
	temuan  kinerja.Temuans
	dilapor map[string]bool // Sheet!A1 already reported (a merged value is read by many cells)
}

func (b *pembaca) lapor(rule string, sev kinerja.Severity, at kinerja.Ref, key, format string, args ...any) {
	if at.Cell != "" {
		k := rule + at.String() + "\x00" + fmt.Sprintf(format, args...)
		if b.dilapor[k] {
			return
		}
		b.dilapor[k] = true
	}
	b.temuan = append(b.temuan, kinerja.Baru(rule, sev, at, key, format, args...))
}

// adaTemuan reports whether a finding of rule on sheet was made already.
func (b *pembaca) adaTemuan(rule, sheet string) bool {
	for _, t := range b.temuan {
		if t.Rule == rule && t.Sheet == sheet {
			return true
		}
	}
	return false
}

// Excel error values and what they mean, for LK006 messages.
var galatExcel = map[string]string{
	"#DIV/0!":        "pembagian dengan nol",
	"#REF!":          "rumus merujuk sel yang sudah terhapus",
	"#N/A":           "nilai tidak tersedia, mis. pencarian tidak menemukan data",
	"#VALUE!":        "jenis nilai dalam rumus salah, mis. teks dihitung sebagai angka",
	"#NAME?":         "nama fungsi atau rentang tidak dikenal",
	"#NUM!":          "angka tidak sah dalam rumus",
	"#NULL!":         "irisan rentang kosong",
	"#SPILL!":        "hasil rumus tertumpuk data lain",
	"#CALC!":         "rumus tidak dapat dihitung",
	"#GETTING_DATA":  "data masih dimuat",
	"#BLOCKED!":      "akses data diblokir",
	"#CONNECT!":      "sumber data tidak tersambung",
	"#FIELD!":        "nama bidang tidak dikenal",
	"#UNKNOWN!":      "jenis data tidak dikenal",
	"#BUSY!":         "rumus masih dihitung",
	"#EXTERNAL!":     "rujukan eksternal tidak tersedia",
	"#PYTHON!":       "galat Python",
	"#TIMEOUT!":      "waktu perhitungan habis",
	"#CIRCULAR_REF!": "rujukan melingkar",
}

func isGalat(s string) bool {
	_, ok := galatExcel[strings.ToUpper(strings.TrimSpace(s))]
	return ok
}

var reAngkaMentah = regexp.MustCompile(`^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$`)

// nilaiMentah resolves a cell to its value: for a formula without a cached
// value the formula is evaluated with excelize. jenis is 'n', 's', 'b',
// 'e', 'd', 'x' (a formula that cannot be evaluated: v is why) or 0 (empty).
func (b *pembaca) nilaiMentah(g *grid, s *sel) (jenis byte, v string) {
	if s == nil {
		return 0, ""
	}
	if s.adaNilai {
		return s.jenis, s.nilai
	}
	if !s.adaRumus {
		return 0, ""
	}
	if !s.dihitung {
		s.dihitung = true
		jenis, v, why := b.hitungRumus(g, s)
		if why != "" {
			jenis, v = 'x', why
		}
		s.jenis, s.nilai = jenis, v
	}
	return s.jenis, s.nilai
}

// hitungRumus evaluates a formula that was stored without its value.
func (b *pembaca) hitungRumus(g *grid, s *sel) (jenis byte, v, why string) {
	xf, err := b.bk.excelize()
	if err != nil {
		return 0, "", "buku kerja tidak dapat dibuka untuk menghitung rumus"
	}
	res, err := xf.CalcCellValue(g.asli, s.ref(), excelize.Options{RawCellValue: true})
	code := strings.ToUpper(strings.TrimSpace(res))
	switch {
	case err != nil && isGalat(code) && strings.EqualFold(strings.TrimSpace(err.Error()), code):
		return 'e', code, "" // the formula's genuine result, e.g. 1/0
	case err != nil:
		// excelize cannot evaluate it (a function it does not know, …):
		// not the user's error value.
		return 0, "", "tidak dapat dihitung oleh lapkin"
	case isGalat(code):
		return 'e', code, ""
	}
	switch {
	case res == "":
		return 's', "", ""
	case reAngkaMentah.MatchString(res):
		return 'n', res, ""
	case res == "TRUE" || res == "FALSE":
		return 'b', map[string]string{"TRUE": "1", "FALSE": "0"}[res], ""
	}
	return 's', res, ""
}

func (b *pembaca) format(s *sel) format {
	if s != nil && s.gaya >= 0 && int(s.gaya) < len(b.bk.gaya) {
		return b.bk.gaya[s.gaya]
	}
	return format{}
}

// galat reports an Excel error value (LK006) or a formula that could not
// be evaluated.
func (b *pembaca) galat(g *grid, x isi, key, kolom string, jenis byte, v string) {
	at := kinerja.Ref{Sheet: g.kanonik, Cell: x.ref}
	if jenis == 'x' {
		rumus := x.s.rumus
		if rumus == "" {
			rumus = "(rumus bersama)"
		} else {
			rumus = "=" + rumus
		}
		b.lapor("LK006", kinerja.Error, at, key,
			"%s: rumus %s belum punya nilai tersimpan dan %s; buka buku kerja di Excel atau LibreOffice, biarkan rumus dihitung, lalu simpan ulang (atau ganti rumus dengan angka)",
			kolom, rumus, v)
		return
	}
	arti := galatExcel[v]
	if arti == "" {
		arti = "galat Excel"
	}
	b.lapor("LK006", kinerja.Error, at, key,
		"%s berisi nilai galat Excel %s (%s); perbaiki rumus atau data yang dirujuknya, atau isi sel ini dengan nilai yang benar",
		kolom, v, arti)
}

// angkaSel parses a raw number value; ok false when it is not a number.
func angkaSel(v string) (float64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// bersih removes binary noise from a computed value (0.8469*100 =
// 84.69000000000001 becomes 84.69): 15 significant digits, as Excel keeps.
func bersih(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// tampilAngka writes a number as an Indonesian user sees it: decimal
// comma, thousands dots when the format has them.
func tampilAngka(v float64, ribuan bool) string {
	s := strconv.FormatFloat(bersih(v), 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	ip, fp, _ := strings.Cut(s, ".")
	if ribuan && len(ip) > 3 {
		var sb strings.Builder
		for i, r := range ip {
			if i > 0 && (len(ip)-i)%3 == 0 {
				sb.WriteByte('.')
			}
			sb.WriteRune(r)
		}
		ip = sb.String()
	}
	if fp != "" {
		ip += "," + fp
	}
	if neg {
		ip = "-" + ip
	}
	return ip
}

// teksAngka writes a number cell for a text column: dates as dates,
// percentages as percentages, other numbers plain ("1", "1.5", "2023"), so
// that a Kode typed as a number in one sheet matches the text in another.
func (b *pembaca) teksAngka(s *sel, v float64) string {
	f := b.format(s)
	switch {
	case f.tanggal:
		if t, ok := serialKeTanggal(v, b.bk.pkt.date1904); ok {
			return kinerja.FormatTanggal(t)
		}
	case f.persen:
		return tampilAngka(v*100, false) + "%"
	}
	return strconv.FormatFloat(bersih(v), 'f', -1, 64)
}

// teks reads a cell of a text column. Error values are reported (LK006)
// and kept as text.
func (b *pembaca) teks(g *grid, x isi, key, kolom string) kinerja.Sel {
	out := kinerja.Sel{Ref: kinerja.Ref{Sheet: g.kanonik, Cell: x.ref}}
	jenis, v := b.nilaiMentah(g, x.s)
	switch jenis {
	case 0:
	case 's':
		out.Teks = strings.TrimSpace(v)
	case 'n':
		if f, ok := angkaSel(v); ok {
			out.Teks = b.teksAngka(x.s, f)
		} else {
			out.Teks = strings.TrimSpace(v)
		}
	case 'b':
		out.Teks = teksBool(v)
	case 'd':
		out.Teks = v
		if t, ok := tanggalISO(v); ok {
			out.Teks = kinerja.FormatTanggal(t)
		}
	case 'e', 'x':
		b.galat(g, x, key, kolom, jenis, v)
		if jenis == 'e' {
			out.Teks = v
		}
	}
	return out
}

func teksBool(v string) string {
	if v == "1" || strings.EqualFold(v, "true") {
		return "TRUE"
	}
	return "FALSE"
}

// isDash reports a lone dash, which Indonesian tables use for "nothing".
func isDash(s string) bool {
	switch strings.TrimSpace(s) {
	case "-", "–", "—", "--":
		return true
	}
	return false
}

// angka reads a cell of a number column (target: a range is allowed).
func (b *pembaca) angka(g *grid, x isi, key, kolom string, target bool) kinerja.Nilai {
	out := kinerja.Nilai{Ref: kinerja.Ref{Sheet: g.kanonik, Cell: x.ref}}
	at := out.Ref
	jenis, v := b.nilaiMentah(g, x.s)
	switch jenis {
	case 0:
		return out
	case 'e', 'x':
		b.galat(g, x, key, kolom, jenis, v)
		if jenis == 'e' {
			out.Teks = v
		}
		return out
	case 'n':
		f, ok := angkaSel(v)
		if !ok {
			out.Teks = v
			b.lapor("LK005", kinerja.Error, at, key, "%s berisi %q yang bukan angka; isi sel dengan angka, misalnya 7.500.000 atau 84,69", kolom, v)
			return out
		}
		fm := b.format(x.s)
		switch {
		case fm.tanggal:
			t, okT := serialKeTanggal(f, b.bk.pkt.date1904)
			out.Teks = tampilAngka(f, false)
			if okT {
				out.Teks = kinerja.FormatTanggal(t)
			}
			b.lapor("LK005", kinerja.Error, at, key,
				"%s berisi tanggal (%s), bukan angka — Excel sering mengubah ketikan seperti 1/2 atau 1-2 menjadi tanggal; ubah format sel menjadi Angka atau Umum (General) lalu ketik ulang angkanya",
				kolom, out.Teks)
			return out
		case fm.persen:
			out.Angka, out.Satuan = bersih(f*100), "%"
			out.Teks = tampilAngka(f*100, false) + "%"
		default:
			out.Angka = f
			out.Teks = tampilAngka(f, fm.ribuan)
		}
		out.Ada = true
		return out
	case 'b':
		out.Teks = teksBool(v)
		b.lapor("LK005", kinerja.Error, at, key, "%s berisi nilai logika %s, bukan angka; isi sel dengan angka", kolom, out.Teks)
		return out
	case 'd':
		out.Teks = v
		b.lapor("LK005", kinerja.Error, at, key, "%s berisi tanggal %q, bukan angka; ubah format sel menjadi Angka lalu ketik ulang angkanya", kolom, v)
		return out
	}
	// Text: Indonesian notation.
	t := strings.TrimSpace(v)
	out.Teks = t
	if t == "" || isDash(t) {
		return out
	}
	var err error
	if target {
		out.Angka, out.Rentang, out.Satuan, err = kinerja.ParseTarget(t)
	} else {
		out.Angka, out.Satuan, err = kinerja.ParseAngka(t)
	}
	if err != nil {
		out.Angka, out.Rentang, out.Satuan = 0, nil, ""
		contoh := "7.500.000, 84,69, 84,69% atau 6 Desa"
		if target {
			contoh += ", atau rentang 80–90"
		}
		b.lapor("LK005", kinerja.Error, at, key, "%s: %v; tulis angka dengan cara Indonesia (contoh %s)", kolom, err, contoh)
		return out
	}
	out.Ada = true
	return out
}

// tanggal reads a date cell: a date-formatted number, an ISO date cell or
// text (kinerja.ParseTanggal). ok is false for an empty cell or an invalid
// date (reported, LK008).
func (b *pembaca) tanggal(g *grid, x isi, key, kolom string) (time.Time, string, bool) {
	at := kinerja.Ref{Sheet: g.kanonik, Cell: x.ref}
	jenis, v := b.nilaiMentah(g, x.s)
	switch jenis {
	case 0:
		return time.Time{}, "", false
	case 'e', 'x':
		b.galat(g, x, key, kolom, jenis, v)
		return time.Time{}, v, false
	case 'n':
		f, ok := angkaSel(v)
		if ok && b.format(x.s).tanggal {
			if t, ok := serialKeTanggal(f, b.bk.pkt.date1904); ok {
				return t, kinerja.FormatTanggal(t), true
			}
		}
		teks := strings.TrimSpace(v)
		if ok {
			teks = b.teksAngka(x.s, f)
		}
		b.lapor("LK008", kinerja.Error, at, key,
			"%s berisi angka %s, bukan tanggal; beri sel format tanggal, atau tulis tanggal sebagai teks seperti 30/06/2023 atau 30 Juni 2023", kolom, teks)
		return time.Time{}, teks, false
	case 'd':
		if t, ok := tanggalISO(v); ok {
			return t, kinerja.FormatTanggal(t), true
		}
		b.lapor("LK008", kinerja.Error, at, key, "%s berisi tanggal %q yang tidak terbaca; tulis seperti 30/06/2023 atau 30 Juni 2023", kolom, v)
		return time.Time{}, v, false
	case 'b':
		v = teksBool(v)
	}
	t := strings.TrimSpace(v)
	if t == "" {
		return time.Time{}, "", false
	}
	d, err := kinerja.ParseTanggal(t)
	if err != nil {
		saran := ""
		if !strings.Contains(err.Error(), "tulis") {
			saran = "; tulis tanggal yang ada, mis. 30/06/2023 atau 30 Juni 2023"
		}
		b.lapor("LK008", kinerja.Error, at, key, "%s: %v%s", kolom, err, saran)
		return time.Time{}, t, false
	}
	return d, t, true
}

// serialKeTanggal converts an Excel serial date to a date (the time of day
// is dropped). 1900 system: serial 1 is 1 January 1900 and Excel's
// phantom 29 February 1900 (serial 60) is not a date; 1904 system: serial
// 0 is 1 January 1904.
func serialKeTanggal(v float64, date1904 bool) (time.Time, bool) {
	if v < 0 || v >= 2958466 || math.IsNaN(v) {
		return time.Time{}, false
	}
	d := int(math.Floor(v + 1e-9))
	if date1904 {
		return time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d), true
	}
	switch {
	case d == 0 || d == 60:
		return time.Time{}, false
	case d < 60:
		return time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d), true
	}
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d), true
}

// tanggalKeSerial is the inverse of serialKeTanggal (1900 system).
func tanggalKeSerial(t time.Time) float64 {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if t.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) {
		base = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return float64(t.Sub(base).Hours() / 24)
}

func tanggalISO(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

package report

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"text/template"

	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/templates"
)

// Bagian is a part of the report whose generated text comes from a
// template and can be replaced by the Narasi sheet (kinerja.DaftarBagian
// holds the parts and their names; this adds the template file).
type Bagian struct {
	Nama   string   // canonical name, as written in the Narasi sheet
	Berkas string   // template file name in templates/
	Alias  []string // other names accepted in the Narasi sheet
}

// berkasBagian maps each part to its template file.
var berkasBagian = map[string]string{
	"Pendahuluan":        "pendahuluan.tmpl",
	"Tugas":              "tugas.tmpl",
	"Perjanjian Kinerja": "perjanjian_kinerja.tmpl",
	"Capaian Kinerja":    "capaian_kinerja.tmpl",
	"Anggaran":           "anggaran.tmpl",
	"Evaluasi":           "evaluasi.tmpl",
	"Tindak Lanjut":      "tindak_lanjut.tmpl",
	"Penutup":            "penutup.tmpl",
	// The annual report's own parts (tahunan_data.go).
	"Kata Pengantar":      berkasKataPengantar,
	"Ikhtisar Eksekutif":  berkasIkhtisar,
	"Isu Strategis":       berkasIsuStrategis,
	"Perencanaan Kinerja": berkasPerencanaan,
}

// DaftarBagian lists the parts, in the order they appear in the report.
var DaftarBagian = func() []Bagian {
	out := make([]Bagian, len(kinerja.DaftarBagian))
	for i, b := range kinerja.DaftarBagian {
		out[i] = Bagian{Nama: b.Nama, Berkas: berkasBagian[b.Nama], Alias: b.Alias}
	}
	return out
}()

// templateIndikator is the per-indicator paragraph of 2.2 (not a Bagian:
// the Analisis sheet adds text per indicator instead of replacing it).
const templateIndikator = "capaian_indikator.tmpl"

// templateIkhtisar is the one-paragraph summary after the cover (front
// matter, not a Bagian).
const templateIkhtisar = "ikhtisar.tmpl"

// templateFiles are all template files, in report order.
func templateFiles() []string {
	names := []string{templateIkhtisar}
	for _, b := range DaftarBagian {
		names = append(names, b.Berkas)
		if b.Nama == "Capaian Kinerja" {
			names = append(names, templateIndikator)
		}
	}
	return append(names, berkasTahunanLain...)
}

// FindBagian returns the canonical name of a Narasi part name, matched
// like a header, and whether it is known (kinerja.FindBagian).
func FindBagian(nama string) (string, bool) { return kinerja.FindBagian(nama) }

// NamaBagian returns the canonical part names, for messages.
func NamaBagian() []string { return kinerja.NamaBagian() }

// Templates is a parsed set of narrative templates.
type Templates struct {
	mu sync.Mutex // guards t and unparsed
	t  map[string]*template.Template
	// unparsed: the built-in templates of the annual report, read and
	// parsed on first use (lookup): a quarterly report never uses them,
	// and they were half of the templates' source and parsing.
	unparsed map[string]bool
	origin   map[string]string // file name → where it came from, for messages
	// huruf: file name → the characters of a file given with
	// --templates that the report font lacks (clean replaces them).
	huruf map[string][]replacement
}

// checkGlyphs adds to d the characters of template file name that the
// font lacks.
func (ts *Templates) checkGlyphs(d *replacementList, name string) {
	if gs := ts.huruf[name]; len(gs) > 0 {
		d.addSites("templat "+ts.origin[name], "", gs)
	}
}

// TemplateError is a missing or broken narrative template. Its message is
// Indonesian and names the file and, when known, the line.
type TemplateError struct {
	Berkas string // file, as shown to the user
	Baris  int    // 0 when unknown
	Pesan  string
}

func (e *TemplateError) Error() string {
	if e.Baris > 0 {
		return fmt.Sprintf("templat %s, baris %d: %s", e.Berkas, e.Baris, e.Pesan)
	}
	return fmt.Sprintf("templat %s: %s", e.Berkas, e.Pesan)
}

var funcs = template.FuncMap{
	"upper": strings.ToUpper,
	"lower": strings.ToLower,
	// tambah adds two whole numbers (counts are Jumlah, numbers int).
	"tambah": func(a, b any) (Jumlah, error) {
		x, ok1 := bulat(a)
		y, ok2 := bulat(b)
		if !ok1 || !ok2 {
			return 0, errors.New("tambah memerlukan dua bilangan bulat")
		}
		return Jumlah(x + y), nil
	},
	// diawali reports whether s starts with prefix, ignoring case.
	"diawali": func(s, prefix string) bool {
		return strings.HasPrefix(strings.ToLower(s), strings.ToLower(prefix))
	},
}

// bulat is v as a whole number, if it is one of Go's integer kinds.
func bulat(v any) (int64, bool) {
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return r.Int(), true
	}
	return 0, false
}

var (
	builtinOnce sync.Once
	builtin     *Templates
	builtinErr  error
)

// LoadTemplates parses the narrative templates. dir == "" gives the
// built-in ones (parsed once per process). Otherwise each *.tmpl file in
// dir replaces the built-in file of the same name; the others stay
// built-in. A folder that does not exist, holds no template, or holds a
// .tmpl file with an unknown name, and a template that does not parse or
// fails on sample data, is a *TemplateError.
func LoadTemplates(dir string) (*Templates, error) {
	if dir == "" {
		builtinOnce.Do(func() { builtin, builtinErr = loadTemplates("") })
		return builtin, builtinErr
	}
	return loadTemplates(dir)
}

func loadTemplates(dir string) (*Templates, error) {
	ts := &Templates{t: map[string]*template.Template{}, unparsed: map[string]bool{},
		origin: map[string]string{}, huruf: map[string][]replacement{}}
	known := map[string]bool{}
	for _, name := range templateFiles() {
		known[name] = true
	}
	override := map[string]bool{}
	if dir != "" {
		st, err := os.Stat(dir)
		if err != nil || !st.IsDir() {
			return nil, &TemplateError{Berkas: dir, Pesan: "folder templat tidak ada atau bukan folder"}
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, &TemplateError{Berkas: dir, Pesan: "folder templat tidak dapat dibaca: " + err.Error()}
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(strings.ToLower(e.Name()), ".tmpl") {
				continue
			}
			if !known[e.Name()] {
				return nil, &TemplateError{Berkas: filepath.Join(dir, e.Name()),
					Pesan: "nama berkas tidak dikenal; nama yang dipakai: " + strings.Join(templateFiles(), ", ")}
			}
			override[e.Name()] = true
		}
		if len(override) == 0 {
			return nil, &TemplateError{Berkas: dir,
				Pesan: "folder tidak berisi templat; nama berkas yang dipakai: " + strings.Join(templateFiles(), ", ")}
		}
	}
	for _, name := range templateFiles() {
		var src []byte
		var err error
		origin := "templates/" + name + " (bawaan)"
		if !override[name] && isAnnualTemplate(name) {
			ts.origin[name] = origin
			ts.unparsed[name] = true
			continue
		}
		if override[name] {
			origin = filepath.Join(dir, name)
			src, err = os.ReadFile(origin)
		} else {
			src, err = fs.ReadFile(templates.Narasi, name)
		}
		if err != nil {
			return nil, &TemplateError{Berkas: origin, Pesan: "tidak dapat dibaca: " + err.Error()}
		}
		ts.origin[name] = origin
		t, err := parseTemplate(name, origin, string(src))
		if err != nil {
			return nil, err
		}
		ts.t[name] = t
		if override[name] {
			ts.huruf[name] = findReplacements(string(src), nil)
		}
	}
	// The trial runs a user's templates on sample data, so that a mistake
	// in them is reported before any workbook is read. The built-in
	// templates are the same in every run: TestBuiltinTemplatesTrial runs
	// it on them, and a process does not (it was ~1 ms, half of loading
	// the templates, of every generate).
	if len(override) > 0 {
		if err := ts.trial(); err != nil {
			return nil, err
		}
	}
	return ts, nil
}

// trial runs every template on sample data, both with everything present
// and with everything missing, so that a misspelt variable is reported
// before any workbook is processed.
func (ts *Templates) trial() error {
	for _, d := range []*Data{contohData(true), contohData(false)} {
		for _, b := range DaftarBagian {
			if berkasTahunan[b.Berkas] {
				continue // trialTahunan
			}
			if _, err := ts.exec(b.Berkas, d); err != nil {
				return err
			}
		}
		for _, ind := range d.Indikator {
			if _, err := ts.exec(templateIndikator, ind); err != nil {
				return err
			}
		}
	}
	return ts.trialTahunan()
}

// parseTemplate parses the template file name, from origin.
func parseTemplate(name, origin, src string) (*template.Template, error) {
	t, err := template.New(name).Option("missingkey=error").Funcs(funcs).Parse(src)
	if err != nil {
		return nil, templateErr(origin, err)
	}
	markTemplate(t) // _term_ → italic (markup.go)
	return t, nil
}

// isAnnualTemplate reports a template file only the annual report uses.
func isAnnualTemplate(name string) bool {
	return berkasTahunan[name]
}

// lookup returns the parsed template file name, parsing a built-in one
// left unparsed by loadTemplates. Safe for concurrent reports.
func (ts *Templates) lookup(name string) (*template.Template, error) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if t, ok := ts.t[name]; ok {
		return t, nil
	}
	if !ts.unparsed[name] {
		return nil, &TemplateError{Berkas: name, Pesan: "templat tidak ada"}
	}
	src, err := fs.ReadFile(templates.Narasi, name)
	if err != nil {
		return nil, &TemplateError{Berkas: ts.origin[name], Pesan: "tidak dapat dibaca: " + err.Error()}
	}
	t, err := parseTemplate(name, ts.origin[name], string(src))
	if err != nil {
		return nil, err
	}
	ts.t[name] = t
	delete(ts.unparsed, name)
	return t, nil
}

func (ts *Templates) exec(name string, data any) (string, error) {
	t, err := ts.lookup(name)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return "", templateErr(ts.origin[name], err)
	}
	return buf.String(), nil
}

// The expressions that read text/template's errors are compiled when a
// template fails, not in every process.
var reTplErr = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^template: [^:]+:(\d+)(?::\d+)?: (.*)$`)
})

// templateErr turns a text/template error into a TemplateError with the
// line and an Indonesian message.
func templateErr(origin string, err error) error {
	var te *TemplateError
	if errors.As(err, &te) {
		return te
	}
	msg := err.Error()
	line := 0
	if m := reTplErr().FindStringSubmatch(msg); m != nil {
		fmt.Sscan(m[1], &line)
		msg = m[2]
	}
	return &TemplateError{Berkas: origin, Baris: line, Pesan: translateTemplateError(msg)}
}

var (
	reFieldErr = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`can't evaluate field (\w+) in type`) })
	reFuncErr  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`function "([^"]+)" not defined`) })
	reExecAt   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^executing "[^"]*" at <([^>]*)>: `) })
)

func translateTemplateError(msg string) string {
	if m := reFieldErr().FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("variabel .%s tidak dikenal (daftar variabel ada di templates/README.md)", m[1])
	}
	if m := reFuncErr().FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("fungsi %q tidak dikenal (fungsi yang tersedia: upper, lower, tambah, diawali, dan fungsi bawaan text/template)", m[1])
	}
	if strings.Contains(msg, "unexpected EOF") {
		return "templat tidak lengkap: ada {{if}}, {{with}} atau {{range}} tanpa {{end}} (" + msg + ")"
	}
	if m := reExecAt().FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("gagal dijalankan pada <%s>: %s", m[1], msg[len(m[0]):])
	}
	return "penulisan templat salah: " + msg
}

// Data holds the template variables of the report (see templates/README.md).
// Figures are already formatted the Indonesian way ("84,69%", "7.500.000").
type Data struct {
	Tahun               int
	Triwulan            int    // 1–4
	TriwulanRomawi      string // "II"
	Pemda               string
	Unit                string
	Jabatan             string
	JabatanSingkat      string
	Pejabat             string // JabatanSingkat, else Jabatan
	Eselon              string
	Nama                string
	NIP                 string
	JabatanAtasan       string
	NamaAtasan          string
	NIPAtasan           string
	Tempat              string
	TanggalLaporan      string // "30 Juni 2023"
	DasarHukumPelaporan string
	HariKerja           int // default 5
	DasarHukumTugas     string
	AwalTahun           string // "1 Januari 2023"
	AkhirTriwulan       string // "30 Juni 2023"
	JumlahTugas         Jumlah

	JumlahIndikator Jumlah
	Tercapai        Jumlah // capaian ≥ 100%
	BelumTercapai   Jumlah // capaian computed and below 100%
	TidakTerukur    Jumlah // capaian undefined
	BelumDinilai    Jumlah // not judged: Kumulatif without a Target TW (q < 4)
	// RincianCapaian says how the indicators stand, counted in words:
	// "1 indikator belum mencapai target triwulan II dan 6 indikator belum
	// dapat dinilai karena target triwulannya belum ditetapkan".
	RincianCapaian string
	// DiBawahTarget are the judged indicators below target.
	DiBawahTarget []*DataIndikator
	// DiBawahTargetTerendah are those BAB III names: all of them when
	// there are at most ten, else the ten with the lowest capaian, lowest
	// first (equal capaian in table order); DiBawahTargetLainnya counts
	// the ones left out (0 when none); JumlahDiBawahTarget counts them all.
	DiBawahTargetTerendah []*DataIndikator
	DiBawahTargetLainnya  Jumlah
	JumlahDiBawahTarget   Jumlah
	// TindakLanjutUtama is the first (up to three) follow-up items.
	TindakLanjutUtama string
	// AdaSisaAnggaran/SisaAnggaran: pagu minus realisation of all kegiatan.
	AdaSisaAnggaran bool
	SisaAnggaran    string
	// KegiatanSelesaiBersisa counts kegiatan whose own output target is
	// reached with budget left; SisaKegiatanSelesai is that budget.
	KegiatanSelesaiBersisa int
	SisaKegiatanSelesai    string
	// UnitDaerah is the unit followed by the region, unless the unit's
	// name already holds it.
	UnitDaerah string

	AdaAnggaran    bool // the Anggaran sheet has kegiatan
	JumlahKegiatan Jumlah
	// RincianKegiatan counts the Anggaran rows in words: "7 kegiatan";
	// in a hierarchy "2 program, 5 kegiatan dan 12 sub kegiatan".
	RincianKegiatan   string
	Pagu              string // total, "349.000.000"
	RealisasiAnggaran string
	Serapan           string // "46,16%"
	MetodeEfisiensi   string // "pmk" or "rasio"
	Efisiensi         string
	NilaiEfisiensi    string

	Indikator []*DataIndikator
	// Terendah are up to three indicators below target with the lowest
	// capaian, lowest first (the Ikhtisar names them).
	Terendah     []*DataIndikator
	Strategi     []string
	TindakLanjut []string
}

// Jumlah is a count in the narrative: printed with thousands separators
// ("2.000 kegiatan"), compared in templates like an int.
type Jumlah int

func (j Jumlah) String() string { return kinerja.FormatBilangan(float64(j)) }

// DataIndikator holds the variables of one indicator (capaian_indikator.tmpl).
type DataIndikator struct {
	No                int
	Kode              string
	Sasaran           string
	Indikator         string
	Satuan            string
	Target            string // period target with unit, "12 Desa", "100%"
	TargetTahunan     string
	AdaTargetTriwulan bool // a Target TW for the quarter was given
	AdaRealisasi      bool
	Realisasi         string // "6 Desa"
	Terukur           bool   // capaian could be computed
	Capaian           string // "50,00%"
	TerukurTahunan    bool
	CapaianTahunan    string
	Predikat          string
	Tercapai          bool
	// Dinilai: predikat and tercapai are judged; false for a Kumulatif
	// indicator with no Target TW for a quarter before IV.
	Dinilai bool
	// CapaianSebelumnya: the period capaian at the end of the previous
	// quarter, "–" when there is none (AdaCapaianSebelumnya false).
	AdaCapaianSebelumnya bool
	CapaianSebelumnya    string
	AdaAnggaran          bool
	Pagu                 string
	RealisasiAnggaran    string
	Serapan              string
	Efisiensi            string
	NilaiEfisiensi       string
	Keterangan           string
	// Alasan is the first sentence of the indicator's first Analisis row
	// ("" when none, or too long to quote).
	Alasan  string
	Laporan *Data
}

// contohData is sample data for the template trial run.
func contohData(full bool) *Data {
	d := &Data{Tahun: 2023, Triwulan: 2, TriwulanRomawi: "II", Unit: "Unit", Jabatan: "Jabatan",
		Pejabat: "Jabatan", JabatanAtasan: "Atasan", HariKerja: 5, AwalTahun: "1 Januari 2023",
		AkhirTriwulan: "30 Juni 2023", Pagu: "–", RealisasiAnggaran: "–", Serapan: "–",
		MetodeEfisiensi: "pmk", Efisiensi: "–", NilaiEfisiensi: "–"}
	ind := &DataIndikator{No: 1, Kode: "IK1", Indikator: "Indikator", Target: "1", TargetTahunan: "1",
		Realisasi: "–", Capaian: "–", CapaianTahunan: "–", Predikat: "–", Pagu: "–",
		RealisasiAnggaran: "–", Serapan: "–", Efisiensi: "–", NilaiEfisiensi: "–", Laporan: d}
	if full {
		d.Pemda, d.JabatanSingkat, d.Eselon = "Pemda", "Singkat", "IV"
		d.DasarHukumPelaporan, d.DasarHukumTugas = "Dasar", "Dasar"
		d.JumlahTugas, d.JumlahIndikator, d.Tercapai, d.BelumTercapai, d.TidakTerukur = 1, 3, 1, 1, 1
		d.AdaAnggaran, d.JumlahKegiatan, d.RincianKegiatan = true, 1, "1 kegiatan"
		d.Strategi, d.TindakLanjut = []string{"s"}, []string{"t"}
		ind.AdaTargetTriwulan, ind.AdaRealisasi, ind.Terukur, ind.TerukurTahunan = true, true, true, true
		ind.Tercapai, ind.AdaAnggaran, ind.Dinilai = true, true, true
	}
	d.Indikator = []*DataIndikator{ind}
	return d
}

// narasiPengganti collects the Narasi sheet's paragraphs by canonical part
// name, in sheet order, and notes the rows whose part is unknown.
func narasiPengganti(rows []narasiRow) (map[string][]string, []string) {
	out := map[string][]string{}
	var catatan []string
	for _, r := range rows {
		if strings.TrimSpace(r.teks) == "" {
			continue
		}
		nama, ok := FindBagian(r.bagian)
		if !ok {
			catatan = append(catatan, fmt.Sprintf("%s: bagian Narasi %q tidak dikenal, teksnya tidak dipakai (bagian yang dikenal: %s)",
				r.ref, r.bagian, strings.Join(NamaBagian(), ", ")))
			continue
		}
		out[nama] = append(out[nama], r.teks)
	}
	return out, catatan
}

type narasiRow struct {
	bagian, teks, ref string
}

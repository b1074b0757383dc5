package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// NumFmtTanggal is the number format of Tanggal cells.
const NumFmtTanggal = "dd/mm/yyyy"

// Gaya holds the style ids Tulis creates once per workbook; Buat returns
// them so that a caller decorating the workbook further can reuse them.
type Gaya struct {
	Tebal   int // bold (titles, header row, labels of a label/value sheet)
	Persen  int // "0.00%"
	Rupiah  int // "#,##0"
	Tanggal int // NumFmtTanggal
	Teks    int // "@"
}

// Buku is a workbook being written: the excelize file built from the
// Lembar descriptions plus the cells excelize cannot write as such
// (formulas with a typed cached value, error values), which Simpan puts
// in place. A caller may decorate File (styles, validation lists, freeze
// panes) between Buat and Simpan.
type Buku struct {
	File *excelize.File
	Gaya Gaya
	// tambal: sheet name → cell → the <c> element to write instead.
	tambal map[string]map[string]string
}

// Tulis writes sheets as an .xlsx workbook to w. The same sheets always
// give the same bytes.
func Tulis(w io.Writer, lembar []Lembar) error {
	bk, err := Buat(lembar)
	if err != nil {
		return err
	}
	defer bk.File.Close()
	return bk.Simpan(w)
}

// TulisBerkas writes sheets to path atomically: a temporary file in the
// same folder, renamed over path once complete.
func TulisBerkas(path string, lembar []Lembar) error {
	var buf bytes.Buffer
	if err := Tulis(&buf, lembar); err != nil {
		return err
	}
	return TulisAtomik(path, buf.Bytes())
}

// TulisAtomik writes data to path through a temporary file in the same
// folder, so that an interrupted run never leaves a half-written file.
func TulisAtomik(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return galatTulis(path, err)
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			_ = os.Remove(name)
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return galatTulis(path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return galatTulis(path, err)
	}
	if err := tmp.Close(); err != nil {
		return galatTulis(path, err)
	}
	_ = os.Chmod(name, 0o644)
	if err := os.Rename(name, path); err != nil {
		return galatTulis(path, err)
	}
	ok = true
	return nil
}

func galatTulis(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("tidak dapat menulis %s: foldernya tidak ada", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("tidak dapat menulis %s: tidak ada izin menulis di folder itu", path)
	}
	return fmt.Errorf("tidak dapat menulis %s: %v", path, err)
}

// Buat builds the workbook described by lembar.
func Buat(lembar []Lembar) (*Buku, error) {
	if len(lembar) == 0 {
		return nil, errors.New("buku kerja tanpa lembar tidak dapat ditulis")
	}
	f := excelize.NewFile()
	bk := &Buku{File: f, tambal: map[string]map[string]string{}}
	fail := func(err error) (*Buku, error) {
		f.Close()
		return nil, err
	}
	if err := bk.buatGaya(); err != nil {
		return fail(err)
	}
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "lapkin", LastModifiedBy: "lapkin"})
	seen := map[string]bool{}
	for i, l := range lembar {
		key := strings.ToLower(l.Nama)
		if l.Nama == "" || seen[key] {
			return fail(fmt.Errorf("nama lembar %q kosong atau ganda", l.Nama))
		}
		seen[key] = true
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", l.Nama)
		} else {
			_, err = f.NewSheet(l.Nama)
		}
		if err != nil {
			return fail(fmt.Errorf("nama lembar %q tidak sah (paling banyak 31 karakter, tanpa : \\ / ? * [ ]): %v", l.Nama, err))
		}
		if err := bk.tulisLembar(l); err != nil {
			return fail(fmt.Errorf("lembar %s: %w", l.Nama, err))
		}
	}
	f.SetActiveSheet(0)
	return bk, nil
}

func (bk *Buku) buatGaya() error {
	f := bk.File
	var err error
	tanggal := NumFmtTanggal
	for _, s := range []struct {
		id *int
		st *excelize.Style
	}{
		{&bk.Gaya.Tebal, &excelize.Style{Font: &excelize.Font{Bold: true}}},
		{&bk.Gaya.Persen, &excelize.Style{NumFmt: 10}},
		{&bk.Gaya.Rupiah, &excelize.Style{NumFmt: 3}},
		{&bk.Gaya.Tanggal, &excelize.Style{CustomNumFmt: &tanggal}},
		{&bk.Gaya.Teks, &excelize.Style{NumFmt: 49}},
	} {
		if *s.id, err = f.NewStyle(s.st); err != nil {
			return err
		}
	}
	return nil
}

func (bk *Buku) tulisLembar(l Lembar) error {
	f, sh := bk.File, l.Nama
	row := 1
	for _, j := range l.Judul {
		if j != "" {
			ref := namaSel(1, row)
			if err := f.SetCellStr(sh, ref, j); err != nil {
				return err
			}
			if err := f.SetCellStyle(sh, ref, ref, bk.Gaya.Tebal); err != nil {
				return err
			}
		}
		row++
	}
	if len(l.Header) > 0 {
		for c, h := range l.Header {
			ref := namaSel(c+1, row)
			if err := f.SetCellStr(sh, ref, h); err != nil {
				return err
			}
		}
		if err := f.SetCellStyle(sh, namaSel(1, row), namaSel(len(l.Header), row), bk.Gaya.Tebal); err != nil {
			return err
		}
		row++
	}
	for _, br := range l.Baris {
		for c, v := range br {
			ref := namaSel(c+1, row)
			if err := bk.tulisSel(sh, ref, v); err != nil {
				return fmt.Errorf("sel %s: %w", ref, err)
			}
			if c == 0 && len(l.Header) == 0 {
				if _, ok := v.(string); ok {
					if err := f.SetCellStyle(sh, ref, ref, bk.Gaya.Tebal); err != nil {
						return err
					}
				}
			}
		}
		row++
	}
	for _, g := range l.Gabung {
		a, b, found := strings.Cut(g, ":")
		if !found {
			return fmt.Errorf("rentang gabungan %q harus berbentuk A1:B2", g)
		}
		if err := f.MergeCell(sh, a, b); err != nil {
			return fmt.Errorf("rentang gabungan %q: %v", g, err)
		}
	}
	for i, w := range l.Lebar {
		if w > 0 {
			c := namaKolom(i + 1)
			if err := f.SetColWidth(sh, c, c, w); err != nil {
				return err
			}
		}
	}
	if gb := l.Gambar; gb != nil && len(gb.Data) > 0 {
		ext := strings.ToLower(gb.Ext)
		if !strings.HasPrefix(ext, ".") {
			ext = "." + ext
		}
		if err := f.AddPictureFromBytes(sh, gb.Sel, &excelize.Picture{
			Extension: ext, File: gb.Data,
			Format: &excelize.GraphicOptions{AltText: "Logo", LockAspectRatio: true},
		}); err != nil {
			return fmt.Errorf("gambar di %s: %v", gb.Sel, err)
		}
	}
	return nil
}

func angkaSah(v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("angka %v tidak dapat ditulis", v)
	}
	return nil
}

// tulisSel writes one cell of a data row: its value (nilaiPolos) and, for
// the typed values, the style that shows it (percent, rupiah, date, text).
func (bk *Buku) tulisSel(sh, ref string, v any) error {
	switch x := v.(type) {
	case Rumus:
		return bk.rumus(sh, ref, x)
	case Galat:
		return bk.khusus(sh, ref, 0, "e", "", string(x))
	}
	if err := nilaiPolos(bk.File, sh, ref, v); err != nil {
		return err
	}
	style := 0
	switch v.(type) {
	case Persen:
		style = bk.Gaya.Persen
	case Rupiah:
		style = bk.Gaya.Rupiah
	case Tanggal, time.Time:
		style = bk.Gaya.Tanggal
	case TeksAngka:
		style = bk.Gaya.Teks
	}
	if style == 0 {
		return nil
	}
	return bk.File.SetCellStyle(sh, ref, ref, style)
}

// nilaiPolos writes the value of v into a cell without touching its style:
// the part the plain writer and the template share. Formula and error
// cells (Rumus, Galat) need more than a value and are the callers' own.
func nilaiPolos(f *excelize.File, sh, ref string, v any) error {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return f.SetCellStr(sh, ref, x)
	case TeksAngka:
		return f.SetCellStr(sh, ref, string(x))
	case int:
		return f.SetCellInt(sh, ref, int64(x))
	case int64:
		return f.SetCellInt(sh, ref, x)
	case int32:
		return f.SetCellInt(sh, ref, int64(x))
	case float32:
		return nilaiPolos(f, sh, ref, float64(x))
	case float64:
		if err := angkaSah(x); err != nil {
			return err
		}
		return f.SetCellFloat(sh, ref, x, -1, 64)
	case bool:
		return f.SetCellBool(sh, ref, x)
	case Persen:
		return nilaiPolos(f, sh, ref, float64(x))
	case Rupiah:
		return nilaiPolos(f, sh, ref, float64(x))
	case Tanggal:
		return nilaiPolos(f, sh, ref, tanggalKeSerial(time.Time(x)))
	case time.Time:
		return nilaiPolos(f, sh, ref, tanggalKeSerial(x))
	}
	return fmt.Errorf("jenis nilai %T tidak didukung", v)
}

func fmtAngka(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// rumus writes a formula cell with its cached value typed as Excel does:
// a number without a type, text as "str", a boolean as "b", an error as
// "e"; no cached value at all when Cache is nil.
func (bk *Buku) rumus(sh, ref string, r Rumus) error {
	formula := strings.TrimPrefix(strings.TrimSpace(r.F), "=")
	if formula == "" {
		return errors.New("rumus kosong")
	}
	style, t, v := 0, "", ""
	switch c := r.Cache.(type) {
	case nil:
	case int:
		v = strconv.Itoa(c)
	case int64:
		v = strconv.FormatInt(c, 10)
	case float64:
		if err := angkaSah(c); err != nil {
			return err
		}
		v = fmtAngka(c)
	case Persen:
		style, v = bk.Gaya.Persen, fmtAngka(float64(c))
	case Rupiah:
		style, v = bk.Gaya.Rupiah, fmtAngka(float64(c))
	case Tanggal:
		style, v = bk.Gaya.Tanggal, fmtAngka(tanggalKeSerial(time.Time(c)))
	case string:
		t, v = "str", c
	case TeksAngka:
		style, t, v = bk.Gaya.Teks, "str", string(c)
	case bool:
		t, v = "b", "0"
		if c {
			v = "1"
		}
	case Galat:
		t, v = "e", string(c)
	default:
		return fmt.Errorf("nilai tersimpan rumus berjenis %T tidak didukung", r.Cache)
	}
	return bk.khusus(sh, ref, style, t, formula, v)
}

// khusus writes a placeholder through excelize (so the cell exists, with
// its style) and records the real <c> element for Simpan.
func (bk *Buku) khusus(sh, ref string, style int, t, formula, v string) error {
	if err := bk.File.SetCellInt(sh, ref, 0); err != nil {
		return err
	}
	if style != 0 {
		if err := bk.File.SetCellStyle(sh, ref, ref, style); err != nil {
			return err
		}
	}
	var b strings.Builder
	b.WriteString(`<c r="`)
	b.WriteString(ref)
	b.WriteString(`"`)
	if style != 0 {
		b.WriteString(` s="` + strconv.Itoa(style) + `"`)
	}
	if t != "" {
		b.WriteString(` t="` + t + `"`)
	}
	b.WriteString(`>`)
	if formula != "" {
		b.WriteString(`<f>`)
		_ = xml.EscapeText(&b, []byte(formula))
		b.WriteString(`</f>`)
	}
	if v != "" || t == "str" && formula != "" {
		b.WriteString(`<v>`)
		_ = xml.EscapeText(&b, []byte(v))
		b.WriteString(`</v>`)
	}
	b.WriteString(`</c>`)
	m := bk.tambal[sh]
	if m == nil {
		m = map[string]string{}
		bk.tambal[sh] = m
	}
	m[ref] = b.String()
	return nil
}

// Simpan writes the workbook to w: excelize's package with the special
// cells put in place, re-zipped with the parts in a fixed order, so the
// same workbook always gives the same bytes.
func (bk *Buku) Simpan(w io.Writer) error {
	raw, err := bk.File.WriteToBuffer()
	if err != nil {
		return fmt.Errorf("buku kerja tidak dapat disusun: %v", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw.Bytes()), int64(raw.Len()))
	if err != nil {
		return err
	}
	pkt, err := bukaPaket(zr)
	if err != nil {
		return err
	}
	patchByPart := map[string]map[string]string{}
	for sh, m := range bk.tambal {
		found := false
		for _, s := range pkt.sheets {
			if strings.EqualFold(s.nama, sh) {
				patchByPart[normPart(s.path)] = m
				found = true
			}
		}
		if !found {
			return fmt.Errorf("lembar %s tidak ditemukan saat menyimpan", sh)
		}
	}
	files := append([]*zip.File(nil), zr.File...)
	order := func(n string) int {
		switch n {
		case "[Content_Types].xml":
			return 0
		case "_rels/.rels":
			return 1
		}
		return 2
	}
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].Name, files[j].Name
		if order(a) != order(b) {
			return order(a) < order(b)
		}
		return a < b
	})
	zw := zip.NewWriter(w)
	for _, zf := range files {
		rc, err := zf.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if zf.Name == "[Content_Types].xml" {
			data = urutkanDefault(data)
		}
		if m := patchByPart[normPart(zf.Name)]; m != nil {
			if data, err = tambalXML(data, m); err != nil {
				return err
			}
		}
		out, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate})
		if err != nil {
			return err
		}
		if _, err := out.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// tambalXML replaces the <c> elements named in patches, in one pass.
func tambalXML(src []byte, patches map[string]string) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(src) + 64*len(patches))
	open := []byte(`<c r="`)
	i, done, applied := 0, 0, 0
	for {
		j := bytes.Index(src[i:], open)
		if j < 0 {
			break
		}
		start := i + j
		refStart := start + len(open)
		q := bytes.IndexByte(src[refStart:], '"')
		if q < 0 {
			break
		}
		ref := src[refStart : refStart+q]
		gt := bytes.IndexByte(src[refStart+q:], '>')
		if gt < 0 {
			break
		}
		gt += refStart + q
		end := gt + 1
		if src[gt-1] != '/' {
			k := bytes.Index(src[gt:], []byte("</c>"))
			if k < 0 {
				break
			}
			end = gt + k + len("</c>")
		}
		if x, ok := patches[string(ref)]; ok {
			out.Write(src[done:start])
			out.WriteString(x)
			done = end
			applied++
		}
		i = end
	}
	out.Write(src[done:])
	if applied != len(patches) {
		return nil, fmt.Errorf("hanya %d dari %d sel khusus dapat ditulis", applied, len(patches))
	}
	return out.Bytes(), nil
}

var reDefault = regexp.MustCompile(`<Default [^>]*?(?:/>|></Default>)`)

// urutkanDefault sorts the <Default> entries of [Content_Types].xml, which
// excelize writes in map order when a picture is added.
func urutkanDefault(data []byte) []byte {
	locs := reDefault.FindAllIndex(data, -1)
	if len(locs) < 2 {
		return data
	}
	for i := 1; i < len(locs); i++ {
		if locs[i][0] != locs[i-1][1] {
			return data // not one contiguous run: leave as is
		}
	}
	items := make([]string, len(locs))
	for i, l := range locs {
		items[i] = string(data[l[0]:l[1]])
	}
	sort.Strings(items)
	var out bytes.Buffer
	out.Write(data[:locs[0][0]])
	for _, it := range items {
		out.WriteString(it)
	}
	out.Write(data[locs[len(locs)-1][1]:])
	return out.Bytes()
}

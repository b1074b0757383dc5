package report

import (
	"bytes"
	"encoding/xml"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

func TestMarkItalic(t *testing.T) {
	on, off := string(italicOn), string(italicOff)
	for in, want := range map[string]string{
		"tabel _cost per outcome_ (Tabel 2.3)": "tabel " + on + "cost per outcome" + off + " (Tabel 2.3)",
		"(_Cost per Outcome_)":                 "(" + on + "Cost per Outcome" + off + ")",
		"_input_, _output_ dan _outcome_.":     on + "input" + off + ", " + on + "output" + off + " dan " + on + "outcome" + off + ".",
		"_output_-nya":                         on + "output" + off + "-nya",
		"tabel _cost per\noutcome_ berikut":    "tabel " + on + "cost per\noutcome" + off + " berikut",
		// Not marks: inside a word, a lone underscore, a space after the
		// opening or before the closing one, a blank line between.
		"kode_lama_baru":         "kode_lama_baru",
		"nilai _ dan _ lain":     "nilai _ dan _ lain",
		"_ a_ dan _b _":          "_ a_ dan _b _",
		"_satu\n\ndua_":          "_satu\n\ndua_",
		"__init__":               "__init__",
		"Rp_1_000":               "Rp_1_000",
		"_awal tanpa penutup":    "_awal tanpa penutup",
		"_x_y_ (_a_b_)":          on + "x_y" + off + " (" + on + "a_b" + off + ")",
		"sebelum _e-government_": "sebelum " + on + "e-government" + off,
	} {
		if got := markItalic(in); got != want {
			t.Errorf("markItalic(%q) = %q, want %q", in, got, want)
		}
	}
}

// teksMiring is the italic text of a PDF's pages as pdftohtml -xml reads
// them (each text fragment with its font).
func teksMiring(t *testing.T, pdf []byte) (miring []string) {
	t.Helper()
	alat.Perlu(t, "pdftohtml")
	out, err := exec.Command("pdftohtml", "-xml", "-i", "-stdout", simpan(t, pdf)).Output()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Pages []struct {
			Fonts []struct {
				ID     string `xml:"id,attr"`
				Family string `xml:"family,attr"`
			} `xml:"fontspec"`
			Texts []struct {
				Font  string `xml:"font,attr"`
				Inner string `xml:",innerxml"`
			} `xml:"text"`
		} `xml:"page"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	family := map[string]string{} // font ids run on across pages
	for _, p := range doc.Pages {
		for _, f := range p.Fonts {
			family[f.ID] = f.Family
		}
		for _, x := range p.Texts {
			s := strings.NewReplacer("<i>", "", "</i>", "", "<b>", "", "</b>", "", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`).Replace(x.Inner)
			if strings.HasSuffix(family[x.Font], "I") {
				miring = append(miring, strings.TrimSpace(s))
			}
		}
	}
	return miring
}

// TestMiringTemplat: a template's _term_ is set in italic inside a
// justified paragraph; the paragraph reads back as plain text, its lines
// are justified to the right edge, and the gaps of a line are equal
// whether they lie in regular or italic text.
func TestMiringTemplat(t *testing.T) {
	dir := t.TempDir()
	kalimat := "Pengukuran kinerja membandingkan _input_, _output_ dan _outcome_ setiap kegiatan, sehingga tabel _cost per outcome_ menunjukkan biaya tiap hasil. "
	if err := os.WriteFile(filepath.Join(dir, "anggaran.tmpl"), []byte(strings.Repeat(kalimat, 4)), 0o644); err != nil {
		t.Fatal(err)
	}
	tpl, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := render(t, contohLaporan(), Options{Templates: tpl})
	miring := teksMiring(t, pdf)
	mengandung(t, teks(t, pdf), strings.TrimSpace(strings.Repeat(strings.ReplaceAll(kalimat, "_", ""), 4)))
	n := 0
	for _, m := range miring {
		switch m {
		case "input", "output", "outcome", "cost per outcome", "cost per", "cost", "per outcome":
			n++
		case "(Cost per Outcome)", "Cost per Outcome":
			// the heading and the caption of Tabel 2.3
		default:
			if strings.Contains(m, "Pengukuran") || strings.Contains(m, "membandingkan") || strings.Contains(m, "setiap") {
				t.Errorf("regular text set in italic: %q", m)
			}
		}
	}
	if n < 16 {
		t.Errorf("found %d italic terms, want the paragraph's 16: %q", n, miring)
	}
	// The paragraph's lines: justified to the right edge, gaps equal.
	kanan := (kertasA4.w - marginA4.right) * ptPerMM
	var lines []barisTeks
	var words [][]kata
	for _, pg := range kataHalaman(t, pdf) {
		for _, b := range barisIsi(pg) {
			if strings.Contains(b.teks, "outcome") || strings.Contains(b.teks, "output") {
				lines = append(lines, b)
				var ws []kata
				for _, w := range pg.Kata {
					if math.Abs(w.Y0-b.y0) < 0.5 {
						ws = append(ws, w)
					}
				}
				words = append(words, ws)
			}
		}
	}
	if len(lines) < 4 {
		t.Fatalf("found %d lines of the paragraph", len(lines))
	}
	rata := 0
	for i, b := range lines[:len(lines)-1] {
		if math.Abs(b.x1-kanan) < 0.5 {
			rata++
		}
		ws := words[i]
		lo, hi := math.Inf(1), math.Inf(-1)
		for j := 1; j < len(ws); j++ {
			g := ws[j].X0 - ws[j-1].X1
			lo, hi = min(lo, g), max(hi, g)
		}
		// Italic and regular glyph boxes differ by less than 0,3 pt.
		if hi-lo > 0.6 {
			t.Errorf("line %q has gaps from %.2f to %.2f pt", b.teks, lo, hi)
		}
	}
	// (a line whose gaps would pass twice a space is set flush left)
	if rata < 2 {
		t.Errorf("only %d lines of the paragraph are justified", rata)
	}
}

// TestGarisBawahPengguna: an underscore in the workbook's text is printed
// as typed, never read as an italic mark, whether the text is a cell
// printed as a paragraph (Narasi, Analisis) or a value a template prints
// (an indicator's name).
func TestGarisBawahPengguna(t *testing.T) {
	l := contohLaporan()
	l.Narasi = []kinerja.Narasi{{Bagian: tsel("Penutup"), Teks: tsel("Data _output_ dari aplikasi e_kinerja sudah _diunggah_.")}}
	l.Target[0].Indikator.Teks = "Persentase _output_ kegiatan"
	l.Analisis = append(l.Analisis, kinerja.Analisis{Kode: l.Target[0].Kode, Uraian: tsel("Analisis _outcome_ tetap.")})
	pdf, _ := render(t, l, Options{})
	miring := teksMiring(t, pdf)
	mengandung(t, teks(t, pdf), "Data _output_ dari aplikasi e_kinerja sudah _diunggah_.", "Persentase _output_ kegiatan", "Analisis _outcome_ tetap.")
	for _, m := range miring {
		if strings.Contains(m, "output") || strings.Contains(m, "outcome") && !strings.Contains(m, "Outcome") || strings.Contains(m, "diunggah") {
			t.Errorf("user text set in italic: %q", m)
		}
	}
}

// TestSpanWidth: a span's width in another style is what fpdf measures
// with that style selected.
func TestSpanWidth(t *testing.T) {
	d := &doc{pdf: fpdfBaru(t), kertas: kertasA4}
	for _, base := range []string{"", "B", "I"} {
		for _, other := range []string{"", "B", "I"} {
			for _, s := range []string{"cost per outcome", "Pemerintahan–Rp1.000", "ÄÖü ½ ‰"} {
				d.setFont(base, 11)
				got := d.widthIn(other, s)
				d.setFont(other, 11)
				if want := d.pdf.GetStringWidth(s); math.Abs(got-want) > 1e-9 {
					t.Errorf("width of %q in %q measured in %q: %g, want %g", s, other, base, got, want)
				}
			}
		}
	}
}

// laporanUji are the reports the line-breaking rules are checked on: the
// reference workbook, the example workbook and the synthetic L workbook
// at a tenth (200 indicators, 2,000 kegiatan; skipped under -short).
func laporanUji(t *testing.T) map[string]*kinerja.Laporan {
	t.Helper()
	out := map[string]*kinerja.Laporan{}
	for _, nama := range []string{"referensi", "contoh"} {
		l, _, err := workbook.Read("../../testdata/"+nama+".xlsx", workbook.Options{})
		if err != nil || l == nil {
			t.Fatalf("%s: %v", nama, err)
		}
		out[nama] = l
	}
	if !testing.Short() {
		data, err := contoh.SintetisXlsx(contoh.Ukuran{Indikator: 200, Kegiatan: 2000}, 1)
		if err != nil {
			t.Fatal(err)
		}
		l, ts := workbook.ReadFrom(bytes.NewReader(data), "sintetis.xlsx", workbook.Options{})
		if l == nil || ts.HasError() {
			t.Fatalf("read: %v", ts)
		}
		out["L/10"] = l
	}
	return out
}

// TestPemenggalan: in the reference, the example and an L/10 report no
// justified line has a word gap wider than twice a space (11 pt Liberation
// Sans: a space is 278/1000 em = 3,06 pt); every word divided at a line end
// joins again to a word of the same report set without hyphenation; no
// divided word has its halves on two pages; and hyphenation leaves fewer
// lines flush left than the same reports without it.
func TestPemenggalan(t *testing.T) {
	spasi := 0.278 * ukuranIsi
	kanan := (kertasA4.w - marginA4.right) * ptPerMM
	for nama, l := range laporanUji(t) {
		hyphenation = false
		pdf, _ := render(t, l, Options{Draf: true})
		hyphenation = true
		tanpa := kataHalaman(t, pdf)
		kataSumber := map[string]bool{}
		for _, pg := range tanpa {
			for _, w := range pg.Kata {
				kataSumber[strings.Trim(w.Text, ".,;:()")] = true
			}
		}
		pdf, _ = render(t, l, Options{Draf: true})
		dengan := kataHalaman(t, pdf)

		terpenggal := 0
		for p, pg := range dengan {
			lines := barisIsi(pg)
			for i, b := range lines {
				if math.Abs(b.x1-kanan) < 0.5 && !strings.Contains(b.teks, ". . .") {
					// (not a Daftar Isi entry: its leader dots)
					// A justified line: its gaps, word by word.
					var ws []kata
					for _, w := range pg.Kata {
						if math.Abs(w.Y0-b.y0) < 0.5 && math.Abs(w.Y1-b.y1) < 0.5 {
							ws = append(ws, w)
						}
					}
					sort.Slice(ws, func(i, j int) bool { return ws[i].X0 < ws[j].X0 })
					for j := 1; j < len(ws); j++ {
						if j == 1 && startsMarker(ws[0].Text) {
							continue // a list marker's column
						}
						if g := ws[j].X0 - ws[j-1].X1; g > 2*spasi+0.05 {
							t.Errorf("%s p%d: gap of %.2f pt (> 2 × %.2f) before %q in %q", nama, p+1, g, spasi, ws[j].Text, b.teks)
						}
					}
				}
				f := strings.Fields(b.teks)
				akhir := f[len(f)-1]
				if !strings.HasSuffix(akhir, "-") || len(akhir) < 3 {
					continue
				}
				if i == len(lines)-1 {
					if p+1 < len(dengan) {
						if next := barisIsi(dengan[p+1]); len(next) > 0 && startsLower(next[0].teks) {
							t.Errorf("%s: the word %q is divided across pages %d and %d", nama, akhir, p+1, p+2)
						}
					}
					continue
				}
				next := lines[i+1]
				if next.y0-b.y0 > 17 || !startsLower(next.teks) {
					continue // a word ending in a hyphen of its own, before another block
				}
				head := strings.Fields(akhir)[0]
				tail := strings.Trim(strings.Fields(next.teks)[0], ".,;:()")
				head = strings.TrimLeft(head, "(")
				if !kataSumber[strings.TrimSuffix(head, "-")+tail] && !kataSumber[head+tail] {
					t.Errorf("%s p%d: %q + %q is not a word of the report", nama, p+1, head, tail)
				}
				terpenggal++
			}
		}
		tepiKiri := func(pages []halamanBBox) int {
			n := 0
			for _, pg := range pages {
				lines := barisIsi(pg)
				for i := 0; i+1 < len(lines); i++ {
					// Flush left although the paragraph goes on: the line
					// below starts at the same x and follows directly.
					a, b := lines[i], lines[i+1]
					if a.x1 < kanan-0.5 && b.y0-a.y0 < 17 && math.Abs(a.x0-b.x0) < 0.5 && !startsMarker(b.teks) {
						n++
						if os.Getenv("LAPKIN_TEPI") != "" {
							t.Logf("flush left: %q", a.teks)
						}
					}
				}
			}
			return n
		}
		a, b := tepiKiri(tanpa), tepiKiri(dengan)
		t.Logf("%s: %d words divided; %d lines flush left inside a paragraph, %d without hyphenation", nama, terpenggal, b, a)
		if terpenggal == 0 || b >= a {
			t.Errorf("%s: hyphenation divided %d words and left %d lines flush left (%d without it)", nama, terpenggal, b, a)
		}
	}
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

var reAwalButir = regexp.MustCompile(`^([0-9]+[.)]|[a-z][.)]|•)$`)

// startsMarker reports whether a line starts with a list item's marker.
func startsMarker(s string) bool { return reAwalButir.MatchString(strings.Fields(s)[0]) }

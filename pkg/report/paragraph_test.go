package report

import (
	"encoding/xml"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/pkg/kinerja"
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
	kanan := (margKi + lebarIsi) * ptPerMM
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

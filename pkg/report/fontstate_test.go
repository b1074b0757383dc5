package report

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"testing"
)

// teksPDF is one text drawn on a page, with the font size in force.
type teksPDF struct {
	teks   string
	ukuran float64
}

type isiHalaman struct {
	teks []teksPDF
	tf   int // font operators
}

var reStream = regexp.MustCompile(`/Filter /FlateDecode /Length (\d+)>>\nstream\n`)

// isiHalamanPDF inflates the page content streams of a PDF made by fpdf
// and follows the font state through them (q/Q included).
func isiHalamanPDF(t *testing.T, pdf []byte) []isiHalaman {
	t.Helper()
	var out []isiHalaman
	for _, m := range reStream.FindAllSubmatchIndex(pdf, -1) {
		n, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
		zr, err := zlib.NewReader(bytes.NewReader(pdf[m[1] : m[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		isi, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(isi, []byte("Td (")) && !bytes.Contains(isi, []byte("Td [")) {
			continue // a font, not a page
		}
		out = append(out, readContent(isi))
	}
	return out
}

// readContent is a small tokenizer of content streams: string literals,
// arrays and the operators q, Q, Tf, Tj and TJ.
func readContent(b []byte) isiHalaman {
	var h isiHalaman
	var stack []float64
	ukuran := 0.0
	var operand []string // numbers and names since the last operator
	var str []string     // string literals since the last operator
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '[' || c == ']':
			i++
		case c == '(':
			var lit []byte
			depth := 0
			for i++; i < len(b); i++ {
				if b[i] == '\\' && i+1 < len(b) {
					i++
					switch b[i] {
					case 'r':
						lit = append(lit, '\r')
					case 'n':
						lit = append(lit, '\n')
					default:
						lit = append(lit, b[i])
					}
					continue
				}
				if b[i] == '(' {
					depth++
				} else if b[i] == ')' {
					if depth == 0 {
						i++
						break
					}
					depth--
				}
				lit = append(lit, b[i])
			}
			str = append(str, dekodeKode(lit))
		default:
			j := i
			for j < len(b) && !bytes.ContainsAny(b[j:j+1], " \n\r\t[]()") {
				j++
			}
			tok := string(b[i:j])
			i = j
			switch tok {
			case "q":
				stack = append(stack, ukuran)
			case "Q":
				if len(stack) > 0 {
					ukuran = stack[len(stack)-1]
					stack = stack[:len(stack)-1]
				}
			case "Tf":
				h.tf++
				if len(operand) > 0 {
					ukuran, _ = strconv.ParseFloat(operand[len(operand)-1], 64)
				}
			case "Tj", "TJ":
				s := ""
				for _, p := range str {
					s += p
				}
				h.teks = append(h.teks, teksPDF{s, ukuran})
			default:
				operand = append(operand, tok)
				continue
			}
			operand, str = operand[:0], str[:0]
		}
	}
	return h
}

// TestFontPerTeks: every text is drawn in the font set for it — the
// footer in 8 pt on every page, also after the DRAF mark and on pages
// whose content ended in another size — and fonts are selected about as
// often as texts are drawn, not once per table cell measured.
func TestFontPerTeks(t *testing.T) {
	for _, draf := range []bool{false, true} {
		pdf, info := render(t, laporanBesar(60, 400), Options{Draf: draf})
		cekFontPerTeks(t, pdf, info.Halaman, draf)
	}
}

func cekFontPerTeks(t *testing.T, pdf []byte, halaman int, draf bool) {
	t.Helper()
	pages := isiHalamanPDF(t, pdf)
	if len(pages) != halaman {
		t.Fatalf("%d page streams, %d pages", len(pages), halaman)
	}
	reHal := regexp.MustCompile(`^Halaman \d+ dari \d+$`)
	for i, p := range pages {
		drafN := 0
		footer := 0
		for _, tx := range p.teks {
			if reHal.MatchString(tx.teks) {
				footer++
				if tx.ukuran != 8 {
					t.Errorf("page %d: %q drawn at %g pt, want 8", i+1, tx.teks, tx.ukuran)
				}
			}
			if tx.teks == "DRAF" {
				drafN++
				if tx.ukuran != 130 {
					t.Errorf("page %d: DRAF drawn at %g pt", i+1, tx.ukuran)
				}
			}
		}
		if want := min(i, 1); footer != want || (drafN == 1) != draf { // the cover has no page number
			t.Errorf("page %d: %d page numbers, %d DRAF marks", i+1, footer, drafN)
		}
		if p.tf > len(p.teks)+10 {
			t.Errorf("page %d: %d font operators for %d texts", i+1, p.tf, len(p.teks))
		}
	}
}

// dekodeKode reads the character codes of the report's fonts (internal/fpdf
// mixedcodes.go): one byte for ASCII, two (0x8000 + the rune) for the
// rest; the codes 0x8000–0x807F stand for runes above U+7FFF, assigned
// per document, read here as U+FFFD.
func dekodeKode(b []byte) string {
	var out []rune
	for i := 0; i < len(b); i++ {
		if b[i] < 0x80 {
			out = append(out, rune(b[i]))
			continue
		}
		if i+1 >= len(b) {
			out = append(out, '\uFFFD')
			break
		}
		c := int(b[i])<<8 | int(b[i+1])
		i++
		if c < 0x8080 {
			out = append(out, '\uFFFD')
			continue
		}
		out = append(out, rune(c-0x8000))
	}
	return string(out)
}

package fpdf

import (
	"bytes"
	"regexp"
	"strconv"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func init() {
	model.ConfigPath = "disable" // pdfcpu: no configuration folder
}

// A document ended with object streams holds every object of the same
// document ended as upstream ends it, each with the same body, and is
// valid PDF 1.5; the catalog, the information and the page with a link
// stay readable in the file's bytes.
func TestWritePacked(t *testing.T) {
	font := fontUji(t)
	d, err := ParseUTF8FontData("Uji", "", font)
	if err != nil {
		t.Fatal(err)
	}
	doc := func(noPack bool) []byte {
		pdf := New("P", "mm", "A4", "")
		pdf.noPack = noPack
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(fixedTime)
		pdf.SetModificationDate(fixedTime)
		pdf.SetTitle("Laporan Kinerja – Triwulan II", true)
		pdf.AddUTF8FontFromData("Uji", "", string(font), d)
		pdf.SetFont("Uji", "", 12)
		for i := 0; i < 3; i++ {
			pdf.AddPage()
			pdf.Bookmark("BAB "+strconv.Itoa(i+1)+" (bagian)", 0, 0)
			pdf.Cell(80, 10, "Halaman "+strconv.Itoa(i+1))
			if i == 1 {
				pdf.Link(10, 10, 30, 10, pdf.AddLink())
			}
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	plain, packed := doc(true), doc(false)
	if !bytes.HasPrefix(packed, []byte("%PDF-1.5\n")) || bytes.Contains(packed, []byte("\ntrailer\n")) {
		t.Errorf("not ended with a cross-reference stream: %q … %q", packed[:9], packed[len(packed)-40:])
	}
	if err := api.Validate(bytes.NewReader(packed), model.NewDefaultConfiguration()); err != nil {
		t.Errorf("pdfcpu validation: %v", err)
	}
	// Every object of the plain document, by number, and where it is in
	// the packed one: in the file, or in an object stream's text.
	objRe := regexp.MustCompile(`(?s)(?:^|\n)(\d+) 0 obj\n(.*?)\nendobj`)
	bodies := map[string]string{}
	for _, m := range objRe.FindAllSubmatch(plain, -1) {
		bodies[string(m[1])] = string(bytes.TrimRight(m[2], "\n"))
	}
	found := map[string]string{}
	for _, m := range objRe.FindAllSubmatch(packed, -1) {
		found[string(m[1])] = string(bytes.TrimRight(m[2], "\n"))
	}
	for _, s := range streams(t, packed) {
		// an object stream: "n off n off …\n" then the bodies
		head, rest, ok := bytes.Cut(s, []byte("\n"))
		f := bytes.Fields(head)
		if !ok || len(f) == 0 || len(f)%2 != 0 || !regexp.MustCompile(`^[0-9 ]+$`).Match(head) {
			continue
		}
		for i := 0; i < len(f); i += 2 {
			a, _ := strconv.Atoi(string(f[i+1]))
			b := len(rest)
			if i+3 < len(f) {
				b, _ = strconv.Atoi(string(f[i+3]))
			}
			found[string(f[i])] = string(bytes.TrimRight(rest[a:b], "\n"))
		}
	}
	if len(bodies) < 10 {
		t.Fatalf("%d objects in the plain document", len(bodies))
	}
	for n, body := range bodies {
		if found[n] != body {
			t.Errorf("object %s: %q in the packed document, want %q", n, found[n], body)
		}
	}
	for _, s := range []string{"/Type /Catalog", "/CreationDate (D:20230630", "/Subtype /Link"} {
		if !bytes.Contains(packed, []byte(s)) {
			t.Errorf("%q not in the file's bytes", s)
		}
	}
	if len(packed) >= len(plain) {
		t.Errorf("packed %d bytes, plain %d", len(packed), len(plain))
	}
}

package fpdf

import (
	"strings"
	"testing"
)

// MoveLastPages puts the last pages in front, and links and bookmarks
// follow the content they pointed at.
func TestMoveLastPages(t *testing.T) {
	f := New("P", "mm", "A4", "")
	f.SetCompression(false)
	link := f.AddLink()
	for p := 1; p <= 5; p++ {
		f.AddPage()
		f.Bookmark("halaman "+string(rune('A'+p-1)), 0, -1)
		f.outf("%% isi %c", 'A'+p-1)
		if p == 4 {
			f.SetLink(link, 10, 4) // D
		}
	}
	// Pages D and E become pages 2 and 3: A D E B C.
	f.MoveLastPages(2, 2)
	want := "ADEBC"
	for p := 1; p <= 5; p++ {
		if got := f.pages[p].String(); !strings.Contains(got, "% isi "+want[p-1:p]) {
			t.Errorf("page %d holds %q, want content %c", p, got, want[p-1])
		}
	}
	if f.links[link].page != 2 {
		t.Errorf("the link points at page %d, want 2 (D)", f.links[link].page)
	}
	var got []string
	for _, o := range f.outlines {
		got = append(got, o.text[len(o.text)-1:]+string(rune('0'+o.p)))
	}
	if strings.Join(got, " ") != "A1 D2 E3 B4 C5" {
		t.Errorf("bookmarks %v", got)
	}
	if f.PageCount() != 5 {
		t.Errorf("%d pages", f.PageCount())
	}
}

package fpdf

import (
	"bytes"
	"sort"
)

// MoveLastPages moves the document's last n pages so that the first of
// them becomes page to, the pages from to on following them (a lapkin
// patch: a table of contents is laid out after the body, when the body's
// page numbers are known, then put in front of it). Internal links and
// bookmarks keep pointing at the same content; bookmarks are ordered by
// their new page (stable, so that the order within a page stays).
func (f *Fpdf) MoveLastPages(n, to int) {
	f.closeTextRun()
	last := len(f.pages) - 1
	if f.err != nil || n <= 0 || to < 1 || to > last-n+1 || n > last {
		return
	}
	first := last - n + 1 // the first page moved
	if first == to {
		return
	}
	baru := func(p int) int {
		switch {
		case p < to || p > last:
			return p
		case p >= first:
			return to + p - first
		default:
			return p + n
		}
	}
	pages := make([]*bytes.Buffer, len(f.pages))
	links := make([][]linkType, len(f.pageLinks))
	attach := make([][]annotationAttach, len(f.pageAttachments))
	pages[0], links[0] = f.pages[0], f.pageLinks[0]
	if len(attach) > 0 {
		attach[0] = f.pageAttachments[0]
	}
	for p := 1; p <= last; p++ {
		q := baru(p)
		pages[q] = f.pages[p]
		links[q] = f.pageLinks[p]
		if p < len(f.pageAttachments) {
			attach[q] = f.pageAttachments[p]
		}
	}
	f.pages, f.pageLinks, f.pageAttachments = pages, links, attach
	sizes := make(map[int]SizeType, len(f.pageSizes))
	for p, s := range f.pageSizes {
		sizes[baru(p)] = s
	}
	f.pageSizes = sizes
	boxes := make(map[int]map[string]PageBox, len(f.pageBoxes))
	for p, b := range f.pageBoxes {
		boxes[baru(p)] = b
	}
	f.pageBoxes = boxes
	for i := 1; i < len(f.links); i++ {
		f.links[i].page = baru(f.links[i].page)
	}
	for i := range f.outlines {
		f.outlines[i].p = baru(f.outlines[i].p)
	}
	sort.SliceStable(f.outlines, func(i, j int) bool { return f.outlines[i].p < f.outlines[j].p })
	f.page = baru(f.page)
}

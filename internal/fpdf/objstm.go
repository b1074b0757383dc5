package fpdf

import (
	"bytes"
	"slices"
	"strconv"
)

// objectsPerStream is the most objects one object stream holds.
const objectsPerStream = 500

// writePacked ends a finished document — every object written, the
// catalog last — the PDF 1.5 way (lapkin patch): the objects that are not
// streams go into compressed object streams, and a compressed
// cross-reference stream replaces the cross-reference table and trailer.
// The document catalog, the information dictionary and the pages with
// links stay as they are, where a script reading the file's bytes finds
// them. For a short report the dictionaries of its pages, fonts and
// bookmarks and the cross-reference table were a sixth of the file,
// uncompressed; for a 1,900-page one the pages were 300 KB. It reports false, leaving the document as it was, for an
// encrypted document or a layout it does not expect; the caller then
// writes the table and trailer.
func (f *Fpdf) writePacked() bool {
	if f.noPack || f.protect.encrypted || f.n < 3 || len(f.offsets) <= f.n {
		return false
	}
	buf := f.buffer.Bytes()
	n, root, info := f.n, f.n, f.n-1
	order := make([]int, 0, n)
	for j := 1; j <= n; j++ {
		if f.offsets[j] <= 0 || f.offsets[j] >= len(buf) {
			return false
		}
		order = append(order, j)
	}
	slices.SortFunc(order, func(a, b int) int { return f.offsets[a] - f.offsets[b] })
	type object struct {
		chunk  []byte // "n 0 obj\n…endobj\n"
		body   []byte // between "n 0 obj\n" and "endobj"; nil for a stream
		packed bool
	}
	objs := make([]object, n+1)
	for i, j := range order {
		end := len(buf)
		if i+1 < len(order) {
			end = f.offsets[order[i+1]]
		}
		chunk := buf[f.offsets[j]:end]
		prefix := strconv.Itoa(j) + " 0 obj\n"
		if !bytes.HasPrefix(chunk, []byte(prefix)) || !bytes.HasSuffix(chunk, []byte("endobj\n")) {
			return false
		}
		o := object{chunk: chunk}
		if !bytes.Contains(chunk, []byte("\nstream\n")) && j != root && j != info &&
			!bytes.Contains(chunk, []byte("/Annots")) {
			o.body = bytes.TrimRight(chunk[len(prefix):len(chunk)-len("endobj\n")], "\n")
			o.packed = true
		}
		objs[j] = o
	}
	header := buf[:f.offsets[order[0]]]
	if i := bytes.IndexByte(header, '\n'); i > 0 && bytes.HasPrefix(header, []byte("%PDF-1.")) && f.pdfVersion < pdfVers1_5 {
		header = append([]byte("%PDF-1.5"), header[i:]...)
	}

	// Patch 17: the room is made, not grown (Buffer.Grow clears all of it,
	// touching every page of memory in a fresh process; the object streams
	// leave its end unwritten).
	out := bytes.NewBuffer(make([]byte, 0, len(buf)))
	out.Write(header)
	offsets := make([]int, n+1)
	for _, j := range order {
		if !objs[j].packed {
			offsets[j] = out.Len()
			out.Write(objs[j].chunk)
		}
	}
	// The object streams, numbered after the document's objects.
	type where struct{ stream, index int }
	in := make([]where, n+1)
	next := n + 1
	var streams []int // offsets of the object streams
	var group []int
	flush := func() {
		if len(group) == 0 {
			return
		}
		var head, bodies bytes.Buffer
		for i, j := range group {
			in[j] = where{next, i}
			head.WriteString(strconv.Itoa(j) + " " + strconv.Itoa(bodies.Len()) + " ")
			bodies.Write(objs[j].body)
			bodies.WriteByte('\n')
		}
		head.Truncate(head.Len() - 1)
		head.WriteByte('\n')
		first := head.Len()
		head.Write(bodies.Bytes())
		mem := f.compressStream(head.Bytes())
		streams = append(streams, out.Len())
		out.WriteString(strconv.Itoa(next) + " 0 obj\n<</Type /ObjStm /N " + strconv.Itoa(len(group)) +
			" /First " + strconv.Itoa(first) + " /Filter /FlateDecode /Length " + strconv.Itoa(len(mem.bytes())) + ">>\nstream\n")
		out.Write(mem.bytes())
		out.WriteString("\nendstream\nendobj\n")
		mem.release()
		next++
		group = group[:0]
	}
	for j := 1; j <= n; j++ {
		if objs[j].packed {
			group = append(group, j)
			if len(group) == objectsPerStream {
				flush()
			}
		}
	}
	flush()
	// The cross-reference stream: type, offset or object stream, and
	// generation or index, in 1, 4 and 2 bytes.
	xref := next
	xrefOffset := out.Len()
	entries := make([]byte, 0, 7*(xref+1))
	put := func(t byte, a, b int) {
		entries = append(entries, t, byte(a>>24), byte(a>>16), byte(a>>8), byte(a), byte(b>>8), byte(b))
	}
	put(0, 0, 0xFFFF)
	for j := 1; j <= n; j++ {
		if objs[j].packed {
			put(2, in[j].stream, in[j].index)
		} else {
			put(1, offsets[j], 0)
		}
	}
	for _, o := range streams {
		put(1, o, 0)
	}
	put(1, xrefOffset, 0)
	mem := f.compressStream(entries)
	out.WriteString(strconv.Itoa(xref) + " 0 obj\n<</Type /XRef /Size " + strconv.Itoa(xref+1) +
		" /W [1 4 2] /Root " + strconv.Itoa(root) + " 0 R /Info " + strconv.Itoa(info) +
		" 0 R /Filter /FlateDecode /Length " + strconv.Itoa(len(mem.bytes())) + ">>\nstream\n")
	out.Write(mem.bytes())
	out.WriteString("\nendstream\nendobj\nstartxref\n" + strconv.Itoa(xrefOffset) + "\n%%EOF\n")
	mem.release()
	f.buffer = fmtBuffer{Buffer: *out}
	return true
}

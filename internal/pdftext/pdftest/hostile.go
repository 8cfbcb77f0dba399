package pdftest

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// Hostile files: small PDFs that were seen to hang a PDF reader, overflow
// its stack or make it allocate without bound. They are generated here,
// in the shapes of ../shared/hostile, so that tests need nothing outside
// the repository. Only ever read them where a limit can stop the reader.

// hostileText is the page content of every hostile file.
const hostileText = "BT /F1 12 Tf 72 700 Td (Recalling its resolution 60/45 of 8 December 2005,) Tj ET"

// onePage returns the objects 1–5 of a one-page file: catalog, pages,
// page, content, font.
func onePage() map[int]string {
	return map[int]string{
		1: "<< /Type /Catalog /Pages 2 0 R >>",
		2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		4: fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(hostileText), hostileText),
		5: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
}

// writeObjects writes objs in number order after a header and returns
// the offset of each.
func writeObjects(b *bytes.Buffer, version string, objs map[int]string) map[int]int {
	b.WriteString("%PDF-" + version + "\n")
	offs := map[int]int{}
	for i := 1; len(offs) < len(objs); i++ {
		if o, ok := objs[i]; ok {
			offs[i] = b.Len()
			fmt.Fprintf(b, "%d 0 obj\n%s\nendobj\n", i, o)
		}
	}
	return offs
}

// PrevLoop returns a file whose cross-reference table names itself as
// the previous one (/Prev): a reader that follows the chain never ends.
func PrevLoop() []byte { return classic(true, 0) }

// XrefStart returns a file whose cross-reference table has a subsection
// starting at object number start: a reader that sizes its table by it
// allocates start entries.
func XrefStart(start int64) []byte { return classic(false, start) }

// classic writes the one-page file with a classic cross-reference table,
// its /Prev pointing at itself when prevSelf, with an extra subsection
// at start when start > 0.
func classic(prevSelf bool, start int64) []byte {
	var b bytes.Buffer
	offs := writeObjects(&b, "1.4", onePage())
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 6\n0000000000 65535 f \n")
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, "%010d 00000 n \n", offs[i])
	}
	if start > 0 {
		fmt.Fprintf(&b, "%d 1\n0000000000 00000 n \n", start)
	}
	extra := ""
	if prevSelf {
		extra = fmt.Sprintf(" /Prev %d", xref)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size 6 /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", extra, xref)
	return b.Bytes()
}

// ObjStmSelf returns a file with a cross-reference stream that says the
// catalog lies in object stream 1, which is the catalog itself: a reader
// that resolves it recurses until its stack overflows.
func ObjStmSelf() []byte {
	objs := onePage()
	delete(objs, 1)
	return xrefStream(objs, map[int][3]int{1: {2, 1, 0}}, 0)
}

// XrefStreamSize returns a valid one-page file with a cross-reference
// stream declaring /Size size: a reader that sizes its table by it
// allocates size entries.
func XrefStreamSize(size int64) []byte { return xrefStream(onePage(), nil, size) }

// xrefStream writes objs with a cross-reference stream (/W [1 4 2]):
// every object in use at its offset, then the entries of over, and /Size
// size when size > 0.
func xrefStream(objs map[int]string, over map[int][3]int, size int64) []byte {
	var b bytes.Buffer
	offs := writeObjects(&b, "1.5", objs)
	ents := map[int][3]int{}
	top := 0
	for i, o := range offs {
		ents[i] = [3]int{1, o, 0}
		top = max(top, i)
	}
	for i, e := range over {
		ents[i] = e
		top = max(top, i)
	}
	id := top + 1
	xref := b.Len()
	ents[id] = [3]int{1, xref, 0}
	n := id + 1
	var data []byte
	for i := range n {
		e, ok := ents[i]
		if !ok {
			e = [3]int{0, 0, 65535}
		}
		data = append(data, byte(e[0]))
		data = binary.BigEndian.AppendUint32(data, uint32(e[1]))
		data = binary.BigEndian.AppendUint16(data, uint16(e[2]))
	}
	if size == 0 {
		size = int64(n)
	}
	fmt.Fprintf(&b, "%d 0 obj\n<< /Length %d /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Index [0 %d] >>\nstream\n%s\nendstream\nendobj\n",
		id, len(data), size, n, data)
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}

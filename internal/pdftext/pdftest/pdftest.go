// Package pdftest writes small PDF files for tests: pages of text placed
// at given positions in a Helvetica-like font whose every character is
// half an em wide, so that tests can reason about geometry.
package pdftest

import (
	"bytes"
	"fmt"
	"strings"
)

// Text is one string shown on a page. Size 0 means 10 points.
type Text struct {
	X, Y, Size float64
	S          string
	Rise       float64 // text rise (Ts), for superscripts
}

// Page is what one page shows. Ops, if set, is added to the content
// stream as it is (rules, TJ arrays).
type Page struct {
	Texts []Text
	Ops   string
}

// Width and Height are the page size: US Letter.
const (
	Width  = 612
	Height = 792
)

// New returns a PDF of the given pages.
func New(pages ...Page) []byte {
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	catalog := add("") // filled in below
	pagesObj := add("")
	widths := strings.TrimSpace(strings.Repeat("500 ", 126-32+1))
	font := add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [%s] >>", widths))
	var kids []string
	for _, p := range pages {
		content := stream(p)
		c := add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
		pg := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>",
			pagesObj, Width, Height, font, c))
		kids = append(kids, fmt.Sprintf("%d 0 R", pg))
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	return assemble(objs, catalog)
}

// stream writes a page's content stream.
func stream(p Page) string {
	var b strings.Builder
	for _, t := range p.Texts {
		size := t.Size
		if size == 0 {
			size = 10
		}
		fmt.Fprintf(&b, "BT /F1 %g Tf %g Ts 1 0 0 1 %g %g Tm (%s) Tj ET\n", size, t.Rise, t.X, t.Y, escape(t.S))
	}
	b.WriteString(p.Ops)
	return b.String()
}

// escape escapes a PDF literal string.
func escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s)
}

// Raw returns a PDF of the given objects, numbered from 1, whose catalog
// is object root: for files no writer would make.
func Raw(objs []string, root int) []byte { return assemble(objs, root) }

// assemble writes the objects, the cross-reference table and the trailer.
func assemble(objs []string, root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, root, xref)
	return b.Bytes()
}

// Lines returns texts for lines of body text at 10 points, left margin
// 72, one line every 12 points from y down.
func Lines(y float64, lines ...string) []Text {
	out := make([]Text, len(lines))
	for i, l := range lines {
		out[i] = Text{X: 72, Y: y - float64(12*i), S: l}
	}
	return out
}

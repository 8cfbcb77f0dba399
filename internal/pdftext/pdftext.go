// Package pdftext derives the text of a PDF document laid out for
// Recital's parser: one paragraph per line, paragraphs separated by blank
// lines, and the footnotes of each page after a line of underscores as
// "N text" lines.
//
// It reads the page content itself, with github.com/ledongthuc/pdf for the
// file structure, fonts and character maps, and places every glyph with
// its font's widths, word spacing and text matrix: lines are glyphs on one
// baseline, superscripts are small glyphs raised above one (footnote
// markers, run into the word before them; note labels, kept apart),
// paragraphs end at a wider gap between lines. Page furniture (running
// heads, page numbers, job numbers, barcodes) is recognised in the top and
// bottom bands of the page by its shape or by recurring on other pages,
// and dropped. Pages set in two columns are read column by column. A
// paragraph cut by the page foot is joined to its continuation on the next
// page, and the page's notes follow it.
//
// It does not run OCR: a scanned PDF without a text layer gives no text.
package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	pdf "github.com/ledongthuc/pdf"
)

// MaxPages bounds the pages read from one file: UN resolutions run to tens
// of pages, reports to a few hundred.
const MaxPages = 2000

// ErrNoText says that a PDF has pages but no text layer.
var ErrNoText = errors.New("the PDF has no text layer (a scanned image?): nothing to read")

// Result is the text of a PDF and what could not be read.
type Result struct {
	Text     string
	Pages    int
	BadPages []PageError // pages skipped because their content could not be read
}

// PageError says why one page could not be read.
type PageError struct {
	Page int
	Err  string
}

// Extract returns the text of the PDF in data. A page whose content is
// malformed is skipped and reported in BadPages; an error means the file
// as a whole could not be read.
func Extract(data []byte) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("malformed PDF: %v", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Result{}, fmt.Errorf("unreadable PDF: %v", err)
	}
	all := pageList(r)
	n := len(all)
	if n == 0 {
		return Result{}, errors.New("the PDF has no pages")
	}
	if n > MaxPages {
		return Result{}, fmt.Errorf("the PDF has more than %d pages, the most read from one document", MaxPages)
	}
	res.Pages = n
	var pages []*page
	for i, pg := range all {
		p, err := readPage(pg, i+1)
		if err != nil {
			res.BadPages = append(res.BadPages, PageError{Page: i + 1, Err: err.Error()})
			continue
		}
		pages = append(pages, p)
	}
	res.Text = layout(pages)
	if strings.TrimSpace(res.Text) == "" {
		if len(res.BadPages) == n {
			return res, fmt.Errorf("no page could be read (page 1: %s)", res.BadPages[0].Err)
		}
		return res, ErrNoText
	}
	return res, nil
}

// maxTreeDepth bounds how deep the page tree and inherited attributes are
// followed, and maxTreeNodes how many nodes of the page tree are visited:
// a malformed file may make either circular.
const (
	maxTreeDepth = 32
	maxTreeNodes = 4 * MaxPages
)

// pageList returns the pages of the document in order, walking the page
// tree within bounds. A node with kids is an inner node; any other is a
// page.
func pageList(r *pdf.Reader) []pdf.Page {
	var out []pdf.Page
	visits := 0
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		visits++
		if v.IsNull() || depth > maxTreeDepth || visits > maxTreeNodes || len(out) > MaxPages {
			return
		}
		kids := v.Key("Kids")
		if kids.Kind() != pdf.Array {
			out = append(out, pdf.Page{V: v})
			return
		}
		for i := 0; i < kids.Len(); i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return out
}

// inherited returns a page attribute, from the page or the nearest of its
// ancestors that has it.
func inherited(pg pdf.Page, key string) pdf.Value {
	v := pg.V
	for range maxTreeDepth {
		if v.IsNull() {
			break
		}
		if a := v.Key(key); !a.IsNull() {
			return a
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// readPage reads the glyphs and rules of one page, recovering from a
// panic in the PDF library.
func readPage(pg pdf.Page, num int) (p *page, err error) {
	defer func() {
		if x := recover(); x != nil {
			p, err = nil, fmt.Errorf("%v", x)
		}
	}()
	x0, y0, x1, y1 := 0.0, 0.0, 612.0, 792.0 // US Letter, unless the page says
	if b := inherited(pg, "MediaBox"); b.Len() == 4 {
		x0, y0, x1, y1 = b.Index(0).Float64(), b.Index(1).Float64(), b.Index(2).Float64(), b.Index(3).Float64()
	}
	in := &interp{fonts: &fontCache{byName: map[string]*font{}}, g: gstate{ctm: matrix{1, 0, 0, 1, -x0, -y0}, th: 1}}
	if contents := pg.V.Key("Contents"); !contents.IsNull() { // a blank page has none
		in.run(contents, inherited(pg, "Resources"))
	}
	return &page{num: num, width: x1 - x0, height: y1 - y0, lines: buildLines(in.glyphs), rules: in.rules}, nil
}

// layout turns the pages' lines into text.
func layout(pages []*page) string {
	size := bodySizeOf(pages)
	markFurniture(pages, size)
	for _, p := range pages {
		p.splitNotes(size)
		p.body = inColumns(p.body, p.width)
	}
	lead := leadings(pages)
	notes := pageNotes(pages, lead)
	var b strings.Builder
	var held []string // the notes of a page whose last paragraph the page foot cut
	cut, last := false, ""
	for i, p := range pages {
		paras := paragraphs(p.body, lead)
		if cut && len(paras) > 0 && continues(paras[0].text) {
			b.WriteString(" ")
			b.WriteString(paras[0].text)
			last = last + " " + paras[0].text
			paras = paras[1:]
		} else {
			last = ""
		}
		writeNotes(&b, held)
		held = nil
		for _, para := range paras {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(para.text)
			last = para.text
		}
		cut = i+1 < len(pages) && last != "" && unfinished(last)
		if cut {
			held = notes[i]
		} else {
			writeNotes(&b, notes[i])
		}
	}
	writeNotes(&b, held)
	b.WriteString("\n")
	return b.String()
}

// pageNotes returns the notes of each page, one text per note. A note
// that the page foot cut continues, without a label, at the head of the
// next page's notes: it is joined to the note it continues.
func pageNotes(pages []*page, lead map[float64]float64) [][]string {
	out := make([][]string, len(pages))
	prev := -1 // the last page with notes
	for i, p := range pages {
		for _, para := range paragraphs(p.notes, lead) {
			if !para.labeled && len(out[i]) == 0 && prev >= 0 {
				n := len(out[prev]) - 1
				out[prev][n] = joinLines(out[prev][n], para.text)
				continue
			}
			out[i] = append(out[i], para.text)
		}
		if len(out[i]) > 0 {
			prev = i
		}
	}
	return out
}

// writeNotes writes notes after a separator line.
func writeNotes(b *strings.Builder, notes []string) {
	if len(notes) == 0 {
		return
	}
	b.WriteString("\n\n__________________")
	for _, n := range notes {
		b.WriteString("\n\n")
		b.WriteString(n)
	}
}

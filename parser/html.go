package parser

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"
)

// An HTML page (UN, refworld) is read with the x/net/html tokenizer, which
// streams, and laid out as the corpus text renderings are: each block
// element (paragraph, heading, list item, table cell…) becomes a paragraph
// on its own line, blank-line separated, with white space collapsed.
// Footnote markers, a number in <sup> or a link to a note ("[1]"), are
// written right after the word they follow; a note opening with its
// number becomes "N text". Scripts, styles and the document head are left
// out.

// htmlBlocks are the elements that end a paragraph.
var htmlBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Caption: true, atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Section: true,
	atom.Article: true, atom.Aside: true, atom.Header: true, atom.Footer: true, atom.Nav: true,
	atom.Main: true, atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Center: true,
	atom.Form: true, atom.Fieldset: true, atom.Body: true, atom.Html: true,
}

// htmlSkipped are the elements whose content is no text of the document.
var htmlSkipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Select: true,
}

// isHTML reports whether data looks like an HTML page: it opens with a
// tag, and an HTML document tag or a paragraph tag comes early.
func isHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n")
	if !bytes.HasPrefix(data, []byte("<")) {
		return false
	}
	head := bytes.ToLower(data[:min(len(data), 1024)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<meta", "<title"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// noteMarkRE matches the text of a footnote marker: "1", "[1]", "(1)".
var noteMarkRE = regexp.MustCompile(`^[\[(]?(\d{1,3})[\])]?$`)

// htmlWriter assembles the text of a page.
type htmlWriter struct {
	out     strings.Builder
	para    strings.Builder // the paragraph being read
	pre     int             // depth of <pre>
	mark    int             // depth of <sup> or note links
	markBuf strings.Builder // the text of the marker being read
}

// htmlText derives the text of an HTML page.
func htmlText(data []byte) (string, error) {
	data = toUTF8(data)
	z := html.NewTokenizer(bytes.NewReader(data))
	z.SetMaxBuf(MaxInput)
	w := &htmlWriter{}
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				w.endPara()
				return w.out.String(), nil
			}
			return "", z.Err()
		case html.TextToken:
			if skip == 0 {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			switch {
			case htmlSkipped[a]:
				if tt == html.StartTagToken {
					skip++
				}
			case skip > 0:
			case a == atom.Br:
				w.para.WriteByte('\n')
			case htmlBlocks[a]:
				w.endPara()
				if a == atom.Pre {
					w.pre++
				}
			case a == atom.Sup || a == atom.A && hasAttr && isNoteLink(z):
				if tt == html.StartTagToken {
					w.mark++
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case htmlSkipped[a]:
				skip = max(skip-1, 0)
			case skip > 0:
			case htmlBlocks[a]:
				w.endPara()
				if a == atom.Pre {
					w.pre = max(w.pre-1, 0)
				}
			case (a == atom.Sup || a == atom.A) && w.mark > 0:
				w.mark--
				if w.mark == 0 {
					w.endMark()
				}
			}
		}
	}
}

// isNoteLink reports an <a> whose href points at a note in the page.
func isNoteLink(z *html.Tokenizer) bool {
	for {
		key, val, more := z.TagAttr()
		if string(key) == "href" {
			v := strings.ToLower(string(val))
			return strings.HasPrefix(v, "#") && (strings.Contains(v, "ftn") || strings.Contains(v, "fn") || strings.Contains(v, "note"))
		}
		if !more {
			return false
		}
	}
}

// text adds character data, collapsing white space outside <pre>.
func (w *htmlWriter) text(s string) {
	if w.mark > 0 {
		w.markBuf.WriteString(s)
		return
	}
	if w.pre > 0 {
		w.para.WriteString(s)
		return
	}
	if s == "" {
		return
	}
	r, _ := utf8.DecodeRuneInString(s)
	if isHTMLSpace(r) && w.para.Len() > 0 && !endsHTMLSpace(w.para.String()) {
		w.para.WriteByte(' ')
	}
	fields := strings.FieldsFunc(s, isHTMLSpace)
	for i, f := range fields {
		if i > 0 {
			w.para.WriteByte(' ')
		}
		w.para.WriteString(f)
	}
	if len(fields) > 0 && isHTMLSpace(lastRuneOf(s)) {
		w.para.WriteByte(' ')
	}
}

// endMark writes a finished marker: a note number is run into the word
// before it, or opens a note as its label; other superscripts ("st" in
// 1st) are plain text.
func (w *htmlWriter) endMark() {
	s := strings.TrimSpace(w.markBuf.String())
	w.markBuf.Reset()
	m := noteMarkRE.FindStringSubmatch(s)
	if m == nil {
		w.text(s)
		return
	}
	if strings.TrimSpace(w.para.String()) == "" {
		w.para.Reset()
		w.para.WriteString(m[1] + " ")
		return
	}
	text := strings.TrimRight(w.para.String(), " \u00a0")
	w.para.Reset()
	w.para.WriteString(text + m[1])
}

// endPara writes the paragraph being read, if it holds any text: its
// lines (broken by <br>) one after the other, and a blank line before it.
func (w *htmlWriter) endPara() {
	if w.mark > 0 { // a marker left open by bad markup
		w.mark = 0
		w.endMark()
	}
	first := true
	for _, line := range strings.Split(w.para.String(), "\n") {
		if w.pre == 0 {
			line = strings.TrimSpace(line)
		} else {
			line = strings.TrimRight(line, " \t\r")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if first && w.out.Len() > 0 {
			w.out.WriteString("\n")
		}
		first = false
		w.out.WriteString(line)
		w.out.WriteString("\n")
	}
	w.para.Reset()
}

// isHTMLSpace reports HTML white space (not U+00A0, which is text).
func isHTMLSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' }

// endsHTMLSpace reports text ending in HTML white space.
func endsHTMLSpace(s string) bool { return s != "" && isHTMLSpace(lastRuneOf(s)) }

// lastRuneOf returns the last rune of s.
func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// toUTF8 returns the page as UTF-8: as it is when it is valid UTF-8, else
// decoded as Windows-1252, the usual encoding of older pages.
func toUTF8(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return data
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
	}
	return out
}

package store

import (
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// Provenance says where a document of a store came from.
type Provenance struct {
	Path   string        `json:"path"`   // absolute path of the file read
	Source string        `json:"source"` // the path as given to build, which diagnostics name
	Hash   string        `json:"hash"`   // "sha256:" and the hex digest of the file's bytes
	Size   int64         `json:"size"`   // bytes
	Mtime  int64         `json:"mtime"`  // modification time when read, Unix nanoseconds
	Format parser.Format `json:"format"` // the format detected from the content
	Parser string        `json:"parser"` // parser.Version of the extraction
}

// record is one document of a store: its provenance and what the parser
// found in it, without its text. What graph.Build needs of the text (the
// title that may follow a citation) is kept as each citation's tail, and
// given to graph.BuildWith (see buildGraph).
type record struct {
	Provenance
	doc   *parser.Document // Text is empty; spans are into the document's own text
	tails []string         // by citation: the text after it when it may hold a title, else ""
}

// titleWindow is how much text after a citation graph.Build reads for a
// title (", entitled “…”"), and titleWord what such a title follows. A
// citation whose window lacks the word cannot be followed by a title.
const (
	titleWindow = graph.TitleWindow
	titleWord   = "entitled"
)

// newRecord keeps what a store needs of a parsed document, with strings
// copied out of its text so that the text can be freed, and short ones
// interned.
func newRecord(p Provenance, d *parser.Document, in *interner) *record {
	r := &record{Provenance: p, tails: make([]string, len(d.Citations))}
	doc := &parser.Document{
		Schema: d.Schema, Source: d.Source, Format: d.Format, Symbol: in.clone(d.Symbol), Title: strings.Clone(d.Title),
		Adopted: in.clone(d.Adopted), Body: parser.Body(in.clone(string(d.Body))), Session: in.clone(d.Session),
		AgendaItem: in.clone(d.AgendaItem), AdoptedOn: in.clone(d.AdoptedOn),
		Parts:       make([]string, len(d.Parts)),
		Citations:   make([]parser.Citation, len(d.Citations)),
		Diagnostics: make([]parser.Diagnostic, len(d.Diagnostics)),
	}
	for i, p := range d.Parts {
		doc.Parts[i] = in.clone(p)
	}
	for i, c := range d.Citations {
		doc.Citations[i] = parser.Citation{
			Target: in.clone(c.Target), Part: in.clone(c.Part), Body: parser.Body(in.clone(string(c.Body))),
			Kind: parser.Kind(in.clone(string(c.Kind))), Relation: in.clone(c.Relation), Verb: in.clone(c.Verb),
			Location: parser.Location(in.clone(string(c.Location))), Paragraph: c.Paragraph, Footnote: in.clone(c.Footnote),
			Date: in.clone(c.Date), Text: in.clone(c.Text), Span: c.Span,
		}
		r.tails[i] = titleTail(d.Text, c.Span.End)
	}
	for i, g := range d.Diagnostics {
		doc.Diagnostics[i] = parser.Diagnostic{Severity: parser.Severity(in.clone(string(g.Severity))), Code: in.clone(g.Code),
			Message: strings.Clone(g.Message), Span: g.Span}
	}
	r.doc = doc
	return r
}

// titleTail returns the text after a citation ending at end that
// graph.Build may read a title from, or "": the window it reads, when the
// window holds "entitled", cut after the first closing quote that
// follows the word, since a title cannot run past one. graph.TitleIn
// finds in the tail exactly the title it finds in the whole text: its
// match starts at the citation's end and stops at that quote.
func titleTail(text string, end int) string {
	if end <= 0 || end > len(text) {
		return ""
	}
	w := text[end:min(len(text), end+titleWindow)]
	i := strings.Index(w, titleWord)
	if i < 0 {
		return ""
	}
	rest := w[i+len(titleWord):]
	rest = strings.TrimLeft(rest, " \t\r\n\u00a0")
	for _, open := range []string{"\"", "“"} {
		if strings.HasPrefix(rest, open) {
			body := rest[len(open):]
			if j := strings.IndexAny(body, "\"”\n"); j >= 0 {
				cut := len(w) - len(body) + j + 1
				if body[j] != '\n' && body[j] != '"' {
					cut += len("”") - 1
				}
				return strings.Clone(w[:cut])
			}
		}
	}
	return strings.Clone(w)
}

// interner shares one copy of each short string.
type interner struct{ m map[string]string }

// clone returns a copy of s that holds no reference to the text it was
// cut from; short strings are shared.
func (in *interner) clone(s string) string {
	if len(s) > 40 {
		return strings.Clone(s)
	}
	if v, ok := in.m[s]; ok {
		return v
	}
	s = strings.Clone(s)
	in.m[s] = s
	return s
}

package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unsafe"

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
//
// A record is kept encoded (enc, see appendRecord) from the moment it is
// parsed or read from a store: bytes with no pointers, which the collector
// does not scan while the files of a build are parsed, and which a build
// writes out again as they are. It is decoded into doc and tails when the
// graph is built (decode).
type record struct {
	Provenance
	enc []byte // the encoded record: see appendRecord
	// framed is enc with its length before it, as it lies in the
	// documents section it was read from; nil for a record just parsed.
	framed []byte
	doc    *parser.Document // decoded from enc; Text is empty; spans are into the document's own text
	tails  []string         // by citation: the text after it when it may hold a title, else ""
}

// titleWindow is how much text after a citation graph.Build reads for a
// title (", entitled “…”"), and titleWord what such a title follows. A
// citation whose window lacks the word cannot be followed by a title.
const (
	titleWindow = graph.TitleWindow
	titleWord   = "entitled"
)

// newRecord encodes what a store needs of a parsed document; e is the
// calling worker's encoder. The record holds no reference to the
// document's text.
func newRecord(p Provenance, d *parser.Document, e *recordEncoder) *record {
	tails := make([]string, len(d.Citations))
	for i, c := range d.Citations {
		tails[i] = titleTail(d.Text, c.Span.End)
	}
	e.buf = appendRecord(e, e.buf[:0], d, tails)
	return &record{Provenance: p, enc: bytes.Clone(e.buf)}
}

// A record is encoded on its own, so that it can be copied from one store
// to the next without being decoded (see putRecords): unsigned varints,
// and strings. A string is a varint v: v odd is a reference to the
// (v>>1)th string the record wrote in place; v = 4n+2 is word n of
// recordWords; v = 4n is a string of n bytes written in place, which
// follow (0 is ""). In order:
// schema, symbol, title, adopted, body, session, agenda item, adopted on;
// the parts (count, then each); the citations (count, then per citation
// target, part, body, kind, relation, verb, location, footnote, date,
// text, paragraph, span start, end, line and column, tail); the
// diagnostics (count, then per diagnostic severity, code, message, span);
// the language of the text ("en", "fr", …; absent in records of stores
// written before it was kept, which read as "").

// recordWords are the strings that recur in most records (kinds,
// locations, bodies, common relations and the like), written as their
// rank in this list. The list is part of the store format: words may be
// appended, never removed or reordered.
var recordWords = [...]string{
	"resolution", "decision", "statement", "document", "other",
	"header", "preamble", "operative", "footnote", "annex",
	"GA", "SC", "ECOSOC", "HRC", "CHR", "TC",
	"warning", "error",
	"recalling", "reaffirming", "noting", "taking note", "takes note", "welcoming", "bearing in mind",
	"recognizing", "acknowledging", "emphasizing", "stressing", "guided by", "mindful", "draft", "decides", "requests",
	"A", "B", "C", "A,B",
	"en", "fr", "es",
}

// recordWordIndex finds a word of recordWords.
var recordWordIndex = func() map[string]uint64 {
	m := make(map[string]uint64, len(recordWords))
	for i, w := range recordWords {
		m[w] = uint64(i)
	}
	return m
}()

// recordEncoder encodes records; one per goroutine.
type recordEncoder struct {
	buf  []byte
	seen map[string]uint64 // the strings of the record being encoded, by rank
}

// appendRecord appends the record of d, whose citations have the given
// tails, to dst.
func appendRecord(e *recordEncoder, dst []byte, d *parser.Document, tails []string) []byte {
	if e.seen == nil {
		e.seen = make(map[string]uint64)
	}
	clear(e.seen)
	u := func(v uint64) { dst = binary.AppendUvarint(dst, v) }
	n := func(v int) { u(uint64(max(v, 0))) }
	str := func(s string) {
		if s == "" {
			u(0)
			return
		}
		if k, ok := recordWordIndex[s]; ok {
			u(k<<2 | 2)
			return
		}
		if k, ok := e.seen[s]; ok {
			u(k<<1 | 1)
			return
		}
		e.seen[s] = uint64(len(e.seen))
		u(uint64(len(s)) << 2)
		dst = append(dst, s...)
	}
	span := func(sp parser.Span) { n(sp.Start); n(sp.End); n(sp.Line); n(sp.Col) }
	n(d.Schema)
	for _, s := range [...]string{d.Symbol, d.Title, d.Adopted, string(d.Body), d.Session, d.AgendaItem, d.AdoptedOn} {
		str(s)
	}
	n(len(d.Parts))
	for _, p := range d.Parts {
		str(p)
	}
	n(len(d.Citations))
	for i, c := range d.Citations {
		for _, s := range [...]string{c.Target, c.Part, string(c.Body), string(c.Kind), c.Relation, c.Verb, string(c.Location), c.Footnote, c.Date, c.Text} {
			str(s)
		}
		n(c.Paragraph)
		span(c.Span)
		str(tails[i])
	}
	n(len(d.Diagnostics))
	for _, g := range d.Diagnostics {
		str(string(g.Severity))
		str(g.Code)
		str(g.Message)
		span(g.Span)
	}
	// The language last: records written before it was kept end with
	// the diagnostics, and read as language "".
	str(d.Language)
	return dst
}

// decode decodes the record's document and tails from enc, unless done
// already, and names the document by the record's source. The strings
// are views of enc; table is scratch space for the record's strings.
func (r *record) decode(table *[]string) error {
	if r.doc == nil {
		d := &recordDecoder{table: (*table)[:0]}
		if len(r.enc) > 0 {
			d.s = unsafe.String(&r.enc[0], len(r.enc))
		}
		doc, tails := readDocument(d)
		if d.err == nil && d.off < len(d.s) {
			doc.Language = d.str()
		}
		*table = d.table
		if d.err == nil && d.off != len(d.s) {
			d.fail()
		}
		if d.err != nil {
			return d.err
		}
		r.doc, r.tails = doc, tails
	}
	r.doc.Source, r.doc.Format = r.Source, r.Format
	return nil
}

// documentReader reads the fields of a document as both kinds of
// documents section write them: records (recordDecoder) and the section
// of stores written before them (decoder).
type documentReader interface {
	int() int
	str() string
	count(min int) int
	span() parser.Span
}

// readDocument reads a document, from its schema to its diagnostics, and
// the tails of its citations.
func readDocument(d documentReader) (*parser.Document, []string) {
	doc := &parser.Document{Schema: d.int(), Symbol: d.str(), Title: d.str(), Adopted: d.str(), Body: parser.Body(d.str()),
		Session: d.str(), AgendaItem: d.str(), AdoptedOn: d.str()}
	doc.Parts = make([]string, d.count(1))
	for j := range doc.Parts {
		doc.Parts[j] = d.str()
	}
	doc.Citations = make([]parser.Citation, d.count(16))
	tails := make([]string, len(doc.Citations))
	for j := range doc.Citations {
		doc.Citations[j] = parser.Citation{Target: d.str(), Part: d.str(), Body: parser.Body(d.str()), Kind: parser.Kind(d.str()),
			Relation: d.str(), Verb: d.str(), Location: parser.Location(d.str()), Footnote: d.str(), Date: d.str(), Text: d.str()}
		doc.Citations[j].Paragraph = d.int()
		doc.Citations[j].Span = d.span()
		tails[j] = d.str()
	}
	doc.Diagnostics = make([]parser.Diagnostic, d.count(7))
	for j := range doc.Diagnostics {
		doc.Diagnostics[j] = parser.Diagnostic{Severity: parser.Severity(d.str()), Code: d.str(), Message: d.str()}
		doc.Diagnostics[j].Span = d.span()
	}
	return doc, tails
}

// recordDecoder reads one record. Errors are sticky: after the first,
// every read returns zero values.
type recordDecoder struct {
	s     string
	off   int
	table []string
	err   error
}

// fail records a malformed record.
func (d *recordDecoder) fail() {
	if d.err == nil {
		d.err = &CorruptError{"malformed document record at byte " + strconv.Itoa(d.off)}
	}
	d.off = len(d.s)
}

// uint reads an unsigned varint.
func (d *recordDecoder) uint() uint64 {
	v, n := binary.Uvarint(unsafe.Slice(unsafe.StringData(d.s[d.off:]), len(d.s)-d.off))
	if n <= 0 {
		d.fail()
		return 0
	}
	d.off += n
	return v
}

// int reads an int written as a non-negative one.
func (d *recordDecoder) int() int {
	v := d.uint()
	if v > 1<<31 {
		d.fail()
		return 0
	}
	return int(v)
}

// count reads a length, failing when it exceeds what the rest of the
// record could hold at min bytes per item.
func (d *recordDecoder) count(min int) int {
	v := d.uint()
	if v > uint64(len(d.s)-d.off)/uint64(min) {
		d.fail()
		return 0
	}
	return int(v)
}

// str reads a string written in place, by reference or as a word.
func (d *recordDecoder) str() string {
	v := d.uint()
	if v&1 == 1 {
		if v>>1 >= uint64(len(d.table)) {
			d.fail()
			return ""
		}
		return d.table[v>>1]
	}
	if v&2 == 2 {
		if v>>2 >= uint64(len(recordWords)) {
			d.fail()
			return ""
		}
		return recordWords[v>>2]
	}
	l := v >> 2
	if l > uint64(len(d.s)-d.off) {
		d.fail()
		return ""
	}
	s := d.s[d.off : d.off+int(l)]
	d.off += int(l)
	if l > 0 {
		d.table = append(d.table, s)
	}
	return s
}

// span reads a span.
func (d *recordDecoder) span() parser.Span {
	return parser.Span{Start: d.int(), End: d.int(), Line: d.int(), Col: d.int()}
}

// decodeAll decodes every record that is not decoded yet, on every CPU.
func decodeAll(recs []*record) error {
	workers := max(1, min(runtime.GOMAXPROCS(0), len(recs)/1000))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var table []string
			for i := w; i < len(recs); i += workers {
				if err := recs[i].decode(&table); err != nil && errs[w] == nil {
					errs[w] = err
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// titleTail returns the text after a citation ending at end that
// graph.Build may read a title from, or "": the window it reads, when the
// window holds "entitled", cut after the first closing quote that
// follows the word, since a title cannot run past one. graph.TitleIn
// finds in the tail exactly the title it finds in the whole text: its
// match starts at the citation's end and stops at that quote. The tail
// is a view of text: the record's encoding copies it.
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
				return w[:cut]
			}
		}
	}
	return w
}

package parser

// Reading Akoma Ntoso (AKN4UN) XML: the text of a resolution laid out one
// paragraph per line, and the identity the file states in its metadata.
//
// The layout reproduces the corpus renderings made by scripts/akn2txt.py:
//
//	cover page lines ("United Nations", symbol, body, date, session, agenda item…)
//	"74/243. Title"                number and title, one line
//	"The General Assembly,"        enacting formula
//	one line per paragraph         "1. " and "(a) " numbers open their line
//	meeting and date lines         <eol/> breaks a line
//	""                             a blank line, when there are notes
//	"1 note text"                  one line per authorialNote, in order
//
// An authorialNote leaves its marker in the running text, right after the
// text it follows ("of 12 August 1949,1 to the"). Every run of white space,
// U+00A0 and the other Unicode spaces included, becomes one ASCII space and
// lines are trimmed, as the renderings do; every other character, U+2011
// among them, is kept as the XML has it.

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// aknMeta is the identity an AKN file states in its metadata and header.
type aknMeta struct {
	Symbol     string   // canonical own symbol: "A/RES/74/243", "E/RES/2023/11", "A/RES/ES-11/1", "A/RES/S-32/1"
	Adopted    string   // ISO date of adoption (FRBRdate name="adoption"; the printed date where they differ)
	Title      string   // the resolution's title (without the "74/243. " number prefix)
	Body       Body     // BodyGA or BodyECOSOC (from FRBRauthor / URI), else BodyNone
	Session    string   // "74", "ES-11", "2023" for ECOSOC … as the document states it
	AgendaItem string   // "60" from "Agenda item 60", "" when absent; keep letters e.g. "27 (b)"
	Parts      []string // lettered parts the file holds, e.g. ["A","B"], else nil
	// Structure is where the XML puts its notes and their markers in the
	// text, which the layout stage takes as given rather than guessing.
	Structure *structure
}

// aknRoot is the local name of the root element of every AKN document.
const aknRoot = "akomaNtoso"

// aknBlocks are the elements that begin and end a line of text. Elements
// not listed here (span, a, sup, docNumber, inline…) run on in their line;
// num, eol, authorialNote and meta have rules of their own.
var aknBlocks = map[string]bool{
	"akomaNtoso": true, "statement": true, "documentCollection": true, "doc": true,
	"coverPage": true, "preface": true, "preamble": true, "mainBody": true,
	"conclusions": true, "attachments": true, "attachment": true,
	"collectionBody": true, "components": true, "component": true,
	"p": true, "formula": true, "container": true, "blockContainer": true,
	"paragraph": true, "subparagraph": true, "content": true, "section": true,
	"subsection": true, "part": true, "chapter": true, "title": true,
	"article": true, "clause": true, "division": true, "level": true,
	"hcontainer": true, "alinea": true, "list": true, "intro": true,
	"wrapUp": true, "point": true, "sublist": true, "blockList": true,
	"listIntroduction": true, "listWrapUp": true, "item": true,
	"heading": true, "subheading": true, "crossHeading": true,
	"docType": true, "table": true, "caption": true, "tr": true,
	"td": true, "th": true, "ul": true, "ol": true, "li": true,
	"embeddedStructure": true, "quotedStructure": true, "tblock": true,
	"longTitle": true, "recitals": true, "recital": true,
	"citations": true, "citation": true, "foreign": true,
}

// aknReader turns the token stream of one AKN document into text and
// metadata. The zero value is not usable: see newAKNReader.
type aknReader struct {
	data    []byte        // the whole document
	src     *bytes.Reader // data, as the decoder reads it
	dec     *xml.Decoder
	fast    *aknScanner
	skipped int  // newlines jumped over by skipMeta, for error lines
	depth   int  // depth of the element being read; the root is 1
	rooted  bool // whether the root element has been seen

	body   []byte // finished lines of the document body, each ending "\n"
	line   []byte // raw text of the line being built
	prefix []byte // normalised <num> waiting to open the next line
	notes  []byte // finished note lines, "marker text\n" each
	// markerLabels are the markers of the authorialNotes in the order
	// they were met, as aknStructure needs them.
	markerLabels []string

	numDepth  int    // depth of the <num> being read, 0 outside one
	num       []byte // raw text of that <num>
	noteDepth int    // depth of the authorialNote being read, 0 outside one
	note      []byte // raw text of that note, marker first
	metaDepth int    // depth of the <meta> being read, 0 outside one

	capDepth int      // depth of the element whose text is captured, 0 if none
	capInto  *string  // where the captured text goes when that element ends
	capText  []byte   // raw captured text
	prefaces int      // number of <preface> elements seen
	prefaceP int      // number of <p> elements seen in the first preface
	facts    aknFacts // what the metadata and header state
}

// aknFacts gathers the raw statements of identity found while reading; they
// become an aknMeta once the whole document is read.
type aknFacts struct {
	adoption string // first FRBRdate name="adoption"
	printed  string // first docDate refersTo="#adoptionDate" in conclusions
	author   string // first FRBRauthor as="author", e.g. "ga"
	workURI  string // first FRBRuri of a FRBRWork
	docName  string // name of the <statement>: "resolution", "decision"
	number   string // cover page docNumber, e.g. "A/RES/79/93 A-B"
	title    string // docTitles of the first line of the first preface
	session  string // value of the cover page <session>: "74", "11" for ES-11
	agenda   string // text of the cover page agenda item, e.g. "Agenda item 60"
}

// newAKNReader prepares to read the AKN document in data.
func newAKNReader(data []byte) *aknReader {
	src := bytes.NewReader(data)
	return &aknReader{data: data, src: src, dec: xml.NewDecoder(src)}
}

// aknText derives plain text from AKN XML, laid out exactly like the
// dev/*.txt renderings made by the corpus's akn2txt.py, and the metadata.
// It fails with an *InputError (Source left for the caller to fill in) on
// empty input, on XML that is not well formed, with the line and column
// where the decoder stopped, and on XML whose root is not akomaNtoso.
func aknText(data []byte) (text string, meta aknMeta, err error) {
	return aknTextFrom(data, true)
}

// aknTextFrom is aknText. With fast, the document is read first by the
// tokenizer of aknscan.go; what it does not accept is read again from the
// start by encoding/xml, which gives every error its message and place.
func aknTextFrom(data []byte, fast bool) (text string, meta aknMeta, err error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", aknMeta{}, &InputError{Msg: "empty input: no XML to read"}
	}
	r := newAKNReader(data)
	if !fast || !r.scan() {
		r = newAKNReader(data)
		if err := r.read(); err != nil {
			return "", aknMeta{}, err
		}
	}
	text, st := aknStructure(r.text(), r.markerLabels)
	meta = r.facts.meta()
	meta.Structure = st
	return text, meta, nil
}

// The reader marks where each authorialNote sits in the text with a
// private-use character before its marker, and where each note body
// begins with another; aknStructure takes them out and records the
// offsets, so that the layout need not find markers by their shape.
const (
	aknMarkerSentinel = "\uE000"
	aknNoteSentinel   = "\uE001"
	aknRepeatSentinel = "\uE002"
	aknRepeatEnd      = "\uE003"
)

// aknStructure removes the sentinels from text and returns the text and
// the notes and markers they marked. A marker or note whose label is not
// a number is left to the layout's own reading.
func aknStructure(text string, labels []string) (string, *structure) {
	if !strings.Contains(text, aknMarkerSentinel) && !strings.Contains(text, aknNoteSentinel) {
		return strings.NewReplacer(aknRepeatSentinel, "", aknRepeatEnd, "").Replace(text), nil
	}
	st := &structure{}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		switch {
		case strings.HasPrefix(text[i:], aknMarkerSentinel):
			i += len(aknMarkerSentinel)
			at := b.Len()
			if len(labels) > 0 {
				label := labels[0]
				labels = labels[1:]
				if n := atoi(label); n > 0 && strings.HasPrefix(text[i:], label) {
					st.markers = append(st.markers, structMarker{start: at, end: at + len(label), label: n})
				}
			}
		case strings.HasPrefix(text[i:], aknRepeatSentinel):
			i += len(aknRepeatSentinel)
			at := b.Len()
			if n, w := leadingNumber(text[i:]); w > 0 && strings.HasPrefix(text[i+w:], aknRepeatEnd) {
				st.markers = append(st.markers, structMarker{start: at, end: at + w, label: n, repeat: true})
			}
		case strings.HasPrefix(text[i:], aknRepeatEnd):
			i += len(aknRepeatEnd)
		case strings.HasPrefix(text[i:], aknNoteSentinel):
			i += len(aknNoteSentinel)
			at := b.Len()
			n, w := leadingNumber(text[i:])
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 {
				end = len(text) - i
			}
			if w > 0 {
				body := at + w
				for body < at+end && text[i+body-at] == ' ' {
					body++
				}
				st.notes = append(st.notes, structNote{label: n, start: body, end: at + end})
			}
		default: // up to the next byte that may begin a sentinel
			n := 1 + strings.IndexByte(text[i+1:], aknMarkerSentinel[0])
			if n == 0 {
				n = len(text) - i
			}
			b.WriteString(text[i : i+n])
			i += n
		}
	}
	return b.String(), st
}

// leadingNumber reads the decimal number at the start of s and its width.
func leadingNumber(s string) (int, int) {
	w := 0
	for w < len(s) && w < 6 && isDigit(s[w]) {
		w++
	}
	if w == 0 {
		return 0, 0
	}
	return atoi(s[:w]), w
}

// read consumes the whole token stream, stopping at the first error.
func (r *aknReader) read() error {
	for {
		tok, err := r.dec.Token()
		if err == io.EOF {
			if !r.rooted {
				return &InputError{Msg: "no XML element found: not Akoma Ntoso XML"}
			}
			return nil
		}
		if err != nil {
			return r.syntaxError(err)
		}
		if err := r.token(tok); err != nil {
			return err
		}
	}
}

// syntaxError words a decoder error with the place it points at.
func (r *aknReader) syntaxError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		err = errors.New(se.Msg)
	}
	return r.errorf("malformed XML: %v", err)
}

// errorf makes an *InputError at the place the decoder has reached. The
// column is the decoder's; on the line where a skipMeta ended it counts
// from the end of the part skipped.
func (r *aknReader) errorf(format string, args ...any) error {
	line, col := r.dec.InputPos()
	return &InputError{Line: line + r.skipped, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// token dispatches one token of the stream.
func (r *aknReader) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		return r.open(aknTag{name: t.Name.Local, attr: t.Attr})
	case xml.EndElement:
		r.end(t.Name.Local)
		r.depth--
	case xml.CharData:
		r.chars(t)
	}
	return nil
}

// open handles an element opened at the next depth.
func (r *aknReader) open(t aknTag) error {
	r.depth++
	if err := r.checkRoot(t.name); err != nil {
		return err
	}
	r.start(t)
	return nil
}

// checkRoot rejects a document whose root is not akomaNtoso, or which has
// a second root element, when the element just opened is a root.
func (r *aknReader) checkRoot(name string) error {
	if r.depth > 1 {
		return nil
	}
	switch {
	case r.rooted:
		return r.errorf("malformed XML: second root element <%s>", name)
	case name != aknRoot:
		return r.errorf("root element is <%s>, not <%s>: not Akoma Ntoso XML", name, aknRoot)
	}
	r.rooted = true
	return nil
}

// start handles an opening tag.
func (r *aknReader) start(t aknTag) {
	name := t.name
	if r.metaDepth > 0 {
		r.metaStart(t)
		return
	}
	switch {
	case name == "meta":
		r.metaDepth = r.depth
		return
	case name == "statement" && r.facts.docName == "":
		r.facts.docName = aknAttr(t, "name")
	case name == "authorialNote" && r.noteDepth == 0:
		r.noteDepth = r.depth
		marker := aknAttr(t, "marker")
		r.line = append(r.line, aknMarkerSentinel...)
		r.line = append(r.line, marker...)
		r.markerLabels = append(r.markerLabels, marker)
		r.note = append(r.note[:0], marker...)
		r.note = append(r.note, ' ')
		return
	case name == "sup" && r.noteDepth == 0 && r.numDepth == 0 && r.metaDepth == 0:
		// A note referred to again is a bare superscript of its number:
		// "Court of Justice<sup>3</sup>" after authorialNote 3.
		r.line = append(r.line, aknRepeatSentinel...)
		return
	case name == "num" && r.noteDepth == 0 && r.numDepth == 0:
		r.numDepth = r.depth
		r.num = r.num[:0]
		return
	case name == "eol":
		r.blockBreak()
		return
	case aknBlocks[name]:
		r.blockBreak()
	}
	r.headerStart(t)
}

// end handles a closing tag.
func (r *aknReader) end(name string) {
	if r.capDepth == r.depth {
		r.endCapture()
	}
	if name == "sup" && r.noteDepth == 0 && r.numDepth == 0 && r.metaDepth == 0 {
		r.line = append(r.line, aknRepeatEnd...)
	}
	switch r.depth {
	case r.metaDepth:
		r.metaDepth = 0
	case r.noteDepth:
		r.noteDepth = 0
		r.notes = append(r.notes, aknNoteSentinel...)
		r.notes = aknAppendNormal(r.notes, r.note)
		r.notes = append(r.notes, '\n')
	case r.numDepth:
		r.numDepth = 0
		if len(r.prefix) > 0 { // "1." with no text before "(a)"
			r.prefix = append(r.prefix, ' ')
		}
		r.prefix = aknAppendNormal(r.prefix, r.num)
	default:
		if aknBlocks[name] {
			r.blockBreak()
		}
	}
}

// chars adds character data to whatever is being read.
func (r *aknReader) chars(data []byte) {
	for _, sentinel := range aknSentinelsIn(data) {
		if bytes.Contains(data, []byte(sentinel)) {
			data = bytes.ReplaceAll(data, []byte(sentinel), nil)
		}
	}
	if r.capDepth > 0 && r.noteDepth == 0 { // a title's note is not title
		r.capText = append(r.capText, data...)
	}
	switch {
	case r.metaDepth > 0:
	case r.numDepth > 0:
		r.num = append(r.num, data...)
	case r.noteDepth > 0:
		r.note = append(r.note, data...)
	default:
		r.line = append(r.line, data...)
	}
}

// blockBreak ends the line being built, if it holds any text. Inside a note
// or a number a block boundary is only a space. A pending number opens the
// line; a number followed by no text stays pending for the next line.
func (r *aknReader) blockBreak() {
	switch {
	case r.numDepth > 0:
		r.num = append(r.num, ' ')
		return
	case r.noteDepth > 0:
		r.note = append(r.note, ' ')
		return
	}
	if len(r.line) == 0 {
		return
	}
	mark := len(r.body)
	if len(r.prefix) > 0 {
		r.body = append(r.body, r.prefix...)
		r.body = append(r.body, ' ')
	}
	textAt := len(r.body)
	r.body = aknAppendNormal(r.body, r.line)
	r.line = r.line[:0]
	if len(r.body) == textAt { // only white space: no line, number kept
		r.body = r.body[:mark]
		return
	}
	r.body = append(r.body, '\n')
	r.prefix = r.prefix[:0]
}

// text assembles the body lines and, after a blank line, the notes.
func (r *aknReader) text() string {
	r.blockBreak()
	if len(r.prefix) > 0 { // a number with nothing after it
		r.body = append(r.body, r.prefix...)
		r.body = append(r.body, '\n')
	}
	if len(r.notes) == 0 {
		return string(r.body)
	}
	out := make([]byte, 0, len(r.body)+1+len(r.notes))
	out = append(out, r.body...)
	out = append(out, '\n')
	out = append(out, r.notes...)
	return string(out)
}

// metaStart records the identity statements of a <meta> section: the
// adoption date, the author and the work URI.
func (r *aknReader) metaStart(t aknTag) {
	f := &r.facts
	switch t.name {
	case "FRBRdate":
		if f.adoption == "" && aknAttr(t, "name") == "adoption" {
			f.adoption = aknAttr(t, "date")
		}
	case "FRBRauthor":
		if f.author == "" && aknAttr(t, "as") == "author" {
			f.author = aknAttr(t, "href")
		}
	case "FRBRuri":
		if f.workURI == "" {
			f.workURI = aknAttr(t, "value")
		}
	default:
		if aknMetaSkip[t.name] {
			r.skipMeta(t.name)
		}
	}
}

// aknMetaSkip are the parts of <meta> that state nothing the reader needs:
// votes, keywords, workflow, references, page furniture. They hold more
// than a quarter of the bytes of the corpus files.
var aknMetaSkip = map[string]bool{
	"analysis": true, "classification": true, "workflow": true,
	"references": true, "presentation": true, "lifecycle": true,
	"proprietary": true, "notes": true, "temporalData": true,
}

// skipMeta moves the input past the content of the element just opened,
// to its end tag, without tokenising what lies between. The decoder reads a
// bytes.Reader a byte at a time and never past the '>' of a start tag, so
// the reader can be moved; the end tag is left for the decoder to read,
// which keeps its element stack in step. An element written empty
// ("<analysis/>"), or whose end tag is not found as written, is left to
// the decoder. The content jumped over is not checked for well-formedness.
func (r *aknReader) skipMeta(name string) {
	pos := r.offset()
	if pos < 2 || r.data[pos-1] != '>' || r.data[pos-2] == '/' {
		return
	}
	end := bytes.Index(r.data[pos:], []byte("</"+name+">"))
	if end < 0 {
		return
	}
	r.skipped += bytes.Count(r.data[pos:pos+end], []byte{'\n'})
	r.moveTo(pos + end)
}

// headerStart notes the header elements that state the document's identity
// and starts capturing their text.
func (r *aknReader) headerStart(t aknTag) {
	f := &r.facts
	switch t.name {
	case "preface":
		r.prefaces++
	case "p":
		if r.prefaces == 1 {
			r.prefaceP++
		}
	case "docNumber":
		if f.number == "" && aknAttr(t, "refersTo") == "#symbol" {
			r.capture(&f.number)
		}
	case "docTitle": // 75/290 has two, both part of its title
		if r.prefaces == 1 && r.prefaceP == 1 {
			r.capture(&f.title)
		}
	case "session":
		if f.session == "" {
			f.session = aknAttr(t, "value")
		}
	case "inline":
		if f.agenda == "" && aknAttr(t, "name") == "agenda item" {
			r.capture(&f.agenda)
		}
	case "docDate":
		if f.printed == "" && aknAttr(t, "refersTo") == "#adoptionDate" {
			f.printed = aknAttr(t, "date")
		}
	}
}

// capture starts collecting the text of the element just opened into dst,
// unless another capture is running.
func (r *aknReader) capture(dst *string) {
	if r.capDepth > 0 {
		return
	}
	r.capDepth, r.capInto = r.depth, dst
	r.capText = r.capText[:0]
}

// endCapture stores the captured text, after any text already there.
func (r *aknReader) endCapture() {
	text := aknNormalize(r.capText)
	if *r.capInto != "" && text != "" {
		text = *r.capInto + " " + text
	}
	if text != "" {
		*r.capInto = text
	}
	r.capDepth, r.capInto = 0, nil
}

// aknAttr returns the value of the attribute with the given local name.
func aknAttr(t aknTag, local string) string {
	if t.scan != nil {
		return t.scan.attrValue(local)
	}
	for _, a := range t.attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// aknNormalize collapses every run of Unicode white space in b into one
// ASCII space and trims both ends, as str.split and join do in Python.
func aknNormalize(b []byte) string {
	return string(aknAppendNormal(nil, b))
}

// aknAppendNormal appends src to dst with every run of Unicode white space
// made one ASCII space, and none at either end of what it appends.
func aknAppendNormal(dst, src []byte) []byte {
	start := len(dst)
	owed := false // a space is due before the next character
	for i := 0; i < len(src); {
		c, size := src[i], 1
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
			for !space && i+size < len(src) && aknASCIIWord[src[i+size]] {
				size++ // the rest of a run of ASCII that is not space, at once
			}
		} else {
			var ru rune
			ru, size = utf8.DecodeRune(src[i:])
			space = unicode.IsSpace(ru)
		}
		switch {
		case space:
			owed = true
		default:
			if owed && len(dst) > start {
				dst = append(dst, ' ')
			}
			owed = false
			dst = append(dst, src[i:i+size]...)
		}
		i += size
	}
	return dst
}

// meta turns the gathered statements into the document's identity.
func (f *aknFacts) meta() aknMeta {
	m := aknMeta{Title: aknStripNumber(f.title)}
	m.Symbol, m.Parts = aknSymbol(f.number, f.workURI, f.docName == "decision")
	m.Adopted = f.adoption
	if f.printed != "" && f.printed != f.adoption {
		m.Adopted = f.printed // the date the document prints wins (76/254)
	}
	m.Body = aknBody(f.author, f.workURI)
	if b, _ := symbolBody(m.Symbol); b != BodyOther {
		m.Body = b // the symbol names the body exactly (A/HRC/… is the Council's, not the Assembly's)
	}
	m.Session = aknSession(m.Symbol, f.session)
	m.AgendaItem = aknAgenda(f.agenda)
	return m
}

// aknNumberPrefix matches the resolution number opening a title:
// "74/243. ", "ES-11/1. ", "2023/11. ".
var aknNumberPrefix = regexp.MustCompile(`^(?:[A-Z]+-)?[0-9]+/[0-9]+\.\s*`)

// aknStripNumber removes a resolution number written at the head of a title.
func aknStripNumber(title string) string {
	return aknNumberPrefix.ReplaceAllString(title, "")
}

// aknParts matches the lettered parts written after a cover page symbol:
// "A/RES/79/93 A-B", "A/RES/74/232 B", "E/RES/2021/2 B", "A/DEC/76/402 B".
var aknParts = regexp.MustCompile(` ([A-Z])(?:-([A-Z]))?$`)

// aknURISymbol matches the work URI of a resolution or decision:
// "/akn/un/statement/deliberation/unga/2019-12-19/74-243/", ".../ES-11-1/",
// ".../unecosoc/2023-06-07/2023-11/", ".../79-93A-B/",
// ".../unsc/2001-01-31/1339-2001/", ".../unga-hrc/2023-10-11/54-1/".
var aknURISymbol = regexp.MustCompile(`/(unga-hrc|unga|unecosoc|unsc)/[0-9-]+/((?:[A-Z]+-)?[0-9]+)-([0-9]+)([A-Z](?:-[A-Z])?)?/`)

// aknSymbol derives the canonical symbol and the lettered parts from the
// cover page number ("S/RES/1339 (2001)" → S/RES/1339(2001)), or from the
// work URI when the cover states no symbol. decision tells a decision's
// URI from a resolution's, which the URI alone does not.
func aknSymbol(number, uri string, decision bool) (string, []string) {
	number = strings.TrimSpace(strings.ReplaceAll(number, "\u2011", "-"))
	var parts []string
	if m := aknParts.FindStringSubmatchIndex(number); m != nil && strings.Contains(number[:m[0]], "/") {
		first := number[m[2]:m[3]]
		last := ""
		if m[4] >= 0 {
			last = number[m[4]:m[5]]
		}
		parts = aknPartRange(first, last)
		number = number[:m[0]]
	}
	if refs, end := scanSymbolExpr(number, 0); len(refs) == 1 && end == len(number) {
		return refs[0].target, parts
	}
	m := aknURISymbol.FindStringSubmatch(uri)
	if m == nil {
		return number, nil
	}
	first, last, _ := strings.Cut(m[4], "-")
	kind := "RES"
	if decision {
		kind = "DEC"
	}
	switch m[1] {
	case "unsc":
		return "S/RES/" + m[2] + "(" + m[3] + ")", nil
	case "unga-hrc":
		return "A/HRC/" + kind + "/" + m[2] + "/" + m[3], aknPartRange(first, last)
	case "unecosoc":
		return "E/" + kind + "/" + m[2] + "/" + m[3], aknPartRange(first, last)
	}
	return "A/" + kind + "/" + m[2] + "/" + m[3], aknPartRange(first, last)
}

// aknPartRange lists the letters from first to last: "A", "C" → A, B, C.
// An empty first gives nil; an empty last gives the first letter alone.
func aknPartRange(first, last string) []string {
	if first == "" {
		return nil
	}
	if last == "" || last[0] < first[0] {
		return []string{first}
	}
	var parts []string
	for c := first[0]; c <= last[0]; c++ {
		parts = append(parts, string(rune(c)))
	}
	return parts
}

// aknBody names the body from the FRBR author, or from the work URI.
func aknBody(author, uri string) Body {
	switch {
	case strings.Contains(uri, "/unga-hrc/"):
		return BodyHRC
	case author == "ga" || strings.Contains(uri, "/unga/"):
		return BodyGA
	case author == "ecosoc" || strings.Contains(uri, "/unecosoc/"):
		return BodyECOSOC
	case author == "sc" || strings.Contains(uri, "/unsc/"):
		return BodySC
	}
	return BodyNone
}

// aknSession gives the session as the symbol writes it ("74", "ES-11",
// "S-32", "2023", "54" of A/HRC/RES/54/1, "2001" of S/RES/1339(2001)),
// else the value the cover page states.
func aknSession(symbol, value string) string {
	if s := sessionOf(symbol); s != "" {
		return s
	}
	return value
}

// aknAgenda removes the "Agenda item(s)" label from the cover page line:
// "Agenda item 60" → "60", "Agenda items 11 and 15" → "11 and 15".
func aknAgenda(s string) string {
	for _, label := range []string{"Agenda items", "Agenda item"} {
		if rest, ok := strings.CutPrefix(s, label); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// isAKN reports whether data looks like Akoma Ntoso XML: its first element,
// after any byte order mark, XML declaration, comments and doctype, is
// akomaNtoso (with or without a namespace prefix).
func isAKN(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for {
		data = bytes.TrimLeft(data, " \t\r\n")
		switch {
		case bytes.HasPrefix(data, []byte("<?")):
			data = aknAfter(data, "?>")
		case bytes.HasPrefix(data, []byte("<!--")):
			data = aknAfter(data, "-->")
		case bytes.HasPrefix(data, []byte("<!")):
			data = afterDeclaration(data)
		case bytes.HasPrefix(data, []byte("<")):
			return aknIsRootTag(data[1:])
		default:
			return false
		}
	}
}

// aknAfter returns what follows the first end in data, or nil.
func aknAfter(data []byte, end string) []byte {
	i := bytes.Index(data, []byte(end))
	if i < 0 {
		return nil
	}
	return data[i+len(end):]
}

// aknIsRootTag reports whether the tag name opening data is akomaNtoso,
// possibly prefixed ("akn:akomaNtoso").
func aknIsRootTag(data []byte) bool {
	name := data
	if end := bytes.IndexAny(data, " \t\r\n/>"); end >= 0 {
		name = data[:end]
	}
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	return string(name) == aknRoot
}

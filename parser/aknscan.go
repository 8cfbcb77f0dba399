package parser

// A tokenizer of its own for the XML that AKN files are written in, which
// reads the document where it lies instead of a byte at a time through
// encoding/xml, the most part of the time an AKN file took to read.
//
// It hands aknReader the tokens encoding/xml's Decoder.Token would, the
// same character data to the byte ("\r\n" and lone "\r" made "\n", the
// five predefined entities and character references decoded) and the same
// local names, but only for input it understands in full: start, end and
// empty elements with quoted attributes, character data, CDATA sections,
// comments and processing instructions, in well-formed XML. On anything
// else — a DOCTYPE, an undefined entity, a stray '<' or '&', invalid
// UTF-8 or names, tags that do not match, the end of the input inside an
// element, an error of the reader's own — it gives up, and aknTextFrom
// reads the document again from the start with encoding/xml, so that
// every error keeps its message, line and column.

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf8"
)

// aknTag is an opening tag as the reader's handlers see it: the local
// name, and the attributes either as encoding/xml gives them or, when the
// tokenizer read the tag, left in the input until one is asked for.
type aknTag struct {
	name string
	attr []xml.Attr
	scan *aknScanner // the tokenizer whose current tag this is, or nil
}

// aknScanner is the state of one document's tokenizing.
type aknScanner struct {
	data  []byte
	pos   int               // offset of the next byte to read
	attrs []aknRawAttr      // attributes of the tag just read
	stack []string          // raw names (prefix included) of the open elements
	buf   []byte            // decoded character data, when it differs from the input
	names map[string]string // names met that aknNames does not hold
}

// aknRawAttr is an attribute of the tag just read, where it lies in data.
type aknRawAttr struct {
	local      []byte // local name: the part after a prefix
	start, end int    // the value, between its quotes
	esc        bool   // the value holds '&' or '\r' and must be decoded
}

// offset is the offset in data of the next byte the reader's tokenizer reads.
func (r *aknReader) offset() int {
	if r.fast != nil {
		return r.fast.pos
	}
	return len(r.data) - r.src.Len()
}

// moveTo makes the reader's tokenizer go on at offset pos of data.
func (r *aknReader) moveTo(pos int) {
	if r.fast != nil {
		r.fast.pos = pos
		return
	}
	r.src.Seek(int64(pos), io.SeekStart)
}

// scan reads the whole document with the tokenizer, feeding the same
// handlers as read. It reports false, the reader's state then being of no
// use, when the document holds anything the tokenizer leaves to
// encoding/xml or the reader would fail on.
func (r *aknReader) scan() bool {
	s := &aknScanner{data: r.data}
	r.fast = s
	d := s.data
	for s.pos < len(d) {
		if d[s.pos] != '<' {
			end, esc, ok := s.text(s.pos, len(d), aknTextTable, true)
			if !ok {
				return false
			}
			if esc {
				r.chars(s.buf)
			} else {
				r.chars(d[s.pos:end])
			}
			s.pos = end
			continue
		}
		i := s.pos + 1
		if i >= len(d) {
			return false
		}
		switch d[i] {
		case '/':
			if !s.endTag(r, i+1) {
				return false
			}
		case '?':
			if !s.procInst(i + 1) {
				return false
			}
		case '!':
			if !s.bang(r, i+1) {
				return false
			}
		default:
			if !s.startTag(r, i) {
				return false
			}
		}
	}
	return len(s.stack) == 0 && r.rooted
}

// startTag reads the start or empty element tag whose name begins at i
// and hands it to the reader.
func (s *aknScanner) startTag(r *aknReader, i int) bool {
	d := s.data
	raw, _, j, ok := s.name(i, true)
	if !ok {
		return false
	}
	s.attrs = s.attrs[:0]
	empty := false
	for {
		j = aknSkipSpace(d, j)
		if j >= len(d) {
			return false
		}
		if d[j] == '/' {
			if j+1 >= len(d) || d[j+1] != '>' {
				return false
			}
			empty = true
			j += 2
			break
		}
		if d[j] == '>' {
			j++
			break
		}
		_, alocal, k, ok := s.name(j, false)
		if !ok {
			return false
		}
		k = aknSkipSpace(d, k)
		if k >= len(d) || d[k] != '=' {
			return false
		}
		k = aknSkipSpace(d, k+1)
		if k >= len(d) || (d[k] != '"' && d[k] != '\'') {
			return false
		}
		table := aknQuotTable
		if d[k] == '\'' {
			table = aknAposTable
		}
		end, esc, ok := s.text(k+1, len(d), table, false)
		if !ok || end >= len(d) || d[end] != d[k] {
			return false
		}
		s.attrs = append(s.attrs, aknRawAttr{local: alocal, start: k + 1, end: end, esc: esc})
		j = end + 1
	}
	s.pos = j
	name := s.intern(raw)
	s.stack = append(s.stack, name)
	if r.open(aknTag{name: aknLocal(name), scan: s}) != nil {
		return false
	}
	s.attrs = s.attrs[:0]
	if empty {
		s.stack = s.stack[:len(s.stack)-1]
		r.end(aknLocal(name))
		r.depth--
	}
	return true
}

// endTag reads the end tag whose name begins at i and hands it to the
// reader; it must close the element open last.
func (s *aknScanner) endTag(r *aknReader, i int) bool {
	d := s.data
	raw, _, j, ok := s.name(i, true)
	if !ok {
		return false
	}
	j = aknSkipSpace(d, j)
	if j >= len(d) || d[j] != '>' {
		return false
	}
	n := len(s.stack)
	if n == 0 || s.stack[n-1] != string(raw) {
		return false
	}
	name := s.stack[n-1]
	s.stack = s.stack[:n-1]
	s.pos = j + 1
	r.end(aknLocal(name))
	r.depth--
	return true
}

// procInst skips the processing instruction whose target begins at i. An
// XML declaration must state version 1.0, if any, and UTF-8, if any.
func (s *aknScanner) procInst(i int) bool {
	d := s.data
	target, _, j, ok := s.name(i, false)
	if !ok {
		return false
	}
	j = aknSkipSpace(d, j)
	end := bytes.Index(d[j:], []byte("?>"))
	if end < 0 {
		return false
	}
	if string(target) == "xml" {
		content := string(d[j : j+end])
		if v := aknProcInst("version", content); v != "" && v != "1.0" {
			return false
		}
		if enc := aknProcInst("encoding", content); enc != "" && !strings.EqualFold(enc, "utf-8") {
			return false
		}
	}
	s.pos = j + end + 2
	return true
}

// bang reads what follows "<!" at i: a comment, skipped, or a CDATA
// section, handed to the reader as character data. A DOCTYPE or any
// other declaration is left to encoding/xml.
func (s *aknScanner) bang(r *aknReader, i int) bool {
	d := s.data
	switch {
	case bytes.HasPrefix(d[i:], []byte("--")):
		end := bytes.Index(d[i+2:], []byte("--"))
		if end < 0 {
			return false
		}
		end += i + 2 // the first "--" must end the comment
		if end+2 >= len(d) || d[end+2] != '>' {
			return false
		}
		s.pos = end + 3
		return true
	case bytes.HasPrefix(d[i:], []byte("[CDATA[")):
		start := i + len("[CDATA[")
		end := bytes.Index(d[start:], []byte("]]>"))
		if end < 0 {
			return false
		}
		end += start
		_, esc, ok := s.text(start, end, aknCDATATable, true)
		if !ok {
			return false
		}
		if esc {
			r.chars(s.buf)
		} else {
			r.chars(d[start:end])
		}
		s.pos = end + 3
		return true
	}
	return false
}

// name reads the XML name at i, made of ASCII name characters and
// beginning with a letter, '_' or ':'. It returns the name as written,
// its local part (after a prefix: encoding/xml's Name.Local) and the
// offset after it. An element name (elem) may hold one ':' with a prefix
// before it; any other colon, and any non-ASCII byte, is left to
// encoding/xml.
func (s *aknScanner) name(i int, elem bool) (raw, local []byte, end int, ok bool) {
	d := s.data
	j := i
	colons, colon := 0, 0
	for j < len(d) && aknNameByte[d[j]] {
		if d[j] == ':' {
			colons++
			colon = j
		}
		j++
	}
	if j == i || j < len(d) && d[j] >= utf8.RuneSelf || !aknNameStart(d[i]) {
		return nil, nil, 0, false
	}
	raw, local = d[i:j], d[i:j]
	switch {
	case colons > 1:
		return nil, nil, 0, false
	case colons == 1 && colon > i && colon < j-1:
		local = d[colon+1 : j]
	case colons == 1 && elem:
		return nil, nil, 0, false
	}
	return raw, local, j, true
}

// aknNameStart reports whether c may begin an XML name.
func aknNameStart(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':'
}

// aknNameByte marks the ASCII bytes encoding/xml reads as part of a name.
var aknNameByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		t[c] = 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z' || '0' <= b && b <= '9' ||
			b == '_' || b == ':' || b == '.' || b == '-'
	}
	return t
}()

// aknLocal is the local part of an element name as written.
func aknLocal(raw string) string {
	if i := strings.IndexByte(raw, ':'); i >= 0 {
		return raw[i+1:]
	}
	return raw
}

// intern returns name as a string, without allocating for the names AKN
// files use.
func (s *aknScanner) intern(name []byte) string {
	if n, ok := aknNames[string(name)]; ok {
		return n
	}
	if n, ok := s.names[string(name)]; ok {
		return n
	}
	if s.names == nil {
		s.names = map[string]string{}
	}
	n := string(name)
	s.names[n] = n
	return n
}

// aknNames are the element names of the AKN corpus, and those the reader
// looks for.
var aknNames = func() map[string]string {
	m := map[string]string{}
	for _, n := range strings.Fields(`p organization span paragraph content num a
		keyword container authorialNote TLCTerm TLCRole td step img inline
		FRBRuri FRBRthis FRBRdate FRBRauthor TLCConcept classification
		docNumber docTitle docDate docAuthority TLCOrganization sup tr meta
		identification FRBRlanguage FRBRcountry FRBRWork FRBRManifestation
		FRBRExpression mainBody preface statement preamble formula conclusions
		workflow voting session references presentation parliamentary
		docketNumber docStatus docProponent coverPage analysis akomaNtoso eol
		subheading count quorum th crossHeading section component table item
		heading documentRef subsection doc attachments attachment
		documentCollection docType components collectionBody blockList date
		event location outcome vote TLCPerson TLCLocation TLCEvent
		TLCReference proprietary lifecycle notes temporalData`) {
		m[n] = n
	}
	for n := range aknBlocks {
		m[n] = n
	}
	return m
}()

// attrValue returns the value of the first attribute of the tag just read
// whose local name is local, decoded as encoding/xml decodes it.
func (s *aknScanner) attrValue(local string) string {
	for _, a := range s.attrs {
		if string(a.local) != local {
			continue
		}
		if !a.esc {
			return string(s.data[a.start:a.end])
		}
		table := aknQuotTable
		if s.data[a.end] == '\'' {
			table = aknAposTable
		}
		s.text(a.start, a.end, table, true)
		return string(s.buf)
	}
	return ""
}

// Bytes that need a look in character data, in quoted attribute values
// and in CDATA sections: '\r', the control characters encoding/xml
// refuses, all non-ASCII bytes, and the markup of each.
var (
	aknTextTable  = aknSpecial("<&]")
	aknQuotTable  = aknSpecial("<&\"")
	aknAposTable  = aknSpecial("<&'")
	aknCDATATable = aknSpecial("")
)

func aknSpecial(markup string) *[256]bool {
	var t [256]bool
	for c := range t {
		t[c] = c < 0x20 && c != '\t' && c != '\n' || c >= utf8.RuneSelf
	}
	for _, c := range []byte(markup) {
		t[c] = true
	}
	return &t
}

// text reads the character data of d[i:limit] that table describes, up to
// the first '<' (character data), quote (attribute value) or to limit
// (CDATA). It reports the offset where it stopped, whether the data
// differs from the input ("\r", or an entity), and false on anything
// encoding/xml would refuse or that is left to it. With decode, s.buf
// holds the data as encoding/xml gives it when it differs.
func (s *aknScanner) text(i, limit int, table *[256]bool, decode bool) (end int, esc, ok bool) {
	d := s.data[:limit]
	start := i
	for {
		j := i
		for j < len(d) && !table[d[j]] {
			j++
		}
		if esc && decode {
			s.buf = append(s.buf, d[i:j]...)
		}
		i = j
		if i >= len(d) {
			return i, esc, true
		}
		c, n := d[i], 1
		switch {
		case c >= utf8.RuneSelf:
			ru, size := utf8.DecodeRune(d[i:])
			if ru == utf8.RuneError && size == 1 || !aknInRange(ru) {
				return 0, false, false
			}
			n = size
			if esc && decode {
				s.buf = append(s.buf, d[i:i+n]...)
			}
		case c == '\r':
			if !esc && decode {
				s.buf = append(s.buf[:0], d[start:i]...)
			}
			esc = true
			if decode {
				s.buf = append(s.buf, '\n')
			}
			if i+1 < len(d) && d[i+1] == '\n' {
				n = 2
			}
		case c == '&':
			ru, size := aknEntity(d[i:])
			if size == 0 {
				return 0, false, false
			}
			if !esc && decode {
				s.buf = append(s.buf[:0], d[start:i]...)
			}
			esc = true
			if decode {
				s.buf = utf8.AppendRune(s.buf, ru)
			}
			n = size
		case c == ']': // character data only
			if bytes.HasPrefix(d[i:], []byte("]]>")) {
				return 0, false, false
			}
			if esc && decode {
				s.buf = append(s.buf, ']')
			}
		case c == '<' && table == aknTextTable:
			return i, esc, true
		case c == '"' && table == aknQuotTable, c == '\'' && table == aknAposTable:
			return i, esc, true
		default: // a control character, or '<' in an attribute value
			return 0, false, false
		}
		i += n
	}
}

// aknEntity decodes the entity or character reference opening b: one of
// the five predefined entities, or a reference to a character in XML's
// range written in at most eight digits. It returns the character and the
// length of the reference, or a length of 0 for anything else.
func aknEntity(b []byte) (rune, int) {
	if len(b) < 3 {
		return 0, 0
	}
	if b[1] != '#' {
		for _, e := range [...]struct {
			name string
			r    rune
		}{{"lt;", '<'}, {"gt;", '>'}, {"amp;", '&'}, {"apos;", '\''}, {"quot;", '"'}} {
			if bytes.HasPrefix(b[1:], []byte(e.name)) {
				return e.r, 1 + len(e.name)
			}
		}
		return 0, 0
	}
	i, base := 2, rune(10)
	if b[2] == 'x' {
		i, base = 3, 16
	}
	start := i
	var n rune
	for ; i < len(b) && i-start <= 8; i++ {
		c := b[i]
		var v rune
		switch {
		case '0' <= c && c <= '9':
			v = rune(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			v = rune(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			v = rune(c-'A') + 10
		default:
			if c != ';' || i == start || i-start > 8 || !aknInRange(n) {
				return 0, 0
			}
			return n, i + 1
		}
		n = n*base + v
	}
	return 0, 0
}

// aknInRange reports whether r is a character XML allows (encoding/xml's
// isInCharacterRange).
func aknInRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// aknSkipSpace returns the offset of the first byte at or after i that is
// not white space as encoding/xml skips it in tags.
func aknSkipSpace(d []byte, i int) int {
	for i < len(d) && (d[i] == ' ' || d[i] == '\n' || d[i] == '\r' || d[i] == '\t') {
		i++
	}
	return i
}

// aknProcInst is encoding/xml's procInst: the value of param in the
// content of an XML declaration, "" when it finds none.
func aknProcInst(param, s string) string {
	param = param + "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// aknASCIIWord marks the ASCII bytes that are not white space to
// aknAppendNormal.
var aknASCIIWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune(" \t\n\r\v\f", rune(c))
	}
	return t
}()

// aknSentinelsIn lists the reader's sentinels that data may hold: none
// when it holds none of their first byte.
func aknSentinelsIn(data []byte) []string {
	if bytes.IndexByte(data, aknMarkerSentinel[0]) < 0 {
		return nil
	}
	return aknSentinels
}

// aknSentinels are the characters the reader marks the text with, which
// the input must not bring in.
var aknSentinels = []string{aknMarkerSentinel, aknNoteSentinel, aknRepeatSentinel, aknRepeatEnd}

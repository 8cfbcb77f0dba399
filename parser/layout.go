package parser

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// The layout stage finds the structure of a resolution in its text: the
// header, the line that opens the body ("The General Assembly,"), the
// preambular, operative and annex paragraphs, the footnote bodies and the
// markers that point at them, and the page furniture of PDF text.
//
// It produces two masked copies of the text, each the same length as the
// text so that offsets carry over unchanged: base, with footnote markers
// blanked out (so that "of 6 October 202038" reads as a date), and body,
// where note bodies and page furniture are blanked too, so that a
// paragraph broken by a page foot reads as one run of text. The body is
// read only up to the end of its last paragraph: when the lines to blank
// all come after that (the notes listed at the end of a text), it is the
// base itself.

// para is one paragraph of the document.
type para struct {
	start, end int      // byte range in the text, first line start to last line end
	loc        Location // header, preamble, operative or annex
	num        int      // paragraph number within its location, 0 in headers
	rel        string   // normalised opening relation
	verb       string   // the opening verb as written, when it is not English; "" otherwise
	cover      string   // for header lines: "report", "draft" or "agenda item"
}

// note is one footnote body.
type note struct {
	label      int
	start, end int   // the body text, without its label
	markers    []int // offsets of the markers that point at it
}

// layout is the structure of one document's text.
type layout struct {
	text       string
	base, body []byte // the masked copies while they are made, nil until something is masked and after
	// baseText (markers masked) and bodyText (markers, running heads and
	// notes masked up to the end of the last paragraph) are the masked
	// copies once made, or the text itself where nothing is masked, read
	// by everything after the layout.
	baseText, bodyText string
	lines              []line
	opener             int // index of the line that opens the body, -1 when none
	openerBody         Body
	paras              []para
	notes              []*note
	parts              []string
	titleGuess         string
	furniture          []bool      // per line
	noteLine           []bool      // per line
	lang               string      // ISO 639-1 code of the text's language
	vocab              *vocabulary // its vocabulary; English when it has none
}

// openerBody reports whether a line opens a resolution's body.
func openerLine(s string) (Body, bool) {
	if len(s) > 64 || len(s) < 10 { // the longest opener is 45 bytes; paragraphs are long
		return BodyNone, false
	}
	if c, ok := firstUnemphasised(s, " \t,:"); !ok || c < utf8.RuneSelf && !openerFirst[c] {
		return BodyNone, false // most lines: told by their first letter
	}
	s = strings.Trim(stripEmphasis(s), " \t\u00a0,:")
	var buf [64]byte
	if low, ok := lowerASCII(buf[:], s); ok { // no lower-cased copy to make
		b, ok := openers[string(low)]
		return b, ok
	}
	b, ok := openers[strings.ToLower(s)]
	return b, ok
}

// openerFirst holds the ASCII bytes that may begin an opener line once
// its emphasis marks and the spaces and punctuation around it are gone:
// the first letters of openers, in either case. A line that begins with
// a byte past ASCII is read in full.
var openerFirst = func() (t [utf8.RuneSelf]bool) {
	for line := range openers {
		if c := line[0]; c < utf8.RuneSelf {
			t[c] = true
			if isLower(c) {
				t[c-'a'+'A'] = true
			}
		}
	}
	return t
}()

// stripEmphasis removes Markdown emphasis marks: every "*", and every
// "__" read from left to right ("___" keeps one "_"), as
// strings.NewReplacer("*", "", "__", "") does. s itself when it holds
// none.
func stripEmphasis(s string) string {
	if strings.IndexByte(s, '*') < 0 && strings.IndexByte(s, '_') < 0 {
		return s
	}
	i := 0
	for ; i < len(s); i++ {
		if s[i] == '*' || s[i] == '_' && i+1 < len(s) && s[i+1] == '_' {
			break
		}
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s)-1)
	b = append(b, s[:i]...)
	for i < len(s) {
		switch {
		case s[i] == '*':
			i++
		case s[i] == '_' && i+1 < len(s) && s[i+1] == '_':
			i += 2
		default:
			b = append(b, s[i])
			i++
		}
	}
	return string(b)
}

// buildLayout analyses an English text.
func buildLayout(text string) *layout { return buildLayoutWith(text, nil, "en") }

// structure is what a reader of a structured format knows of the layout:
// the note bodies and the markers that point at them, as byte offsets
// into the text it derived.
type structure struct {
	notes   []structNote
	markers []structMarker
}

// structNote is one note body: its label and the range of its text.
type structNote struct{ label, start, end int }

// structMarker is one footnote marker: its range and label.
// A repeat marker is a bare superscript number, which counts only as a
// second reference to a note already marked before it.
type structMarker struct {
	start, end, label int
	repeat            bool
}

// buildLayoutWith finds the layout of text written in the language lang,
// taking the notes and markers of st as given when st states any notes.
func buildLayoutWith(text string, st *structure, lang string) *layout {
	l := &layout{text: text, opener: -1, lang: lang, vocab: vocabularyOf(lang)}
	if l.vocab == nil {
		l.vocab = english
	}
	l.lines = splitLines(text)
	l.furniture = make([]bool, len(l.lines))
	l.noteLine = make([]bool, len(l.lines))
	for i, ln := range l.lines {
		if b, ok := openerLine(ln.trim); ok {
			l.opener, l.openerBody = i, b
			break
		}
	}
	if l.opener < 0 {
		l.opener = implicitOpener(l.lines)
	}
	l.titleGuess = guessTitle(l.lines, l.opener)
	useSt := st != nil && len(st.notes) > 0
	if useSt {
		l.structNotes(st)
	} else {
		l.findNotes()
	}
	l.findFurniture()
	if useSt {
		l.structMarkers(st)
	} else {
		l.findMarkers()
	}
	// The masked copies are made only when something is masked; once done
	// they become strings without a copy, and nothing writes to their
	// bytes again.
	l.baseText = text
	if l.base != nil {
		l.baseText = frozenString(l.base)
	}
	l.bodyText = l.baseText
	for i, ln := range l.lines {
		if l.furniture[i] || l.noteLine[i] {
			if l.body == nil {
				if l.blanksTrail(i) {
					break // nothing that reads the body reaches the lines to blank
				}
				l.body = []byte(l.baseText)
			}
			blankOut(l.body, ln.start, ln.end)
		}
	}
	if l.body != nil {
		l.bodyText = frozenString(l.body)
	}
	l.base, l.body = nil, nil
	l.buildParas()
	return l
}

// blanksTrail reports whether the lines the body would blank out, the
// furniture and note lines from line first on, trail the body's text:
// first comes after the opener, and every line after it is another of
// them or blank once masked, as the notes listed at the end of a text
// converted from XML are. No paragraph then reaches them (chunks skips
// them and no line after them joins a paragraph), so that nothing reads
// the body past the end of the last paragraph before them, and the body
// needs no copy of its own.
func (l *layout) blanksTrail(first int) bool {
	if first <= l.opener {
		return false
	}
	for i := first + 1; i < len(l.lines); i++ {
		ln := l.lines[i]
		if !l.furniture[i] && !l.noteLine[i] && strings.TrimSpace(l.baseText[ln.start:ln.end]) != "" {
			return false
		}
	}
	return true
}

// blankBase blanks out text[start:end] in the base copy of the text,
// which it makes on the first call.
func (l *layout) blankBase(start, end int) {
	if l.base == nil {
		l.base = []byte(l.text)
	}
	blankOut(l.base, start, end)
}

// frozenString returns b as a string without copying it. Nothing may
// write to b afterwards.
func frozenString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// guessTitle returns the title written after the document's own number in
// the header ("60/45. Developments in …"), used to recognise running heads.
func guessTitle(lines []line, opener int) string {
	limit := opener
	if limit < 0 {
		limit = min(len(lines), 40)
	}
	for _, ln := range lines[:limit] {
		if num, rest, ok := strings.Cut(ln.trim, ". "); ok && len(num) <= 12 && strings.ContainsAny(num, "0123456789") && !strings.Contains(num, " ") {
			return strings.TrimSpace(rest)
		}
		if num, rest, ok := strings.Cut(ln.trim, ".\t"); ok && len(num) <= 12 && strings.ContainsAny(num, "0123456789") {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

// noteLabel recognises the label that starts a footnote body line. kind is
// 'm' for Markdown "[^N]:", 's' for superscript or LaTeX, 'p' for a plain
// "N text" line, 0 for none; bodyAt is the offset in s where the body
// text begins.
func noteLabel(s string) (label int, kind byte, bodyAt int) {
	switch {
	case strings.HasPrefix(s, "[^"):
		j := strings.Index(s, "]:")
		if j < 3 {
			return 0, 0, 0
		}
		if n := atoi(s[2:j]); n > 0 {
			return n, 'm', j + 2
		}
	case strings.HasPrefix(s, "$^{"):
		j := strings.Index(s, "}$")
		if j < 0 {
			return 0, 0, 0
		}
		if n := atoi(strings.Trim(s[3:j], "^{}")); n > 0 {
			return n, 's', j + 2
		}
	default:
		if n, w := superscriptNumber(s); n > 0 {
			return n, 's', w
		}
		j := 0
		for j < len(s) && j < 4 && isDigit(s[j]) {
			j++
		}
		if j == 0 || j == len(s) || (s[j] != ' ' && s[j] != '\t') {
			return 0, 0, 0
		}
		rest := strings.TrimLeft(s[j:], " \t")
		if rest == "" {
			return 0, 0, 0
		}
		return atoi(s[:j]), 'p', len(s) - len(rest)
	}
	return 0, 0, 0
}

// superscriptNumber reads a run of superscript digits at the start of s,
// returning its value and byte width (0, 0 when there is none).
func superscriptNumber(s string) (n, width int) {
	for {
		d, w := superscriptDigit(s[width:])
		if w == 0 {
			return n, width
		}
		n = n*10 + d
		width += w
	}
}

// superscriptDigit reads one superscript digit at the start of s from its
// UTF-8 bytes, without decoding the rune: "¹", "²" and "³" are U+00B9,
// U+00B2 and U+00B3, "⁰" and "⁴" to "⁹" are U+2070 and U+2074 to U+2079.
// It returns the digit's value and byte width, 0, 0 when s begins with
// none.
func superscriptDigit(s string) (d, width int) {
	switch {
	case len(s) >= 2 && s[0] == 0xc2:
		switch s[1] {
		case 0xb9:
			return 1, 2
		case 0xb2:
			return 2, 2
		case 0xb3:
			return 3, 2
		}
	case len(s) >= 3 && s[0] == 0xe2 && s[1] == 0x81:
		if c := s[2]; c == 0xb0 || c >= 0xb4 && c <= 0xb9 {
			return int(c - 0xb0), 3
		}
	}
	return 0, 0
}

// isSeparator reports a footnote separator line of underscores.
func isSeparator(s string) bool {
	return len(s) >= 5 && strings.Trim(s, "_") == ""
}

// findNotes finds footnote bodies: labelled lines in runs at the foot of a
// page or the end of the document, with their wrapped continuation lines.
func (l *layout) findNotes() {
	start := l.opener
	if start < 0 {
		start = 0
	}
	next := 1
	var cur *note
	var slab []note // where the notes are made
	sepZone, lastBlank, endSeen := false, true, false
	for i := start; i < len(l.lines); i++ {
		ln := l.lines[i]
		if l.special(ln.trim) == "end" { // the closing line ends any note before it
			endSeen, cur, lastBlank = true, nil, false
			continue
		}
		if ln.blank() {
			lastBlank, cur = true, nil
			continue
		}
		if isSeparator(ln.trim) {
			sepZone, lastBlank, cur = true, true, nil
			l.furniture[i] = true
			continue
		}
		n, kind, at := noteLabel(ln.trim)
		accept := false
		switch kind {
		case 'm', 's':
			accept = n >= 1 && n <= next+3
		case 'p':
			// Notes are numbered on from 1, but a volume's notes may start
			// anywhere: after the closing line, the first may have any number.
			first := len(l.notes) == 0 && endSeen && lastBlank && n < 1000
			// After the closing line a note may be skipped in the
			// numbering (one held in another document of the volume).
			skipped := (sepZone || endSeen) && n > next && n <= next+2
			accept = (n == next || first || skipped) && (sepZone || lastBlank || cur != nil) && !looksLikeParaStart(ln.trim[at:])
		}
		switch {
		case accept:
			off := ln.start + (len(ln.text) - len(ln.trim)) + at
			cur = newNote(&slab, note{label: n, start: off, end: ln.end})
			l.notes = append(l.notes, cur)
			l.noteLine[i] = true
			if n >= next {
				next = n + 1
			}
		case cur != nil && (sepZone || endSeen || kind == 'm' || (kind != 0 && n > next+3) || ln.text != ln.trim):
			// a wrapped note: at a page foot, after the closing line, or an
			// indented Markdown continuation
			cur.end = ln.end
			l.noteLine[i] = true
		default:
			cur = nil
			if sepZone && lastBlank && !isFurnitureLine(ln.trim, l.titleGuess) {
				sepZone = false
			}
		}
		lastBlank = false
	}
}

// newNote returns a new note holding n, taken from *slab, which it
// refills with blocks of room for 8 notes, then 16, up to 256, so that
// a document's notes are allocated a block at a time rather than one
// by one.
func newNote(slab *[]note, n note) *note {
	if len(*slab) == cap(*slab) {
		*slab = make([]note, 0, min(max(2*cap(*slab), 8), 256))
	}
	*slab = append(*slab, n)
	return &(*slab)[len(*slab)-1]
}

// looksLikeParaStart is a guard against reading a numbered body line as a
// note: a note body never starts with a date month or "plenary".
func looksLikeParaStart(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return monthNumber(strings.TrimRight(w, ",")) > 0 || strings.HasPrefix(s, "plenary")
}

// findFurniture marks page furniture: running heads (the symbol alone on
// its line, the running title), job numbers, page numbers and "Distr."
// lines after the body has begun.
func (l *layout) findFurniture() {
	start := l.opener + 1
	for i := start; i < len(l.lines); i++ {
		if l.noteLine[i] {
			continue
		}
		if isFurnitureLine(l.lines[i].trim, l.titleGuess) {
			l.furniture[i] = true
		}
	}
}

// isFurnitureLine recognises one line of page furniture.
func isFurnitureLine(s, title string) bool {
	switch {
	case s == "":
		return false
	case isPageNumber(s), isJobNumber(s), strings.HasPrefix(s, "Distr.:"), strings.HasPrefix(s, "Distr. "):
		return true
	case title != "" && len(s) >= 12 && (s == title || (strings.HasPrefix(title, s) && len(s) > len(title)/2)):
		return true
	}
	return isLoneSymbol(s)
}

// isPageNumber recognises "2/10" page numbers.
func isPageNumber(s string) bool {
	if len(s) > len("999/999") { // most lines: not searched for "/"
		return false
	}
	a, b, ok := strings.Cut(s, "/")
	return ok && allDigits(a) && allDigits(b) && len(a) <= 3 && len(b) <= 3 && atoi(a) <= atoi(b)
}

// isJobNumber recognises UN job numbers: "25-18301", "02-75941 (E)", "*2518301*".
func isJobNumber(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(s, "(E)")), " ")
	if strings.HasPrefix(s, "*") && strings.HasSuffix(s, "*") && allDigits(strings.Trim(s, "*")) {
		return true
	}
	if len(s) != len("25-18301") { // most lines: not searched for "-"
		return false
	}
	a, b, ok := strings.Cut(s, "-")
	return ok && len(a) == 2 && allDigits(a) && len(b) == 5 && allDigits(b)
}

// isLoneSymbol recognises a line that is nothing but a document symbol,
// optionally with a year: a running head.
func isLoneSymbol(s string) bool {
	if s == "" || !isUpper(s[0]) { // a symbol begins with a capital: "A/", "S/", "E/CN.4/"
		return false
	}
	if strings.ContainsAny(s, " ") {
		sym, year, _ := strings.Cut(s, " ")
		if !(strings.HasPrefix(year, "(") && strings.HasSuffix(year, ")")) && !isPartsSuffix(year) {
			return false
		}
		s = sym
	}
	if !strings.Contains(s, "/") || !isUpper(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isAlnum(c) || c == '/' || c == '.' || c == '-') {
			return false
		}
	}
	return strings.ContainsAny(s, "0123456789")
}

// isPartsSuffix recognises "A-B" or "A–C" after a symbol.
func isPartsSuffix(s string) bool {
	if len(s) != len("A-B") && len(s) != len("A–B") { // most lines: the rest of a line is longer
		return false
	}
	s = strings.ReplaceAll(s, "–", "-")
	a, b, ok := strings.Cut(s, "-")
	return ok && len(a) == 1 && len(b) == 1 && isUpper(a[0]) && isUpper(b[0])
}

// implicitOpener handles texts without "The Security Council," and the
// like ("21 (1947). Resolution of 2 April 1947 / [S/318] / Whereas …"): the
// blank line before the first paragraph that opens like a resolution's
// body stands in for the opener, so that the lines above are the header.
// It returns -1 when there is no such line.
func implicitOpener(lines []line) int {
	for i := 1; i < len(lines) && i < 40; i++ {
		t := lines[i].trim
		_, _, ok := openingRelation(t)
		w, _, _ := strings.Cut(t, " ")
		if (w == "Whereas" || strongOpener(t) || (ok && isUpper(t[0]))) && lines[i-1].blank() {
			return i - 1
		}
	}
	return -1
}

// structNotes takes the notes a structured reader found.
func (l *layout) structNotes(st *structure) {
	notes := make([]note, len(st.notes)) // all at once: their number is known
	for i, sn := range st.notes {
		notes[i] = note{label: sn.label, start: sn.start, end: sn.end}
		l.notes = append(l.notes, &notes[i])
	}
	for i, ln := range l.lines {
		for _, sn := range st.notes {
			if ln.start <= sn.start && sn.start <= ln.end || sn.start <= ln.start && ln.start < sn.end {
				l.noteLine[i] = true
				break
			}
		}
	}
}

// structMarkers takes the markers a structured reader found and blanks
// them in base. A marker whose note is missing is left in the text.
func (l *layout) structMarkers(st *structure) {
	byLabel := map[int]*note{}
	for _, n := range l.notes {
		if byLabel[n.label] == nil {
			byLabel[n.label] = n
		}
	}
	for _, m := range st.markers {
		if n := byLabel[m.label]; n != nil && (!m.repeat || len(n.markers) > 0 && n.markers[0] < m.start) {
			n.markers = append(n.markers, m.start)
			l.blankBase(m.start, m.end)
		}
	}
}

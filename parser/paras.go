package parser

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// bodyState tracks where the paragraph walk stands.
type bodyState int

const (
	stPreamble  bodyState = iota // after "The General Assembly,", before the first operative paragraph
	stOperative                  // numbered (or -s verb) paragraphs
	stTail                       // after the closing meeting line
	stAnnex                      // after an "Annex" heading
)

// chunk is a run of lines that may be one paragraph.
type chunk struct {
	start, end int
	first      string // masked text of its first line, trimmed
	opener     bool   // its first line opens a body ("The General Assembly,")
	afterBlank bool   // a blank line stands before it
	special    string // "end" or "annex" for structural lines, else ""
}

// buildParas groups lines into paragraphs and classifies them, each chunk
// as soon as its last line is known, so that no list of chunks is kept.
//
// The paragraphs are gathered in a slice taken from paraScratch, then
// copied into one of their own number, rather than made with room for
// a paragraph a line, the bound known beforehand, which is wasted where
// paragraphs run over several lines (a third of the room over the dev
// texts).
func (l *layout) buildParas() {
	first := l.opener + 1
	if l.opener < 0 {
		first = 0
	}
	scratch := paraScratch.Get().(*[]para)
	l.paras = (*scratch)[:0]
	l.headerParas()
	w := paraWalk{lastBody: -1}
	l.chunks(first, func(c chunk) { l.bodyPara(&w, c) })
	got := l.paras
	l.paras = nil
	if len(got) > 0 {
		l.paras = make([]para, len(got))
		copy(l.paras, got)
	}
	clear(got) // no strings kept alive by the pool
	*scratch = got[:0]
	paraScratch.Put(scratch)
}

// paraScratch holds the slices buildParas gathers paragraphs in, so
// that one grown for a document before serves the next.
var paraScratch = sync.Pool{New: func() any { return new([]para) }}

// maskedTrim returns the masked text of line i without surrounding white
// space, U+00A0 among it.
func (l *layout) maskedTrim(i int) string {
	ln := l.lines[i]
	return strings.TrimSpace(l.bodyText[ln.start:ln.end])
}

// headerParas turns the lines before the opener into header paragraphs:
// the cover line in brackets ("[on the report of …]") as one, every other
// line on its own.
func (l *layout) headerParas() {
	if l.opener < 0 {
		return
	}
	for i := 0; i < l.opener; i++ {
		ln := l.lines[i]
		if ln.blank() {
			continue
		}
		if b := l.partHeading(ln.trim); b != "" && i+3 >= l.opener {
			l.addPart(b)
			continue
		}
		p := para{start: ln.start, end: ln.end, loc: LocHeader, cover: "agenda item"}
		if strings.HasPrefix(ln.trim, "[") || strings.HasPrefix(ln.trim, "(") && strings.HasSuffix(ln.trim, "]") {
			j := i
			for j < l.opener-1 && !strings.Contains(l.lines[j].text, "]") {
				j++
			}
			p.end = l.lines[j].end
			p.cover = "draft"
			low := strings.ToLower(l.text[p.start:p.end])
			for _, w := range reportWords {
				if strings.Contains(low, w) {
					p.cover = "report"
				}
			}
			i = j
		}
		p.rel = p.cover
		l.paras = append(l.paras, p)
	}
}

// partHeading recognises a part heading ("A", "B", "A Information in the
// service of humanity") and returns its letter.
func (l *layout) partHeading(s string) string {
	s = strings.TrimSpace(stripEmphasis(s))
	if len(s) == 1 && isUpper(s[0]) {
		return s
	}
	if len(s) > 2 && isUpper(s[0]) && s[1] == ' ' && isUpper(s[2]) && s[0] <= 'L' {
		return s[:1]
	}
	return ""
}

// addPart records a lettered part once.
func (l *layout) addPart(p string) {
	for _, q := range l.parts {
		if q == p {
			return
		}
	}
	l.parts = append(l.parts, p)
}

// chunks cuts the body lines into candidate paragraphs: a new one starts
// after a blank line, at a numbered line, or where a line ending a clause
// (",", ";", ":" or ".") is followed by one starting with a capital.
//
// It hands each chunk to emit, in text order, once its last line is known.
func (l *layout) chunks(first int, emit func(chunk)) {
	var cur chunk
	started := false // cur holds a chunk
	prevBlank, prevEnd := true, byte('.')
	prevLabelOnly := false
	for i := first; i < len(l.lines); i++ {
		if l.furniture[i] || l.noteLine[i] {
			continue
		}
		t := l.maskedTrim(i)
		if t == "" {
			prevBlank = true
			continue
		}
		ln := l.lines[i]
		_, isOpener := openerLine(t)
		special := l.special(t)
		if special == "annex" && !(prevBlank || isClauseEnd(prevEnd)) {
			special = "" // "Annex A to this resolution" wrapped in running text
		}
		// The number label is read once, for the tests below and for
		// the next line's.
		num, afterNum := numberPrefix(t)
		numLabel := num > 0 || hasSubPrefix(t) // isNumberLabel(t)
		// A line after one that holds nothing but a label continues it.
		startNew := !prevLabelOnly && (!started || isOpener || special != "" ||
			prevBlank && !continuesLower(t, numLabel) ||
			(isClauseEnd(prevEnd) && startsParagraph(t)) || numLabel || strongOpener(t))
		if startNew {
			if started {
				emit(cur)
			}
			cur, started = chunk{start: ln.start, end: ln.end, first: t, opener: isOpener, special: special, afterBlank: prevBlank}, true
		} else {
			cur.end = ln.end
		}
		prevBlank, prevEnd = false, t[len(t)-1]
		prevLabelOnly = isLabelOnly(num, afterNum)
		if isOpener || special != "" {
			prevEnd = '.'
		}
	}
	if started {
		emit(cur)
	}
}

// isClauseEnd reports punctuation that may close a paragraph.
func isClauseEnd(c byte) bool { return c == ',' || c == ';' || c == ':' || c == '.' }

// continuesLower reports a line that continues a sentence across a page
// break: it starts with a small letter or a digit that is no paragraph
// number. numLabel is isNumberLabel(t), which its caller knows.
func continuesLower(t string, numLabel bool) bool {
	return isLower(t[0]) || (isDigit(t[0]) && !numLabel)
}

// startsParagraph reports a line that may open a paragraph.
func startsParagraph(t string) bool {
	return isUpper(t[0]) || t[0] == '(' || t[0] == '*' || t[0] == '_' || isDigit(t[0])
}

// isNumberLabel reports a line starting with an operative number "12." or
// a subparagraph letter "(a)".
func isNumberLabel(t string) bool {
	n, _ := numberPrefix(t)
	return n > 0 || hasSubPrefix(t)
}

// hasSubPrefix reports whether t begins with a subparagraph label that
// subPrefix reads.
func hasSubPrefix(t string) bool {
	_, rest := subPrefix(t)
	return rest != t
}

// isLabelOnly reports a line that holds nothing but a paragraph label,
// given what numberPrefix reads of it.
func isLabelOnly(n int, rest string) bool {
	return n > 0 && strings.TrimSpace(rest) == ""
}

// numberPrefix reads an operative paragraph number "12. " at the start of t.
func numberPrefix(t string) (int, string) {
	i := 0
	for i < len(t) && (t[i] == '*' || t[i] == '_') { // strings.TrimLeft(t, "*_")
		i++
	}
	t = t[i:]
	if t == "" || !isDigit(t[0]) { // most lines: no number
		return 0, t
	}
	d, j := readNumber(t, 0)
	if d == "" || len(d) > 3 || j >= len(t) || (t[j] != '.' && !ocrCommaNumber(t, j)) {
		return 0, t
	}
	rest := t[j+1:]
	if rest != "" && !isSpaceByte(rest[0]) && rest[0] != '*' && rest[0] != '_' && !strings.HasPrefix(rest, "\u00a0") {
		return 0, t
	}
	return atoi(d), strings.TrimLeft(rest, " \t\u00a0*_")
}

// ocrCommaNumber reports an operative number whose period OCR read as a
// comma, "1, Requests the Government …": only before a capitalised
// operative verb, so that a list of numbers at a line start is not one.
func ocrCommaNumber(t string, j int) bool {
	if t[j] != ',' || j+2 >= len(t) || t[j+1] != ' ' || !isUpper(t[j+2]) {
		return false
	}
	_, isOp, ok := openingRelation(t[j+2:])
	return ok && isOp
}

// subPrefix reads a subparagraph label "(a)", "(iv)" or "(*d*)" at the start of t.
func subPrefix(t string) (string, string) {
	if !strings.HasPrefix(t, "(") {
		return "", t
	}
	j := strings.IndexByte(t, ')')
	if j < 2 || j > 8 {
		return "", t
	}
	lab := strings.Trim(t[1:j], "*_")
	for i := 0; i < len(lab); i++ {
		if !isLower(lab[i]) && !(isDigit(lab[i]) && len(lab) <= 2) { // "(a)", "(iv)", "(1)", OCR "(6)" for "(b)"
			return "", t
		}
	}
	return lab, strings.TrimLeft(t[j+1:], " \t\u00a0")
}

// special classifies structural lines: "end" for the closing meeting line,
// "annex" for an annex heading, "" otherwise.
func (l *layout) special(t string) string {
	if len(t) >= 160 { // structural lines are short; paragraphs are not
		return ""
	}
	if c, ok := firstUnemphasised(t, ""); !ok || !specialFirst[c] {
		return "" // most lines: told by their first byte alone
	}
	s := stripEmphasis(t)
	if isDigit(s[0]) && !mayBeMeetingLine(s, l.vocab == english) {
		return "" // a numbered paragraph, a note, a date
	}
	if l.vocab == english && (len(s) < 100 || isASCII(s)) && (s == "" || !isDigit(s[0])) && !hasPrefixASCIIFold(s, "adopted ") && utf8.ValidString(s) {
		// Most lines: neither a meeting line nor an adoption line, so only
		// the annex test below can hold, and it needs only the first word
		// lower-cased. (Lower-casing at most makes valid UTF-8 half as long
		// again, so that a line under 100 bytes stays under 160, as does
		// an ASCII line, which keeps its length; and it turns no letter
		// into the ASCII ones tested here but K and İ.)
		w, rest, _ := strings.Cut(s, " ")
		var buf [32]byte
		low, ok := lowerASCII(buf[:], w)
		if !ok {
			low = []byte(strings.ToLower(w))
		}
		if annexWords[string(low)] && !(string(low) == "annexes" && hasPrefixASCIIFold(rest, "to")) {
			return "annex"
		}
		return ""
	}
	low := strings.ToLower(s)
	switch {
	case isMeetingLine(low):
		return "end"
	case strings.HasPrefix(low, "adopted ") && len(low) < 120 && isAdoptedLine(low):
		return "end"
	case l.vocab != english && vocabClosingLine(l.vocab, low):
		return "end"
	case len(low) < 160 && !strings.HasPrefix(low, "annexes to"):
		if w, _, _ := strings.Cut(low, " "); annexWords[w] {
			return "annex"
		}
	}
	return ""
}

// specialFirst holds the bytes that may begin a line special classifies
// as structural, once its emphasis marks are gone: the digits of a meeting
// line, and the first letters, in either case, of the adoption lines and
// annex words of every vocabulary. Lower-casing a line turns no byte
// outside ASCII into an ASCII letter but for K (Kelvin) and İ, so that
// when "k" or "i" begin such a word every byte past ASCII may begin one
// too.
var specialFirst = func() (t [256]bool) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = true
	}
	words := []string{"adopted "}
	for _, v := range vocabularies {
		words = append(append(words, v.adoptedLine...), v.annexes...)
	}
	for _, w := range words {
		if w == "" || !isLower(w[0]) {
			panic("parser: an adoption line or annex word does not begin with a small ASCII letter: " + w)
		}
		t[w[0]], t[w[0]-'a'+'A'] = true, true
	}
	if t['k'] || t['i'] {
		for c := 0x80; c < len(t); c++ {
			t[c] = true
		}
	}
	return t
}()

// mayBeMeetingLine reports whether s, a line without emphasis marks that
// begins with a digit, may be a closing meeting line, the only structural
// line to begin with one: that line is at most 60 bytes long lower-cased
// (an ASCII line keeps its length), and in English its number bears an
// ordinal suffix ("93rd", "2d"), whose first letter no byte past ASCII
// lower-cases to. In other languages the ordinal is not read ("52e",
// "46.ª"), so that any short line may be one.
func mayBeMeetingLine(s string, english bool) bool {
	if len(s) > 60 && isASCII(s) {
		return false
	}
	if !english {
		return true
	}
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == len(s) {
		return false
	}
	c := s[i]
	if isUpper(c) {
		c += 'a' - 'A'
	}
	return c == 's' || c == 'n' || c == 'r' || c == 't' || c == 'd'
}

// firstUnemphasised returns the first byte of stripEmphasis(t), past any
// of the ASCII bytes of skip, without making it: the first byte that is
// neither "*" nor one of a pair "__", read from left to right, nor in
// skip, as strings.TrimLeft(stripEmphasis(t), skip) would begin. ok is
// false when there is none.
func firstUnemphasised(t, skip string) (c byte, ok bool) {
	for i := 0; i < len(t); {
		switch {
		case t[i] == '*':
			i++
		case t[i] == '_' && i+1 < len(t) && t[i+1] == '_':
			i += 2
		case strings.IndexByte(skip, t[i]) >= 0:
			i++
		default:
			return t[i], true
		}
	}
	return 0, false
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasPrefixASCIIFold reports whether s begins with prefix, a lower-case
// ASCII string, in any case.
func hasPrefixASCIIFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// isMeetingLine reports the closing meeting line of a resolution or
// decision: an ordinal, an optional "(resumed)" and "plenary", then
// "meeting": "93rd plenary meeting", "50th (resumed) plenary meeting",
// "46th meeting". low is lowercase.
func isMeetingLine(low string) bool {
	if len(low) > 60 || low == "" || !isDigit(low[0]) {
		return false
	}
	i := 0
	for i < len(low) && isDigit(low[i]) {
		i++
	}
	rest := low[i:]
	var ok bool
	for _, suf := range []string{"st", "nd", "rd", "th", "d"} { // OCR writes "2d"
		if rest, ok = strings.CutPrefix(rest, suf); ok {
			break
		}
	}
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	rest = strings.TrimSpace(strings.TrimPrefix(rest, "(resumed)"))
	rest = strings.TrimSpace(strings.TrimPrefix(rest, "plenary"))
	rest = strings.TrimSuffix(rest, ".")
	return rest == "meeting" || strings.HasPrefix(rest, "meeting,") || strings.HasPrefix(rest, "meeting ")
}

// isAdoptedLine reports the Security Council's closing line, whole or
// wrapped after any of its words: "Adopted unanimously at the 1543rd
// meeting.", "Adopted unanimously at the", "Adopted at the 1234th meet-",
// "Adopted by the Security Council at its 4567th meeting, on …",
// "Adopted without a vote at the 1201st". low is lowercase and starts
// with "adopted ".
func isAdoptedLine(low string) bool {
	if strings.Contains(low, "meeting") || strings.Contains(low, " meet-") {
		return true
	}
	t := strings.TrimRight(low, " .,")
	for _, end := range []string{" at the", " at its", " at"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	// "adopted unanimously at the 1543rd": ends with an ordinal
	if k := strings.LastIndexByte(t, ' '); k > 0 && strings.Contains(t[:k], " at the") {
		w := t[k+1:]
		return w != "" && isDigit(w[0]) && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd"))
	}
	return false
}

// paraWalk is where the classification of chunks into paragraphs
// stands, between one chunk and the next.
type paraWalk struct {
	state         bodyState
	preNum, opNum int
	lastBody      int    // index in l.paras of the last preamble/operative paragraph, -1 when none
	prevFirst     string // the first line of the chunk before, "" for the first
	// numberedOne says that operative paragraph 1 has begun, in this
	// chunk or before. Until then, an unnumbered paragraph with an
	// operative verb is a slip in the preamble ("Expresses concern at …"
	// between "Deploring" and "Welcoming"), and the preamble goes on
	// after it.
	numberedOne bool
}

// bodyPara classifies the chunk c, the next in text order, as a
// preambular, operative or annex paragraph, or merges it into the
// paragraph before it when it does not open with a recognised verb.
func (l *layout) bodyPara(w *paraWalk, c chunk) {
	prevFirst := w.prevFirst
	w.prevFirst = c.first
	t := strings.TrimSpace(stripEmphasis(strings.TrimSpace(l.bodyText[c.start:c.end]))) // trimmed, without emphasis
	n, rest := numberPrefix(t)
	if n == 1 {
		w.numberedOne = true
	}
	if c.opener {
		if p := l.partHeading(prevFirst); p != "" {
			l.addPart(p)
		}
		w.state, w.preNum, w.opNum, w.lastBody = stPreamble, 0, 0, -1
		return
	}
	switch c.special {
	case "end":
		w.state = stTail
		return
	case "annex":
		w.state = stAnnex
	}
	if w.state == stTail || w.state == stAnnex {
		l.paras = append(l.paras, para{start: c.start, end: c.end, loc: LocAnnex})
		return
	}
	if n > 0 {
		rel, verb, _, ok := l.opening(rest)
		if !ok && l.vocab == english {
			rel = plainVerb(rest)
		}
		w.opNum, w.state = n, stOperative
		l.paras = append(l.paras, para{start: c.start, end: c.end, loc: LocOperative, num: n, rel: rel, verb: verb})
		w.lastBody = len(l.paras) - 1
		return
	}
	if lab, _ := subPrefix(t); lab != "" && w.lastBody >= 0 {
		prev := l.paras[w.lastBody]
		l.paras = append(l.paras, para{start: c.start, end: c.end, loc: prev.loc, num: prev.num, rel: prev.rel, verb: prev.verb})
		return
	}
	rel, verb, isOp, ok := l.opening(t)
	if !ok && l.vocab == english && c.afterBlank && w.state == stPreamble && w.lastBody >= 0 && strings.HasSuffix(strings.TrimSpace(l.bodyText[l.paras[w.lastBody].start:l.paras[w.lastBody].end]), ",") {
		// A paragraph of its own after the preamble whose verb the
		// vocabulary lacks: "Dissolves the Commission …".
		if v := plainVerb(t); v != "" && isUpper(t[0]) {
			rel, isOp, ok = v, true, true
		}
	}
	switch {
	case ok && isOp && (w.state == stPreamble || w.state == stOperative):
		w.opNum++
		w.state = stOperative
		l.paras = append(l.paras, para{start: c.start, end: c.end, loc: LocOperative, num: w.opNum, rel: rel, verb: verb})
		w.lastBody = len(l.paras) - 1
	case ok && !isOp && w.state == stOperative && !w.numberedOne && w.lastBody >= 0 && l.paras[w.lastBody].num == w.opNum && w.opNum == 1:
		w.state = stPreamble
		w.preNum++
		l.paras = append(l.paras, para{start: c.start, end: c.end, loc: LocPreamble, num: w.preNum, rel: rel})
		w.lastBody = len(l.paras) - 1
	case ok && w.state == stPreamble:
		w.preNum++
		l.paras = append(l.paras, para{start: c.start, end: c.end, loc: LocPreamble, num: w.preNum, rel: rel, verb: verb})
		w.lastBody = len(l.paras) - 1
	case w.lastBody >= 0:
		// No opening verb: the chunk continues the paragraph before it
		// (a subparagraph too), across a page break or a wrapped line.
		l.paras[len(l.paras)-1].end = c.end
	default:
		loc := LocPreamble
		if w.state == stOperative {
			loc = LocOperative
		}
		l.paras = append(l.paras, para{start: c.start, end: c.end, loc: loc, num: max(w.preNum, 0)})
		w.lastBody = len(l.paras) - 1
	}
}

// paraAt returns the paragraph holding offset off, or nil. Paragraphs
// are in text order and do not overlap.
func (l *layout) paraAt(off int) *para {
	i := sort.Search(len(l.paras), func(i int) bool { return l.paras[i].end > off })
	if i < len(l.paras) && l.paras[i].start <= off {
		return &l.paras[i]
	}
	return nil
}

// strongOpener reports a line that begins with one of strongOpeners.
// Most lines are refused by the length and the first and last letters of
// their first word, lower-cased, before it is looked up.
func strongOpener(t string) bool {
	w, _, _ := strings.Cut(t, " ")
	if n := len(w); n == 0 || !strongOpenerShapes.has(w[0]|0x20, w[n-1]|0x20, n) {
		return false
	}
	return strongOpeners[w]
}

// strongOpenerShapes filters the words of strongOpeners, lower-cased.
var strongOpenerShapes = func() *wordShapes {
	low := map[string]bool{}
	for w := range strongOpeners {
		low[strings.ToLower(w)] = true
	}
	return newWordShapes(low)
}()

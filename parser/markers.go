package parser

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Footnote markers reach the text in many shapes: "[^3]", "$^{3}$", "³",
// digits glued to a word or punctuation ("Council,1", "Development2"),
// digits fused to a year ("of 6 October 202038" is 2020 and note 38), and,
// in PDF text, loose digits between spaces ("Court 1 reaffirms"). Only
// labels that have a note body count, and because notes are numbered in
// reading order, a weak candidate is accepted only where the numbering
// expects it.

// markerKind grades how sure a candidate is.
type markerKind int

const (
	mkStrong      markerKind = iota // explicit superscript, LaTeX or Markdown reference
	mkGlued                         // digits glued to a word or closing punctuation
	mkFused                         // digits fused to a four-digit year
	mkLoose                         // digits standing alone between spaces
	mkFusedNumber                   // digits fused to a resolution number: "71/20510"
)

// candidate is a possible footnote marker.
type candidate struct {
	start, end int
	label      int
	kind       markerKind
}

// numberNouns are words after which a loose number is a number, not a marker.
var numberNouns = map[string]bool{
	"paragraph": true, "paragraphs": true, "para": true, "paras": true, "resolution": true,
	"resolutions": true, "decision": true, "decisions": true, "article": true, "articles": true,
	"no": true, "nos": true, "chapter": true, "chapters": true, "annex": true, "section": true,
	"sections": true, "goal": true, "goals": true, "target": true, "targets": true, "principle": true,
	"protocol": true, "rule": true, "rules": true, "vol": true, "page": true, "pages": true, "pp": true, "p": true,
	"item": true, "items": true, "phase": true, "part": true, "parts": true, "session": true,
	"recommendation": true, "recommendations": true, "chap": true, "sect": true, "table": true,
	"figure": true, "level": true, "step": true, "option": true, "category": true, "tier": true,
	"annexes": true, "appendix": true, "volume": true, "number": true, "stage": true, "class": true,
	"group": true, "point": true, "points": true, "sdg": true, "objective": true, "objectives": true,
	"indicator": true, "indicators": true, "statement": true, "draft": true, "amendment": true,
	"amendments": true, "report": true, "than": true, "of": true, "to": true, "per": true,
}

// findMarkers finds footnote markers in the body and blanks them in base.
func (l *layout) findMarkers() {
	if len(l.notes) == 0 {
		return
	}
	// known holds the first note of each label, indexed by label: labels
	// are small (findNotes takes at most four digits, or the next number
	// but a few).
	expect, top := l.notes[0].label, 0
	for _, n := range l.notes {
		expect, top = min(expect, n.label), max(top, n.label)
	}
	known := make([]*note, top+1)
	for _, n := range l.notes {
		if n.label >= 0 && known[n.label] == nil {
			known[n.label] = n
		}
	}
	// A line holds a candidate only if a byte of it can start one: the
	// text is searched for the next such byte once, across lines, and
	// only the lines it falls in are read. Without a "^" in the text no
	// "[^" or "$^{" starts a marker, and only digits and bytes past ASCII
	// are sought.
	first := max(l.opener+1, 0)
	if first >= len(l.lines) {
		l.orderedMarkers()
		return
	}
	skip, caret := skipToDigit, strings.IndexByte(l.text, '^') >= 0
	if caret {
		skip = skipNonMarker
	}
	from, next := -1, -1  // the text holds no byte skip stops at in [from, next)
	var cands []candidate // the candidates of one line, the array reused
	for i := first; i < len(l.lines); i++ {
		if l.noteLine[i] || l.furniture[i] {
			continue
		}
		ln := l.lines[i]
		if ln.start < from || ln.start > next {
			from, next = ln.start, skip(l.text, ln.start)
		}
		if next >= ln.end {
			continue // no marker can start on this line
		}
		taken := -1 // end of the last accepted candidate: readings of one run exclude each other
		cands = markerCandidates(cands[:0], l.text, ln, caret, looseWant{known, expect})
		for _, c := range cands {
			if c.label < 0 || c.label >= len(known) {
				continue
			}
			n := known[c.label]
			if n == nil || c.start < taken || !acceptMarker(c, expect) {
				continue
			}
			taken = c.end
			if c.label >= expect {
				expect = c.label + 1
			}
			n.markers = append(n.markers, c.start)
			l.blankBase(c.start, c.end)
		}
	}
	l.orderedMarkers()
}

// orderedMarkers finds the markers of notes left without one by their
// place in the numbering: note L's marker stands after note L-1's marker
// and before note L+1's, so a lone number L in that stretch of the body is
// its marker even where its shape alone would not say so ("the report 6
// of the Chief of Staff", "the Congo, 21 22"). Two such numbers there
// leave the note unmarked.
func (l *layout) orderedMarkers() {
	bodyStart := 0
	if l.opener >= 0 {
		bodyStart = l.lines[l.opener].end
	}
	for k, n := range l.notes {
		if len(n.markers) > 0 {
			continue
		}
		from, to := bodyStart, len(l.text)
		for j := k - 1; j >= 0; j-- {
			if m := l.notes[j].markers; len(m) > 0 && l.notes[j].label < n.label {
				from = m[0]
				break
			}
		}
		for j := k + 1; j < len(l.notes); j++ {
			if m := l.notes[j].markers; len(m) > 0 && l.notes[j].label > n.label {
				to = m[0]
				break
			}
		}
		if at, ok := l.loneNumber(itoa(n.label), from, to); ok {
			n.markers = append(n.markers, at)
			l.blankBase(at, at+len(itoa(n.label)))
		}
	}
}

// loneNumber finds the only standalone occurrence of label in the body
// text between from and to, outside note and furniture lines.
func (l *layout) loneNumber(label string, from, to int) (int, bool) {
	found, at := 0, -1
	for i, ln := range l.lines {
		if ln.end <= from || ln.start >= to || l.noteLine[i] || l.furniture[i] {
			continue
		}
		for k := max(ln.start, from); k < min(ln.end, to); {
			j := strings.Index(l.text[k:min(ln.end, to)], label)
			if j < 0 {
				break
			}
			p := k + j
			e := p + len(label)
			before, after := byte(' '), byte(' ')
			if p > 0 {
				before = l.text[p-1]
			}
			if e < len(l.text) {
				after = l.text[e]
			}
			if p > ln.start && !isDigit(before) && !isLetter(before) && before != '/' && before != '.' && before != '-' &&
				!isDigit(after) && after != '/' && after != '(' && after != '.' && !isLetter(after) {
				found++
				at = p
			}
			k = e
		}
	}
	return at, found == 1
}

// acceptMarker decides a candidate given the label the numbering expects next.
func acceptMarker(c candidate, expect int) bool {
	switch c.kind {
	case mkStrong:
		return true
	case mkGlued:
		// Glued digits are good evidence: any note may be marked so, even
		// when a marker before it was missed.
		return true
	case mkFused:
		return c.label <= expect+1
	case mkLoose:
		// One missed marker before it may be forgiven: "of 19 March 1978, 8".
		return c.label == expect || c.label == expect+1
	default: // fused to a number: only where the numbering expects it
		return c.label == expect
	}
}

// markerStartByte marks the bytes a marker candidate may start at: "[^",
// "$^{", a digit, or the lead byte of a superscript digit; and every byte
// of a multi-byte rune, which markerCandidates steps over.
var markerStartByte = func() (t [256]bool) {
	t['['], t['$'] = true, true
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// skipNonMarker returns the offset of the first byte at or after i in s
// that markerStartByte marks, or len(s). Eight bytes at a time where it
// can: few blocks of a text hold a digit, "[", "$" or a non-ASCII byte,
// and in one that does, the mask of digit and marker-sign bytes (digitBytes | markerSignBytes) says which byte is the first.
func skipNonMarker(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		if m := digitBytes(x) | markerSignBytes(x); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && !markerStartByte[s[i]] {
		i++
	}
	return i
}

// skipToDigit is skipNonMarker for a line without "^", where no "[^" or
// "$^{" can start a marker: it stops only at a digit or a byte past
// ASCII, and so tests half as much.
func skipToDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := digitBytes(load64(s[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && !isDigit(s[i]) && s[i] < 0x80 {
		i++
	}
	return i
}

// load64 returns the eight bytes of w, the first in the low byte.
func load64(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// digitBytes takes eight bytes of text, the first in the low byte of x,
// and returns a word whose lowest set bit is the high bit of the first of
// them that is a digit or a byte past ASCII, or 0 when none is. Only that
// lowest bit is exact: a sum's carry runs upwards from a byte past ASCII
// only, so it can set bits above the first such byte but never below it.
// markerSignBytes does the same for "[" and "$", so that the lowest bit of
// the two results or-ed is the first byte markerStartByte marks.
func digitBytes(x uint64) uint64 {
	// Below the first marked byte every byte is under 0x80, so the sums
	// leave each byte's high bit saying it is at least '0' and not at
	// least '9'+1.
	return (x | (x+(0x80-'0')*ones)&^(x+(0x80-'9'-1)*ones)) & high
}

// markerSignBytes is digitBytes for the bytes "[" and "$": x^c has a zero
// byte where x holds c, and subtracting one borrows upwards from it only.
func markerSignBytes(x uint64) uint64 {
	bracket := x ^ '['*ones
	dollar := x ^ '$'*ones
	return ((bracket-ones)&^bracket | (dollar-ones)&^dollar) & high
}

// ones and high hold 1 and the high bit in each byte of a word, for the
// bytewise tests of digitBytes and markerSignBytes.
const ones, high = 0x0101010101010101, 0x8080808080808080

// looseWant tells the labels a loose number may have to be worth judging
// in its context: a note of that label must exist, and the label must not
// be below the one the numbering expects when the line is read, for
// acceptMarker to take it (expect only grows). Other labels are left out
// before looseContext looks at the words around them, as findMarkers
// would drop them after.
type looseWant struct {
	known  []*note // the first note of each label, as findMarkers indexes them
	expect int
}

// wants reports whether a loose number labelled n may be accepted.
func (w looseWant) wants(n int) bool {
	return n >= w.expect && n < len(w.known) && w.known[n] != nil
}

// markerCandidates appends to out the possible markers on one line, so
// that the lines of a text can share one array. caret says whether the
// text may hold a "^" on this line: without one, "[" and "$" start no
// marker, and the line need not be searched for it. Loose numbers that
// want does not want are not candidates.
func markerCandidates(out []candidate, text string, ln line, caret bool, want looseWant) []candidate {
	s := text[ln.start:ln.end]
	skip := skipNonMarker
	if !caret || strings.IndexByte(s, '^') < 0 {
		skip = skipToDigit // "[" and "$" start no marker here
	}
	for i := 0; i < len(s); {
		c := s[i]
		if !markerStartByte[c] {
			i = skip(s, i+1)
			continue
		}
		switch {
		case c == '[' && strings.HasPrefix(s[i:], "[^"):
			if j := strings.IndexByte(s[i:], ']'); j > 2 && !strings.HasPrefix(s[i+j:], "]:") {
				if n := atoi(s[i+2 : i+j]); n > 0 {
					out = append(out, candidate{ln.start + i, ln.start + i + j + 1, n, mkStrong})
					i += j + 1
					continue
				}
			}
		case c == '$' && strings.HasPrefix(s[i:], "$^{"):
			if j := strings.Index(s[i:], "}$"); j > 0 {
				if n := atoi(strings.Trim(s[i+3:i+j], "^{}")); n > 0 {
					out = append(out, candidate{ln.start + i, ln.start + i + j + 2, n, mkStrong})
					i += j + 2
					continue
				}
			}
		case c >= 0x80:
			if c != 0xc2 && c != 0xe2 { // the lead bytes of ¹²³ and of ⁰⁴…⁹
				i++ // a continuation byte is skipped as the lead byte was
				continue
			}
			if n, w := superscriptNumber(s[i:]); w > 0 {
				out = append(out, candidate{ln.start + i, ln.start + i + w, n, mkStrong})
				i += w
				continue
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
			continue
		case isDigit(c):
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			n := len(out)
			out = digitCandidates(out, s, i, j, want)
			for k := n; k < len(out); k++ {
				out[k].start += ln.start
				out[k].end += ln.start
			}
			i = j
			continue
		}
		i++
	}
	return out
}

// digitCandidates judges the digit run s[i:j] as marker candidates and
// appends them to out, offsets in s. A run fused to a number may be read
// in several ways ("71/20510" is 71/205 and note 10, or 71/2051 and note
// 0); each reading is a candidate and the numbering decides. A loose
// number is one only if want wants its label.
func digitCandidates(out []candidate, s string, i, j int, want looseWant) []candidate {
	if i > 0 && (s[i-1] == '/' || dashAt(s, i-1) == 1 || strings.HasSuffix(s[:i], "\u2013")) {
		return fusedAfterNumber(out, s, i, j)
	}
	if i > 0 && isDigit(s[i-1]) {
		return out
	}
	if j < len(s) {
		n := s[j]
		if n == '/' && j+1 < len(s) && isDigit(s[j+1]) && i > 0 && (s[i-1] == ',' || s[i-1] == ';') {
			return markerBeforeNumber(out, s, i, j)
		}
		if (n == '/' || n == '.' || n == ':' || n == '-') && j+1 < len(s) && isDigit(s[j+1]) {
			return out
		}
		if n == ',' && isThousands(s[j+1:]) {
			return out // 1,000
		}
		if isLetter(n) || n == '/' || n == '%' {
			return out
		}
	}
	if trimBlankLeft(s[:i]) == "" {
		return out // a number opening a line is a paragraph label
	}
	run := s[i:j]
	prev := prevRune(s, i)
	one := func(c candidate) []candidate { return append(out, c) }
	switch {
	case prev == ' ' || prev == '\t' || prev == '\u00a0':
		if len(run) >= 5 && len(run) <= 6 && (run[:2] == "19" || run[:2] == "20") && run[4] != '0' {
			return one(candidate{i + 4, j, atoi(run[4:]), mkFused})
		}
		if len(run) > 3 || !want.wants(atoi(run)) || !looseContext(s, i, j) {
			return out
		}
		return one(candidate{i, j, atoi(run), mkLoose})
	case unicode.IsLower(prev) || prev == ',' || prev == ';' || prev == ':' || prev == ')' || prev == '”' || prev == '’' || prev == '"' || prev == ']' || prev == '»':
		// a word in any script ("Sécurité1"), or closing punctuation, the
		// French guillemet too ("« Notre Programme commun »1")
		if len(run) > 3 || atoi(run) == 0 {
			return out
		}
		return one(candidate{i, j, atoi(run), mkGlued})
	case isUpper(byte(prev)) && gluedToCapitals(s, i):
		if len(run) > 3 || atoi(run) == 0 {
			return out
		}
		return one(candidate{i, j, atoi(run), mkGlued})
	case prev == '.' && i >= 2 && isLower(s[i-2]) && !abbreviationBefore(s, i-1):
		if len(run) > 3 {
			return out
		}
		return one(candidate{i, j, atoi(run), mkGlued})
	}
	return out
}

// gluedToCapitals reports digits glued to a Roman numeral ("Protocol I6")
// or to an acronym of three or more capitals ("UNCTAD12"), not to a short
// code like "G20" or "CO2".
func gluedToCapitals(s string, i int) bool {
	k := i
	for k > 0 && isUpper(s[k-1]) {
		k--
	}
	if k > 0 && (isAlnum(s[k-1]) || s[k-1] == '-' || s[k-1] == '/') {
		return false
	}
	w := s[k:i]
	return isRoman(w) && k > 0 && s[k-1] == ' ' || len(w) >= 3
}

// fusedAfterNumber reads a marker fused to the number part of "71/20510"
// (resolution 71/205, note 10), "VII/1112" (decision VII/11, note 12) or a
// year range "2024–203420" (2034, note 20). The longest plausible number
// is tried first. The readings are appended to out.
func fusedAfterNumber(out []candidate, s string, i, j int) []candidate {
	run := s[i:j]
	if j < len(s) && isLetter(s[j]) {
		return out
	}
	maxLen := 0
	k := i - 1
	if s[k] == '/' {
		h := k
		for h > 0 && (isAlnum(s[h-1])) {
			h--
		}
		head := s[h:k]
		switch {
		case isRoman(head):
			maxLen = 2
		case len(head) == 4 && allDigits(head) && len(run) >= 3 && atoi(run[:2]) == (atoi(head)+1)%100:
			maxLen = 2 // a year pair, "2024/25" with note 4: "2024/254"
		case allDigits(head) && len(head) <= 2, allDigits(head) && len(head) == 4:
			maxLen = 3
		}
	} else if len(run) >= 5 && (run[:2] == "19" || run[:2] == "20") {
		maxLen = 4
	}
	if maxLen == 0 || len(run) <= maxLen {
		return out
	}
	for p := min(maxLen, len(run)-1); p >= 1; p-- {
		if run[p] == '0' || len(run)-p > 3 {
			continue
		}
		out = append(out, candidate{i + p, j, atoi(run[p:]), mkFusedNumber})
	}
	return out
}

// prevRune returns the rune before s[i], or 0 at the start.
func prevRune(s string, i int) rune {
	if i == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// abbreviationBefore reports whether the word ending at s[dot] is an
// abbreviation that takes a number ("No.", "para.", "Add.").
func abbreviationBefore(s string, dot int) bool {
	k := dot
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	w := s[k:dot]
	if len(w) <= 2 {
		return true
	}
	var buf [32]byte
	if low, ok := lowerASCII(buf[:], w); ok {
		return numberNouns[string(low)] // looked up in place: no lower-cased copy
	}
	return numberNouns[strings.ToLower(w)]
}

// looseContext judges a number standing between spaces: it may be a marker
// unless the word before makes it a number (paragraph 3, Goals 6, 2 and 3)
// or a date or a resolution follows it.
func looseContext(s string, i, j int) bool {
	before := trimBlankRight(s[:i])
	k := len(before)
	for k > 0 && !isSpaceByte(before[k-1]) {
		k--
	}
	prevTok := before[k:]
	word := trimTokenPunct(prevTok)
	var buf [32]byte
	if low, ok := lowerASCII(buf[:], word); ok {
		word = string(low) // looked up only: no new string
	} else {
		word = strings.ToLower(word)
	}
	if numberNouns[word] || monthNumber(word) > 0 || dateJoinerSet[word] || isDateIntro(word) {
		return false // "de 1 de marzo", "du 1er mars"
	}
	if d := strings.TrimRight(prevTok, ",;"); allDigits(d) && len(d) != 4 {
		return false
	}
	after := trimBlankLeft(s[j:])
	w, _, _ := strings.Cut(after, " ")
	w = strings.TrimRight(w, ",;.")
	if dateJoinerSet[w] { // "1 de marzo"
		w, _, _ = strings.Cut(trimBlankLeft(after[len(w):]), " ")
		w = strings.TrimRight(w, ",;.")
	}
	if low, ok := lowerASCII(buf[:], w); ok {
		w = string(low) // for monthNumber, which would lower-case a copy
	}
	if monthNumber(w) > 0 || strings.HasPrefix(after, "(") || strings.HasPrefix(after, "per cent") || strings.HasPrefix(after, "%") {
		return false
	}
	return true
}

// trimBlankLeft returns s without the spaces, tabs and no-break spaces
// (U+00A0) it begins with: strings.TrimLeft(s, " \t\u00a0") without
// decoding each rune against the set.
func trimBlankLeft(s string) string {
	for len(s) > 0 {
		switch {
		case s[0] == ' ' || s[0] == '\t':
			s = s[1:]
		case len(s) >= 2 && s[0] == 0xc2 && s[1] == 0xa0:
			s = s[2:]
		default:
			return s
		}
	}
	return s
}

// trimBlankRight returns s without the spaces, tabs and no-break spaces
// (U+00A0) it ends with, as strings.TrimRight(s, " \t\u00a0") does.
func trimBlankRight(s string) string {
	for n := len(s); n > 0; n = len(s) {
		switch {
		case s[n-1] == ' ' || s[n-1] == '\t':
			s = s[:n-1]
		case n >= 2 && s[n-2] == 0xc2 && s[n-1] == 0xa0:
			s = s[:n-2]
		default:
			return s
		}
	}
	return s
}

// tokenPunct marks the ASCII punctuation that trimTokenPunct removes.
var tokenPunct = func() (t [256]bool) {
	for _, c := range ".,;:()\"'" {
		t[c] = true
	}
	return t
}()

// trimTokenPunct returns the word of a token without the punctuation and
// quotes around it ("(paragraph", "“Goals”,"): strings.Trim(tok,
// ".,;:()“”\"'") without decoding each rune against the set.
func trimTokenPunct(tok string) string {
	for len(tok) > 0 {
		if tokenPunct[tok[0]] {
			tok = tok[1:]
		} else if strings.HasPrefix(tok, "“") || strings.HasPrefix(tok, "”") {
			tok = tok[len("“"):]
		} else {
			break
		}
	}
	for n := len(tok); n > 0; n = len(tok) {
		if tokenPunct[tok[n-1]] {
			tok = tok[:n-1]
		} else if strings.HasSuffix(tok, "“") || strings.HasSuffix(tok, "”") {
			tok = tok[:n-len("”")]
		} else {
			break
		}
	}
	return tok
}

// isThousands reports whether s starts with exactly three digits, as the
// group after a thousands comma does ("1,000"); "1,2" are two markers.
func isThousands(s string) bool {
	return len(s) >= 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && (len(s) == 3 || !isDigit(s[3]))
}

// markerBeforeNumber reads a marker glued between a comma and the next
// number of a list: "of 25 September 2014,130/4 of 1 October 2015" is
// note 1 and resolution 30/4. Each split is a candidate, appended to out;
// the numbering decides.
func markerBeforeNumber(out []candidate, s string, i, j int) []candidate {
	kind := mkFusedNumber
	if n := atoi(s[i:j]); n > 99 && (n < 1946 || n > 2099) {
		// "131/14" names no session or year: a marker must be fused to it,
		// and a note marked again ("…,233/22" after note 3) is allowed.
		kind = mkGlued
	}
	for p := 1; p < j-i && p <= 3; p++ {
		if s[i+p] == '0' {
			continue
		}
		out = append(out, candidate{i, i + p, atoi(s[i : i+p]), kind})
	}
	return out
}

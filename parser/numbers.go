package parser

import (
	"strings"
)

// Resolution and decision numbers are read only after the words
// "resolution(s)" or "decision(s)", and then as a list:
//
//	list  = item { sep item }
//	sep   = "," | "and" | ", and" | "as well as" | "and in particular,"
//	item  = number [ parts ] [ date ] [ ", entitled “…”" ]
//	number= [ "ES-" | "S-" ] digits "/" digits      (GA 31+, ECOSOC, HRC, CHR, decisions)
//	      | digits [ parts ] "(" year | roman | "S-" roman | "ES-" roman ")"
//	      | digits                                  (SC resolution without its year)
//	parts = letter [ ( "and" | "to" | "," ) letter ]…
//	date  = "of" day month year | "adopted on" day month year | "of" day "and" day month year
//
// Which body a number belongs to: the body named before the keyword (for
// every item of the list), else the issuing body ("its resolution"), else
// the form (N (YYYY) is the Security Council's).

// numItem is one number read from a list.
type numItem struct {
	start, end int
	sess       string // "ES-" or "S-" prefix of special sessions, else ""
	a, b       string // "60" and "45" of 60/45; b empty for the paren and bare forms
	paren      string // "XV", "1967", "S-VI" …
	parts      []string
	date       string    // the adoption date written after it, "" when none
	post       namedBody // a body named after the item: "45/3 du Conseil des droits de l'homme"; once postBodies ran, or after a later one
	dotted     bool      // "69.2", the numbering of the World Health Assembly and others
}

// number returns the item's number as written in messages and in the
// targets of other bodies: "60/45", "ES-10/15", "1325".
func (it numItem) number() string {
	if it.b == "" {
		return it.a
	}
	return it.sess + it.a + "/" + it.b
}

// readParts reads lettered parts at s[i:]: "A", "A and B", "A to D",
// "A, B and C". It returns them and the offset after them.
func readParts(s string, i int) ([]string, int) {
	j := skipSpace(s, i)
	// letter reports the width of a part letter at s[k]: "A", or a doubled
	// "AA" as the Assembly letters parts after Z. 0 when there is none.
	letter := func(k int) int {
		switch {
		case k >= len(s) || !isUpper(s[k]):
			return 0
		case k+1 >= len(s) || !isLetter(s[k+1]):
			return 1
		case s[k+1] == s[k] && (k+2 >= len(s) || !isLetter(s[k+2])):
			return 2
		}
		return 0
	}
	w := letter(j)
	if j == i || w == 0 {
		return nil, i
	}
	parts := []string{s[j : j+w]}
	end := j + w
	for {
		k := skipSpace(s, end)
		sep, k2 := readLetters(s, k)
		if sep == "" && k < len(s) && s[k] == ',' {
			sep, k2 = ",", k+1
		}
		isRange := partRangeSet[sep]
		if !partJoinerSet[sep] && !isRange && sep != "," {
			break
		}
		k2 = skipSpace(s, k2)
		w := letter(k2)
		if w == 0 {
			break
		}
		if isRange && w == 1 && len(parts[len(parts)-1]) == 1 {
			for c := parts[len(parts)-1][0] + 1; c <= s[k2]; c++ {
				parts = append(parts, string(c))
			}
		} else {
			parts = append(parts, s[k2:k2+w])
		}
		end = k2 + w
	}
	return parts, end
}

// readSessPrefix reads "ES-" or "S-" (any dash) at s[i:].
func readSessPrefix(s string, i int) (string, int) {
	for _, p := range []string{"ES", "S"} {
		if strings.HasPrefix(s[i:], p) {
			if w := dashAt(s, i+len(p)); w > 0 && i+len(p)+w < len(s) && isDigit(s[i+len(p)+w]) {
				return p + "-", i + len(p) + w
			}
		}
	}
	return "", i
}

// readNumberItem reads one numbered item at s[i:].
func readNumberItem(s string, i int) (numItem, bool) {
	it := numItem{start: i}
	sess, j := readSessPrefix(s, i)
	it.sess = sess
	a, j := readNumber(s, j)
	if a == "" || len(a) > 4 || (j < len(s) && isLetter(s[j])) {
		return it, false
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) && sess == "" {
		// "World Health Assembly resolution 69.2": a numbering no UN
		// organ uses, read whole so that it is not taken for 69.
		b, k := readNumber(s, j+1)
		it.a, it.dotted, it.end = a+"."+b, true, k
		return it, true
	}
	it.a = a
	if j < len(s) && s[j] == '/' {
		b, k := readNumber(s, j+1)
		if b == "" || len(b) > 4 {
			return it, false
		}
		if k < len(s) && (isLetter(s[k]) || ((s[k] == '.' || s[k] == '/') && k+1 < len(s) && isAlnum(s[k+1]))) {
			return it, false // "1/CP.21", "12/07a", the European Union's "2010/413/CFSP": not a UN number
		}
		it.b, it.end = b, k
		it.parts, it.end = readParts(s, it.end)
		return it, true
	}
	if sess != "" {
		return it, false
	}
	it.end = j
	parts, k := readParts(s, j)
	if p, e, ok := readParenSession(s, k); ok {
		it.parts, it.paren, it.end = parts, p, e
		return it, true
	}
	if parts == nil {
		if p, e, ok := readParenSession(s, j); ok {
			it.paren, it.end = p, e
			return it, true
		}
	}
	it.parts, it.end = parts, max(j, k)
	if parts != nil {
		it.end = k
	}
	return it, true
}

// readParenSession reads "(1967)", "(XV)", "(S-VI)", "(ES-V)" at s[i:].
func readParenSession(s string, i int) (string, int, bool) {
	j := skipSpace(s, i)
	if j >= len(s) || s[j] != '(' {
		return "", i, false
	}
	k := strings.IndexByte(s[j:min(len(s), j+13)], ')') // no further than the longest session
	if k < 2 {
		return "", i, false
	}
	inner := hyphenDashes(strings.TrimSpace(s[j+1 : j+k]))
	if (len(inner) == 4 && allDigits(inner) && inner >= "1946" && inner <= "2099") || isRomanSession(inner) {
		return inner, j + k + 1, true
	}
	return "", i, false
}

// listSep skips a separator between list items and reports whether one
// was there.
func listSep(s string, i int) (int, bool) {
	j := skipSpace(s, i)
	found := false
	if j < len(s) && (s[j] == ',' || s[j] == ';') {
		j, found = skipSpace(s, j+1), true
	}
	for _, w := range listJoinersFirst.at(s, j, listJoiners) {
		if hasWordAt(s, j, w) {
			return skipSpace(s, j+len(w)), true
		}
	}
	return j, found
}

// skipEntitled skips ", entitled “…”" or " on the …" clauses are not
// skipped: only a quoted title may stand between list items.
func skipEntitled(s string, i int) int {
	j := skipSpace(s, i)
	if j < len(s) && s[j] == ',' {
		j = skipSpace(s, j+1)
	}
	ent := ""
	for _, w := range entitledWordsFirst.at(s, j, entitledWords) {
		if hasWordAt(s, j, w) {
			ent = w
			break
		}
	}
	if ent == "" {
		return i
	}
	j = skipSpace(s, j+len(ent))
	open, close := "", ""
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"«", "»"}} {
		if strings.HasPrefix(s[j:], q[0]) {
			open, close = q[0], q[1]
			break
		}
	}
	if open == "" {
		return i
	}
	k := strings.Index(s[j+len(open):], close)
	if k < 0 || k > 600 {
		return i
	}
	return j + len(open) + k + len(close)
}

// readNumberList reads the list of numbers after a keyword at s[i:],
// into the storage of buf. stems are the keyword stems of the text
// (keywordStemsIn).
func readNumberList(buf []numItem, s string, i int, stems []int) ([]numItem, int) {
	items, end := readNumberItems(buf, s, i, stems)
	completeYears(items)
	shareDates(items)
	return items, end
}

// shareDates gives an undated item the date of the item after it when the
// two were adopted together: "70/1 and 70/2 of 25 September 2015", "998
// (ES-I) and 999 (ES-I) of 4 November 1956". Numbers of one session one
// to three apart are read as adopted at one meeting; an SC year, which
// spans many meetings, is not enough.
func shareDates(items []numItem) {
	for k := len(items) - 2; k >= 0; k-- {
		a, b := &items[k], items[k+1]
		if a.date != "" || b.date == "" || a.sess != b.sess {
			continue
		}
		var gap int
		switch {
		case a.b != "" && b.b != "" && a.a == b.a:
			gap = atoi(b.b) - atoi(a.b)
		case a.paren != "" && a.paren == b.paren && isRomanSession(a.paren) && a.b == "" && b.b == "":
			gap = atoi(b.a) - atoi(a.a)
		default:
			continue
		}
		if gap >= 1 && gap <= 3 {
			a.date = b.date
		}
	}
}

// strongItem reports an item of a shape no other number has: "60/45" or
// "1325 (2000)", as opposed to a bare "1701".
func strongItem(it numItem) bool { return it.b != "" || it.paren != "" }

// sameShape reports two items written alike: both N/M, or both N (…).
func sameShape(a, b numItem) bool {
	return (a.b != "") == (b.b != "") && (a.paren != "") == (b.paren != "")
}

// pointsIntoResolution reports a bare number that is a paragraph of a
// resolution named after it: the "4" of "paragraph 9 of resolution 1945
// (2010) and 4 of resolution 2035 (2012)".
func pointsIntoResolution(s string, i int, stems []int) bool {
	j := skipSpace(s, i)
	if !strings.HasPrefix(s[j:], "of ") {
		return false
	}
	j = skipSpace(s, j+3)
	for _, w := range []string{"its ", "the ", "that ", "this "} {
		if strings.HasPrefix(s[j:], w) {
			j = skipSpace(s, j+len(w))
			break
		}
	}
	f := newKeywordFinder(s[:min(len(s), j+60)], j, stems)
	k := f.next(j)
	return k >= 0 && k-j <= 40
}

// listIntroducerFirst marks the first bytes of listIntroducers: no other
// byte can start one.
var listIntroducerFirst = func() (t [256]bool) {
	for _, w := range listIntroducers {
		if w == "" { // an empty one starts anywhere
			for c := range t {
				t[c] = true
			}
			continue
		}
		t[w[0]] = true
	}
	return t
}()

// listIntroducersByFirst lists, for each byte, the listIntroducers that
// may start with it, in their order: those that begin with it, and an
// empty one.
var listIntroducersByFirst = func() (t [256][]string) {
	for c := range t {
		for _, w := range listIntroducers {
			if w == "" || w[0] == byte(c) {
				t[c] = append(t[c], w)
			}
		}
	}
	return t
}()

// delayedStops marks the bytes delayedList looks at: the ends of a
// clause, an opening parenthesis, and the first bytes of
// listIntroducers.
var delayedStops = func() (t [256]bool) {
	t = listIntroducerFirst
	for _, c := range []byte(";:.(") {
		t[c] = true
	}
	return t
}()

// delayedList finds a list that starts after an introducer later in the
// same clause, returning its offset.
func delayedList(s string, i int) (int, bool) {
	limit := min(len(s), i+200)
	if !numberAhead(s, i, limit, true) {
		return 0, false
	}
	for k := i; k < limit; k++ {
		if !delayedStops[s[k]] {
			continue // nothing below acts on it
		}
		if k > 0 && isLetter(s[k-1]) && isLetter(s[k]) {
			// Inside a word, where no introducer begins: on to its end.
			for k+1 < limit && isLetter(s[k+1]) {
				k++
			}
			continue
		}
		if s[k] == ';' || s[k] == ':' || (s[k] == '.' && k+1 < len(s) && isSpaceByte(s[k+1])) {
			return 0, false
		}
		if s[k] == '(' {
			// After a topic: "ses propres résolutions sur les droits de
			// l'homme et la justice transitionnelle (9/10 du 24 septembre
			// 2008, 12/11 …)".
			n := skipSpace(s, k+1)
			if it, ok := readNumberItem(s, n); ok && it.b != "" {
				return n, true
			}
			continue
		}
		if k > 0 && isLetter(s[k-1]) || !listIntroducerFirst[s[k]] {
			continue
		}
		for _, w := range listIntroducersByFirst[s[k]] {
			if strings.HasPrefix(s[k:], w) {
				n := skipSpace(s, k+len(w))
				if n < len(s) && s[n] == ',' {
					n = skipSpace(s, n+1)
				}
				if it, ok := readNumberItem(s, n); ok && (it.paren != "" || it.b != "") {
					return n, true
				}
			}
		}
	}
	return 0, false
}

// readNumberItems reads the items of a list, dates as written, into the
// storage of buf.
func readNumberItems(buf []numItem, s string, i int, stems []int) ([]numItem, int) {
	// An adjective after the keyword: "la resolución posterior 75/309",
	// "la résolution ultérieure 75/309".
	for j := skipSpace(s, i); ; {
		w, e := readLetters(s, j)
		if w == "" || !postAdjectives[w] {
			break
		}
		if _, ok := readNumberItem(s, skipSpace(s, e)); ok {
			i = e
			break
		}
		j = skipSpace(s, e)
	}
	if _, ok := readNumberItem(s, skipSpace(s, i)); !ok {
		if n, ok := delayedList(s, i); ok {
			i = n
		}
	}
	items := buf[:0]
	j := skipSpace(s, i)
	if strings.HasPrefix(s[j:], "No.") {
		j = skipSpace(s, j+3)
	}
	for {
		it, ok := readNumberItem(s, j)
		if !ok || len(items) > 0 && !strongItem(it) && (pointsIntoResolution(s, it.end, stems) || items[len(items)-1].b != "") {
			// A bare number after "N/M" items is a paragraph: "64/71,
			// paragraphs 121, 129 and 132 to 134 of resolution 66/68".
			break
		}
		after := skipQualifiers(s, it.end) // ", annex", ", section XI": not part of the item's text
		if nb, e := postBody(s, after); nb.body != BodyNone {
			it.post, after = nb, e
		}
		date, second, e := twoDatesAfter(s, skipModifier(s, after))
		if date == "" {
			e = after
		}
		if second != "" && len(items) > 0 && items[len(items)-1].date == "" {
			items[len(items)-1].date = date // "82 (1950) and 83 (1950) of 25 and 27 June 1950"
			date = second
		}
		if date != "" {
			it.date, it.end = date, e
			if it.post.body == BodyNone {
				// The body after the date: "54/12 du 11 octobre 2023 du
				// Conseil des droits de l'homme".
				// Not the Assembly: "adoptée par l'Assemblée d'ONU-Habitat"
				// after a date names another assembly.
				if nb, pe := postBody(s, e); nb.body != BodyNone && nb.body != BodyGA {
					it.post, e = nb, pe
				} else if c := skipSpace(s, e); c < len(s) && s[c] == ',' {
					// "54/12, de 11 de octubre de 2023, del Consejo de
					// Derechos Humanos"
					if nb, pe := postBody(s, c+1); nb.body != BodyNone && nb.body != BodyOther && nb.body != BodyGA {
						it.post, e = nb, pe
					}
				}
			}
		}
		items = append(items, it)
		e = skipQualifiers(s, skipEntitled(s, e))
		next, ok := listSep(s, e)
		if !ok && it.paren != "" && e < len(s) && s[e] == '.' {
			// OCR reads commas as periods: "432 (1978).\n435 (1978), 532
			// (1983). 539 (1983). and 566 (1985)"; again only between
			// items of the strong N (YYYY) form.
			if nx, _ := listSep(s, e+1); nx > e+1 {
				if item, isItem := readNumberItem(s, nx); isItem && item.paren != "" {
					next, ok = nx, true
				}
			}
		}
		if !ok && it.paren != "" {
			// OCR drops commas: "450 (1979) 489 (1979)"; only the strong
			// N (YYYY) form on both sides continues the list.
			if nx, isItem := readNumberItem(s, next); isItem && nx.paren != "" {
				ok = true
			}
		}
		if _, isItem := readNumberItem(s, next); !ok || !isItem {
			if it.date == "" && !strongItem(it) {
				return items, e
			}
			if next, ok = resumeList(s, e, items[0], it.date != "", stems); !ok {
				return items, e
			}
		}
		j = next
	}
	return items, j
}

// resumeList looks past a topic clause that interrupts a list ("73/137
// of 14 December 2018 on the safety … and 73/139 of 14 December 2018 on
// …", "1325 (2000) on women, peace and security, 1379 (2001) and 1460
// (2003) on children in armed conflict", "5/1, on institution-building of
// the Council, and 5/2, on …"): within the same clause, a separator
// followed by a numbered item written like the first of the list
// continues it. After a dated item the next must carry a date too; after
// an undated one it must be followed by what follows list items (a
// separator, a date, a topic, the end of the clause). Parentheses and
// quotations inside the topic ("the coronavirus disease (COVID-19)") are
// passed over. It returns the offset of that item.
func resumeList(s string, i int, first numItem, dated bool, stems []int) (int, bool) {
	limit := min(len(s), i+400)
	if !numberAhead(s, i, limit, false) {
		return 0, false
	}
	f := newKeywordFinder(s[:limit], i, stems)
	if kw := f.next(i); kw >= 0 {
		limit = kw // another list begins: it is read on its own
	}
	for k := i; k < limit; k++ {
		if !resumeStops[s[k]] {
			continue // nothing below acts on it
		}
		if k > 0 && isLetter(s[k-1]) && isLetter(s[k]) {
			// Inside a word, where no joiner begins: on to its end.
			for k+1 < limit && isLetter(s[k+1]) {
				k++
			}
			continue
		}
		switch s[k] {
		case ';':
			// groups of a list by topic, "…) on children and armed
			// conflict; 1502 (2003) on …; and 1325 (2000), …"
			n := skipSpace(s, k+1)
			if w := joinerAt(s, n); w > 0 { // "; and", "; et", "; y"
				n = skipSpace(s, n+w)
			}
			if it, ok := readNumberItem(s, n); ok && strongItem(it) && sameShape(it, first) && !dated && endsListItem(s, skipQualifiers(s, it.end)) {
				return n, true
			}
			// Dated groups: "las resoluciones 38/5, de 5 de julio de 2018,
			// sobre …; 44/15, de 17 de julio de 2020, sobre …": the next
			// group opens with a number of the same shape and its date.
			if it, ok := readNumberItem(s, n); ok && dated && it.b != "" && sameShape(it, first) {
				if d, _, _ := twoDatesAfter(s, skipModifier(s, it.end)); d != "" {
					return n, true
				}
			}
			return 0, false
		case ':':
			// A subtitle goes on in lower case ("on Central Asia facing
			// environmental challenges: fostering regional solidarity …,
			// 78/284 of 4 June 2024"); anything else ends the list.
			if n := skipSpace(s, k+1); n == k+1 || n >= len(s) || !isLower(s[n]) {
				return 0, false
			}
		case '(', '"':
			close := byte(')')
			if s[k] == '"' {
				close = '"'
			}
			e := strings.IndexByte(s[k+1:min(limit, k+80)], close)
			if e < 0 {
				return 0, false
			}
			k += e + 1
			continue
		case '.':
			if k+1 < len(s) && isSpaceByte(s[k+1]) {
				return 0, false
			}
		}
		if s[k] == 0xe2 && strings.HasPrefix(s[k:], "“") {
			e := strings.Index(s[k:min(limit, k+300)], "”")
			if e < 0 {
				return 0, false
			}
			k += e + len("”") - 1
			continue
		}
		var n int
		switch {
		case joinerAt(s, k) > 0:
			n = skipSpace(s, k+joinerAt(s, k))
		case s[k] == ',':
			n = skipSpace(s, k+1)
			if strings.HasPrefix(s[n:], "and ") {
				n = skipSpace(s, n+3)
			}
		default:
			continue
		}
		it, ok := readNumberItem(s, n)
		if !ok || !strongItem(it) || !sameShape(it, first) {
			continue
		}
		d, _, _ := twoDatesAfter(s, skipModifier(s, it.end))
		if dated {
			if d != "" {
				return n, true
			}
			continue
		}
		if d != "" || endsListItem(s, skipQualifiers(s, it.end)) {
			return n, true
		}
	}
	return 0, false
}

// resumeStops marks the bytes resumeList looks at: punctuation, the first
// byte of "“", and the first bytes of the part joiners.
var resumeStops = func() (t [256]bool) {
	for _, c := range []byte(";:(\".,") {
		t[c] = true
	}
	t["“"[0]] = true
	for c, ok := range partJoinerFirst {
		t[c] = t[c] || ok
	}
	return t
}()

// endsListItem reports what may follow an item of a list: a separator, a
// topic clause, the end of the clause or of the text.
func endsListItem(s string, i int) bool {
	j := skipSpace(s, i)
	if j >= len(s) {
		return true
	}
	switch s[j] {
	case ',', ';', '.', ':', ')':
		return true
	}
	for _, w := range []string{"and ", "on ", "as well as", "concerning ", "relating to ", "entitled ", "regarding ", "in which ", "which "} {
		if strings.HasPrefix(s[j:], w) {
			return true
		}
	}
	return false
}

// skipQualifiers skips ", section VI", ", paras. 66–80" and the like after
// an item, returning the offset after them (i when there are none).
func skipQualifiers(s string, i int) int {
	for {
		j := skipSpace(s, i)
		if j >= len(s) || s[j] != ',' {
			return i
		}
		j = skipSpace(s, j+1)
		q := ""
		for _, w := range qualifierWordsFirst.at(s, j, qualifierWords) {
			if strings.HasPrefix(s[j:], w) && (j+len(w) >= len(s) || !isLetter(s[j+len(w)])) {
				q = w
				break
			}
		}
		if q == "" {
			return i
		}
		e := skipLabels(s, j+len(q))
		if e == j+len(q) && !strings.HasPrefix(q, "annex") {
			return i
		}
		i = e
	}
}

// skipLabels skips the labels after a qualifier word: "VI", "66–80",
// "IV and V", "A", "3 (b)". A number that begins another item (followed by
// "/" or "(") is left alone.
func skipLabels(s string, i int) int {
	end := i
	for {
		j := skipSpace(s, end)
		k := j
		for k < len(s) && (isAlnum(s[k]) || s[k] == '.') {
			k++
		}
		if w := dashAt(s, k); w > 0 && k+w < len(s) && isAlnum(s[k+w]) {
			for k += w; k < len(s) && isAlnum(s[k]); k++ {
			}
		}
		tok := s[j:k]
		if tok == "" || !(isRoman(tok) || allDigits(strings.ReplaceAll(strings.ReplaceAll(tok, "–", ""), "-", "")) || len(tok) == 1 && isUpper(tok[0])) {
			return end
		}
		if k < len(s) && (s[k] == '/' || s[k] == '(' && isDigit(tok[0]) && !isRoman(tok)) {
			return end
		}
		end = k
		n := skipSpace(s, end)
		// "IV and V", "66 to 80", "61 à 76", "61 a 76": the part joiners
		// and ranges of every vocabulary.
		if w, e := readLetters(s, n); w != "" && (partJoinerSet[w] || partRangeSet[w]) && e < len(s) && isSpaceByte(s[e]) {
			if f := skipLabels(s, e); f > e {
				return f
			}
		}
		if n < len(s) && s[n] == '(' { // "3 (b)"
			if c := strings.IndexByte(s[n:], ')'); c > 0 && c < 6 {
				end = n + c + 1
			}
		}
		return end
	}
}

// partJoinerFirst marks the first bytes of the words of partJoinerSet:
// no other byte begins one.
var partJoinerFirst = func() (t [256]bool) {
	for w := range partJoinerSet {
		if w != "" {
			t[w[0]] = true
		}
	}
	return t
}()

// joinerAt returns the width of a list joiner word standing at s[k] as a
// word of its own ("and ", "et ", "y "), 0 when there is none.
func joinerAt(s string, k int) int {
	if k >= len(s) || !partJoinerFirst[s[k]] || k > 0 && isWordByte(s[k-1]) {
		return 0
	}
	w, e := readLetters(s, k)
	if partJoinerSet[w] && e < len(s) && isSpaceByte(s[e]) {
		return e - k
	}
	return 0
}

// skipModifier skips one modifier word standing between an item and its
// date ("73/139 également du 14 décembre 2018").
func skipModifier(s string, i int) int {
	j := skipSpace(s, i)
	if w, e := readLetters(s, j); w != "" && (modifiers[w] || foreignModifierWords[w]) {
		return e
	}
	return i
}

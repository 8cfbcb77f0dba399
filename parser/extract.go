package parser

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// verbWindow bounds how far before a citation the governing verb is
// looked for: it stands in the same clause.
const verbWindow = 400

// rawCite is a citation found in a stretch of text, before the paragraph
// context (relation, location) is attached.
type rawCite struct {
	start, end int
	target     string
	part       string
	body       Body
	kind       Kind
	date       string
	warn       string // a diagnostic for a citation read despite a fault in the text
	implicit   bool   // the body is the issuing one by default: none was named, or "its"
}

// citeBuffers holds the slices extract gathers a document's citations in
// before it copies them, in order, into the document: reused, they grow
// once rather than for every document.
var citeBuffers = sync.Pool{New: func() any { return new([]Citation) }}

// MaxCitations bounds the citations kept from one document, so that a
// file dense with citations costs memory in proportion to this, not to
// its size: the longest UN reports cite a few thousand documents. Those
// past it are counted in a "citation-limit" diagnostic.
const MaxCitations = 20000

// MaxDiagnostics bounds the diagnostics kept from one document: a text of
// nothing but unresolvable numbers would otherwise hold one per number.
// The count of those left out is the last diagnostic.
const MaxDiagnostics = 2000

// capDiagnostics cuts *diags to MaxDiagnostics and returns how many it
// cut.
func capDiagnostics(diags *[]Diagnostic) int {
	if n := len(*diags) - MaxDiagnostics; n > 0 {
		*diags = (*diags)[:MaxDiagnostics:MaxDiagnostics]
		return n
	}
	return 0
}

// extract fills doc from doc.Text: identity, citations and diagnostics.
// st, when the reader knows it (AKN XML), says where the notes and their
// markers are; nil leaves the layout to find them from the text.
//
// meta, when the reader has it (AKN XML), states the document's identity,
// which wins over what the text says.
//
// The language of the text (doc.Language, detected here unless the
// reader stated it) chooses the vocabulary that reads its relations.
func extract(doc *Document, st *structure, meta *aknMeta) {
	if doc.Language == "" {
		doc.Language = detectLanguage(doc.Text)
	}
	if d, ok := languageDiagnostic(doc.Language); ok && (doc.Language != "" || len(strings.Fields(doc.Text)) > 40) {
		doc.Diagnostics = append(doc.Diagnostics, d)
	}
	l := buildLayoutWith(doc.Text, st, doc.Language)
	readIdentity(doc, l)
	if meta != nil {
		applyAKNMeta(doc, *meta)
	}
	issuing := doc.Body
	if issuing == BodyNone {
		issuing = l.openerBody
	}
	lineStarts := make([]int, len(l.lines))
	for i, ln := range l.lines {
		lineStarts[i] = ln.start
	}
	bodyText, baseText := l.bodyText, l.baseText
	// The stems of the keywords, looked for once: bodyText and baseText
	// are the text with parts blanked, which hold no stem the text lacks.
	sc := scanners.Get().(*scanner)
	defer sc.release()
	sc.stems = keywordStemsIn(doc.Text, sc.stems[:0])
	sc.issuing, sc.diags, sc.lineStarts = issuing, &doc.Diagnostics, lineStarts
	pooled := citeBuffers.Get().(*[]Citation)
	cites := (*pooled)[:0]
	dropped, firstDropped := 0, Span{}
	decision := isDecisionSymbol(doc.Symbol)
	var decisionEvs []decisionEvent // the governing words of a decision's body, from decisionFrom
	decisionFrom := 0
	// The verb found last before a citation, in bodyText[verbFrom:verbTo]:
	// the citations of a footnote share their marker, and so the words
	// before it, which are walked once for them all.
	verbFrom, verbTo, verb, hasVerb := -1, -1, "", false
	add := func(rc rawCite, p *para, loc Location, footnote string, verbAt int) {
		rc = notLaterSession(rc, issuing, doc.Session)
		if len(cites) >= MaxCitations {
			if dropped++; dropped == 1 {
				firstDropped = spanAt(lineStarts, rc.start, rc.end)
			}
			return
		}
		c := Citation{
			Target: rc.target, Part: rc.part, Body: rc.body, Kind: rc.kind, Date: rc.date,
			Location: loc, Footnote: footnote,
			Text: doc.Text[rc.start:rc.end], Span: spanAt(lineStarts, rc.start, rc.end),
		}
		if p != nil {
			c.Relation, c.Paragraph = p.rel, p.num
			if loc == LocFootnote && p.loc == LocAnnex {
				c.Relation = ""
			}
			c.Verb = c.Relation
			if p.verb != "" && c.Relation != "" {
				c.Verb = p.verb
			}
			if decision && (p.loc == LocPreamble || p.loc == LocOperative) {
				// The verbs of a decision govern across its paragraphs: a
				// list on lines of its own after "took note of the
				// following:" is still taken note of.
				if decisionEvs == nil {
					first := p.start
					for _, q := range l.paras {
						if q.loc == LocPreamble || q.loc == LocOperative {
							first = q.start
							break
						}
					}
					decisionFrom = first
					decisionEvs = decisionEvents(bodyText[first:l.bodyEnd()])
				}
				c.Relation = decisionRelation(decisionEvs, verbAt-decisionFrom)
				c.Verb = c.Relation
				if loc == LocPreamble {
					c.Location = LocOperative
				}
			} else if p.loc != LocHeader && p.loc != LocAnnex {
				from := max(p.start, verbAt-verbWindow)
				if from != verbFrom || verbAt != verbTo {
					verbFrom, verbTo = from, verbAt
					verb, hasVerb = localVerbIn(bodyText[from:verbAt], l.vocab, l.lang)
				}
				if hasVerb {
					c.Verb = verb
				}
			}
		}
		cites = append(cites, c)
	}
	diagsDropped := 0
	for i := range l.paras {
		p := &l.paras[i]
		sc.found = sc.scanSegment(sc.found[:0], bodyText, p.start, p.end)
		for _, rc := range sc.found {
			add(rc, p, p.loc, "", rc.start)
		}
		diagsDropped += capDiagnostics(&doc.Diagnostics)
	}
	l.noteCites(baseText, sc, add)
	if diagsDropped += capDiagnostics(&doc.Diagnostics); diagsDropped > 0 {
		doc.Diagnostics = append(doc.Diagnostics, Diagnostic{Severity: SevWarning, Code: "diagnostic-limit",
			Message: fmt.Sprintf("more than %d diagnostics: %d more were left out", MaxDiagnostics, diagsDropped)})
	}
	if dropped > 0 {
		doc.Diagnostics = append(doc.Diagnostics, Diagnostic{Severity: SevWarning, Code: "citation-limit",
			Message: fmt.Sprintf("more than %d citations: %d more were left out, from here on", MaxCitations, dropped), Span: firstDropped})
	}
	slices.SortStableFunc(cites, func(a, b Citation) int { return a.Span.Start - b.Span.Start })
	own, ownParts := doc.Symbol, doc.Symbol+"/"
	doc.Citations = slices.Grow(doc.Citations, len(cites))
	for _, c := range cites {
		if own != "" && (c.Target == own || strings.HasPrefix(c.Target, ownParts) && c.Kind == KindResolution) {
			continue
		}
		doc.Citations = append(doc.Citations, c)
	}
	clear(cites) // the pool holds no document's strings
	*pooled = cites[:0]
	citeBuffers.Put(pooled)
	if doc.Parts == nil {
		doc.Parts = []string{}
	}
}

// bodyEnd returns the end of the last preamble or operative paragraph.
func (l *layout) bodyEnd() int {
	end := 0
	for _, p := range l.paras {
		if p.loc == LocPreamble || p.loc == LocOperative {
			end = max(end, p.end)
		}
	}
	return end
}

// localVerbIn returns the verb that governs a citation after s, the
// words of its paragraph before it: for English the relation of the
// nearest local verb (verbBefore), for another vocabulary the phrase of
// the nearest verb of its tables (vocabVerbBefore); false when there is
// none.
func localVerbIn(s string, v *vocabulary, lang string) (string, bool) {
	if v != english {
		row, ok := vocabVerbBefore(s, lang)
		return row.phrase, ok
	}
	rel := verbBefore(s)
	return rel, rel != ""
}

// noteCites scans every footnote body and attaches its citations to the
// paragraphs whose markers point at it. "Ibid." with no symbol of its own
// repeats the document of the note before.
func (l *layout) noteCites(baseText string, sc *scanner, add func(rawCite, *para, Location, string, int)) {
	diags, lineStarts := sc.diags, sc.lineStarts
	var prev rawCite // the last citation of the note before, when hasPrev
	hasPrev := false
	for _, n := range l.notes {
		sc.found = sc.scanSegment(sc.found[:0], baseText, n.start, n.end)
		rcs := sc.found
		if len(rcs) == 0 && hasPrev && ibidOnlyLocates(strings.TrimSpace(l.text[n.start:n.end])) {
			prev.start, prev.end = n.start, n.start+min(len("Ibid."), n.end-n.start)
			rcs = append(rcs, prev)
		}
		// "Ibid." refers to the note just before, whatever it cites
		if hasPrev = len(rcs) > 0; !hasPrev {
			continue // a note that cites nothing adds nothing
		}
		prev = rcs[len(rcs)-1]
		label := itoa(n.label)
		if len(n.markers) == 0 {
			*diags = append(*diags, Diagnostic{Severity: SevWarning, Code: "footnote-unmarked",
				Message: fmt.Sprintf("no marker found for footnote %s; its citations carry no relation", label),
				Span:    spanAt(lineStarts, n.start, n.end)})
			for _, rc := range rcs {
				add(rc, nil, LocFootnote, label, n.start)
			}
			continue
		}
		seen := map[*para]bool{}
		for _, m := range n.markers {
			p := l.paraAt(m)
			if p == nil || seen[p] {
				continue
			}
			seen[p] = true
			for _, rc := range rcs {
				add(rc, p, LocFootnote, label, m)
			}
		}
	}
}

// scanner holds what the scans of one document's segments share: the
// keyword stems of its text (keywordStemsIn), the issuing body, where
// diagnostics go, and the slices that each segment, list and symbol is
// read into, reused from one to the next.
type scanner struct {
	stems      []int
	issuing    Body
	diags      *[]Diagnostic
	lineStarts []int
	found      []rawCite // the citations of a segment, for the caller to use before the next
	items      []numItem // the items of the list being read
	refs       []symRef  // the documents of the symbol expression being read
}

// scanners holds the scanners of documents done, whose slices the next
// document's scan reuses rather than growing its own.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// release clears what the scanner holds of its document, so that the
// pool keeps no text or diagnostics alive, and puts it back in the pool.
func (sc *scanner) release() {
	clear(sc.found[:cap(sc.found)])
	clear(sc.items[:cap(sc.items)])
	clear(sc.refs[:cap(sc.refs)])
	sc.issuing, sc.diags, sc.lineStarts = BodyNone, nil, nil
	scanners.Put(sc)
}

// scanSegment appends to out the citations in text[start:end]: document
// symbols anywhere, numbers after the words resolution(s) and
// decision(s).
func (sc *scanner) scanSegment(out []rawCite, text string, start, end int) []rawCite {
	s := text[:end]
	base := len(out)
	i := start
	nextSlash, nextKw := -2, -2 // -2: not searched yet; -1: none left
	kw := newKeywordFinder(s, start, sc.stems)
	var prev namedBody // the body named before the last list read, and where that list ended
	prevEnd := start
	// colon is a body named before a colon that opens a list of its
	// resolutions, each with its own keyword, up to colonEnd.
	var colon namedBody
	colonEnd := -1
	for i < end {
		if nextSlash != -1 && nextSlash < i {
			nextSlash = indexFrom(s, "/", i)
		}
		if nextKw != -1 && nextKw < i {
			nextKw = kw.next(i)
		}
		if nextSlash < 0 && nextKw < 0 {
			break
		}
		if nextKw >= 0 && (nextSlash < 0 || nextKw < nextSlash) {
			var inherit *namedBody
			if prev.body != BodyNone && continuesBody(s[prevEnd:nextKw]) {
				inherit = &prev // "Human Rights Council decision 18/120 … and resolutions 24/14"
			} else if nextKw < colonEnd {
				inherit = &colon // "… du Conseil des droits de l'homme ci-après : la résolution 23/13 …"
			}
			n := len(out)
			var nb namedBody
			var e int
			out, nb, e = sc.scanKeyword(out, s, start, nextKw, inherit)
			listed := len(out) > n
			if !listed && nb.body != BodyNone && !nb.its && opensColonList(s[e:min(len(s), e+40)]) {
				colon, colonEnd = nb, end
				if nl := indexFrom(s[:end], "\n", e); nl >= 0 {
					colonEnd = nl // the list ends with its paragraph
				}
			}
			// A list may run past a symbol in a topic clause: "1612 (2005)
			// on … in Sudan (S/2006/971), and 1674 (2006) on …".
			out = sc.symbolsIn(out, s, nextKw, e)
			if listed || nb.body != BodyNone {
				prev, prevEnd = nb, e
			}
			i = max(e, nextKw+1)
			continue
		}
		p := nextSlash
		t, ok := symbolStart(s, p)
		if ok && t >= start {
			var e int
			out, e = sc.symbolCites(out, s, t)
			if e > p {
				i = e
				continue
			}
		}
		i = p + 1
	}
	return scNumbersIn(out, s, start, end, out[base:], sc.diags, sc.lineStarts)
}

// symbolsIn appends to out the document symbols in s[from:to], a stretch
// already read as a list of numbers.
func (sc *scanner) symbolsIn(out []rawCite, s string, from, to int) []rawCite {
	for p := indexFrom(s[:to], "/", from); p >= 0; p = indexFrom(s[:to], "/", p+1) {
		t, ok := symbolStart(s, p)
		if !ok || t < from {
			continue
		}
		var e int
		out, e = sc.symbolCites(out, s, t)
		if e > p {
			p = e
		}
	}
	return out
}

// symbolCites appends to out the symbol expression at s[t:] ("A/60/202
// and Corr.1") read as citations, completing Security Council symbols with
// their year, and returns where it ends.
func (sc *scanner) symbolCites(out []rawCite, s string, t int) ([]rawCite, int) {
	refs, e := appendSymbolExpr(sc.refs[:0], s, t)
	sc.refs = refs
	for _, r := range refs {
		r.target = withSCYear(r.target, sc.diags, spanAt(sc.lineStarts, r.start, r.end))
		b, k := symbolBody(r.target)
		out = append(out, rawCite{start: r.start, end: r.end, target: r.target, body: b, kind: k})
	}
	return out, e
}

// scNumbersIn appends to out the Security Council resolutions written "N
// (YYYY)" with no keyword before them, in s[start:end] outside the
// citations found:
// "paragraph 7 of 1960 (2010)", "not prohibited by 1556 (2004)", "UNSCR
// 1529 (2004)". Only the Council numbers its texts so, and the number must
// be the Council's of that year (or one year off, a misprint) by the table
// of years; a number after "No." or "vol." is another numbering.
func scNumbersIn(out []rawCite, s string, start, end int, found []rawCite, diags *[]Diagnostic, lineStarts []int) []rawCite {
	covered := func(i, j int) bool {
		for _, rc := range found {
			if rc.start < j && i < rc.end {
				return true
			}
		}
		return false
	}
	for p := indexFrom(s[:end], "(", start); p >= 0; p = indexFrom(s[:end], "(", p+1) {
		i := p
		if i > 0 && s[i-1] == ' ' {
			i--
		}
		k := i
		for k > start && isDigit(s[k-1]) {
			k--
		}
		if k == i || k > start && (isAlnum(s[k-1]) || s[k-1] == '/' || s[k-1] == '.' || s[k-1] == '-') {
			continue
		}
		e, ok := scNumberAt(s, k)
		if !ok || e > end || covered(k, e) || afterNumberSign(s, k) || afterVolume(s, k) {
			continue
		}
		n, y := atoi(s[k:i]), atoi(s[p+1:p+5])
		table := scYear(n)
		if table == 0 || table-y > 1 || y-table > 1 {
			continue
		}
		rc := rawCite{start: k, end: e, body: BodySC, kind: KindResolution, target: fmt.Sprintf("S/RES/%d(%d)", n, table)}
		if table != y {
			*diags = append(*diags, Diagnostic{Severity: SevWarning, Code: "year-misprint",
				Message: fmt.Sprintf("Security Council resolution %d is of %d, not %d as written; read as %s", n, table, y, rc.target),
				Span:    spanAt(lineStarts, k, e)})
		}
		if d, _, _ := twoDatesAfter(s, e); d != "" && !strings.HasPrefix(d, "0000") {
			rc.date = d
		}
		out = append(out, rc)
	}
	return out
}

// afterVolume reports a number after "vol." or "volume": a page or volume
// of a series, "United Nations, Treaty Series, vol. 397 (1961)".
func afterVolume(s string, i int) bool {
	b := strings.TrimRight(s[max(0, i-8):i], " ")
	return strings.HasSuffix(b, "vol.") || strings.HasSuffix(b, "Vol.") || strings.HasSuffix(b, "volume")
}

// withSCYear completes a Security Council resolution symbol written
// without its year, "S/RES/1554", from the table of years: S/RES/1554(2004).
// Where the table does not know the number, the symbol stays as written
// and a diagnostic says so.
func withSCYear(sym string, diags *[]Diagnostic, span Span) string {
	num, ok := strings.CutPrefix(sym, "S/RES/")
	if !ok || !allDigits(num) {
		return sym
	}
	if y := scYear(atoi(num)); y != 0 {
		return fmt.Sprintf("S/RES/%s(%d)", num, y)
	}
	*diags = append(*diags, Diagnostic{Severity: SevWarning, Code: "unresolved-number",
		Message: fmt.Sprintf("%s is written without its year, and the year of resolution %s is not known", sym, num), Span: span})
	return sym
}

// indexFrom is strings.Index from offset i, returning an absolute offset or -1.
func indexFrom(s, sub string, i int) int {
	if i > len(s) {
		return -1
	}
	j := strings.Index(s[i:], sub)
	if j < 0 {
		return -1
	}
	return i + j
}

// scanKeyword appends to out the citations of the numbered list after the
// keyword at s[kw], and returns the body named with it and where the list
// ends.
func (sc *scanner) scanKeyword(out []rawCite, s string, segStart, kw int, inherit *namedBody) ([]rawCite, namedBody, int) {
	issuing, diags, lineStarts := sc.issuing, sc.diags, sc.lineStarts
	kind, e, _ := keywordFormAt(s, kw)
	items, end := readNumberList(sc.items, s, e, sc.stems)
	sc.items = items
	nb := bodyBefore(s[segStart:kw], kw-segStart)
	if nb.body == BodyNone && !nb.its {
		if rb, ok := reportBody(s[segStart:kw], kw-segStart); ok {
			nb = rb
		} else if b := organAdoptingBefore(s[segStart:kw]); b != BodyNone {
			nb = namedBody{body: b} // "the Human Rights Council adopted by consensus resolution 51/22"
		}
	}
	if len(items) == 0 && nb.body == BodyNone {
		// "the resolutions and decisions of the Human Rights Council, the
		// most recent of which being resolutions …"; "les résolutions du
		// Conseil de sécurité 1325 (2000) …"
		nb, e = bodyAfter(s, e)
		if nb.body != BodyNone {
			items, end = readNumberList(sc.items, s, e, sc.stems)
			sc.items = items
		}
	}
	if len(items) == 0 {
		// No list here, but the body named may govern a selection that
		// follows: "Human Rights Council resolutions on the topic,
		// including resolutions 19/11 …".
		return out, nb, e
	}
	if nb.body == BodyNone && !nb.its && inherit != nil {
		nb = *inherit
		nb.inherited = true
	}
	if nb.body == bodyCouncil {
		// The council named last may stand in an earlier paragraph or a
		// section heading: "IX Revised estimates … adopted by the Human
		// Rights Council …" before "mandated by the Council in its
		// resolutions 47/21 …".
		nb.body = lastCouncil(s[max(0, kw-3000):kw], issuing)
	}
	postBodies(items)
	for _, it := range items {
		nbi := nb
		if it.post.body != BodyNone {
			nbi = it.post
			if nbi.body == bodyCouncil {
				nbi.body = lastCouncil(s[max(segStart, kw-2000):kw], issuing)
			}
		}
		if nbi.body == BodyNone && issuing == BodyHRC && gaSessionFits(it) && !hrcSessionFits(atoi(it.a), atoi(it.date[:4])) {
			// Also after "its": "Assembly resolution 50/81 …, by which the
			// Assembly adopted …, and its subsequent resolution 62/126 of
			// 18 December 2007" cannot be the Council's.
			// "la résolution 61/177 du 20 décembre 2006" in a Council text,
			// no body named: the Assembly's, by its date.
			nbi = namedBody{body: BodyGA}
		}
		if nb.inherited && nb.body == BodyHRC && it.post.body == BodyNone && gaSessionFits(it) {
			nbi = namedBody{} // "… and resolution 60/251 of 15 March 2006": the Assembly's, by its date
		}
		rc, ok, why := resolveItem(nbi, issuing, kind, it)
		if !ok {
			if why != "" {
				*diags = append(*diags, Diagnostic{Severity: SevWarning, Code: "unresolved-number", Message: why,
					Span: spanAt(lineStarts, it.start, it.end)})
			}
			continue
		}
		if rc.warn != "" {
			code := "year-misprint"
			if strings.Contains(rc.warn, "outside General Assembly session") {
				code = "date-outside-session"
			}
			*diags = append(*diags, Diagnostic{Severity: SevWarning, Code: code, Message: rc.warn,
				Span: spanAt(lineStarts, it.start, it.end)})
		}
		out = append(out, rc)
	}
	if last := items[len(items)-1].post; nb.body == BodyNone && !nb.its && last.body != BodyNone && last.body != BodyOther {
		// The organ named after the list may govern the next one: "la
		// décision 18/120 du Conseil des droits de l'homme, en date du 30
		// septembre 2011, et les résolutions 24/14 …".
		nb = last
	}
	return out, nb, end
}

// lastCouncil finds the council a bare "Council" refers to: the one named
// last before it, else the issuing body when it is a council, else the
// Security Council.
func lastCouncil(s string, issuing Body) Body {
	o, _ := lastOrgan(s, notCouncil)
	body := o.body
	if body != BodyNone {
		return body
	}
	if issuing == BodySC || issuing == BodyECOSOC || issuing == BodyHRC || issuing == BodyTC {
		return issuing
	}
	return BodySC
}

// notCouncil reports the organs that are no council.
func notCouncil(b Body) bool { return b == BodyGA || b == BodyCHR }

// notLaterSession turns a Council resolution that a Council text gives by
// default (no body named, or "its"), but whose session comes after the
// text's own, into the Assembly's, the other body that numbers N/M: in a
// text of the 54th session, "la demande faite par l'Assemblée générale …,
// dans sa résolution 75/323" is A/RES/75/323. own is the text's session.
func notLaterSession(rc rawCite, issuing Body, own string) rawCite {
	n := atoi(own)
	if !rc.implicit || issuing != BodyHRC || rc.body != BodyHRC || n <= 0 {
		return rc
	}
	rest, ok := strings.CutPrefix(rc.target, "A/HRC/RES/")
	if !ok {
		return rc
	}
	if sess, _, _ := strings.Cut(rest, "/"); allDigits(sess) && atoi(sess) > n {
		rc.body, rc.target = BodyGA, "A/RES/"+rest
	}
	return rc
}

// resolveItem turns a numbered item into a canonical target given the body
// named before its list and the issuing body. why explains a refusal worth
// a diagnostic.
func resolveItem(nb namedBody, issuing Body, kind Kind, it numItem) (rawCite, bool, string) {
	rc := rawCite{start: it.start, end: it.end, kind: kind, part: strings.Join(it.parts, ",")}
	rc.date = it.date
	body := nb.body
	if body == BodyNone {
		body, rc.implicit = issuing, true
	}
	word := string(kind)
	if body == BodyOther && kind == KindResolution && nb.name != "" && len(it.paren) == 4 && allDigits(it.paren) && it.b == "" &&
		scYear(atoi(it.a)) == atoi(it.paren) {
		// A thematic agenda named before the keyword, not a body: "Youth,
		// Peace and Security resolutions 2250 (2015), 2419 (2018)". Only
		// the Council numbers its resolutions "N (YYYY)", and the table
		// of its years agrees.
		body = BodySC
	}
	if body == BodyOther {
		rc.body, rc.kind = BodyOther, kind
		if nb.name == "" {
			return rc, false, fmt.Sprintf("%s %s is another body's (a text annexed to or reported in a document, of a conference or a regional organization), not a UN organ's", word, it.number())
		}
		rc.target = nb.name + " " + word + " " + it.number()
		if it.paren != "" {
			rc.target += " (" + it.paren + ")"
		}
		return rc, true, ""
	}
	switch {
	case it.dotted:
		return rc, false, fmt.Sprintf("%s %s is numbered as no UN organ numbers its texts, and no other body is named", word, it.number())
	case it.paren != "" && len(it.paren) == 4 && allDigits(it.paren):
		year := it.paren
		if y := scYear(atoi(it.a)); y != 0 && y != atoi(year) && (y-atoi(year) == 1 || atoi(year)-y == 1) {
			// "resolution 1556 (2005)": the number names one resolution,
			// adopted in 2004; a year one off is a misprint.
			rc.warn = fmt.Sprintf("Security Council resolution %s is of %d, not %s as written; read as S/RES/%s(%d)", it.a, y, year, it.a, y)
			year = itoa(y)
		}
		rc.body, rc.kind, rc.target = BodySC, KindResolution, "S/RES/"+it.a+"("+year+")"
	case it.paren != "":
		switch body {
		case BodyECOSOC:
			rc.body, rc.target = BodyECOSOC, "E/RES/"+it.a+"("+it.paren+")"
		case BodyTC:
			rc.body, rc.target = BodyTC, "T/RES/"+it.a+"("+it.paren+")"
		default:
			rc.body, rc.target = BodyGA, "A/RES/"+it.a+"("+it.paren+")"
			if nb.body == BodyNone && it.date != "" && !romanSessionFits(it.paren, atoi(it.date[:4])) {
				// "its resolution 574 (XXVII) of 16 May 1998" of a regional commission
				return rc, false, fmt.Sprintf("%s (%s) is dated %s, outside General Assembly session %s; no body is named", it.a, it.paren, it.date, it.paren)
			}
		}
		rc.kind = KindResolution
	case it.b != "":
		explicit := nb.body != BodyNone && nb.body != bodyCouncil && !nb.inherited
		rc, ok, why := resolveSlash(rc, body, explicit, kind, it)
		if ok && !explicit {
			return checkImplicitDate(rc, it, nb.its)
		}
		return rc, ok, why
	default:
		if kind != KindResolution || body != BodySC {
			return rc, false, fmt.Sprintf("%s %s has neither session nor year, and only the Security Council numbers its resolutions so; no body is named", word, it.number())
		}
		y := scYear(atoi(it.a))
		if y == 0 {
			return rc, false, fmt.Sprintf("Security Council resolution %s cited without its year, and the year is not known", it.a)
		}
		rc.body, rc.target = BodySC, fmt.Sprintf("S/RES/%s(%d)", it.a, y)
	}
	return rc, true, ""
}

// resolveSlash resolves the N/M forms.
func resolveSlash(rc rawCite, body Body, explicit bool, kind Kind, it numItem) (rawCite, bool, string) {
	n := atoi(it.a)
	seg := "RES"
	if kind == KindDecision {
		seg = "DEC"
	}
	yearLike := n >= 1946 && n <= 2099
	if it.sess != "" {
		if body == BodyHRC {
			rc.body, rc.target = BodyHRC, "A/HRC/"+seg+"/"+it.sess+it.a+"/"+it.b
		} else {
			rc.body, rc.target = BodyGA, "A/"+seg+"/"+it.sess+it.a+"/"+it.b
		}
		return rc, true, ""
	}
	switch {
	case body == BodyHRC && !yearLike:
		rc.body, rc.target = BodyHRC, "A/HRC/"+seg+"/"+it.a+"/"+it.b
	case (body == BodyCHR || body == BodyHRC) && yearLike:
		rc.body, rc.target = BodyCHR, "E/CN.4/"+seg+"/"+it.a+"/"+it.b
	case yearLike:
		rc.body, rc.target = BodyECOSOC, "E/"+seg+"/"+it.a+"/"+it.b
	case n < 31 && body == BodyGA && !explicit:
		// The Assembly numbered N/M only from its thirty-first session:
		// "its decision 14/1" of a working group, "resolution 4/11" of UNEA.
		return rc, false, fmt.Sprintf("%s/%s cannot be a General Assembly number (N/M numbering began at the 31st session) and no other body is named", it.a, it.b)
	case n >= 1 && n <= 99:
		// Also when the issuing body is the Security Council: it has no
		// N/M numbers, so "resolution 46/182" in its text is the Assembly's.
		rc.body, rc.target = BodyGA, "A/"+seg+"/"+it.a+"/"+it.b
	default:
		return rc, false, fmt.Sprintf("%s/%s names no known session or year", it.a, it.b)
	}
	return rc, true, ""
}

// ibidLocators are the words an "Ibid." note may carry when it points into
// the document of the note before ("Ibid., chap. III", "Ibid., pp. 6–8").
// They are the qualifiers, part joiners and ranges of every vocabulary
// ("Ibid., p. 6 à 8", "Ibid., cap. IV, secc. A") and a few more.
var ibidLocators = func() map[string]bool {
	m := map[string]bool{"chaps": true, "pp": true, "appendix": true, "enclosure": true, "págs": true, "pág": true}
	for _, set := range []map[string]bool{wordSet(qualifierWords), partJoinerSet, partRangeSet, annexWords} {
		for w := range set {
			m[strings.ToLower(strings.TrimSuffix(w, "."))] = true
		}
	}
	return m
}()

// ibidOnlyLocates reports an "Ibid." note that names no new document: it
// repeats the document of the note before. "Ibid., Thirty-third Year,
// 2071st meeting" points somewhere else and does not.
func ibidOnlyLocates(body string) bool {
	rest, ok := strings.CutPrefix(body, "Ibid")
	if !ok {
		if rest, ok = strings.CutPrefix(body, "Ibíd"); !ok {
			return false
		}
	}
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ';' || r == '\n' }) {
		lw := strings.ToLower(w)
		if !ibidLocators[lw] && !isRoman(w) && strings.Trim(w, "0123456789–-()abcdefghijklmnopqrstuvwxyz") != "" {
			return false
		}
		if !ibidLocators[lw] && !isRoman(w) && !strings.ContainsAny(w, "0123456789") && len(w) > 2 {
			return false
		}
	}
	return true
}

// opensColonList reports whether s, the text after a keyword with no
// number and the body named with it, opens a list after a colon: "ci-après
// :", ": la", "following:".
func opensColonList(s string) bool {
	t := strings.TrimLeft(s, " \u00a0\n")
	for _, w := range followingWords {
		if strings.HasPrefix(t, w) {
			t = strings.TrimLeft(t[len(w):], " \u00a0")
			break
		}
	}
	return strings.HasPrefix(t, ":")
}

// continuesBody reports whether the text between one keyword (with the
// body named before it) and the next keeps that body in force: a joiner
// ("and", "as well as") or a selection ("… on the topic, including"),
// possibly after a topic clause, within one clause and naming no other
// organ. "Human Rights Council resolutions 23/13 … on attacks against
// persons with albinism, as well as resolutions 28/6 …".
func continuesBody(gap string) bool {
	if len(gap) > 250 || strings.ContainsAny(gap, ";:") || strings.Contains(gap, ". ") {
		return false
	}
	for _, o := range organNames {
		if strings.Contains(gap, o.name) {
			return false
		}
	}
	g := strings.TrimRight(gap, " ,\n\t")
	if strings.TrimSpace(strings.Trim(strings.TrimSpace(g), ",")) == "" {
		return true
	}
	if w := lastWord(g); articleSet[w] || possessiveWords[w] && w != "its" && w != "their" { // "notamment les", "en particular las"
		g = strings.TrimRight(strings.TrimSuffix(g, w), " ,\n\t")
	}
	for _, words := range [2][]string{continuers, listIntroducers} {
		for _, w := range words {
			// g ends in " "+w or ","+w, or is w
			if n := len(g) - len(w); n > 0 && (g[n-1] == ' ' || g[n-1] == ',') && g[n:] == w || strings.TrimSpace(g) == w {
				return true
			}
		}
	}
	return false
}

// gaSessionFits reports whether an N/M item carries a date that falls in
// the years of General Assembly session N (1945+N and the year after).
func gaSessionFits(it numItem) bool {
	if it.b == "" || it.sess != "" || it.date == "" {
		return false
	}
	y, n := atoi(it.date[:4]), atoi(it.a)
	return n >= 31 && (y == 1945+n || y == 1946+n)
}

// checkImplicitDate tests a number read as the General Assembly's only
// because no body was named against the date written beside it: a date
// more than a year outside the session's years means another body. When the date fits the
// Human Rights Council's session of that number, it is that Council's
// ("the Council in its resolutions 47/21 of 13 July 2021"); otherwise the
// citation is left out with a diagnostic (a regional commission's "72/7 of
// 19 May 2016").
//
// its says the text named the issuing body ("its resolution 55/28 of 20
// November 2003"): the number is the Assembly's whatever the date, which
// is then a misprint, kept with a diagnostic that check reports.
func checkImplicitDate(rc rawCite, it numItem, its bool) (rawCite, bool, string) {
	if rc.body != BodyGA || it.date == "" || it.sess != "" {
		return rc, true, ""
	}
	n, y, m := atoi(it.a), atoi(it.date[:4]), atoi(it.date[5:7])
	if y == 1945+n && m >= 9 || y == 1946+n && m <= 9 {
		// Session n opens in September of 1945+n and closes before the
		// next one opens.
		return rc, true, ""
	}
	mismatch := fmt.Sprintf("%s/%s is dated %s, outside General Assembly session %s (September %d to September %d); the date is kept as written", it.a, it.b, it.date, it.a, 1945+n, 1946+n)
	if y >= 1943+n && y <= 1948+n || its {
		// Near the session's years: a misprint ("53/70 of 4 December
		// 1999"), not another body.
		rc.warn = mismatch
		return rc, true, ""
	}
	if hrcSessionFits(n, y) {
		rc.body = BodyHRC
		rc.target = "A/HRC/" + strings.TrimPrefix(rc.target, "A/")
		return rc, true, ""
	}
	return rc, false, fmt.Sprintf("%s/%s is dated %s, outside General Assembly session %s, and no body is named", it.a, it.b, it.date, it.a)
}

// hrcSessionFits reports whether Human Rights Council session n (three a
// year since 2006) could have adopted a text in year y.
func hrcSessionFits(n, y int) bool {
	if n < 1 || n > 80 {
		return false
	}
	est := 2006 + (n-1)/3
	return y >= est-1 && y <= est+1
}

// romanSessionFits reports whether a Roman GA session ("XXVII", "S-VI",
// "ES-V") could have adopted a text in year y. Special and emergency
// sessions are numbered on their own and are not checked.
func romanSessionFits(session string, y int) bool {
	if !isRoman(session) {
		return true
	}
	n := RomanValue(session)
	return n == 0 || (y >= 1944+n && y <= 1947+n)
}

// lastWord returns the last word of s, as the last of strings.Fields.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

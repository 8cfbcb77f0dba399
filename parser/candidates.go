package parser

import (
	"sort"
	"strings"
)

// The candidate pass is a check on the grammar, not part of it: it finds
// every span of a document's text shaped like a citation, by shape alone
// and with high recall, and says what became of each. A candidate is
// accounted for when a citation or a diagnostic covers it, or when it is
// the document's own symbol; anything else is a citation the grammar
// dropped without a word, which the corpus tests count.

// Candidate is one span shaped like a citation and its fate.
type Candidate struct {
	Span   Span   `json:"span"`
	Text   string `json:"text"`
	Shape  string `json:"shape"`  // "symbol" or "sc-number"
	Fate   string `json:"fate"`   // "cited", "diagnostic", "own" or "unaccounted"
	Reason string `json:"reason"` // the citation's target or the diagnostic's code
}

// UN organ series whose symbols must each end as a citation.
var candidateSeries = []string{"A/", "S/", "E/", "T/", "ST/"}

// Candidates lists the citation-shaped spans of doc.Text and accounts for
// each against doc's citations and diagnostics, in text order.
func Candidates(doc *Document) []Candidate {
	text := doc.Text
	var out []Candidate
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '/':
			t, ok := symbolStart(text, i)
			if !ok || (len(out) > 0 && t < out[len(out)-1].Span.End) {
				continue
			}
			raw, e := readSymbol(text, t)
			if !validSymbol(raw) || !hasSeries(raw) {
				continue
			}
			out = append(out, Candidate{Span: Span{Start: t, End: e}, Text: text[t:e], Shape: "symbol"})
			i = e
		case isDigit(text[i]) && (i == 0 || !isAlnum(text[i-1]) && text[i-1] != '/' && text[i-1] != '.' && text[i-1] != '-'):
			if e, ok := scNumberAt(text, i); ok {
				out = append(out, Candidate{Span: Span{Start: i, End: e}, Text: text[i:e], Shape: "sc-number"})
				i = e
			}
		}
	}
	account(doc, out)
	return out
}

// hasSeries reports a symbol of a UN organ's series.
func hasSeries(sym string) bool {
	for _, p := range candidateSeries {
		if strings.HasPrefix(sym, p) {
			return true
		}
	}
	return false
}

// scNumberAt reads "1325 (2000)" at s[i:]: a number of one to four digits
// and a year from 1946 in parentheses, the form only Security Council
// resolutions take.
func scNumberAt(s string, i int) (int, bool) {
	d, j := readNumber(s, i)
	if d == "" || len(d) > 4 || atoi(d) == 0 {
		return 0, false
	}
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j+6 > len(s) || s[j] != '(' || s[j+5] != ')' || !allDigits(s[j+1:j+5]) {
		return 0, false
	}
	y := atoi(s[j+1 : j+5])
	if y < 1946 || y > 2100 {
		return 0, false
	}
	return j + 6, true
}

// account sets the fate of each candidate.
func account(doc *Document, cands []Candidate) {
	type cover struct {
		start, end int
		fate, why  string
	}
	var covers []cover
	for _, c := range doc.Citations {
		covers = append(covers, cover{c.Span.Start, c.Span.End, "cited", c.Target})
	}
	for _, d := range doc.Diagnostics {
		if d.Span.End > d.Span.Start {
			covers = append(covers, cover{d.Span.Start, d.Span.End, "diagnostic", d.Code})
		}
	}
	sort.Slice(covers, func(i, j int) bool { return covers[i].start < covers[j].start })
	for k := range cands {
		c := &cands[k]
		c.Fate = "unaccounted"
		for _, cv := range covers {
			if cv.start >= c.Span.End {
				break
			}
			if cv.end > c.Span.Start {
				c.Fate, c.Reason = cv.fate, cv.why
				break
			}
		}
		if c.Fate == "unaccounted" && doc.Symbol != "" && ownCandidate(doc, c.Text) {
			c.Fate, c.Reason = "own", doc.Symbol
		}
		if c.Fate == "unaccounted" && c.Shape == "sc-number" && afterVolume(doc.Text, c.Span.Start) {
			c.Fate, c.Reason = "not-a-citation", "a volume of a series"
		}
		if c.Fate == "unaccounted" && c.Shape == "sc-number" && afterNumberSign(doc.Text, c.Span.Start) {
			// "general recommendation No. 26 (2008)", "general comments
			// Nos. 1 (2014), 13 (2011) and 35 (2014)": a treaty body's
			// numbering, not the Council's.
			c.Fate, c.Reason = "not-a-citation", "numbered with No."
		}
	}
}

// ownCandidate reports the document's own symbol or number as written.
func ownCandidate(doc *Document, text string) bool {
	t := strings.Join(strings.Fields(text), "")
	own := doc.Symbol
	if t == own || strings.HasPrefix(t, own+"/") || strings.HasPrefix(own, t) {
		return true
	}
	if num, ok := strings.CutPrefix(own, "S/RES/"); ok && t == num {
		return true // "1339(2001)", the resolution's own number
	}
	return false
}

// afterNumberSign reports a number that follows "No." or "Nos." across
// nothing but the items of a list.
func afterNumberSign(s string, i int) bool {
	from := max(0, i-120)
	k := max(strings.LastIndex(s[from:i], "No. "), strings.LastIndex(s[from:i], "Nos. "))
	if k < 0 {
		return false
	}
	between := s[from+k : i]
	between = between[strings.IndexByte(between, ' ')+1:]
	for _, w := range strings.Fields(between) {
		w = strings.Trim(w, ",;")
		if w == "and" || w == "" {
			continue
		}
		if _, ok := scNumberAt(w+" ", 0); ok || allDigits(w) || strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") {
			continue
		}
		return false
	}
	return true
}

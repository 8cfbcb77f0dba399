package parser

import "strings"

// A decision of the General Assembly, the Economic and Social Council or
// the Human Rights Council is one paragraph in the past tense:
//
//	At its 93rd plenary meeting, on 11 July 2022, the General Assembly, on
//	the proposal of Argentina, …,¹ recalling paragraph 24 of its resolution
//	76/173 of 16 December 2021, requested the Secretary-General …
//
// No verb opens it, so the relation of each citation is the verb that
// governs it (the rules of ../shared/gold/README.md): a main verb in its
// -s form ("took note of" → takes note, "elected" → elects), a participle
// clause as written ("recalling"), "on the proposal of" → draft and "on
// the recommendation of" → report for the documents named there. A
// citation in a prepositional phrase before any verb ("in accordance with
// resolution 33/138, elected") takes the main verb that follows it.

// decisionEvent is a word or phrase of a decision that governs what
// follows it.
type decisionEvent struct {
	at   int    // offset in the paragraph text
	rel  string // the relation it gives; "" for a phrase that defers to the next main verb
	main bool   // a main verb in the past tense
}

// decisionPhrases are the phrases that relate what follows them without a
// verb, and the prepositions that defer to the main verb after them.
var decisionPhrases = []struct {
	phrase, rel string
}{
	{"on the proposal of", "draft"},
	{"on the proposals of", "draft"},
	{"on the recommendation of", "report"},
	{"on the recommendations of", "report"},
	{"in accordance with", ""},
	{"pursuant to", ""},
	{"in conformity with", ""},
	{"in the light of", ""},
}

// isDecisionSymbol reports a decision's own symbol: A/DEC/…, E/DEC/…,
// A/HRC/DEC/….
func isDecisionSymbol(sym string) bool {
	return strings.Contains(sym, "/DEC/")
}

// decisionEvents lists the governing words of a decision paragraph, in
// order.
func decisionEvents(s string) []decisionEvent {
	var evs []decisionEvent
	low := strings.ToLower(s)
	prev := "" // the token before the current word: a word, or "," for punctuation
	i := 0
	for i < len(s) {
		c := s[i]
		if !isLetter(c) {
			if c == ',' || c == ';' || c == ':' {
				prev = ","
			} else if !isSpaceByte(c) && c != '\u00a0' {
				prev = "#" // digits, symbols, quotes
			}
			i++
			continue
		}
		j := i
		for j < len(s) && (isLetter(s[j]) || s[j] == '-') {
			j++
		}
		w := low[i:j]
		if ev, ok := decisionPhraseAt(low, i); ok {
			evs = append(evs, ev)
		} else if rel, ok := pastMainVerb(low, i, j, prev, isUpper(c)); ok {
			evs = append(evs, decisionEvent{at: i, rel: rel, main: true})
		} else if (prev == "," || prev == "and") && (w == "having" || localVerbs[w] && strings.HasSuffix(w, "ing")) {
			if rel, _, ok := openingRelation(s[i:]); ok && rel != "" {
				evs = append(evs, decisionEvent{at: i, rel: rel})
			}
		}
		prev = w
		i = j
	}
	return evs
}

// decisionPhraseAt reports a phrase of decisionPhrases at low[i:].
func decisionPhraseAt(low string, i int) (decisionEvent, bool) {
	for _, p := range decisionPhrases {
		if strings.HasPrefix(low[i:], p.phrase) {
			return decisionEvent{at: i, rel: p.rel}, true
		}
	}
	return decisionEvent{}, false
}

// pastMainVerb reports a main verb in the past tense at low[i:j] and gives
// its -s form: "decided" → decides, "elected" → elects, "took note" →
// takes note, "called upon" → calls upon. A main verb follows the subject,
// a comma or "and"; a past participle after a noun ("resolution 76/173
// adopted on …") is not one.
//
// capital says the word is capitalised, as a main verb that opens a
// lettered subparagraph is: "(b) Decided to …".
func pastMainVerb(low string, i, j int, prev string, capital bool) (string, bool) {
	if !capital && prev != "," && prev != "and" && prev != "assembly" && prev != "council" && prev != "also" && prev != "further" {
		return "", false
	}
	w := low[i:j]
	rest := strings.TrimLeft(low[j:], " \u00a0")
	switch w {
	case "took":
		switch {
		case strings.HasPrefix(rest, "note"):
			return "takes note", true
		case strings.HasPrefix(rest, "into account"):
			return "takes into account", true
		}
		return "", false
	case "called":
		if strings.HasPrefix(rest, "upon") || strings.HasPrefix(rest, "on ") {
			return "calls upon", true
		}
		return "", false
	}
	if !strings.HasSuffix(w, "ed") || len(w) < 5 {
		return "", false
	}
	for _, cand := range []string{
		w[:len(w)-1] + "s",   // decided → decides, approved → approves
		w[:len(w)-2] + "s",   // elected → elects, requested → requests
		w[:len(w)-3] + "s",   // deferred → defers
		w[:len(w)-3] + "ies", // applied → applies
		w[:len(w)-2] + "es",  // stressed → stresses
	} {
		if operativeVerbs[cand] && cand != "strongly" && cand != "also" && cand != "further" {
			return cand, true
		}
	}
	return "", false
}

// decisionRelation returns the relation of a citation at offset at of a
// decision paragraph s.
func decisionRelation(evs []decisionEvent, at int) string {
	last := -1
	for k, ev := range evs {
		if ev.at >= at {
			break
		}
		last = k
	}
	if last >= 0 && evs[last].rel != "" {
		return evs[last].rel
	}
	for _, ev := range evs[last+1:] { // before any verb, or after a deferring preposition
		if ev.main {
			return ev.rel
		}
	}
	if last >= 0 { // a deferring preposition with no main verb after it
		for k := last - 1; k >= 0; k-- {
			if evs[k].rel != "" {
				return evs[k].rel
			}
		}
	}
	return ""
}

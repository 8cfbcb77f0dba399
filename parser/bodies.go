package parser

import (
	"bytes"
	"strings"
)

// Which body issued a numbered resolution or decision is decided by the
// words before the keyword: "Security Council resolutions …", "its
// resolution …", "Commission on Narcotic Drugs resolution …".

// namedBody is what the words before a keyword say of the issuing body.
type namedBody struct {
	body Body   // BodyNone when nothing is named ("its", "the", nothing)
	name string // for BodyOther, the name as written ("Commission on Narcotic Drugs")
	its  bool   // "its"/"their": the issuing body or the body just named
	// inherited marks a body carried over from an earlier list of the
	// clause rather than named before this keyword.
	inherited bool
}

// bodyJoiners may stand inside a body's name.
var bodyJoiners = map[string]bool{"on": true, "of": true, "the": true, "and": true, "for": true, "de": true}

// notBodyWords are capitalised words before a keyword that name no body.
var notBodyWords = map[string]bool{
	"See": true, "The": true, "In": true, "Also": true, "And": true, "Its": true, "Nations": true,
	"United": true, "Resolution": true, "Resolutions": true, "Decision": true, "Decisions": true,
	"This": true, "That": true, "These": true, "Those": true, "Such": true, "Both": true,
	"Draft": true, "Further": true, "Relevant": true, "By": true, "Under": true, "With": true,
	"A": true, "All": true, "Previous": true, "Subsequent": true, "Other": true, "Said": true,
	"Secretary-General": true, "Secretariat": true, // they report; they adopt no resolutions
}

// adjectives may stand between a body's name and the keyword.
var adjectives = map[string]bool{
	"relevant": true, "previous": true, "subsequent": true, "other": true, "related": true,
	"recent": true, "own": true, "various": true, "several": true, "pertinent": true, "earlier": true,
	"later": true, "prior": true, "successive": true, "respective": true, "annual": true,
	"two": true, "three": true, "four": true, "five": true, "latest": true, "following": true,
	"aforementioned": true, "above-mentioned": true, "last": true, "first": true, "second": true,
}

// wordsBefore appends to out up to n words ending at s[:i], last first,
// with punctuation between them reported as "," entries.
func wordsBefore(out []string, s string, i, n int) []string {
	j := i
	for len(out) < n && j > 0 {
		for j > 0 && (isSpaceByte(s[j-1]) || s[j-1] == 0xa0 || s[j-1] == 0xc2) {
			j--
		}
		if j == 0 {
			break
		}
		if !isLetter(s[j-1]) && s[j-1] != '-' {
			c := s[j-1]
			if c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == ')' {
				out = append(out, s[j-1:j]) // the punctuation itself, not a new string
			} else {
				out = append(out, "?")
			}
			j--
			continue
		}
		k := j
		for k > 0 && (isLetter(s[k-1]) || s[k-1] == '-') {
			k--
		}
		out = append(out, s[k:j])
		j = k
	}
	return out
}

// bodyBefore reads the body named before a keyword at s[i].
func bodyBefore(s string, i int) namedBody {
	var buf [10]string
	words := wordsBefore(buf[:0], s, i, len(buf))
	k := 0
	for k < len(words) && isAdjective(words[k]) {
		k++
	}
	if inAnnexOf(words) {
		return namedBody{body: BodyOther}
	}
	if k < len(words) && possessiveWords[words[k]] {
		nb := bodyOfIts(words[k+1:])
		if nb.body == BodyNone {
			if p := strings.LastIndex(s[:i], words[k]); p >= 0 {
				nb.body = organEndingBefore(s[:p]) // "le Conseil des droits de l'homme, dans sa résolution"
				if nb.body == BodyNone {
					nb.body = organSubjectBefore(s[:p]) // "the Human Rights Council had made in its resolution"
				}
			}
		}
		nb.its = true
		return nb
	}
	if k+1 < len(words) && words[k] == "of" {
		// "the adoption by the General Assembly of resolution 79/1"
		if nb, ok := adoptedBy(words[k+1:]); ok {
			return nb
		}
	}
	if k < len(words) && isShouted(words[k]) {
		if len(words[k]) <= 8 && (k+1 >= len(words) || !isShouted(words[k+1])) {
			// an acronym before "resolution": "ESCAP resolution 72/7",
			// "UNEP/EA.5/Res.14" aside
			return namedBody{body: BodyOther, name: words[k]}
		}
		return namedBody{} // a heading in capitals: "COMMITTEE ESTABLISHED BY RESOLUTION 661 (1990)"
	}
	// A capitalised name ending right before the keyword.
	j := k
	for j < len(words) && (isUpper(words[j][0]) || (bodyJoiners[words[j]] && j > k)) {
		j++
	}
	// Drop what stands before the name: "Noting Commission on Narcotic Drugs".
	for j > k && (bodyJoiners[words[j-1]] || notBody(words[j-1]) || isVerbForm(words[j-1])) {
		j--
	}
	if j == k {
		return namedBody{}
	}
	for _, o := range organNames {
		if joinedHasSuffix(words[k:j], o.name) {
			return namedBody{body: o.body}
		}
	}
	switch words[k] {
	case "SC":
		return namedBody{body: BodySC}
	case "GA":
		return namedBody{body: BodyGA}
	case "ECOSOC":
		return namedBody{body: BodyECOSOC}
	case "HRC":
		return namedBody{body: BodyHRC}
	case "Assembly":
		if j == k+1 || words[k+1] == "General" {
			return namedBody{body: BodyGA}
		}
	case "Council":
		if j == k+1 || !isUpper(words[k+1][0]) || len(words[k+1]) == 1 {
			return namedBody{body: bodyCouncil} // "Council resolution", "paragraph D of Council resolution"
		}
	}
	for _, w := range words[k:j] {
		if notBody(w) || isVerbForm(w) {
			return namedBody{}
		}
	}
	return namedBody{body: BodyOther, name: reverseJoin(words[k:j])}
}

// joinedHasSuffix reports whether reverseJoin(words) ends in suffix,
// without joining them: words, given last first, are matched against the
// end of suffix one by one, with a space between two.
func joinedHasSuffix(words []string, suffix string) bool {
	for n, w := range words {
		if n > 0 { // the space between words[n] and words[n-1]
			if suffix == "" {
				return true
			}
			if suffix[len(suffix)-1] != ' ' {
				return false
			}
			suffix = suffix[:len(suffix)-1]
		}
		if len(suffix) <= len(w) {
			return strings.HasSuffix(w, suffix)
		}
		if !strings.HasSuffix(suffix, w) {
			return false
		}
		suffix = suffix[:len(suffix)-len(w)]
	}
	return suffix == ""
}

// bodyCouncil stands for a bare "Council": the council named last in the
// text, else the issuing body. Resolved by the caller.
const bodyCouncil Body = "council"

// bodyOfIts finds the body an "its" refers to when it follows a named body
// in the same clause: "the General Assembly in its resolution",
// "the Security Council, in its resolution".
func bodyOfIts(words []string) namedBody {
	k := 0
	if k < len(words) && (words[k] == "in" || words[k] == "by" || words[k] == "under" || words[k] == "through") {
		k++
	} else {
		return namedBody{}
	}
	if k < len(words) && words[k] == "," {
		k++
	}
	j := k
	for j < len(words) && (isUpper(words[j][0]) || bodyJoiners[words[j]]) {
		j++
	}
	name := reverseJoin(words[k:j])
	for _, o := range organNames {
		if strings.HasSuffix(name, o.name) {
			return namedBody{body: o.body}
		}
	}
	switch {
	case name == "Assembly" || name == "the Assembly":
		return namedBody{body: BodyGA}
	case name == "Council" || name == "the Council":
		return namedBody{body: bodyCouncil}
	case j > k && isUpper(words[k][0]) && !notBodyWords[words[k]] && !documentHeads[words[k]]:
		// "the United Nations Environment Assembly in its resolution 5/14"
		return namedBody{body: BodyOther, name: strings.TrimSpace(strings.TrimPrefix(name, "the "))}
	}
	return namedBody{}
}

// documentHeads end the names of texts, not of bodies: "the adoption of
// the Comprehensive Nuclear-Test-Ban Treaty in its resolution 50/245" is
// the Assembly's resolution.
var documentHeads = map[string]bool{"Treaty": true, "Convention": true, "Covenant": true, "Declaration": true,
	"Agreement": true, "Protocol": true, "Charter": true, "Statute": true, "Agenda": true, "Programme": true,
	"Plan": true, "Strategy": true, "Framework": true, "Principles": true, "Guidelines": true, "Rules": true,
	"Code": true, "Compact": true, "Platform": true, "Pact": true, "Consensus": true}

// reverseJoin joins words given last first into a name.
func reverseJoin(words []string) string {
	var b strings.Builder
	for i := len(words) - 1; i >= 0; i-- {
		b.WriteString(words[i])
		if i > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// isVerbForm reports a capitalised word that is a verb opening a clause
// ("Recalling resolution …", "Reaffirms resolution …").
func isVerbForm(w string) bool {
	var buf [32]byte
	if low, ok := lowerASCII(buf[:], w); ok { // lower-cased on the stack; the lookups make no string of it
		return bytes.HasSuffix(low, []byte("ing")) || operativeVerbs[string(low)] || preambleWords[string(low)] || localVerbs[string(low)]
	}
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "ing") || operativeVerbs[lw] || preambleWords[lw] || localVerbs[lw]
}

// isAdjective reports a word of adjectives, in any case.
func isAdjective(w string) bool {
	var buf [32]byte
	if low, ok := lowerASCII(buf[:], w); ok {
		return adjectives[string(low)]
	}
	return adjectives[strings.ToLower(w)]
}

// inAnnexOf reports a keyword that follows ", annex II," after a document
// symbol: the resolution is a text annexed to that document (of another
// body, such as the League of Arab States), not a UN organ's.
func inAnnexOf(words []string) bool {
	if len(words) < 2 || words[0] != "," {
		return false
	}
	w := words[1]
	if isRoman(w) && len(words) > 2 {
		w = words[2]
	}
	return annexWords[w] || w == "enclosure" || w == "pièce" || w == "anexos"
}

// isShouted reports a word in capitals that is no organ's acronym.
func isShouted(w string) bool {
	if len(w) < 2 || w == "GA" || w == "SC" || w == "ECOSOC" || w == "HRC" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return true
}

// bodyAfter reads a body named right after a generic keyword: "the
// resolutions and decisions of the Human Rights Council", "resolutions
// adopted by the Security Council", "les résolutions pertinentes du
// Conseil de sécurité".
func bodyAfter(s string, i int) (namedBody, int) {
	j := skipSpace(s, i)
	for _, w := range []string{"and decisions", "and resolutions", "et décisions", "y decisiones"} {
		if strings.HasPrefix(s[j:], w) {
			j = skipSpace(s, j+len(w))
		}
	}
	if nb, e := postBody(s, j); nb.body != BodyNone && nb.body != BodyOther {
		return nb, e
	}
	return namedBody{}, i
}

// reportPointers are the words that point into a report: the qualifiers
// and annex words of every vocabulary ("chap.", "sect.", "annexe",
// "párr."), and "vol".
var reportPointers = func() map[string]bool {
	m := map[string]bool{"vol": true}
	for _, set := range []map[string]bool{wordSet(qualifierWords), annexWords} {
		for w := range set {
			m[strings.ToLower(strings.TrimSuffix(w, "."))] = true
		}
	}
	return m
}()

// reportBody reads the body whose report holds a resolution cited by its
// place in an Official Records supplement: "Supplement No. 53A
// (A/74/53/Add.1), chap. III, resolution 42/12" is the Human Rights
// Council's resolution 42/12, not the Assembly's. s[:i] is the text before
// the keyword; ok is false when no report stands right before it.
func reportBody(s string, i int) (namedBody, bool) {
	tail := s[max(0, i-200):i]
	open := strings.LastIndexByte(tail, '(')
	shut := strings.LastIndexByte(tail, ')')
	if open < 0 || shut < open {
		return namedBody{}, false
	}
	sym := strings.TrimSpace(tail[open+1 : shut])
	publication := strings.Contains(sym, "Sales No.")
	if !publication && !strings.Contains(tail[:open], "Supplement") && !strings.Contains(tail[:open], "Supplément") && !strings.Contains(tail[:open], "Suplemento") {
		return namedBody{}, false
	}
	// Between the report and the keyword only pointers into it may stand:
	// ", chap. III, sect. A, ".
	between := strings.TrimSpace(tail[shut+1:])
	for between != "" {
		between = strings.TrimSpace(strings.TrimPrefix(between, ","))
		if between == "" {
			break
		}
		w, rest, _ := strings.Cut(between, " ")
		if !reportPointers[strings.TrimSuffix(strings.ToLower(w), ".")] {
			return namedBody{}, false
		}
		label, rest2, _ := strings.Cut(strings.TrimSpace(rest), ",")
		if label == "" || len(label) > 8 {
			return namedBody{}, false
		}
		between = rest2
	}
	switch parts := strings.Split(sym, "/"); {
	case publication:
		// "Report of the Fourth World Conference on Women … (United
		// Nations publication, Sales No. E.96.IV.13), chap. I, resolution
		// 1": a conference's resolution, not a UN organ's.
		return namedBody{body: BodyOther}, true
	case strings.HasPrefix(sym, "A/HRC/"):
		return namedBody{body: BodyHRC}, true
	case len(parts) >= 3 && parts[0] == "A" && parts[2] == "53" && atoi(parts[1]) >= 61:
		return namedBody{body: BodyHRC}, true // the Council's annual report
	case len(parts) >= 3 && parts[0] == "A" && parts[2] == "3":
		return namedBody{body: BodyECOSOC}, true
	case strings.HasPrefix(sym, "E/CN.4/"), len(parts) >= 3 && parts[0] == "E" && parts[2] == "23" && atoi(parts[1]) < 2007:
		return namedBody{body: BodyCHR}, true
	case validSymbol(sym):
		return namedBody{body: BodyOther, name: "the body reporting in " + sym}, true
	}
	return namedBody{}, false
}

// adoptedBy reads "by the General Assembly" (words given last first)
// standing before "of resolution": the organ that adopted it.
func adoptedBy(words []string) (namedBody, bool) {
	j := 0
	for j < len(words) && isUpper(words[j][0]) {
		j++
	}
	if j == 0 || j+1 >= len(words) || words[j] != "the" || words[j+1] != "by" {
		return namedBody{}, false
	}
	name := reverseJoin(words[:j])
	for _, o := range organNames {
		if strings.HasSuffix(name, o.name) {
			return namedBody{body: o.body}, true
		}
	}
	return namedBody{}, false
}

package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// French and Spanish name the body after the number, or between the
// keyword and the number: "les résolutions 45/3 et 48/15 du Conseil des
// droits de l'homme", "la resolución 2019/29 del Consejo Económico y
// Social", "les résolutions du Conseil de sécurité 1325 (2000)". English
// does so at times too ("resolution 60/251 of the General Assembly").

// bodyIntroForms are the words that introduce a body named after a
// keyword or number, each with whether it may introduce a body other than
// the organs, longest first.
var bodyIntroForms = func() []struct {
	intro string
	other bool
} {
	var out []struct {
		intro string
		other bool
	}
	for _, v := range vocabularies {
		for _, w := range withCurlyApostrophe(v.bodyIntros) {
			out = append(out, struct {
				intro string
				other bool
			}{w, v.bodyIntrosOther})
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].intro) > len(out[j-1].intro); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// bodyIntrosByFirst lists, for each byte, the indices in bodyIntroForms
// of the intros that begin with it, in their order: postBody tries no
// other.
var bodyIntrosByFirst = func() (t [256][]int) {
	for n, f := range bodyIntroForms {
		t[f.intro[0]] = append(t[f.intro[0]], n)
	}
	return t
}()

// bareOrgans are the one-word names of an organ that stand for it once
// it is known which is meant: "l'Assemblée", "del Consejo".
var bareOrgans = map[string]Body{
	"Assembly": BodyGA, "Assemblée": BodyGA, "Asamblea": BodyGA,
	"Council": bodyCouncil, "Conseil": bodyCouncil, "Consejo": bodyCouncil,
}

// notBodyNames are the names after a body intro that name no issuing body.
var notBodyNames = wordSet(allOf(func(v *vocabulary) []string { return v.notBodies }))

// nameJoiners may stand inside a body's name in French and Spanish.
var nameJoiners = wordSet([]string{"de", "des", "du", "la", "le", "l'", "l’", "et", "y", "del", "los", "las", "el", "para", "pour", "sur", "sobre", "en", "contre", "contra", "of", "the", "on", "and", "for"})

// notBody reports a capitalised word before a keyword that names no body.
func notBody(w string) bool { return notBodyWords[w] || seeWordSet[w] }

// postBody reads a body named at s[i:] after a keyword or a number: an
// intro ("du", "de l'", "del", "of the") and an organ's name, a bare
// "Council" or "Assembly", or, in French and Spanish, another body's name
// in capitals ("de la Commission des stupéfiants"). Adjectives after the
// keyword are skipped ("pertinentes"). It returns the body and the
// offset after its name; BodyNone when none is named there.
func postBody(s string, i int) (namedBody, int) {
	j := skipSpace(s, i)
	for {
		w, e := readLetters(s, j)
		if w == "" || !postAdjectives[w] {
			break
		}
		j = skipSpace(s, e)
	}
	if j >= len(s) {
		return namedBody{}, i
	}
	for _, n := range bodyIntrosByFirst[s[j]] {
		f := bodyIntroForms[n]
		if !hasWordAt(s, j, f.intro) {
			continue
		}
		k := skipSpace(s, j+len(f.intro))
		for _, o := range organNames {
			if hasWordAt(s, k, o.name) {
				return namedBody{body: o.body}, k + len(o.name)
			}
		}
		w, e := readLetters(s, k)
		if b, ok := bareOrgans[w]; ok && !nameGoesOn(s, e) {
			return namedBody{body: b}, e
		}
		if f.other && startsUpper(w) {
			name, e := readName(s, k)
			if name != "" && !notBodyNames[name] && !seeWordSet[name] {
				return namedBody{body: BodyOther, name: name}, e
			}
		}
		return namedBody{}, i
	}
	return namedBody{}, i
}

// readName reads a body's name at s[i:]: capitalised words and the small
// words that join them ("Commission des stupéfiants", "Conférence des
// Parties"), ending on a word that is not a joiner.
func readName(s string, i int) (string, int) {
	end, j := i, i
	for {
		w, e := readLetters(s, j)
		if w == "" {
			break
		}
		if e < len(s) && (s[e] == '\'' || strings.HasPrefix(s[e:], "’")) { // "l'", "d'"
			_, n := utf8.DecodeRuneInString(s[e:])
			w, e = s[j:e+n], e+n
		}
		switch {
		case startsUpper(w) || (j > i && !nameJoiners[w] && isLowerWord(w) && end > i):
			end = e
		case nameJoiners[w]:
		default:
			return strings.TrimSpace(s[i:end]), end
		}
		if e < len(s) && (s[e] == '\'' || strings.HasSuffix(s[j:e], "’")) {
			j = e
			continue
		}
		n := skipSpace(s, e)
		if n == e || n >= len(s) || s[e] == '\n' {
			break
		}
		j = n
	}
	return strings.TrimSpace(s[i:end]), end
}

// isLowerWord reports a lowercase word of a body's name after its first
// capitalised word ("Commission des stupéfiants"): any word but joiners.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && len(w) > 3
}

// startsUpper reports a word that begins with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// organEndingBefore returns the organ whose name ends s, after an optional
// "in", "dans", "en", "par", "por" and comma: "the General Assembly in",
// "le Conseil des droits de l'homme, dans". BodyNone when none does.
func organEndingBefore(s string) Body {
	t := strings.TrimRight(s, " \n\u00a0")
	for _, w := range []string{" in", " by", " dans", " par", " en", " por", " mediante"} {
		if strings.HasSuffix(t, w) {
			t = strings.TrimRight(strings.TrimSuffix(t, w), " \n\u00a0")
			break
		}
	}
	t = strings.TrimRight(strings.TrimSuffix(t, ","), " \n\u00a0")
	for _, o := range organNames {
		if strings.HasSuffix(t, o.name) {
			return o.body
		}
	}
	return BodyNone
}

// organSubjectBefore returns the principal organ that is the subject of
// the clause a possessive ends: "the recommendation that the Human Rights
// Council had made in its resolution 14/7", "la recommandation que le
// Conseil des droits de l'homme avait formulée dans sa résolution 14/7".
// The organ's name must stand in the same clause, at most four words
// before the possessive; BodyNone otherwise.
func organSubjectBefore(s string) Body {
	t := s[max(0, len(s)-160):]
	o, i := lastOrgan(t, nil)
	if i < 0 {
		return BodyNone
	}
	gap := t[i+len(o.name):]
	if strings.ContainsAny(gap, ",;:.()") || len(strings.Fields(gap)) > 4 || len(strings.Fields(gap)) < 2 {
		return BodyNone
	}
	return o.body
}

// organsByFirst lists, for each first byte, the organs' names that begin
// with it, in the order of organNames (longest first).
var organsByFirst = func() (t [256][]organName) {
	for _, o := range organNames {
		t[o.name[0]] = append(t[o.name[0]], o)
	}
	return t
}()

// lastOrgan returns the organ's name that occurs last in s, and where; of
// names starting at the same offset, the first of organNames (the
// longest). Organs skip refuses are passed over. It is
// one backward pass for what strings.LastIndex of every name would find.
// The offset is -1 when no name occurs.
func lastOrgan(s string, skip func(Body) bool) (organName, int) {
	for i := len(s) - 1; i >= 0; i-- {
		for _, o := range organsByFirst[s[i]] {
			if strings.HasPrefix(s[i:], o.name) && (skip == nil || !skip(o.body)) {
				return o, i
			}
		}
	}
	return organName{}, -1
}

// adoptionVerbs say that the organ named before them adopted what
// follows: "the Council adopted (by consensus) resolution 51/22", "le
// Conseil a adopté la résolution", "el Consejo aprobó la resolución".
var adoptionVerbs = map[string]bool{"adopted": true, "adopté": true, "adoptée": true, "adopta": true,
	"aprobó": true, "aprobado": true, "adoptó": true, "adoptado": true}

// organAdoptingBefore returns the principal organ that adopts the
// resolution whose keyword ends s: its name, then an adoption verb, then at
// most a few words ("by consensus", "par consensus", "la"), in one clause.
// BodyNone otherwise.
func organAdoptingBefore(s string) Body {
	t := s[max(0, len(s)-120):]
	o, i := lastOrgan(t, nil)
	if i < 0 {
		return BodyNone
	}
	gap := t[i+len(o.name):]
	words := strings.Fields(gap)
	if strings.ContainsAny(gap, ",;:.()") || len(words) < 1 || len(words) > 6 {
		return BodyNone
	}
	for _, w := range words {
		if adoptionVerbs[w] {
			return o.body
		}
	}
	return BodyNone
}

// postBodies gives every item of a list, in its post field, the body
// named after it or after a later item of the list: in "les résolutions
// 45/3 et 48/15 du Conseil des droits de l'homme" the Council's name
// governs both numbers.
func postBodies(items []numItem) {
	var cur namedBody
	for i := len(items) - 1; i >= 0; i-- {
		if items[i].post.body != BodyNone {
			cur = items[i].post
		}
		items[i].post = cur
	}
}

// nameGoesOn reports whether a body's name continues at s[i]: "Conseil
// d'administration", "Consejo de Administración", "Council of Europe".
func nameGoesOn(s string, i int) bool {
	if i < len(s) && (s[i] == '\'' || strings.HasPrefix(s[i:], "’")) {
		return true
	}
	next, e := readLetters(s, skipSpace(s, i))
	if startsUpper(next) {
		return true
	}
	if next == "de" || next == "des" || next == "del" || next == "du" || next == "of" {
		w, _ := readLetters(s, skipSpace(s, e))
		return startsUpper(w) || w == "la" || w == "los" || w == "las" || w == "the"
	}
	return false
}

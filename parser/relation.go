package parser

import "strings"

// The relation of a citation is the verb phrase that opens the paragraph
// carrying it, normalised by the rules of the gold README: lowercase,
// modifiers dropped ("Recalling also" → recalling, "Strongly condemns" →
// condemns, "Continues to welcome" → welcomes), fixed phrases kept whole
// ("taking note", "bearing in mind", "calls upon").

// appendRelationWords appends to words the lowercase words at the start
// of s, without punctuation, up to max words; a caller keeps them in an
// array of its own.
func appendRelationWords(words []string, s string, max int) []string {
	for i := 0; len(words) < max; {
		w, _, next := nextRelationWord(s, i)
		if next < 0 {
			break
		}
		words, i = append(words, w), next
	}
	return words
}

// nextRelationWord reads the word of s at or after offset i, lower-cased:
// letters, hyphens and apostrophes that begin with a letter, the bytes
// before it passed over. It returns the word, what the vocabulary of
// openings says of it (nil for a word outside it) and the offset after
// it, or next -1 where a clause break (",", ";", ":") or the end of s
// comes first.
func nextRelationWord(s string, i int) (w string, info *openingWord, next int) {
	for i < len(s) && !isLetter(s[i]) {
		if s[i] == ',' || s[i] == ';' || s[i] == ':' {
			return "", nil, -1
		}
		i++
	}
	if i == len(s) {
		return "", nil, -1
	}
	j := i + 1
	for j < len(s) && (isLetter(s[j]) || s[j] == '-' || s[j] == '\'') {
		j++
	}
	w, info = foldOpeningWord(s[i:j])
	return w, info, j
}

// foldOpeningWord returns strings.ToLower(w) and what the vocabulary of
// openings says of it (nil for a word outside it); for a word of the
// vocabulary ("Recalling", "decides"), the lower-case spelling the
// vocabulary holds rather than a new string.
func foldOpeningWord(w string) (string, *openingWord) {
	var buf [24]byte
	if low, ok := lowerASCII(buf[:], w); ok {
		if info := openingWords[string(low)]; info != nil {
			return info.word, info
		}
	}
	return strings.ToLower(w), nil
}

// lowerWord returns strings.ToLower(w), the vocabulary's own string for
// a word of the vocabulary of openings.
func lowerWord(w string) string {
	low, _ := foldOpeningWord(w)
	return low
}

// openingWord is what the vocabulary of openings says of one lower-case
// word, so that one look-up answers every question openingRelation asks
// of it.
type openingWord struct {
	word                          string   // the word, the one string of it
	modifier, preamble, operative bool     // in modifiers, preambleWords, operativeVerbs
	phrases                       []string // the fixed phrases it begins
}

// openingWords holds the lower-case words of the vocabulary of openings.
var openingWords = func() map[string]*openingWord {
	m := map[string]*openingWord{}
	add := func(ws ...string) {
		for _, w := range ws {
			for _, f := range strings.Fields(strings.ToLower(w)) {
				if m[f] == nil {
					m[f] = &openingWord{word: f, modifier: modifiers[f], preamble: preambleWords[f], operative: operativeVerbs[f], phrases: phrases[f]}
				}
			}
		}
	}
	for _, set := range []map[string]bool{modifiers, preambleWords, operativeVerbs, localVerbs, strongOpeners} {
		for w := range set {
			add(w)
		}
	}
	for w, ps := range phrases {
		add(w)
		add(ps...)
	}
	add("continues", "continue", "to", "be", "in", "having")
	return m
}()

// relationWords are the words at the start of a paragraph, as
// appendRelationWords lists them up to eight, read one at a time as
// openingRelation asks for them: most openings are told by their first
// word or two.
type relationWords struct {
	s     string
	at    int // where the words not yet read begin, -1 after the last
	n     int // the words read
	words [8]string
	info  [8]*openingWord
}

// get returns word k and what the vocabulary says of it, reading up to
// it; ok is false when there are not that many words.
func (r *relationWords) get(k int) (w string, info *openingWord, ok bool) {
	for r.n <= k {
		if r.n == len(r.words) || r.at < 0 {
			return "", nil, false
		}
		w, info, next := nextRelationWord(r.s, r.at)
		if next < 0 {
			r.at = -1
			return "", nil, false
		}
		r.words[r.n], r.info[r.n], r.at = w, info, next
		r.n++
	}
	return r.words[k], r.info[k], true
}

// is reports whether word k is w.
func (r *relationWords) is(k int, w string) bool {
	got, _, ok := r.get(k)
	return ok && got == w
}

// modifier reports whether word k is a modifier ("also", "deeply").
func (r *relationWords) modifier(k int) bool {
	_, info, _ := r.get(k)
	return info != nil && info.modifier
}

// openingRelation returns the normalised relation of a paragraph that
// begins with s, and whether s begins with a recognised opening at all.
// operative says whether the paragraph is operative (its verb in -s form).
func openingRelation(s string) (rel string, operative, ok bool) {
	r := relationWords{s: s}
	i := 0
	var w string
	var info *openingWord
	for {
		if w, info, ok = r.get(i); !ok {
			return "", false, false
		}
		if (info == nil || !info.modifier) && w != "continues" && w != "continue" && w != "to" {
			break
		}
		if w == "continues" || w == "continue" {
			operative = true
		}
		i++
	}
	if operative && i > 0 && r.words[i-1] == "to" { // "Continues to welcome" → welcomes
		if w == "be" { // "Continues to be deeply concerned" → concerned
			for k := i + 1; r.has(k); k++ {
				if !r.modifier(k) {
					return joinPhrase(&r, k), true, true
				}
			}
		}
		return thirdPerson(joinPhrase(&r, i)), true, true
	}
	switch {
	case w == "in" && r.is(i+1, "view") && r.hasPrefix(i+2, "of"): // "in view of", as the words joined begin
		return "in view of", false, true
	case w == "having" && r.is(i+1, "in") && r.hasPrefix(i+2, "mind"):
		return "having in mind", false, true
	case w == "having" && r.has(i+1):
		k := i + 1
		for r.has(k+1) && r.modifier(k) { // "Having also considered"
			k++
		}
		return "having " + r.words[k], false, true
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		return joinPhrase(&r, i), false, true
	case info != nil && info.preamble:
		return joinPhrase(&r, i), false, true
	case info != nil && info.operative:
		return joinPhrase(&r, i), true, true
	}
	return "", false, false
}

// has reports whether there is a word k.
func (r *relationWords) has(k int) bool {
	_, _, ok := r.get(k)
	return ok
}

// hasPrefix reports whether word k begins with p.
func (r *relationWords) hasPrefix(k int, p string) bool {
	w, _, ok := r.get(k)
	return ok && strings.HasPrefix(w, p)
}

// joinPhrase returns word k of r, or the fixed phrase that begins with it
// and the words after it.
func joinPhrase(r *relationWords, k int) string {
	w, info, _ := r.get(k)
	if info == nil {
		return w
	}
	for _, p := range info.phrases {
		if phraseAt(p, r, k) {
			if p == "calls on" {
				return "calls upon"
			}
			if p == "call on" {
				return "call upon"
			}
			if p == "calling on" {
				return "calling upon"
			}
			return p
		}
	}
	return w
}

// phraseAt reports whether the words of the phrase p are the words of r
// from word k on, modifiers after the first word passed over ("Taking
// also note", "Taking fully into account").
func phraseAt(p string, r *relationWords, k int) bool {
	for m := k; ; m++ {
		w, info, ok := r.get(m)
		if !ok {
			return false
		}
		if m > k && info != nil && info.modifier {
			continue
		}
		word, tail, more := strings.Cut(p, " ")
		if w != word {
			return false
		}
		if !more {
			return true
		}
		p = tail
	}
}

// thirdPerson turns a base-form verb phrase into its -s form:
// "welcome" → "welcomes", "call upon" → "calls upon".
func thirdPerson(p string) string {
	verb, tail, _ := strings.Cut(p, " ")
	switch {
	case strings.HasSuffix(verb, "s") && !strings.HasSuffix(verb, "ss"):
		// already -s
	case strings.HasSuffix(verb, "sh"), strings.HasSuffix(verb, "ch"), strings.HasSuffix(verb, "ss"), strings.HasSuffix(verb, "x"):
		verb += "es"
	case strings.HasSuffix(verb, "y") && len(verb) > 2 && !strings.ContainsRune("aeiou", rune(verb[len(verb)-2])):
		verb = verb[:len(verb)-1] + "ies"
	default:
		verb += "s"
	}
	if tail != "" {
		return verb + " " + tail
	}
	return verb
}

// verbBefore finds the verb that governs a citation inside its paragraph:
// the last known opening verb (a participle, an operative -s verb or a
// fixed phrase) between the paragraph start and the citation. It returns
// "" when none stands there.
func verbBefore(s string) string {
	// Walk words from the end towards the start.
	end := len(s)
	for end > 0 {
		j := end
		for j > 0 && !isLetter(s[j-1]) {
			j--
		}
		i := j
		for i > 0 && isLetter(s[i-1]) {
			i--
		}
		if i == j {
			break
		}
		// The word's length and its first and last letters, lower-cased,
		// refuse most words before they are lower-cased and looked up.
		if localVerbShapes.has(s[i]|0x20, s[j-1]|0x20, j-i) && localVerbFold(s[i:j]) {
			rel, _, ok := openingRelation(s[i:])
			if ok && rel != "" {
				return rel
			}
		}
		end = i
	}
	return ""
}

// localVerb reports whether w is a verb that may govern a citation.
func localVerb(w string) bool { return localVerbs[w] }

// plainVerb returns the opening verb of a numbered operative paragraph
// whose verb is not in the vocabulary ("Finds that …" → "finds"): the
// first word after any modifiers, when it has the -s form of a verb.
func plainVerb(s string) string {
	var buf [4]string
	for _, w := range appendRelationWords(buf[:0], s, 4) {
		if modifiers[w] {
			continue
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 {
			return w
		}
		return ""
	}
	return ""
}

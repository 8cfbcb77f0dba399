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
	return appendRelationWordsFrom(words, s, 0, max)
}

// appendRelationWordsFrom appends to words the lowercase words of s from
// offset i on, as appendRelationWords does from the start, until words
// holds max of them.
func appendRelationWordsFrom(words []string, s string, i, max int) []string {
	for len(words) < max {
		w, next := nextRelationWord(s, i)
		if next < 0 {
			break
		}
		words, i = append(words, w), next
	}
	return words
}

// nextRelationWord reads the word of s at or after offset i, lower-cased:
// letters, hyphens and apostrophes that begin with a letter, the bytes
// before it passed over. It returns the word and the offset after it, or
// next -1 where a clause break (",", ";", ":") or the end of s comes
// first.
func nextRelationWord(s string, i int) (w string, next int) {
	for i < len(s) && !isLetter(s[i]) {
		if s[i] == ',' || s[i] == ';' || s[i] == ':' {
			return "", -1
		}
		i++
	}
	if i == len(s) {
		return "", -1
	}
	j := i + 1
	for j < len(s) && (isLetter(s[j]) || s[j] == '-' || s[j] == '\'') {
		j++
	}
	return lowerWord(s[i:j]), j
}

// lowerWord returns strings.ToLower(w); for a capitalised word of the
// vocabulary of openings ("Recalling", "Decides"), the lower-case spelling
// the vocabulary holds rather than a new string.
func lowerWord(w string) string {
	var buf [24]byte
	if len(w) > 0 && isUpper(w[0]) {
		if low, ok := lowerASCII(buf[:], w); ok {
			if v, ok := openingWords[string(low)]; ok {
				return v
			}
		}
	}
	return strings.ToLower(w)
}

// openingWords holds the lower-case words of the vocabulary of openings,
// each mapped to itself.
var openingWords = func() map[string]string {
	m := map[string]string{}
	add := func(ws ...string) {
		for _, w := range ws {
			for _, f := range strings.Fields(strings.ToLower(w)) {
				m[f] = f
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

// openingRelation returns the normalised relation of a paragraph that
// begins with s, and whether s begins with a recognised opening at all.
// operative says whether the paragraph is operative (its verb in -s form).
func openingRelation(s string) (rel string, operative, ok bool) {
	// Of the first eight words, those up to the verb are read first; the
	// ones after it only where a phrase or a "to be" may need them.
	var buf [8]string
	words, at := buf[:0], 0 // at: where the words not yet read begin
	i := 0
	for {
		if i == len(words) {
			if len(words) == cap(buf) {
				break
			}
			w, next := nextRelationWord(s, at)
			if next < 0 {
				break
			}
			words, at = append(words, w), next
		}
		if !modifiers[words[i]] && words[i] != "continues" && words[i] != "continue" && words[i] != "to" {
			break
		}
		if words[i] == "continues" || words[i] == "continue" {
			operative = true
		}
		i++
	}
	if i >= len(words) {
		return "", false, false
	}
	w := words[i]
	if (operative && i > 0 && words[i-1] == "to") || w == "in" || w == "having" || len(phrases[w]) > 0 {
		words = appendRelationWordsFrom(words, s, at, cap(buf))
	}
	rest := words[i:]
	if operative && i > 0 && words[i-1] == "to" { // "Continues to welcome" → welcomes
		if w == "be" { // "Continues to be deeply concerned" → concerned
			for k := 1; k < len(rest); k++ {
				if !modifiers[rest[k]] {
					return joinPhrase(rest[k], rest[k:]), true, true
				}
			}
		}
		return thirdPerson(joinPhrase(w, rest)), true, true
	}
	switch {
	case w == "in" && strings.HasPrefix(strings.Join(rest, " "), "in view of"):
		return "in view of", false, true
	case w == "having" && strings.HasPrefix(strings.Join(rest, " "), "having in mind"):
		return "having in mind", false, true
	case w == "having" && len(rest) > 1:
		k := 1
		for k < len(rest)-1 && modifiers[rest[k]] { // "Having also considered"
			k++
		}
		return "having " + rest[k], false, true
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		return joinPhrase(w, rest), false, true
	case preambleWords[w]:
		return joinPhrase(w, rest), false, true
	case operativeVerbs[w]:
		return joinPhrase(w, rest), true, true
	}
	return "", false, false
}

// joinPhrase returns w, or the fixed phrase that begins with w and the
// words after it.
func joinPhrase(w string, rest []string) string {
	for _, p := range phrases[w] {
		if phraseAt(p, rest) {
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

// phraseAt reports whether the words of the phrase p are the first words
// of rest, modifiers after the first word passed over ("Taking also
// note", "Taking fully into account").
func phraseAt(p string, rest []string) bool {
	for i, r := range rest {
		if i > 0 && modifiers[r] {
			continue
		}
		word, tail, more := strings.Cut(p, " ")
		if r != word {
			return false
		}
		if !more {
			return true
		}
		p = tail
	}
	return false
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

package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The relations of French and Spanish paragraphs come from the verb
// tables of their vocabularies: the words at the start of a paragraph,
// modifiers dropped ("Rappelant également" → rappelant), are matched
// against the verb phrases, longest first ("prie instamment" before
// "prie"), and the phrase gives the relation in the English vocabulary.

// phraseWords returns the lowercase words at the start of s, up to max,
// with typographic apostrophes made plain ("s’inquiète" → "s'inquiète").
// It stops at a clause break. The words are written into one buffer and
// made one string, which they share.
func phraseWords(s string, max int) []string {
	var buf [128]byte
	var endBuf [16]int
	b, ends := buf[:0], endBuf[:0] // the words' bytes, and where each ends in b
	start := 0                     // where the word being read begins in b
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && (isLetter(byte(r)) || r == '-'):
			if isUpper(byte(r)) {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			b = utf8.AppendRune(b, unicode.ToLower(r))
		case (r == '\'' || r == '’') && len(b) > start:
			b = append(b, '\'')
		case r == ',' || r == ';' || r == ':' || r == '.' || unicode.IsDigit(r):
			if len(b) > start {
				ends = append(ends, len(b))
			}
			return cutWords(b, ends)
		default:
			if len(b) > start {
				ends, start = append(ends, len(b)), len(b)
			}
		}
		if len(ends) >= max {
			return cutWords(b, ends)
		}
	}
	if len(b) > start {
		ends = append(ends, len(b))
	}
	return cutWords(b, ends)
}

// cutWords makes b one string and returns its words, each ending at the
// next offset of ends; nil when there are none.
func cutWords(b []byte, ends []int) []string {
	if len(ends) == 0 {
		return nil
	}
	all := string(b)
	words := make([]string, len(ends))
	from := 0
	for k, e := range ends {
		words[k], from = all[from:e], e
	}
	return words
}

// dropForeignModifiers removes the modifier phrases of the non-English
// vocabularies from words.
func dropForeignModifiers(words []string) []string {
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); {
		skipped := false
		for _, m := range foreignModifiersByFirst[words[i]] {
			if i+len(m) <= len(words) && equalWords(words[i:i+len(m)], m) {
				i += len(m)
				skipped = true
				break
			}
		}
		if !skipped {
			out = append(out, words[i])
			i++
		}
	}
	return out
}

// equalWords reports whether two word lists are equal.
func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// vocabOpening matches the start of s against the verb tables of the
// non-English vocabularies. It returns the row and the phrase as written
// (lowercase, modifiers dropped), ok false when no phrase matches.
func vocabOpening(s, lang string) (verbRow, bool) {
	verbIndex := verbIndexOf(lang)
	words := phraseWords(s, 10)
	if len(words) == 0 {
		return verbRow{}, false
	}
	if _, ok := verbIndex[words[0]]; !ok && len(foreignModifiers) > 0 {
		words = dropForeignModifiers(words)
	} else if ok {
		words = append(words[:1], dropForeignModifiers(words[1:])...)
	}
	if len(words) == 0 {
		return verbRow{}, false
	}
	for _, r := range verbIndex[words[0]] {
		if phraseBegins(r.phrase, words) {
			return r, true
		}
	}
	return verbRow{}, false
}

// phraseBegins reports whether the words of phrase are the first words of
// words. The phrases of the verb tables are words joined by single spaces.
func phraseBegins(phrase string, words []string) bool {
	for k := 0; ; k++ {
		w, rest, more := strings.Cut(phrase, " ")
		if k >= len(words) || words[k] != w {
			return false
		}
		if !more {
			return true
		}
		phrase = rest
	}
}

// participleOpening reports a paragraph of a language with participle
// endings (French -ant, Spanish -ando) that opens with a capitalised
// participle the verb table lacks: it is preambular, and the participle
// as written is its verb.
func participleOpening(s, lang string) (string, bool) {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return "", false
	}
	words := phraseWords(s, 1)
	if len(words) == 0 {
		return "", false
	}
	for _, e := range participleEndings[lang] {
		if strings.HasSuffix(words[0], e) && len(words[0]) > len(e)+3 {
			return words[0], true
		}
	}
	return "", false
}

// vocabVerbBefore finds the verb of a non-English vocabulary that governs
// a citation inside its paragraph: the last verb phrase of the tables that
// follows a clause joiner ("…, et prenant note de la résolution") between
// the paragraph start and the citation. It returns the row, ok false when
// none stands there.
func vocabVerbBefore(s, lang string) (verbRow, bool) {
	verbIndex := verbIndexOf(lang)
	end := len(s)
	for end > 0 {
		j := end
		for j > 0 {
			if c := s[j-1]; c < utf8.RuneSelf { // ASCII, told without decoding
				if isLetter(c) {
					break
				}
				j--
				continue
			}
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if unicode.IsLetter(r) {
				break
			}
			j -= n
		}
		i := j
		for i > 0 {
			if c := s[i-1]; c < utf8.RuneSelf {
				if !isLetter(c) {
					break
				}
				i--
				continue
			}
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsLetter(r) {
				break
			}
			i -= n
		}
		if i == j {
			break
		}
		var buf [32]byte
		low := appendLower(buf[:0], s[i:j])
		if !verbWordShapes.may(low) {
			end = i // no verb of the tables begins and ends so
			continue
		}
		w := string(low) // looked up only: no new string
		if _, ok := verbIndex[w]; ok && (isParticiple(w) || afterJoiner(s[:i])) {
			if row, ok := vocabOpening(s[i:], lang); ok {
				return row, true
			}
		}
		end = i
	}
	return verbRow{}, false
}

// appendLower appends the word w lower-cased to buf, as strings.ToLower
// spells it, rune by rune.
func appendLower(buf []byte, w string) []byte {
	for _, r := range w {
		if r < utf8.RuneSelf {
			if isUpper(byte(r)) {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// isParticiple reports a word with the participle ending of a vocabulary
// ("rappelant", "recordando"): in mid-paragraph it opens a clause.
func isParticiple(w string) bool {
	for _, es := range participleEndings {
		for _, e := range es {
			if strings.HasSuffix(w, e) && len(w) > len(e)+3 {
				return true
			}
		}
	}
	return false
}

// afterJoiner reports whether s ends with a clause joiner ("et", "y") so
// that an operative verb after it governs what follows ("…, et prie le
// Secrétaire général").
func afterJoiner(s string) bool {
	t := strings.TrimRight(s, " \u00a0\n")
	for _, w := range []string{" et", " y", " e"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// opening returns the relation of a paragraph that opens with s, read in
// the layout's language: the relation in the English vocabulary, the
// verb as written when the language is not English ("" otherwise),
// whether the paragraph is operative, and whether s opens with a verb at
// all. A participle the French or Spanish table lacks opens a preambular
// paragraph whose relation is not known ("").
func (l *layout) opening(s string) (rel, verb string, operative, ok bool) {
	if l.vocab == english {
		rel, operative, ok = openingRelation(s)
		return rel, "", operative, ok
	}
	if inner, ok := continuedVerb(s); ok {
		// "Continue de prendre note …" is "prend note" continued, as
		// "Continues to welcome" is "welcomes"; "Sigue acogiendo" is
		// "acoge", not the verb "seguir".
		if row, ok := vocabOpening(inner, l.lang); ok && row.operative {
			return row.relation, row.phrase, true, true
		}
	}
	if row, ok := vocabOpening(s, l.lang); ok {
		return l.vocab.againRelation(row, s), row.phrase, row.operative, true
	}
	if w, ok := participleOpening(s, l.lang); ok {
		return "", w, false, true
	}
	return "", "", false, false
}

// vocabClosingLine reports the closing line of a French or Spanish text:
// the meeting line ("52e séance plénière", "46ª sesión") or the Security
// Council's adoption line ("Adoptée par le Conseil de sécurité à sa 9000e
// séance, le …"). low is lowercase.
func vocabClosingLine(v *vocabulary, low string) bool {
	if len(v.meetingWords) == 0 {
		return false
	}
	meeting := v.meetingWords[0]
	for _, a := range v.adoptedLine {
		if strings.HasPrefix(low, a) && len(low) < 160 && strings.Contains(low, meeting) {
			return true
		}
	}
	if len(low) > 60 || low == "" || !isDigit(low[0]) {
		return false
	}
	_, rest, ok := strings.Cut(low, " ") // the ordinal: "52e", "52ª", "52.ª"
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) == 0 || words[0] != meeting {
		return false
	}
	for _, w := range words {
		if !meetingWordSet[w] {
			return false
		}
	}
	return true
}

// continuedVerb turns an operative paragraph that opens with "continue"
// and the verb it continues into that verb in the present: French
// "Continue de prendre note de …" → "prend note de …", "Continue à
// souligner" → "souligne"; Spanish "Sigue apoyando" → "apoya",
// "Continúa reconociendo" → "reconoce". Irregular verbs are not turned.
func continuedVerb(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if t == "" || t[0] < utf8.RuneSelf && t[0]|0x20 != 'c' && t[0]|0x20 != 's' {
		return "", false // every prefix below begins with "c" or "s"
	}
	// Only the start of t is compared with the prefixes: its first twelve
	// runes lower-cased make at least as many bytes as the longest prefix
	// has, and are the start of t lower-cased, rune by rune as
	// strings.ToLower works. The whole paragraph is not copied.
	k := 0
	for n := 0; n < 12 && k < len(t); n++ {
		_, w := utf8.DecodeRuneInString(t[k:])
		k += w
	}
	low := strings.ToLower(t[:k])
	for _, p := range []string{"continue de ", "continue d’", "continue d'", "continue à ", "continue a "} {
		if strings.HasPrefix(low, p) {
			rest := t[len(p):]
			reflexive := ""
			for _, r := range []string{"se ", "s’", "s'"} {
				if strings.HasPrefix(rest, r) {
					reflexive, rest = "se ", rest[len(r):]
				}
			}
			w, tail, _ := strings.Cut(rest, " ")
			switch {
			case strings.HasSuffix(w, "er"):
				w = strings.TrimSuffix(w, "r")
			case strings.HasSuffix(w, "dre"):
				w = strings.TrimSuffix(w, "re") // prendre → prend
			case strings.HasSuffix(w, "ir"):
				w = strings.TrimSuffix(w, "r") + "t" // réagir → réagit
			default:
				return "", false
			}
			return reflexive + w + " " + tail, true
		}
	}
	for _, p := range []string{"sigue ", "continúa ", "continua "} {
		if strings.HasPrefix(low, p) {
			w, tail, _ := strings.Cut(t[len(p):], " ")
			switch {
			case strings.HasSuffix(w, "ando"):
				w = strings.TrimSuffix(w, "ndo") // apoyando → apoya
			case strings.HasSuffix(w, "iendo"):
				w = strings.TrimSuffix(w, "iendo") + "e" // reconociendo → reconoce
			default:
				return "", false
			}
			return w + " " + tail, true
		}
	}
	return "", false
}

// againRelation returns the relation of row, the opening verb of s, or
// "reiterates" ("reiterating") when the vocabulary's again words follow
// the verb: "Demande de nouveau" stands for "Reiterates its call".
func (v *vocabulary) againRelation(row verbRow, s string) string {
	if len(v.again) == 0 {
		return row.relation
	}
	phrase := strings.Fields(row.phrase)
	words := phraseWords(s, len(phrase)+4)
	if len(words) <= len(phrase) {
		return row.relation
	}
	// The row's phrase is matched with modifiers dropped, so find where
	// its last word stands in the words as written.
	last := phrase[len(phrase)-1]
	at := -1
	for i, w := range words {
		if w == last {
			at = i
			break
		}
	}
	if at < 0 {
		return row.relation
	}
	after := strings.Join(words[at+1:], " ") + " "
	for _, a := range v.again {
		if !strings.HasPrefix(after, a+" ") {
			continue
		}
		if slices.Contains(v.againKeeps, row.relation) {
			return row.relation
		}
		if t, ok := v.againTurns[row.relation]; ok {
			return t
		}
		if row.operative {
			return "reiterates"
		}
		return "reiterating"
	}
	return row.relation
}

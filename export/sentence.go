package export

import (
	"github.com/recital-un/recital/internal/textfit"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxContext bounds, in bytes, how much of a long sentence is quoted on
// each side of the citation.
const maxContext = 400

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"para": true, "paras": true, "No": true, "Nos": true, "no": true, "Add": true, "Corr": true, "Rev": true,
	"Vol": true, "vol": true, "art": true, "arts": true, "Art": true, "Mr": true, "Mrs": true, "Ms": true,
	"Dr": true, "St": true, "etc": true, "cf": true, "p": true, "pp": true, "Suppl": true, "chap": true,
	"sect": true, "e.g": true, "i.e": true, "g": true, "e": true, "Sess": true, "Res": true,
}

// sentenceAt returns the sentence of text that holds the citation at
// [start, end), with white space collapsed. A sentence never leaves its
// paragraph: the lines between blank lines or, with byLine (text derived
// from XML, one paragraph per line, and footnotes), the line. Inside a
// paragraph it runs from after the last ";" or full stop before the
// citation to the first one after it. Long sentences are cut to
// maxContext bytes on each side of the citation, marked with "…".
func sentenceAt(text string, start, end int, byLine bool) string {
	ps, pe := paragraphAt(text, start, end, byLine)
	from, to := ps, pe
	for i := start - 1; i >= ps; i-- {
		if endsSentence(text, i, ps) {
			from = i + 1
			break
		}
	}
	for i := end; i < pe; i++ {
		if endsSentence(text, i, ps) {
			to = i + 1
			break
		}
	}
	prefix, suffix := "", ""
	if start-from > maxContext {
		from, prefix = nextSpace(text, start-maxContext, start), "…"
	}
	if to-end > maxContext {
		to, suffix = prevSpace(text, end+maxContext, end), "…"
	}
	return prefix + textfit.OneLine(text[from:to]) + suffix
}

// paragraphAt returns the bounds of the paragraph holding [start, end).
func paragraphAt(text string, start, end int, byLine bool) (int, int) {
	ps := strings.LastIndexByte(text[:start], '\n') + 1
	pe := len(text)
	if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
		pe = end + i
	}
	if byLine {
		return ps, pe
	}
	for ps > 0 {
		prev := strings.LastIndexByte(text[:ps-1], '\n') + 1
		if strings.TrimSpace(text[prev:ps-1]) == "" || start-prev > 4*maxContext {
			break
		}
		ps = prev
	}
	for pe < len(text) {
		next := len(text)
		if i := strings.IndexByte(text[pe+1:], '\n'); i >= 0 {
			next = pe + 1 + i
		}
		if strings.TrimSpace(text[pe+1:next]) == "" || next-end > 4*maxContext {
			break
		}
		pe = next
	}
	return ps, pe
}

// endsSentence reports whether the byte at i ends a sentence: a ";", or
// a full stop, question or exclamation mark followed by white space and a
// capital letter or an opening quote, that does not close an
// abbreviation or an initial.
func endsSentence(text string, i, ps int) bool {
	switch text[i] {
	case ';':
		return true
	case '.', '?', '!':
	default:
		return false
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
		j++
	}
	if j == i+1 || j >= len(text) {
		return j >= len(text)
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsUpper(r) && !strings.ContainsRune("\"“‘'(", r) {
		return false
	}
	if text[i] != '.' {
		return true
	}
	k := i
	for k > ps && (isLetter(text[k-1]) || text[k-1] == '.') {
		k--
	}
	word := text[k:i]
	return !abbreviations[word] && !(len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z')
}

// nextSpace returns the first position after a space in text[i:limit],
// or i when there is none.
func nextSpace(text string, i, limit int) int {
	if j := strings.IndexByte(text[i:limit], ' '); j >= 0 {
		return i + j + 1
	}
	for i < limit && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// prevSpace returns the position of the last space in text[limit:i], or
// i when there is none.
func prevSpace(text string, i, limit int) int {
	if j := strings.LastIndexByte(text[limit:i], ' '); j >= 0 {
		return limit + j
	}
	for i > limit && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

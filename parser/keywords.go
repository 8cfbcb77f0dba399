package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Keywords ("resolution(s)", "décision(s)", "resoluciones" … in every
// vocabulary) introduce numbered lists. They are found through the stems
// every spelling shares, one pass over the text per stem, and each hit is
// checked against the spellings of the vocabulary table.

// keywordStems are the stems every keyword spelling contains, with how
// many bytes may stand before them in the word ("re", "ré", "dé").
var keywordStems = []string{"solu", "SOLU", "cisi", "CISI"} // four bytes each: indexStem compares four

// keywordStemRare is, for each of keywordStems, the offset of its byte
// that is rarest in UN texts ('u' of "solu", 'L' of "SOLU", 'c' of
// "cisi", 'I' of "CISI"): a stem is looked for where that byte is.
var keywordStemRare = []int{3, 2, 0, 1}

// indexStem returns the offset of the first occurrence of keywordStems[n]
// in s at or after i, or -1: what indexFrom(s, keywordStems[n], i)
// returns, found through the stem's rarest byte.
func indexStem(s string, n, i int) int {
	stem, r := keywordStems[n], keywordStemRare[n]
	c := stem[r]
	for p := i + r; p < len(s); p++ {
		k := strings.IndexByte(s[p:], c)
		if k < 0 {
			return -1
		}
		p += k
		// The stem's four bytes, compared one by one: a call of
		// strings.HasPrefix costs more than most of these tests.
		if at := p - r; at+4 <= len(s) && s[at] == stem[0] && s[at+1] == stem[1] && s[at+2] == stem[2] && s[at+3] == stem[3] {
			return at
		}
	}
	return -1
}

// keywordFinder finds the keywords in order, remembering where each stem
// occurs next so that the text is searched once per stem rather than once
// per call.
type keywordFinder struct {
	s  string
	at []int // next offset of each stem; -2 not searched yet, -1 none left
}

// newKeywordFinder prepares a finder over s.
func newKeywordFinder(s string) *keywordFinder {
	f := &keywordFinder{s: s, at: make([]int, len(keywordStems))}
	for i := range f.at {
		f.at[i] = -2
	}
	return f
}

// next returns the offset of the first keyword at or after i, or -1.
func (f *keywordFinder) next(i int) int {
	for {
		// A stem stands at least two bytes into its word, so a word at or
		// after i has its stem at or after i+2.
		k := -1
		for n := range keywordStems {
			if f.at[n] != -1 && f.at[n] < i+2 {
				f.at[n] = indexStem(f.s, n, i+2)
			}
			if c := f.at[n]; c >= 0 && (k < 0 || c < k) {
				k = c
			}
		}
		if k < 0 {
			return -1
		}
		for _, back := range []int{2, 3} {
			if w := k - back; w >= i && w >= 0 {
				if _, _, ok := keywordFormAt(f.s, w); ok {
					return w
				}
			}
		}
		i = k - 1
	}
}

// keywordFormAt reports whether a keyword begins at s[w], as a whole word,
// and returns its kind and the offset after it.
func keywordFormAt(s string, w int) (Kind, int, bool) {
	if w > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:w]); unicode.IsLetter(r) {
			return "", 0, false
		}
	}
	for _, f := range keywordForms {
		if !strings.HasPrefix(s[w:], f.word) {
			continue
		}
		e := w + len(f.word)
		if e < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[e:]); unicode.IsLetter(r) {
				continue
			}
		}
		return f.kind, e, true
	}
	return "", 0, false
}

// hasWordAt reports whether the word or phrase w stands at s[i], not
// followed by a letter. A phrase ending in punctuation ("in particular,")
// needs no boundary.
func hasWordAt(s string, i int, w string) bool {
	if w != "" && i < len(s) && s[i] != w[0] { // most tests end at the first byte, without a call
		return false
	}
	if !strings.HasPrefix(s[i:], w) {
		return false
	}
	e := i + len(w)
	if last, _ := utf8.DecodeLastRuneInString(w); e >= len(s) || !unicode.IsLetter(last) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[e:])
	return !unicode.IsLetter(r)
}

// isWordByte reports a byte that may be part of a word: an ASCII letter
// or part of a multi-byte rune.
func isWordByte(c byte) bool { return isLetter(c) || c >= 0x80 }

// readLetters reads a run of letters of any script at s[i:], returning it
// and the offset after it.
func readLetters(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

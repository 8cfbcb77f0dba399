package parser

import (
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Keywords ("resolution(s)", "décision(s)", "resoluciones" … in every
// vocabulary) introduce numbered lists. They are found through the stems
// every spelling shares, looked for once over the whole text of a
// document, and each stem is checked against the spellings of the
// vocabulary table where a segment's scan comes to it.

// keywordStems are the stems every keyword spelling contains, with how
// many bytes may stand before them in the word ("re", "ré", "dé").
var keywordStems = []string{"solu", "SOLU", "cisi", "CISI"} // four bytes each; stemAt spells them out

// keywordStemsIn appends to out the offsets of the keyword stems in s, in
// order. It looks eight bytes at a time for the pairs "lu" and "ci" in
// either case, which few words hold (a tenth of the hits of the stems'
// rarest single bytes, 'u' and 'c'), and compares the four bytes of a
// stem only where a pair stands. Stems cannot overlap, so the offsets
// come out in order.
func keywordStemsIn(s string, out []int) []int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
		fold = 0x20 * ones // ASCII capitals to small letters (and other bytes to what no pair holds)
	)
	p := 0
	for ; p+9 <= len(s); p += 8 {
		b := s[p : p+9]
		w0 := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		w1 := (w0>>8 | uint64(b[8])<<56) | fold // the bytes one further on
		w0 |= fold
		lu := (w0 ^ 'l'*ones) | (w1 ^ 'u'*ones) // a zero byte where "lu" stands
		ci := (w0 ^ 'c'*ones) | (w1 ^ 'i'*ones)
		// A zero byte of lu or ci sets the high bit of its byte here; a
		// borrow may set those of bytes after it, which stemAt refuses.
		for m := ((lu-ones)&^lu | (ci-ones)&^ci) & high; m != 0; m &= m - 1 {
			if k, ok := stemAt(s, p+bits.TrailingZeros64(m)/8); ok {
				out = append(out, k)
			}
		}
	}
	for ; p+1 < len(s); p++ {
		if c, d := s[p]|0x20, s[p+1]|0x20; c == 'l' && d == 'u' || c == 'c' && d == 'i' {
			if k, ok := stemAt(s, p); ok {
				out = append(out, k)
			}
		}
	}
	return out
}

// stemAt reports the keyword stem to which a pair "lu" or "ci" (any case)
// at s[q:] may belong, and its offset: "solu" ends in the one, "cisi"
// begins with the other.
func stemAt(s string, q int) (int, bool) {
	k := q
	if s[q]|0x20 == 'l' {
		k = q - 2
	}
	if k < 0 || k+4 > len(s) {
		return 0, false
	}
	switch s[k : k+4] {
	case "solu", "SOLU", "cisi", "CISI": // keywordStems, as constants the compiler compares at once
		return k, true
	}
	return 0, false
}

// keywordFinder finds the keywords of a text in order, from the offsets
// of the stems of the whole document's text (keywordStemsIn), so that no
// segment searches its bytes again.
type keywordFinder struct {
	s     string // the text searched, cut where the search ends
	from  int    // where the search begins: a keyword there needs no word boundary before it
	stems []int  // the stems of the document's text, which s is, masks aside
	n     int    // the first of stems not passed yet
}

// newKeywordFinder prepares a finder over s[from:], given the stems of
// the document's text. s may be a masked copy of that text (markers or
// notes blanked with spaces) or a prefix of it: blanking removes stems
// and adds none, and a stem blanked out fails the spelling check.
func newKeywordFinder(s string, from int, stems []int) keywordFinder {
	return keywordFinder{s: s, from: from, stems: stems, n: sort.SearchInts(stems, from+2)}
}

// next returns the offset of the first keyword at or after i, or -1. i
// may not go back between calls.
func (f *keywordFinder) next(i int) int {
	// A stem stands two or three bytes into its word, so a word at or
	// after i has its stem at or after i+2.
	for f.n < len(f.stems) && f.stems[f.n] < i+2 {
		f.n++
	}
	for _, k := range f.stems[f.n:] {
		if k+4 > len(f.s) {
			return -1
		}
		for _, back := range [2]int{2, 3} {
			if w := k - back; w >= i && w >= f.from {
				if _, _, ok := keywordFormAt(f.s[f.from:], w-f.from); ok {
					return w
				}
			}
		}
	}
	return -1
}

// keywordFormAt reports whether a keyword begins at s[w], as a whole word,
// and returns its kind and the offset after it.
func keywordFormAt(s string, w int) (Kind, int, bool) {
	if w >= len(s) {
		return "", 0, false
	}
	for _, f := range keywordForms {
		if s[w] != f.word[0] || !strings.HasPrefix(s[w:], f.word) { // most end at the first byte, without a call
			continue
		}
		e := w + len(f.word)
		if e < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[e:]); unicode.IsLetter(r) {
				continue
			}
		}
		// The word must begin at w, whatever its spelling: tested once a
		// spelling stands there, as few do.
		if w > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:w]); unicode.IsLetter(r) {
				return "", 0, false
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

package parser

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language detection: every input is given the ISO 639-1 code of its
// language. Arabic, Chinese and Russian are told by their scripts; English,
// French and Spanish by counting the stopwords of each vocabulary over the
// first few kilobytes. Akoma Ntoso files state their language
// (FRBRlanguage), and that statement wins.

// detectWindow is how much of a text language detection reads.
const detectWindow = 8 << 10

// Languages whose texts are read for document symbols only.
var symbolOnlyLanguages = map[string]string{"ar": "Arabic", "zh": "Chinese", "ru": "Russian"}

// stopwordLang maps every stopword to the vocabularies that list it, as
// indexes into vocabularies.
var stopwordLang = func() map[string][]int {
	m := map[string][]int{}
	for i, v := range vocabularies {
		for _, w := range v.stopwords {
			m[w] = append(m[w], i)
		}
	}
	return m
}()

// stopwordMaxLen is the length in bytes of the longest stopword: a longer
// word is none.
var stopwordMaxLen = func() int {
	n := 0
	for w := range stopwordLang {
		n = max(n, len(w))
	}
	if n > 8 {
		panic("parser: a stopword is longer than the 8 bytes packWord holds")
	}
	return n
}()

// packWord packs the bytes of a word of at most 8 bytes into an integer,
// its first byte lowest. Words are letters, never a zero byte, so no two
// words pack alike.
func packWord(w string) uint64 {
	var k uint64
	for i := range len(w) {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

// stopwordTable is stopwordLang looked up by packed word: an open-addressed
// table of packed stopwords and, for each, the bit set of the vocabularies
// (indexes into vocabularies) that list it. An empty slot holds key 0.
var stopwordTable = func() (t struct {
	keys  [256]uint64
	langs [256]uint8
}) {
	if len(vocabularies) > 8 || len(stopwordLang) > len(t.keys)/2 {
		panic("parser: the stopword table is too small")
	}
	for w, vs := range stopwordLang {
		k := packWord(w)
		i := stopwordSlot(k)
		for t.keys[i] != 0 {
			i = (i + 1) % len(t.keys)
		}
		t.keys[i] = k
		for _, v := range vs {
			t.langs[i] |= 1 << v
		}
	}
	return t
}()

// stopwordSlot is where the search for packed word k in stopwordTable
// begins.
func stopwordSlot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> 56) }

// stopwordLangs returns the bit set of the vocabularies that list the
// word packed in k (by packWord) as a stopword; 0 when none does.
func stopwordLangs(k uint64) uint8 {
	t := &stopwordTable
	for i := stopwordSlot(k); ; i = (i + 1) % len(t.keys) {
		switch t.keys[i] {
		case k:
			return t.langs[i]
		case 0:
			return 0
		}
	}
}

// countStopword counts, in counts, the vocabularies that list the word
// packed in k as a stopword.
func countStopword(counts *[8]int, k uint64) {
	for langs, v := stopwordLangs(k), 0; langs != 0; langs, v = langs>>1, v+1 {
		if langs&1 != 0 {
			counts[v]++
		}
	}
}

// detectLanguage returns the language of text: "en", "fr", "es", "ar",
// "zh", "ru", or "" when it cannot tell (no letters, or none of them in a
// known script or vocabulary).
func detectLanguage(text string) string {
	if len(text) > detectWindow {
		text = text[:detectWindow]
		for len(text) > 0 && !utf8.ValidString(text) { // cut inside a rune
			text = text[:len(text)-1]
		}
	}
	// One pass counts the letters of each script and, among the words
	// (runs of letters, lower-cased), the stopwords of each vocabulary;
	// the stopwords count only when the text is in Latin script. Each word
	// is lower-cased into an integer (as packWord packs it) rather than
	// the text copied; n counts its bytes.
	var latin, arabic, han, cyrillic int
	var counts [8]int // by index into vocabularies; stopwordTable holds at most 8
	var key uint64
	n := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if lc := c | 0x20; lc >= 'a' && lc <= 'z' { // an ASCII letter, lower-cased
				latin++
				if n < 8 {
					key |= uint64(lc) << (8 * n)
				}
				n++
				continue
			}
			if n > 0 {
				if n <= stopwordMaxLen {
					countStopword(&counts, key)
				}
				key, n = 0, 0
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Han, r):
			han += 2 // a Han character is a word's worth of letters
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
		if lr := unicode.ToLower(r); unicode.IsLetter(lr) {
			var buf [utf8.UTFMax]byte
			for _, c := range buf[:utf8.EncodeRune(buf[:], lr)] {
				if n < 8 {
					key |= uint64(c) << (8 * n)
				}
				n++
			}
		} else if n > 0 {
			if n <= stopwordMaxLen {
				countStopword(&counts, key)
			}
			key, n = 0, 0
		}
	}
	if n > 0 && n <= stopwordMaxLen {
		countStopword(&counts, key)
	}
	best, n := "", latin
	for _, c := range []struct {
		code  string
		count int
	}{{"ar", arabic}, {"zh", han}, {"ru", cyrillic}} {
		if c.count > n {
			best, n = c.code, c.count
		}
	}
	if best != "" {
		return best
	}
	if latin == 0 {
		return ""
	}
	best, n = "", 0
	for i, v := range vocabularies { // table order breaks ties: English first
		if counts[i] > n {
			best, n = v.code, counts[i]
		}
	}
	return best
}

// aknLanguages maps the ISO 639-2 codes of FRBRlanguage to ISO 639-1.
var aknLanguages = map[string]string{
	"eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "ara": "ar", "zho": "zh", "chi": "zh", "rus": "ru",
	"en": "en", "fr": "fr", "es": "es", "ar": "ar", "zh": "zh", "ru": "ru",
}

// aknLanguage reads the language an Akoma Ntoso file states in its first
// FRBRlanguage element, "" when there is none or it is not known.
func aknLanguage(data []byte) string {
	k := bytes.Index(data, []byte("<FRBRlanguage"))
	if k < 0 {
		return ""
	}
	rest := data[k:min(len(data), k+200)]
	a := bytes.Index(rest, []byte(`language="`))
	if a < 0 {
		return ""
	}
	rest = rest[a+len(`language="`):]
	e := bytes.IndexByte(rest, '"')
	if e < 0 {
		return ""
	}
	return aknLanguages[strings.ToLower(string(rest[:e]))]
}

// languageDiagnostic says what is not read in a text of a language whose
// resolution numbers and relations the vocabulary does not cover, so that
// such a text never gives a silent 0.
func languageDiagnostic(code string) (Diagnostic, bool) {
	name, ok := symbolOnlyLanguages[code]
	if !ok {
		if code == "" {
			return Diagnostic{Severity: SevWarning, Code: "language-unknown",
				Message: "the language of the text is not recognised; it was read with the English, French and Spanish vocabularies"}, true
		}
		return Diagnostic{}, false
	}
	return Diagnostic{Severity: SevWarning, Code: "language-symbols-only",
		Message: "the text is in " + name + ": only document symbols (A/60/202, S/2024/767) are read; its resolution numbers and relations are not"}, true
}

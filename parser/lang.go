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

// stopwordLang maps every stopword to the vocabularies that list it.
var stopwordLang = func() map[string][]string {
	m := map[string][]string{}
	for _, v := range vocabularies {
		for _, w := range v.stopwords {
			m[w] = append(m[w], v.code)
		}
	}
	return m
}()

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
	var latin, arabic, han, cyrillic int
	for _, r := range text {
		switch {
		case r < 0x80:
			if unicode.IsLetter(r) {
				latin++
			}
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Han, r):
			han += 2 // a Han character is a word's worth of letters
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
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
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, code := range stopwordLang[w] {
			counts[code]++
		}
	}
	best, n = "", 0
	for _, v := range vocabularies { // table order breaks ties: English first
		if counts[v.code] > n {
			best, n = v.code, counts[v.code]
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

package parser

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lastOrganByIndex is lastOrgan as strings.LastIndex of every name finds
// it: the name whose last occurrence is latest, the first of organNames
// on a tie.
func lastOrganByIndex(s string, skip func(Body) bool) (organName, int) {
	best, at := organName{}, -1
	for _, o := range organNames {
		if skip != nil && skip(o.body) {
			continue
		}
		if i := strings.LastIndex(s, o.name); i > at {
			best, at = o, i
		}
	}
	return best, at
}

// TestLastOrgan checks the backward pass of lastOrgan against a search of
// every name, on texts made of names, their pieces and filler.
func TestLastOrgan(t *testing.T) {
	pieces := []string{" ", ", ", "the ", "in its ", "adopted ", "Council", "Conseil ", "General", "Assembly", "de ", "Human Rights ", "\u00a0", "é"}
	for _, o := range organNames {
		pieces = append(pieces, o.name, o.name[:len(o.name)/2], o.name[len(o.name)/2:])
	}
	r := rand.New(rand.NewSource(1))
	for n := range 20000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		for _, skip := range []func(Body) bool{nil, notCouncil} {
			wo, wi := lastOrganByIndex(s, skip)
			o, i := lastOrgan(s, skip)
			if o != wo || i != wi {
				t.Fatalf("%d: lastOrgan(%q) = %q at %d, want %q at %d", n, s, o.name, i, wo.name, wi)
			}
		}
	}
}

// detectLanguageByMap is detectLanguage as it was, each word lower-cased
// into a slice and looked up in stopwordLang: the reference for the
// packed words.
func detectLanguageByMap(text string) string {
	if len(text) > detectWindow {
		text = text[:detectWindow]
		for len(text) > 0 && !utf8.ValidString(text) { // cut inside a rune
			text = text[:len(text)-1]
		}
	}
	// One pass counts the letters of each script and, among the words
	// (runs of letters, lower-cased), the stopwords of each vocabulary;
	// the stopwords count only when the text is in Latin script. Each word
	// is lower-cased into word rather than the text copied.
	var latin, arabic, han, cyrillic int
	counts := make([]int, len(vocabularies))
	var buf [64]byte
	word := buf[:0]
	count := func() {
		if len(word) > 0 && len(word) <= stopwordMaxLen {
			for _, v := range stopwordLang[string(word)] {
				counts[v]++
			}
		}
		word = word[:0]
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if isLetter(c) {
				latin++
				if isUpper(c) {
					c += 'a' - 'A'
				}
				word = append(word, c)
			} else {
				count()
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
			word = utf8.AppendRune(word, lr)
		} else {
			count()
		}
	}
	count()
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

// TestStopwordLangs checks the packed lookup of every stopword, and of
// words that are none, against stopwordLang.
func TestStopwordLangs(t *testing.T) {
	words := []string{"a", "th", "thee", "those", "les", "lesx", "y", "yy", "é", "él", "dé", "entre", "entrer", "ent"}
	for w := range stopwordLang {
		words = append(words, w, w[:len(w)-1], w+"s", "x"+w)
	}
	for _, w := range words {
		if len(w) > 8 {
			continue
		}
		var want uint8
		for _, v := range stopwordLang[w] {
			want |= 1 << v
		}
		if got := stopwordLangs(packWord(w)); got != want {
			t.Errorf("stopwordLangs(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestDetectLanguagePacked checks detectLanguage against the reference on
// texts of stopwords, other words, capitals and runes that lower-case to
// ASCII ("İ", the Kelvin sign).
func TestDetectLanguagePacked(t *testing.T) {
	var pieces []string
	for w := range stopwordLang {
		pieces = append(pieces, w, strings.ToUpper(w))
	}
	pieces = append(pieces, " ", " ", ", ", ".\n", "İn", "İ", "K", "résolution", "Conseil", "the", "1325", "é", "ñ", "дом", "中文", "مجلس", "\xff", "entrer")
	r := rand.New(rand.NewSource(2))
	for n := range 5000 {
		var b strings.Builder
		for range r.Intn(60) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := detectLanguage(s), detectLanguageByMap(s); got != want {
			t.Fatalf("%d: detectLanguage(%q) = %q, want %q", n, s, got, want)
		}
	}
	for _, name := range []string{"A_RES_70_1.txt", "A_HRC_RES_54_24.txt"} {
		data, err := os.ReadFile(filepath.Join(shared, "corpus", "dev", name))
		if err != nil {
			continue
		}
		if got, want := detectLanguage(string(data)), detectLanguageByMap(string(data)); got != want {
			t.Errorf("%s: detectLanguage = %q, want %q", name, got, want)
		}
	}
}

// TestLocalVerbFold checks that the shape filter lets every local verb
// through, whatever its case, and refuses what the set does not hold.
func TestLocalVerbFold(t *testing.T) {
	for w := range localVerbs {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !localVerbFold(v) {
				t.Errorf("localVerbFold(%q) = false", v)
			}
		}
		for _, v := range []string{w + "s", w[1:], w[:len(w)-1], "x" + w, w + "-", "1" + w} {
			if got := localVerbFold(v); got != localVerbs[strings.ToLower(v)] {
				t.Errorf("localVerbFold(%q) = %v", v, got)
			}
		}
	}
	for _, v := range []string{"", "the", "of", "resolution", "Recalling", "NOTING", "notes", "notés", "émphasizing", strings.Repeat("recalling", 5)} {
		if got, want := localVerbFold(v), localVerbs[strings.ToLower(v)]; got != want {
			t.Errorf("localVerbFold(%q) = %v, want %v", v, got, want)
		}
	}
}

// specialSlow is (*layout).special without its fast path: the whole line
// lower-cased.
func specialSlow(l *layout, t string) string {
	if len(t) >= 160 {
		return ""
	}
	low := strings.ToLower(stripEmphasis(t))
	switch {
	case isMeetingLine(low):
		return "end"
	case strings.HasPrefix(low, "adopted ") && len(low) < 120 && isAdoptedLine(low):
		return "end"
	case l.vocab != english && vocabClosingLine(l.vocab, low):
		return "end"
	case len(low) < 160 && !strings.HasPrefix(low, "annexes to"):
		if w, _, _ := strings.Cut(low, " "); annexWords[w] {
			return "annex"
		}
	}
	return ""
}

// TestSpecialFastPath checks the lines special reads through its fast
// path against the whole line lower-cased, in every vocabulary.
func TestSpecialFastPath(t *testing.T) {
	pieces := []string{"Annex", "ANNEX", "annexes", "Annexes", "to", "To", "today", "Appendix", "adopted", "Adopted", "at", "the",
		"3rd", "meeting", "plenary", "1234th", "*", "__", "Ⱥ", "K", "İ", "é", "resolution", "Council", ".", ",", "1"}
	r := rand.New(rand.NewSource(4))
	for _, lang := range []string{"en", "fr", "es"} {
		l := buildLayoutWith("", nil, lang)
		for range 20000 {
			var b strings.Builder
			for b.Len() < 60+r.Intn(110) {
				if b.Len() > 0 {
					b.WriteString(" ")
				}
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
			s := b.String()
			if r.Intn(3) == 0 {
				s = strings.Repeat("x", r.Intn(2)) + s
			}
			if got, want := l.special(s), specialSlow(l, s); got != want {
				t.Fatalf("%s: special(%q) = %q, want %q", lang, s, got, want)
			}
		}
	}
}

// TestSkipNonMarker checks skipNonMarker against a byte at a time, on
// texts of every byte value, from every offset.
func TestSkipNonMarker(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	naive := func(s string, i int) int {
		for i < len(s) && !markerStartByte[s[i]] {
			i++
		}
		return i
	}
	for n := range 20000 {
		b := make([]byte, r.Intn(40))
		for k := range b {
			switch r.Intn(4) {
			case 0:
				b[k] = byte(r.Intn(256))
			default:
				b[k] = byte('a' + r.Intn(26))
			}
		}
		if n%2 == 0 && len(b) > 0 {
			const odd = "[$09/:Z@\x7f\x80\xff"
			b[r.Intn(len(b))] = odd[r.Intn(len(odd))]
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			if got, want := skipNonMarker(s, i), naive(s, i); got != want {
				t.Fatalf("skipNonMarker(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
	for c := range 256 {
		s := "abcdefghijklmnop" + string(rune(0)) + "qrstuvw"
		s = s[:5] + string([]byte{byte(c)}) + s[6:]
		if got, want := skipNonMarker(s, 0), naive(s, 0); got != want {
			t.Fatalf("byte %#x: skipNonMarker = %d, want %d", c, got, want)
		}
	}
}

// TestLowerWord checks lowerWord against strings.ToLower.
func TestLowerWord(t *testing.T) {
	words := []string{"", "Recalling", "RECALLING", "recalling", "Decides", "General", "Assembly", "İn", "Émphasizing", "Taking", "Note", "A", "Z", "x"}
	for w := range openingWords {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w), w+"x", "X"+w)
	}
	for _, w := range words {
		if got, want := lowerWord(w), strings.ToLower(w); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestStripEmphasis checks stripEmphasis against the replacer it stands
// for.
func TestStripEmphasis(t *testing.T) {
	want := strings.NewReplacer("*", "", "__", "")
	pieces := []string{"*", "_", "__", "a", " ", "é", "**", "x_y"}
	r := rand.New(rand.NewSource(6))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(10) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got := stripEmphasis(s); got != want.Replace(s) {
			t.Fatalf("stripEmphasis(%q) = %q, want %q", s, got, want.Replace(s))
		}
	}
}

// TestIsPartsSuffix checks the length test of isPartsSuffix against the
// test without it.
func TestIsPartsSuffix(t *testing.T) {
	slow := func(s string) bool {
		s = strings.ReplaceAll(s, "–", "-")
		a, b, ok := strings.Cut(s, "-")
		return ok && len(a) == 1 && len(b) == 1 && isUpper(a[0]) && isUpper(b[0])
	}
	pieces := []string{"A", "B", "-", "–", "a", " ", "(", "2000", ")"}
	r := rand.New(rand.NewSource(7))
	for range 50000 {
		var b strings.Builder
		for range r.Intn(6) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		if s := b.String(); isPartsSuffix(s) != slow(s) {
			t.Fatalf("isPartsSuffix(%q) = %v", s, isPartsSuffix(s))
		}
	}
}

// TestListIntroducersByFirst checks that the introducers indexed by their
// first byte match, in order, where the whole list matches.
func TestListIntroducersByFirst(t *testing.T) {
	texts := []string{"", " ", "x"}
	for _, w := range listIntroducers {
		texts = append(texts, w, w+" 12/3", strings.ToUpper(w), "a"+w)
	}
	for _, s := range texts {
		for k := range len(s) {
			var want, got []string
			for _, w := range listIntroducers {
				if strings.HasPrefix(s[k:], w) {
					want = append(want, w)
				}
			}
			for _, w := range listIntroducersByFirst[s[k]] {
				if strings.HasPrefix(s[k:], w) {
					got = append(got, w)
				}
			}
			if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
				t.Fatalf("at %d of %q: %q, want %q", k, s, got, want)
			}
		}
	}
}

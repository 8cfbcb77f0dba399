package parser

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestKeywordStemsIn checks keywordStemsIn against strings.Index on texts
// made of the stems, their pieces and filler, long enough to cross the
// eight-byte blocks, and cut at every length.
func TestKeywordStemsIn(t *testing.T) {
	pieces := []string{" ", "re", "ré", "de", "dé", "s", "so", "sol", "olu", "lu", "LU", "Lu", "u", "ci", "CI", "cI", "cis", "isi", "i", "SO", "SI", "L", "I", "c", "\n", "é"}
	pieces = append(pieces, keywordStems...)
	r := rand.New(rand.NewSource(3))
	for range 3000 {
		var b strings.Builder
		for range r.Intn(30) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
		for n := 0; n <= len(text); n++ {
			s := text[:n]
			var want []int
			for i := 0; i < len(s); i++ {
				for _, stem := range keywordStems {
					if strings.HasPrefix(s[i:], stem) {
						want = append(want, i)
					}
				}
			}
			if got := keywordStemsIn(s, nil); !slices.Equal(got, want) {
				t.Fatalf("keywordStemsIn(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestKeywordFinder checks the keywords found from a text's stems: whole
// words of every vocabulary and case, the start of the search needing no
// boundary, a text cut short, and a masked copy of the text searched with
// the stems of the text itself.
func TestKeywordFinder(t *testing.T) {
	for _, c := range []struct {
		text   string // the document's text, whose stems are found
		search string // the text searched: text, a masked copy or a prefix of it ("" for text)
		from   int
		want   []int
	}{
		{text: "Recalling its resolution 60/1 of 24 October 2005 and decisions 61/552 and 62/557,", want: []int{14, 53}},
		{text: "les résolutions 45/3 et 48/15 du Conseil, la Décision 18/120 et la RÉSOLUTION 1325 (2000)", want: []int{4, 46, 69}},
		{text: "la resolución 2019/29 y las resoluciones 24/14 y 28/6, decisiones 3/104", want: []int{3, 29, 56}},
		{text: "DECISIONS ADOPTED; RESOLUTIONS", want: []int{0, 19}},
		{text: "the irresolution and indecision of resolutionary states; precision", want: nil},
		{text: "xresolution 5 and resolution 6", from: 1, want: []int{1, 18}},
		{text: "xresolution 5 and resolution 6", from: 0, want: []int{18}},
		{text: "resolutions 5", search: "resolu", want: nil},
		{text: "resolutions 5", search: "resolution", want: []int{0}},
		{text: "resolutionary 5", search: "resolution", want: []int{0}},
		{text: "see resolution 5 (note) and decision 6", search: "see              (note) and decision 6", want: []int{28}},
	} {
		s := c.search
		if s == "" {
			s = c.text
		}
		f := newKeywordFinder(s, c.from, keywordStemsIn(c.text, nil))
		var got []int
		for i := c.from; ; {
			k := f.next(i)
			if k < 0 {
				break
			}
			got = append(got, k)
			i = k + 1
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("keywords of %q from %d = %v, want %v", s, c.from, got, c.want)
		}
	}
}

package parser

import (
	"strings"
	"testing"
)

// TestContinuedVerb checks the French and Spanish paragraphs that continue
// a verb, whose start alone is lower-cased to find the prefix.
func TestContinuedVerb(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Continue de prendre note de la résolution", "prend note de la résolution", true},
		{"  Continue d’encourager les États", "encourage les États", true},
		{"CONTINUE À souligner", "souligne ", true},
		{"Continue de se féliciter", "se félicite ", true},
		{"Continue de s’employer à", "se employe à", true},
		{"Continue de réagir", "réagit ", true},
		{"Sigue apoyando la labor", "apoya la labor", true},
		{"Continúa reconociendo la", "reconoce la", true},
		{"Continua alentando", "alenta ", true},
		{"Considérant que", "", false},
		{"Soulignant", "", false},
		{"Éxhorte", "", false},
		{"Continue", "", false},
		{"", "", false},
	} {
		got, ok := continuedVerb(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("continuedVerb(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestPhraseBegins checks that the phrases of the verb tables are matched
// word by word, and that every phrase is words joined by single spaces,
// as phraseBegins reads them.
func TestPhraseBegins(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		words  []string
		want   bool
	}{
		{"prend note", []string{"prend", "note", "de"}, true},
		{"prend note", []string{"prend", "notes"}, false},
		{"prend note", []string{"prend"}, false},
		{"rappelant", []string{"rappelant", "sa"}, true},
		{"toma nota", []string{"toma", "nota"}, true},
		{"toma nota", nil, false},
	} {
		if got := phraseBegins(tc.phrase, tc.words); got != tc.want {
			t.Errorf("phraseBegins(%q, %q) = %v, want %v", tc.phrase, tc.words, got, tc.want)
		}
	}
	for _, v := range vocabularies {
		for _, r := range v.verbs {
			if r.phrase == "" || strings.Join(strings.Fields(r.phrase), " ") != r.phrase {
				t.Errorf("%s verb phrase %q is not words joined by single spaces", v.code, r.phrase)
			}
		}
	}
}

// TestPhraseWords checks the words read at the start of a French or
// Spanish paragraph: lower-cased rune by rune, apostrophes made plain
// inside a word, stopped by a clause break, a digit or the count.
func TestPhraseWords(t *testing.T) {
	for _, tc := range []struct {
		s     string
		max   int
		words []string
	}{
		{"Rappelant également sa résolution 70/1", 10, []string{"rappelant", "également", "sa", "résolution"}},
		{"S’inquiète vivement de", 10, []string{"s'inquiète", "vivement", "de"}},
		{"Prend note avec satisfaction, en particulier", 10, []string{"prend", "note", "avec", "satisfaction"}},
		{"EXHORTE les États Membres", 2, []string{"exhorte", "les"}},
		{"Toma nota del informe", 1, []string{"toma"}},
		{"Reconociendo la labor del Comité Especial.", 10, []string{"reconociendo", "la", "labor", "del", "comité", "especial"}},
		{"’Décide", 10, []string{"décide"}},
		{"Ñandutí – avance", 10, []string{"ñandutí", "avance"}},
		{"auto-détermination", 10, []string{"auto-détermination"}},
		{"2. Décide", 10, nil},
		{"", 10, nil},
	} {
		got := phraseWords(tc.s, tc.max)
		if strings.Join(got, "|") != strings.Join(tc.words, "|") || len(got) != len(tc.words) {
			t.Errorf("phraseWords(%q, %d) = %q, want %q", tc.s, tc.max, got, tc.words)
		}
	}
	for _, w := range []string{"Rappelant", "ÉTATS", "Considérant", "İ", "résolution", "MIXed-Case"} {
		if got := string(appendLower(nil, w)); got != strings.ToLower(w) {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, strings.ToLower(w))
		}
	}
}

// TestVerbWordShapes checks the filter vocabVerbBefore puts before its
// look-ups: every first word of a verb phrase passes, and the commonest
// words of French and Spanish text do not.
func TestVerbWordShapes(t *testing.T) {
	for w := range verbIndexes[""] {
		if !verbWordShapes.may([]byte(w)) {
			t.Errorf("verbWordShapes refuses %q, a verb of the tables", w)
		}
	}
	for _, w := range []string{"de", "la", "et", "des", "le", "dans", "", "résolutions-et-décisions-de-l'assemblée"} {
		if verbWordShapes.may([]byte(w)) {
			t.Errorf("verbWordShapes lets %q through", w)
		}
	}
}

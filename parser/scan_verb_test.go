package parser

import "testing"

// TestLocalVerbIn checks the verb found before a citation in an English
// paragraph and in a French one, and none where the words before hold no
// verb of the tables.
func TestLocalVerbIn(t *testing.T) {
	fr := vocabularyOf("fr")
	for _, c := range []struct {
		s    string
		v    *vocabulary
		lang string
		ok   bool
	}{
		{"1. Reaffirms its ", english, "en", true},
		{"Recalling also ", english, "en", true},
		{"in the annex to ", english, "en", false},
		{"Notant la situation, et prenant note de la ", fr, "fr", true},
		{"dans l'annexe de la ", fr, "fr", false},
	} {
		got, ok := localVerbIn(c.s, c.v, c.lang)
		if ok != c.ok || ok != (got != "") {
			t.Errorf("localVerbIn(%q, %s) = %q, %v, want a verb: %v", c.s, c.lang, got, ok, c.ok)
		}
	}
}

package parser

import "testing"

// TestOpeningRelationWords checks openingRelation where it reads the words
// after the verb only on demand: fixed phrases with modifiers inside them,
// a phrase cut by a clause break, the eight-word limit, "Continues to",
// "Having" and "In view of".
func TestOpeningRelationWords(t *testing.T) {
	for _, tc := range []struct {
		in        string
		rel       string
		operative bool
		ok        bool
	}{
		{"Recalling its resolution 70/1 of 25 September 2015, entitled", "recalling", false, true},
		{"Taking also note of resolution 70/1", "taking note", false, true},
		{"Taking fully into account the report", "taking into account", false, true},
		{"Taking notes of the report", "taking", false, true},
		{"Taking, note of", "taking", false, true},
		{"Taking note, with appreciation, of", "taking note", false, true},
		{"Takes note with appreciation of the report", "takes note", true, true},
		{"Calls once again upon all States", "calls upon", true, true},
		{"Also calls on Member States", "calls upon", true, true},
		{"Continues to call upon the parties", "calls upon", true, true},
		{"Continues to be deeply concerned", "concerned", true, true},
		{"Having also considered the report", "having considered", false, true},
		{"Having in mind the Charter", "having in mind", false, true},
		{"In view of the situation", "in view of", false, true},
		{"In View Of the situation", "in view of", false, true},
		{"Having, in particular", "having", false, true},
		{"Having also also", "having also", false, true},
		{"In the view of", "", false, false},
		{"Underscoring the importance of", "underscoring", false, true},
		{"Decides, in accordance with rule 1", "decides", true, true},
		{"DECIDES to remain seized", "decides", true, true},
		{"Also further again once deeply gravely strongly recalls", "recalls", true, true},
		{"Also further again once deeply gravely strongly firmly recalls", "", false, false},
		{"The General Assembly,", "", false, false},
		{"Also,", "", false, false},
		{"", "", false, false},
	} {
		rel, operative, ok := openingRelation(tc.in)
		if rel != tc.rel || operative != tc.operative || ok != tc.ok {
			t.Errorf("openingRelation(%q) = %q, %v, %v; want %q, %v, %v", tc.in, rel, operative, ok, tc.rel, tc.operative, tc.ok)
		}
	}
}

// TestVerbBefore checks verbBefore on the text before citations: the last
// verb of the vocabulary that opens a relation governs, in any case.
func TestVerbBefore(t *testing.T) {
	for in, want := range map[string]string{
		"Recalling its resolution ":                                      "recalling",
		"Welcomes the report of the Secretary-General, and recalling ":   "recalling",
		"Decides, TAKING INTO ACCOUNT ":                                  "taking into account",
		"Takes note with appreciation of the report, and in particular ": "takes note",
		"the Council, in its ":                                           "",
		"the notes' ":                                                    "",
		"":                                                               "",
	} {
		if got := verbBefore(in); got != want {
			t.Errorf("verbBefore(%q) = %q, want %q", in, got, want)
		}
	}
}

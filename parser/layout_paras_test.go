package parser

import "testing"

// TestStrongOpener checks that the shape filter in front of strongOpeners
// refuses no word of it, whatever follows the word, and lets no other
// first word through.
func TestStrongOpener(t *testing.T) {
	for w := range strongOpeners {
		if !strongOpener(w) || !strongOpener(w+" the report of the Secretary-General") {
			t.Errorf("strongOpener refuses %q", w)
		}
	}
	for _, line := range []string{
		"",
		"Recalling,", // the word is cut at a space only
		"recalling its resolution 70/1",
		"RECALLING its resolution 70/1",
		"Recalled in resolution 70/1",
		"The General Assembly,",
		"Decide to convene",
		"(a) Welcomes the report",
		"1. Decides to remain seized of the matter",
		"Décide de rester saisi de la question",
	} {
		if strongOpener(line) {
			t.Errorf("strongOpener(%q) = true", line)
		}
	}
}

// TestChunkLabels checks the label tests chunks makes of a line from one
// reading of its number: a line that holds only its number, one whose
// number opens its text, and subparagraph labels.
func TestChunkLabels(t *testing.T) {
	for _, c := range []struct {
		line              string
		numLabel, onlyNum bool
		continues         bool
	}{
		{"12.", true, true, false},
		{"12. **", true, true, false},
		{"**12.**", true, true, false},
		{"3. Decides to remain seized of the matter.", true, false, false},
		{"1, Requests the Government", true, false, false},
		{"1, 2 and 3 of resolution 1325 (2000)", false, false, true},
		{"2000, and its resolution 1820 (2008),", false, false, true},
		{"(a) To promote", true, false, false},
		{"(*iv*) the report", true, false, false},
		{"(see A/70/1)", false, false, false},
		{"of the Charter", false, false, true},
		{"Recalling its resolution", false, false, false},
	} {
		n, rest := numberPrefix(c.line)
		numLabel := n > 0 || hasSubPrefix(c.line)
		if numLabel != c.numLabel || numLabel != isNumberLabel(c.line) {
			t.Errorf("%q: number label %v, isNumberLabel %v, want %v", c.line, numLabel, isNumberLabel(c.line), c.numLabel)
		}
		if got := isLabelOnly(n, rest); got != c.onlyNum {
			t.Errorf("%q: isLabelOnly = %v, want %v", c.line, got, c.onlyNum)
		}
		if got := continuesLower(c.line, numLabel); got != c.continues {
			t.Errorf("%q: continuesLower = %v, want %v", c.line, got, c.continues)
		}
	}
}

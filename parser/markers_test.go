package parser

import (
	"strings"
	"testing"
)

// TestSkipNonMarkerShapes checks skipNonMarker on the shapes markers take
// in the texts: it stops at the first byte that may start one, wherever it
// stands in an eight-byte block and whatever follows it in the block.
func TestSkipNonMarkerShapes(t *testing.T) {
	for _, tc := range []struct {
		s    string
		from int
		want int
	}{
		{"Recalling its resolution 70/1 of 25 September 2015", 0, 25},
		{"the Security Council,12 and", 0, 21},
		{"the Sécurité1 de", 0, 5},
		{"the Council[^3] reaffirms", 0, 11},
		{"the Council$^{3}$ reaffirms", 0, 11},
		{"Development2", 0, 11},
		{"Development", 0, 11},
		{"of the Court¹ and", 0, 12},
		{"abcdefg9[$é", 0, 7},
		{"abcdefgh[", 0, 8},
		{"abcdefgh$9", 0, 8},
		{"/:@`{ Z z", 0, 9},
		{"1 reaffirms the report of 2", 1, 26},
		{"", 0, 0},
	} {
		if got := skipNonMarker(tc.s, tc.from); got != tc.want {
			t.Errorf("skipNonMarker(%q, %d) = %d, want %d", tc.s, tc.from, got, tc.want)
		}
	}
}

// TestTrimBlank checks the trimming of spaces, tabs and no-break spaces
// around the numbers of a line, with the strings.Trim calls they stand for.
func TestTrimBlank(t *testing.T) {
	for _, tc := range []struct{ s, left, right string }{
		{"", "", ""},
		{"  \t", "", ""},
		{"\u00a0\u00a0", "", ""},
		{" \u00a0 12 March", "12 March", " \u00a0 12 March"},
		{"paragraph \u00a0", "paragraph \u00a0", "paragraph"},
		{"of\t", "of\t", "of"},
		{"\xc2", "\xc2", "\xc2"},
		{"\xa0 x \xc2", "\xa0 x \xc2", "\xa0 x \xc2"},
		{"x\xc2\xc2\xa0", "x\xc2\xc2\xa0", "x\xc2"},
		{"\u202f3", "\u202f3", "\u202f3"},
	} {
		if got := trimBlankLeft(tc.s); got != tc.left || got != strings.TrimLeft(tc.s, " \t\u00a0") {
			t.Errorf("trimBlankLeft(%q) = %q, want %q", tc.s, got, tc.left)
		}
		if got := trimBlankRight(tc.s); got != tc.right || got != strings.TrimRight(tc.s, " \t\u00a0") {
			t.Errorf("trimBlankRight(%q) = %q, want %q", tc.s, got, tc.right)
		}
	}
}

// TestTrimTokenPunct checks the word taken from the token before a loose
// number, with the strings.Trim call it stands for.
func TestTrimTokenPunct(t *testing.T) {
	for tok, want := range map[string]string{
		"(paragraph":    "paragraph",
		"“Goals”,":      "Goals",
		"”Goals“":       "Goals",
		"resolutions,":  "resolutions",
		"p.":            "p",
		"'no.'":         "no",
		"“”":            "",
		"...":           "",
		"de":            "de",
		"«article»":     "«article»",
		"\xe2\x80":      "\xe2\x80",
		"x\xe2\x80\x9d": "x",
		"":              "",
	} {
		if got := trimTokenPunct(tok); got != want || got != strings.Trim(tok, ".,;:()“”\"'") {
			t.Errorf("trimTokenPunct(%q) = %q, want %q", tok, got, want)
		}
	}
}

// TestLooseWant checks that a loose number is a candidate only when a note
// of its label exists and the numbering has not passed it, while glued and
// fused markers are judged whatever their label.
func TestLooseWant(t *testing.T) {
	n1, n2, n5 := &note{label: 1}, &note{label: 2}, &note{label: 5}
	known := []*note{nil, n1, n2, nil, nil, n5}
	for _, tc := range []struct {
		text   string
		expect int
		want   []candidate
	}{
		{"Recalling the report of the Court 1 reaffirms", 1, []candidate{{34, 35, 1, mkLoose}}},
		{"Recalling the report of the Court 2 reaffirms", 1, []candidate{{34, 35, 2, mkLoose}}},
		{"Recalling the report of the Court 1 reaffirms", 2, nil},                      // the numbering is past note 1
		{"Recalling the report of the Court 3 reaffirms", 1, nil},                      // no note 3
		{"Recalling the report of the Court 9 reaffirms", 1, nil},                      // past the last label
		{"Recalling paragraph 2 of the report", 1, nil},                                // wanted, but a number
		{"Recalling the Security Council,1 and", 2, []candidate{{31, 32, 1, mkGlued}}}, // glued: judged anyway
		{"of 6 October 202038 on", 40, []candidate{{17, 19, 38, mkFused}}},
	} {
		ln := line{start: 0, end: len(tc.text), text: tc.text, trim: tc.text}
		got := markerCandidates(nil, tc.text, ln, false, looseWant{known, tc.expect})
		if len(got) != len(tc.want) {
			t.Errorf("%q expect %d: got %v, want %v", tc.text, tc.expect, got, tc.want)
			continue
		}
		for k := range got {
			if got[k] != tc.want[k] {
				t.Errorf("%q expect %d: got %v, want %v", tc.text, tc.expect, got, tc.want)
			}
		}
	}
}

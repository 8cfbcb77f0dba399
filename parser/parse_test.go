package parser

import "testing"

// TestLooksMarkdown holds the one-search-per-byte reading of a text's
// Markdown marks to each mark, where it stands first, last or in the
// middle, and to the near misses that are not marks.
func TestLooksMarkdown(t *testing.T) {
	for text, want := range map[string]bool{
		"Recalling its resolution 60/45,[^3] and":      true,
		"[^1]: A/60/202.":                              true,
		"of 6 October 2020$^{38}$":                     true,
		"A/RES/60/45\n# General Assembly":              true,
		"The General Assembly,\n*Decides* to continue": true,
		"1. *Requests* the Secretary-General":          true,
		"Adopted\n**Resolution 60/45**":                true,
		"ends with a mark [^":                          true,
		"plain text, resolution 60/45 of 2005":         false,
		"a caret ^ alone, [ ^ apart, $^x, ^{":          false,
		"#1 and a hash\n#not a heading":                false,
		"*Decides to continue, *Requests the":          false,
		"a star* or two ** in a line, and\n*one":       false,
		"":                                             false,
		"^":                                            false,
		"*":                                            false,
		"\n*":                                          false,
		"footnote 3* and *Decide* and *Requesting*":    false,
		"x\n**": true,
		"$^":    false,
		"$^{":   true,
	} {
		if got := looksMarkdown([]byte(text)); got != want {
			t.Errorf("looksMarkdown(%q) = %v, want %v", text, got, want)
		}
	}
}

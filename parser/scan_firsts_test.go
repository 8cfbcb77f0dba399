package parser

import (
	"slices"
	"testing"
)

// TestByFirst checks that the words tried at a place are those of the
// list that begin with its byte, in the list's order, an empty word
// everywhere, and the whole list at the end of the text.
func TestByFirst(t *testing.T) {
	all := []string{"of", "adopted on", "", "en date du", "du", "de", "del"}
	f := newByFirst(all)
	for _, c := range []struct {
		s    string
		i    int
		want []string
	}{
		{"60/1 of 4 May", 5, []string{"of", ""}},
		{"60/1 du 4 mai", 5, []string{"", "du", "de", "del"}},
		{"60/1 adopted on 4 May", 5, []string{"adopted on", ""}},
		{"60/1, 4 May", 4, []string{""}},
		{"60/1", 4, all},
	} {
		if got := f.at(c.s, c.i, all); !slices.Equal(got, c.want) {
			t.Errorf("at(%q, %d) = %q, want %q", c.s, c.i, got, c.want)
		}
	}
}

// TestDateIntroAtByFirst checks the date introducers of each vocabulary
// found by first byte, longest first, and the places with none refused.
func TestDateIntroAtByFirst(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
		ok   bool
	}{
		{"of 4 December 1998", 2, true},
		{"adopted on 19 September 2016", 10, true},
		{"en date du 30 septembre 2011", 10, true},
		{"del 5 de julio de 2018", 3, true},
		{"de 5 de julio de 2018", 2, true},
		{"offers 4", 0, false},
		{", 4 May", 0, false},
		{"", 0, false},
	} {
		got, ok := dateIntroAt(c.s, 0)
		if got != c.want || ok != c.ok {
			t.Errorf("dateIntroAt(%q) = %d, %v, want %d, %v", c.s, got, ok, c.want, c.ok)
		}
	}
}

package parser

import "testing"

// TestNumberAhead checks where a number may stand after a keyword: in the
// clause, just past the limit after an introducer begun before it, and
// not past the end of a clause or after a byte no introducer holds.
func TestNumberAhead(t *testing.T) {
	for _, c := range []struct {
		s      string
		limit  int
		clause bool
		want   bool
	}{
		{" adopted by consensus, in particular 60/251", 99, true, true},
		{" adopted by consensus. It recalled 60/251", 99, true, false},
		{" adopted by consensus. It recalled 60/251", 99, false, true},
		{" on the topic; 19/11 and 20/3", 99, true, false},
		{" ci-après : la résolution 23/13", 99, true, false},
		{" (9/10 du 24 septembre 2008)", 99, true, true},
		{" of the Council were adopted", 99, true, false},
		{" see A.1 below", 99, true, true},           // "." not before a space
		{" including\u00a0 ES-10/15", 5, true, true}, // the introducer begun before the limit
		{" including, 60/1", 5, true, true},
		{" including the text (60/1)", 5, true, false}, // "(" lies past the limit
		{" including the text", 5, true, false},
		{"", 0, true, false},
	} {
		if got := numberAhead(c.s, 0, c.limit, c.clause); got != c.want {
			t.Errorf("numberAhead(%q, 0, %d, %v) = %v, want %v", c.s, c.limit, c.clause, got, c.want)
		}
	}
}

// TestDelayedListNoNumber checks that delayedList, which now asks
// numberAhead first, still finds the lists after an introducer or an
// opening parenthesis and refuses clauses without a number.
func TestDelayedListNoNumber(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
		ok   bool
	}{
		{" on the topic, including 19/11 and 20/3", 25, true},
		{" sur la justice transitionnelle (9/10 du 24 septembre 2008)", 33, true},
		{" adopted by consensus. In particular 60/251", 0, false},
		{" on the topic; including 19/11", 0, false},
		{" on the topic, including the most recent", 0, false},
	} {
		got, ok := delayedList(c.s, 0)
		if got != c.want || ok != c.ok {
			t.Errorf("delayedList(%q) = %d, %v, want %d, %v", c.s, got, ok, c.want, c.ok)
		}
	}
}

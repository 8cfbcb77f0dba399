package parser

import "testing"

// TestLastWord checks the last word of the gaps between two lists of a
// clause, whatever space ends them.
func TestLastWord(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"", ""}, {" ", ""}, {" \n\t", ""}, {"\u00a0", ""}, {"and", "and"}, {"as well as", "as"},
		{"notamment les", "les"}, {"en particular las\u00a0", "las"}, {"on the topic, including\n", "including"},
		{"and\u2003its", "its"}, {"x\xff y\xff", "y\xff"},
	} {
		if got := lastWord(c.s); got != c.want {
			t.Errorf("lastWord(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestJoinerAt checks the list joiners of every vocabulary found as words
// of their own, and the words that begin like them refused.
func TestJoinerAt(t *testing.T) {
	for _, c := range []struct {
		s    string
		k    int
		want int
	}{
		{"24/14 and 28/6", 6, 3}, {"24/14 et 28/6", 6, 2}, {"24/14 y 28/6", 6, 1}, {"24/14 e 28/6", 6, 1},
		{"24/14 andante", 6, 0}, {"24/14 band 28/6", 7, 0}, {"24/14 and", 6, 0}, {"24/14 ", 6, 0}, {"on 28/6", 0, 0},
	} {
		if got := joinerAt(c.s, c.k); got != c.want {
			t.Errorf("joinerAt(%q, %d) = %d, want %d", c.s, c.k, got, c.want)
		}
	}
}

// TestContinuesBody checks the gaps that keep the body of one list in
// force for the next.
func TestContinuesBody(t *testing.T) {
	for _, c := range []struct {
		gap  string
		want bool
	}{
		{" and ", true},
		{", ", true},
		{" on attacks against persons with albinism, as well as ", true},
		{" on the topic, including ", true},
		{" of the Human Rights Council and the General Assembly ", false},
		{"; and ", false},
		{" on albinism. The Council, in ", false},
		{" et notamment les ", true},
		{" on albinism, noting ", false},
	} {
		if got := continuesBody(c.gap); got != c.want {
			t.Errorf("continuesBody(%q) = %v, want %v", c.gap, got, c.want)
		}
	}
}

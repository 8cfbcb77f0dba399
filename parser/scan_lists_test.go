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

// TestDelayedList checks the lists found after an introducer or an
// opening parenthesis later in the clause, and the clause ends and word
// interiors that hold none.
func TestDelayedList(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int // offset of the list, -1 for none
	}{
		{" on the topic, in particular 60/1 and 61/2", 29},
		{" sur les droits de l'homme et la justice transitionnelle (9/10 du 24 septembre 2008)", 58},
		{" of the Council, including 1325 (2000)", 27},
		{", à savoir 45/3", 12},
		{" entitled; in particular 60/1", -1},
		{" on the topic. In particular 60/1", -1},
		{" on the topic, asincluding 60/1", -1},
		{" on the topic, including 1701", -1},
		{" on the topic (see above) and notably 60/1", 38},
	} {
		got, ok := delayedList(c.s, 0)
		if !ok {
			got = -1
		}
		if got != c.want {
			t.Errorf("delayedList(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestResumeList checks lists taken up again past a topic clause, and the
// clause ends, other lists and unlike items that do not continue them.
func TestResumeList(t *testing.T) {
	dated := numItem{a: "73", b: "137", date: "2018-12-14"}
	paren := numItem{a: "1325", paren: "2000"}
	for _, c := range []struct {
		s     string
		first numItem
		want  int // offset of the item, -1 for none
	}{
		{" on the safety of journalists and 73/139 of 14 December 2018 on the issue", dated, 34},
		{" on the safety of journalists and 73/139 on the issue", dated, -1},
		{" on women, peace and security, 1379 (2001) and 1460 (2003)", paren, 31},
		{" on children and armed conflict; and 1502 (2003), on", paren, 37},
		{" on the topic. 1379 (2001)", paren, -1},
		{" on the topic and resolution 1379 (2001)", paren, -1},
		{" on the “coronavirus disease (COVID-19)”, and 1379 (2001).", paren, 50},
		{" on institution-building of the Council, and 5/2, on", numItem{a: "5", b: "1"}, 45},
	} {
		got, ok := resumeList(c.s, 0, c.first, c.first.date != "", keywordStemsIn(c.s, nil))
		if !ok {
			got = -1
		}
		if got != c.want {
			t.Errorf("resumeList(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestJoinedHasSuffix checks the names of bodies matched at the end of
// the words before a keyword, given last first, as reverseJoin joins them.
func TestJoinedHasSuffix(t *testing.T) {
	for _, c := range []struct {
		words  []string
		suffix string
		want   bool
	}{
		{[]string{"Council", "Rights", "Human"}, "Human Rights Council", true},
		{[]string{"Council", "Rights", "Human", "the"}, "Human Rights Council", true},
		{[]string{"Council", "Security"}, "Human Rights Council", false},
		{[]string{"Council", "Rights", "Human"}, "Council", true},
		{[]string{"Council", "Rights", "Human"}, "ights Council", true},
		{[]string{"Council", "Rights"}, "Human Rights Council", false},
		{[]string{"SubCouncil"}, "Council", true},
		{[]string{"Council", "Rights"}, " Rights Council", false},
		{[]string{"Council", "Rights", ""}, " Rights Council", true},
		{[]string{"Assembly", "General"}, "", true},
		{nil, "", true},
		{nil, "Council", false},
		{[]string{"Rights Council"}, "Rights Council", true},
	} {
		if got := joinedHasSuffix(c.words, c.suffix); got != c.want {
			t.Errorf("joinedHasSuffix(%q, %q) = %v, want %v", c.words, c.suffix, got, c.want)
		}
	}
}

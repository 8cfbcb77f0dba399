package graph

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// describe prints a lineage one generation per line: "1: A/RES/59/61 <recalling> via A/RES/60/45; …".
func describe(l *Lineage) string {
	var b strings.Builder
	for _, gen := range l.Generations {
		fmt.Fprintf(&b, "%d:", gen.Number)
		for _, s := range gen.Steps {
			fmt.Fprintf(&b, " %s %s <%s> via %s;", s.Node.ID, s.Node.Date, strings.Join(s.Relations, ","), strings.Join(s.Via, ","))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestLineage(t *testing.T) {
	g := mustBuild(t, seriesDocs())
	tests := []struct {
		name  string
		dir   Direction
		id    string
		depth int
		want  string
	}{
		{"lineage", Ancestors, "A/RES/60/45", 0,
			"1: A/RES/58/32 2003-12-08 <recalling,requests> via A/RES/60/45; A/RES/59/61 2004-12-03 <recalling> via A/RES/60/45; A/60/202  <taking note> via A/RES/60/45;\n" +
				"2: A/RES/53/70 1998-12-04 <reaffirming,recalling> via A/RES/58/32,A/RES/59/61;\n"},
		{"lineage depth 1", Ancestors, "A/RES/60/45", 1,
			"1: A/RES/58/32 2003-12-08 <recalling,requests> via A/RES/60/45; A/RES/59/61 2004-12-03 <recalling> via A/RES/60/45; A/60/202  <taking note> via A/RES/60/45;\n"},
		{"cited by", Descendants, "A/RES/53/70", 0,
			"1: A/RES/58/32 2003-12-08 <reaffirming> via A/RES/53/70; A/RES/59/61 2004-12-03 <recalling> via A/RES/53/70;\n" +
				"2: A/RES/60/45 2005-12-08 <recalling,requests> via A/RES/58/32,A/RES/59/61;\n"},
		{"nothing cites the newest", Descendants, "A/RES/60/45", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := g.walk(tt.id, tt.depth, tt.dir)
			if err != nil {
				t.Fatal(err)
			}
			if got := describe(l); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestLineageUnknown(t *testing.T) {
	g := mustBuild(t, seriesDocs())
	_, err := g.Lineage("A/RES/1/1", 0)
	var nf *NotFoundError
	if !errors.As(err, &nf) || nf.ID != "A/RES/1/1" {
		t.Errorf("err = %v, want NotFoundError for A/RES/1/1", err)
	}
}

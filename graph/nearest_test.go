package graph

import (
	"fmt"
	"testing"
)

func TestNearest(t *testing.T) {
	mk := func(id, date string) Step { return Step{Node: &Node{ID: id, Date: date}} }
	l := &Lineage{Root: &Node{ID: "R"}, Generations: []Generation{
		{Number: 1, Steps: []Step{mk("a", "2001-01-01"), mk("b", "2003-01-01")}},
		{Number: 2, Steps: []Step{mk("c", "2000-01-01"), mk("d", ""), mk("e", "2002-01-01")}},
	}}
	tests := []struct {
		n    int
		want string
	}{
		{9, "1:a b 2:c d e"},
		{5, "1:a b 2:c d e"},
		{4, "1:a b 2:c e"},
		{3, "1:a b 2:e"},
		{2, "1:a b"},
		{1, "1:b"},
	}
	for _, tt := range tests {
		got := ""
		for _, g := range l.Nearest(tt.n).Generations {
			got += fmt.Sprintf(" %d:", g.Number)
			for i, s := range g.Steps {
				if i > 0 {
					got += " "
				}
				got += s.Node.ID
			}
		}
		if got[1:] != tt.want {
			t.Errorf("Nearest(%d) = %q, want %q", tt.n, got[1:], tt.want)
		}
	}
}

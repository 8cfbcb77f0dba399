package graph

import (
	"slices"
	"testing"
)

func TestPath(t *testing.T) {
	g := mustBuild(t, seriesDocs())
	tests := []struct {
		from, to string
		want     []string
		reversed bool
	}{
		{"A/RES/60/45", "A/RES/53/70", []string{"A/RES/60/45", "A/RES/58/32", "A/RES/53/70"}, false},
		{"A/RES/53/70", "A/RES/59/61", []string{"A/RES/59/61", "A/RES/53/70"}, true},
		{"A/60/202", "A/RES/53/70", nil, false},
	}
	for _, tt := range tests {
		p, err := g.Path(tt.from, tt.to)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		if p != nil {
			for _, n := range p.Nodes {
				got = append(got, n.ID)
			}
			if len(p.Edges) != len(p.Nodes)-1 || p.Reversed != tt.reversed {
				t.Errorf("%s → %s: %d edges for %d nodes, reversed %v", tt.from, tt.to, len(p.Edges), len(p.Nodes), p.Reversed)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Path(%s, %s) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

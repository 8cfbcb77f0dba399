package graph

import (
	"slices"
	"testing"
)

func edgeList(v *View) []string {
	var out []string
	for _, e := range v.Edges() {
		out = append(out, e.From+">"+e.To)
	}
	return out
}

func TestViewAndReduce(t *testing.T) {
	g := mustBuild(t, seriesDocs())
	l, err := g.Lineage("A/RES/60/45", 0)
	if err != nil {
		t.Fatal(err)
	}
	v, err := g.View(l)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(v.Nodes()); got != 5 {
		t.Errorf("view has %d nodes, want 5", got)
	}
	full := []string{"A/RES/58/32>A/RES/53/70", "A/RES/59/61>A/RES/53/70", "A/RES/59/61>A/RES/58/32",
		"A/RES/60/45>A/60/202", "A/RES/60/45>A/RES/58/32", "A/RES/60/45>A/RES/59/61"}
	if got := edgeList(v); !slices.Equal(got, full) {
		t.Errorf("view edges = %q\nwant %q", got, full)
	}
	if v.Gen["A/RES/53/70"] != 2 || v.Gen["A/RES/60/45"] != 0 {
		t.Errorf("generations = %v", v.Gen)
	}
	r, err := v.Reduce()
	if err != nil {
		t.Fatal(err)
	}
	reduced := []string{"A/RES/58/32>A/RES/53/70", "A/RES/59/61>A/RES/58/32", "A/RES/60/45>A/60/202", "A/RES/60/45>A/RES/59/61"}
	if got := edgeList(r); !slices.Equal(got, reduced) {
		t.Errorf("reduced edges = %q\nwant %q", got, reduced)
	}
}

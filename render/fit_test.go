package render

import (
	"fmt"
	"slices"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// seriesGraph is a series of n resolutions, each recalling every earlier
// one: the shape that makes unreduced diagrams explode.
func seriesGraph(t *testing.T, n int) *graph.Graph {
	t.Helper()
	var docs []*parser.Document
	for i := range n {
		d := &parser.Document{Source: fmt.Sprintf("%d.txt", i), Format: parser.FormatText,
			Symbol: fmt.Sprintf("A/RES/%d/1", 40+i), Adopted: fmt.Sprintf("%d-12-01", 1985+i)}
		for j := range i {
			d.Citations = append(d.Citations, cite(fmt.Sprintf("A/RES/%d/1", 40+j), "recalling", ""))
		}
		docs = append(docs, d)
	}
	g, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestFit(t *testing.T) {
	g := seriesGraph(t, 30) // 30 documents, 435 citations
	root := "A/RES/69/1"
	tests := []struct {
		name         string
		reduce       bool
		lim          Limits
		nodes, edges int
		notes        []string
	}{
		{"within limits", false, Limits{MaxNodes: 100, MaxEdges: 1000}, 30, 435, nil},
		{"reduce asked", true, Limits{MaxNodes: 100, MaxEdges: 1000}, 30, 29, nil},
		{"too many citations", false, Limits{MaxNodes: 100, MaxEdges: 100}, 30, 29,
			[]string{"435 citations among 30 documents are too many to draw; drawing the transitive reduction"}},
		{"too many documents", false, Limits{MaxNodes: 10, MaxEdges: 1000}, 10, 9,
			[]string{"30 documents are too many to draw; drawing 10 with the root (the 9 most recent of the 29 documents of generation 1), reduced"}},
		{"no limits", false, Limits{}, 30, 435, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := g.Lineage(root, 0)
			if err != nil {
				t.Fatal(err)
			}
			v, notes, err := Fit(g, l, tt.reduce, tt.lim)
			if err != nil {
				t.Fatal(err)
			}
			if n, e := len(v.Nodes()), len(v.Edges()); n != tt.nodes || e != tt.edges {
				t.Errorf("drew %d documents and %d citations, want %d and %d", n, e, tt.nodes, tt.edges)
			}
			if !slices.Equal(notes, tt.notes) {
				t.Errorf("notes = %q\nwant %q", notes, tt.notes)
			}
		})
	}
}

func TestDescribeCut(t *testing.T) {
	step := func(id string) graph.Step { return graph.Step{Node: &graph.Node{ID: id, Date: "2000-01-01"}} }
	full := &graph.Lineage{Root: &graph.Node{ID: "R"}, Generations: []graph.Generation{
		{Number: 1, Steps: []graph.Step{step("a"), step("b")}},
		{Number: 2, Steps: []graph.Step{step("c"), step("d"), step("e")}},
		{Number: 3, Steps: []graph.Step{step("f")}},
	}}
	tests := []struct {
		n    int
		want string
	}{
		{1, "the 1 most recent of the 2 documents of generation 1"},
		{2, "generation 1"},
		{4, "generation 1 and the 2 most recent of the 3 documents of generation 2"},
		{5, "generations 1 to 2"},
	}
	for _, tt := range tests {
		if got := describeCut(full, full.Nearest(tt.n)); got != tt.want {
			t.Errorf("describeCut(Nearest(%d)) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

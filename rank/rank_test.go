package rank

import (
	"math"
	"reflect"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/query"
)

// adjList is a graph.Adjacency over successor lists.
type adjList [][]int32

func (a adjList) Len() int             { return len(a) }
func (a adjList) Succ(v int32) []int32 { return a[v] }

func TestPageRank(t *testing.T) {
	tests := []struct {
		name string
		adj  adjList
		keep func(int32) bool
		want []float64
	}{
		{"no edges: even", adjList{nil, nil}, nil, []float64{0.5, 0.5}},
		{"a chain", adjList{{1}, {2}, nil}, nil, nil},
		{"only kept citations count", adjList{{2}, {2}, nil}, func(v int32) bool { return v == 0 }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pr := PageRank(tt.adj, tt.keep)
			sum := 0.0
			for _, x := range pr {
				sum += x
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("scores sum to %v", sum)
			}
			if tt.want != nil && !reflect.DeepEqual(pr, tt.want) {
				t.Errorf("PageRank = %v, want %v", pr, tt.want)
			}
			again := PageRank(tt.adj, tt.keep)
			if !reflect.DeepEqual(pr, again) {
				t.Error("PageRank is not deterministic")
			}
		})
	}
	chain := PageRank(adjList{{1}, {2}, nil}, nil)
	if !(chain[2] > chain[1] && chain[1] > chain[0]) {
		t.Errorf("rank does not flow to what is cited: %v", chain)
	}
}

// testIndex: four documents cite a hub; two of them also cite a second
// document; a report is cited once, a decision twice.
func testIndex() *query.Index {
	n := func(id, date string, in bool) *graph.Node {
		return &graph.Node{ID: id, Kind: graph.KindOf(id), Body: parser.BodyGA, Date: date, InCorpus: in}
	}
	e := func(from, to string, times int) *graph.Edge {
		return &graph.Edge{From: from, To: to, Occurrences: make([]graph.Occurrence, times)}
	}
	nodes := []*graph.Node{
		n("A/RES/1514(XV)", "1960-12-14", false), n("A/RES/50/1", "1995-10-01", true),
		n("A/RES/60/1", "2005-10-24", true), n("A/RES/61/1", "2006-10-01", true),
		n("A/RES/62/1", "2007-10-01", true), n("A/RES/63/1", "2008-10-01", true),
		n("A/60/95", "", false), n("A/DEC/59/551", "", false),
	}
	edges := []*graph.Edge{
		e("A/RES/60/1", "A/RES/1514(XV)", 1), e("A/RES/61/1", "A/RES/1514(XV)", 1),
		e("A/RES/62/1", "A/RES/1514(XV)", 1), e("A/RES/63/1", "A/RES/1514(XV)", 2),
		e("A/RES/62/1", "A/RES/50/1", 1), e("A/RES/63/1", "A/RES/50/1", 1),
		e("A/RES/61/1", "A/60/95", 3), e("A/RES/62/1", "A/DEC/59/551", 1), e("A/RES/63/1", "A/DEC/59/551", 1),
		e("A/RES/61/1", "A/RES/60/1", 1),
	}
	g, err := graph.New(nodes, edges, nil)
	if err != nil {
		panic(err)
	}
	return query.NewIndex(g, nil)
}

func ranked(scores []Score) []string {
	var out []string
	for _, s := range scores {
		out = append(out, s.Node.ID)
	}
	return out
}

func TestTop(t *testing.T) {
	ix := testIndex()
	resolutions := func(v int32) bool { return ix.Node(v).Kind == parser.KindResolution }
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"by in-degree, then PageRank, occurrences, symbol", Options{By: ByInDegree}, []string{"A/RES/1514(XV)", "A/DEC/59/551", "A/RES/50/1", "A/60/95", "A/RES/60/1"}},
		{"resolutions only", Options{By: ByInDegree, Rank: resolutions}, []string{"A/RES/1514(XV)", "A/RES/50/1", "A/RES/60/1"}},
		{"citations of 2007 on", Options{By: ByInDegree, Citing: func(v int32) bool { return ix.Info(v).Year >= 2007 }}, []string{"A/RES/1514(XV)", "A/DEC/59/551", "A/RES/50/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ranked(Top(ix, tt.opts)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Top = %q, want %q", got, tt.want)
			}
		})
	}
	top := Top(ix, Options{By: ByPageRank})
	if top[0].Node.ID != "A/RES/1514(XV)" || top[0].Citing != 4 || top[0].Occurrences != 5 {
		t.Errorf("first by PageRank = %+v", top[0])
	}
}

func TestMissing(t *testing.T) {
	ix := testIndex()
	got := Missing(ix, nil)
	want := []string{"A/RES/1514(XV)", "A/DEC/59/551", "A/60/95"}
	if !reflect.DeepEqual(ranked(got), want) {
		t.Errorf("Missing = %q, want %q", ranked(got), want)
	}
	if got[2].Citing != 1 || got[2].Occurrences != 3 {
		t.Errorf("A/60/95 = %+v, want 1 citing document, 3 occurrences", got[2])
	}
}

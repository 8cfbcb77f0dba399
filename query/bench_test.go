package query

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// synthetic returns a citation-like graph of n documents and about n*k
// citations: document i cites k distinct earlier documents, half among
// its 200 predecessors and half anywhere before it, favouring the oldest
// (which become hubs, like 1514 (XV)). Twenty consecutive documents share
// a title, so that series have members; relations cycle through
// recalling, reaffirming and taking note.
func synthetic(n, k int) *graph.Graph {
	r := rand.New(rand.NewPCG(7, 11))
	nodes := make([]*graph.Node, n)
	for i := range nodes {
		nodes[i] = &graph.Node{ID: fmt.Sprintf("A/RES/%07d", i), Kind: parser.KindResolution, Body: parser.BodyGA,
			Date: fmt.Sprintf("%04d-01-01", 1000+i/100), Title: fmt.Sprintf("Item %d", i/20), InCorpus: i%3 != 0}
	}
	rels := []string{"recalling", "reaffirming", "taking note"}
	var edges []*graph.Edge
	for i := 1; i < n; i++ {
		seen := map[int]bool{}
		for len(seen) < min(k, i) {
			var j int
			if len(seen)%2 == 0 {
				j = i - 1 - r.IntN(min(i, 200))
			} else {
				u := r.Float64()
				j = int(float64(i) * u * u)
			}
			if !seen[j] {
				seen[j] = true
				occ := []graph.Occurrence{{Relation: rels[(i+j)%3], Location: parser.LocPreamble, Paragraph: 1}}
				edges = append(edges, &graph.Edge{From: nodes[i].ID, To: nodes[j].ID, Occurrences: occ})
			}
		}
	}
	g, err := graph.New(nodes, edges, nil)
	if err != nil {
		panic(err)
	}
	return g
}

var (
	big      = sync.OnceValue(func() *graph.Graph { return synthetic(100_000, 10) })
	bigIndex = sync.OnceValue(func() *Index { return NewIndex(big(), nil) })
)

// BenchmarkNewIndex100k prepares the 100k-document, 1M-citation graph.
func BenchmarkNewIndex100k(b *testing.B) {
	g := big()
	for b.Loop() {
		NewIndex(g, nil)
	}
}

// benchQuery evaluates src on the big graph, result included, and reports
// how many documents it found.
func benchQuery(b *testing.B, src string) {
	ix := bigIndex()
	q, err := Parse(src)
	if err != nil {
		b.Fatal(err)
	}
	var r *Result
	for b.Loop() {
		if r, err = q.Eval(ix); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(r.Nodes)), "nodes")
	b.ReportMetric(float64(len(r.Edges)), "edges")
}

func BenchmarkAncestorsAll(b *testing.B)    { benchQuery(b, "ancestors(A/RES/0099999)") }
func BenchmarkAncestorsDepth2(b *testing.B) { benchQuery(b, "ancestors(A/RES/0099999, 2)") }
func BenchmarkDescendantsHub(b *testing.B)  { benchQuery(b, "descendants(A/RES/0000000, 1)") }
func BenchmarkDescendantsVia(b *testing.B) {
	benchQuery(b, "descendants(A/RES/0050000, via=reaffirming)")
}
func BenchmarkAllPathsWide(b *testing.B) { benchQuery(b, "allpaths(A/RES/0099999, A/RES/0000000)") }
func BenchmarkAllPathsNarrow(b *testing.B) {
	benchQuery(b, "allpaths(A/RES/0099999, A/RES/0099000)")
}
func BenchmarkPath(b *testing.B) { benchQuery(b, "path(A/RES/0099999, A/RES/0000001)") }
func BenchmarkFilters(b *testing.B) {
	benchQuery(b, "year(1500..1600) & body(GA) & incorpus - kind(decision)")
}
func BenchmarkSeries(b *testing.B) { benchQuery(b, "series(A/RES/0050010)") }
func BenchmarkSpine(b *testing.B)  { benchQuery(b, "spine(allpaths(A/RES/0099999, A/RES/0099000))") }
func BenchmarkYearOfLineage(b *testing.B) {
	benchQuery(b, "ancestors(A/RES/0099999, 3) & year(1900..)")
}

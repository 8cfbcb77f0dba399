package graph

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
)

// synthetic returns a citation-like graph of n documents and about n*k
// citations: document i cites k distinct earlier documents, half among its
// recent predecessors and half anywhere before it, favouring the oldest
// (which become hubs, like 1514 (XV)).
func synthetic(n, k int) *Graph {
	r := rand.New(rand.NewPCG(7, 11))
	nodes := make([]*Node, n)
	for i := range nodes {
		nodes[i] = &Node{ID: fmt.Sprintf("A/RES/%07d", i), Kind: "resolution", Date: fmt.Sprintf("%04d-01-01", 1000+i/100)}
	}
	var edges []*Edge
	occ := []Occurrence{{Relation: "recalling"}}
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
				edges = append(edges, &Edge{From: nodes[i].ID, To: nodes[j].ID, Occurrences: occ})
			}
		}
	}
	g, err := New(nodes, edges, nil)
	if err != nil {
		panic(err)
	}
	return g
}

var big = sync.OnceValue(func() *Graph { return synthetic(100_000, 10) })

func BenchmarkNew100k(b *testing.B) {
	g := big()
	nodes, edges := g.Nodes(), g.Edges()
	for b.Loop() {
		if _, err := New(nodes, edges, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func benchWalk(b *testing.B, id string, depth int, dir Direction) {
	g := big()
	var l *Lineage
	for b.Loop() {
		var err error
		if l, err = g.walk(id, depth, dir); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(l.Count()), "nodes")
}

// BenchmarkLineage100k walks the whole lineage of the newest document of
// a 100k-document, 1M-citation graph.
func BenchmarkLineage100k(b *testing.B) { benchWalk(b, "A/RES/0099999", 0, Ancestors) }

// BenchmarkLineageDepth2 stops after two generations.
func BenchmarkLineageDepth2(b *testing.B) { benchWalk(b, "A/RES/0099999", 2, Ancestors) }

// BenchmarkLineageMid walks from a document in the middle of the graph.
func BenchmarkLineageMid(b *testing.B) { benchWalk(b, "A/RES/0050000", 0, Ancestors) }

// BenchmarkCitedByHub walks what builds on the oldest document, a hub.
func BenchmarkCitedByHub(b *testing.B) { benchWalk(b, "A/RES/0000000", 0, Descendants) }

// BenchmarkLayers100k is the bare breadth-first walk, without describing
// the nodes reached.
func BenchmarkLayers100k(b *testing.B) {
	g := big()
	start, _ := g.lookup("A/RES/0099999")
	for b.Loop() {
		Layers(g.out, start, 0)
	}
}

func BenchmarkPath100k(b *testing.B) {
	g := big()
	for b.Loop() {
		if p, _ := g.Path("A/RES/0099999", "A/RES/0000001"); p == nil {
			b.Fatal("no path")
		}
	}
}

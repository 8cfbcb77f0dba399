package rank

import (
	"math"

	"github.com/recital-un/recital/graph"
)

// PageRank parameters: the usual damping, and a tolerance on the total
// change of one iteration (L1 norm) well below what printed scores show.
const (
	Damping   = 0.85
	Tolerance = 1e-10
	MaxRounds = 200
)

// PageRank returns the PageRank of each node of adj, whose edges run from
// citing to cited documents, so that rank flows to what is cited. Only
// edges for which keep(from) is true count (nil: all). Rank of nodes that
// cite nothing is spread evenly over all nodes. Scores sum to 1; the
// iteration stops when a round changes them by less than Tolerance in
// total, or after MaxRounds rounds. Sums run in node order, so the same
// graph gives the same scores.
func PageRank(adj graph.Adjacency, keep func(v int32) bool) []float64 {
	n := adj.Len()
	if n == 0 {
		return nil
	}
	outDeg := make([]int, n)
	for v := range int32(n) {
		if keep == nil || keep(v) {
			outDeg[v] = len(adj.Succ(v))
		}
	}
	rank, next := make([]float64, n), make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	for round := 0; round < MaxRounds; round++ {
		if step(adj, outDeg, rank, next) < Tolerance {
			return next
		}
		rank, next = next, rank
	}
	return rank
}

// step computes one round of PageRank from rank into next and returns the
// total change.
func step(adj graph.Adjacency, outDeg []int, rank, next []float64) float64 {
	n := float64(len(rank))
	dangling := 0.0
	for v, r := range rank {
		if outDeg[v] == 0 {
			dangling += r
		}
	}
	base := (1-Damping)/n + Damping*dangling/n
	for i := range next {
		next[i] = base
	}
	for v, r := range rank {
		if outDeg[v] == 0 {
			continue
		}
		share := Damping * r / float64(outDeg[v])
		for _, w := range adj.Succ(int32(v)) {
			next[w] += share
		}
	}
	change := 0.0
	for i := range next {
		change += math.Abs(next[i] - rank[i])
	}
	return change
}

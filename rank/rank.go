package rank

import (
	"cmp"
	"slices"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/query"
)

// Measure says how documents are ranked.
type Measure string

// Measures.
const (
	ByInDegree Measure = "indegree" // documents citing it
	ByPageRank Measure = "pagerank" // PageRank
)

// Score is the standing of one document.
type Score struct {
	Node        *graph.Node `json:"node"`
	Citing      int         `json:"citing"`      // documents citing it (in-degree)
	Occurrences int         `json:"occurrences"` // places where they cite it
	PageRank    float64     `json:"pagerank"`    // PageRank times the number of documents: 1 is the average
}

// Options say what to rank and which citations count.
type Options struct {
	By Measure
	// Rank holds the documents that may be ranked; nil: every document.
	Rank func(v int32) bool
	// Citing holds the documents whose citations count; nil: every
	// document. In-degree and PageRank both count only their citations.
	Citing func(v int32) bool
}

// Top returns the documents opts.Rank allows that are cited at least once,
// best first by opts.By, then by the other measure, then by symbol.
func Top(ix *query.Index, opts Options) []Score {
	pr := PageRank(ix.Out(), opts.Citing)
	var out []Score
	for v := range int32(ix.Len()) {
		if opts.Rank != nil && !opts.Rank(v) {
			continue
		}
		s := score(ix, v, opts.Citing)
		if s.Citing == 0 {
			continue
		}
		s.PageRank = pr[v] * float64(ix.Len())
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Score) int { return compare(a, b, opts.By) })
	return out
}

// score counts the documents citing v, and their occurrences.
func score(ix *query.Index, v int32, citing func(int32) bool) Score {
	s := Score{Node: ix.Node(v)}
	for _, u := range ix.In().Succ(v) {
		if citing != nil && !citing(u) {
			continue
		}
		s.Citing++
		s.Occurrences += len(ix.Graph().Edge(ix.Node(u).ID, s.Node.ID).Occurrences)
	}
	return s
}

// compare orders scores best first by the measure, then the other one,
// then by symbol.
func compare(a, b Score, by Measure) int {
	deg := -cmp.Compare(a.Citing, b.Citing)
	pr := -cmp.Compare(a.PageRank, b.PageRank)
	first, second := deg, pr
	if by == ByPageRank {
		first, second = pr, deg
	}
	return cmp.Or(first, second, -cmp.Compare(a.Occurrences, b.Occurrences), graph.CompareSymbols(a.Node.ID, b.Node.ID))
}

// Missing returns the reading list: the documents keep allows (nil:
// every document) that are cited but whose text was not read, most cited
// first (by citing documents, then occurrences, then symbol).
func Missing(ix *query.Index, keep func(v int32) bool) []Score {
	var out []Score
	for v := range int32(ix.Len()) {
		n := ix.Node(v)
		if n.InCorpus || keep != nil && !keep(v) {
			continue
		}
		if s := score(ix, v, nil); s.Citing > 0 {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b Score) int {
		return cmp.Or(-cmp.Compare(a.Citing, b.Citing), -cmp.Compare(a.Occurrences, b.Occurrences), graph.CompareSymbols(a.Node.ID, b.Node.ID))
	})
	return out
}

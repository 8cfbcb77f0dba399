package query

import (
	"cmp"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
)

// Result is the answer to a query: a subgraph of the citation graph.
type Result struct {
	Nodes []*graph.Node // sorted by date (undated last), then symbol
	Edges []*graph.Edge // sorted by citing, then cited ID
	// Notes tell the reader how the query was understood: how a bare
	// ambiguous number was read, or that a path runs the other way.
	Notes []string
}

// Eval evaluates the query over the index. A reference the graph does not
// hold, or a request too large to compute, is an *Error pointing at the
// text responsible. The same query and graph always give the same result.
func (q *Query) Eval(ix *Index) (*Result, error) {
	ev := &evaluator{ix: ix, src: q.Src, filters: map[string]*edgeFilter{}}
	s, err := ev.eval(q.Expr)
	if err != nil {
		return nil, err
	}
	return ev.result(s), nil
}

// evaluator holds the state of one evaluation.
type evaluator struct {
	ix      *Index
	src     string
	notes   []string
	filters map[string]*edgeFilter // via= filters, by their patterns
}

// eval computes the subgraph an expression denotes.
func (ev *evaluator) eval(e Expr) (*set, error) {
	switch e := e.(type) {
	case *Ref:
		return ev.ref(e)
	case *Binary:
		x, err := ev.eval(e.X)
		if err != nil {
			return nil, err
		}
		y, err := ev.eval(e.Y)
		if err != nil {
			return nil, err
		}
		return ev.ix.combine(e.Op, x, y), nil
	case *Call:
		return funcs[e.Func].eval(ev, e)
	}
	panic("query: unknown expression type")
}

// arg evaluates the i-th subgraph argument of a call.
func (ev *evaluator) arg(c *Call, i int) (*set, error) { return ev.eval(c.Args[i]) }

// note records a note once.
func (ev *evaluator) note(s string) {
	if !slices.Contains(ev.notes, s) {
		ev.notes = append(ev.notes, s)
	}
}

// single returns the set holding node v alone.
func (ev *evaluator) single(v int32) *set {
	b := newBitset(ev.ix.Len())
	b.set(v)
	return &set{nodes: b}
}

// result turns a set into sorted nodes and edges.
func (ev *evaluator) result(s *set) *Result {
	ix := ev.ix
	r := &Result{Nodes: []*graph.Node{}, Edges: []*graph.Edge{}, Notes: ev.notes}
	members := s.nodes.members()
	slices.SortFunc(members, ix.compare)
	for _, v := range members {
		r.Nodes = append(r.Nodes, ix.t().nodes[v])
	}
	for _, k := range ix.edgesOf(s).members() {
		r.Edges = append(r.Edges, ix.t().edges[k])
	}
	return r
}

// compare orders nodes by date, undated last, then by symbol.
func (ix *Index) compare(a, b int32) int {
	da, db := ix.t().info[a].Date, ix.t().info[b].Date
	switch {
	case da == "" && db != "":
		return 1
	case da != "" && db == "":
		return -1
	}
	return cmp.Or(cmp.Compare(da, db), graph.CompareSymbols(ix.t().nodes[a].ID, ix.t().nodes[b].ID))
}

// viaFilter returns the edge filter of via= patterns, or nil when there
// are none (every edge is kept). Filters are shared by the calls with the
// same patterns.
func (ev *evaluator) viaFilter(patterns []string) *edgeFilter {
	if len(patterns) == 0 {
		return nil
	}
	key := strings.Join(patterns, "\x00")
	if f, ok := ev.filters[key]; ok {
		return f
	}
	n := len(ev.ix.t().edges)
	f := &edgeFilter{edges: ev.ix.t().edges, patterns: patterns, known: newBitset(n), match: newBitset(n)}
	ev.filters[key] = f
	return f
}

// edgeFilter decides which citations a via= filter keeps, edge by edge,
// remembering each answer: a walk looks only at the edges it meets.
type edgeFilter struct {
	edges        []*graph.Edge
	patterns     []string
	known, match bitset
}

// keeps reports whether edge k passes the filter; a nil filter keeps all.
func (f *edgeFilter) keeps(k int32) bool {
	if f == nil {
		return true
	}
	if !f.known.has(k) {
		f.known.set(k)
		if edgeMatches(f.edges[k], f.patterns) {
			f.match.set(k)
		}
	}
	return f.match.has(k)
}

// edgeMatches reports whether some occurrence of e has a relation or verb
// matching one of the patterns.
func edgeMatches(e *graph.Edge, patterns []string) bool {
	for _, o := range e.Occurrences {
		for _, p := range patterns {
			if wordMatches(o.Relation, p) || wordMatches(o.Verb, p) {
				return true
			}
		}
	}
	return false
}

// wordMatches compares a relation or verb with a pattern, ignoring case; a
// pattern ending in * matches every word it begins.
func wordMatches(word, pattern string) bool {
	if word == "" {
		return false
	}
	if prefix, ok := strings.CutSuffix(pattern, "*"); ok {
		return len(word) >= len(prefix) && strings.EqualFold(word[:len(prefix)], prefix)
	}
	return strings.EqualFold(word, pattern)
}

// keepEdges returns the induced edges of nodes that the filter keeps, or
// nil (all of them) when there is no filter.
func (ev *evaluator) keepEdges(nodes bitset, f *edgeFilter) bitset {
	if f == nil {
		return nil
	}
	out := ev.ix.induced(nodes)
	for _, k := range out.members() {
		if !f.keeps(k) {
			out[k>>6] &^= 1 << (uint(k) & 63)
		}
	}
	return out
}

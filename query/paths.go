package query

import (
	"fmt"
	"slices"
	"strings"
)

// shortestPath returns a shortest chain along adj from a node of from to a
// node of to, following only edges the filter keeps (nil: all), as node indexes
// from start to end, or nil. Sources are tried in ascending order and each
// node's successors likewise, so the chain chosen among equals is always
// the same. A node in both sets is a chain by itself.
func shortestPath(adj *csr, from, to bitset, f *edgeFilter) []int32 {
	sources := from.members()
	for _, v := range sources {
		if to.has(v) {
			return []int32{v}
		}
	}
	parent := make([]int32, adj.Len())
	for i := range parent {
		parent[i] = -1
	}
	for _, v := range sources {
		parent[v] = v
	}
	for frontier := sources; len(frontier) > 0; {
		var next []int32
		for _, v := range frontier {
			ids := adj.edgeIDs(v)
			for k, w := range adj.Succ(v) {
				if parent[w] >= 0 || !f.keeps(ids[k]) {
					continue
				}
				parent[w] = v
				if to.has(w) {
					return chain(parent, w)
				}
				next = append(next, w)
			}
		}
		frontier = next
	}
	return nil
}

// chain follows parent links back from end to a node that is its own
// parent and returns the chain in forward order.
func chain(parent []int32, end int32) []int32 {
	p := []int32{end}
	for v := end; parent[v] != v; {
		v = parent[v]
		p = append(p, v)
	}
	slices.Reverse(p)
	return p
}

// path is one shortest chain of citations from a document of X to one of
// Y (X cites …, which cites Y), with the citations along it. When none
// runs that way, the result is empty and a note says whether one runs the
// other way.
func (ev *evaluator) path(c *Call) (*set, error) {
	x, y, err := ev.pair(c)
	if err != nil {
		return nil, err
	}
	f := ev.viaFilter(c.Via)
	p := shortestPath(ev.ix.t().out, x.nodes, y.nodes, f)
	out := &set{nodes: newBitset(ev.ix.Len()), edges: newBitset(len(ev.ix.t().edges))}
	if p == nil {
		ev.noteNoPath(c, x, y, f)
		return out, nil
	}
	for i, v := range p {
		out.nodes.set(v)
		if i > 0 {
			out.edges.set(ev.ix.edgeBetween(p[i-1], v))
		}
	}
	return out, nil
}

// noteNoPath says that no chain runs from X to Y, and whether one runs
// from Y to X.
func (ev *evaluator) noteNoPath(c *Call, x, y *set, f *edgeFilter) {
	other := "nor the other way"
	if shortestPath(ev.ix.t().out, y.nodes, x.nodes, f) != nil {
		other = fmt.Sprintf("one runs the other way: path(%s, %s)", ev.text(c.Args[1]), ev.text(c.Args[0]))
	}
	ev.note(fmt.Sprintf("no chain of citations runs from %s to %s; %s", ev.text(c.Args[0]), ev.text(c.Args[1]), other))
}

// text returns an expression as written.
func (ev *evaluator) text(e Expr) string { return strings.TrimSpace(ev.src[e.Pos():end(e)]) }

// end returns the byte offset just after an expression.
func end(e Expr) int {
	switch e := e.(type) {
	case *Ref:
		return e.End
	case *Call:
		return e.End
	case *Binary:
		return end(e.Y)
	}
	return e.Pos()
}

// edgeBetween returns the index of the edge v → w, which must exist.
func (ix *Index) edgeBetween(v, w int32) int32 {
	k, _ := slices.BinarySearch(ix.t().out.Succ(v), w)
	return ix.t().out.edgeIDs(v)[k]
}

// pair evaluates the two subgraph arguments of a call.
func (ev *evaluator) pair(c *Call) (*set, *set, error) {
	x, err := ev.arg(c, 0)
	if err != nil {
		return nil, nil, err
	}
	y, err := ev.arg(c, 1)
	if err != nil {
		return nil, nil, err
	}
	return x, y, nil
}

// allPaths is every document on some chain of citations from a document
// of X to one of Y, with the citations among them: the documents X reaches
// that reach Y. It never lists the chains themselves, which can be
// exponentially many: a node is in the result when it is reachable from X
// and reaches Y, and an edge between two such nodes lies on some chain.
func (ev *evaluator) allPaths(c *Call) (*set, error) {
	x, y, err := ev.pair(c)
	if err != nil {
		return nil, err
	}
	f := ev.viaFilter(c.Via)
	fwd := reach(ev.ix.t().out, x.nodes, 0, f).or(x.nodes)
	back := reach(ev.ix.t().in, y.nodes, 0, f).or(y.nodes)
	nodes := fwd.and(back)
	if nodes.count() == 0 {
		ev.noteNoPath(c, x, y, f)
	}
	return &set{nodes: nodes, edges: ev.keepEdges(nodes, f)}, nil
}

package graph

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Graph is a frozen citation graph over a corpus. Its nodes and edges are
// sorted by ID and its adjacency is indexed once, when it is made (New) or
// written (AppendFrozen), so that queries never rebuild it. A Graph read
// from its frozen layout (Open) decodes a node or an edge only when it is
// asked for, so a question about a few documents reads a few records of a
// store of any size. A Graph is safe for concurrent reads.
type Graph struct {
	n, m  int
	out   *csr // citing → cited; out's edge indexes are its positions
	in    *csr // cited → citing
	src   backing
	nodes *cache[Node] // decoded nodes; nil when src keeps them all
	edges *cache[Edge] // decoded edges; nil when src keeps them all

	allNodes func() []*Node
	allEdges func() []*Edge
	diags    func() []Diagnostic
}

// backing is where a graph reads its nodes and edges: the slices New was
// given, or a frozen layout (see Open).
type backing interface {
	id(i int32) string                 // ID of node i
	node(i int32) *Node                // node i
	edge(k, from, to int32) *Edge      // edge k, from node from to node to
	relations(k int32, f func(string)) // calls f with each distinct relation of edge k, in order of first occurrence
	diagnostics() []Diagnostic
}

// New freezes nodes, edges and diagnostics into a Graph. Every edge must
// join two of the nodes; IDs must be non-empty and unique, and no edge may
// repeat or join a node to itself. New sorts its own copies of the slices;
// it keeps the *Node and *Edge values, which must not change afterwards.
func New(nodes []*Node, edges []*Edge, diags []Diagnostic) (*Graph, error) {
	mb := &memBacking{nodes: slices.Clone(nodes), edges: slices.Clone(edges), diags: sortDiagnostics(slices.Clone(diags))}
	slices.SortFunc(mb.nodes, func(a, b *Node) int { return cmp.Compare(a.ID, b.ID) })
	for i, n := range mb.nodes {
		if n.ID == "" {
			return nil, fmt.Errorf("graph: node with an empty ID")
		}
		if i > 0 && mb.nodes[i-1].ID == n.ID {
			return nil, fmt.Errorf("graph: node %s appears twice", n.ID)
		}
	}
	g := &Graph{n: len(mb.nodes), m: len(mb.edges), src: mb}
	from, to, err := g.checkEdges(mb.edges)
	if err != nil {
		return nil, err
	}
	return g.index(mb, from, to), nil
}

// newSorted is New for nodes sorted by ID, with unique IDs, and edges
// sorted by (citing, cited) whose ends' indexes in nodes are from and
// to, as Build makes them: no sort and no map to find the ends. It checks
// the order, which makes every other property of New hold.
func newSorted(nodes []*Node, edges []*Edge, from, to []int32, diags []Diagnostic) (*Graph, error) {
	for i, n := range nodes {
		if n.ID == "" || i > 0 && nodes[i-1].ID >= n.ID {
			return nil, fmt.Errorf("graph: nodes out of order at %q", n.ID)
		}
	}
	for k := range edges {
		if from[k] == to[k] || from[k] < 0 || to[k] < 0 || int(max(from[k], to[k])) >= len(nodes) ||
			k > 0 && (from[k-1] > from[k] || from[k-1] == from[k] && to[k-1] >= to[k]) {
			return nil, fmt.Errorf("graph: edges out of order at %s → %s", edges[k].From, edges[k].To)
		}
	}
	mb := &memBacking{nodes: nodes, edges: edges, diags: sortDiagnostics(slices.Clone(diags))}
	g := &Graph{n: len(nodes), m: len(edges), src: mb}
	return g.index(mb, from, to), nil
}

// index indexes the adjacency of a graph made in memory.
func (g *Graph) index(mb *memBacking, from, to []int32) *Graph {
	g.out, g.in = buildCSR(g.n, from, to), buildCSR(g.n, to, from)
	g.out.edge = nil // edges are sorted by (from, to): out's positions are edge indexes
	g.allNodes = func() []*Node { return mb.nodes }
	g.allEdges = func() []*Edge { return mb.edges }
	g.diags = func() []Diagnostic { return mb.diags }
	return g
}

// checkEdges sorts the edges, rejects dangling, repeated and self edges,
// and returns the node indexes of their ends.
func (g *Graph) checkEdges(edges []*Edge) (from, to []int32, err error) {
	slices.SortFunc(edges, compareEdges)
	pos := make(map[string]int32, g.n) // for this check alone: opened graphs search the sorted IDs
	for i := range int32(g.n) {
		pos[g.src.id(i)] = i
	}
	from, to = make([]int32, len(edges)), make([]int32, len(edges))
	for i, e := range edges {
		f, okFrom := pos[e.From]
		t, okTo := pos[e.To]
		switch {
		case !okFrom || !okTo:
			return nil, nil, fmt.Errorf("graph: edge %s → %s joins an unknown node", e.From, e.To)
		case e.From == e.To:
			return nil, nil, fmt.Errorf("graph: edge %s → %s joins a node to itself", e.From, e.To)
		case i > 0 && compareEdges(edges[i-1], e) == 0:
			return nil, nil, fmt.Errorf("graph: edge %s → %s appears twice", e.From, e.To)
		}
		from[i], to[i] = f, t
	}
	return from, to, nil
}

// compareEdges orders edges by citing, then cited document.
func compareEdges(a, b *Edge) int {
	return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
}

// lookup returns the index of the node with the given ID, by binary
// search over the sorted IDs: no map to build when a graph is opened.
func (g *Graph) lookup(id string) (int32, bool) {
	i := sort.Search(g.n, func(i int) bool { return g.src.id(int32(i)) >= id })
	if i < g.n && g.src.id(int32(i)) == id {
		return int32(i), true
	}
	return 0, false
}

// nodeAt returns node i, decoding it on first use.
func (g *Graph) nodeAt(i int32) *Node {
	if g.nodes == nil {
		return g.src.node(i)
	}
	return g.nodes.get(i, func() *Node { return g.src.node(i) })
}

// edgeByIndex returns edge k, which joins from and to, decoding it on
// first use.
func (g *Graph) edgeByIndex(k, from, to int32) *Edge {
	if g.edges == nil {
		return g.src.edge(k, from, to)
	}
	return g.edges.get(k, func() *Edge { return g.src.edge(k, from, to) })
}

// Len returns the number of nodes.
func (g *Graph) Len() int { return g.n }

// EdgeCount returns the number of edges, without decoding them.
func (g *Graph) EdgeCount() int { return g.m }

// Node returns the node with the given ID, or nil.
func (g *Graph) Node(id string) *Node {
	i, ok := g.lookup(id)
	if !ok {
		return nil
	}
	return g.nodeAt(i)
}

// IDsWithPrefix returns the IDs of the nodes that start with prefix, in
// order, found by binary search.
func (g *Graph) IDsWithPrefix(prefix string) []string {
	i := sort.Search(g.n, func(i int) bool { return g.src.id(int32(i)) >= prefix })
	var out []string
	for ; i < g.n && strings.HasPrefix(g.src.id(int32(i)), prefix); i++ {
		out = append(out, g.src.id(int32(i)))
	}
	return out
}

// Nodes returns every node, sorted by ID. The slice must not be modified.
// On an opened graph the first call decodes every node.
func (g *Graph) Nodes() []*Node { return g.allNodes() }

// Edges returns every edge, sorted by citing then cited ID. The slice must
// not be modified. On an opened graph the first call decodes every edge
// and its occurrences: answers about a few documents use Edge instead.
func (g *Graph) Edges() []*Edge { return g.allEdges() }

// Edge returns the edge from one document to another, or nil.
func (g *Graph) Edge(from, to string) *Edge {
	i, ok1 := g.lookup(from)
	j, ok2 := g.lookup(to)
	if !ok1 || !ok2 {
		return nil
	}
	return g.edgeAt(i, j)
}

// edgeAt returns the edge between two node indexes, or nil.
func (g *Graph) edgeAt(from, to int32) *Edge {
	if k, ok := g.out.find(from, to); ok {
		return g.edgeByIndex(k, from, to)
	}
	return nil
}

// Diagnostics returns what was found odd while the graph was built, sorted
// by file and position. The slice must not be modified.
func (g *Graph) Diagnostics() []Diagnostic { return g.diags() }

// memBacking holds a graph made by New: every node and edge in memory.
type memBacking struct {
	nodes []*Node
	edges []*Edge
	diags []Diagnostic
}

func (b *memBacking) id(i int32) string         { return b.nodes[i].ID }
func (b *memBacking) node(i int32) *Node        { return b.nodes[i] }
func (b *memBacking) edge(k, _, _ int32) *Edge  { return b.edges[k] }
func (b *memBacking) diagnostics() []Diagnostic { return b.diags }
func (b *memBacking) relations(k int32, f func(string)) {
	var seen []string
	for _, o := range b.edges[k].Occurrences {
		if o.Relation != "" && !contains(seen, o.Relation) {
			seen = append(seen, o.Relation)
			f(o.Relation)
		}
	}
}

// lazyAll returns a function that builds every item once, by index.
func lazyAll[T any](n int, at func(i int32) T) func() []T {
	return sync.OnceValue(func() []T {
		out := make([]T, n)
		for i := range out {
			out[i] = at(int32(i))
		}
		return out
	})
}

package graph

import (
	"cmp"
	"fmt"
	"slices"
)

// Graph is a frozen citation graph over a corpus. Its nodes and edges are
// sorted by ID and its adjacency is indexed once, when it is made, so that
// queries never rebuild it. A Graph is safe for concurrent reads.
type Graph struct {
	nodes []*Node          // sorted by ID; a node's index is its position here
	pos   map[string]int32 // node ID → index
	edges []*Edge          // sorted by (From, To)
	out   *csr             // citing → cited
	in    *csr             // cited → citing
	diags []Diagnostic
}

// New freezes nodes, edges and diagnostics into a Graph. Every edge must
// join two of the nodes; IDs must be non-empty and unique, and no edge may
// repeat or join a node to itself. New sorts its own copies of the slices;
// it keeps the *Node and *Edge values, which must not change afterwards.
func New(nodes []*Node, edges []*Edge, diags []Diagnostic) (*Graph, error) {
	g := &Graph{
		nodes: slices.Clone(nodes),
		edges: slices.Clone(edges),
		pos:   make(map[string]int32, len(nodes)),
		diags: sortDiagnostics(slices.Clone(diags)),
	}
	slices.SortFunc(g.nodes, func(a, b *Node) int { return cmp.Compare(a.ID, b.ID) })
	for i, n := range g.nodes {
		if n.ID == "" {
			return nil, fmt.Errorf("graph: node with an empty ID")
		}
		if i > 0 && g.nodes[i-1].ID == n.ID {
			return nil, fmt.Errorf("graph: node %s appears twice", n.ID)
		}
		g.pos[n.ID] = int32(i)
	}
	if err := g.checkEdges(); err != nil {
		return nil, err
	}
	g.out, g.in = newCSRs(g.nodes, g.edges, g.pos)
	return g, nil
}

// checkEdges sorts the edges and rejects dangling, repeated and self edges.
func (g *Graph) checkEdges() error {
	slices.SortFunc(g.edges, compareEdges)
	for i, e := range g.edges {
		_, okFrom := g.pos[e.From]
		_, okTo := g.pos[e.To]
		switch {
		case !okFrom || !okTo:
			return fmt.Errorf("graph: edge %s → %s joins an unknown node", e.From, e.To)
		case e.From == e.To:
			return fmt.Errorf("graph: edge %s → %s joins a node to itself", e.From, e.To)
		case i > 0 && compareEdges(g.edges[i-1], e) == 0:
			return fmt.Errorf("graph: edge %s → %s appears twice", e.From, e.To)
		}
	}
	return nil
}

// compareEdges orders edges by citing, then cited document.
func compareEdges(a, b *Edge) int {
	return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
}

// Len returns the number of nodes.
func (g *Graph) Len() int { return len(g.nodes) }

// Node returns the node with the given ID, or nil.
func (g *Graph) Node(id string) *Node {
	i, ok := g.pos[id]
	if !ok {
		return nil
	}
	return g.nodes[i]
}

// Nodes returns every node, sorted by ID. The slice must not be modified.
func (g *Graph) Nodes() []*Node { return g.nodes }

// Edges returns every edge, sorted by citing then cited ID. The slice must
// not be modified.
func (g *Graph) Edges() []*Edge { return g.edges }

// Edge returns the edge from one document to another, or nil.
func (g *Graph) Edge(from, to string) *Edge {
	i, ok1 := g.pos[from]
	j, ok2 := g.pos[to]
	if !ok1 || !ok2 {
		return nil
	}
	return g.edgeAt(i, j)
}

// edgeAt returns the edge between two node indexes, or nil.
func (g *Graph) edgeAt(from, to int32) *Edge {
	if k, ok := g.out.find(from, to); ok {
		return g.edges[k]
	}
	return nil
}

// Diagnostics returns what was found odd while the graph was built, sorted
// by file and position. The slice must not be modified.
func (g *Graph) Diagnostics() []Diagnostic { return g.diags }

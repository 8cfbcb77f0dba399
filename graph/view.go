package graph

import (
	"cmp"
	"slices"

	dg "github.com/dominikbraun/graph"
)

// View is a small part of the graph chosen for analysis or drawing: a
// dominikbraun/graph graph over the chosen nodes with every edge among
// them (each edge's Data is its *Edge), the node it was chosen around and
// each node's generation.
type View struct {
	Model     dg.Graph[string, *Node]
	Root      string
	Direction Direction
	Gen       map[string]int // generation of each node; 0 for the root
}

// View returns the subgraph of a lineage: its root, every node of its
// generations, and every edge of g among them.
func (g *Graph) View(l *Lineage) (*View, error) {
	v := &View{
		Model:     dg.New(func(n *Node) string { return n.ID }, dg.Directed()),
		Root:      l.Root.ID,
		Direction: l.Direction,
		Gen:       map[string]int{l.Root.ID: 0},
	}
	root, ok := g.lookup(l.Root.ID)
	if !ok {
		return nil, &NotFoundError{ID: l.Root.ID}
	}
	members := []int32{root}
	for _, gen := range l.Generations {
		for _, s := range gen.Steps {
			i, ok := g.lookup(s.Node.ID)
			if !ok {
				return nil, &NotFoundError{ID: s.Node.ID}
			}
			v.Gen[s.Node.ID] = gen.Number
			members = append(members, i)
		}
	}
	for _, i := range members {
		if err := v.Model.AddVertex(g.nodeAt(i)); err != nil {
			return nil, err
		}
	}
	for _, i := range members {
		for k, j := range g.out.Succ(i) {
			if _, ok := v.Gen[g.src.id(j)]; ok {
				e := g.edgeByIndex(g.out.edgeOf(i, k), i, j)
				if err := v.Model.AddEdge(e.From, e.To, dg.EdgeData(e)); err != nil {
					return nil, err
				}
			}
		}
	}
	return v, nil
}

// Nodes returns the nodes of the view, sorted by ID.
func (v *View) Nodes() []*Node {
	adj, _ := v.Model.AdjacencyMap()
	nodes := make([]*Node, 0, len(adj))
	for id := range adj {
		n, _ := v.Model.Vertex(id)
		nodes = append(nodes, n)
	}
	slices.SortFunc(nodes, func(a, b *Node) int { return cmp.Compare(a.ID, b.ID) })
	return nodes
}

// Edges returns the edges of the view, sorted by citing then cited ID.
func (v *View) Edges() []*Edge {
	es, _ := v.Model.Edges()
	edges := make([]*Edge, 0, len(es))
	for _, e := range es {
		edges = append(edges, e.Properties.Data.(*Edge))
	}
	slices.SortFunc(edges, compareEdges)
	return edges
}

// Reduce returns the view with its transitive reduction: every edge
// implied by a longer chain of citations in the view is removed (see
// TransitiveReduction). Nodes are unchanged.
func (v *View) Reduce() (*View, error) {
	nodes := v.Nodes()
	pos := make(map[string]int32, len(nodes))
	for i, n := range nodes {
		pos[n.ID] = int32(i)
	}
	adj := make(adjacencyList, len(nodes))
	edgeOf := make(map[[2]int32]*Edge)
	for _, e := range v.Edges() {
		i, j := pos[e.From], pos[e.To]
		adj[i] = append(adj[i], j)
		edgeOf[[2]int32{i, j}] = e
	}
	out := &View{Model: dg.New(func(n *Node) string { return n.ID }, dg.Directed()), Root: v.Root, Direction: v.Direction, Gen: v.Gen}
	for _, n := range nodes {
		if err := out.Model.AddVertex(n); err != nil {
			return nil, err
		}
	}
	for i, succ := range TransitiveReduction(adj) {
		for _, j := range succ {
			e := edgeOf[[2]int32{int32(i), j}]
			if err := out.Model.AddEdge(e.From, e.To, dg.EdgeData(e)); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// adjacencyList is an Adjacency over successor lists sorted in ascending order.
type adjacencyList [][]int32

// Len returns the number of nodes.
func (a adjacencyList) Len() int { return len(a) }

// Succ returns the successors of v.
func (a adjacencyList) Succ(v int32) []int32 { return a[v] }

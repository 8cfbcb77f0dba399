package graph

// Path is a chain of citations from one document to another.
type Path struct {
	Nodes []*Node `json:"nodes"` // from the first document to the last
	Edges []*Edge `json:"edges"` // Edges[i] joins Nodes[i] and Nodes[i+1]
	// Reversed is true when no chain runs from the first document asked for
	// to the second, and this one runs from the second to the first.
	Reversed bool `json:"reversed"`
}

// Path returns a shortest chain of citations from the document from to the
// document to (from cites …, which cites to). When there is none, it looks
// for one the other way and marks it Reversed. It returns nil when the two
// are not connected either way, and a *NotFoundError for an unknown ID.
func (g *Graph) Path(from, to string) (*Path, error) {
	i, ok := g.lookup(from)
	if !ok {
		return nil, &NotFoundError{ID: from}
	}
	j, ok := g.lookup(to)
	if !ok {
		return nil, &NotFoundError{ID: to}
	}
	if p := ShortestPath(g.out, i, j); p != nil {
		return g.path(p, false), nil
	}
	if p := ShortestPath(g.out, j, i); p != nil {
		return g.path(p, true), nil
	}
	return nil, nil
}

// path turns node indexes into a Path.
func (g *Graph) path(p []int32, reversed bool) *Path {
	out := &Path{Reversed: reversed, Edges: []*Edge{}}
	for k, v := range p {
		out.Nodes = append(out.Nodes, g.nodeAt(v))
		if k > 0 {
			out.Edges = append(out.Edges, g.edgeAt(p[k-1], v))
		}
	}
	return out
}

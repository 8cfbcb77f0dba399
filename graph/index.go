package graph

import "slices"

// Adjacency is what the graph algorithms of this package walk: nodes are
// the integers 0…Len()-1 and Succ lists a node's successors in ascending
// order.
type Adjacency interface {
	Len() int
	Succ(v int32) []int32
}

// csr is an adjacency index in compressed sparse row form: the successors
// of node v are dst[off[v]:off[v+1]], in ascending order, and edge[k] is
// the index in Graph.edges of the edge that dst[k] stands for.
type csr struct {
	off  []int32
	dst  []int32
	edge []int32
}

// Len returns the number of nodes.
func (c *csr) Len() int { return len(c.off) - 1 }

// Succ returns the successors of v.
func (c *csr) Succ(v int32) []int32 { return c.dst[c.off[v]:c.off[v+1]] }

// edges returns the edge indexes parallel to Succ(v).
func (c *csr) edges(v int32) []int32 { return c.edge[c.off[v]:c.off[v+1]] }

// find returns the edge index of v → w, if there is one.
func (c *csr) find(v, w int32) (int32, bool) {
	k, ok := slices.BinarySearch(c.Succ(v), w)
	if !ok {
		return 0, false
	}
	return c.edge[c.off[v]+int32(k)], true
}

// newCSRs indexes edges sorted by (From, To) in both directions: out from
// citing to cited, in from cited to citing. Since node indexes follow ID
// order, both come out with sorted successor lists.
func newCSRs(nodes []*Node, edges []*Edge, pos map[string]int32) (out, in *csr) {
	n := len(nodes)
	from := make([]int32, len(edges))
	to := make([]int32, len(edges))
	for k, e := range edges {
		from[k], to[k] = pos[e.From], pos[e.To]
	}
	return buildCSR(n, from, to), buildCSR(n, to, from)
}

// buildCSR builds the index of the edges src[k] → dst[k] by a stable
// counting sort on src, so successors keep the order in which dst lists
// them for each source.
func buildCSR(n int, src, dst []int32) *csr {
	c := &csr{off: make([]int32, n+1), dst: make([]int32, len(src)), edge: make([]int32, len(src))}
	for _, s := range src {
		c.off[s+1]++
	}
	for v := 0; v < n; v++ {
		c.off[v+1] += c.off[v]
	}
	next := slices.Clone(c.off[:n])
	for k, s := range src {
		c.dst[next[s]] = dst[k]
		c.edge[next[s]] = int32(k)
		next[s]++
	}
	return c
}

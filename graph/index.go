package graph

import (
	"slices"
	"sort"
)

// Adjacency is what the graph algorithms of this package walk: nodes are
// the integers 0…Len()-1 and Succ lists a node's successors in ascending
// order.
type Adjacency interface {
	Len() int
	Succ(v int32) []int32
}

// csr is an adjacency index in compressed sparse row form: the successors
// of node v are dst[off[v]:off[v+1]], in ascending order, and edge[k] is
// the index of the edge that dst[k] stands for; a nil edge means k itself
// (the citing index, whose order is the edges' order). An opened graph's
// arrays are views of its frozen layout.
type csr struct {
	off  []int32
	dst  []int32
	edge []int32
}

// Len returns the number of nodes.
func (c *csr) Len() int { return len(c.off) - 1 }

// Succ returns the successors of v.
func (c *csr) Succ(v int32) []int32 { return c.dst[c.off[v]:c.off[v+1]] }

// edgeOf returns the edge index of the i-th successor of v.
func (c *csr) edgeOf(v int32, i int) int32 {
	k := c.off[v] + int32(i)
	if c.edge == nil {
		return k
	}
	return c.edge[k]
}

// find returns the edge index of v → w, if there is one.
func (c *csr) find(v, w int32) (int32, bool) {
	k, ok := slices.BinarySearch(c.Succ(v), w)
	if !ok {
		return 0, false
	}
	return c.edgeOf(v, k), true
}

// source returns the node whose list holds position k.
func (c *csr) source(k int32) int32 {
	return int32(sort.Search(c.Len(), func(v int) bool { return c.off[v+1] > k }))
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

package graph

import "slices"

// ShortestPath returns a shortest path from one node to another through
// adj, both ends included, or nil when there is none. A node's path to
// itself is that node alone. Among paths of equal length it returns the
// one that, step by step, goes through the lowest-numbered node first
// discovered, so the answer is deterministic.
func ShortestPath(adj Adjacency, from, to int32) []int32 {
	if from == to {
		return []int32{from}
	}
	parent := make(map[int32]int32)
	parent[from] = from
	frontier := []int32{from}
	for len(frontier) > 0 {
		var next []int32
		for _, v := range frontier {
			for _, w := range adj.Succ(v) {
				if _, seen := parent[w]; seen {
					continue
				}
				parent[w] = v
				if w == to {
					return walkBack(parent, from, to)
				}
				next = append(next, w)
			}
		}
		frontier = next
	}
	return nil
}

// walkBack follows parent links from to back to from and returns the path
// in forward order.
func walkBack(parent map[int32]int32, from, to int32) []int32 {
	path := []int32{to}
	for v := to; v != from; {
		v = parent[v]
		path = append(path, v)
	}
	slices.Reverse(path)
	return path
}

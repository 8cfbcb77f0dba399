package query

import "github.com/recital-un/recital/graph"

// MaxSpine is the largest number of documents spine() reduces: the
// reduction takes memory quadratic in it (n²/4 bytes, 36 MB at the limit).
const MaxSpine = 12_000

// spine is X with only the citations of its transitive reduction: a
// citation is dropped when a longer chain of citations within X implies
// it (see graph.TransitiveReduction; documents on a cycle keep their
// citations among themselves).
func (ev *evaluator) spine(c *Call) (*set, error) {
	x, err := ev.arg(c, 0)
	if err != nil {
		return nil, err
	}
	members := x.nodes.members()
	if len(members) > MaxSpine {
		return nil, newError(KindTooLarge, ev.src, c.At, c.End,
			"spine of %d documents is more than this version reduces (%d): narrow the set first", len(members), MaxSpine)
	}
	local, ids := ev.ix.localAdjacency(members, ev.ix.edgesOf(x))
	edges := newBitset(len(ev.ix.t().edges))
	for i, succ := range graph.TransitiveReduction(local) {
		for _, j := range succ {
			edges.set(ids[[2]int32{int32(i), j}])
		}
	}
	return &set{nodes: x.nodes, edges: edges}, nil
}

// localAdjacency renumbers the members 0…n-1 in their order and returns
// the adjacency of the edges es among them, with the graph's edge index
// of each local edge.
func (ix *Index) localAdjacency(members []int32, es bitset) (adjList, map[[2]int32]int32) {
	local := make(map[int32]int32, len(members))
	for i, v := range members {
		local[v] = int32(i)
	}
	adj := make(adjList, len(members))
	ids := make(map[[2]int32]int32)
	for _, k := range es.members() {
		i, j := local[ix.t().from[k]], local[ix.t().to[k]]
		adj[i] = append(adj[i], j)
		ids[[2]int32{i, j}] = k
	}
	return adj, ids
}

// adjList is a graph.Adjacency over successor lists in ascending order.
type adjList [][]int32

// Len returns the number of nodes.
func (a adjList) Len() int { return len(a) }

// Succ returns the successors of v.
func (a adjList) Succ(v int32) []int32 { return a[v] }

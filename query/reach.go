package query

// reach returns the nodes reached from the sources by one to depth steps
// along adj (0: any number), following only edges the filter keeps (nil:
// all). A source is in the result only if another step reaches it.
func reach(adj *csr, sources bitset, depth int, f *edgeFilter) bitset {
	seen := newBitset(adj.Len())
	frontier := sources.members()
	for steps := 0; len(frontier) > 0 && (depth <= 0 || steps < depth); steps++ {
		var next []int32
		for _, v := range frontier {
			ids := adj.edgeIDs(v)
			for k, w := range adj.Succ(v) {
				if !seen.has(w) && f.keeps(ids[k]) {
					seen.set(w)
					next = append(next, w)
				}
			}
		}
		frontier = next
	}
	return seen
}

// ancestors is what the documents of X cite, transitively: what they
// build on.
func (ev *evaluator) ancestors(c *Call) (*set, error) { return ev.walk(c, ev.ix.t().out) }

// descendants is what cites the documents of X, transitively: what builds
// on them.
func (ev *evaluator) descendants(c *Call) (*set, error) { return ev.walk(c, ev.ix.t().in) }

// walk evaluates ancestors or descendants along adj.
func (ev *evaluator) walk(c *Call, adj *csr) (*set, error) {
	x, err := ev.arg(c, 0)
	if err != nil {
		return nil, err
	}
	f := ev.viaFilter(c.Via)
	nodes := reach(adj, x.nodes, c.Depth, f)
	return &set{nodes: nodes, edges: ev.keepEdges(nodes, f)}, nil
}

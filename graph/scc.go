package graph

// Components returns the strongly connected components of adj (Tarjan's
// algorithm): comp[v] is the component of node v, and n the number of
// components. Components are numbered in reverse topological order: when
// an edge joins two components, it runs from the higher number to the
// lower one. Nodes are visited in ascending order, so the numbering is
// deterministic.
func Components(adj Adjacency) (comp []int32, n int) {
	t := &tarjan{
		adj:     adj,
		index:   make([]int32, adj.Len()),
		low:     make([]int32, adj.Len()),
		comp:    make([]int32, adj.Len()),
		onStack: newBitset(adj.Len()),
	}
	for v := range t.index {
		t.index[v] = -1
	}
	for v := range int32(adj.Len()) {
		if t.index[v] < 0 {
			t.visit(v)
		}
	}
	return t.comp, int(t.ncomp)
}

// tarjan holds the state of one run of Tarjan's algorithm.
type tarjan struct {
	adj     Adjacency
	index   []int32 // discovery order, -1 before the visit
	low     []int32 // lowest index reachable while v is on the stack
	comp    []int32
	stack   []int32
	onStack bitset
	next    int32
	ncomp   int32
}

// visit numbers v and its unvisited descendants, and closes every
// component whose root it finds.
func (t *tarjan) visit(v int32) {
	t.index[v], t.low[v] = t.next, t.next
	t.next++
	t.stack = append(t.stack, v)
	t.onStack.set(v)
	for _, w := range t.adj.Succ(v) {
		switch {
		case t.index[w] < 0:
			t.visit(w)
			t.low[v] = min(t.low[v], t.low[w])
		case t.onStack.has(w):
			t.low[v] = min(t.low[v], t.index[w])
		}
	}
	if t.low[v] == t.index[v] {
		t.close(v)
	}
}

// close pops the component rooted at v off the stack.
func (t *tarjan) close(v int32) {
	for {
		w := t.stack[len(t.stack)-1]
		t.stack = t.stack[:len(t.stack)-1]
		t.onStack.clear(w)
		t.comp[w] = t.ncomp
		if w == v {
			break
		}
	}
	t.ncomp++
}

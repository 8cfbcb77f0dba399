package query

import "math/bits"

// bitset is a fixed-size set of small non-negative integers.
type bitset []uint64

// newBitset returns an empty set able to hold 0…n-1.
func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

// fullBitset returns the set of 0…n-1.
func fullBitset(n int) bitset {
	b := newBitset(n)
	for i := range b {
		b[i] = ^uint64(0)
	}
	if r := n % 64; r != 0 {
		b[len(b)-1] = 1<<r - 1
	}
	return b
}

// set adds i.
func (b bitset) set(i int32) { b[i>>6] |= 1 << (uint(i) & 63) }

// has reports whether i is in the set.
func (b bitset) has(i int32) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }

// and returns b ∩ c as a new set.
func (b bitset) and(c bitset) bitset {
	out := make(bitset, len(b))
	for k := range b {
		out[k] = b[k] & c[k]
	}
	return out
}

// or returns b ∪ c as a new set.
func (b bitset) or(c bitset) bitset {
	out := make(bitset, len(b))
	for k := range b {
		out[k] = b[k] | c[k]
	}
	return out
}

// andNot returns b \ c as a new set.
func (b bitset) andNot(c bitset) bitset {
	out := make(bitset, len(b))
	for k := range b {
		out[k] = b[k] &^ c[k]
	}
	return out
}

// count returns the number of members.
func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// members returns the members in ascending order.
func (b bitset) members() []int32 {
	out := make([]int32, 0, b.count())
	for k, w := range b {
		for w != 0 {
			out = append(out, int32(k<<6+bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
	return out
}

// set is the value of an expression: a subgraph given by its nodes and,
// when not every citation among them is kept, its edges.
type set struct {
	nodes bitset
	edges bitset // nil: every edge of the graph between two nodes of the set
}

// induced returns the indexes of the edges of the graph between members
// of nodes.
func (ix *Index) induced(nodes bitset) bitset {
	out := newBitset(len(ix.t().edges))
	for _, v := range nodes.members() {
		ids := ix.t().out.edgeIDs(v)
		for k, w := range ix.t().out.Succ(v) {
			if nodes.has(w) {
				out.set(ids[k])
			}
		}
	}
	return out
}

// edgesOf returns the edges of s, materialised.
func (ix *Index) edgesOf(s *set) bitset {
	if s.edges != nil {
		return s.edges
	}
	return ix.induced(s.nodes)
}

// restrict returns the edges of es whose both ends are in nodes.
func (ix *Index) restrict(es, nodes bitset) bitset {
	out := newBitset(len(ix.t().edges))
	for _, k := range es.members() {
		if nodes.has(ix.t().from[k]) && nodes.has(ix.t().to[k]) {
			out.set(k)
		}
	}
	return out
}

// combine applies a set operator. Nodes combine as sets; edges stay the
// induced subgraph unless either side kept fewer, in which case they
// combine as sets too, limited to edges between the nodes of the result.
func (ix *Index) combine(op Op, a, b *set) *set {
	var nodes bitset
	switch op {
	case OpUnion:
		nodes = a.nodes.or(b.nodes)
	case OpIntersect:
		nodes = a.nodes.and(b.nodes)
	default:
		nodes = a.nodes.andNot(b.nodes)
	}
	out := &set{nodes: nodes}
	if a.edges == nil && (b.edges == nil || op == OpDiff) {
		return out
	}
	ea, eb := ix.edgesOf(a), ix.edgesOf(b)
	switch op {
	case OpUnion:
		out.edges = ea.or(eb)
	case OpIntersect:
		out.edges = ea.and(eb)
	default:
		out.edges = ix.restrict(ea, nodes)
	}
	return out
}

package graph

// bitset is a fixed-size set of small non-negative integers.
type bitset []uint64

// newBitset returns an empty set able to hold 0…n-1.
func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

// set adds i.
func (b bitset) set(i int32) { b[i>>6] |= 1 << (uint(i) & 63) }

// has reports whether i is in the set.
func (b bitset) has(i int32) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }

// or adds every member of c to b.
func (b bitset) or(c bitset) {
	for k := range b {
		b[k] |= c[k]
	}
}

// clear removes i.
func (b bitset) clear(i int32) { b[i>>6] &^= 1 << (uint(i) & 63) }

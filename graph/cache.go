package graph

import "sync/atomic"

// cache keeps the values decoded from a graph's records, by index, for
// concurrent readers. Its slots are allocated a block at a time, when a
// value of the block is first kept: a query that decodes a few nodes and
// edges of a store of a million edges allocates, clears and has the
// collector scan a few blocks, not a pointer for every edge.
type cache[T any] struct {
	blocks []atomic.Pointer[[cacheBlock]atomic.Pointer[T]]
}

// cacheBlock is how many values a block holds.
const cacheBlock = 512

// newCache returns a cache for n values.
func newCache[T any](n int) *cache[T] {
	return &cache[T]{blocks: make([]atomic.Pointer[[cacheBlock]atomic.Pointer[T]], (n+cacheBlock-1)/cacheBlock)}
}

// get returns value i, making it with make the first time; concurrent
// callers get the same value.
func (c *cache[T]) get(i int32, make func() *T) *T {
	bp := &c.blocks[i/cacheBlock]
	b := bp.Load()
	if b == nil {
		bp.CompareAndSwap(nil, new([cacheBlock]atomic.Pointer[T]))
		b = bp.Load()
	}
	slot := &b[i%cacheBlock]
	if v := slot.Load(); v != nil {
		return v
	}
	slot.CompareAndSwap(nil, make())
	return slot.Load()
}

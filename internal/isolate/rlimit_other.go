//go:build !linux

package isolate

// limitAddressSpace does nothing outside Linux, where RLIMIT_AS is not
// enforced or the address space already mapped cannot be read: the child
// is still bounded in time, its heap is collected against the limit
// (debug.SetMemoryLimit), and its death never reaches the parent.
func limitAddressSpace(int64) error { return nil }

//go:build !linux

package isolate

import "syscall"

// limitAddressSpace does nothing outside Linux, where RLIMIT_AS is not
// enforced or the address space already mapped cannot be read: the child
// is still bounded in time, its heap is collected against the limit
// (debug.SetMemoryLimit), and its death never reaches the parent.
func limitAddressSpace(int64) error { return nil }

// childAttr has nothing to add outside Linux: a child whose parent died
// ends itself after its timeout (see Serve).
func childAttr() *syscall.SysProcAttr { return nil }

//go:build linux

package isolate

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// limitAddressSpace lets this process map at most n bytes more than it
// has mapped now (the runtime's reservations and the executable): an
// allocation past that fails, and the Go runtime ends the process with
// "out of memory", which the parent reports.
func limitAddressSpace(n int64) error {
	base, err := mappedBytes()
	if err != nil {
		return err
	}
	lim := unix.Rlimit{Cur: uint64(base + n), Max: uint64(base + n)}
	return unix.Setrlimit(unix.RLIMIT_AS, &lim)
}

// mappedBytes returns the size of this process's address space, from
// /proc/self/statm (its first field, in pages).
func mappedBytes() (int64, error) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, err
	}
	f := bytes.Fields(data)
	if len(f) == 0 {
		return 0, fmt.Errorf("/proc/self/statm: empty")
	}
	pages, err := strconv.ParseInt(string(f[0]), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("/proc/self/statm: %v", err)
	}
	return pages * int64(os.Getpagesize()), nil
}

// childAttr makes a child die with the process that started it: a build
// killed meanwhile leaves no reader behind.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

//go:build unix

package store

import (
	"os"
	"syscall"
)

// mapFile maps the file at path into memory, read-only, and closes it:
// the mapping stays valid, and shows the file that was opened even after
// a build renames a new store over its path. An empty file gives nil.
// A graph opened from the mapping reads it in place, so it is released
// (release) only when what was read from it is dropped.
func mapFile(path string) (b []byte, release func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return mapOpen(f)
}

// mapOpen maps an open file as mapFile does; the file may be closed
// afterwards.
func mapOpen(f *os.File) (b []byte, release func(), err error) {
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	size := st.Size()
	if size == 0 || !st.Mode().IsRegular() || size != int64(int(size)) {
		b, err := readAll(f)
		return b, func() {}, err
	}
	b, err = syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil { // a file system that cannot map: read the file
		b, err := readAll(f)
		return b, func() {}, err
	}
	return b, func() { syscall.Munmap(b) }, nil
}

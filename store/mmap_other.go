//go:build !unix

package store

import "os"

// mapFile reads the file at path into memory, where memory maps are not
// available.
func mapFile(path string) (b []byte, release func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return mapOpen(f)
}

// mapOpen reads an open file into memory.
func mapOpen(f *os.File) (b []byte, release func(), err error) {
	if _, err := f.Seek(0, 0); err != nil {
		return nil, nil, err
	}
	b, err = readAll(f)
	return b, func() {}, err
}

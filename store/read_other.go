//go:build !linux

package store

import (
	"io"
	"os"
)

// sourceReader reads the files of a build, one worker's, into one buffer
// used again for the next file.
type sourceReader struct {
	buf []byte
}

func newSourceReader() *sourceReader { return &sourceReader{} }

// read returns the content of path, expected to be size bytes, in the
// reader's buffer, valid until the next read or drop; at most MaxFile+1
// bytes are read.
func (r *sourceReader) read(path string, size int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, withoutPath(err)
	}
	defer f.Close()
	return r.fill(size, func(p []byte) (int, error) {
		n, err := f.Read(p)
		if err == io.EOF {
			err = nil
		}
		return n, withoutPath(err)
	})
}

func (r *sourceReader) close() {}

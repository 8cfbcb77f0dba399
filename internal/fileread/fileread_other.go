//go:build !linux

package fileread

import (
	"errors"
	"io"
	"io/fs"
	"os"
)

// Reader reads files for one goroutine into one buffer used again for the
// next file.
type Reader struct {
	limit int
	buf   []byte
}

// New returns a Reader of files of at most limit bytes.
func New(limit int) *Reader { return &Reader{limit: limit} }

// Read returns the content of path, expected to be size bytes (0 or less
// when unknown), in the reader's buffer, valid until the next Read or
// Drop. A file larger than the limit is an error; errors carry no path.
func (r *Reader) Read(path string, size int64) ([]byte, error) {
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

// Close gives back what the reader holds open. The reader may still be used.
func (r *Reader) Close() {}

// withoutPath returns an OS error without the path, which the caller
// prints: "no such file or directory".
func withoutPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

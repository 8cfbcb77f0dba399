// Package fileread reads whole source files, one after another, into one
// buffer used again for the next file, with as few system calls as the
// system allows: a build's workers and extract's read thousands of small
// files, where opening and reading cost as much as parsing.
package fileread

import "fmt"

// unknownSize is the size a buffer starts at for a file of unknown size:
// most UN texts are smaller.
const unknownSize = 64 << 10

// fill reads a file through read (which returns 0 and no error at the
// end) into the reader's buffer, sized for size bytes and one more so that
// the end is seen without growing it; a file that grew since it was
// looked at is read on, up to r.limit+1 bytes.
func (r *Reader) fill(size int64, read func([]byte) (int, error)) ([]byte, error) {
	if size <= 0 {
		size = unknownSize
	}
	want := int(min(max(size, 0), int64(r.limit))) + 1
	if cap(r.buf) < want {
		r.buf = make([]byte, want)
	}
	data := r.buf[:0]
	for {
		if len(data) > r.limit {
			return nil, fmt.Errorf("input is larger than %d MiB; not a UN document", r.limit>>20)
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
			r.buf = data[:cap(data)]
		}
		n, err := read(data[len(data):min(cap(data), r.limit+1)])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			r.buf = data[:cap(data)]
			return data, nil
		}
		data = data[:len(data)+n]
	}
}

// Drop forgets the buffer, which something made of the last file read
// still holds: the next file is read into a new one.
func (r *Reader) Drop() { r.buf = nil }

package store

import "fmt"

// fill reads a file through read (which returns 0 and no error at the
// end) into the reader's buffer, sized for size bytes and one more so that
// the end is seen without growing it; a file that grew since it was
// looked at is read on, up to MaxFile+1 bytes.
func (r *sourceReader) fill(size int64, read func([]byte) (int, error)) ([]byte, error) {
	want := int(min(max(size, 0), MaxFile)) + 1
	if cap(r.buf) < want {
		r.buf = make([]byte, want)
	}
	data := r.buf[:0]
	for {
		if len(data) > MaxFile {
			return nil, fmt.Errorf("larger than %d MiB; not a UN document", MaxFile>>20)
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
			r.buf = data[:cap(data)]
		}
		n, err := read(data[len(data):min(cap(data), MaxFile+1)])
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

// drop forgets the buffer, which a document made of it still holds.
func (r *sourceReader) drop() { r.buf = nil }

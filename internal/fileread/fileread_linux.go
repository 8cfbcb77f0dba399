package fileread

import (
	"path/filepath"

	"golang.org/x/sys/unix"
)

// Reader reads files for one goroutine: each file is opened from its
// folder, whose descriptor is kept while the files asked for stay in it
// (a folder's files follow one another), and read with plain system calls
// into one buffer used again for the next file. The os package would ask
// the runtime's poller to watch every file, which a regular file refuses
// after two more calls.
type Reader struct {
	limit int
	dir   string
	fd    int // of dir, or -1
	buf   []byte
}

// New returns a Reader of files of at most limit bytes.
func New(limit int) *Reader { return &Reader{limit: limit, fd: -1} }

// Read returns the content of path, expected to be size bytes (0 or less
// when unknown), in the reader's buffer, valid until the next Read or
// Drop. A file larger than the limit is an error; errors carry no path.
func (r *Reader) Read(path string, size int64) ([]byte, error) {
	dir, name := filepath.Split(path)
	if dir != r.dir || r.fd < 0 {
		r.Close()
		open := dir
		if open == "" {
			open = "."
		}
		fd, err := unix.Open(open, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if err != nil {
			return nil, err
		}
		r.dir, r.fd = dir, fd
	}
	fd, err := openAt(r.fd, name)
	if err != nil {
		return nil, err
	}
	defer unix.Close(fd)
	return r.fill(size, func(p []byte) (int, error) { return readFD(fd, p) })
}

// openAt opens name in the folder dirfd for reading.
func openAt(dirfd int, name string) (int, error) {
	for {
		fd, err := unix.Openat(dirfd, name, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != unix.EINTR {
			return fd, err
		}
	}
}

// readFD reads from fd, trying again when a signal interrupts.
func readFD(fd int, p []byte) (int, error) {
	for {
		n, err := unix.Read(fd, p)
		if err != unix.EINTR {
			return n, err
		}
	}
}

// Close gives back the folder's descriptor. The reader may still be used.
func (r *Reader) Close() {
	if r.fd >= 0 {
		unix.Close(r.fd)
	}
	r.dir, r.fd = "", -1
}

package store

import (
	"path/filepath"

	"golang.org/x/sys/unix"
)

// sourceReader reads the files of a build, one worker's: each file is
// opened from its folder, whose descriptor is kept while the files asked
// for stay in it (the jobs of a folder follow one another), and read with
// plain system calls into one buffer used again for the next file. The
// os package would ask the runtime's poller to watch every file, which a
// regular file refuses after two more calls.
type sourceReader struct {
	dir string
	fd  int // of dir, or -1
	buf []byte
}

func newSourceReader() *sourceReader { return &sourceReader{fd: -1} }

// read returns the content of path, expected to be size bytes, in the
// reader's buffer, valid until the next read or drop; at most MaxFile+1
// bytes are read.
func (r *sourceReader) read(path string, size int64) ([]byte, error) {
	dir, name := filepath.Split(path)
	if dir != r.dir || r.fd < 0 {
		r.close()
		fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
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

// close gives back the folder's descriptor.
func (r *sourceReader) close() {
	if r.fd >= 0 {
		unix.Close(r.fd)
	}
	r.dir, r.fd = "", -1
}

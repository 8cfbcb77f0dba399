package cmd

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// exportOutput receives what an export format writes and puts it where -o
// says as it comes, so that memory holds a few files at a time, never the
// whole export: a 15,000-note vault streams to disk.
type exportOutput interface {
	Create(name string) (io.Writer, error)
	// Close finishes the last file and reports the first error.
	Close() error
	// Abort drops what is not finished after a format failed.
	Abort()
}

// newExportOutput returns the output of -o for a format writing a folder
// or a single file.
func newExportOutput(opts *exportOptions) exportOutput {
	switch {
	case opts.Format.Folder():
		return newFolderOutput(opts.Output)
	case opts.Output == "-":
		return &streamOutput{w: bufio.NewWriterSize(opts.IO.Out, 1<<16), format: opts.Format.Name()}
	default:
		return &fileOutput{path: opts.Output, format: opts.Format.Name()}
	}
}

// streamOutput writes a single-file format to standard output, buffered.
type streamOutput struct {
	w       *bufio.Writer
	format  string
	created bool
}

func (o *streamOutput) Create(string) (io.Writer, error) {
	if o.created {
		return nil, fmt.Errorf("export: %s wrote several files, want 1", o.format)
	}
	o.created = true
	return o.w, nil
}

func (o *streamOutput) Close() error { return o.w.Flush() }
func (o *streamOutput) Abort()       {}

// fileOutput writes a single-file format to a temporary file beside -o,
// renamed over it when complete, so -o is never left half-written.
type fileOutput struct {
	path   string
	format string
	tmp    *os.File
	w      *bufio.Writer
}

func (o *fileOutput) Create(string) (io.Writer, error) {
	if o.tmp != nil {
		return nil, fmt.Errorf("export: %s wrote several files, want 1", o.format)
	}
	tmp, err := os.CreateTemp(filepath.Dir(o.path), "."+filepath.Base(o.path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	o.tmp, o.w = tmp, bufio.NewWriterSize(tmp, 1<<16)
	return o.w, nil
}

func (o *fileOutput) Close() error {
	if o.tmp == nil {
		return fmt.Errorf("export: %s wrote no file", o.format)
	}
	err := o.w.Flush()
	if err == nil {
		err = o.tmp.Chmod(0o644)
	}
	if cerr := o.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.tmp.Name(), o.path)
	}
	if err != nil {
		os.Remove(o.tmp.Name())
	}
	return err
}

func (o *fileOutput) Abort() {
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}

// folderWriters is how many files of a folder export are written at
// once: creating files is most of the time, and waits on the disk.
const folderWriters = 4

// folderOutput writes each file of a folder format once the format has
// finished it (its next Create, or Close), by a few writers at once, each
// file whole through writeFileAtomic. At most 2×folderWriters finished
// files wait in memory.
type folderOutput struct {
	dir   string
	name  string
	cur   *bytes.Buffer
	queue chan folderFile
	wg    sync.WaitGroup

	mu   sync.Mutex
	err  error
	dirs map[string]bool // folders made
}

// folderFile is one finished file.
type folderFile struct {
	path string
	data []byte
}

func newFolderOutput(dir string) *folderOutput {
	o := &folderOutput{dir: dir, queue: make(chan folderFile, 2*folderWriters), dirs: map[string]bool{}}
	for range folderWriters {
		o.wg.Go(func() {
			for f := range o.queue {
				o.write(f)
			}
		})
	}
	return o
}

func (o *folderOutput) Create(name string) (io.Writer, error) {
	o.finish()
	if err := o.firstErr(); err != nil {
		return nil, err
	}
	o.name, o.cur = name, &bytes.Buffer{}
	return o.cur, nil
}

// finish hands the file being written to the writers.
func (o *folderOutput) finish() {
	if o.cur != nil {
		o.queue <- folderFile{filepath.Join(o.dir, filepath.FromSlash(o.name)), o.cur.Bytes()}
		o.cur = nil
	}
}

// write writes one file, making its folder first.
func (o *folderOutput) write(f folderFile) {
	if o.firstErr() != nil {
		return
	}
	dir := filepath.Dir(f.path)
	o.mu.Lock()
	made := o.dirs[dir]
	o.mu.Unlock()
	if !made {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			o.fail(err)
			return
		}
		o.mu.Lock()
		o.dirs[dir] = true
		o.mu.Unlock()
	}
	if holds(f.path, f.data) {
		return
	}
	if err := writeFileAtomic(f.path, f.data); err != nil {
		o.fail(err)
	}
}

// holds reports whether the file at path holds data already: exporting
// again into the same folder leaves the files that did not change as
// they were, modification time and all, and costs a read instead of a
// write.
func holds(path string, data []byte) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) {
		return false
	}
	buf := make([]byte, len(data)+1) // one more, to see the end
	n, err := io.ReadFull(f, buf)
	return (err == io.ErrUnexpectedEOF || err == io.EOF) && n == len(data) && bytes.Equal(buf[:n], data)
}

// fail keeps the first error.
func (o *folderOutput) fail(err error) {
	o.mu.Lock()
	if o.err == nil {
		o.err = err
	}
	o.mu.Unlock()
}

// firstErr returns the first error of a writer.
func (o *folderOutput) firstErr() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}

func (o *folderOutput) Close() error {
	o.finish()
	close(o.queue)
	o.wg.Wait()
	return o.err
}

func (o *folderOutput) Abort() {
	o.cur = nil
	close(o.queue)
	o.wg.Wait()
}

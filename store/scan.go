package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sync"

	"github.com/recital-un/recital/internal/fileread"
	"github.com/recital-un/recital/parser"
)

// scan reads every job's file, several at a time, and parses those whose
// content the store does not hold already. Each worker holds one file at
// a time and keeps only the compact record of what it parsed, so memory
// grows with the citations found, never with the bytes read.
func (b *builder) scan() {
	b.done = make([]outcome, len(b.jobs))
	prog := Progress{Files: len(b.jobs)}
	b.statJobs()
	for _, j := range b.jobs {
		prog.Bytes += j.size
	}
	if b.opts.Progress != nil {
		b.opts.Progress(prog)
	}
	// Workers take the jobs a batch at a time and write each outcome in
	// place; what they send back is how far they went, for the progress.
	type result struct {
		files int
		bytes int64
	}
	next := make(chan int)
	results := make(chan result, b.workers())
	var wg sync.WaitGroup
	for range b.workers() {
		wg.Go(func() {
			e, rd := &recordEncoder{}, fileread.New(MaxFile)
			defer rd.Close()
			for start := range next {
				end := min(start+scanBatch, len(b.jobs))
				var r result
				for i := start; i < end; i++ {
					b.done[i] = b.process(b.jobs[i], e, rd)
					r.files++
					r.bytes += b.done[i].bytesRead
				}
				results <- r
			}
		})
	}
	go func() {
		for start := 0; start < len(b.jobs); start += scanBatch {
			next <- start
		}
		close(next)
		wg.Wait()
		close(results)
	}()
	for r := range results {
		prog.FilesDone += r.files
		prog.BytesDone += r.bytes
		if b.opts.Progress != nil {
			b.opts.Progress(prog)
		}
	}
}

// scanBatch is how many jobs a worker takes at once: enough that handing
// them out costs little beside a file that is only looked up, few enough
// that the workers finish together.
const scanBatch = 16

// statWorkers is how many files are looked up at once: a stat mostly
// waits on the file system.
const statWorkers = 8

// statJobs records the size and modification time of every job's file,
// several folders at a time: the files of one folder, which follow one
// another in the jobs, are looked up from the folder (statIn), so that
// its path is resolved once rather than once per file.
func (b *builder) statJobs() {
	var groups [][]job
	for i := 0; i < len(b.jobs); {
		j, dir := i+1, filepath.Dir(b.jobs[i].path)
		for j < len(b.jobs) && filepath.Dir(b.jobs[j].path) == dir {
			j++
		}
		groups = append(groups, b.jobs[i:j])
		i = j
	}
	var wg sync.WaitGroup
	for w := range statWorkers {
		wg.Go(func() {
			for g := w; g < len(groups); g += statWorkers {
				statIn(filepath.Dir(groups[g][0].path), groups[g])
			}
		})
	}
	wg.Wait()
}

// process reads one file, hashes it, and parses it unless the old store
// holds a document of the same content read by this parser version. A
// file whose size and modification time are those the store recorded is
// not read at all.
func (b *builder) process(j job, e *recordEncoder, rd *fileread.Reader) outcome {
	i, stored := b.oldIndex[j.path]
	if stored && !j.reparse {
		if p := b.old.files[i]; p.Parser == parser.Version && p.Size == j.size && p.Mtime == j.mtime && j.mtime != 0 {
			return outcome{reuse: i, bytesRead: j.size}
		}
	}
	data, err := rd.Read(j.path, j.size)
	if err != nil {
		if j.reparse && errors.Is(err, fs.ErrNotExist) {
			return outcome{reuse: -1, gone: true}
		}
		return outcome{reuse: -1, err: err}
	}
	sum := sha256.Sum256(data)
	hash := "sha256:" + hex.EncodeToString(sum[:])
	if stored && !j.reparse {
		if p := b.old.files[i]; p.Hash == hash && p.Parser == parser.Version {
			return outcome{reuse: i, touched: true, bytesRead: int64(len(data))}
		}
	}
	// The document is made of the reader's buffer, which the next file
	// overwrites: nothing of it outlives the record, whose encoding copies
	// what it keeps, except maybe an error.
	doc, err := parseSafely(j.source, data)
	if err != nil {
		rd.Drop()
		return outcome{reuse: -1, err: err, bytesRead: int64(len(data))}
	}
	p := Provenance{Path: j.path, Source: j.source, Hash: hash, Size: int64(len(data)), Mtime: j.mtime, Format: doc.Format, Parser: parser.Version}
	return outcome{reuse: -1, rec: newRecord(p, doc, e), bytesRead: int64(len(data))}
}

// readFile reads a file of at most MaxFile bytes into a buffer of its own.
func readFile(path string) ([]byte, error) {
	size, _ := fileStat(path)
	rd := fileread.New(MaxFile)
	defer rd.Close()
	return rd.Read(path, size)
}

// parseSafely parses a document made of data, which the caller gives up
// (parser.ParseOwned); a panic in the parser becomes the file's error, so
// one bad file never stops a build.
func parseSafely(source string, data []byte) (doc *parser.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &parser.InputError{Source: source, Msg: fmt.Sprintf("internal error in the parser: %v", r)}
		}
	}()
	return parser.ParseOwned(source, data)
}

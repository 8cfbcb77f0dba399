package store

import (
	"runtime"
	"sync"

	"github.com/recital-un/recital/parser"
)

// ParseFiles reads and parses the files at paths, several at a time, and
// returns the documents of those that could be read, in the order of
// paths, and one error per file that could not. name turns a path into
// the source name the documents and errors carry; nil keeps the path.
// It keeps every document whole, text included: it suits a corpus that
// fits in memory (the embedded default); Build streams.
func ParseFiles(paths []string, name func(path string) string) ([]*parser.Document, []error) {
	if name == nil {
		name = func(p string) string { return p }
	}
	docs := make([]*parser.Document, len(paths))
	errs := make([]error, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				docs[i], errs[i] = parseFile(paths[i], name(paths[i]))
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return compact(docs), compact(errs)
}

// parseFile reads and parses one file.
func parseFile(path, source string) (*parser.Document, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, &parser.InputError{Source: source, Msg: err.Error()}
	}
	return parseSafely(source, data)
}

// compact drops the zero values of s, keeping the order of the rest.
func compact[T comparable](s []T) []T {
	var zero T
	out := s[:0]
	for _, v := range s {
		if v != zero {
			out = append(out, v)
		}
	}
	return out
}

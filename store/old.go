package store

import (
	"errors"
	"os"
	"sync"

	"github.com/recital-un/recital/graph"
)

// oldStore is the store a build starts from: its summary and provenance
// are read at once, its documents and graph only when needed.
type oldStore struct {
	f          *os.File
	fr         *fileReader
	summary    Summary
	files      []Provenance
	graphAlone bool // a graph stored alone, without files and documents
	once       sync.Once
	recs       []*record
	err        error
}

// openOldStore opens a store file, checks every section, and reads its
// summary and provenance.
// The file stays open for the build: the store renamed over it later does
// not change what is read from it.
func openOldStore(path string) (*oldStore, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	o := &oldStore{f: f}
	if err := o.read(st.Size()); err != nil {
		f.Close()
		return nil, err
	}
	return o, nil
}

// read reads the summary and provenance sections.
func (o *oldStore) read(size int64) error {
	fr, err := openFile(o.f, size)
	if err != nil {
		return err
	}
	o.fr = fr
	if err := fr.verify(); err != nil {
		return err
	}
	sec, err := fr.section(secSummary)
	if err != nil {
		return err
	}
	if o.summary, err = decodeSummary(sec); err != nil {
		return err
	}
	if _, ok := fr.dir[secFiles]; !ok {
		o.graphAlone = true // no documents: a graph stored alone (Save)
		return nil
	}
	if sec, err = fr.section(secFiles); err != nil {
		return err
	}
	o.files, err = decodeFiles(sec)
	return err
}

// errGraphAlone says a store holds a graph without its documents (see
// Save), so a build cannot reuse anything of it.
var errGraphAlone = errors.New("the store held a graph alone")

// records reads the documents, once: records as they lie in the section,
// or, from a store written before records were encoded one by one,
// decoded and encoded again.
func (o *oldStore) records() ([]*record, error) {
	o.once.Do(func() {
		kind := uint32(secRecords)
		if _, ok := o.fr.dir[kind]; !ok {
			kind = secDocuments
		}
		sec, err := o.fr.section(kind)
		if err != nil {
			o.err = err
			return
		}
		if kind == secRecords {
			o.recs, o.err = decodeRecords(sec, o.files)
			return
		}
		o.recs, o.err = decodeDocuments(sec, o.files)
		e := &recordEncoder{}
		for _, r := range o.recs {
			r.enc = appendRecord(e, nil, r.doc, r.tails)
		}
	})
	return o.recs, o.err
}

// graph reads the graph (its checksum was checked when the store was
// opened).
func (o *oldStore) graph() (*graph.Graph, error) {
	sec, err := o.fr.section(secGraph)
	if err != nil {
		return nil, err
	}
	return decodeGraph(sec)
}

// close closes the file; closing again does nothing.
func (o *oldStore) close() {
	if o.f != nil {
		o.f.Close()
		o.f = nil
	}
}

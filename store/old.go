package store

import (
	"errors"
	"hash/crc32"
	"os"
	"sync"

	"github.com/recital-un/recital/graph"
)

// oldStore is the store a build starts from: its summary and provenance
// are read at once, its documents and graph only when needed. Those are
// read from a mapping of the file (made when they are first asked for),
// in place: the records a build copies to the new store and the graph it
// patches are views of it. The mapping stays valid, showing the old file,
// after the new store is renamed over its path, and is released when the
// build ends (close).
type oldStore struct {
	f          *os.File
	fr         *fileReader
	data       []byte // the file mapped, once a section is viewed
	release    func()
	summary    Summary
	files      []Provenance
	graphAlone bool            // a graph stored alone, without files and documents
	verified   map[uint32]bool // sections whose checksums were checked
	once       sync.Once
	recs       []*record
	err        error
}

// openOldStore opens a store file and reads its summary and provenance,
// checking their checksums; the other sections are checked when they are
// viewed, or by verify.
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
	o := &oldStore{f: f, verified: map[uint32]bool{secSummary: true, secFiles: true}}
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

// view returns a section as a view of the mapped file, checking its
// checksum the first time.
func (o *oldStore) view(kind uint32) ([]byte, error) {
	e, ok := o.fr.dir[kind]
	if !ok {
		return nil, &CorruptError{"no " + sectionNames[kind] + " section"}
	}
	if o.data == nil {
		data, release, err := mapOpen(o.f)
		if err != nil {
			return nil, err
		}
		if int64(len(data)) != o.fr.size {
			release()
			return nil, &CorruptError{"the file changed while it was read"}
		}
		o.data, o.release = data, release
	}
	sec := o.data[e.offset : e.offset+e.length : e.offset+e.length]
	if !o.verified[kind] {
		if crc32.Checksum(sec, castagnoli) != e.crc {
			return nil, &CorruptError{sectionNames[kind] + " section checksum mismatch"}
		}
		o.verified[kind] = true
	}
	return sec, nil
}

// verify checks the checksums of the sections not checked yet: a build
// checks every section of the store it starts from, even those it does
// not read.
func (o *oldStore) verify() error {
	for kind := range o.fr.dir {
		if o.verified[kind] {
			continue
		}
		if err := o.fr.verifySection(kind); err != nil {
			return err
		}
		o.verified[kind] = true
	}
	return nil
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
		sec, err := o.view(kind)
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

// graph opens the graph in place.
func (o *oldStore) graph() (*graph.Graph, error) {
	sec, err := o.view(secGraph)
	if err != nil {
		return nil, err
	}
	return decodeGraph(sec)
}

// close releases the mapping and closes the file; closing again does
// nothing. Nothing read from the store may be used afterwards.
func (o *oldStore) close() {
	if o.release != nil {
		o.release()
		o.release, o.data = nil, nil
	}
	if o.f != nil {
		o.f.Close()
		o.f = nil
	}
}

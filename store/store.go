// Package store keeps a citation graph in one file, with the documents it
// was built from, so that queries open it without parsing anything and a
// rebuild parses only the files that changed.
//
// A store file holds four sections (see file.go): a summary, the
// provenance of every document (path, content hash, format, parser
// version), what the parser found in each document (its identity,
// citations and diagnostics, without its text: one record per document,
// encoded once and copied from store to store, see records.go), and the
// frozen graph.
// Load maps the file and opens the graph in place. Build reads the provenance, hashes the files
// under the roots it is given, parses those whose content changed and
// those the current parser version has not read, drops the documents whose
// files are gone, and resolves the graph again from every document.
//
// Every write goes to a temporary file that is synced and renamed over the
// store (see writeAtomic): a build killed at any moment leaves the previous
// store as it was, and a reader sees one store or the other, never a mix.
// Every section is checked by a CRC, so a damaged or foreign file is
// reported as such, never read as a graph.
//
// A store may also hold a graph alone (Save, Write), without documents:
// that is how package data embeds the default graph, in the same layout.
package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/recital-un/recital/graph"
)

// Load opens the graph of the store at path, a store file written by
// Build or Save. It maps the file and reads the graph in place: a
// question about a few documents reads a few records, whatever the size
// of the store. Load checks the file's header, directory and trailer and
// the graph's adjacency, but not the checksums of its sections, which a
// build checks when it writes and Verify checks on demand ('recital check
// --store').
func Load(path string) (*graph.Graph, error) {
	b, release, err := mapFile(path)
	if err != nil {
		return nil, err
	}
	g, err := Open(b)
	if err != nil {
		release()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// Open returns the graph of a store file held in memory, as Load does; it
// keeps b, which must not change afterwards.
func Open(b []byte) (*graph.Graph, error) {
	fr, err := openFile(bytes.NewReader(b), int64(len(b)))
	if errors.Is(err, ErrNotStore) && isOldSnapshot(b[:min(len(b), 4096)]) {
		return nil, ErrSnapshot
	}
	if err != nil {
		return nil, err
	}
	e, ok := fr.dir[secGraph]
	if !ok {
		return nil, &CorruptError{"no graph section"}
	}
	return decodeGraph(b[e.offset : e.offset+e.length])
}

// Verify checks every section of the store at path against its checksum.
func Verify(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	fr, err := openFile(f, st.Size())
	if err == nil {
		err = fr.verify()
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readAll reads the rest of f into memory.
func readAll(f *os.File) ([]byte, error) {
	return io.ReadAll(f)
}

// Files returns the provenance of every document of the store at path,
// sorted by path.
func Files(path string) ([]Provenance, error) {
	old, err := openOldStore(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer old.close()
	return old.files, nil
}

// Info describes a store file.
type Info struct {
	Summary
	Size     int64            // bytes of the file
	Sections map[string]int64 // bytes of each section, by name
}

// Inspect reads the summary of the store at path and the sizes of its
// sections.
func Inspect(path string) (*Info, error) {
	old, err := openOldStore(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer old.close()
	info := &Info{Summary: old.summary, Size: old.fr.size, Sections: map[string]int64{}}
	for kind, e := range old.fr.dir {
		info.Sections[sectionNames[kind]] = int64(e.length)
	}
	return info, nil
}

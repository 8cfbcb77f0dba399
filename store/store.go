// Package store keeps a citation graph in one file, with the documents it
// was built from, so that queries open it without parsing anything and a
// rebuild parses only the files that changed.
//
// A store file holds four sections (see file.go): a summary, the
// provenance of every document (path, content hash, format, parser
// version), what the parser found in each document (its identity,
// citations and diagnostics, without its text), and the frozen graph.
// Load reads the graph alone. Build reads the provenance, hashes the files
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
// The package also reads and writes snapshots (snapshot.go), the graph
// alone in a gob, which is how package data embeds the default graph.
package store

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sync"

	"github.com/recital-un/recital/graph"
)

// Load reads the graph of the store at path: a store file written by
// Build, or a snapshot written by Save.
func Load(path string) (*graph.Graph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	fr, err := openFile(f, st.Size())
	if errors.Is(err, ErrNotStore) {
		if _, serr := f.Seek(0, 0); serr != nil {
			return nil, serr
		}
		g, rerr := Read(f)
		if rerr != nil {
			return nil, fmt.Errorf("%s: %w", path, rerr)
		}
		return g, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sec, err := fr.section(secGraph)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer pauseGC()()
	g, err := decodeGraph(sec)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// Everything Load allocates while it decodes is kept, so a collection
// during the decode finds nothing to free and only costs time (a quarter
// of a query's start on a million edges). pauseGC turns the collector off
// until the function it returns is called; overlapping calls share one
// pause.
var gcPause struct {
	sync.Mutex
	n       int
	percent int
}

// pauseGC pauses the collector and returns the function that resumes it.
func pauseGC() func() {
	gcPause.Lock()
	if gcPause.n == 0 {
		gcPause.percent = debug.SetGCPercent(-1)
	}
	gcPause.n++
	gcPause.Unlock()
	return func() {
		gcPause.Lock()
		gcPause.n--
		if gcPause.n == 0 {
			debug.SetGCPercent(gcPause.percent)
		}
		gcPause.Unlock()
	}
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

// Package store saves a citation graph to a file and loads it back.
//
// A store is a gzip-compressed gob snapshot of the frozen graph: its nodes,
// edges and diagnostics, sorted, so the same graph always gives the same
// bytes. Saving writes a temporary file beside the target and renames it,
// so a failed save never leaves a half-written store. Snapshots are whole:
// there is no incremental update yet.
package store

import (
	"compress/gzip"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// magic opens every snapshot.
const magic = "recital-graph"

// FormatVersion is the version of the snapshot layout. Read rejects other
// versions.
const FormatVersion = 1

// snapshot is what a store holds. Occurrences repeat a few short strings
// (file names, relations, dates) many times, so they are kept once in
// Strings and referred to by index: that makes the default graph load
// about twice as fast.
type snapshot struct {
	Magic       string
	Format      int
	Parser      string // parser.Version of the extraction the graph was built from
	Strings     []string
	Nodes       []graph.Node
	Edges       []edgeRecord
	Diagnostics []graph.Diagnostic
}

// Options say what a snapshot leaves out.
type Options struct {
	// Compact leaves out the text of every occurrence and the diagnostics,
	// keeping symbols, dates, titles, relations and positions: the shape
	// of the embedded default dataset.
	Compact bool
}

// Write encodes g to w.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	s := snapshot{Magic: magic, Format: FormatVersion, Parser: parser.Version}
	nodeIndex := make(map[string]int32, g.Len())
	for i, n := range g.Nodes() {
		s.Nodes = append(s.Nodes, *n)
		nodeIndex[n.ID] = int32(i)
	}
	st := newStringTable(g.Edges())
	for _, e := range g.Edges() {
		s.Edges = append(s.Edges, st.encode(e, nodeIndex, opts))
	}
	s.Strings = st.strings
	if !opts.Compact {
		s.Diagnostics = g.Diagnostics()
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&s); err != nil {
		return err
	}
	return zw.Close()
}

// Read decodes a graph written by Write.
func Read(r io.Reader) (*graph.Graph, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, errNotStore
	}
	var s snapshot
	if err := gob.NewDecoder(zr).Decode(&s); err != nil || s.Magic != magic {
		return nil, errNotStore
	}
	if s.Format != FormatVersion {
		return nil, fmt.Errorf("store format %d, this Recital reads format %d: rebuild it with 'recital build'", s.Format, FormatVersion)
	}
	nodes := make([]*graph.Node, len(s.Nodes))
	for i := range s.Nodes {
		nodes[i] = &s.Nodes[i]
	}
	edges, err := decodeEdges(s.Edges, s.Nodes, s.Strings)
	if err != nil {
		return nil, err
	}
	return graph.New(nodes, edges, s.Diagnostics)
}

// errNotStore says a file is not a store.
var errNotStore = errors.New("not a Recital store (make one with 'recital build')")

// Load reads the store at path.
func Load(path string) (*graph.Graph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// Save writes g to path atomically: to a temporary file in the same
// directory, renamed over path once complete.
func Save(path string, g *graph.Graph, opts Options) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = Write(tmp, g, opts); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

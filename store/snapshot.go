package store

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"

	"github.com/recital-un/recital/graph"
)

// A graph can be stored alone, without the documents it was built from:
// a store file with a summary and a graph section only, which is how
// package data embeds the default graph. Write and Save produce it; Load
// and Open read it like any store. A build given such a file rebuilds it
// from the files.

// Options say what a graph stored alone leaves out.
type Options struct {
	// Compact leaves out the text of every occurrence and the diagnostics,
	// keeping symbols, dates, titles, relations and positions: the shape
	// of the embedded default dataset.
	Compact bool
}

// Write writes g to w as a store file holding the graph alone. The same
// graph and options give the same bytes.
func Write(w io.Writer, g *graph.Graph, opts Options) error {
	sec, err := encodeGraph(g, opts.Compact)
	if err != nil {
		return err
	}
	sum := Summary{Nodes: g.Len(), Edges: g.EdgeCount(), Diagnostics: map[string]int{}}
	for _, n := range g.Nodes() {
		if n.InCorpus {
			sum.InCorpus++
		}
	}
	if !opts.Compact {
		for _, d := range g.Diagnostics() {
			sum.Diagnostics[d.Code]++
		}
	}
	fw := newFileWriter(w)
	fw.section(secSummary, encodeSummary(sum))
	fw.section(secGraph, sec)
	return fw.close()
}

// Save writes g to path as a store file holding the graph alone,
// atomically (see writeAtomic).
func Save(path string, g *graph.Graph, opts Options) error {
	return writeAtomic(path, func(w io.Writer) error { return Write(w, g, opts) })
}

// ErrSnapshot says a file is a graph snapshot written by an earlier
// Recital, in a layout this one no longer reads.
var ErrSnapshot = errors.New("a graph snapshot of an earlier Recital, which this one no longer reads: rebuild it with 'recital build'")

// snapshotMagic is the name every snapshot of an earlier Recital carried
// near its start (a gzip-compressed gob).
const snapshotMagic = "recital-graph"

// isOldSnapshot reports whether head, the first bytes of a file, begins
// a snapshot of an earlier Recital.
func isOldSnapshot(head []byte) bool {
	if !bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	buf := make([]byte, 4096)
	n, _ := io.ReadFull(zr, buf)
	return bytes.Contains(buf[:n], []byte(snapshotMagic))
}

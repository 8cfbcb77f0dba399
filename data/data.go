// Package data embeds Recital's default citation graph: the graph built
// from the development and bulk corpora and the seed in ../shared, kept
// as data (symbols, kinds, dates, titles and every citation's relation,
// location, paragraph, footnote and date; no document text).
//
// It is a store file holding the graph alone, in the layout every store
// has (see package store), compressed. Queries use it when no store is
// given, so that Recital answers on a fresh machine. Regenerate it with
// 'go generate ./data' after the parser changes; a test in
// internal/gendefault checks that it is current.
package data

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sync"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/store"
)

//go:generate go run ../internal/gendefault -shared ../../shared -o default.store.gz

// Name is how messages refer to the embedded graph.
const Name = "the embedded default graph"

//go:embed default.store.gz
var compressed []byte

// Bytes returns the embedded store as stored, compressed.
func Bytes() []byte { return compressed }

// Store returns the embedded store file, decompressed.
func Store() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(compressed))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// Default returns the embedded graph, opening it on first use.
var Default = sync.OnceValues(func() (*graph.Graph, error) {
	b, err := Store()
	if err != nil {
		return nil, err
	}
	return store.Open(b)
})

// Package data embeds Recital's default citation graph: the graph built
// from the development and bulk corpora and the seed in ../shared, kept
// as data (symbols, kinds, dates, titles and every citation's relation,
// location, paragraph, footnote and date; no document text).
//
// Queries use it when no store is given, so that Recital answers on a
// fresh machine. Regenerate it with 'go generate ./data' after the parser
// changes; a test in internal/gendefault checks that it is current.
package data

import (
	"bytes"
	_ "embed"
	"sync"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/store"
)

//go:generate go run ../internal/gendefault -shared ../../shared -o default.gob.gz

// Name is how messages refer to the embedded graph.
const Name = "the embedded default graph"

//go:embed default.gob.gz
var compressed []byte

// Bytes returns the embedded snapshot as stored.
func Bytes() []byte { return compressed }

// Default returns the embedded graph, decoding it on first use.
var Default = sync.OnceValues(func() (*graph.Graph, error) {
	return store.Read(bytes.NewReader(compressed))
})

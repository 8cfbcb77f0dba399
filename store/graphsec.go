package store

import (
	"errors"

	"github.com/recital-un/recital/graph"
)

// The graph section holds the frozen graph in the layout of
// graph.AppendFrozen: adjacency as offset arrays, nodes and occurrences
// as records found by offset, strings once. A query maps the store and
// opens the section in place (graph.Open): it reads the records of the
// documents it answers about and nothing else.

// encodeGraph writes the graph section.
func encodeGraph(g *graph.Graph, compact bool) ([]byte, error) {
	return g.AppendFrozen(nil, graph.FrozenOptions{Compact: compact})
}

// decodeGraph opens a graph section, which it keeps: the section must not
// change afterwards.
func decodeGraph(section []byte) (*graph.Graph, error) {
	g, err := graph.Open(section)
	if errors.Is(err, graph.ErrNotFrozen) {
		return nil, &CorruptError{"graph section: " + err.Error()}
	}
	return g, err
}

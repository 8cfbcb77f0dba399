package store

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"slices"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// A snapshot is a gzip-compressed gob of a frozen graph alone, without
// the documents it was built from: the shape of the graph embedded in
// package data, which Write and Read produce and consume. Builds write
// store files (see file.go), which Load reads as well as snapshots.

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
		return nil, ErrNotStore
	}
	var s snapshot
	if err := gob.NewDecoder(zr).Decode(&s); err != nil || s.Magic != magic {
		return nil, ErrNotStore
	}
	if s.Format != FormatVersion {
		return nil, fmt.Errorf("store format %d, this Recital reads format %d: rebuild it with 'recital build'", s.Format, FormatVersion)
	}
	nodes := make([]*graph.Node, len(s.Nodes))
	for i := range s.Nodes {
		nodes[i] = &s.Nodes[i]
	}
	edges, err := decodeEdgeRecords(s.Edges, s.Nodes, s.Strings)
	if err != nil {
		return nil, err
	}
	return graph.New(nodes, edges, s.Diagnostics)
}

// Save writes g to path as a snapshot, atomically (see writeAtomic).
func Save(path string, g *graph.Graph, opts Options) error {
	return writeAtomic(path, func(w io.Writer) error { return Write(w, g, opts) })
}

// edgeRecord is an edge as stored: From and To are indexes into the
// snapshot's nodes.
type edgeRecord struct {
	From, To    int32
	Occurrences []occurrenceRecord
}

// occurrenceRecord is an occurrence as stored: its short fields are
// indexes into the snapshot's string table.
type occurrenceRecord struct {
	Source, Relation, Verb, Location, Footnote, Part, Date int32
	Paragraph                                              int32
	Text                                                   string
	Start, End, Line, Col                                  int32
}

// stringTable assigns an index to each distinct short string, in sorted
// order so that the same graph always gives the same table.
type stringTable struct {
	strings []string
	index   map[string]int32
}

// newStringTable collects the short strings of every occurrence.
func newStringTable(edges []*graph.Edge) *stringTable {
	seen := map[string]bool{"": true}
	for _, e := range edges {
		for _, o := range e.Occurrences {
			for _, s := range shortFields(&o) {
				seen[s] = true
			}
		}
	}
	t := &stringTable{index: make(map[string]int32, len(seen))}
	for s := range seen {
		t.strings = append(t.strings, s)
	}
	slices.Sort(t.strings)
	for i, s := range t.strings {
		t.index[s] = int32(i)
	}
	return t
}

// shortFields lists the fields of o kept in the string table.
func shortFields(o *graph.Occurrence) [7]string {
	return [7]string{o.Source, o.Relation, o.Verb, string(o.Location), o.Footnote, o.Part, o.Date}
}

// encode turns an edge into its record, dropping occurrence text in
// compact snapshots.
func (t *stringTable) encode(e *graph.Edge, nodeIndex map[string]int32, opts Options) edgeRecord {
	r := edgeRecord{From: nodeIndex[e.From], To: nodeIndex[e.To], Occurrences: make([]occurrenceRecord, len(e.Occurrences))}
	for i, o := range e.Occurrences {
		f := shortFields(&o)
		rec := occurrenceRecord{
			Source: t.index[f[0]], Relation: t.index[f[1]], Verb: t.index[f[2]], Location: t.index[f[3]],
			Footnote: t.index[f[4]], Part: t.index[f[5]], Date: t.index[f[6]],
			Paragraph: int32(o.Paragraph), Text: o.Text,
			Start: int32(o.Span.Start), End: int32(o.Span.End), Line: int32(o.Span.Line), Col: int32(o.Span.Col),
		}
		if opts.Compact {
			rec.Text = ""
		}
		r.Occurrences[i] = rec
	}
	return r
}

// decodeEdgeRecords turns snapshot records back into edges.
func decodeEdgeRecords(recs []edgeRecord, nodes []graph.Node, strs []string) ([]*graph.Edge, error) {
	str := func(i int32) (string, error) {
		if i < 0 || int(i) >= len(strs) {
			return "", ErrNotStore
		}
		return strs[i], nil
	}
	edges := make([]graph.Edge, len(recs))
	out := make([]*graph.Edge, len(recs))
	for k, r := range recs {
		if r.From < 0 || int(r.From) >= len(nodes) || r.To < 0 || int(r.To) >= len(nodes) {
			return nil, ErrNotStore
		}
		edges[k] = graph.Edge{From: nodes[r.From].ID, To: nodes[r.To].ID, Occurrences: make([]graph.Occurrence, len(r.Occurrences))}
		for i, o := range r.Occurrences {
			var f [7]string
			for j, idx := range [7]int32{o.Source, o.Relation, o.Verb, o.Location, o.Footnote, o.Part, o.Date} {
				s, err := str(idx)
				if err != nil {
					return nil, err
				}
				f[j] = s
			}
			edges[k].Occurrences[i] = graph.Occurrence{
				Source: f[0], Relation: f[1], Verb: f[2], Location: parser.Location(f[3]), Footnote: f[4], Part: f[5], Date: f[6],
				Paragraph: int(o.Paragraph), Text: o.Text,
				Span: parser.Span{Start: int(o.Start), End: int(o.End), Line: int(o.Line), Col: int(o.Col)},
			}
		}
		out[k] = &edges[k]
	}
	return out, nil
}

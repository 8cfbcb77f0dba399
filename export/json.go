package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/recital-un/recital/graph"
)

// jsonFormat writes the node-link JSON documented in the package comment
// ("JSON schema"); ReadJSON reads it back.
type jsonFormat struct{}

// jsonFormatName is the value of "format" in every file.
const jsonFormatName = "recital-graph"

// jsonSchema is the version of the layout above.
const jsonSchema = 1

// jsonGraph is the file.
type jsonGraph struct {
	Format      string             `json:"format"`
	Schema      int                `json:"schema"`
	Directed    bool               `json:"directed"`
	Multigraph  bool               `json:"multigraph"`
	Graph       jsonMeta           `json:"graph"`
	Nodes       []jsonNode         `json:"nodes"`
	Links       []jsonLink         `json:"links"`
	Diagnostics []graph.Diagnostic `json:"diagnostics,omitempty"`
}

// jsonMeta describes what was exported.
type jsonMeta struct {
	Description string          `json:"description"`
	Root        string          `json:"root,omitempty"`
	Direction   graph.Direction `json:"direction,omitempty"`
	Depth       int             `json:"depth,omitempty"`
}

// jsonNode is a node with its link and generation.
type jsonNode struct {
	graph.Node
	CitationsKnown bool   `json:"citations_known"` // what it cites is known: its text was read
	Link           string `json:"link,omitempty"`
	Generation     *int   `json:"generation,omitempty"`
}

// jsonLink is an edge.
type jsonLink struct {
	Source      string           `json:"source"`
	Target      string           `json:"target"`
	Relations   []string         `json:"relations"`
	Occurrences []jsonOccurrence `json:"occurrences"`
}

// jsonOccurrence is an occurrence with the citing sentence, without
// markup, where the source file can be read again.
type jsonOccurrence struct {
	graph.Occurrence
	Quote string `json:"quote,omitempty"`
}

func (jsonFormat) Name() string { return "json" }
func (jsonFormat) Folder() bool { return false }

// Write writes the subgraph as one JSON object.
func (jsonFormat) Write(out Output, s *Subgraph) error {
	w, err := out.Create("graph.json")
	if err != nil {
		return err
	}
	doc := jsonGraph{
		Format: jsonFormatName, Schema: jsonSchema, Directed: true,
		Graph: jsonMeta{Description: s.Describe(), Root: s.Root, Direction: s.Direction, Depth: s.Depth},
		Nodes: make([]jsonNode, len(s.Nodes)), Links: make([]jsonLink, len(s.Edges)),
		Diagnostics: s.Diagnostics,
	}
	for i, n := range s.Nodes {
		doc.Nodes[i] = jsonNode{Node: *n, CitationsKnown: n.InCorpus, Link: link(n)}
		if g, ok := s.Generation(n.ID); ok {
			doc.Nodes[i].Generation = &g
		}
	}
	quotes := quoteAll(s)
	for i, e := range s.Edges {
		occs := make([]jsonOccurrence, len(e.Occurrences))
		for k := range e.Occurrences {
			occs[k] = jsonOccurrence{Occurrence: e.Occurrences[k], Quote: StripMarkup(quotes[&e.Occurrences[k]])}
		}
		doc.Links[i] = jsonLink{Source: e.From, Target: e.To, Relations: e.Relations(), Occurrences: occs}
		if doc.Links[i].Relations == nil {
			doc.Links[i].Relations = []string{}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// ErrNotJSONGraph says that a file is not a JSON export of Recital.
var ErrNotJSONGraph = errors.New(`not a Recital JSON graph (make one with 'recital export --format json')`)

// ReadJSON reads a graph written by the json format: its nodes, its
// citations with every occurrence, and its diagnostics. Links and
// generations, which are derived, are not read.
func ReadJSON(r io.Reader) (*graph.Graph, error) {
	var doc jsonGraph
	err := json.NewDecoder(r).Decode(&doc)
	if doc.Format != jsonFormatName {
		return nil, ErrNotJSONGraph
	}
	if err != nil {
		return nil, fmt.Errorf("JSON graph: %w", err)
	}
	if doc.Schema != jsonSchema {
		return nil, fmt.Errorf("JSON graph schema %d, this Recital reads schema %d", doc.Schema, jsonSchema)
	}
	nodes := make([]*graph.Node, len(doc.Nodes))
	for i := range doc.Nodes {
		n := doc.Nodes[i].Node
		nodes[i] = &n
	}
	edges := make([]*graph.Edge, len(doc.Links))
	for i, l := range doc.Links {
		occs := make([]graph.Occurrence, len(l.Occurrences))
		for k, o := range l.Occurrences {
			occs[k] = o.Occurrence
		}
		edges[i] = &graph.Edge{From: l.Source, To: l.Target, Occurrences: occs}
	}
	g, err := graph.New(nodes, edges, doc.Diagnostics)
	if err != nil {
		return nil, fmt.Errorf("JSON graph: %w", err)
	}
	return g, nil
}

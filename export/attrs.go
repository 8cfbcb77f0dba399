package export

import (
	"slices"
	"strconv"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/render"
)

// Attribute types, as GraphML names them.
const (
	typeString = "string"
	typeInt    = "int"
	typeBool   = "boolean"
	typeDouble = "double"
)

// nodeAttr is one typed attribute of a document, as GraphML, GEXF and
// CSV write it. get returns the value as text and false when the
// document has none.
type nodeAttr struct {
	name, typ string
	get       func(s *Subgraph, n *graph.Node) (string, bool)
}

// edgeAttr is one typed attribute of a citation.
type edgeAttr struct {
	name, typ string
	get       func(e *graph.Edge) (string, bool)
}

// nodeAttrs are the attributes of documents, in the order they are
// written. generation is written for lineages only.
var nodeAttrs = []nodeAttr{
	{"label", typeString, func(_ *Subgraph, n *graph.Node) (string, bool) { return n.ID, true }},
	{"kind", typeString, func(_ *Subgraph, n *graph.Node) (string, bool) { return nonEmpty(string(n.Kind)) }},
	{"body", typeString, func(_ *Subgraph, n *graph.Node) (string, bool) { return nonEmpty(string(n.Body)) }},
	{"title", typeString, func(_ *Subgraph, n *graph.Node) (string, bool) { return nonEmpty(n.Title) }},
	{"date", typeString, func(_ *Subgraph, n *graph.Node) (string, bool) { return nonEmpty(n.Date) }},
	{"year", typeInt, func(_ *Subgraph, n *graph.Node) (string, bool) { return nonEmpty(n.Year()) }},
	{"parts", typeString, func(_ *Subgraph, n *graph.Node) (string, bool) { return nonEmpty(partsText(n)) }},
	{"in_corpus", typeBool, func(_ *Subgraph, n *graph.Node) (string, bool) { return strconv.FormatBool(n.InCorpus), true }},
	{"source", typeString, func(_ *Subgraph, n *graph.Node) (string, bool) { return nonEmpty(n.Source) }},
	{"format", typeString, func(_ *Subgraph, n *graph.Node) (string, bool) { return nonEmpty(n.Format) }},
	{"link", typeString, func(_ *Subgraph, n *graph.Node) (string, bool) { return nonEmpty(link(n)) }},
	{"generation", typeInt, func(s *Subgraph, n *graph.Node) (string, bool) {
		g, ok := s.Generation(n.ID)
		return strconv.Itoa(g), ok
	}},
}

// edgeAttrs are the attributes of citations, in the order they are
// written.
var edgeAttrs = []edgeAttr{
	{"relations", typeString, func(e *graph.Edge) (string, bool) { return relationsOf(e), true }},
	{"family", typeString, func(e *graph.Edge) (string, bool) { return render.FamilyOf(e).String(), true }},
	{"occurrences", typeInt, func(e *graph.Edge) (string, bool) { return strconv.Itoa(len(e.Occurrences)), true }},
	{"locations", typeString, func(e *graph.Edge) (string, bool) { return nonEmpty(locationsOf(e)) }},
	{"weight", typeDouble, func(e *graph.Edge) (string, bool) { return strconv.Itoa(len(e.Occurrences)), true }},
}

// nodeAttrsFor returns the node attributes that apply to s.
func nodeAttrsFor(s *Subgraph) []nodeAttr {
	if s.Gen != nil {
		return nodeAttrs
	}
	return nodeAttrs[:len(nodeAttrs)-1]
}

// nonEmpty returns s and whether it is not empty.
func nonEmpty(s string) (string, bool) { return s, s != "" }

// partsText lists the dates of parts adopted apart: "A 2011-12-24; B 2012-04-03".
func partsText(n *graph.Node) string {
	var parts []string
	for _, p := range n.Parts {
		parts = append(parts, p.Part+" "+p.Date)
	}
	return strings.Join(parts, "; ")
}

// locationsOf lists the distinct locations of an edge's occurrences, in
// text order: "preamble, operative".
func locationsOf(e *graph.Edge) string {
	var locs []string
	for _, o := range e.Occurrences {
		if l := string(o.Location); l != "" && !slices.Contains(locs, l) {
			locs = append(locs, l)
		}
	}
	return strings.Join(locs, ", ")
}

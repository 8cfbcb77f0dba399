package export

import (
	"github.com/recital-un/recital/internal/textfit"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/render"
)

// dotFormat writes the subgraph as a Graphviz DOT digraph that carries
// its data: every document with its attributes (kind, body, title, date,
// in_corpus, source, link, generation) and every citation with its
// relations and number of occurrences, so that tools reading DOT (Gephi,
// networkx's pydot reader) get them. It is drawable as it is (older
// documents at the top, arrows to the cited document, dashed when the
// text is not in the corpus); 'recital render' draws the styled, one-row-
// per-year diagram of a lineage.
type dotFormat struct{}

func (dotFormat) Name() string { return "dot" }
func (dotFormat) Folder() bool { return false }

// dotEdgeStyles are the DOT attributes of each relation family.
var dotEdgeStyles = map[render.Family]string{
	render.Reaffirming: `style="bold"`,
	render.Recalling:   `style="solid"`,
	render.TakingNote:  `style="dashed"`,
	render.Other:       `style="dotted"`,
}

// Write writes the digraph.
func (dotFormat) Write(out Output, s *Subgraph) error {
	w, err := create(out, "graph.dot")
	if err != nil {
		return err
	}
	w.printf("// %s\n", textfit.OneLine(s.Describe()))
	w.str("digraph \"recital\" {\n")
	w.printf("\tgraph [rankdir=BT, fontname=\"Helvetica\", labelloc=t, label=%s];\n", render.Quote(s.Describe()))
	w.str("\tnode [shape=box, style=\"rounded\", fontname=\"Helvetica\", fontsize=9];\n")
	w.str("\tedge [arrowsize=0.5];\n")
	for _, n := range s.Nodes {
		w.printf("\t%s [%s];\n", render.Quote(n.ID), strings.Join(dotNodeAttrs(s, n), ", "))
	}
	for _, e := range s.Edges {
		w.printf("\t%s -> %s [relations=%s, occurrences=%d, %s];\n", render.Quote(e.From), render.Quote(e.To),
			render.Quote(relationsOf(e)), len(e.Occurrences), dotEdgeStyles[render.FamilyOf(e)])
	}
	w.str("}\n")
	return w.err
}

// dotNodeAttrs lists the attributes of a document.
func dotNodeAttrs(s *Subgraph, n *graph.Node) []string {
	attrs := []string{"label=" + render.Quote(strings.Join(nodeLines(n), "\n"))}
	for _, a := range nodeAttrsFor(s)[1:] {
		if v, ok := a.get(s, n); ok && a.name != "link" {
			attrs = append(attrs, a.name+"="+render.Quote(v))
		}
	}
	if u := link(n); u != "" {
		attrs = append(attrs, "URL="+render.Quote(u))
	}
	if !n.InCorpus {
		attrs = append(attrs, `style="rounded,dashed"`)
	}
	if n.ID == s.Root {
		attrs = append(attrs, "penwidth=2")
	}
	return attrs
}

package export

import (
	"encoding/xml"
	"strings"
)

// graphMLFormat writes GraphML (http://graphml.graphdrawing.org) with
// typed attributes, for Gephi, yEd, Cytoscape and networkx's read_graphml.
// Each attribute is declared by a <key> whose id is its name: on
// documents label, kind, body, title, date (ISO text), year (int), parts,
// in_corpus (boolean), source, format, link and, for lineages, generation
// (int); on citations relations, family, occurrences (int), locations and
// weight (double, the number of occurrences). A value the document does
// not have is left out rather than written empty.
type graphMLFormat struct{}

func (graphMLFormat) Name() string { return "graphml" }
func (graphMLFormat) Folder() bool { return false }

// Write writes the subgraph as one GraphML document.
func (graphMLFormat) Write(out Output, s *Subgraph) error {
	w, err := create(out, "graph.graphml")
	if err != nil {
		return err
	}
	w.str(xml.Header)
	w.str(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	nattrs := nodeAttrsFor(s)
	for _, a := range nattrs {
		w.printf("  <key id=%s for=\"node\" attr.name=%s attr.type=%s/>\n", xmlAttr(a.name), xmlAttr(a.name), xmlAttr(a.typ))
	}
	for _, a := range edgeAttrs {
		w.printf("  <key id=%s for=\"edge\" attr.name=%s attr.type=%s/>\n", xmlAttr(a.name), xmlAttr(a.name), xmlAttr(a.typ))
	}
	w.str("  <graph id=\"recital\" edgedefault=\"directed\">\n")
	w.printf("    <desc>%s</desc>\n", xmlText(s.Describe()))
	for _, n := range s.Nodes {
		w.printf("    <node id=%s>\n", xmlAttr(n.ID))
		for _, a := range nattrs {
			if v, ok := a.get(s, n); ok {
				w.printf("      <data key=%s>%s</data>\n", xmlAttr(a.name), xmlText(v))
			}
		}
		w.str("    </node>\n")
	}
	for _, e := range s.Edges {
		w.printf("    <edge source=%s target=%s>\n", xmlAttr(e.From), xmlAttr(e.To))
		for _, a := range edgeAttrs {
			if v, ok := a.get(e); ok {
				w.printf("      <data key=%s>%s</data>\n", xmlAttr(a.name), xmlText(v))
			}
		}
		w.str("    </edge>\n")
	}
	w.str("  </graph>\n</graphml>\n")
	return w.err
}

// xmlText escapes s for XML character data. Characters XML cannot hold
// (most control characters) become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// xmlAttr returns s as a quoted XML attribute value.
func xmlAttr(s string) string { return `"` + xmlText(s) + `"` }

package export

import (
	"encoding/xml"
	"strconv"

	"github.com/recital-un/recital/graph"
)

// gexfFormat writes GEXF 1.2 (https://gexf.net) for Gephi and networkx's
// read_gexf. The graph is dynamic with dates as its time format, so
// Gephi's timeline plays the graph growing: a document exists from its
// adoption date (its start), a citation from the adoption of the citing
// document; undated ones have no start and are always there. Attributes
// are typed as in GraphML (integer for int), label and weight being
// GEXF's own.
type gexfFormat struct{}

func (gexfFormat) Name() string { return "gexf" }
func (gexfFormat) Folder() bool { return false }

// gexfTypes maps attribute types to GEXF's names.
var gexfTypes = map[string]string{typeString: "string", typeInt: "integer", typeBool: "boolean", typeDouble: "double"}

// Write writes the subgraph as one GEXF document.
func (gexfFormat) Write(out Output, s *Subgraph) error {
	w, err := create(out, "graph.gexf")
	if err != nil {
		return err
	}
	w.str(xml.Header)
	w.str(`<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">` + "\n")
	w.printf("  <meta>\n    <creator>Recital</creator>\n    <description>%s</description>\n  </meta>\n", xmlText(s.Describe()))
	w.str("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n")
	nattrs := nodeAttrsFor(s)[1:]          // label is GEXF's own
	eattrs := edgeAttrs[:len(edgeAttrs)-1] // and so is weight
	writeGEXFAttributes(w, "node", len(nattrs), func(i int) (string, string) { return nattrs[i].name, nattrs[i].typ })
	writeGEXFAttributes(w, "edge", len(eattrs), func(i int) (string, string) { return eattrs[i].name, eattrs[i].typ })
	w.str("    <nodes>\n")
	for _, n := range s.Nodes {
		w.printf("      <node id=%s label=%s%s>\n        <attvalues>\n", xmlAttr(n.ID), xmlAttr(n.ID), gexfStart(n))
		for _, a := range nattrs {
			if v, ok := a.get(s, n); ok {
				writeAttvalue(w, a.name, v)
			}
		}
		w.str("        </attvalues>\n      </node>\n")
	}
	w.str("    </nodes>\n    <edges>\n")
	for i, e := range s.Edges {
		w.printf("      <edge id=\"%d\" source=%s target=%s label=%s weight=\"%d\"%s>\n        <attvalues>\n",
			i, xmlAttr(e.From), xmlAttr(e.To), xmlAttr(relationsOf(e)), len(e.Occurrences), gexfStart(s.Node(e.From)))
		for _, a := range eattrs {
			if v, ok := a.get(e); ok {
				writeAttvalue(w, a.name, v)
			}
		}
		w.str("        </attvalues>\n      </edge>\n")
	}
	w.str("    </edges>\n  </graph>\n</gexf>\n")
	return w.err
}

// writeGEXFAttributes declares the n attributes of a class of elements;
// attr returns the name and type of each.
func writeGEXFAttributes(w *errWriter, class string, n int, attr func(int) (name, typ string)) {
	w.printf("    <attributes class=%s mode=\"static\">\n", xmlAttr(class))
	for i := range n {
		name, typ := attr(i)
		w.printf("      <attribute id=%s title=%s type=%s/>\n", xmlAttr(name), xmlAttr(name), xmlAttr(gexfTypes[typ]))
	}
	w.str("    </attributes>\n")
}

// writeAttvalue writes the value of one attribute.
func writeAttvalue(w *errWriter, name, value string) {
	w.printf("          <attvalue for=%s value=%s/>\n", xmlAttr(name), xmlAttr(value))
}

// gexfStart is the start attribute of a dated document, or "".
func gexfStart(n *graph.Node) string {
	if n == nil || !isISODate(n.Date) {
		return ""
	}
	return " start=" + strconv.Quote(n.Date)
}

// isISODate reports whether s is a full date, YYYY-MM-DD.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

package check

import (
	"fmt"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/meta"
)

// Coverage says, one line each, what the findings of Run on g rest on and
// what they cannot see: the official tables of m, the documents' own
// texts, the numbering rules, and what is not checked.
func Coverage(g *graph.Graph, m *meta.Index) []string {
	read := 0
	for _, n := range g.Nodes() {
		if n.InCorpus {
			read++
		}
	}
	var out []string
	if m != nil {
		for _, s := range m.Summary() {
			out = append(out, "table: "+s)
		}
		texts := 0
		for _, r := range m.Records() {
			if r.Source == meta.SourceText {
				texts++
			}
		}
		out = append(out, fmt.Sprintf("texts: the own dates of the %d documents read here, and of the %d documents of the shared corpus the tables do not list", read, texts))
	} else {
		out = append(out, fmt.Sprintf("texts: the own dates of the %d documents read here", read))
	}
	return append(out,
		"rules: "+Rules,
		"not checked: the dates of documents known only from citations (outside the tables and texts above, a date beside a citation is checked by the rules alone); the dates of special sessions; SC resolutions after the last the table lists")
}

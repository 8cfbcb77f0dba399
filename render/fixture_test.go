package render

import (
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// cite builds a citation for tests.
func cite(target, relation, date string) parser.Citation {
	return parser.Citation{Target: target, Relation: relation, Location: parser.LocPreamble, Paragraph: 1, Date: date, Text: target}
}

// smallGraph is a hand-built graph with every kind of node and relation
// family: a series recalling its predecessors, a decision, a presidential
// statement, a report, an undated node, a citation of a later document and
// a title that needs escaping.
func smallGraph(t testing.TB) *graph.Graph {
	t.Helper()
	docs := []*parser.Document{
		{Source: "a.txt", Format: parser.FormatText, Symbol: "A/RES/60/45", Adopted: "2005-12-08",
			Title: `Developments in the field of information and telecommunications in the context of "international" security \ test`,
			Citations: []parser.Citation{
				cite("A/RES/59/61", "recalling", "2004-12-03"),
				cite("A/RES/58/32", "reaffirming", "2003-12-08"),
				cite("A/60/202", "taking note", ""),
				cite("A/DEC/59/551", "recalling", "2004-12-23"),
				cite("S/PRST/2005/1", "noting", ""),
				cite("A/RES/61/1", "requests", ""),
			}},
		{Source: "b.txt", Format: parser.FormatText, Symbol: "A/RES/59/61", Adopted: "2004-12-03", Title: "Developments",
			Citations: []parser.Citation{cite("A/RES/58/32", "recalling", "2003-12-08")}},
		{Source: "c.txt", Format: parser.FormatText, Symbol: "A/RES/61/1", Adopted: "2006-09-15", Title: "Later"},
	}
	g, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// lineageView returns the view of the lineage of id.
func lineageView(t testing.TB, g *graph.Graph, id string) *graph.View {
	t.Helper()
	l, err := g.Lineage(id, 0)
	if err != nil {
		t.Fatal(err)
	}
	v, err := g.View(l)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

package query

import (
	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// node builds a node for tests: in the corpus when it has a title.
func node(id, body, date, title string) *graph.Node {
	return &graph.Node{ID: id, Kind: graph.KindOf(id), Body: parser.Body(body), Date: date, Title: title, InCorpus: title != ""}
}

// cites builds an edge with one occurrence per relation, each in its own
// preambular paragraph, or in paragraph para when given as "relation@para".
func cites(from, to string, rels ...string) *graph.Edge {
	e := &graph.Edge{From: from, To: to}
	for i, r := range rels {
		para := i + 10
		if len(r) > 2 && r[len(r)-2] == '@' {
			para = int(r[len(r)-1] - '0')
			r = r[:len(r)-2]
		}
		e.Occurrences = append(e.Occurrences, graph.Occurrence{Source: from + ".txt", Relation: r, Location: parser.LocPreamble, Paragraph: para})
	}
	return e
}

// testGraph is a small series in the shape of 60/45 and its predecessors,
// with a later resolution on another topic, a hub, SC resolutions and
// documents of other bodies under the same numbers:
//
//	61/1  → 60/45 (recalling), 1514 (XV) (reaffirming)
//	60/45 → 53/70, 54/49 (one list, para 1), 59/61 (para 2), A/60/95 (taking note), 1514 (XV) (reaffirming)
//	59/61 → 53/70, 54/49, 58/32 (one list, para 1)
//	S/RES/1373(2001) → S/RES/1269(1999) (recalling)
func testGraph() *graph.Graph {
	const ict = "Developments in ICT"
	nodes := []*graph.Node{
		node("A/RES/53/70", "GA", "1998-12-04", ""),
		node("A/RES/54/49", "GA", "1999-12-01", ""),
		node("A/RES/58/32", "GA", "2003-12-08", ""),
		node("A/RES/59/61", "GA", "2004-12-03", ict),
		node("A/RES/60/45", "GA", "2005-12-08", ict),
		node("A/RES/61/1", "GA", "2006-09-20", "Another topic"),
		node("A/RES/1514(XV)", "GA", "1960-12-14", ""),
		node("A/60/95", "GA", "", ""),
		node("S/RES/1269(1999)", "SC", "", ""),
		node("S/RES/1373(2001)", "SC", "2001-09-28", "Threats"),
		node("S/RES/1514(2003)", "SC", "", ""),
		node("A/RES/32/13", "GA", "1977-11-07", ""),
		node("A/HRC/RES/32/13", "HRC", "2016-07-01", ""),
		node("A/HRC/RES/32/14", "HRC", "", ""),
	}
	edges := []*graph.Edge{
		cites("A/RES/61/1", "A/RES/60/45", "recalling"),
		cites("A/RES/61/1", "A/RES/1514(XV)", "reaffirming"),
		cites("A/RES/60/45", "A/RES/53/70", "recalling@1"),
		cites("A/RES/60/45", "A/RES/54/49", "recalling@1"),
		cites("A/RES/60/45", "A/RES/59/61", "recalling@2"),
		cites("A/RES/60/45", "A/60/95", "taking note"),
		cites("A/RES/60/45", "A/RES/1514(XV)", "reaffirming"),
		cites("A/RES/59/61", "A/RES/53/70", "recalling@1"),
		cites("A/RES/59/61", "A/RES/54/49", "recalling@1"),
		cites("A/RES/59/61", "A/RES/58/32", "recalling@1"),
		cites("S/RES/1373(2001)", "S/RES/1269(1999)", "recalling"),
	}
	g, err := graph.New(nodes, edges, nil)
	if err != nil {
		panic(err)
	}
	return g
}

// mapFacts is a Facts from a map.
type mapFacts map[string]Fact

func (m mapFacts) Fact(id string) (Fact, bool) {
	f, ok := m[id]
	return f, ok
}

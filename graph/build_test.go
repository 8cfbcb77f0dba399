package graph

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/recital-un/recital/parser"
)

func mustBuild(t *testing.T, docs []*parser.Document) *Graph {
	t.Helper()
	g, err := Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestBuildSeries(t *testing.T) {
	g := mustBuild(t, seriesDocs())
	var ids []string
	for _, n := range g.Nodes() {
		ids = append(ids, n.ID)
	}
	if want := []string{"A/60/202", "A/RES/53/70", "A/RES/58/32", "A/RES/59/61", "A/RES/60/45"}; !slices.Equal(ids, want) {
		t.Errorf("nodes = %q, want %q", ids, want)
	}
	n := g.Node("A/RES/53/70")
	if want := (&Node{ID: "A/RES/53/70", Kind: parser.KindResolution, Body: parser.BodyGA, Date: "1998-12-04"}); !reflect.DeepEqual(n, want) {
		t.Errorf("cited-only node = %+v, want %+v", n, want)
	}
	if n := g.Node("A/RES/60/45"); !n.InCorpus || n.Source != "A_RES_60_45.txt" || n.Title != "Title of A/RES/60/45" {
		t.Errorf("corpus node = %+v", n)
	}
	if k := g.Node("A/60/202").Kind; k != parser.KindDocument {
		t.Errorf("A/60/202 kind = %s", k)
	}
	e := g.Edge("A/RES/60/45", "A/RES/58/32")
	if got, want := e.Relations(), []string{"recalling", "requests"}; !slices.Equal(got, want) {
		t.Errorf("relations = %q, want %q", got, want)
	}
	if len(g.Edges()) != 6 {
		t.Errorf("%d edges, want 6", len(g.Edges()))
	}
	if d := g.Diagnostics(); len(d) != 0 {
		t.Errorf("diagnostics: %v", d)
	}
}

func TestBuildDiagnostics(t *testing.T) {
	tests := []struct {
		name string
		docs []*parser.Document
		want []string // diagnostics, as printed
	}{
		{"no symbol", []*parser.Document{doc("x.txt", parser.FormatText, "", "", cite("A/RES/1/1", "recalling", ""))},
			[]string{"x.txt: no-symbol: the document's own symbol was not found; its 1 citations are left out of the graph"}},
		{"unresolved", []*parser.Document{doc("a.txt", parser.FormatText, "A/RES/70/1", "2015-09-25", cite("CND resolution 61/2", "recalling", ""))},
			[]string{`a.txt:1:1: unresolved-citation: "CND resolution 61/2" names no UN document symbol; left out of the graph`}},
		{"self citation", []*parser.Document{doc("a.txt", parser.FormatText, "A/RES/70/1", "2015-09-25", cite("A/RES/70/1", "recalling", ""))},
			[]string{`a.txt:1:1: self-citation: A/RES/70/1 cites itself ("A/RES/70/1"); dropped`}},
		{"date mismatch with the corpus", []*parser.Document{
			doc("a.txt", parser.FormatText, "A/RES/70/2", "2015-10-01", cite("A/RES/70/1", "recalling", "2015-09-26")),
			doc("b.txt", parser.FormatText, "A/RES/70/1", "2015-09-25")},
			[]string{"a.txt:1:1: date-mismatch: A/RES/70/1 is cited as of 2015-09-26, but its date is 2015-09-25 (b.txt)"}},
		{"date mismatch among citations", []*parser.Document{
			doc("a.txt", parser.FormatText, "A/RES/70/2", "2015-10-01", cite("A/RES/69/1", "recalling", "2014-09-01")),
			doc("b.txt", parser.FormatText, "A/RES/70/3", "2015-10-01", cite("A/RES/69/1", "recalling", "2014-09-01")),
			doc("c.txt", parser.FormatText, "A/RES/70/4", "2015-10-01", cite("A/RES/69/1", "recalling", "2014-09-02"))},
			[]string{"c.txt:1:1: date-mismatch: A/RES/69/1 is cited as of 2014-09-02, but its date is 2014-09-01 (as most citations give it)"}},
		{"cites a later document", []*parser.Document{
			doc("a.txt", parser.FormatText, "A/RES/70/2", "2015-10-01", cite("A/RES/71/1", "recalling", "")),
			doc("b.txt", parser.FormatText, "A/RES/71/1", "2016-09-25")},
			[]string{"a.txt:1:1: cites-later: A/RES/70/2 (2015-10-01) cites A/RES/71/1, dated later (2016-09-25)"}},
		{"duplicate: AKN over text over Markdown", []*parser.Document{
			doc("md/a.md", parser.FormatMarkdown, "A/RES/70/1", "2015-09-25"),
			doc("xml/a.xml", parser.FormatAKN, "A/RES/70/1", "2015-09-25"),
			doc("txt/a.txt", parser.FormatText, "A/RES/70/1", "2015-09-25")},
			[]string{
				"md/a.md: duplicate-document: A/RES/70/1 was also read from xml/a.xml (akn); that reading describes the node, the citations of all 3 readings are kept",
				"txt/a.txt: duplicate-document: A/RES/70/1 was also read from xml/a.xml (akn); that reading describes the node, the citations of all 3 readings are kept",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range mustBuild(t, tt.docs).Diagnostics() {
				got = append(got, d.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestBuildDuplicatesUniteEdges(t *testing.T) {
	a := doc("a.txt", parser.FormatText, "A/RES/80/6", "2025-10-01", cite("A/RES/79/1", "recalling", ""))
	x := doc("a.xml", parser.FormatAKN, "A/RES/80/6", "2025-10-01", cite("A/RES/79/1", "recalling", ""), cite("A/RES/78/1", "noting", ""))
	x.Title = "From the XML"
	g := mustBuild(t, []*parser.Document{a, x})
	if n := g.Node("A/RES/80/6"); n.Source != "a.xml" || n.Title != "From the XML" || n.Format != "akn" {
		t.Errorf("node from %s (%s) %q, want the AKN reading", n.Source, n.Format, n.Title)
	}
	e := g.Edge("A/RES/80/6", "A/RES/79/1")
	var sources []string
	for _, o := range e.Occurrences {
		sources = append(sources, o.Source)
	}
	if want := []string{"a.txt", "a.xml"}; !slices.Equal(sources, want) {
		t.Errorf("occurrence sources = %q, want %q", sources, want)
	}
	if g.Edge("A/RES/80/6", "A/RES/78/1") == nil {
		t.Error("edge found only in the second reading is missing")
	}
}

func TestBuildPartDatesAndTitles(t *testing.T) {
	d := doc("a.txt", parser.FormatText, "A/RES/67/1", "2012-10-01",
		part(cite("A/RES/66/253", "recalling", "2012-02-16"), "A"),
		part(cite("A/RES/66/253", "recalling", "2012-08-03"), "B"),
		cite("A/RES/60/1", "recalling", "2005-09-16"))
	d.Text = strings.Repeat(" ", 25) + `, entitled "2005 World Summit Outcome",`
	d.Citations[2].Span.End = 25
	g := mustBuild(t, []*parser.Document{d})
	n := g.Node("A/RES/66/253")
	if want := []PartDate{{"A", "2012-02-16"}, {"B", "2012-08-03"}}; !reflect.DeepEqual(n.Parts, want) || n.Date != "2012-02-16" {
		t.Errorf("66/253: date %s, parts %v; want 2012-02-16, %v", n.Date, n.Parts, want)
	}
	if got := g.Node("A/RES/60/1").Title; got != "2005 World Summit Outcome" {
		t.Errorf("title from citation = %q", got)
	}
	if d := g.Diagnostics(); len(d) != 0 {
		t.Errorf("diagnostics: %v", d)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	docs := append(seriesDocs(), doc("dup.md", parser.FormatMarkdown, "A/RES/59/61", "2004-12-03", cite("A/RES/57/53", "recalling", "")))
	want := snapshotJSON(t, mustBuild(t, docs))
	r := rand.New(rand.NewPCG(3, 4))
	for range 10 {
		r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		if got := snapshotJSON(t, mustBuild(t, docs)); got != want {
			t.Fatalf("build depends on document order:\n%s\nwant\n%s", got, want)
		}
	}
}

func snapshotJSON(t *testing.T, g *Graph) string {
	t.Helper()
	b, err := json.Marshal(struct {
		N []*Node
		E []*Edge
		D []Diagnostic
	}{g.Nodes(), g.Edges(), g.Diagnostics()})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Parts adopted apart, each in its own file (74/254 and 74/254 B), are one
// node with a date per part, not duplicates; each part is checked against
// its own date.
func TestBuildPartsInTheirOwnFiles(t *testing.T) {
	a := doc("A_RES_74_254.xml", parser.FormatAKN, "A/RES/74/254", "2019-12-27", cite("A/RES/73/1", "recalling", ""))
	bPart := doc("A_RES_74_254_B.xml", parser.FormatAKN, "A/RES/74/254", "2020-08-06", cite("A/DEC/74/540", "recalling", ""))
	bPart.Parts = []string{"B"}
	later := doc("A_DEC_74_540.txt", parser.FormatText, "A/DEC/74/540", "2020-04-13")
	citer := doc("x.txt", parser.FormatText, "A/RES/75/1", "2020-09-15", part(cite("A/RES/74/254", "recalling", "2020-08-06"), "B"))
	g := mustBuild(t, []*parser.Document{bPart, later, citer, a})
	n := g.Node("A/RES/74/254")
	if want := []PartDate{{"B", "2020-08-06"}}; n.Date != "2019-12-27" || n.Source != "A_RES_74_254.xml" || !reflect.DeepEqual(n.Parts, want) {
		t.Errorf("node: date %s, source %s, parts %v; want 2019-12-27, A_RES_74_254.xml, %v", n.Date, n.Source, n.Parts, want)
	}
	if d := g.Diagnostics(); len(d) != 0 {
		t.Errorf("diagnostics: %v", d)
	}
}

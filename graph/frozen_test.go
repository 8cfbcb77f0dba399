package graph

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/recital-un/recital/parser"
)

// frozenCopy writes g in its frozen layout and opens it again.
func frozenCopy(t testing.TB, g *Graph, opts FrozenOptions) *Graph {
	t.Helper()
	b, err := g.AppendFrozen(nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Open(b)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// asJSON renders a value for comparisons.
func asJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestFrozenRoundTrip(t *testing.T) {
	docs := seriesDocs()
	docs = append(docs, doc("A_RES_53_70.txt", parser.FormatText, "A/RES/53/70", "1998-12-04",
		cite("A/RES/60/45", "recalling", "2005-12-08"), cite("not a symbol", "recalling", "")))
	g, err := Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	f := frozenCopy(t, g, FrozenOptions{})
	// Lazy reads first, before anything decodes the whole graph.
	if n := f.Node("A/RES/59/61"); n == nil || n.Title != "Title of A/RES/59/61" {
		t.Errorf("Node(A/RES/59/61) = %+v", n)
	}
	if f.Node("A/RES/1/1") != nil {
		t.Error("Node of an unknown ID is not nil")
	}
	if e := f.Edge("A/RES/60/45", "A/RES/58/32"); e == nil || len(e.Occurrences) != 2 {
		t.Errorf("Edge(60/45, 58/32) = %+v", e)
	}
	for _, id := range []string{"A/RES/60/45", "A/RES/53/70"} {
		for _, dir := range []Direction{Ancestors, Descendants} {
			want, _ := g.walk(id, 0, dir)
			got, _ := f.walk(id, 0, dir)
			if asJSON(t, got) != asJSON(t, want) {
				t.Errorf("%s of %s:\n got %s\nwant %s", dir, id, asJSON(t, got), asJSON(t, want))
			}
		}
	}
	for name, pair := range map[string][2]any{
		"nodes":       {f.Nodes(), g.Nodes()},
		"edges":       {f.Edges(), g.Edges()},
		"diagnostics": {f.Diagnostics(), g.Diagnostics()},
	} {
		if got, want := asJSON(t, pair[0]), asJSON(t, pair[1]); got != want {
			t.Errorf("%s differ:\n got %s\nwant %s", name, got, want)
		}
	}
	if len(g.Diagnostics()) == 0 {
		t.Error("the fixture should give diagnostics")
	}
	// Writing the opened graph again gives the same bytes.
	a, _ := g.AppendFrozen(nil, FrozenOptions{})
	b, _ := f.AppendFrozen(nil, FrozenOptions{})
	if string(a) != string(b) {
		t.Error("an opened graph written again gives other bytes")
	}
}

func TestFrozenCompact(t *testing.T) {
	g, err := Build(seriesDocs())
	if err != nil {
		t.Fatal(err)
	}
	f := frozenCopy(t, g, FrozenOptions{Compact: true, Span: func(_ string, sp parser.Span) parser.Span {
		sp.Start += 1000
		return sp
	}})
	if len(f.Diagnostics()) != 0 {
		t.Errorf("a compact layout keeps %d diagnostics", len(f.Diagnostics()))
	}
	for _, e := range f.Edges() {
		for _, o := range e.Occurrences {
			if o.Text != "" || o.Span.Start < 1000 {
				t.Errorf("%s → %s: occurrence text %q, span %+v", e.From, e.To, o.Text, o.Span)
			}
		}
	}
}

func TestFrozenEmpty(t *testing.T) {
	g, err := New(nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := frozenCopy(t, g, FrozenOptions{})
	if f.Len() != 0 || len(f.Edges()) != 0 || f.Node("A/RES/1/1") != nil {
		t.Error("an empty graph is not empty once opened")
	}
}

// TestFrozenDamaged opens cut and changed layouts: each is refused or
// answers with whatever it holds, never a crash.
func TestFrozenDamaged(t *testing.T) {
	g, err := Build(seriesDocs())
	if err != nil {
		t.Fatal(err)
	}
	good, _ := g.AppendFrozen(nil, FrozenOptions{})
	for _, n := range []int{0, 7, frozenHeaderLen, len(good) / 2, len(good) - 1} {
		if _, err := Open(good[:n]); !errors.Is(err, ErrNotFrozen) {
			t.Errorf("cut at %d: err = %v, want ErrNotFrozen", n, err)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := append([]byte(nil), good...)
		for range 1 + r.IntN(4) {
			b[r.IntN(len(b))] ^= byte(1 + r.IntN(255))
		}
		f, err := Open(b)
		if err != nil {
			continue
		}
		for _, n := range f.Nodes() {
			f.Lineage(n.ID, 0)
			f.CitedBy(n.ID, 2)
		}
		f.Edges()
		f.Diagnostics()
	}
}

func BenchmarkOpen100k(b *testing.B) {
	data, err := big().AppendFrozen(nil, FrozenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Open(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenLineageDepth2 is what a depth-2 lineage costs a process in
// a store of 100k documents and 1M citations: opening the frozen layout
// (fresh each time, no record decoded yet) and walking.
func BenchmarkOpenLineageDepth2(b *testing.B) {
	data, err := big().AppendFrozen(nil, FrozenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	var n int
	for b.Loop() {
		g, err := Open(data)
		if err != nil {
			b.Fatal(err)
		}
		l, err := g.Lineage("A/RES/0099999", 2)
		if err != nil {
			b.Fatal(err)
		}
		n = l.Count()
	}
	b.ReportMetric(float64(n), "nodes")
}

// BenchmarkOpenLineage100k opens the layout and walks the whole lineage
// of the newest document.
func BenchmarkOpenLineage100k(b *testing.B) {
	data, err := big().AppendFrozen(nil, FrozenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	var n int
	for b.Loop() {
		g, err := Open(data)
		if err != nil {
			b.Fatal(err)
		}
		l, err := g.Lineage("A/RES/0099999", 0)
		if err != nil {
			b.Fatal(err)
		}
		n = l.Count()
	}
	b.ReportMetric(float64(n), "nodes")
}

// TestFrozenLanguages checks that the languages a document was read in
// survive the frozen layout, and that a node read in English alone has
// none, as before languages were stored.
func TestFrozenLanguages(t *testing.T) {
	en := doc("A_RES_60_45.txt", parser.FormatText, "A/RES/60/45", "2005-12-08", cite("A/RES/59/61", "recalling", ""))
	fr := doc("fr/A_RES_60_45.txt", parser.FormatText, "A/RES/60/45", "2005-12-08", cite("A/RES/59/61", "recalling", ""))
	en.Language, fr.Language = "en", "fr"
	g, err := Build([]*parser.Document{en, fr})
	if err != nil {
		t.Fatal(err)
	}
	f := frozenCopy(t, g, FrozenOptions{})
	if got := f.Node("A/RES/60/45").Languages; strings.Join(got, ",") != "en,fr" {
		t.Errorf("languages of A/RES/60/45 = %v, want en,fr", got)
	}
	if got := f.Node("A/RES/59/61").Languages; len(got) != 0 {
		t.Errorf("languages of a cited-only node = %v, want none", got)
	}
}

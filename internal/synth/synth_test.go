package synth

import (
	"slices"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

func TestDeterministic(t *testing.T) {
	opts := Options{Docs: 1000, Seed: 7}
	for _, i := range []int{0, 1, 500, 849, 850, 999} {
		a, b := Generate(opts, i), Generate(opts, i)
		if a.Text != b.Text || a.Name != b.Name {
			t.Errorf("document %d differs between two runs", i)
		}
	}
	if Generate(opts, 3).Text == Generate(Options{Docs: 1000, Seed: 8}, 3).Text {
		t.Error("another seed gives the same document")
	}
}

// TestParserFindsWhatWasWritten parses a sample of every body and checks
// that the parser finds exactly the citations the generator wrote.
func TestParserFindsWhatWasWritten(t *testing.T) {
	for _, opts := range []Options{{Docs: 2000, Seed: 1}, {Docs: 100000, Seed: 1}} {
		for i := 0; i < opts.Docs; i += opts.Docs/50 + 1 {
			checkParsed(t, Generate(opts, i))
		}
	}
}

// checkParsed parses a generated document and compares what the parser
// finds with what the generator wrote.
func checkParsed(t *testing.T, d Doc) {
	t.Helper()
	{
		doc, err := parser.Parse(d.Name, []byte(d.Text))
		if err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		if doc.Symbol != d.Symbol {
			t.Errorf("%s: symbol %q, want %q", d.Name, doc.Symbol, d.Symbol)
		}
		var got []string
		for _, c := range doc.Citations {
			got = append(got, c.Target)
		}
		if !slices.Equal(sorted(got), sorted(d.Cites)) {
			t.Errorf("%s: parser finds\n  %s\ngenerator wrote\n  %s\n%s", d.Name, strings.Join(sorted(got), " "), strings.Join(sorted(d.Cites), " "), d.Text)
		}
		for _, g := range doc.Diagnostics {
			t.Errorf("%s: %s: %s", d.Name, g.Code, g.Message)
		}
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// TestShape checks the corpus has the size the package promises: about
// ten edges per document.
func TestShape(t *testing.T) {
	opts := Options{Docs: 5000, Seed: 1}
	var docs []*parser.Document
	for i := range opts.Docs {
		d := Generate(opts, i)
		doc, err := parser.Parse(d.Name, []byte(d.Text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	g, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range g.Diagnostics() {
		if d.Code == graph.CodeCitesLater || d.Code == graph.CodeDateMismatch || d.Code == graph.CodeNoSymbol {
			t.Errorf("%s", d)
			break
		}
	}
	perDoc := float64(len(g.Edges())) / float64(opts.Docs)
	t.Logf("%d documents: %d nodes, %d edges (%.1f per document), %d diagnostics", opts.Docs, g.Len(), len(g.Edges()), perDoc, len(g.Diagnostics()))
	if perDoc < 8 || perDoc > 12 {
		t.Errorf("%.1f edges per document, want about 10", perDoc)
	}
}

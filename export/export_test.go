package export

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
)

func TestLookup(t *testing.T) {
	want := []string{"json", "graphml", "gexf", "csv", "mermaid", "dot", "vault", "bibtex", "csl-json", "html", "sqlite"}
	if got := Names(); !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
	for _, name := range want {
		if f, ok := Lookup(name); !ok || f.Name() != name {
			t.Errorf("Lookup(%q) = %v, %v", name, f, ok)
		}
	}
	if _, ok := Lookup("yaml"); ok {
		t.Error("Lookup(yaml) found a format")
	}
}

// TestDeterministic checks that every format gives the same bytes twice,
// for the whole graph and for lineages either way.
func TestDeterministic(t *testing.T) {
	g := smallGraph(t)
	tg, texts := textGraph(t)
	subgraphs := map[string]func() *Subgraph{
		"whole":    func() *Subgraph { return Whole(g) },
		"lineage":  func() *Subgraph { return lineageOf(t, g, "A/RES/60/45", graph.Ancestors) },
		"cited-by": func() *Subgraph { return lineageOf(t, g, "A/RES/58/32", graph.Descendants) },
		"texts": func() *Subgraph {
			s := lineageOf(t, tg, "A/RES/70/5", graph.Ancestors)
			s.Texts = texts
			return s
		},
	}
	for sname, sub := range subgraphs {
		for _, f := range Names() {
			if f == "html" && sname != "texts" {
				continue
			}
			a, b := write(t, f, sub()), write(t, f, sub())
			if !slices.Equal(a.Names(), b.Names()) {
				t.Errorf("%s %s: files %v, then %v", sname, f, a.Names(), b.Names())
				continue
			}
			for _, name := range a.Names() {
				if !bytes.Equal(a.Bytes(name), b.Bytes(name)) {
					t.Errorf("%s %s: %s differs between two runs", sname, f, name)
				}
			}
		}
	}
}

func TestMemoryRejectsBadNames(t *testing.T) {
	for _, name := range []string{"", "/etc/passwd", "../x", "a/../../b", "a/./b", `a\b`, ".."} {
		var m Memory
		if _, err := m.Create(name); err == nil {
			t.Errorf("Create(%q) succeeded", name)
		}
	}
	var m Memory
	if _, err := m.Create("a/b.md"); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Create("a/b.md"); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("second Create: %v, want an error", err)
	}
}

func TestDescribe(t *testing.T) {
	g := smallGraph(t)
	tests := []struct {
		s    *Subgraph
		want string
	}{
		{Whole(g), "The whole citation graph: 8 documents, 8 citations"},
		{lineageOf(t, g, "A/RES/60/45", graph.Ancestors), "Lineage of A/RES/60/45 (what it builds on): 7 documents, 7 citations"},
		{lineageOf(t, g, "S/RES/1373(2001)", graph.Descendants), "Documents citing S/RES/1373(2001): 3 documents, 2 citations"},
	}
	for _, tt := range tests {
		if got := tt.s.Describe(); got != tt.want {
			t.Errorf("Describe() = %q, want %q", got, tt.want)
		}
	}
}

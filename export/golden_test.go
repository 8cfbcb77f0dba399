package export

import (
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/render/svg"
)

// TestGolden compares the text formats drawn for people with the files
// in testdata (go test ./export -update rewrites them).
func TestGolden(t *testing.T) {
	g := smallGraph(t)
	tests := []struct {
		file, format string
		s            *Subgraph
	}{
		{"whole.mmd", "mermaid", Whole(g)},
		{"lineage.mmd", "mermaid", lineageOf(t, g, "A/RES/60/45", graph.Ancestors)},
		{"whole.dot", "dot", Whole(g)},
		{"lineage.dot", "dot", lineageOf(t, g, "A/RES/60/45", graph.Ancestors)},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			golden(t, tt.file, single(t, write(t, tt.format, tt.s)))
		})
	}
}

// TestGoldenVault compares a note quoting its sentences, and the index,
// with testdata/vault.
func TestGoldenVault(t *testing.T) {
	tg, texts := textGraph(t)
	s := lineageOf(t, tg, "A/RES/70/5", graph.Ancestors)
	s.Texts = texts
	m := write(t, "vault", s)
	for _, name := range []string{"A_RES_70_5.md", "A_RES_69_10.md", "index.md"} {
		golden(t, "vault/"+name, m.Bytes(name))
	}
}

// TestDOTDraws checks that Graphviz reads the DOT export.
func TestDOTDraws(t *testing.T) {
	out, err := svg.Render(single(t, write(t, "dot", Whole(smallGraph(t)))), "svg")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("empty SVG")
	}
}

package export

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/recital-un/recital/graph"
)

// Subgraph is what an export writes: some documents of a graph and every
// citation among them. It is made by Whole or Lineage.
type Subgraph struct {
	Nodes       []*graph.Node      // sorted by ID
	Edges       []*graph.Edge      // sorted by citing, then cited ID
	Diagnostics []graph.Diagnostic // the graph's diagnostics; whole-graph exports only

	// Root is the document a lineage was taken around; "" for the whole
	// graph. Direction and Depth are those of the lineage.
	Root      string
	Direction graph.Direction
	Depth     int
	// Query is the expression a selection was made with; "" otherwise.
	Query string
	// Gen holds the generation of each document of a lineage (0 for the
	// root); nil for the whole graph.
	Gen map[string]int

	// Facts gives what the metadata index knows of a document, for the
	// formats that show titles and dates (bibliographies, notes, SQLite);
	// nil for none.
	Facts func(id string) (Facts, bool)

	// Progress, when set, is told how far a long export has got: the
	// stage ("quoting", "writing"), what is done and the total.
	Progress func(stage string, done, total int)

	// Texts reads the source files again for the formats that quote them
	// (vault, html); nil when they are not at hand.
	Texts *Texts

	byID    map[string]*graph.Node
	out, in map[string][]*graph.Edge
}

// Whole returns every document and citation of g, with its diagnostics.
func Whole(g *graph.Graph) *Subgraph {
	return newSubgraph(g.Nodes(), g.Edges(), g.Diagnostics())
}

// Lineage returns the documents of a lineage (or cited-by) query of g,
// its root included, and every citation of g among them.
func Lineage(g *graph.Graph, l *graph.Lineage) (*Subgraph, error) {
	v, err := g.View(l)
	if err != nil {
		return nil, err
	}
	s := newSubgraph(v.Nodes(), v.Edges(), nil)
	s.Root, s.Direction, s.Depth, s.Gen = v.Root, v.Direction, l.Depth, v.Gen
	return s, nil
}

// progress reports to s.Progress, if set.
func (s *Subgraph) progress(stage string, done, total int) {
	if s.Progress != nil {
		s.Progress(stage, done, total)
	}
}

// Selection returns the documents a query selected and the citations
// among them that edges holds (those of g among nodes when edges is nil).
// expr names the selection in descriptions.
func Selection(g *graph.Graph, nodes []*graph.Node, edges []*graph.Edge, expr string) *Subgraph {
	ns := slices.Clone(nodes)
	slices.SortFunc(ns, func(a, b *graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	if edges == nil {
		in := make(map[string]bool, len(ns))
		for _, n := range ns {
			in[n.ID] = true
		}
		for _, e := range g.Edges() {
			if in[e.From] && in[e.To] {
				edges = append(edges, e)
			}
		}
	}
	es := slices.Clone(edges)
	slices.SortFunc(es, func(a, b *graph.Edge) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	s := newSubgraph(ns, es, nil)
	s.Query = expr
	return s
}

// newSubgraph indexes nodes and edges, which must be sorted.
func newSubgraph(nodes []*graph.Node, edges []*graph.Edge, diags []graph.Diagnostic) *Subgraph {
	s := &Subgraph{Nodes: nodes, Edges: edges, Diagnostics: diags}
	s.index()
	return s
}

// index maps IDs to nodes and nodes to their edges, once.
func (s *Subgraph) index() {
	if s.byID != nil {
		return
	}
	s.byID = make(map[string]*graph.Node, len(s.Nodes))
	s.out = make(map[string][]*graph.Edge)
	s.in = make(map[string][]*graph.Edge)
	for _, n := range s.Nodes {
		s.byID[n.ID] = n
	}
	for _, e := range s.Edges {
		s.out[e.From] = append(s.out[e.From], e)
		s.in[e.To] = append(s.in[e.To], e)
	}
}

// Node returns the document with the given ID, or nil.
func (s *Subgraph) Node(id string) *graph.Node {
	s.index()
	return s.byID[id]
}

// Cites returns the citations made by the document id, sorted by cited ID.
func (s *Subgraph) Cites(id string) []*graph.Edge {
	s.index()
	return s.out[id]
}

// CitedBy returns the citations of the document id, sorted by citing ID.
func (s *Subgraph) CitedBy(id string) []*graph.Edge {
	s.index()
	return s.in[id]
}

// Generation returns the generation of a document of a lineage, and
// false for the whole graph.
func (s *Subgraph) Generation(id string) (int, bool) {
	g, ok := s.Gen[id]
	return g, ok
}

// Describe says in a few words what the subgraph holds.
func (s *Subgraph) Describe() string {
	if s.Query != "" {
		return fmt.Sprintf("Selection %s: %s, %s", s.Query, count(len(s.Nodes), "document"), count(len(s.Edges), "citation"))
	}
	if s.Root == "" {
		return fmt.Sprintf("The whole citation graph: %s, %s", count(len(s.Nodes), "document"), count(len(s.Edges), "citation"))
	}
	what := "Lineage of " + s.Root + " (what it builds on)"
	if s.Direction == graph.Descendants {
		what = "Documents citing " + s.Root
	}
	if s.Depth > 0 {
		what += fmt.Sprintf(", %s deep", count(s.Depth, "generation"))
	}
	return fmt.Sprintf("%s: %s, %s", what, count(len(s.Nodes), "document"), count(len(s.Edges), "citation"))
}

// count writes a number with its noun.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

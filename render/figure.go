package render

import (
	"fmt"
	"slices"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/internal/textfit"
)

// Figure is what a diagram draws: a set of documents, the citations among
// them, and what was left out to draw them. Make one with FromLineage or
// FromSet; draw it with Lineage or Timeline.
type Figure struct {
	// Subject is the first line of the caption: "Lineage of A/RES/60/45:
	// Protection of …", "Documents citing A/RES/1514(XV)", or the query.
	Subject string
	// Root is the document the figure was chosen around; nil for a
	// query's set.
	Root      *graph.Node
	Direction graph.Direction
	Nodes     []*graph.Node // sorted by date (undated last), then symbol
	Edges     []*graph.Edge // sorted by citing, then cited ID
	// Gen is each node's generation from Root (0 for the root); nil for
	// a query's set.
	Gen map[string]int
	// Cited is the number of documents of the whole graph citing each
	// node: what sizes its mark.
	Cited map[string]int
	// Total is the number of documents before the cut, root included.
	Total int
	// Cut says what was left out ("150 of 271 documents shown: …"), and
	// Reduced how the citations were thinned; both "" when nothing was.
	Cut, Reduced string
}

// Keep is the order in which documents are kept when a set is larger
// than a diagram can draw.
type Keep int

// Cut policies. Every policy keeps the root and takes generations in
// order: all direct citers (or cited documents) before indirect ones.
const (
	// KeepRelevant keeps each body's first document, then, alternately,
	// the earliest and the most cited.
	KeepRelevant Keep = iota
	KeepEarliest      // the earliest documents
	KeepRecent        // the most recent documents
	KeepCited         // the documents most cited across the graph
)

// Keeps names the policies as the --keep flag takes them.
var Keeps = map[string]Keep{"relevant": KeepRelevant, "earliest": KeepEarliest, "recent": KeepRecent, "cited": KeepCited}

// describe says how a policy chose, for the caption.
func (k Keep) describe() string {
	return [...]string{
		"each body's first, then the earliest and the most cited",
		"the earliest", "the most recent", "the most cited"}[k]
}

// Options say how large a figure may be and how to cut it.
type Options struct {
	MaxNodes int  // the most documents drawn, root included; 0 for no limit
	MaxEdges int  // above this many citations, draw the transitive reduction
	Reduce   bool // draw the transitive reduction whatever the size
	Keep     Keep
	// Facts, when set, give titles and dates the graph lacks (for
	// documents that are only cited): the figure shows them.
	Facts Facts
}

// Facts looks a document up in an outside index: its title, its ISO date
// or else its year; ok is false when the index does not hold it.
type Facts func(id string) (title, date string, year int, ok bool)

// filled returns n, or a copy of it with the title and date facts give
// where the graph has none.
func filled(n *graph.Node, facts Facts) *graph.Node {
	if facts == nil || n.Title != "" && n.Date != "" {
		return n
	}
	title, date, year, ok := facts(n.ID)
	if !ok {
		return n
	}
	c := *n
	if c.Title == "" {
		c.Title = title
	}
	if c.Date == "" {
		c.Date = date
		if date == "" && year > 0 {
			c.Date = fmt.Sprintf("%04d", year)
		}
	}
	return &c
}

// fillAll applies filled to every node and returns the copies by ID.
func fillAll(nodes []*graph.Node, facts Facts) (out []*graph.Node, byID map[string]*graph.Node) {
	byID = make(map[string]*graph.Node, len(nodes))
	for _, n := range nodes {
		c := filled(n, facts)
		out = append(out, c)
		byID[n.ID] = c
	}
	return out, byID
}

// FromLineage makes the figure of a lineage or cited-by answer.
func FromLineage(g *graph.Graph, l *graph.Lineage, o Options) (*Figure, error) {
	root := filled(l.Root, o.Facts)
	what := "Lineage of "
	if l.Direction == graph.Descendants {
		what = "Documents citing "
	}
	subject := what + root.ID
	if root.Title != "" {
		subject += ": " + textfit.Shorten(root.Title, 90)
	}
	gen := map[string]int{l.Root.ID: 0}
	var cands []*graph.Node
	for _, generation := range l.Generations {
		for _, s := range generation.Steps {
			gen[s.Node.ID] = generation.Number
			cands = append(cands, s.Node)
		}
	}
	cands, byID := fillAll(cands, o.Facts)
	byID[root.ID] = root
	f := &Figure{Subject: subject, Root: root, Direction: l.Direction, Gen: gen, Total: len(cands) + 1}
	f.Cited = citedCounts(g, append([]*graph.Node{root}, cands...))
	kept := cands
	if o.MaxNodes > 0 {
		kept = choose(cands, gen, f.Cited, max(0, o.MaxNodes-1), o.Keep)
	}
	if len(kept) < len(cands) {
		f.Cut = describeChoice(f, cands, kept, o.Keep)
	}
	cut := &graph.Lineage{Root: l.Root, Direction: l.Direction, Depth: l.Depth}
	keep := map[string]bool{}
	for _, n := range kept {
		keep[n.ID] = true
	}
	for _, generation := range l.Generations {
		var steps []graph.Step
		for _, s := range generation.Steps {
			if keep[s.Node.ID] {
				steps = append(steps, s)
			}
		}
		if len(steps) > 0 {
			cut.Generations = append(cut.Generations, graph.Generation{Number: generation.Number, Steps: steps})
		}
	}
	v, err := g.View(cut)
	if err != nil {
		return nil, err
	}
	for _, n := range v.Nodes() {
		f.Nodes = append(f.Nodes, byID[n.ID])
	}
	slices.SortStableFunc(f.Nodes, graph.CompareNodes)
	f.Edges = v.Edges()
	for id := range f.Gen {
		if !keep[id] && id != l.Root.ID {
			delete(f.Gen, id)
		}
	}
	f.thin(o)
	return f, nil
}

// FromSet makes the figure of a set of documents, such as a query's
// answer, with the citations among them.
func FromSet(g *graph.Graph, subject string, nodes []*graph.Node, edges []*graph.Edge, o Options) *Figure {
	nodes, _ = fillAll(nodes, o.Facts)
	f := &Figure{Subject: subject, Total: len(nodes)}
	f.Cited = citedCounts(g, nodes)
	kept := nodes
	if o.MaxNodes > 0 {
		kept = choose(nodes, nil, f.Cited, o.MaxNodes, o.Keep)
	}
	if len(kept) < len(nodes) {
		f.Cut = describeChoice(f, nodes, kept, o.Keep)
	}
	f.Nodes = slices.Clone(kept)
	slices.SortStableFunc(f.Nodes, graph.CompareNodes)
	in := map[string]bool{}
	for _, n := range kept {
		in[n.ID] = true
	}
	for _, e := range edges {
		if in[e.From] && in[e.To] {
			f.Edges = append(f.Edges, e)
		}
	}
	f.thin(o)
	return f
}

// thin replaces the citations by their transitive reduction when asked
// or when there are more than o.MaxEdges.
func (f *Figure) thin(o Options) {
	all := len(f.Edges)
	if !o.Reduce && (o.MaxEdges <= 0 || all <= o.MaxEdges) {
		return
	}
	f.Edges = reduceEdges(f.Nodes, f.Edges)
	if len(f.Edges) < all {
		f.Reduced = fmt.Sprintf("%s of %s citations drawn: each implied by a longer chain is left out (transitive reduction)",
			thousands(len(f.Edges)), thousands(all))
	}
}

// reduceEdges returns the edges of the transitive reduction of the
// subgraph, in their original order.
func reduceEdges(nodes []*graph.Node, edges []*graph.Edge) []*graph.Edge {
	index := make(map[string]int32, len(nodes))
	for i, n := range nodes {
		index[n.ID] = int32(i)
	}
	adj := make(adjList, len(nodes))
	for _, e := range edges {
		adj[index[e.From]] = append(adj[index[e.From]], index[e.To])
	}
	for _, s := range adj {
		slices.Sort(s)
	}
	keep := map[[2]int32]bool{}
	for u, succ := range graph.TransitiveReduction(adj) {
		for _, v := range succ {
			keep[[2]int32{int32(u), v}] = true
		}
	}
	var out []*graph.Edge
	for _, e := range edges {
		if keep[[2]int32{index[e.From], index[e.To]}] {
			out = append(out, e)
		}
	}
	return out
}

// adjList is an adjacency over node positions.
type adjList [][]int32

func (a adjList) Len() int             { return len(a) }
func (a adjList) Succ(v int32) []int32 { return a[v] }

// citedCounts counts, for each node, the documents of g citing it.
func citedCounts(g *graph.Graph, nodes []*graph.Node) map[string]int {
	out := make(map[string]int, len(nodes))
	for _, n := range nodes {
		if l, err := g.CitedBy(n.ID, 1); err == nil {
			out[n.ID] = l.Count()
		}
	}
	return out
}

// thousands writes n with thin commas: 2,079.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

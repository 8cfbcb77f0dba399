package query

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/recital-un/recital/graph"
)

// Fact is what a source outside the graph knows about a document.
type Fact struct {
	Date   string // ISO adoption date, or ""
	Year   int    // adoption year, or 0
	Title  string
	Agenda string // agenda item, or an SC topic
	Source string // where the fact comes from, for people
	// TitleSource is where the title comes from when not from Source
	// (a title derived from how citing texts describe the document).
	TitleSource string
}

// Facts supplies facts about documents by node ID.
type Facts interface {
	Fact(id string) (Fact, bool)
}

// Info is what an Index knows about a node: its date and title from the
// graph, else from the facts; its agenda item from the facts.
type Info struct {
	Date   string
	Year   int // from Date, else from the facts, else from an SC symbol's year
	Title  string
	Agenda string
	Filled string // the source of the facts that filled a gap of the graph, or ""
	// TitleFrom is where Title comes from when the facts gave it, for
	// people ("UNxml metadata", "derived from how citing texts describe
	// it"); "" when the graph gave it (the document's text, or
	// "entitled" in a citing text).
	TitleFrom string
}

// Index is a graph prepared for queries: its adjacency in both directions,
// computed once, and what is known about each node. An Index is safe for
// concurrent reads.
type Index struct {
	// Name is how error messages and notes refer to the graph ("the
	// embedded default graph", a store's path); "" means "the graph".
	Name string

	g     *graph.Graph
	facts Facts
	once  sync.Once
	tab   atomic.Pointer[tables] // built on first use: see t
}

// tables are the parts of an Index that cost a pass over the whole graph
// (every node and edge decoded): they are built the first time a query
// needs them, so that a question answered by the graph alone (a lineage
// of a few documents, InfoOf) decodes only what it prints.
type tables struct {
	nodes []*graph.Node // as g sorts them; a node's index is its position
	edges []*graph.Edge // as g sorts them; an edge's index is its position
	pos   map[string]int32
	from  []int32 // citing node of each edge
	to    []int32 // cited node of each edge
	out   *csr    // citing → cited
	in    *csr    // cited → citing
	info  []Info
}

// NewIndex prepares g for queries. facts may be nil. It reads nothing of
// g: what needs every node and edge is built on first use.
func NewIndex(g *graph.Graph, facts Facts) *Index {
	return &Index{g: g, facts: facts}
}

// t returns the index's tables, building them on first use.
func (ix *Index) t() *tables {
	ix.once.Do(func() {
		t := &tables{nodes: ix.g.Nodes(), edges: ix.g.Edges(), pos: make(map[string]int32, ix.g.Len())}
		for i, n := range t.nodes {
			t.pos[n.ID] = int32(i)
		}
		t.index()
		t.info = make([]Info, len(t.nodes))
		for i, n := range t.nodes {
			t.info[i] = infoOf(n, ix.facts)
		}
		ix.tab.Store(t)
	})
	return ix.tab.Load()
}

// index records the ends of every edge and builds the adjacency of the graph's edges in both directions.
// Edges come sorted by citing then cited ID, and node indexes follow ID
// order, so the citing index only grows along the edges and every list
// comes out sorted.
func (t *tables) index() {
	n := len(t.nodes)
	t.from = make([]int32, len(t.edges))
	t.to = make([]int32, len(t.edges))
	v := int32(0)
	for k, e := range t.edges {
		for t.nodes[v].ID != e.From {
			v++
		}
		t.from[k], t.to[k] = v, t.pos[e.To]
	}
	t.out, t.in = newCSR(n, t.from, t.to), newCSR(n, t.to, t.from)
}

// infoOf settles what is known about a node.
func infoOf(n *graph.Node, facts Facts) Info {
	info := Info{Date: n.Date, Title: n.Title}
	if facts != nil {
		if f, ok := facts.Fact(n.ID); ok {
			info.Agenda = f.Agenda
			if info.Date == "" && f.Date != "" || info.Title == "" && f.Title != "" {
				info.Filled = f.Source
			}
			if info.Title == "" && f.Title != "" {
				info.TitleFrom = cmpOr(f.TitleSource, f.Source)
			}
			info.Date = cmpOr(info.Date, f.Date)
			info.Title = cmpOr(info.Title, f.Title)
			info.Year = f.Year
		}
	}
	if y, err := strconv.Atoi(yearPart(info.Date)); err == nil {
		info.Year = y
	}
	if info.Year == 0 {
		info.Year = symbolYear(n.ID)
	}
	return info
}

// cmpOr returns a if it is not empty, else b.
func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// yearPart returns the year of an ISO date, or "".
func yearPart(date string) string {
	if len(date) < 4 {
		return ""
	}
	return date[:4]
}

// symbolYear returns the year written in an SC resolution's symbol
// ("S/RES/1373(2001)" → 2001), or 0.
func symbolYear(id string) int {
	if !strings.HasPrefix(id, "S/RES/") || !strings.HasSuffix(id, ")") {
		return 0
	}
	i := strings.LastIndexByte(id, '(')
	y, err := strconv.Atoi(id[i+1 : len(id)-1])
	if err != nil {
		return 0
	}
	return y
}

// Graph returns the graph the index was made from.
func (ix *Index) Graph() *graph.Graph { return ix.g }

// Len returns the number of nodes.
func (ix *Index) Len() int { return ix.g.Len() }

// Node returns node i.
func (ix *Index) Node(i int32) *graph.Node { return ix.t().nodes[i] }

// Lookup returns the index of the node with the given ID.
func (ix *Index) Lookup(id string) (int32, bool) {
	i, ok := ix.t().pos[id]
	return i, ok
}

// Info returns what is known about node i.
func (ix *Index) Info(i int32) Info { return ix.t().info[i] }

// InfoOf returns what is known about a node of the graph. Before the
// tables are built it makes that node's alone, from n and the facts.
func (ix *Index) InfoOf(n *graph.Node) Info {
	t := ix.tab.Load()
	if t == nil {
		return infoOf(n, ix.facts)
	}
	if i, ok := t.pos[n.ID]; ok {
		return t.info[i]
	}
	return Info{Date: n.Date, Title: n.Title}
}

// Out returns the adjacency from citing to cited documents.
func (ix *Index) Out() graph.Adjacency { return ix.t().out }

// In returns the adjacency from cited to citing documents.
func (ix *Index) In() graph.Adjacency { return ix.t().in }

// csr is an adjacency in compressed sparse row form: the successors of v
// are dst[off[v]:off[v+1]], ascending, and eid[k] is the index of the
// edge dst[k] stands for.
type csr struct {
	off []int32
	dst []int32
	eid []int32
}

// newCSR indexes the edges src[k] → dst[k] by a stable counting sort on
// src.
func newCSR(n int, src, dst []int32) *csr {
	c := &csr{off: make([]int32, n+1), dst: make([]int32, len(src)), eid: make([]int32, len(src))}
	for _, s := range src {
		c.off[s+1]++
	}
	for v := range n {
		c.off[v+1] += c.off[v]
	}
	next := make([]int32, n)
	copy(next, c.off[:n])
	for k, s := range src {
		c.dst[next[s]] = dst[k]
		c.eid[next[s]] = int32(k)
		next[s]++
	}
	return c
}

// Len returns the number of nodes.
func (c *csr) Len() int { return len(c.off) - 1 }

// Succ returns the successors of v, ascending.
func (c *csr) Succ(v int32) []int32 { return c.dst[c.off[v]:c.off[v+1]] }

// edgeIDs returns the edge indexes parallel to Succ(v).
func (c *csr) edgeIDs(v int32) []int32 { return c.eid[c.off[v]:c.off[v+1]] }

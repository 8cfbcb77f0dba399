package graph

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Direction says which way a lineage query walks the citations.
type Direction string

// Directions of a lineage query.
const (
	Ancestors   Direction = "lineage"  // what the document builds on: what it cites, transitively
	Descendants Direction = "cited-by" // what builds on the document: what cites it, transitively
)

// Lineage is the answer to a lineage or cited-by query: the documents
// reached from Root, grouped by generation.
type Lineage struct {
	Root        *Node        `json:"root"`
	Direction   Direction    `json:"direction"`
	Depth       int          `json:"depth"` // the limit asked for; 0 means none
	Generations []Generation `json:"generations"`
}

// Generation is the set of documents first reached after the same number
// of citation steps from the root.
type Generation struct {
	Number int    `json:"generation"` // 1 for the documents the root cites (or that cite it)
	Steps  []Step `json:"nodes"`      // sorted by date, then symbol
}

// Step is one document of a generation and how it was reached.
type Step struct {
	Node      *Node    `json:"node"`
	Via       []string `json:"via"`       // documents of the previous generation that reach it, sorted
	Relations []string `json:"relations"` // relations of those citations, in order of first occurrence
}

// Count returns the number of documents in all generations.
func (l *Lineage) Count() int {
	n := 0
	for _, g := range l.Generations {
		n += len(g.Steps)
	}
	return n
}

// NotFoundError says that a query named a document the graph does not hold.
type NotFoundError struct{ ID string }

func (e *NotFoundError) Error() string { return fmt.Sprintf("%s is not in the graph", e.ID) }

// Lineage returns what the document id builds on, generation by
// generation, up to depth generations (0 or less: all).
func (g *Graph) Lineage(id string, depth int) (*Lineage, error) {
	return g.walk(id, depth, Ancestors)
}

// CitedBy returns what builds on the document id, generation by
// generation, up to depth generations (0 or less: all).
func (g *Graph) CitedBy(id string, depth int) (*Lineage, error) {
	return g.walk(id, depth, Descendants)
}

// walk runs Layers in the given direction and describes each node reached.
func (g *Graph) walk(id string, depth int, dir Direction) (*Lineage, error) {
	root, ok := g.lookup(id)
	if !ok {
		return nil, &NotFoundError{ID: id}
	}
	fwd, back := g.out, g.in
	if dir == Descendants {
		fwd, back = g.in, g.out
	}
	l := &Lineage{Root: g.nodeAt(root), Direction: dir, Depth: max(depth, 0)}
	layers := Layers(fwd, root, depth)
	gen := make([]int32, g.n) // generation of each node: 0 for the root, -1 if unreached
	for i := range gen {
		gen[i] = -1
	}
	gen[root] = 0
	var a stepArena
	for k, layer := range layers {
		steps := make([]Step, len(layer))
		for i, v := range layer {
			gen[v] = int32(k + 1)
			steps[i] = g.step(v, back, gen, k, &a)
		}
		l.Generations = append(l.Generations, Generation{Number: k + 1, Steps: sortSteps(steps)})
	}
	return l, nil
}

// sortSteps returns the steps sorted by CompareNodes, a total order on
// distinct nodes. It sorts their positions, not the steps themselves:
// moving a position costs four bytes, a step seven words.
//
// Dates are compared as numbers where both read as one (dateOrder), which
// spares most comparisons of strings; equal numbers fall back to
// CompareNodes.
func sortSteps(steps []Step) []Step {
	order := make([]int32, len(steps))
	keys := make([]uint32, len(steps))
	for i := range order {
		order[i] = int32(i)
		keys[i] = dateOrder(steps[i].Node.Date)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if ka, kb := keys[a], keys[b]; ka != kb && ka != noDateOrder && kb != noDateOrder {
			return cmp.Compare(ka, kb)
		}
		return CompareNodes(steps[a].Node, steps[b].Node)
	})
	out := make([]Step, len(steps))
	for i, j := range order {
		out[i] = steps[j]
	}
	return out
}

// stepArena holds the Via and Relations lists of a walk's steps, so that
// a walk of many thousand documents does not allocate two small slices
// for each.
type stepArena struct{ via, rels []string }

// room makes sure *buf can take n more strings without growing: a full
// buffer is replaced by a new block, not copied, since the lists taken
// from it stay where they are.
func room(buf *[]string, n int) {
	if cap(*buf)-len(*buf) < n {
		*buf = make([]string, 0, max(4096, n))
	}
}

// take returns the strings appended to *buf since start, with no room to
// grow into the next list.
func take(buf *[]string, start int) []string {
	return (*buf)[start:len(*buf):len(*buf)]
}

// step describes node v of generation k+1: the nodes of generation k that
// reach it (its neighbours through back) and the relations on those edges.
func (g *Graph) step(v int32, back *csr, gen []int32, k int, a *stepArena) Step {
	s := Step{Node: g.nodeAt(v)}
	room(&a.via, len(back.Succ(v)))
	room(&a.rels, 16) // more relations than that grow the block
	via, rels := len(a.via), len(a.rels)
	for i, u := range back.Succ(v) {
		if gen[u] != int32(k) {
			continue
		}
		a.via = append(a.via, g.src.id(u))
		g.src.relations(back.edgeOf(v, i), func(r string) {
			if !contains(a.rels[rels:], r) {
				a.rels = append(a.rels, r)
			}
		})
	}
	if len(a.via) > via {
		s.Via = take(&a.via, via)
	}
	s.Relations = take(&a.rels, rels)
	return s
}

// noDateOrder is the dateOrder of a date that does not read as one.
const noDateOrder = 0

// undatedOrder is the dateOrder of no date: after every date, as CompareNodes
// puts undated nodes last.
const undatedOrder = math.MaxUint32

// dateOrder returns "2004-12-03" as 20041203+1, "2004-12" as 20041200+1
// and "2004" as 20040000+1: for dates of these shapes, a smaller key is an
// earlier string, and equal keys may be different strings ("2004",
// "2004-00"), which CompareNodes then tells apart. Other shapes give
// noDateOrder, "" gives undatedOrder.
func dateOrder(d string) uint32 {
	if d == "" {
		return undatedOrder
	}
	if len(d) != 4 && len(d) != 7 && len(d) != 10 {
		return noDateOrder
	}
	var k uint32
	for i := 0; i < 10; i++ {
		var c byte = '0'
		if i < len(d) {
			c = d[i]
		}
		switch i {
		case 4, 7:
			if i < len(d) && c != '-' {
				return noDateOrder
			}
			continue
		}
		if c < '0' || c > '9' {
			return noDateOrder
		}
		k = k*10 + uint32(c-'0')
	}
	return k + 1 // 0 is noDateOrder
}

// CompareNodes orders nodes by date (undated last), then by symbol with
// numbers compared as numbers, so that 60/9 comes before 60/45.
func CompareNodes(a, b *Node) int {
	switch {
	case a.Date == "" && b.Date != "":
		return 1
	case a.Date != "" && b.Date == "":
		return -1
	}
	return cmp.Or(cmp.Compare(a.Date, b.Date), CompareSymbols(a.ID, b.ID))
}

package graph

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"
)

// Changes say how a graph differs from another: the nodes whose values
// changed, appeared or went, the edges of the citing nodes whose
// citations changed, and the diagnostics. See Patch.
type Changes struct {
	// Nodes are the nodes that change, by ID: the new value, or nil for a
	// node that goes. A node not named here keeps its value.
	Nodes map[string]*Node
	// Out are, by citing node ID, every edge that node now has to the
	// nodes it cites, replacing its old ones (none for an empty list). A
	// node not named here keeps its edges.
	Out map[string][]*Edge
	// Diagnostics are every diagnostic of the new graph.
	Diagnostics []Diagnostic
}

// Patch returns the graph old with the changes made: the graph that
// Build would give for the documents after the change, when the changes
// are what the documents changed (package store works them out). The
// nodes and edges that did not change are read from old as they are:
// AppendFrozen of a patch of a graph read from its frozen layout copies
// their records rather than decoding and encoding them again, and gives
// the bytes AppendFrozen gives for the same graph made by Build. old must
// stay readable while the patch is used.
func Patch(old *Graph, ch Changes) (*Graph, error) {
	p := &patched{old: old}
	added := make([]string, 0, len(ch.Nodes))
	for id, n := range ch.Nodes {
		if n != nil && n.ID != id {
			return nil, fmt.Errorf("graph: patch names node %q by %q", n.ID, id)
		}
		if _, ok := old.lookup(id); !ok && n != nil {
			added = append(added, id)
		}
	}
	slices.Sort(added)
	// Merge the old IDs, less those that go, with the new ones.
	oldToNew := make([]int32, old.n)
	oldOf := make([]int32, 0, old.n+len(added)) // the old index of each ID, or -1
	p.ids = make([]string, 0, old.n+len(added))
	p.nodeOld = make([]int32, 0, old.n+len(added))
	j := 0
	for i := range int32(old.n) {
		id := old.src.id(i)
		for j < len(added) && added[j] < id {
			p.push(added[j], -1, ch.Nodes[added[j]])
			oldOf = append(oldOf, -1)
			j++
		}
		n, changed := ch.Nodes[id]
		if changed && n == nil {
			oldToNew[i] = -1
			continue
		}
		oldToNew[i] = int32(len(p.ids))
		oldOf = append(oldOf, i)
		if changed {
			p.push(id, -1, n)
		} else {
			p.push(id, i, nil)
		}
	}
	for ; j < len(added); j++ {
		p.push(added[j], -1, ch.Nodes[added[j]])
		oldOf = append(oldOf, -1)
	}
	for id := range ch.Out {
		if _, ok := p.index(id); !ok {
			return nil, fmt.Errorf("graph: patch gives edges to %s, which is not a node", id)
		}
	}
	// The edges, sorted by (citing, cited) as Build sorts them: the new
	// ones given, else the node's old ones, whose order the merge keeps.
	from, to := make([]int32, 0, old.m+64), make([]int32, 0, old.m+64)
	p.edgeOld = make([]int32, 0, old.m+64)
	for v := range int32(len(p.ids)) {
		if es, ok := ch.Out[p.ids[v]]; ok {
			type target struct {
				w int32
				e *Edge
			}
			ts := make([]target, 0, len(es))
			for _, e := range es {
				w, ok := p.index(e.To)
				if !ok || e.From != p.ids[v] || w == v {
					return nil, fmt.Errorf("graph: patch edge %s → %s does not join two nodes of the graph", e.From, e.To)
				}
				ts = append(ts, target{w, e})
			}
			slices.SortFunc(ts, func(a, b target) int { return cmp.Compare(a.w, b.w) })
			for i, t := range ts {
				if i > 0 && ts[i-1].w == t.w {
					return nil, fmt.Errorf("graph: patch edge %s → %s repeated", t.e.From, t.e.To)
				}
				from, to = append(from, v), append(to, t.w)
				p.pushEdge(-1, t.e)
			}
			continue
		}
		i := oldOf[v]
		if i < 0 {
			continue // a new node given no edges cites nothing
		}
		for pos, w := range old.out.Succ(i) {
			nw := oldToNew[w]
			if nw < 0 {
				return nil, fmt.Errorf("graph: patch removes %s, which %s still cites", old.src.id(w), p.ids[v])
			}
			from, to = append(from, v), append(to, nw)
			p.pushEdge(old.out.edgeOf(i, pos), nil)
		}
	}
	p.diags = sortDiagnostics(slices.Clone(ch.Diagnostics))
	g := &Graph{n: len(p.ids), m: len(from), src: p,
		nodes: newCache[Node](len(p.ids)), edges: newCache[Edge](len(from))}
	g.out = &csr{off: make([]int32, g.n+1), dst: to}
	for _, v := range from {
		g.out.off[v+1]++
	}
	for v := range g.n {
		g.out.off[v+1] += g.out.off[v]
	}
	g.in = buildCSR(g.n, to, from)
	g.allNodes = lazyAll(g.n, g.nodeAt)
	g.allEdges = lazyAll(g.m, func(k int32) *Edge { return g.edgeByIndex(k, from[k], to[k]) })
	g.diags = sync.OnceValue(p.diagnostics)
	return g, nil
}

// index returns the position of the node of ID id among the patch's
// nodes.
func (p *patched) index(id string) (int32, bool) {
	i, ok := slices.BinarySearch(p.ids, id)
	return int32(i), ok
}

// patched is the backing of a graph made by Patch: each node and edge is
// either one of the old graph's, read from it, or a new value.
type patched struct {
	old     *Graph
	ids     []string
	nodeOld []int32 // the old index of each node kept as it was, else -1-j for nodeNew[j]
	nodeNew []*Node // the new values of the other nodes
	edgeOld []int32 // the old index of each edge kept as it was, else -1-j for edgeNew[j]
	edgeNew []*Edge // the other edges
	// (Few nodes and edges are new: slices of pointers as long as the
	// graph would be scanned by the collector for nothing.)
	diags []Diagnostic
}

// push appends a node: old index i, or the new value n.
func (p *patched) push(id string, i int32, n *Node) {
	p.ids = append(p.ids, id)
	if n != nil {
		i = -1 - int32(len(p.nodeNew))
		p.nodeNew = append(p.nodeNew, n)
	}
	p.nodeOld = append(p.nodeOld, i)
}

// pushEdge appends an edge: old index k, or the new edge e.
func (p *patched) pushEdge(k int32, e *Edge) {
	if e != nil {
		k = -1 - int32(len(p.edgeNew))
		p.edgeNew = append(p.edgeNew, e)
	}
	p.edgeOld = append(p.edgeOld, k)
}

func (p *patched) id(i int32) string { return p.ids[i] }

func (p *patched) node(i int32) *Node {
	o := p.nodeOld[i]
	if o >= 0 {
		return p.old.nodeAt(o)
	}
	return p.nodeNew[-1-o]
}

func (p *patched) edge(k, from, to int32) *Edge {
	o := p.edgeOld[k]
	if o >= 0 {
		return p.old.edgeByIndex(o, p.old.out.source(o), p.old.out.dst[o])
	}
	return p.edgeNew[-1-o]
}

func (p *patched) relations(k int32, f func(string)) {
	o := p.edgeOld[k]
	if o >= 0 {
		p.old.src.relations(o, f)
		return
	}
	for _, r := range p.edgeNew[-1-o].Relations() {
		f(r)
	}
}

func (p *patched) diagnostics() []Diagnostic { return p.diags }

// transcoder writes the records a patched graph keeps from a graph read
// from its frozen layout: it reads each record's varints and writes them
// again with the string and relation-set numbers of the new layout,
// without decoding nodes, edges or occurrences into values. What it
// writes is what AppendFrozen writes for the decoded values.
type transcoder struct {
	p     *patched
	f     *frozen
	remap []uint32 // by old string: its new number + 1, or 0 until met
	// oldIndex finds, among the old strings, those that records written
	// from values use (see prepare).
	oldIndex map[string]uint64
	sets     []uint32 // by old relation set: its new number + 1, or 0 until met
}

// newTranscoder returns a transcoder for g when g is a patch of a graph
// read from its frozen layout and written in full, else nil.
func newTranscoder(g *Graph, opts FrozenOptions) *transcoder {
	p, ok := g.src.(*patched)
	if !ok || opts.Compact || opts.Span != nil {
		return nil
	}
	f, ok := p.old.src.(*frozen)
	if !ok {
		return nil
	}
	return &transcoder{p: p, f: f, remap: make([]uint32, max(len(f.strOff)-1, 0)), sets: make([]uint32, max(len(f.relOff)-1, 0))}
}

// prepare readies the encoder for the strings of the records that are
// not transcoded — new nodes and edges, relation sets, diagnostics —
// which may also be strings of the old layout: those are found in the
// old string table once, so that the encoder's map holds the few strings
// those records write rather than every string of the layout.
func (t *transcoder) prepare(e *frozenEncoder, g *Graph) {
	want := map[string]bool{"": true}
	add := func(ss ...string) {
		for _, s := range ss {
			want[s] = true
		}
	}
	for _, n := range t.p.nodeNew {
		add(n.ID, string(n.Kind), string(n.Body), n.Title, n.Date, n.Source, n.Format)
		for _, pd := range n.Parts {
			add(pd.Part, pd.Date)
		}
		add(n.Languages...)
	}
	for _, ed := range t.p.edgeNew {
		for _, o := range ed.Occurrences {
			add(o.Source, o.Relation, o.Verb, string(o.Location), o.Footnote, o.Part, o.Date, o.Text)
		}
	}
	for _, d := range g.Diagnostics() {
		add(string(d.Severity), d.Code, d.Message, d.Source, d.Node)
	}
	for _, r := range t.f.relItem { // the relations of every set, which new sets may repeat
		add(t.f.s(uint64(r)))
	}
	t.oldIndex = make(map[string]uint64, len(want))
	for j := range uint64(len(t.remap)) {
		if s := t.f.s(j); want[s] {
			if _, dup := t.oldIndex[s]; !dup {
				t.oldIndex[s] = j
			}
		}
	}
	// Most old strings carry over: room for them all, so that the table
	// does not grow by copies of a slice of hundreds of thousands.
	e.table = slices.Grow(e.table, len(t.remap))
	e.tc = t
}

// old returns the new number of old string j, numbering it when it is
// first met.
func (t *transcoder) old(e *frozenEncoder, j uint64) uint32 {
	if j >= uint64(len(t.remap)) {
		return e.str("") // what the old layout reads for it
	}
	if r := t.remap[j]; r != 0 {
		return r - 1
	}
	s := t.f.s(j)
	if i, ok := e.index[s]; ok { // "", or a damaged table's repeat
		t.remap[j] = i + 1
		return i
	}
	r := uint32(len(e.table))
	e.table = append(e.table, s)
	t.remap[j] = r + 1
	return r
}

// str reads an old string number and returns the new one.
func (t *transcoder) str(e *frozenEncoder, d *recordDecoder) uint32 {
	var i uint64
	if d.off < len(d.s) && d.s[d.off] < 0x80 { // most numbers take a byte
		i = uint64(d.s[d.off])
		d.off++
	} else {
		i = d.uint()
	}
	return t.old(e, i)
}

// strs copies n strings of d to b.
func (t *transcoder) strs(e *frozenEncoder, b []byte, d *recordDecoder, n int) []byte {
	for range n {
		if r := t.str(e, d); r < 0x80 {
			b = append(b, byte(r))
		} else {
			b = binary.AppendUvarint(b, uint64(r))
		}
	}
	return b
}

// node appends old node i's record, as appendNode writes it.
func (t *transcoder) node(e *frozenEncoder, b []byte, i int32) []byte {
	d := recordDecoder{f: t.f, s: record(t.f.nodes, t.f.nodeOff, int(i))}
	b = t.strs(e, b, &d, 4) // kind, body, title, date
	np := d.count()
	b = appendInt(b, np)
	b = t.strs(e, b, &d, 2*np)
	inCorpus := 0
	if d.uint() != 0 {
		inCorpus = 1
	}
	b = appendInt(b, inCorpus)
	b = t.strs(e, b, &d, 2) // source, format
	nl := d.count()
	if nl == 0 {
		return b
	}
	b = appendInt(b, nl)
	return t.strs(e, b, &d, nl)
}

// occurrences appends old edge k's occurrences, as appendOccurrences
// writes them.
func (t *transcoder) occurrences(e *frozenEncoder, b []byte, k int32) []byte {
	d := recordDecoder{f: t.f, s: record(t.f.occs, t.f.occOff, int(k))}
	n := d.count()
	b = appendInt(b, n)
	for range n {
		b = t.strs(e, b, &d, 4) // source, relation, verb, location
		b = appendInt(b, int(d.uint()))
		b = t.strs(e, b, &d, 4) // footnote, part, date, text
		for range 4 {
			b = appendInt(b, d.int())
		}
	}
	return b
}

// relSet returns the new number of old edge k's relation set.
func (t *transcoder) relSet(e *frozenEncoder, k int32) uint32 {
	set := uint64(t.f.edgeRel[k])
	if set < uint64(len(t.sets)) && t.sets[set] != 0 {
		return t.sets[set] - 1
	}
	var rels []string
	t.f.relations(k, func(r string) { rels = append(rels, r) })
	r := e.relSet(rels)
	if set < uint64(len(t.sets)) {
		t.sets[set] = r + 1
	}
	return r
}

// Citing returns the IDs of the nodes that cite node id, in ID order;
// none for an ID that is not a node.
func (g *Graph) Citing(id string) []string { return g.neighbours(id, g.in) }

// Cites returns the IDs of the nodes that node id cites, in ID order.
func (g *Graph) Cites(id string) []string { return g.neighbours(id, g.out) }

// neighbours returns the IDs of v's successors in c.
func (g *Graph) neighbours(id string, c *csr) []string {
	v, ok := g.lookup(id)
	if !ok {
		return nil
	}
	succ := c.Succ(v)
	out := make([]string, len(succ))
	for i, w := range succ {
		out[i] = g.src.id(w)
	}
	return out
}

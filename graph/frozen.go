package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/recital-un/recital/parser"
)

// The frozen layout is a graph laid out for reading: a query maps it (or
// holds it in memory) and reads the records it needs in place, with no
// sort, no map and no pass over the whole to rebuild anything.
//
//	header    "RCTLGRPH", layout version (uint32), flags (uint32), then
//	          nine uint64 counts: strings, string bytes, nodes, node
//	          bytes, edges, relation sets, relation items, occurrence
//	          bytes, diagnostic bytes
//	strOff    uint32 × (strings+1): string i is blob[strOff[i]:strOff[i+1]]
//	blob      the bytes of every distinct string, once
//	nodeID    uint32 × nodes: the string of each node's ID, in ID order
//	nodeOff   uint32 × (nodes+1): where each node's record lies in nodes
//	nodes     varint records: kind, body, title, date, parts (count, then
//	          part and date each), in corpus, source, format
//	outOff    int32 × (nodes+1), outDst int32 × edges: citing → cited;
//	          edges are sorted by (citing, cited), so position k of this
//	          index is edge k
//	inOff     int32 × (nodes+1), inDst int32 × edges, inEdge int32 × edges:
//	          cited → citing, with the edge of each position
//	edgeRel   uint32 × edges: the relation set of each edge
//	relOff    uint32 × (sets+1), relItem uint32 × items: each set lists
//	          the distinct relations of an edge in order of first
//	          occurrence, which is all a lineage step prints of an edge
//	occOff    uint32 × (edges+1): where each edge's occurrences lie
//	occs      varint records: count, then per occurrence source, relation,
//	          verb, location, paragraph, footnote, part, date, text, span
//	          (start, end, line, col)
//	diags     varint records: count, then per diagnostic severity, code,
//	          message, source, node, span
//
// Integers are little-endian and every array starts at a multiple of 8
// bytes. Strings in records are indexes into strOff. Open checks the
// header and the adjacency arrays, which the algorithms index without
// further checks; records are checked as they are decoded, and a damaged
// record decodes to empty fields, never a crash (the CRCs of a store say
// whether it is damaged: see package store).

// frozenMagic opens the frozen layout.
const frozenMagic = "RCTLGRPH"

// FrozenVersion is the version of the frozen layout. Open rejects others.
const FrozenVersion = 1

// frozenHeaderLen is the size of the header: magic, version, flags and
// the nine counts.
const frozenHeaderLen = 8 + 4 + 4 + 9*8

// flagCompact marks a layout written without occurrence texts and
// diagnostics.
const flagCompact = 1

// FrozenOptions say how a graph is written in its frozen layout.
type FrozenOptions struct {
	// Compact leaves out the text of every occurrence and the
	// diagnostics, keeping symbols, dates, titles, relations and
	// positions: the shape of the embedded default graph.
	Compact bool
	// Span, if set, turns each recorded span into the one written.
	Span func(source string, sp parser.Span) parser.Span
}

// ErrNotFrozen says bytes do not hold a graph in the frozen layout.
var ErrNotFrozen = errors.New("not a frozen Recital graph")

// AppendFrozen appends g in its frozen layout to dst. The same graph and
// options always give the same bytes.
func (g *Graph) AppendFrozen(dst []byte, opts FrozenOptions) ([]byte, error) {
	err := g.encodeFrozen(opts, func(size int) func([]byte) {
		dst = slices.Grow(dst, size) // one allocation: the layout is the largest buffer of a build
		return func(b []byte) { dst = append(dst, b...) }
	})
	if err != nil {
		return nil, err
	}
	return dst, nil
}

// WriteFrozen writes g in its frozen layout through write, piece by piece:
// the bytes AppendFrozen appends, without holding them whole. It returns
// how many bytes it wrote.
func (g *Graph) WriteFrozen(write func([]byte), opts FrozenOptions) (int, error) {
	n := 0
	err := g.encodeFrozen(opts, func(int) func([]byte) {
		return func(b []byte) { n += len(b); write(b) }
	})
	return n, err
}

// encodeFrozen encodes g in its frozen layout: it lays out the records,
// then calls out with the size of the layout and writes the layout
// through the function out returns.
func (g *Graph) encodeFrozen(opts FrozenOptions, out func(size int) func([]byte)) error {
	e := &frozenEncoder{index: map[string]uint32{"": 0}, table: []string{""}, relIndex: map[string]uint32{}}
	fix := opts.Span
	if fix == nil {
		fix = func(_ string, sp parser.Span) parser.Span { return sp }
	}
	nodeID := make([]uint32, g.n)
	nodeOff := make([]uint32, 0, g.n+1)
	var nodes, occs []byte
	tc := newTranscoder(g, opts)
	if tc != nil {
		tc.prepare(e, g)
	}
	if tc != nil { // about the old sizes: no area is copied as it grows
		nodes = make([]byte, 0, len(tc.f.nodes)+len(tc.f.nodes)/64+4096)
		occs = make([]byte, 0, len(tc.f.occs)+len(tc.f.occs)/64+4096)
	}
	for i := range int32(g.n) {
		nodeOff = append(nodeOff, uint32(len(nodes)))
		if tc != nil && tc.p.nodeOld[i] >= 0 {
			nodeID[i] = tc.old(e, uint64(tc.f.nodeID[tc.p.nodeOld[i]]))
			nodes = tc.node(e, nodes, tc.p.nodeOld[i])
			continue
		}
		n := g.nodeAt(i)
		nodeID[i] = e.str(n.ID)
		nodes = e.appendNode(nodes, n)
	}
	nodeOff = append(nodeOff, uint32(len(nodes)))
	edgeRel := make([]uint32, g.m)
	occOff := make([]uint32, 0, g.m+1)
	for v := range int32(g.n) {
		for i, w := range g.out.Succ(v) {
			k := g.out.edgeOf(v, i)
			occOff = append(occOff, uint32(len(occs)))
			if tc != nil && tc.p.edgeOld[k] >= 0 {
				edgeRel[k] = tc.relSet(e, tc.p.edgeOld[k])
				occs = tc.occurrences(e, occs, tc.p.edgeOld[k])
			} else {
				ed := g.edgeByIndex(k, v, w)
				edgeRel[k] = e.relSet(ed.Relations())
				occs = e.appendOccurrences(occs, ed.Occurrences, opts.Compact, fix)
			}
			if len(occs) > maxFrozenBytes {
				return fmt.Errorf("graph: occurrences take over %d bytes, more than the frozen layout holds", maxFrozenBytes)
			}
		}
	}
	occOff = append(occOff, uint32(len(occs)))
	var diags []byte
	var flags uint32
	if opts.Compact {
		flags |= flagCompact
		diags = binary.AppendUvarint(diags, 0)
	} else {
		diags = e.appendDiagnostics(diags, g.Diagnostics(), fix)
	}
	strOff, blob, err := e.tableArrays()
	if err != nil {
		return err
	}
	counts := []uint64{uint64(len(e.table)), uint64(len(blob)), uint64(g.n), uint64(len(nodes)), uint64(g.m),
		uint64(len(e.relOff) - 1), uint64(len(e.relItem)), uint64(len(occs)), uint64(len(diags))}
	if len(nodes) > maxFrozenBytes {
		return fmt.Errorf("graph: node records take over %d bytes, more than the frozen layout holds", maxFrozenBytes)
	}
	size := frozenSize(counts)
	write := out(size)
	written := 0
	put := func(b []byte) { written += len(b); write(b) }
	var zeros [8]byte
	pad := func() { put(zeros[:(8-written%8)%8]) }
	var buf []byte
	put32 := func(s []uint32) {
		if littleEndian && len(s) > 0 {
			put(unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), 4*len(s)))
		} else {
			for len(s) > 0 {
				chunk := s[:min(len(s), 4096)]
				buf = buf[:0]
				for _, x := range chunk {
					buf = binary.LittleEndian.AppendUint32(buf, x)
				}
				put(buf)
				s = s[len(chunk):]
			}
		}
		pad()
	}
	u32 := func(s []uint32) { put32(s) }
	i32 := func(s []int32) {
		if len(s) > 0 {
			put32(unsafe.Slice((*uint32)(unsafe.Pointer(&s[0])), len(s)))
		} else {
			pad()
		}
	}
	raw := func(b []byte) { put(b); pad() }
	head := append([]byte(frozenMagic), make([]byte, 8+8*len(counts))...)
	binary.LittleEndian.PutUint32(head[8:], FrozenVersion)
	binary.LittleEndian.PutUint32(head[12:], flags)
	for i, c := range counts {
		binary.LittleEndian.PutUint64(head[16+8*i:], c)
	}
	put(head)
	u32(strOff)
	raw(blob)
	u32(nodeID)
	u32(nodeOff)
	raw(nodes)
	i32(g.out.off)
	i32(g.out.dst)
	i32(g.in.off)
	i32(g.in.dst)
	inEdge := g.in.edge
	if inEdge == nil {
		inEdge = make([]int32, g.m)
		for k := range inEdge {
			inEdge[k] = int32(k)
		}
	}
	i32(inEdge)
	u32(edgeRel)
	u32(e.relOff)
	u32(e.relItem)
	u32(occOff)
	raw(occs)
	raw(diags)
	if written != size {
		return fmt.Errorf("graph: frozen layout of %d bytes, want %d", written, size)
	}
	return nil
}

// frozenSize returns the bytes of a layout with the given counts (see
// AppendFrozen for their order), padding included.
func frozenSize(c []uint64) int {
	nStr, strBytes, n, nodeBytes, m, sets, items, occBytes, diagBytes := c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]
	pad := func(x uint64) uint64 { return (x + 7) &^ 7 }
	size := uint64(frozenHeaderLen)
	for _, a := range []uint64{4 * (nStr + 1), strBytes, 4 * n, 4 * (n + 1), nodeBytes, 4 * (n + 1), 4 * m,
		4 * (n + 1), 4 * m, 4 * m, 4 * m, 4 * (sets + 1), 4 * items, 4 * (m + 1), occBytes, diagBytes} {
		size += pad(a)
	}
	return int(size)
}

// maxFrozenBytes is the most bytes an area addressed by uint32 offsets
// may hold.
const maxFrozenBytes = 1<<32 - 1

// frozenEncoder collects the strings and relation sets of a layout.
type frozenEncoder struct {
	index    map[string]uint32
	table    []string
	relIndex map[string]uint32
	relOff   []uint32
	relItem  []uint32
	tc       *transcoder // set when kept records are transcoded from an old layout
	last     [8]struct { // the last string written in each short field of an occurrence
		s string
		i uint32
	}
}

// appendField appends the index of s, the value of short field f of an
// occurrence: consecutive occurrences mostly repeat their source,
// relation, location and date, which then cost no map lookup.
func (e *frozenEncoder) appendField(b []byte, f int, s string) []byte {
	l := &e.last[f]
	if l.s != s {
		l.s, l.i = s, e.str(s)
	}
	return binary.AppendUvarint(b, uint64(l.i))
}

// str returns the index of s in the string table, adding it.
func (e *frozenEncoder) str(s string) uint32 {
	i, ok := e.index[s]
	if !ok && e.tc != nil {
		if j, old := e.tc.oldIndex[s]; old {
			return e.tc.old(e, j) // a string of the old layout: numbered once, whoever meets it first
		}
	}
	if !ok {
		i = uint32(len(e.table))
		e.index[s] = i
		e.table = append(e.table, s)
	}
	return i
}

// appendStr appends the index of s.
func (e *frozenEncoder) appendStr(b []byte, s string) []byte {
	return binary.AppendUvarint(b, uint64(e.str(s)))
}

// appendInt appends a non-negative int; negative values, which no field
// should hold, are written as 0.
func appendInt(b []byte, v int) []byte { return binary.AppendUvarint(b, uint64(max(v, 0))) }

// appendNode appends the record of n.
func (e *frozenEncoder) appendNode(b []byte, n *Node) []byte {
	for _, s := range []string{string(n.Kind), string(n.Body), n.Title, n.Date} {
		b = e.appendStr(b, s)
	}
	b = appendInt(b, len(n.Parts))
	for _, p := range n.Parts {
		b = e.appendStr(b, p.Part)
		b = e.appendStr(b, p.Date)
	}
	inCorpus := 0
	if n.InCorpus {
		inCorpus = 1
	}
	b = appendInt(b, inCorpus)
	b = e.appendStr(b, n.Source)
	b = e.appendStr(b, n.Format)
	if len(n.Languages) == 0 {
		return b // a record without languages ends here, as records before them did
	}
	b = appendInt(b, len(n.Languages))
	for _, l := range n.Languages {
		b = e.appendStr(b, l)
	}
	return b
}

// relSet returns the index of the relation set of an edge whose
// relations are rels, adding it.
func (e *frozenEncoder) relSet(rels []string) uint32 {
	if e.relOff == nil {
		e.relOff = []uint32{0}
	}
	key := strings.Join(rels, "\x00")
	if i, ok := e.relIndex[key]; ok {
		return i
	}
	i := uint32(len(e.relOff) - 1)
	e.relIndex[key] = i
	for _, r := range rels {
		e.relItem = append(e.relItem, e.str(r))
	}
	e.relOff = append(e.relOff, uint32(len(e.relItem)))
	return i
}

// appendOccurrences appends the occurrences of one edge.
func (e *frozenEncoder) appendOccurrences(b []byte, occs []Occurrence, compact bool, fix func(string, parser.Span) parser.Span) []byte {
	b = appendInt(b, len(occs))
	for i := range occs {
		o := &occs[i]
		b = e.appendField(b, 0, o.Source)
		b = e.appendField(b, 1, o.Relation)
		b = e.appendField(b, 2, o.Verb)
		b = e.appendField(b, 3, string(o.Location))
		b = appendInt(b, o.Paragraph)
		b = e.appendField(b, 4, o.Footnote)
		b = e.appendField(b, 5, o.Part)
		b = e.appendField(b, 6, o.Date)
		if compact {
			b = e.appendStr(b, "")
		} else {
			b = e.appendField(b, 7, o.Text)
		}
		b = appendSpan(b, fix(o.Source, o.Span))
	}
	return b
}

// appendDiagnostics appends the diagnostics.
func (e *frozenEncoder) appendDiagnostics(b []byte, ds []Diagnostic, fix func(string, parser.Span) parser.Span) []byte {
	b = appendInt(b, len(ds))
	for _, d := range ds {
		for _, s := range []string{string(d.Severity), d.Code, d.Message, d.Source, d.Node} {
			b = e.appendStr(b, s)
		}
		b = appendSpan(b, fix(d.Source, d.Span))
	}
	return b
}

// appendSpan appends a span.
func appendSpan(b []byte, sp parser.Span) []byte {
	for _, v := range []int{sp.Start, sp.End, sp.Line, sp.Col} {
		b = appendInt(b, v)
	}
	return b
}

// tableArrays returns the string table as offsets and bytes.
func (e *frozenEncoder) tableArrays() ([]uint32, []byte, error) {
	if e.relOff == nil {
		e.relOff = []uint32{0}
	}
	off := make([]uint32, 0, len(e.table)+1)
	n := 0
	for _, s := range e.table {
		n += len(s)
	}
	blob := make([]byte, 0, min(n, maxFrozenBytes+1)) // sized once: the table can be most of the section
	for _, s := range e.table {
		off = append(off, uint32(len(blob)))
		blob = append(blob, s...)
		if len(blob) > maxFrozenBytes {
			return nil, nil, fmt.Errorf("graph: strings take over %d bytes, more than the frozen layout holds", maxFrozenBytes)
		}
	}
	return append(off, uint32(len(blob))), blob, nil
}

// frozen is a graph read in place from its frozen layout.
type frozen struct {
	strOff   []uint32
	blob     string
	nodeID   []uint32
	nodeOff  []uint32
	nodes    string
	edgeRel  []uint32
	relOff   []uint32
	relItem  []uint32
	occOff   []uint32
	occs     string
	diagData string
	n        int
}

// Open returns the graph held in b in its frozen layout (see
// AppendFrozen), reading nothing but the header and the adjacency
// arrays: nodes, edges and occurrences are decoded when asked for. Open
// keeps b, which must not change afterwards; a b aligned to 8 bytes (a
// memory map, a fresh allocation) is read without a copy.
func Open(b []byte) (*Graph, error) {
	if len(b) < frozenHeaderLen || string(b[:8]) != frozenMagic {
		return nil, ErrNotFrozen
	}
	if len(b)%8 != 0 {
		return nil, errFrozen("cut short")
	}
	if v := binary.LittleEndian.Uint32(b[8:]); v != FrozenVersion {
		return nil, fmt.Errorf("graph: frozen layout version %d, this Recital reads version %d", v, FrozenVersion)
	}
	if uintptr(unsafe.Pointer(&b[0]))%8 != 0 {
		b = aligned(b)
	}
	var c [9]uint64
	for i := range c {
		c[i] = binary.LittleEndian.Uint64(b[16+8*i:])
		if c[i] > uint64(len(b)) {
			return nil, errFrozen("a count exceeds the size")
		}
	}
	nStr, strBytes, n, nodeBytes, m, sets, items, occBytes, diagBytes := c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]
	r := &layoutReader{b: b, off: frozenHeaderLen}
	f := &frozen{n: int(n)}
	f.strOff = r.u32(nStr + 1)
	f.blob = r.str(strBytes)
	f.nodeID = r.u32(n)
	f.nodeOff = r.u32(n + 1)
	f.nodes = r.str(nodeBytes)
	out := &csr{off: r.i32(n + 1), dst: r.i32(m)}
	in := &csr{off: r.i32(n + 1), dst: r.i32(m), edge: r.i32(m)}
	f.edgeRel = r.u32(m)
	f.relOff = r.u32(sets + 1)
	f.relItem = r.u32(items)
	f.occOff = r.u32(m + 1)
	f.occs = r.str(occBytes)
	f.diagData = r.str(diagBytes)
	if r.err != nil {
		return nil, r.err
	}
	if r.off != len(b) {
		return nil, errFrozen("trailing bytes")
	}
	if err := checkCSR(out, int32(n), int32(m)); err != nil {
		return nil, err
	}
	if err := checkCSR(in, int32(n), int32(m)); err != nil {
		return nil, err
	}
	g := &Graph{n: int(n), m: int(m), out: out, in: in, src: f,
		nodes: newCache[Node](int(n)), edges: newCache[Edge](int(m))}
	g.allNodes = lazyAll(g.n, g.nodeAt)
	g.allEdges = lazyAll(g.m, func(k int32) *Edge {
		from := g.out.source(k)
		return g.edgeByIndex(k, from, g.out.dst[k])
	})
	g.diags = sync.OnceValue(f.diagnostics)
	return g, nil
}

// errFrozen reports a damaged layout.
func errFrozen(why string) error { return fmt.Errorf("%w: %s", ErrNotFrozen, why) }

// checkCSR checks that an index's offsets grow from 0 to m and that it
// names only nodes below n and edges below m.
func checkCSR(c *csr, n, m int32) error {
	if len(c.off) != int(n)+1 || c.off[0] != 0 || c.off[n] != m {
		return errFrozen("bad adjacency offsets")
	}
	for v := range n {
		if c.off[v] > c.off[v+1] {
			return errFrozen("bad adjacency offsets")
		}
	}
	for _, w := range c.dst {
		if w < 0 || w >= n {
			return errFrozen("an edge names an unknown node")
		}
	}
	for _, k := range c.edge {
		if k < 0 || k >= m {
			return errFrozen("an adjacency names an unknown edge")
		}
	}
	return nil
}

// aligned returns a copy of b that starts at a multiple of 8 bytes.
func aligned(b []byte) []byte {
	words := make([]uint64, (len(b)+7)/8)
	out := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(b))
	copy(out, b)
	return out
}

// littleEndian says whether arrays can be read in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// layoutReader cuts the arrays of a layout out of its bytes, in order.
type layoutReader struct {
	b   []byte
	off int
	err error
}

// take returns the next size bytes and skips the padding after them.
func (r *layoutReader) take(size uint64) []byte {
	if r.err != nil || size > uint64(len(r.b)-r.off) {
		r.err = errFrozen("cut short")
		return nil
	}
	p := r.b[r.off : r.off+int(size)]
	r.off += int(size)
	r.off = min(len(r.b), (r.off+7)&^7)
	return p
}

// u32 returns the next array of n uint32, in place when it can.
func (r *layoutReader) u32(n uint64) []uint32 {
	if n > uint64(len(r.b))/4 {
		r.err = errFrozen("cut short")
		return nil
	}
	p := r.take(4 * n)
	if r.err != nil || n == 0 {
		return nil
	}
	if littleEndian {
		return unsafe.Slice((*uint32)(unsafe.Pointer(&p[0])), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	return out
}

// i32 returns the next array of n int32.
func (r *layoutReader) i32(n uint64) []int32 {
	u := r.u32(n)
	if u == nil {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(&u[0])), len(u))
}

// str returns the next n bytes as a string, without a copy.
func (r *layoutReader) str(n uint64) string {
	p := r.take(n)
	if len(p) == 0 {
		return ""
	}
	return unsafe.String(&p[0], len(p))
}

// s returns string i of the table, or "" when i or its bounds are bad.
func (f *frozen) s(i uint64) string {
	if i+1 >= uint64(len(f.strOff)) {
		return ""
	}
	lo, hi := f.strOff[i], f.strOff[i+1]
	if lo > hi || uint64(hi) > uint64(len(f.blob)) {
		return ""
	}
	return f.blob[lo:hi]
}

// id returns the ID of node i.
func (f *frozen) id(i int32) string { return f.s(uint64(f.nodeID[i])) }

// record returns the bytes between offsets off[i] and off[i+1] of area.
func record(area string, off []uint32, i int) string {
	lo, hi := off[i], off[i+1]
	if lo > hi || uint64(hi) > uint64(len(area)) {
		return ""
	}
	return area[lo:hi]
}

// node decodes node i.
func (f *frozen) node(i int32) *Node {
	d := recordDecoder{f: f, s: record(f.nodes, f.nodeOff, int(i))}
	n := &Node{ID: f.id(i), Kind: parser.Kind(d.str()), Body: parser.Body(d.str()), Title: d.str(), Date: d.str()}
	if np := d.count(); np > 0 {
		n.Parts = make([]PartDate, np)
		for j := range n.Parts {
			n.Parts[j] = PartDate{Part: d.str(), Date: d.str()}
		}
	}
	n.InCorpus = d.uint() != 0
	n.Source, n.Format = d.str(), d.str()
	if nl := d.count(); nl > 0 {
		n.Languages = make([]string, nl)
		for j := range n.Languages {
			n.Languages[j] = d.str()
		}
	}
	return n
}

// edge decodes edge k with its occurrences.
func (f *frozen) edge(k, from, to int32) *Edge {
	d := recordDecoder{f: f, s: record(f.occs, f.occOff, int(k))}
	e := &Edge{From: f.id(from), To: f.id(to), Occurrences: make([]Occurrence, d.count())}
	for j := range e.Occurrences {
		e.Occurrences[j] = Occurrence{
			Source: d.str(), Relation: d.str(), Verb: d.str(), Location: parser.Location(d.str()),
			Paragraph: int(d.uint()), Footnote: d.str(), Part: d.str(), Date: d.str(), Text: d.str(), Span: d.span(),
		}
	}
	return e
}

// relations calls fn with each relation of edge k.
func (f *frozen) relations(k int32, fn func(string)) {
	set := uint64(f.edgeRel[k])
	if set+1 >= uint64(len(f.relOff)) {
		return
	}
	lo, hi := f.relOff[set], f.relOff[set+1]
	if lo > hi || uint64(hi) > uint64(len(f.relItem)) {
		return
	}
	for _, s := range f.relItem[lo:hi] {
		fn(f.s(uint64(s)))
	}
}

// diagnostics decodes every diagnostic.
func (f *frozen) diagnostics() []Diagnostic {
	d := recordDecoder{f: f, s: f.diagData}
	out := make([]Diagnostic, d.count())
	for i := range out {
		out[i] = Diagnostic{Severity: parser.Severity(d.str()), Code: d.str(), Message: d.str(), Source: d.str(), Node: d.str(), Span: d.span()}
	}
	return out
}

// recordDecoder reads the varints of one record. Past the end or after
// a malformed varint every read returns zero.
type recordDecoder struct {
	f   *frozen
	s   string
	off int
}

// uint reads an unsigned varint.
func (d *recordDecoder) uint() uint64 {
	var v uint64
	for shift := uint(0); shift < 64 && d.off < len(d.s); shift += 7 {
		b := d.s[d.off]
		d.off++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	d.off = len(d.s)
	return 0
}

// count reads a length, bounded by the bytes left (every item takes one
// at least).
func (d *recordDecoder) count() int {
	return int(min(d.uint(), uint64(len(d.s)-d.off)))
}

// str reads a string index.
func (d *recordDecoder) str() string { return d.f.s(d.uint()) }

// span reads a span.
func (d *recordDecoder) span() parser.Span {
	return parser.Span{Start: d.int(), End: d.int(), Line: d.int(), Col: d.int()}
}

// int reads an int, bounded to 31 bits.
func (d *recordDecoder) int() int { return int(min(d.uint(), 1<<31-1)) }

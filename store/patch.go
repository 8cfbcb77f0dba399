package store

import (
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"
	"unsafe"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// A build that changes a few documents does not resolve the whole graph
// again. What a document changes reaches only some nodes: its own, those
// it cites or cited, and, through the dates and titles citing texts give
// and the dates of citing readings, the edges into and out of those. The
// build resolves the documents that bear on those nodes alone — every
// reading of the changed symbols, of the nodes they reach and of the
// nodes that cite those — with graph.BuildWith, takes from that small
// graph what it says exactly, and patches the old graph with it
// (graph.Patch), whose unchanged records are copied rather than decoded.
// TestIncrementalEqualsScratch checks that the store is byte for byte the
// one a build from scratch makes.

// maxPatched is the most documents a build may add, change or remove and
// still patch the old graph; beyond it the graph is resolved whole.
const maxPatched = 256

// patch writes the store of recs by patching the old store's graph. It
// reports false, having written nothing, when the build must resolve the
// graph whole: no old store to patch, a change of parser or of source
// names, or too many documents changed.
func (b *builder) patch(recs []*record) (*Result, bool, error) {
	if b.old == nil || b.res.Rebuilt != "" {
		return nil, false, nil
	}
	if _, ok := b.old.fr.dir[secRecords]; !ok {
		return nil, false, nil
	}
	oldRecs, err := b.old.records()
	if err != nil {
		return nil, false, err
	}
	inNew := make(map[*record]bool, len(recs))
	for _, r := range recs {
		inNew[r] = true
	}
	var gone, added []*record
	for i, r := range oldRecs {
		switch {
		case !inNew[r]:
			gone = append(gone, r)
		case r.Source != b.old.files[i].Source:
			return nil, false, nil // renamed: diagnostics and occurrences name the new source
		}
		delete(inNew, r)
	}
	for _, r := range recs {
		if inNew[r] {
			added = append(added, r)
		}
	}
	if len(gone)+len(added) > maxPatched {
		return nil, false, nil
	}
	old, err := b.old.graph()
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", b.path, err)
	}
	p := &patcher{old: old, bySym: make(map[string][]*record, len(recs)), gone: gone, added: added}
	for _, r := range recs {
		s := peekSymbol(r.enc)
		p.bySym[s] = append(p.bySym[s], r)
	}
	ch, ok, err := p.changes()
	if err != nil || !ok {
		return nil, false, err
	}
	g, err := graph.Patch(old, ch)
	if err != nil {
		return nil, false, err
	}
	sum, err := p.summary(b.old.summary, g, len(recs))
	if err != nil {
		return nil, false, err
	}
	res, err := b.writeGraph(recs, g, sum)
	b.res.Patched, b.res.Resolved = true, p.resolved
	if err == nil && b.opts.Diagnostics {
		if err = decodeAll(recs); err == nil {
			res.Diagnostics = allDiagnostics(recs, g.Diagnostics())
		}
	}
	return res, true, err
}

// patcher works out how a few changed documents change the graph.
type patcher struct {
	old   *graph.Graph
	bySym map[string][]*record // the new store's records by symbol
	gone  []*record            // old records dropped or replaced
	added []*record            // new records
	table []string             // scratch for decoding

	syms     map[string]bool // valid symbols of the changed documents
	reach    map[string]bool // the nodes whose values may change: syms and every target of their readings
	sub      *graph.Graph    // the graph of the documents that bear on reach
	oldDiag  []graph.Diagnostic
	resolved int // documents resolved into sub
	oldIn    int // nodes of reach in the corpus, before and after
	newIn    int
}

// decode decodes records, each once.
func (p *patcher) decode(recs []*record) error {
	for _, r := range recs {
		if err := r.decode(&p.table); err != nil {
			return err
		}
	}
	return nil
}

// changes works out the changes to the old graph. It reports false when
// the old graph holds a diagnostic it cannot place.
func (p *patcher) changes() (graph.Changes, bool, error) {
	var ch graph.Changes
	if err := p.decode(p.gone); err != nil {
		return ch, false, err
	}
	if err := p.decode(p.added); err != nil {
		return ch, false, err
	}
	changedSources := map[string]bool{}
	p.syms = map[string]bool{}
	for _, r := range slices.Concat(p.gone, p.added) {
		changedSources[r.Source] = true
		if graph.IsSymbol(r.doc.Symbol) {
			p.syms[r.doc.Symbol] = true
		}
	}
	// The readings of the changed symbols, before and after, and what
	// they cite.
	symReadings := slices.Clone(p.gone)
	for s := range p.syms {
		symReadings = append(symReadings, p.bySym[s]...)
	}
	if err := p.decode(symReadings); err != nil {
		return ch, false, err
	}
	p.reach = map[string]bool{}
	symSources := map[string]bool{}
	for _, r := range symReadings {
		symSources[r.Source] = true
		if !p.syms[r.doc.Symbol] {
			continue // a changed document without a symbol
		}
		p.reach[r.doc.Symbol] = true
		for _, c := range r.doc.Citations {
			if graph.IsSymbol(c.Target) {
				p.reach[c.Target] = true
			}
		}
	}
	// The documents that bear on those nodes: their readings and the
	// readings of every node that cites them.
	bear := map[string]bool{}
	for x := range p.reach {
		bear[x] = true
		for _, u := range p.old.Citing(x) {
			bear[u] = true
		}
	}
	var sub []*record
	seen := map[*record]bool{}
	for s := range bear {
		for _, r := range p.bySym[s] {
			if !seen[r] {
				seen[r] = true
				sub = append(sub, r)
			}
		}
	}
	for _, r := range p.added { // documents without a symbol too
		if !seen[r] {
			seen[r] = true
			sub = append(sub, r)
		}
	}
	slices.SortFunc(sub, func(a, b *record) int { return strings.Compare(a.Path, b.Path) })
	p.resolved = len(sub)
	var err error
	if p.sub, err = p.resolve(sub); err != nil {
		return ch, false, err
	}
	reachSources := map[string]bool{}
	for _, r := range p.gone {
		if p.reach[r.doc.Symbol] {
			reachSources[r.Source] = true
		}
	}
	adopted := map[string]string{}
	for _, r := range sub {
		if graph.IsSymbol(r.doc.Symbol) {
			adopted[r.Source] = r.doc.Adopted
			if p.reach[r.doc.Symbol] {
				reachSources[r.Source] = true
			}
		}
	}
	// Nodes and edges.
	ch.Nodes = make(map[string]*graph.Node, len(p.reach))
	for x := range p.reach {
		n := p.sub.Node(x)
		if o := p.old.Node(x); o != nil {
			ch.Nodes[x] = n // nil: it goes
			if o.InCorpus {
				p.oldIn++
			}
		} else if n != nil {
			ch.Nodes[x] = n
		}
		if n != nil && n.InCorpus {
			p.newIn++
		}
	}
	ch.Out = make(map[string][]*graph.Edge, len(p.syms))
	for s := range p.syms {
		if p.sub.Node(s) == nil {
			continue
		}
		es := []*graph.Edge{}
		for _, t := range p.sub.Cites(s) {
			es = append(es, p.sub.Edge(s, t))
		}
		ch.Out[s] = es
	}
	// Diagnostics: those the changed documents own, from the small
	// graph; those of dates, for every edge into or out of the nodes
	// reached; the rest as they were.
	owned := func(d graph.Diagnostic) (own, known bool) {
		switch d.Code {
		case graph.CodeNoSymbol:
			return changedSources[d.Source], true
		case graph.CodeDuplicate, graph.CodeLanguageDisagreement:
			return p.syms[d.Node], true
		case graph.CodeUnresolved, graph.CodeSelfCitation:
			return symSources[d.Source] || changedSources[d.Source], true
		case graph.CodeDateMismatch, graph.CodeCitesLater:
			return p.reach[d.Node] || reachSources[d.Source], true
		}
		return false, false
	}
	p.oldDiag = p.old.Diagnostics()
	var diags []graph.Diagnostic
	for _, d := range p.oldDiag {
		own, known := owned(d)
		if !known {
			return ch, false, nil
		}
		if !own {
			diags = append(diags, d)
		}
	}
	for _, d := range p.sub.Diagnostics() {
		if own, _ := owned(d); own && d.Code != graph.CodeDateMismatch && d.Code != graph.CodeCitesLater {
			diags = append(diags, d)
		}
	}
	node := func(id string) *graph.Node {
		if n, ok := ch.Nodes[id]; ok {
			return n
		}
		return p.old.Node(id)
	}
	done := map[[2]string]bool{}
	dates := func(e *graph.Edge) {
		if e == nil || done[[2]string{e.From, e.To}] {
			return
		}
		done[[2]string{e.From, e.To}] = true
		diags = graph.DateDiagnostics(diags, e, node(e.From), node(e.To), func(s string) string { return adopted[s] })
	}
	for _, es := range ch.Out {
		for _, e := range es {
			dates(e)
		}
	}
	for x := range p.reach {
		if node(x) == nil {
			continue
		}
		if _, ok := ch.Out[x]; !ok {
			for _, t := range p.old.Cites(x) {
				dates(p.old.Edge(x, t))
			}
		}
		for _, u := range p.old.Citing(x) {
			if _, ok := ch.Out[u]; !ok && !p.syms[u] {
				dates(p.old.Edge(u, x))
			}
		}
	}
	ch.Diagnostics = diags
	return ch, true, nil
}

// resolve builds the graph of the documents that bear on the reached
// nodes. The readings of the changed symbols are resolved whole; the
// others (readings of reached nodes, and of the nodes that cite them)
// only through their citations of reached nodes, which are all they bear
// on: their other citations would make nodes, edges and diagnostics the
// patch does not take. A hub cited by thousands then costs a citation
// each of its citing texts, not their every citation.
func (p *patcher) resolve(sub []*record) (*graph.Graph, error) {
	if err := decodeAll(sub); err != nil {
		return nil, err
	}
	docs := make([]*parser.Document, len(sub))
	tails := make(map[*parser.Document][]string, len(sub))
	for i, r := range sub {
		d, t := r.doc, r.tails
		if graph.IsSymbol(d.Symbol) && !p.syms[d.Symbol] {
			only := *d
			only.Citations, t = nil, nil
			for j, c := range d.Citations {
				if p.reach[c.Target] {
					only.Citations = append(only.Citations, c)
					t = append(t, r.tails[j])
				}
			}
			d = &only
		}
		docs[i], tails[d] = d, t
	}
	return graph.BuildWith(docs, titlesFrom(tails))
}

// summary returns the counts of the new store from the old store's.
func (p *patcher) summary(old Summary, g *graph.Graph, docs int) (Summary, error) {
	sum := Summary{Documents: docs, Nodes: g.Len(), Edges: g.EdgeCount(), InCorpus: old.InCorpus - p.oldIn + p.newIn,
		Citations: old.Citations, Diagnostics: map[string]int{}}
	for c, n := range old.Diagnostics {
		sum.Diagnostics[c] = n
	}
	for _, r := range p.gone {
		sum.Citations -= len(r.doc.Citations)
		for _, d := range r.doc.Diagnostics {
			sum.Diagnostics[d.Code]--
		}
	}
	for _, r := range p.added {
		sum.Citations += len(r.doc.Citations)
		for _, d := range r.doc.Diagnostics {
			sum.Diagnostics[d.Code]++
		}
	}
	for _, d := range p.oldDiag {
		sum.Diagnostics[d.Code]--
	}
	for _, d := range g.Diagnostics() {
		sum.Diagnostics[d.Code]++
	}
	for c, n := range sum.Diagnostics {
		switch {
		case n < 0:
			return sum, fmt.Errorf("internal error: %d %s diagnostics after a patch", n, c)
		case n == 0:
			delete(sum.Diagnostics, c)
		}
	}
	return sum, nil
}

// peekSymbol reads a record's symbol without decoding the rest: the
// first string of a record, after its schema, which is written in place
// or as a word (see appendRecord).
func peekSymbol(enc []byte) string {
	_, k := binary.Uvarint(enc)
	if k <= 0 {
		return ""
	}
	v, n := binary.Uvarint(enc[k:])
	switch {
	case n <= 0 || v&1 == 1:
		return ""
	case v&2 == 2:
		if v>>2 < uint64(len(recordWords)) {
			return recordWords[v>>2]
		}
		return ""
	}
	l, off := v>>2, k+n
	if l == 0 || l > uint64(len(enc)-off) {
		return ""
	}
	return unsafe.String(&enc[off], int(l))
}

// writeGraph writes the store: the summary, the provenance and records of
// recs, and the graph g, which is written as it is encoded, never held
// whole.
func (b *builder) writeGraph(recs []*record, g *graph.Graph, sum Summary) (*Result, error) {
	err := writeAtomic(b.path, func(w io.Writer) error {
		fw := newFileWriter(w)
		fw.section(secSummary, encodeSummary(sum))
		fw.section(secFiles, encodeFiles(provenances(recs)))
		fw.streamSection(secRecords, func(write func([]byte)) { putRecords(recs, write) })
		var err error
		fw.streamSection(secGraph, func(write func([]byte)) { _, err = g.WriteFrozen(write, graph.FrozenOptions{}) })
		if err != nil {
			return err
		}
		return fw.close()
	})
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", b.path, err)
	}
	b.res.Summary, b.res.Written = sum, true
	return b.res, nil
}

package store

import (
	"runtime"
	"sync"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// The graph section holds the frozen graph, laid out so that a query can
// load it fast:
//
//	string table
//	nodes        in ID order
//	diagnostics
//	edges        in (from, to) order: from and to as node indexes, and
//	             how many occurrences each has
//	chunks       how many, then the byte length of each
//	occurrences  in edge order, cut into the chunks, which decode in
//	             parallel while the graph's indexes are built
//
// Decoding it and freezing the graph is all a query pays before it
// answers.

// spanFixer turns a span recorded while the graph was built back into the
// span in the document's own text (see compactText); nil keeps spans.
type spanFixer func(source string, sp parser.Span) parser.Span

// occurrenceChunks is how many pieces the occurrences are cut into.
const occurrenceChunks = 16

// encodeGraph writes the graph section.
func encodeGraph(g *graph.Graph, fix spanFixer) []byte {
	if fix == nil {
		fix = func(_ string, sp parser.Span) parser.Span { return sp }
	}
	e := newEncoder()
	nodes := g.Nodes()
	pos := make(map[string]int, len(nodes))
	e.int(len(nodes))
	for i, n := range nodes {
		pos[n.ID] = i
		for _, s := range []string{n.ID, string(n.Kind), string(n.Body), n.Title, n.Date} {
			e.str(s)
		}
		e.int(len(n.Parts))
		for _, p := range n.Parts {
			e.str(p.Part)
			e.str(p.Date)
		}
		e.bool(n.InCorpus)
		e.str(n.Source)
		e.str(n.Format)
	}
	diags := g.Diagnostics()
	e.int(len(diags))
	for _, d := range diags {
		for _, s := range []string{string(d.Severity), d.Code, d.Message, d.Source, d.Node} {
			e.str(s)
		}
		encodeSpan(e, fix(d.Source, d.Span))
	}
	edges := g.Edges()
	e.int(len(edges))
	for _, ed := range edges {
		e.int(pos[ed.From])
		e.int(pos[ed.To])
		e.int(len(ed.Occurrences))
	}
	// Occurrences go to chunk encoders of their own, sharing the table.
	chunks := make([][]byte, occurrenceChunks)
	for c := range chunks {
		body := e.body
		e.body = nil
		lo, hi := c*len(edges)/occurrenceChunks, (c+1)*len(edges)/occurrenceChunks
		for _, ed := range edges[lo:hi] {
			for _, o := range ed.Occurrences {
				for _, s := range []string{o.Source, o.Relation, o.Verb, string(o.Location)} {
					e.str(s)
				}
				e.int(o.Paragraph)
				for _, s := range []string{o.Footnote, o.Part, o.Date, o.Text} {
					e.str(s)
				}
				encodeSpan(e, fix(o.Source, o.Span))
			}
		}
		chunks[c], e.body = e.body, body
	}
	e.int(len(chunks))
	for _, c := range chunks {
		e.int(len(c))
	}
	for _, c := range chunks {
		e.body = append(e.body, c...)
	}
	return e.bytes()
}

// encodeSpan writes a span.
func encodeSpan(e *encoder, sp parser.Span) {
	e.int(sp.Start)
	e.int(sp.End)
	e.int(sp.Line)
	e.int(sp.Col)
}

// decodeSpan reads a span.
func decodeSpan(d *decoder) parser.Span {
	return parser.Span{Start: d.int(), End: d.int(), Line: d.int(), Col: d.int()}
}

// decodeGraph reads the graph section and freezes the graph. The edges'
// occurrences are decoded on other goroutines while graph.New indexes
// the edges, which it does from their ends alone; all are done before
// the graph is returned.
func decodeGraph(section []byte) (*graph.Graph, error) {
	d := newDecoder(section)
	nodes, ptrs := decodeNodes(d)
	diags := make([]graph.Diagnostic, d.count(9))
	for i := range diags {
		diags[i] = graph.Diagnostic{Severity: parser.Severity(d.str()), Code: d.str(), Message: d.str(), Source: d.str(), Node: d.str()}
		diags[i].Span = decodeSpan(d)
	}
	edges, eptrs := decodeEdgeHeads(d, nodes)
	chunks := decodeChunks(d, len(edges))
	if d.err != nil {
		return nil, d.err
	}
	var wg sync.WaitGroup
	errs := make([]error, len(chunks))
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)-1))
	for i, c := range chunks {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = decodeOccurrences(c.dec, edges[c.lo:c.hi])
		})
	}
	g, err := graph.New(ptrs, eptrs, diags)
	wg.Wait()
	for _, e := range errs {
		if e != nil {
			return nil, e
		}
	}
	if err != nil {
		return nil, &CorruptError{err.Error()}
	}
	return g, nil
}

// decodeNodes reads the nodes.
func decodeNodes(d *decoder) ([]graph.Node, []*graph.Node) {
	nodes := make([]graph.Node, d.count(8))
	ptrs := make([]*graph.Node, len(nodes))
	for i := range nodes {
		n := &nodes[i]
		n.ID, n.Kind, n.Body, n.Title, n.Date = d.str(), parser.Kind(d.str()), parser.Body(d.str()), d.str(), d.str()
		if np := d.count(2); np > 0 {
			n.Parts = make([]graph.PartDate, np)
			for j := range n.Parts {
				n.Parts[j] = graph.PartDate{Part: d.str(), Date: d.str()}
			}
		}
		n.InCorpus, n.Source, n.Format = d.bool(), d.str(), d.str()
		ptrs[i] = n
	}
	return nodes, ptrs
}

// decodeEdgeHeads reads the edges' ends and occurrence counts, and gives
// each edge its slice of one array of occurrences, still empty.
func decodeEdgeHeads(d *decoder, nodes []graph.Node) ([]graph.Edge, []*graph.Edge) {
	edges := make([]graph.Edge, d.count(3))
	ptrs := make([]*graph.Edge, len(edges))
	counts := make([]int, len(edges))
	total := 0
	for i := range edges {
		from, to, n := d.int(), d.int(), d.int()
		if from >= len(nodes) || to >= len(nodes) || n > len(d.s) {
			d.fail()
			return nil, nil
		}
		edges[i] = graph.Edge{From: nodes[from].ID, To: nodes[to].ID}
		ptrs[i] = &edges[i]
		counts[i] = n
		total += n
	}
	if total > len(d.s) {
		d.fail()
		return nil, nil
	}
	occ := make([]graph.Occurrence, total)
	at := 0
	for i := range edges {
		edges[i].Occurrences = occ[at : at+counts[i] : at+counts[i]]
		at += counts[i]
	}
	return edges, ptrs
}

// chunk is a run of edges whose occurrences decode together.
type chunk struct {
	lo, hi int
	dec    *decoder
}

// decodeChunks cuts the rest of the section into the occurrence chunks
// of edges edges, each with a decoder of its own over the shared table.
func decodeChunks(d *decoder, edges int) []chunk {
	n := d.count(1)
	out := make([]chunk, n)
	at := 0
	for i := range out {
		l := d.int()
		out[i].lo, out[i].hi = i*edges/n, (i+1)*edges/n
		out[i].dec = &decoder{off: at, table: d.table}
		at += l
	}
	if d.err != nil || at > len(d.s)-d.off {
		d.fail()
		return nil
	}
	for i := range out {
		c := out[i].dec
		start := d.off + c.off
		end := len(d.s)
		if i+1 < n {
			end = d.off + out[i+1].dec.off
		}
		c.s, c.off = d.s[:end], start
	}
	return out
}

// decodeOccurrences fills the occurrences of edges from one chunk.
func decodeOccurrences(d *decoder, edges []graph.Edge) error {
	for i := range edges {
		for j := range edges[i].Occurrences {
			edges[i].Occurrences[j] = graph.Occurrence{
				Source: d.str(), Relation: d.str(), Verb: d.str(), Location: parser.Location(d.str()),
				Paragraph: d.int(), Footnote: d.str(), Part: d.str(), Date: d.str(), Text: d.str(), Span: decodeSpan(d),
			}
		}
	}
	if d.err == nil && d.off != len(d.s) {
		d.fail()
	}
	return d.err
}

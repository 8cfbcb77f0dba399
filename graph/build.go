package graph

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	dg "github.com/dominikbraun/graph"

	"github.com/recital-un/recital/parser"
)

// Build resolves the citations of docs into a graph. Documents without a
// symbol of their own, documents read twice (policy: AKN over text over
// PDF renderings, see choose), references that name no UN document,
// self-citations, contradicting dates and citations of later documents
// become diagnostics; none of them stops the build. Files holding
// different parts of one resolution (74/254 and 74/254 B) make one node
// with a date per part. The result depends only on the documents, not on
// their order.
//
// An error means an internal inconsistency, never a problem in the input.
func Build(docs []*parser.Document) (*Graph, error) {
	b := &builder{
		model:     dg.New(func(n *Node) string { return n.ID }, dg.Directed()),
		votes:     make(map[string]*votes),
		partDates: make(map[string][]PartDate),
		adopted:   make(map[string]string),
		languages: make(map[string][]string),
	}
	primaries, all := b.choose(docs)
	for _, d := range primaries {
		b.addDocument(d)
	}
	for _, d := range all {
		for i := range d.Citations {
			b.addCitation(d, &d.Citations[i])
		}
	}
	nodes, edges, err := b.settle()
	if err != nil {
		return nil, err
	}
	b.checkDates(nodes, edges)
	return New(nodes, edges, b.diags)
}

// builder collects nodes and edges in a dominikbraun/graph model while
// citations are resolved; Build freezes it into a Graph.
type builder struct {
	model     dg.Graph[string, *Node]
	diags     []Diagnostic
	votes     map[string]*votes     // what citations say about each node's date and title
	partDates map[string][]PartDate // dates of parts read from their own files, by node
	adopted   map[string]string     // adoption date of each reading, by source file
	languages map[string][]string   // the languages each document was read in, by node
}

// settle gives every node its date and title and returns the nodes and
// edges of the model, with each edge's occurrences in text order.
func (b *builder) settle() ([]*Node, []*Edge, error) {
	adj, err := b.model.AdjacencyMap()
	if err != nil {
		return nil, nil, err
	}
	nodes := make([]*Node, 0, len(adj))
	var edges []*Edge
	for id, succ := range adj {
		n, err := b.model.Vertex(id)
		if err != nil {
			return nil, nil, err
		}
		v := b.votes[id]
		if v == nil {
			v = newVotes()
		}
		v.apply(n, b.partDates[id])
		nodes = append(nodes, n)
		for _, e := range succ {
			edge := e.Properties.Data.(*Edge)
			slices.SortStableFunc(edge.Occurrences, func(a, b Occurrence) int {
				return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Span.Start, b.Span.Start))
			})
			edges = append(edges, edge)
		}
	}
	return nodes, edges, nil
}

// addDocument adds the node of a document whose text was read.
func (b *builder) addDocument(d *parser.Document) {
	n := &Node{
		ID:        d.Symbol,
		Kind:      KindOf(d.Symbol),
		Body:      d.Body,
		Title:     d.Title,
		Date:      d.Adopted,
		InCorpus:  true,
		Source:    d.Source,
		Format:    string(d.Format),
		Languages: b.languages[d.Symbol],
	}
	b.mustAddVertex(n)
}

// mustAddVertex adds n to the model; IDs are checked before, so a failure
// is a bug.
func (b *builder) mustAddVertex(n *Node) {
	if err := b.model.AddVertex(n); err != nil && !errors.Is(err, dg.ErrVertexAlreadyExists) {
		panic(fmt.Sprintf("graph: adding %q: %v", n.ID, err))
	}
}

// addCitation resolves one citation of d to an edge, or to a diagnostic.
func (b *builder) addCitation(d *parser.Document, c *parser.Citation) {
	switch {
	case !IsSymbol(c.Target):
		b.warn(d.Source, c.Span, CodeUnresolved, "", fmt.Sprintf("%q names no UN document symbol; left out of the graph", refText(c)))
		return
	case c.Target == d.Symbol:
		b.warn(d.Source, c.Span, CodeSelfCitation, d.Symbol, fmt.Sprintf("%s cites itself (%q); dropped", d.Symbol, refText(c)))
		return
	}
	if _, err := b.model.Vertex(c.Target); err != nil {
		b.mustAddVertex(&Node{ID: c.Target, Kind: KindOf(c.Target), Body: c.Body})
	}
	b.vote(c.Target).add(c, titleAfter(d.Text, c.Span.End))
	b.addOccurrence(d.Symbol, c.Target, occurrence(d.Source, c))
}

// addOccurrence records o on the edge from → to, creating the edge.
func (b *builder) addOccurrence(from, to string, o Occurrence) {
	if e, err := b.model.Edge(from, to); err == nil {
		edge := e.Properties.Data.(*Edge)
		edge.Occurrences = append(edge.Occurrences, o)
		return
	}
	edge := &Edge{From: from, To: to, Occurrences: []Occurrence{o}}
	if err := b.model.AddEdge(from, to, dg.EdgeData(edge)); err != nil {
		panic(fmt.Sprintf("graph: adding %s → %s: %v", from, to, err))
	}
}

// occurrence copies what the parser found about one citation.
func occurrence(source string, c *parser.Citation) Occurrence {
	o := Occurrence{
		Source:    source,
		Relation:  c.Relation,
		Verb:      c.Verb,
		Location:  c.Location,
		Paragraph: c.Paragraph,
		Footnote:  c.Footnote,
		Part:      c.Part,
		Date:      c.Date,
		Text:      c.Text,
		Span:      c.Span,
	}
	if o.Verb == o.Relation {
		o.Verb = ""
	}
	return o
}

// refText is how a diagnostic quotes a citation.
func refText(c *parser.Citation) string {
	if c.Text != "" {
		return c.Text
	}
	return c.Target
}

// warn records a warning.
func (b *builder) warn(source string, span parser.Span, code, node, msg string) {
	b.diags = append(b.diags, Diagnostic{Severity: parser.SevWarning, Code: code, Message: msg, Source: source, Span: span, Node: node})
}

// vote returns the votes about node id, creating them.
func (b *builder) vote(id string) *votes {
	v := b.votes[id]
	if v == nil {
		v = newVotes()
		b.votes[id] = v
	}
	return v
}

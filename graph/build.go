package graph

import (
	"cmp"
	"fmt"
	"slices"

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
func Build(docs []*parser.Document) (*Graph, error) { return BuildWith(docs, Options{}) }

// Options say how BuildWith reads the documents.
type Options struct {
	// Title, if set, returns the title given right after citation i of d
	// (", entitled “…”"; see TitleIn) in place of reading it from d.Text:
	// a caller that keeps the words after each citation rather than whole
	// texts (package store) gives them here, and d.Text is not read.
	// BuildWith calls it from one goroutine, for the citations of one
	// document after another.
	Title func(d *parser.Document, i int) string
}

// BuildWith is Build with options.
func BuildWith(docs []*parser.Document, opts Options) (*Graph, error) {
	cites := 0
	for _, d := range docs {
		cites += len(d.Citations)
	}
	b := &builder{
		title:     opts.Title,
		edges:     make([]*Edge, 0, cites), // a citation makes at most one edge
		ends:      make([][2]int32, 0, cites),
		ids:       make(map[string]int32, len(docs)+cites/8),
		edgeIx:    make(map[uint64]int32, cites), // sized once: a citation makes at most one edge
		partDates: make(map[string][]PartDate),
		adopted:   make(map[string]string),
		languages: make(map[string][]string),
	}
	primaries, all := b.choose(docs)
	for _, d := range primaries {
		b.addDocument(d)
	}
	// A document read in English draws its edges from its English
	// readings: a build over English, French and Spanish gives the graph
	// of English alone, plus the languages each document was read in
	// (where the versions disagree, a diagnostic says so). A document with
	// no English reading draws them from the others.
	english := map[string]bool{}
	for _, d := range all {
		if isEnglish(d) {
			english[d.Symbol] = true
		}
	}
	for _, d := range all {
		if english[d.Symbol] && !isEnglish(d) {
			continue
		}
		from := b.ids[d.Symbol]
		for i := range d.Citations {
			b.addCitation(d, from, i)
		}
	}
	nodes, edges, err := b.settle()
	if err != nil {
		return nil, err
	}
	b.checkDates(nodes, edges)
	return b.freeze()
}

// freeze sorts the nodes by ID and the edges by their ends, through the
// node indexes (no string compared but the IDs, once), and makes the
// graph.
func (b *builder) freeze() (*Graph, error) {
	order := make([]int32, len(b.nodes)) // node indexes in ID order
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(b.nodes[x].ID, b.nodes[y].ID) })
	rank := make([]int32, len(b.nodes))
	nodes := make([]*Node, len(b.nodes))
	for r, i := range order {
		rank[i], nodes[r] = int32(r), b.nodes[i]
	}
	type keyed struct {
		key uint64 // ranks of the citing and the cited node
		e   *Edge
	}
	keys := make([]keyed, len(b.edges))
	for k, e := range b.edges {
		keys[k] = keyed{uint64(rank[b.ends[k][0]])<<32 | uint64(rank[b.ends[k][1]]), e}
	}
	slices.SortFunc(keys, func(x, y keyed) int { return cmp.Compare(x.key, y.key) })
	edges := make([]*Edge, len(keys))
	from, to := make([]int32, len(keys)), make([]int32, len(keys))
	for k, x := range keys {
		edges[k], from[k], to[k] = x.e, int32(x.key>>32), int32(uint32(x.key))
	}
	return newSorted(nodes, edges, from, to, b.diags)
}

// isEnglish reports an English reading; a text whose language was not
// recognised counts as English, as every text did before languages.
func isEnglish(d *parser.Document) bool { return d.Language == "en" || d.Language == "" }

// builder collects nodes and edges while citations are resolved; Build
// freezes them into a Graph. Nodes and edges are kept in slices, found
// through one map each: a citation costs one map lookup for its node and
// one for its edge, whatever the size of the graph.
type builder struct {
	title     func(d *parser.Document, i int) string // see Options; nil reads titles from texts
	ids       map[string]int32                       // node index by ID
	nodes     []*Node
	edgeIx    map[uint64]int32 // edge index by its ends' node indexes
	edges     []*Edge
	ends      [][2]int32   // node indexes of each edge's ends
	edgeSlab  []Edge       // edges are allocated from here, a block at a time
	occSlab   []Occurrence // and each edge's first occurrence
	diags     []Diagnostic
	votes     []*votes              // what citations say about each node's date and title, by node index
	partDates map[string][]PartDate // dates of parts read from their own files, by node
	adopted   map[string]string     // adoption date of each reading, by source file
	languages map[string][]string   // the languages each document was read in, by node
}

// settle gives every node its date and title and returns the nodes and
// edges, with each edge's occurrences in text order.
func (b *builder) settle() ([]*Node, []*Edge, error) {
	for i, n := range b.nodes {
		var v *votes
		if i < len(b.votes) {
			v = b.votes[i]
		}
		if v == nil {
			v = newVotes()
		}
		v.apply(n, b.partDates[n.ID])
	}
	for _, edge := range b.edges {
		slices.SortStableFunc(edge.Occurrences, func(a, b Occurrence) int {
			return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Span.Start, b.Span.Start))
		})
	}
	return b.nodes, b.edges, nil
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

// mustAddVertex adds n unless a node of its ID is there, and returns the
// index of the node of that ID.
func (b *builder) mustAddVertex(n *Node) int32 {
	if i, ok := b.ids[n.ID]; ok {
		return i
	}
	i := int32(len(b.nodes))
	b.ids[n.ID] = i
	b.nodes = append(b.nodes, n)
	return i
}

// addCitation resolves citation i of d, whose node has index from, to an
// edge, or to a diagnostic.
func (b *builder) addCitation(d *parser.Document, from int32, i int) {
	c := &d.Citations[i]
	switch {
	case !IsSymbol(c.Target):
		b.warn(d.Source, c.Span, CodeUnresolved, "", fmt.Sprintf("%q names no UN document symbol; left out of the graph", refText(c)))
		return
	case c.Target == d.Symbol:
		b.warn(d.Source, c.Span, CodeSelfCitation, d.Symbol, fmt.Sprintf("%s cites itself (%q); dropped", d.Symbol, refText(c)))
		return
	}
	to, ok := b.ids[c.Target]
	if !ok {
		to = b.mustAddVertex(&Node{ID: c.Target, Kind: KindOf(c.Target), Body: c.Body})
	}
	var title string
	if b.title != nil {
		title = b.title(d, i)
	} else {
		title = titleAfter(d.Text, c.Span.End)
	}
	if title != "" || c.Date != "" {
		b.vote(to).add(c, title)
	}
	b.addOccurrence(from, to, occurrence(d.Source, c))
}

// addOccurrence records o on the edge between the nodes of indexes from
// and to, creating the edge.
func (b *builder) addOccurrence(from, to int32, o Occurrence) {
	key := uint64(uint32(from))<<32 | uint64(uint32(to))
	if k, ok := b.edgeIx[key]; ok {
		b.edges[k].Occurrences = append(b.edges[k].Occurrences, o)
		return
	}
	b.edgeIx[key] = int32(len(b.edges))
	if len(b.edgeSlab) == 0 {
		b.edgeSlab, b.occSlab = make([]Edge, slabLen), make([]Occurrence, slabLen)
	}
	e := &b.edgeSlab[0]
	b.occSlab[0] = o
	*e = Edge{From: b.nodes[from].ID, To: b.nodes[to].ID, Occurrences: b.occSlab[0:1:1]} // a second occurrence moves them out
	b.edgeSlab, b.occSlab = b.edgeSlab[1:], b.occSlab[1:]
	b.edges = append(b.edges, e)
	b.ends = append(b.ends, [2]int32{from, to})
}

// slabLen is how many edges are allocated at once: most edges have one
// occurrence, and a million small allocations cost the collector more
// than a thousand large ones.
const slabLen = 1024

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

// vote returns the votes about node i, creating them.
func (b *builder) vote(i int32) *votes {
	for int(i) >= len(b.votes) {
		b.votes = append(b.votes, nil)
	}
	v := b.votes[i]
	if v == nil {
		v = newVotes()
		b.votes[i] = v
	}
	return v
}

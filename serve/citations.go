package serve

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"

	"github.com/recital-un/recital/export"
	"github.com/recital-un/recital/graph"
)

// occurrenceJSON is one place where a document cites another.
type occurrenceJSON struct {
	Index     int    `json:"i"` // its position among the edge's occurrences, for /api/quote
	Relation  string `json:"relation,omitempty"`
	Verb      string `json:"verb,omitempty"`
	Location  string `json:"location"`
	Paragraph int    `json:"paragraph,omitempty"`
	Footnote  string `json:"footnote,omitempty"`
	Part      string `json:"part,omitempty"`
	Date      string `json:"date,omitempty"`
	Source    string `json:"source,omitempty"`
	Line      int    `json:"line,omitempty"`
}

// citationJSON is a citation with every occurrence, and the document at
// its other end.
type citationJSON struct {
	edgeJSON
	Other       nodeJSON         `json:"other"`
	Occurrences []occurrenceJSON `json:"list"`
}

// citationsJSON is the answer of /api/citations.
type citationsJSON struct {
	Schema  int            `json:"schema"`
	ID      string         `json:"id"`
	Cites   []citationJSON `json:"cites"`    // sorted by cited document's date, then symbol
	CitedBy []citationJSON `json:"cited_by"` // sorted by citing document's date, then symbol
}

// handleCitations lists the citations a document makes and receives.
func (s *Server) handleCitations(w http.ResponseWriter, r *http.Request) {
	i, ok := s.lookup(w, "id", r.FormValue("id"))
	if !ok {
		return
	}
	id := s.ix.Node(i).ID
	out := citationsJSON{Schema: schema, ID: id, Cites: []citationJSON{}, CitedBy: []citationJSON{}}
	for _, j := range sortedByDate(s, s.ix.Out().Succ(i)) {
		out.Cites = append(out.Cites, s.citation(s.g.Edge(id, s.ix.Node(j).ID), j))
	}
	for _, j := range sortedByDate(s, s.ix.In().Succ(i)) {
		out.CitedBy = append(out.CitedBy, s.citation(s.g.Edge(s.ix.Node(j).ID, id), j))
	}
	writeJSON(w, out)
}

// sortedByDate returns a copy of the node indexes in date, then symbol
// order.
func sortedByDate(s *Server, idx []int32) []int32 {
	out := append([]int32(nil), idx...)
	sortIdx(s, out)
	return out
}

// citation describes edge e, whose other end is the node at index other.
func (s *Server) citation(e *graph.Edge, other int32) citationJSON {
	c := citationJSON{edgeJSON: edge(e), Other: s.node(other)}
	for k, o := range e.Occurrences {
		c.Occurrences = append(c.Occurrences, occurrenceJSON{
			Index: k, Relation: o.Relation, Verb: o.Verb, Location: string(o.Location), Paragraph: o.Paragraph,
			Footnote: o.Footnote, Part: o.Part, Date: o.Date, Source: o.Source, Line: o.Span.Line,
		})
	}
	return c
}

// quoteJSON is the answer of /api/quote.
type quoteJSON struct {
	Schema   int    `json:"schema"`
	From     string `json:"from"`
	To       string `json:"to"`
	Index    int    `json:"i"`
	Sentence string `json:"sentence"`         // the citing sentence; "" when it cannot be quoted
	Reason   string `json:"reason,omitempty"` // why there is no sentence
	Source   string `json:"source,omitempty"`
}

// handleQuote quotes the sentence of one occurrence of a citation from
// the citing document's source file.
func (s *Server) handleQuote(w http.ResponseWriter, r *http.Request) {
	from, to, ok := s.lookupPair(w, r)
	if !ok {
		return
	}
	e := s.g.Edge(from, to)
	if e == nil {
		writeError(w, http.StatusNotFound, fmt.Sprintf("%s does not cite %s", from, to))
		return
	}
	k, err := strconv.Atoi(r.FormValue("i"))
	if err != nil || k < 0 || k >= len(e.Occurrences) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("i must be an occurrence number from 0 to %d, not %q", len(e.Occurrences)-1, r.FormValue("i")))
		return
	}
	o := &e.Occurrences[k]
	q := quoteJSON{Schema: schema, From: from, To: to, Index: k, Source: o.Source}
	q.Sentence, q.Reason = s.sentence(o, to)
	writeJSON(w, q)
}

// sentence quotes the sentence of occurrence o of a citation of target,
// or says why it cannot.
func (s *Server) sentence(o *graph.Occurrence, target string) (string, string) {
	if s.read == nil {
		return "", "the source files are not at hand (start recital serve with --source-dir)"
	}
	key := quoteKey{o.Source, o.Span.Start, o.Span.End, target}
	if q, ok := s.quotes.get(key); ok {
		return q.sentence, q.reason
	}
	t := export.NewTexts(s.read)
	q := quote{sentence: t.Sentence(o, target)}
	switch {
	case q.sentence != "":
	case len(t.Missing()) > 0:
		q.reason = "the source file could not be read: " + t.Missing()[0]
	case t.Stale() > 0:
		q.reason = "the source file no longer holds this citation where the graph says (changed since the graph was built)"
	default:
		q.reason = "no sentence could be quoted"
	}
	s.quotes.put(key, q)
	return q.sentence, q.reason
}

// quoteKey names a quoted occurrence.
type quoteKey struct {
	source     string
	start, end int
	target     string
}

// quote is a sentence, or why there is none.
type quote struct{ sentence, reason string }

// quoteCache keeps quotes already made, up to a bound; when full it is
// emptied, which is simple and enough for one person clicking.
type quoteCache struct {
	mu  sync.Mutex
	max int
	m   map[quoteKey]quote
}

// newQuoteCache returns a cache of at most max quotes.
func newQuoteCache(max int) *quoteCache {
	return &quoteCache{max: max, m: make(map[quoteKey]quote)}
}

// get returns a cached quote.
func (c *quoteCache) get(k quoteKey) (quote, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	q, ok := c.m[k]
	return q, ok
}

// put caches a quote.
func (c *quoteCache) put(k quoteKey, q quote) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[k] = q
}

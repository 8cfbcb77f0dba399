package check

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/meta"
)

// Codes of findings.
const (
	CodeDateMismatch = "date-mismatch"      // a date that is not the document's adoption date
	CodeSessionYear  = "session-year"       // a date outside the session or year the symbol names
	CodeSCYear       = "sc-number-year"     // an SC resolution cited with another year than its own
	CodeCitesLater   = "cites-later"        // a citation of a document adopted after the citing one
	CodeDuplicate    = "duplicate-document" // a document read from two or more files
)

// Finding is one contradiction, located in the text that makes it.
type Finding struct {
	Code    string `json:"code"`
	Source  string `json:"source"`
	Line    int    `json:"line,omitempty"` // 0 when it concerns the whole file
	Col     int    `json:"col,omitempty"`
	Text    string `json:"text,omitempty"` // the citation as written, or as the graph records it
	Node    string `json:"node"`           // the document concerned
	Message string `json:"message"`
}

// Where returns "file:line:col", or the file alone.
func (f Finding) Where() string {
	if f.Line == 0 {
		return f.Source
	}
	return fmt.Sprintf("%s:%d:%d", f.Source, f.Line, f.Col)
}

// Run checks g against the metadata index m (nil: against the texts and
// the rules only) and returns the findings sorted by file, position and
// code.
func Run(g *graph.Graph, m *meta.Index) []Finding {
	c := &checker{g: g, m: m}
	for _, e := range g.Edges() {
		c.checkEdge(e)
	}
	for _, n := range g.Nodes() {
		c.checkOwnDate(n)
	}
	c.checkDuplicates()
	c.checkLanguages()
	slices.SortFunc(c.found, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col),
			cmp.Compare(a.Code, b.Code), cmp.Compare(a.Node, b.Node), cmp.Compare(a.Message, b.Message))
	})
	return slices.Compact(c.found)
}

// checker collects findings.
type checker struct {
	g     *graph.Graph
	m     *meta.Index
	found []Finding
}

// add records a finding about occurrence o of a citation of id.
func (c *checker) add(code string, o graph.Occurrence, id, format string, args ...any) {
	c.found = append(c.found, Finding{Code: code, Source: o.Source, Line: o.Span.Line, Col: o.Span.Col,
		Text: citationText(o, id), Node: id, Message: fmt.Sprintf(format, args...)})
}

// citationText is the text of a citation, or, where the graph keeps no
// text (compact stores), the symbol with the part and date it was given.
func citationText(o graph.Occurrence, id string) string {
	if o.Text != "" {
		return strings.Join(strings.Fields(o.Text), " ")
	}
	s := id
	if o.Part != "" {
		s += " " + o.Part
	}
	if o.Date != "" {
		s += " of " + o.Date
	}
	return s
}

// checkEdge checks every occurrence of one citation, then its dates.
func (c *checker) checkEdge(e *graph.Edge) {
	if c.checkSCYear(e) {
		return
	}
	for _, o := range e.Occurrences {
		if o.Date != "" && !c.checkCitedDate(o, e.To) {
			c.checkSessionYear(o, e.To)
		}
	}
	c.checkLater(e)
}

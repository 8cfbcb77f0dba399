package graph

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/recital-un/recital/parser"
)

// votes counts what citations say about a node: the dates written beside
// it (for the whole document and for each lettered part) and the titles
// given after "entitled".
type votes struct {
	dates  map[string]map[string]int // part ("" for the whole) → date → count
	titles map[string]int
}

// newVotes returns empty votes; their maps are made on first use, since
// most nodes are given no title and many no date.
func newVotes() *votes { return &votes{} }

// add counts the date and title one citation gives.
func (v *votes) add(c *parser.Citation, title string) {
	if title != "" {
		if v.titles == nil {
			v.titles = make(map[string]int)
		}
		v.titles[title]++
	}
	if c.Date == "" {
		return
	}
	if v.dates == nil {
		v.dates = make(map[string]map[string]int)
	}
	for p := range strings.SplitSeq(c.Part, ",") {
		p = strings.TrimSpace(p)
		if v.dates[p] == nil {
			v.dates[p] = make(map[string]int)
		}
		v.dates[p][c.Date]++
	}
}

// winner returns the value given most often; on a tie, the smallest.
func winner(counts map[string]int) string {
	best, n := "", 0
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		if counts[k] > n {
			best, n = k, counts[k]
		}
	}
	return best
}

// apply settles the node's date, title and part dates from the votes. A
// node whose text was read keeps its own date and title; known holds the
// dates of parts read from their own files, which outweigh citations.
func (v *votes) apply(n *Node, known []PartDate) {
	if !n.InCorpus {
		n.Title = winner(v.titles)
		n.Date = winner(v.dates[""])
	}
	parts := slices.Clone(known)
	for _, p := range slices.Sorted(maps.Keys(v.dates)) {
		if p != "" && !slices.ContainsFunc(parts, func(k PartDate) bool { return k.Part == p }) {
			parts = append(parts, PartDate{Part: p, Date: winner(v.dates[p])})
		}
	}
	slices.SortFunc(parts, func(a, b PartDate) int { return cmp.Compare(a.Part, b.Part) })
	if n.Date == "" && len(parts) > 0 {
		n.Date = slices.MinFunc(parts, func(a, b PartDate) int { return cmp.Compare(a.Date, b.Date) }).Date
	}
	if partsApart(parts, n.Date) {
		n.Parts = parts
	}
}

// partsApart reports whether some part has a date of its own.
func partsApart(parts []PartDate, date string) bool {
	for _, p := range parts {
		if p.Date != date {
			return true
		}
	}
	return false
}

// checkDates reports cited dates that contradict the cited node's date and
// citations of documents adopted after the citing one.
func (b *builder) checkDates(nodes []*Node, edges []*Edge) {
	byID := make(map[string]*Node, len(nodes))
	for _, n := range nodes {
		byID[n.ID] = n
	}
	adopted := func(source string) string { return b.adopted[source] }
	for _, e := range edges {
		b.diags = DateDiagnostics(b.diags, e, byID[e.From], byID[e.To], adopted)
	}
}

// DateDiagnostics appends to ds the diagnostics Build raises about the
// dates of edge e, from node from to node to: each cited date that
// contradicts the cited node's date (or its part's), and, once per edge,
// a citation of a document dated after the reading that cites it (each
// part of a document has its own date). adopted returns the adoption
// date of the reading read from a source file, or "".
func DateDiagnostics(ds []Diagnostic, e *Edge, from, to *Node, adopted func(source string) string) []Diagnostic {
	warn := func(o *Occurrence, code, msg string) {
		ds = append(ds, Diagnostic{Severity: parser.SevWarning, Code: code, Message: msg, Source: o.Source, Span: o.Span, Node: to.ID})
	}
	for i := range e.Occurrences {
		o := &e.Occurrences[i]
		if want := expectedDate(to, o.Part); o.Date != "" && want != "" && o.Date != want {
			warn(o, CodeDateMismatch, fmt.Sprintf("%s is cited as of %s, but its date is %s%s", to.ID, o.Date, want, dateOrigin(to)))
		}
	}
	for i := range e.Occurrences {
		o := &e.Occurrences[i]
		citing := cmp.Or(adopted(o.Source), from.Date)
		if citing != "" && to.Date > citing {
			warn(o, CodeCitesLater, fmt.Sprintf("%s (%s) cites %s, dated later (%s)", from.ID, citing, to.ID, to.Date))
			break
		}
	}
	return ds
}

// expectedDate is the date a citation of the given parts should carry.
func expectedDate(n *Node, part string) string {
	if d := n.PartDate(part); d != "" {
		return d
	}
	return n.Date
}

// dateOrigin says where a node's date comes from.
func dateOrigin(n *Node) string {
	if n.InCorpus {
		return " (" + n.Source + ")"
	}
	return " (as most citations give it)"
}

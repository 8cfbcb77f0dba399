package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/meta"
)

// checkCitedDate compares the date written beside a citation with what is
// known of the cited document's adoption, and reports whether it found a
// contradiction. Any known date of the document or of one of its parts
// will do; when only the year is known, the year must match.
func (c *checker) checkCitedDate(o graph.Occurrence, id string) bool {
	fs := c.facts(id)
	if len(fs) == 0 {
		return false
	}
	if ds := dated(fs); len(ds) > 0 {
		if slices.ContainsFunc(ds, func(f fact) bool { return f.date == o.Date }) {
			return false
		}
		if c.weigh(id, ds[0], o.Date, o) {
			return true
		}
		c.add(CodeDateMismatch, o, id, "%s was adopted on %s (%s), not %s", id, ds[0].date, ds[0].source, o.Date)
		return true
	}
	if slices.ContainsFunc(fs, func(f fact) bool { return f.year == yearOf(o.Date) }) {
		return false
	}
	if c.weigh(id, fs[0], o.Date, o) {
		return true
	}
	c.add(CodeDateMismatch, o, id, "%s is of %d (%s), not %d", id, fs[0].year, fs[0].source, yearOf(o.Date))
	return true
}

// checkSessionYear checks the date beside a citation against the years its
// symbol allows.
func (c *checker) checkSessionYear(o graph.Occurrence, id string) {
	if lo, hi, why, ok := symbolDates(id); ok && outside(o.Date, lo, hi) {
		c.add(CodeSessionYear, o, id, "the date beside it, %s, is outside %s%s", o.Date, why, c.otherBody(id, o.Date))
	}
}

// outside reports whether a date (ISO, or a year) falls outside lo–hi.
func outside(date, lo, hi string) bool {
	if len(date) == 4 {
		return date < lo[:4] || date > hi[:4]
	}
	return date < lo || date > hi
}

// otherBody suggests the Human Rights Council resolution of the same
// number when the tables date it to the year written beside a citation
// read as the General Assembly's, a common slip of the body named.
func (c *checker) otherBody(id, date string) string {
	rest, ok := strings.CutPrefix(id, "A/RES/")
	if !ok || c.m == nil {
		return ""
	}
	r, ok := c.m.Lookup("A/HRC/RES/" + rest)
	if !ok || r.Year != yearOf(date) {
		return ""
	}
	return fmt.Sprintf("; HRC %s is of %d (%s): is it the Human Rights Council's?", rest, r.Year, r.Source.Describe())
}

// checkOwnDate checks the date a document gives itself against its symbol
// and the official tables.
func (c *checker) checkOwnDate(n *graph.Node) {
	if !n.InCorpus || n.Date == "" {
		return
	}
	if lo, hi, why, ok := symbolDates(n.ID); ok && outside(n.Date, lo, hi) {
		c.found = append(c.found, Finding{Code: CodeSessionYear, Source: n.Source, Node: n.ID,
			Text: n.ID + " of " + n.Date, Message: fmt.Sprintf("its own date, %s, is outside %s", n.Date, why)})
	}
	if c.m == nil {
		return
	}
	for _, r := range c.m.All(n.ID) {
		if r.Source.Official() && r.Date != "" && r.Parts == "" && r.Date != n.Date && !hasPartDate(n, r.Date) {
			own := graph.Occurrence{Source: n.Source, Date: n.Date}
			if c.weigh(n.ID, fact{r.Date, r.Year, r.Source.Describe()}, n.Date, own) {
				continue
			}
			c.found = append(c.found, Finding{Code: CodeDateMismatch, Source: n.Source, Node: n.ID, Text: n.ID + " of " + n.Date,
				Message: fmt.Sprintf("its own date, %s, is not the %s's, %s", n.Date, r.Source.Describe(), r.Date)})
		}
	}
}

// hasPartDate reports whether one of the node's parts has the date.
func hasPartDate(n *graph.Node, date string) bool {
	return slices.ContainsFunc(n.Parts, func(p graph.PartDate) bool { return p.Date == date })
}

// checkSCYear reports each citation of a Security Council resolution whose
// year in parentheses is not the year of that number, and whether it did.
func (c *checker) checkSCYear(e *graph.Edge) bool {
	num, ok := meta.SCNumber(e.To)
	if !ok || c.m == nil {
		return false
	}
	r, ok := c.m.SC(num)
	if !ok || r.ID == e.To {
		return false
	}
	for _, o := range e.Occurrences {
		c.add(CodeSCYear, o, e.To, "resolution %d is S/RES/%d of %d (%s), not of %d", num, num, r.Year, r.Source.Describe(), symbolYear(e.To))
	}
	return true
}

// symbolYear returns the year in parentheses of an SC symbol.
func symbolYear(id string) int {
	i := strings.LastIndexByte(id, '(')
	if i < 0 {
		return 0
	}
	return yearOf(strings.TrimSuffix(id[i+1:], ")"))
}

// checkLater reports, once per citation, a document citing one adopted
// after it, when both dates are known facts. Parts adopted apart count
// in the citing document's favour: its last date against the cited
// document's first.
func (c *checker) checkLater(e *graph.Edge) {
	from, ok1 := c.dateOf(e.From, true)
	to, ok2 := c.dateOf(e.To, false)
	if !ok1 || !ok2 || to.date <= from.date || len(e.Occurrences) == 0 {
		return
	}
	c.add(CodeCitesLater, e.Occurrences[0], e.To, "%s (%s) cites %s, adopted later: %s (%s)", e.From, from.date, e.To, to.date, to.source)
}

// weigh decides between a table's fact about id and a date a text gives
// it, before the text is reported as wrong. The texts win when the date
// the text gives falls within the session its symbol names and the
// table's does not, and at least two documents agree on it (the document
// itself, or documents citing it with that date); or when three or more
// agree and none agrees with the table. Recital then believes the texts
// and reports the table row once (table-doubt), at the text.
func (c *checker) weigh(id string, table fact, date string, at graph.Occurrence) bool {
	if c.doubted[id] {
		return true
	}
	if !strings.Contains(table.source, "metadata") && !strings.Contains(table.source, "table") {
		return false // the fact is a text's, not a table's
	}
	agree, forTable := c.witnesses(id, date), c.witnesses(id, table.date)
	if table.date == "" {
		forTable = 0
	}
	lo, hi, why, ruled := symbolDates(id)
	tableDate := table.date
	if tableDate == "" {
		tableDate = fmt.Sprint(table.year)
	}
	rules := ruled && !outside(date, lo, hi) && outside(tableDate, lo, hi)
	if !(rules && agree >= 2 || agree >= 3 && forTable == 0) {
		return false
	}
	c.doubted[id] = true
	reason := ""
	if rules {
		reason = "; the symbol puts it in " + why
	}
	c.add(CodeTableDoubt, at, id, "the %s dates %s to %s, but %d texts give %s%s: Recital believes the texts",
		table.source, id, tableDate, agree, date, reason)
	return true
}

// witnesses counts the documents whose text gives id the date (or, for
// a bare year, the year): its own text, and each document citing it with
// that date.
func (c *checker) witnesses(id, date string) int {
	if date == "" {
		return 0
	}
	same := func(d string) bool { return d == date || len(date) == 4 && strings.HasPrefix(d, date) }
	n := 0
	if node := c.g.Node(id); node != nil && node.InCorpus && same(node.Date) {
		n++
	}
	for _, e := range c.into[id] {
		if slices.ContainsFunc(e.Occurrences, func(o graph.Occurrence) bool { return same(o.Date) }) {
			n++
		}
	}
	return n
}

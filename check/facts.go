package check

import (
	"slices"
	"strconv"
	"strings"

	"github.com/recital-un/recital/meta"
)

// fact is one thing known about a document's adoption.
type fact struct {
	date   string // ISO date, or ""
	year   int
	source string // where it is known from, for people
}

// facts returns what is known of a document's adoption, from its own text
// in the graph, then from the official tables and the texts of the shared
// corpus; never from what citations say.
func (c *checker) facts(id string) []fact {
	var out []fact
	if n := c.g.Node(id); n != nil && n.InCorpus && n.Date != "" {
		out = append(out, fact{n.Date, yearOf(n.Date), "its own text, " + n.Source})
		for _, p := range n.Parts {
			out = append(out, fact{p.Date, yearOf(p.Date), "its own text, " + n.Source})
		}
	}
	if c.m == nil {
		return out
	}
	for _, r := range c.m.All(id) {
		if r.Source.Official() || r.Source == meta.SourceText {
			out = append(out, fact{r.Date, r.Year, r.Source.Describe()})
		}
	}
	return out
}

// dated returns the facts that give a full date.
func dated(fs []fact) []fact {
	return slices.DeleteFunc(slices.Clone(fs), func(f fact) bool { return f.date == "" })
}

// yearOf returns the year of an ISO date, or 0.
func yearOf(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, _ := strconv.Atoi(date[:4])
	return y
}

// dateOf returns the earliest known adoption date of a document (or of
// one of its parts), or with latest the last one.
func (c *checker) dateOf(id string, latest bool) (fact, bool) {
	fs := dated(c.facts(id))
	if len(fs) == 0 {
		return fact{}, false
	}
	byDate := func(a, b fact) int { return strings.Compare(a.date, b.date) }
	if latest {
		return slices.MaxFunc(fs, byDate), true
	}
	return slices.MinFunc(fs, byDate), true
}

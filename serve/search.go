package serve

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"unicode"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/query"
)

// maxResults bounds the documents a search answers.
const maxResults = 200

// searchJSON is the answer of /api/search.
type searchJSON struct {
	Schema  int        `json:"schema"`
	Query   string     `json:"query"`
	Kind    string     `json:"kind"`  // symbol, expression or words: how the query was read
	Total   int        `json:"total"` // documents found; Results holds the first maxResults
	Results []nodeJSON `json:"results"`
	Notes   []string   `json:"notes"`
}

// handleSearch finds documents by symbol as people write it ("1514 (XV)",
// "60/45", "S/RES/2231 (2015)"), by a query expression
// ("citedby(60/45) & year(2015..2020)"), or by words of their title or
// agenda item.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.FormValue("q"))
	if q == "" {
		writeError(w, http.StatusBadRequest, "missing parameter \"q\": a symbol (60/45, 1514 (XV)), words of a title, or a query expression")
		return
	}
	if len(q) > 2000 {
		writeError(w, http.StatusBadRequest, "the query is too long (2,000 bytes at most)")
		return
	}
	writeJSON(w, s.search(q))
}

// search reads q as a symbol, else as an expression, else as words.
func (s *Server) search(q string) searchJSON {
	out := searchJSON{Schema: schema, Query: q, Results: []nodeJSON{}, Notes: []string{}}
	if id, err := parser.ParseRef(q); err == nil {
		out.Kind = "symbol"
		if i, ok := s.ix.Lookup(id); ok {
			out.Total, out.Results = 1, []nodeJSON{s.node(i)}
			return out
		}
		out.Notes = append(out.Notes, fmt.Sprintf("%s is not in %s", id, s.name()))
	}
	exprErr := ""
	if e, err := query.Parse(q); err == nil {
		r, err := e.Eval(s.ix)
		if err == nil {
			out.Kind = "expression"
			out.Notes = append(out.Notes, r.Notes...)
			s.fill(&out, indexes(s, r.Nodes))
			return out
		}
		exprErr = errText(err)
	} else if looksLikeExpression(q) {
		exprErr = errText(err)
	}
	if out.Kind == "symbol" {
		return out
	}
	out.Kind = "words"
	s.fill(&out, s.words(q))
	if out.Total == 0 && exprErr != "" {
		out.Notes = append(out.Notes, "as a query expression: "+exprErr)
	}
	return out
}

// fill sets the results and total from node indexes.
func (s *Server) fill(out *searchJSON, idx []int32) {
	out.Total = len(idx)
	for _, i := range idx[:min(len(idx), maxResults)] {
		out.Results = append(out.Results, s.node(i))
	}
}

// errText is an error's message; a query error's holds a caret line under
// the offending text.
func errText(err error) string {
	return err.Error()
}

// looksLikeExpression reports whether q uses the syntax of the query
// language (a call or an operator), so that its error is worth showing.
func looksLikeExpression(q string) bool {
	return strings.ContainsAny(q, "()+&") || strings.Contains(q, " - ")
}

// indexes returns the index of each node, in the same order.
func indexes(s *Server, nodes []*graph.Node) []int32 {
	out := make([]int32, 0, len(nodes))
	for _, n := range nodes {
		if i, ok := s.ix.Lookup(n.ID); ok {
			out = append(out, i)
		}
	}
	return out
}

// words finds the documents whose title, agenda item or symbol holds
// every word of q (ignoring case), the most cited first.
func (s *Server) words(q string) []int32 {
	terms := tokens(q)
	if len(terms) == 0 {
		return nil
	}
	var hits []int32
	for i := range int32(s.ix.Len()) {
		info := s.ix.Info(i)
		text := strings.ToLower(info.Title + " " + info.Agenda + " " + s.ix.Node(i).ID)
		if containsAll(text, terms) {
			hits = append(hits, i)
		}
	}
	slices.SortFunc(hits, func(a, b int32) int {
		return cmp.Or(cmp.Compare(len(s.ix.In().Succ(b)), len(s.ix.In().Succ(a))), compareIdx(s, a, b))
	})
	return hits
}

// tokens splits q into lower-case words of letters and digits.
func tokens(q string) []string {
	return strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' && r != '.' && r != '-'
	})
}

// containsAll reports whether text holds every term.
func containsAll(text string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(text, t) {
			return false
		}
	}
	return true
}

// compareIdx orders node indexes by date, then symbol, with the dates
// the facts fill in.
func compareIdx(s *Server, a, b int32) int {
	return graph.CompareNodes(&graph.Node{ID: s.ix.Node(a).ID, Date: s.ix.Info(a).Date}, &graph.Node{ID: s.ix.Node(b).ID, Date: s.ix.Info(b).Date})
}

// sortIdx sorts node indexes by date, then symbol.
func sortIdx(s *Server, idx []int32) {
	slices.SortFunc(idx, func(a, b int32) int { return compareIdx(s, a, b) })
}

package cmd

import (
	"errors"
	"fmt"
	"io"

	"github.com/recital-un/recital/export"
	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/meta"
	"github.com/recital-un/recital/query"
)

// metaFacts gives queries the facts of the embedded metadata index.
type metaFacts struct{ ix *meta.Index }

// Fact implements query.Facts.
func (m metaFacts) Fact(id string) (query.Fact, bool) {
	r, ok := m.ix.Lookup(id)
	if !ok {
		return query.Fact{}, false
	}
	return query.Fact{Date: r.Date, Year: r.Year, Title: r.Title, Agenda: r.Agenda, Source: r.Source.Describe(), TitleSource: r.TitleFrom().Describe()}, true
}

// newQueryIndex prepares g for queries, with the facts of the embedded
// metadata index for what the graph lacks.
func newQueryIndex(g *graph.Graph, name string) (*query.Index, error) {
	m, err := meta.Default()
	if err != nil {
		return nil, err
	}
	ix := query.NewIndex(g, metaFacts{m})
	ix.Name = name
	return ix, nil
}

// evalExpr parses and evaluates a query expression over ix, printing its
// notes on errOut. Syntax errors become usage errors and unknown
// documents no-result errors, both with the caret under the text.
func evalExpr(ix *query.Index, expr string, errOut io.Writer) (*query.Result, *query.Query, error) {
	q, err := query.Parse(expr)
	if err != nil {
		return nil, nil, queryError(err)
	}
	r, err := q.Eval(ix)
	if err != nil {
		return nil, nil, queryError(err)
	}
	for _, n := range r.Notes {
		fmt.Fprintln(errOut, "recital: note:", n)
	}
	return r, q, nil
}

// queryError maps a query error to the command's error kinds.
func queryError(err error) error {
	var qe *query.Error
	if !errors.As(err, &qe) {
		return err
	}
	switch qe.Kind {
	case query.KindSyntax:
		return &UsageError{Err: err}
	case query.KindNotFound:
		return &NoResultError{Err: err}
	}
	return err
}

// isExpression reports whether an argument should be read as a query
// expression rather than a document reference: it is not a reference, and
// it uses the syntax of expressions (a function call, an operator, or a
// name of the language).
func isExpression(arg string) bool {
	if _, err := parseRef(arg); err == nil {
		return false
	}
	if _, err := query.Parse(arg); err == nil {
		return true
	}
	for i, c := range arg {
		switch {
		case c == '(' && i > 0 && 'a' <= arg[i-1] && arg[i-1] <= 'z', c == '+' || c == '&' || c == '|' || c == '^':
			return true
		}
	}
	return false
}

// exportFacts gives exports the facts of the embedded metadata index; a
// title's source is named only when it is not an official table's (a
// title derived from citing texts is marked as such).
func exportFacts() (func(id string) (export.Facts, bool), error) {
	m, err := meta.Default()
	if err != nil {
		return nil, err
	}
	return func(id string) (export.Facts, bool) {
		r, ok := m.Lookup(id)
		if !ok {
			return export.Facts{}, false
		}
		f := export.Facts{Date: r.Date, Title: r.Title, Topic: r.Agenda}
		if src := r.TitleFrom(); r.Title != "" && !src.Official() {
			f.TitleSource = src.Describe()
		}
		return f, true
	}, nil
}

package store

import (
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// uniqueSources makes every document's source name unique: two files
// given by the same relative name from different folders are named by
// their absolute paths.
func uniqueSources(recs []*record) {
	count := map[string]int{}
	for _, r := range recs {
		count[r.Source]++
	}
	for _, r := range recs {
		if count[r.Source] > 1 {
			r.Source = r.Path
		}
	}
}

// buildGraph decodes the records and resolves them into a graph. Records
// hold no texts:
// graph.Build reads a text in one place only, the words after a citation
// that may give its title, and each record keeps those words as the
// citation's tail (see titleTail), which graph.BuildWith is given instead.
func buildGraph(recs []*record) (*graph.Graph, error) {
	if err := decodeAll(recs); err != nil {
		return nil, err
	}
	docs := make([]*parser.Document, len(recs))
	tails := make(map[*parser.Document][]string, len(recs))
	for i, r := range recs {
		docs[i] = r.doc
		tails[r.doc] = r.tails
	}
	return graph.BuildWith(docs, titlesFrom(tails))
}

// titlesFrom returns the options that give graph.BuildWith the titles
// after citations from the tails of each document's citations.
func titlesFrom(tails map[*parser.Document][]string) graph.Options {
	var last *parser.Document // a document's citations come one after another: one lookup for them all
	var lastTails []string
	return graph.Options{Title: func(d *parser.Document, i int) string {
		if d != last {
			last, lastTails = d, tails[d]
		}
		if i < len(lastTails) && lastTails[i] != "" {
			return graph.TitleIn(lastTails[i])
		}
		return ""
	}}
}

// allDiagnostics lists the parser's diagnostics of every record and the
// graph's, sorted by file and position.
func allDiagnostics(recs []*record, gd []graph.Diagnostic) []graph.Diagnostic {
	var out []graph.Diagnostic
	for _, r := range recs {
		for _, d := range r.doc.Diagnostics {
			out = append(out, graph.Diagnostic{Severity: d.Severity, Code: d.Code, Message: d.Message, Source: r.Source, Span: d.Span})
		}
	}
	out = append(out, gd...)
	slices.SortStableFunc(out, func(a, b graph.Diagnostic) int {
		if c := strings.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		if a.Span.Line != b.Span.Line {
			return a.Span.Line - b.Span.Line
		}
		return a.Span.Col - b.Span.Col
	})
	return out
}

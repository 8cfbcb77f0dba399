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
			r.Source, r.doc.Source = r.Path, r.Path
		}
	}
}

// buildGraph resolves the records into a graph through their compact
// texts (see compactText), and returns the function that maps the spans
// the graph recorded back to spans in the documents' own texts.
func buildGraph(recs []*record) (*graph.Graph, spanFixer, error) {
	type located struct {
		r      *record
		starts []int32
		order  []int32
	}
	bySource := make(map[string]located, len(recs))
	docs := make([]*parser.Document, len(recs))
	undo := make([]func(), len(recs))
	for i, r := range recs {
		starts, order, u := r.compactText()
		bySource[r.Source] = located{r, starts, order}
		docs[i], undo[i] = r.doc, u
	}
	g, err := graph.Build(docs)
	for _, u := range undo {
		u()
	}
	if err != nil {
		return nil, nil, err
	}
	// Spans come source after source, so each source is looked up once
	// per run; fix is called from one goroutine at a time.
	var lastSource string
	var last located
	var lastOK, cached bool
	fix := func(source string, sp parser.Span) parser.Span {
		if !cached || source != lastSource {
			lastSource, cached = source, true
			last, lastOK = bySource[source]
		}
		l, ok := last, lastOK
		if !ok {
			return sp
		}
		k, found := slices.BinarySearch(l.starts, int32(sp.Start))
		if !found || sp.End != sp.Start {
			return sp
		}
		orig := l.r.doc.Citations[l.order[k]].Span
		return parser.Span{Start: orig.Start, End: orig.End, Line: sp.Line, Col: sp.Col}
	}
	return g, fix, nil
}

// allDiagnostics lists the parser's diagnostics of every record and the
// graph's, with spans fixed, sorted by file and position.
func allDiagnostics(recs []*record, gd []graph.Diagnostic, fix spanFixer) []graph.Diagnostic {
	var out []graph.Diagnostic
	for _, r := range recs {
		for _, d := range r.doc.Diagnostics {
			out = append(out, graph.Diagnostic{Severity: d.Severity, Code: d.Code, Message: d.Message, Source: r.Source, Span: d.Span})
		}
	}
	for _, d := range gd {
		if fix != nil {
			d.Span = fix(d.Source, d.Span)
		}
		out = append(out, d)
	}
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

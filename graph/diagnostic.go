package graph

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/recital-un/recital/parser"
)

// Diagnostic codes raised while resolving citations.
const (
	CodeDuplicate    = "duplicate-document"  // the same document read from two or more files
	CodeNoSymbol     = "no-symbol"           // a document whose own symbol was not found
	CodeUnresolved   = "unresolved-citation" // a reference that names no UN document symbol
	CodeSelfCitation = "self-citation"       // a document citing itself; dropped
	CodeDateMismatch = "date-mismatch"       // a cited date that contradicts the node's date
	CodeCitesLater   = "cites-later"         // a document citing one adopted after it
)

// Diagnostic reports something the graph could not resolve cleanly. It
// points at the input text where it can.
type Diagnostic struct {
	Severity parser.Severity `json:"severity"`
	Code     string          `json:"code"`
	Message  string          `json:"message"`
	Source   string          `json:"source,omitempty"` // the file concerned
	Span     parser.Span     `json:"span"`             // zero when it concerns the whole file
	Node     string          `json:"node,omitempty"`   // the node concerned, if any
}

// String formats the diagnostic as "file:line:col: code: message", or
// "file: code: message" when it has no position.
func (d Diagnostic) String() string {
	switch {
	case d.Source == "":
		return fmt.Sprintf("%s: %s", d.Code, d.Message)
	case d.Span.Line == 0:
		return fmt.Sprintf("%s: %s: %s", d.Source, d.Code, d.Message)
	default:
		return fmt.Sprintf("%s:%d:%d: %s: %s", d.Source, d.Span.Line, d.Span.Col, d.Code, d.Message)
	}
}

// compareDiagnostics orders diagnostics by file, position, code and
// message, and then by every other field: the order is total, so that
// the sorted list does not depend on the order diagnostics were raised
// in (a graph patched after a change lists them as a build does).
func compareDiagnostics(a, b Diagnostic) int {
	return cmp.Or(
		cmp.Compare(a.Source, b.Source),
		cmp.Compare(a.Span.Line, b.Span.Line),
		cmp.Compare(a.Span.Col, b.Span.Col),
		cmp.Compare(a.Code, b.Code),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.Node, b.Node),
		cmp.Compare(a.Span.Start, b.Span.Start),
		cmp.Compare(a.Span.End, b.Span.End),
		cmp.Compare(a.Severity, b.Severity),
	)
}

// sortDiagnostics sorts ds in place and drops exact repeats.
func sortDiagnostics(ds []Diagnostic) []Diagnostic {
	slices.SortFunc(ds, compareDiagnostics)
	return slices.Compact(ds)
}

package graph

import "github.com/recital-un/recital/parser"

// Edge says that one document cites another, with every occurrence that
// supports it.
type Edge struct {
	From        string       `json:"from"` // the citing document
	To          string       `json:"to"`   // the cited document
	Occurrences []Occurrence `json:"occurrences"`
}

// Occurrence is one place where the citing document cites the cited one.
type Occurrence struct {
	Source    string          `json:"source"`             // the file it was read from
	Relation  string          `json:"relation"`           // verb opening the paragraph: recalling, reaffirming…
	Verb      string          `json:"verb,omitempty"`     // verb governing the citation, when it differs
	Location  parser.Location `json:"location"`           // header, preamble, operative, footnote, annex
	Paragraph int             `json:"paragraph"`          // paragraph number within its location
	Footnote  string          `json:"footnote,omitempty"` // footnote marker, when reached through one
	Part      string          `json:"part,omitempty"`     // lettered parts cited: "A", "A,B"
	Date      string          `json:"date,omitempty"`     // date written beside the citation
	Text      string          `json:"text,omitempty"`     // the text of the occurrence; empty in the embedded default
	Span      parser.Span     `json:"span"`               // where Text sits in Source's text
}

// Relations returns the distinct non-empty relations of the edge in the
// order they first occur. An edge found only in annexes has none.
func (e *Edge) Relations() []string {
	var rels []string
	for _, o := range e.Occurrences {
		if o.Relation != "" && !contains(rels, o.Relation) {
			rels = append(rels, o.Relation)
		}
	}
	return rels
}

// contains reports whether s holds v.
func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

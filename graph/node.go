package graph

import (
	"strings"

	"github.com/recital-un/recital/parser"
)

// Node is one canonical document of the citation graph.
type Node struct {
	ID       string      `json:"id"`              // canonical symbol, e.g. A/RES/60/45; never ""
	Kind     parser.Kind `json:"kind"`            // resolution, decision, statement, document
	Body     parser.Body `json:"body,omitempty"`  // issuing body, when known
	Title    string      `json:"title,omitempty"` // title as stated or as cited ("entitled …")
	Date     string      `json:"date,omitempty"`  // ISO adoption date, as stated or as cited
	Parts    []PartDate  `json:"parts,omitempty"` // dates of lettered parts adopted apart, sorted by part
	InCorpus bool        `json:"in_corpus"`       // whether the document's own text was read
	Source   string      `json:"source,omitempty"`
	Format   string      `json:"format,omitempty"` // format of Source: akn, text, markdown…
	// Languages are the languages the document's own text was read in
	// (ISO 639-1, sorted): one node for all its language versions. Empty
	// when it was read in English alone.
	Languages []string `json:"languages,omitempty"`
}

// PartDate is the adoption date of one lettered part of a document, for
// documents whose parts were adopted on different days (66/253 A and B).
type PartDate struct {
	Part string `json:"part"`
	Date string `json:"date"`
}

// Year returns the year of the node's date, or "" when the date is unknown.
func (n *Node) Year() string {
	if len(n.Date) < 4 {
		return ""
	}
	return n.Date[:4]
}

// PartDate returns the date of the lettered part, or "" when none is known.
func (n *Node) PartDate(part string) string {
	for _, p := range n.Parts {
		if p.Part == part {
			return p.Date
		}
	}
	return ""
}

// KindOf infers what sort of document a canonical symbol names from the
// symbol itself: …/RES/… is a resolution, …/DEC/… a decision, S/PRST/… a
// presidential statement and anything else a document.
func KindOf(id string) parser.Kind {
	switch {
	case strings.Contains(id, "/RES/"):
		return parser.KindResolution
	case strings.Contains(id, "/DEC/"):
		return parser.KindDecision
	case strings.HasPrefix(id, "S/PRST/"):
		return parser.KindStatement
	default:
		return parser.KindDocument
	}
}

// IsSymbol reports whether a citation target can name a node: a document
// symbol in canonical form, with at least one "/" and no spaces. Readable
// references to other bodies ("CND resolution 61/2") are not symbols.
func IsSymbol(target string) bool {
	return target != "" && strings.Contains(target, "/") && !strings.ContainsAny(target, " \t\n\r")
}

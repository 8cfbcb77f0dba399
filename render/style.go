package render

import (
	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// Family groups relations for drawing.
type Family int

// Relation families, in the order of precedence used when an edge carries
// relations of several families.
const (
	Reaffirming Family = iota // reaffirming, reaffirms
	Recalling                 // recalling, recalls
	TakingNote                // taking note, takes note, noting, notes
	Other                     // every other relation, and none
)

// families maps each relation to its family; the rest are Other.
var families = map[string]Family{
	"reaffirming": Reaffirming, "reaffirms": Reaffirming,
	"recalling": Recalling, "recalls": Recalling,
	"taking note": TakingNote, "takes note": TakingNote, "noting": TakingNote, "notes": TakingNote,
}

// FamilyOf returns the family an edge is drawn as: the first family, in
// precedence order, among its relations.
func FamilyOf(e *graph.Edge) Family {
	best := Other
	for _, r := range e.Relations() {
		if f, ok := families[r]; ok && f < best {
			best = f
		}
	}
	return best
}

// String names the family as the legend does.
func (f Family) String() string {
	return [...]string{"reaffirming", "recalling", "taking note", "other"}[f]
}

// edgeStyles are the DOT attributes of each family.
var edgeStyles = [...]string{
	Reaffirming: `color="#1f4e79", penwidth=1.6`,
	Recalling:   `color="#5d6d7e"`,
	TakingNote:  `color="#7f8c8d", style=dashed`,
	Other:       `color="#a6acaf", style=dotted`,
}

// nodeStyle is how a kind of document is drawn.
type nodeStyle struct {
	shape, style, fill, border string
}

// nodeStyles are the styles of each kind; unknown kinds are drawn as Other.
var nodeStyles = map[parser.Kind]nodeStyle{
	parser.KindResolution: {"box", "rounded,filled", "#dbe9f6", "#2e5c8a"},
	parser.KindDecision:   {"box", "filled", "#fdebd0", "#b9770e"},
	parser.KindStatement:  {"hexagon", "filled", "#e8daef", "#6c3483"},
	parser.KindDocument:   {"note", "filled", "#f2f3f4", "#717d7e"},
	parser.KindOther:      {"ellipse", "filled", "#ffffff", "#717d7e"},
}

// styleOf returns the style of a node: by kind, dashed when the document's
// text is not in the corpus.
func styleOf(n *graph.Node) nodeStyle {
	s, ok := nodeStyles[n.Kind]
	if !ok {
		s = nodeStyles[parser.KindOther]
	}
	if !n.InCorpus {
		s.style += ",dashed"
	}
	return s
}

// legend explains the diagram's conventions in its caption.
const legend = `Older documents at the top; arrows run from the citing document to the cited one.\l` +
	`Edges: dark blue reaffirming, grey recalling, dashed taking note or noting, dotted other.\l` +
	`Nodes: rounded resolutions, square decisions, folded documents, hexagons presidential statements; dashed when the text is not in the corpus.`

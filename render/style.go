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

// The palette is Okabe and Ito's, which colour-blind readers tell apart;
// each family also has its own weight and dash pattern, so that the
// families stay distinct in greyscale.
const (
	blue      = "#0072B2"
	orange    = "#E69F00"
	vermilion = "#D55E00"
	green     = "#009E73"
	purple    = "#CC79A7"
	sky       = "#56B4E9"
	grey      = "#8C8C8C"
	ink       = "#222222"
	faint     = "#6B6B6B"
)

// edgePaint is how each family is stroked.
var edgePaint = [...]struct {
	colour string
	width  float64
	dash   []float64
}{
	Reaffirming: {blue, 1.5, nil},
	Recalling:   {orange, 1.0, nil},
	TakingNote:  {green, 0.9, []float64{4, 2}},
	Other:       {grey, 0.9, []float64{1, 2}},
}

// edgeStyles are the DOT attributes of each family.
var edgeStyles = [...]string{
	Reaffirming: `color="` + blue + `", penwidth=1.5`,
	Recalling:   `color="` + orange + `"`,
	TakingNote:  `color="` + green + `", style=dashed`,
	Other:       `color="` + grey + `", style=dotted`,
}

// nodeStyle is how a kind of document is drawn.
type nodeStyle struct {
	shape, style, fill, border string
}

// nodeStyles are the styles of each kind; unknown kinds are drawn as Other.
var nodeStyles = map[parser.Kind]nodeStyle{
	parser.KindResolution: {"box", "rounded,filled", "#DCEBF7", blue},
	parser.KindDecision:   {"box", "filled", "#FBEBCB", "#A86F00"},
	parser.KindStatement:  {"hexagon", "filled", "#F5E1EC", "#9C4F7C"},
	parser.KindDocument:   {"note", "filled", "#EFEFEF", faint},
	parser.KindOther:      {"ellipse", "filled", "#FFFFFF", faint},
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

// legend explains the diagram's conventions in the DOT caption.
const legend = `Older documents at the top; arrows run from the citing document to the cited one.\l` +
	`Edges: thick blue reaffirming, orange recalling, dashed green taking note or noting, dotted grey other.\l` +
	`Nodes: rounded resolutions, square decisions, folded documents, hexagons presidential statements; dashed when the text is not in the corpus.`

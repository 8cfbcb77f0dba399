// Package canvas is the drawing model of Recital's figures and its three
// writers: SVG, PDF and PNG, all pure Go. A Canvas is a page of a stated
// size in points holding paths, text and groups; every writer draws the
// same items with the same font, Go Regular and Go Bold (from
// golang.org/x/image/font/gofont), whose metrics Measure gives, so a label
// measured to fit its box fits it in every output.
//
// The SVG embeds the two fonts (@font-face) and names them "Go", so
// Chromium, Firefox and rsvg-convert (with the fonts installed, or through
// the embedded copy) draw the text the measurements assume. The PDF embeds
// them as TrueType subsets (codeberg.org/go-pdf/fpdf); the PNG is
// rasterised with fogleman/gg and the fonts' outlines.
//
// The package knows nothing of citations: package render lays figures
// out and hands them here.
package canvas

import "math"

// Pt is a point on the page, in points (1/72 inch), y growing downwards.
type Pt struct{ X, Y float64 }

// Canvas is one page.
type Canvas struct {
	W, H  float64 // page size in points
	Title string  // the figure's title, for <title> and the PDF's metadata
	Desc  string  // a description of the figure for screen readers
	Items []Item
}

// Item is something drawn: a *Path, a *Text or a *Group.
type Item interface{ bounds() (min, max Pt, ok bool) }

// Style is how a path is painted. Colours are "#rrggbb"; "" paints
// nothing.
type Style struct {
	Fill    string
	Stroke  string
	Width   float64   // stroke width in points
	Dash    []float64 // dash pattern in points; nil for a solid line
	Opacity float64   // 0 means opaque
}

// alpha is the opacity as a number in (0, 1].
func (s Style) alpha() float64 {
	if s.Opacity <= 0 || s.Opacity > 1 {
		return 1
	}
	return s.Opacity
}

// OpKind is one step of a path.
type OpKind int

// Path steps.
const (
	MoveTo  OpKind = iota // start a subpath at P[0]
	LineTo                // a line to P[0]
	CubicTo               // a cubic Bézier through controls P[0], P[1] to P[2]
	Close                 // close the subpath
)

// Op is one step of a path.
type Op struct {
	Kind OpKind
	P    [3]Pt
}

// Path is a shape or a line.
type Path struct {
	Style
	Ops []Op
}

// Anchor is where a text's x lies on it.
type Anchor int

// Anchors.
const (
	Start Anchor = iota
	Middle
	End
)

// Text is one line of text; Y is its baseline.
type Text struct {
	X, Y   float64
	S      string
	Size   float64 // in points
	Bold   bool
	Anchor Anchor
	Color  string // "" is black
}

// Group gathers items that belong to one thing: a node, an edge, the
// legend. ID, Title and Desc give it an identity for screen readers
// (<title>, <desc>); Link makes it a link to that address.
type Group struct {
	ID, Class   string
	Title, Desc string
	Link        string
	Items       []Item
}

// Add appends items to the group.
func (g *Group) Add(items ...Item) { g.Items = append(g.Items, items...) }

// Add appends items to the page.
func (c *Canvas) Add(items ...Item) { c.Items = append(c.Items, items...) }

func (p *Path) bounds() (lo, hi Pt, ok bool) {
	lo, hi = Pt{math.Inf(1), math.Inf(1)}, Pt{math.Inf(-1), math.Inf(-1)}
	for _, op := range p.Ops {
		n := 1
		switch op.Kind {
		case Close:
			n = 0
		case CubicTo:
			n = 3
		}
		for _, q := range op.P[:n] {
			lo, hi = Pt{min(lo.X, q.X), min(lo.Y, q.Y)}, Pt{max(hi.X, q.X), max(hi.Y, q.Y)}
			ok = true
		}
	}
	return lo, hi, ok
}

func (t *Text) bounds() (lo, hi Pt, ok bool) {
	x0, x1 := t.Extent()
	m := Metrics(t.Bold)
	return Pt{x0, t.Y - m.Ascent*t.Size}, Pt{x1, t.Y + m.Descent*t.Size}, true
}

// Extent returns the left and right ends of the text on the page, from
// the font's metrics.
func (t *Text) Extent() (x0, x1 float64) {
	w := Measure(t.S, t.Size, t.Bold)
	switch t.Anchor {
	case Middle:
		return t.X - w/2, t.X + w/2
	case End:
		return t.X - w, t.X
	}
	return t.X, t.X + w
}

func (g *Group) bounds() (lo, hi Pt, ok bool) { return Bounds(g.Items) }

// Bounds returns the box holding items.
func Bounds(items []Item) (lo, hi Pt, ok bool) {
	lo, hi = Pt{math.Inf(1), math.Inf(1)}, Pt{math.Inf(-1), math.Inf(-1)}
	for _, it := range items {
		a, b, k := it.bounds()
		if !k {
			continue
		}
		lo, hi = Pt{min(lo.X, a.X), min(lo.Y, a.Y)}, Pt{max(hi.X, b.X), max(hi.Y, b.Y)}
		ok = true
	}
	return lo, hi, ok
}

// Walk calls f on every item, groups included, depth first.
func Walk(items []Item, f func(Item)) {
	for _, it := range items {
		f(it)
		if g, ok := it.(*Group); ok {
			Walk(g.Items, f)
		}
	}
}

package canvas

import "math"

// Rect is a rectangle with corners rounded to radius r (0 for square).
func Rect(x, y, w, h, r float64, s Style) *Path {
	p := &Path{Style: s}
	if r <= 0 {
		p.Ops = []Op{{Kind: MoveTo, P: [3]Pt{{x, y}}}, {Kind: LineTo, P: [3]Pt{{x + w, y}}},
			{Kind: LineTo, P: [3]Pt{{x + w, y + h}}}, {Kind: LineTo, P: [3]Pt{{x, y + h}}}, {Kind: Close}}
		return p
	}
	r = min(r, w/2, h/2)
	k := r * (1 - kappa)
	p.Ops = []Op{
		{Kind: MoveTo, P: [3]Pt{{x + r, y}}},
		{Kind: LineTo, P: [3]Pt{{x + w - r, y}}},
		{Kind: CubicTo, P: [3]Pt{{x + w - k, y}, {x + w, y + k}, {x + w, y + r}}},
		{Kind: LineTo, P: [3]Pt{{x + w, y + h - r}}},
		{Kind: CubicTo, P: [3]Pt{{x + w, y + h - k}, {x + w - k, y + h}, {x + w - r, y + h}}},
		{Kind: LineTo, P: [3]Pt{{x + r, y + h}}},
		{Kind: CubicTo, P: [3]Pt{{x + k, y + h}, {x, y + h - k}, {x, y + h - r}}},
		{Kind: LineTo, P: [3]Pt{{x, y + r}}},
		{Kind: CubicTo, P: [3]Pt{{x, y + k}, {x + k, y}, {x + r, y}}},
		{Kind: Close},
	}
	return p
}

// kappa places the controls of a cubic Bézier that draws a quarter circle.
const kappa = 0.5522847498

// Ellipse is an ellipse centred on (cx, cy).
func Ellipse(cx, cy, rx, ry float64, s Style) *Path {
	kx, ky := rx*kappa, ry*kappa
	return &Path{Style: s, Ops: []Op{
		{Kind: MoveTo, P: [3]Pt{{cx + rx, cy}}},
		{Kind: CubicTo, P: [3]Pt{{cx + rx, cy + ky}, {cx + kx, cy + ry}, {cx, cy + ry}}},
		{Kind: CubicTo, P: [3]Pt{{cx - kx, cy + ry}, {cx - rx, cy + ky}, {cx - rx, cy}}},
		{Kind: CubicTo, P: [3]Pt{{cx - rx, cy - ky}, {cx - kx, cy - ry}, {cx, cy - ry}}},
		{Kind: CubicTo, P: [3]Pt{{cx + kx, cy - ry}, {cx + rx, cy - ky}, {cx + rx, cy}}},
		{Kind: Close},
	}}
}

// Circle is a circle of radius r centred on (cx, cy).
func Circle(cx, cy, r float64, s Style) *Path { return Ellipse(cx, cy, r, r, s) }

// Polygon is a closed polygon through pts.
func Polygon(pts []Pt, s Style) *Path {
	p := &Path{Style: s}
	for i, q := range pts {
		k := LineTo
		if i == 0 {
			k = MoveTo
		}
		p.Ops = append(p.Ops, Op{Kind: k, P: [3]Pt{q}})
	}
	p.Ops = append(p.Ops, Op{Kind: Close})
	return p
}

// Line is an open polyline through pts.
func Line(s Style, pts ...Pt) *Path {
	p := Polygon(pts, s)
	p.Ops = p.Ops[:len(p.Ops)-1]
	return p
}

// Curve is one cubic Bézier from a to b through controls c1 and c2.
func Curve(a, c1, c2, b Pt, s Style) *Path {
	return &Path{Style: s, Ops: []Op{{Kind: MoveTo, P: [3]Pt{a}}, {Kind: CubicTo, P: [3]Pt{c1, c2, b}}}}
}

// Arrowhead is a filled triangle whose tip is at tip, pointing away from
// from, of the given length.
func Arrowhead(from, tip Pt, length float64, colour string) *Path {
	dx, dy := tip.X-from.X, tip.Y-from.Y
	d := math.Hypot(dx, dy)
	if d == 0 {
		dx, dy, d = 0, -1, 1
	}
	ux, uy := dx/d, dy/d
	bx, by := tip.X-ux*length, tip.Y-uy*length
	w := length * 0.4
	return Polygon([]Pt{tip, {bx - uy*w, by + ux*w}, {bx + uy*w, by - ux*w}}, Style{Fill: colour})
}

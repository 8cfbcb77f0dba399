package canvas

// Transform returns copies of items scaled by s about the origin, then
// moved by (dx, dy): coordinates, stroke widths, dashes and type sizes
// alike.
func Transform(items []Item, s, dx, dy float64) []Item {
	out := make([]Item, 0, len(items))
	for _, it := range items {
		out = append(out, transform(it, s, dx, dy))
	}
	return out
}

func transform(it Item, s, dx, dy float64) Item {
	switch it := it.(type) {
	case *Group:
		g := *it
		g.Items = Transform(it.Items, s, dx, dy)
		return &g
	case *Path:
		p := *it
		p.Width *= s
		if it.Dash != nil {
			p.Dash = make([]float64, len(it.Dash))
			for i, d := range it.Dash {
				p.Dash[i] = d * s
			}
		}
		p.Ops = make([]Op, len(it.Ops))
		for i, op := range it.Ops {
			for j := range op.P {
				op.P[j] = Pt{op.P[j].X*s + dx, op.P[j].Y*s + dy}
			}
			p.Ops[i] = op
		}
		return &p
	case *Text:
		t := *it
		t.X, t.Y, t.Size = it.X*s+dx, it.Y*s+dy, it.Size*s
		return &t
	}
	return it
}

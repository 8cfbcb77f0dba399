package pdftext

import "math"

// inColumns puts the lines of a page set in two columns into reading
// order: between lines that span the page (titles), the left column from
// top to bottom, then the right one. A page in one column comes back
// unchanged. lines are sorted top to bottom.
func inColumns(lines []*textLine, width float64) []*textLine {
	x, ok := gutter(lines, width)
	if !ok {
		return lines
	}
	var out, left, right []*textLine
	flush := func() {
		out = append(append(out, left...), right...)
		left, right = nil, nil
	}
	for _, l := range lines {
		var ls, rs []segment
		spans := false
		for _, s := range l.segs {
			switch {
			case s.x1 <= x:
				ls = append(ls, s)
			case s.x0 >= x:
				rs = append(rs, s)
			default:
				spans = true
			}
		}
		if spans {
			flush()
			out = append(out, l)
			continue
		}
		if len(ls) > 0 {
			left = append(left, piece(l, ls))
		}
		if len(rs) > 0 {
			right = append(right, piece(l, rs))
		}
	}
	flush()
	return out
}

// piece returns a line holding some of l's segments.
func piece(l *textLine, segs []segment) *textLine {
	return &textLine{y: l.y, size: l.size, x0: segs[0].x0, x1: segs[len(segs)-1].x1, segs: segs, bold: l.bold}
}

// gutter looks for the vertical gap between two columns in the middle of
// the page: an x that few segments cross, with a good share of the text
// on either side of it.
func gutter(lines []*textLine, width float64) (float64, bool) {
	var segs []segment
	for _, l := range lines {
		segs = append(segs, l.segs...)
	}
	if len(segs) < 8 {
		return 0, false
	}
	bestX, bestCross := 0.0, math.MaxInt
	for x := 0.3 * width; x <= 0.7*width; x += 2 {
		cross, left, right := 0, 0, 0
		for _, s := range segs {
			switch {
			case s.x1 <= x:
				left++
			case s.x0 >= x:
				right++
			default:
				cross++
			}
		}
		n := len(segs)
		if left*4 >= n && right*4 >= n && cross < bestCross {
			bestX, bestCross = x, cross
		}
	}
	return bestX, bestCross != math.MaxInt && bestCross*10 <= len(segs)
}

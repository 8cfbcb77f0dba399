package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/render/canvas"
)

// timeScale maps years to x, collapsing runs of empty years: a gap of
// more than gapYears without a document takes the width of one year.
type timeScale struct {
	from, to float64   // the years shown
	segs     []segment // in order
	perYear  float64   // points per year
}

// segment is a stretch of time drawn at full scale, or a collapsed gap.
type segment struct {
	t0, t1 float64
	x0     float64
	gap    bool
}

// A run of more than gapYears empty years is collapsed to the width of
// gapWidth years.
const (
	gapYears = 4
	gapWidth = 1.5
)

// newTimeScale fits the years of the marks between x0 and x1.
func newTimeScale(marks []*mark, x0, x1 float64) *timeScale {
	years := map[int]bool{}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, m := range marks {
		years[int(m.t)] = true
		lo, hi = min(lo, m.t), max(hi, m.t)
	}
	if len(marks) == 0 {
		lo, hi = 2000, 2001
	}
	from, to := math.Floor(lo), math.Floor(hi)+1
	// stretches of occupied years, with gaps between
	type span struct {
		t0, t1 float64
		gap    bool
	}
	var spans []span
	start := from
	for y := int(from); y < int(to); {
		if years[y] {
			y++
			continue
		}
		e := y
		for e < int(to) && !years[e] {
			e++
		}
		if e-y > gapYears {
			spans = append(spans, span{start, float64(y), false}, span{float64(y), float64(e), true})
			start = float64(e)
		}
		y = e
	}
	spans = append(spans, span{start, to, false})
	units := 0.0
	for _, s := range spans {
		if s.gap {
			units += gapWidth
		} else {
			units += s.t1 - s.t0
		}
	}
	ts := &timeScale{from: from, to: to, perYear: (x1 - x0) / units}
	x := x0
	for _, s := range spans {
		if s.t1 <= s.t0 {
			continue
		}
		ts.segs = append(ts.segs, segment{s.t0, s.t1, x, s.gap})
		if s.gap {
			x += ts.perYear * gapWidth
		} else {
			x += (s.t1 - s.t0) * ts.perYear
		}
	}
	return ts
}

// x is the position of time t.
func (ts *timeScale) x(t float64) float64 {
	for _, s := range ts.segs {
		if t < s.t1 || s == ts.segs[len(ts.segs)-1] {
			if s.gap {
				return s.x0 + (t-s.t0)/(s.t1-s.t0)*ts.perYear*gapWidth
			}
			return s.x0 + (t-s.t0)*ts.perYear
		}
	}
	return 0
}

// drawTimelineBody draws lanes, arcs, marks, labels and the axis in a
// box w by h from (0, 0).
func drawTimelineBody(f *Figure, lanes []*lane, marks []*mark, ts *timeScale, w, h float64) []canvas.Item {
	var items []canvas.Item
	bottom := h - axisH
	for i, l := range lanes {
		g := &canvas.Group{ID: "lane-" + l.key, Class: "lane", Title: fmt.Sprintf("%s: %s documents", l.name, thousands(len(l.marks)))}
		if i%2 == 0 {
			g.Add(canvas.Rect(0, l.top, w, l.h, 0, canvas.Style{Fill: "#F4F4F4"}))
		}
		name := l.key
		if l.key == "documents" || l.key == "other" {
			name = l.name
		}
		g.Add(&canvas.Text{X: 2, Y: l.mid - 1, S: name, Size: 7.5, Bold: true, Color: ink})
		g.Add(&canvas.Text{X: 2, Y: l.mid + 7.5, S: thousands(len(l.marks)) + " docs", Size: 6.5, Color: faint})
		items = append(items, g)
	}
	items = append(items, drawTimeAxis(ts, bottom, w))
	at := map[string]*mark{}
	for _, m := range marks {
		at[m.n.ID] = m
	}
	arcs := &canvas.Group{ID: "citations", Class: "citations", Title: fmt.Sprintf("%s citations", thousands(len(f.Edges)))}
	for _, e := range f.Edges {
		a, b := at[e.From], at[e.To]
		if a == nil || b == nil {
			continue
		}
		arcs.Add(arc(a, b, FamilyOf(e)))
	}
	items = append(items, arcs)
	root := ""
	if f.Root != nil {
		root = f.Root.ID
	}
	for _, m := range marks {
		items = append(items, drawMark(f, m, m.n.ID == root))
	}
	items = append(items, drawMarkLabels(f, marks, root, w, bottom))
	return items
}

// arc joins a citing mark to the cited one: a bow above the lane within
// one lane, an S-curve between lanes.
func arc(a, b *mark, fam Family) canvas.Item {
	p := edgePaint[fam]
	s := canvas.Style{Stroke: p.colour, Width: p.width * 0.4, Opacity: 0.45}
	if fam == TakingNote || fam == Other {
		s.Dash = []float64{2, 1.2}
	}
	pa, pb := canvas.Pt{X: a.x, Y: a.y}, canvas.Pt{X: b.x, Y: b.y}
	if a.lane == b.lane {
		lift := min(math.Abs(a.x-b.x)*0.3, (a.lane.mid-a.lane.top)*0.95+6)
		return canvas.Curve(pa, canvas.Pt{X: a.x, Y: a.y - lift}, canvas.Pt{X: b.x, Y: b.y - lift}, pb, s)
	}
	mid := (a.y + b.y) / 2
	return canvas.Curve(pa, canvas.Pt{X: a.x, Y: mid}, canvas.Pt{X: b.x, Y: mid}, pb, s)
}

// drawMark draws one document: filled when its text was read, hollow when
// it is only cited, ringed when it is the root.
func drawMark(f *Figure, m *mark, root bool) canvas.Item {
	g := &canvas.Group{ID: "mark-" + markID(m.n.ID), Class: "node", Title: nodeTitle(m.n), Desc: nodeDesc(f, m.n), Link: Link(m.n)}
	s := canvas.Style{Fill: m.lane.colour, Stroke: "#FFFFFF", Width: 0.3}
	if !m.n.InCorpus {
		s = canvas.Style{Fill: "#FFFFFF", Stroke: m.lane.colour, Width: max(0.5, m.r*0.25)}
	}
	g.Add(canvas.Circle(m.x, m.y, m.r, s))
	if root {
		g.Add(canvas.Circle(m.x, m.y, m.r+2, canvas.Style{Stroke: ink, Width: 1.2}))
	}
	return g
}

// markID makes a symbol fit an XML id.
func markID(id string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '.' {
			return r
		}
		return '_'
	}, id)
}

// shortLabel drops what the lane already says: "A/RES/60/45" is "60/45"
// in the General Assembly's lane.
func shortLabel(n *graph.Node) string {
	for _, p := range []string{"A/HRC/RES/", "A/RES/", "S/RES/", "E/RES/", "E/CN.4/RES/"} {
		if s, ok := strings.CutPrefix(n.ID, p); ok {
			if i := strings.IndexByte(s, '('); i > 0 {
				s = s[:i] + " " + s[i:] // 1514 (XV), as people write it
			}
			return s
		}
	}
	return n.ID
}

// drawMarkLabels labels the root and the most cited marks, as many as fit
// without overlapping one another, up to maxLabels.
func drawMarkLabels(f *Figure, marks []*mark, root string, w, bottom float64) canvas.Item {
	order := slices.Clone(marks)
	slices.SortStableFunc(order, func(a, b *mark) int {
		if (a.n.ID == root) != (b.n.ID == root) {
			if a.n.ID == root {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(f.Cited[b.n.ID], f.Cited[a.n.ID]); c != 0 {
			return c
		}
		return graph.CompareNodes(a.n, b.n)
	})
	g := &canvas.Group{ID: "labels", Class: "labels"}
	var taken []rect
	asc := canvas.Metrics(true).Ascent * markLabel
	desc := canvas.Metrics(true).Descent * markLabel
	n := 0
	for _, m := range order {
		if n >= maxLabels || (f.Cited[m.n.ID] == 0 && m.n.ID != root) {
			break
		}
		s := shortLabel(m.n)
		tw := canvas.Measure(s, markLabel, true)
		for _, pos := range [][2]float64{{1, -1}, {1, 1}, {-1, -1}, {-1, 1}} {
			x := m.x + pos[0]*(m.r+1.5)
			if pos[0] < 0 {
				x -= tw
			}
			y := m.y + pos[1]*(m.r*0.6) + asc/2
			if pos[1] < 0 {
				y -= asc / 2
			} else {
				y += asc / 2
			}
			r := rect{x - 1, y - asc - 0.5, x + tw + 1, y + desc + 0.5}
			if r.x0 < laneLabelW || r.x1 > w || r.y0 < 0 || r.y1 > bottom || overlapsAny(r, taken) {
				continue
			}
			taken = append(taken, r)
			g.Add(canvas.Rect(r.x0, r.y0, r.x1-r.x0, r.y1-r.y0, 1, canvas.Style{Fill: "#FFFFFF", Opacity: 0.8}))
			g.Add(&canvas.Text{X: x, Y: y, S: s, Size: markLabel, Bold: true, Color: ink})
			n++
			break
		}
	}
	return g
}

// rect is an axis-aligned box.
type rect struct{ x0, y0, x1, y1 float64 }

func overlapsAny(r rect, taken []rect) bool {
	for _, t := range taken {
		if r.x0 < t.x1 && t.x0 < r.x1 && r.y0 < t.y1 && t.y0 < r.y1 {
			return true
		}
	}
	return false
}

// drawTimeAxis draws the years under the lanes: a tick per year, a label
// every few years, and a break where empty years were collapsed.
func drawTimeAxis(ts *timeScale, y, w float64) canvas.Item {
	g := &canvas.Group{ID: "time-axis", Class: "axis"}
	rule := canvas.Style{Stroke: "#999999", Width: 0.6}
	g.Add(canvas.Line(rule, canvas.Pt{X: laneLabelW, Y: y}, canvas.Pt{X: w, Y: y}))
	step := labelStep(ts.perYear)
	lastLabel := math.Inf(-1)
	for _, s := range ts.segs {
		if s.gap {
			x := ts.x(s.t0) + ts.perYear*gapWidth/2
			g.Add(breakMark(x, y))
			g.Add(&canvas.Text{X: x, Y: y + 21, S: fmt.Sprintf("%d–%d", int(s.t0), int(s.t1)-1), Size: 6, Anchor: canvas.Middle, Color: faint})
			continue
		}
		for yr := int(s.t0); float64(yr) <= s.t1; yr++ {
			x := ts.x(float64(yr))
			major := yr%step == 0
			tick := 2.0
			if major {
				tick = 4
			}
			g.Add(canvas.Line(rule, canvas.Pt{X: x, Y: y}, canvas.Pt{X: x, Y: y + tick}))
			if major && x-lastLabel > 24 && float64(yr) < s.t1 {
				g.Add(&canvas.Text{X: x, Y: y + 12, S: fmt.Sprint(yr), Size: 7, Anchor: canvas.Middle, Color: ink})
				lastLabel = x
			}
		}
	}
	return g
}

// labelStep is the number of years between labels on the axis.
func labelStep(perYear float64) int {
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50} {
		if float64(s)*perYear >= 26 {
			return s
		}
	}
	return 100
}

// timelineKey is the key of the timeline: mark sizes and fills, citation
// families.
func timelineKey(width float64) ([]canvas.Item, float64) {
	marks := []keyEntry{
		{sample: func(x, y float64) []canvas.Item {
			var items []canvas.Item
			cx := x
			for _, n := range []int{1, 10, 100} {
				r := markRadius(n)
				cx += r + 1
				items = append(items, canvas.Circle(cx, y+sampleH/2, min(r, sampleH/2+2), canvas.Style{Fill: faint}))
				cx += r + 2
			}
			return items
		}, width: 34, label: "cited 1, 10, 100 times"},
		{sample: func(x, y float64) []canvas.Item {
			return []canvas.Item{canvas.Circle(x+sampleW/2, y+sampleH/2, 4, canvas.Style{Fill: blue})}
		}, label: "text in the corpus"},
		{sample: func(x, y float64) []canvas.Item {
			return []canvas.Item{canvas.Circle(x+sampleW/2, y+sampleH/2, 4, canvas.Style{Fill: "#FFFFFF", Stroke: blue, Width: 1})}
		}, label: "only cited"},
		{sample: func(x, y float64) []canvas.Item {
			return []canvas.Item{canvas.Circle(x+sampleW/2, y+sampleH/2, 3, canvas.Style{Fill: blue}),
				canvas.Circle(x+sampleW/2, y+sampleH/2, 5, canvas.Style{Stroke: ink, Width: 1.2})}
		}, label: "the root"},
	}
	var arcs []keyEntry
	for _, fam := range []Family{Reaffirming, Recalling, TakingNote, Other} {
		arcs = append(arcs, keyEntry{sample: arcSample(fam), label: fam.String()})
	}
	a, ha := flowKey("Documents", marks, width)
	b, hb := flowKey("Citations", arcs, width)
	return append(a, canvas.Transform(b, 1, 0, ha+2)...), ha + 2 + hb
}

// arcSample is a short bow in a family's stroke, as drawn on the timeline
// but darker, to be seen alone.
func arcSample(fam Family) func(x, y float64) []canvas.Item {
	return func(x, y float64) []canvas.Item {
		p := edgePaint[fam]
		s := canvas.Style{Stroke: p.colour, Width: p.width}
		if fam == TakingNote || fam == Other {
			s.Dash = []float64{2, 1.2}
		}
		a, b := canvas.Pt{X: x + 2, Y: y + sampleH - 1}, canvas.Pt{X: x + sampleW - 2, Y: y + sampleH - 1}
		return []canvas.Item{canvas.Curve(a, canvas.Pt{X: a.X, Y: y}, canvas.Pt{X: b.X, Y: y}, b, s)}
	}
}

// timelineDesc describes the timeline for screen readers.
func timelineDesc(f *Figure, lanes []*lane) string {
	var parts []string
	for _, l := range lanes {
		parts = append(parts, fmt.Sprintf("%s %s", l.name, thousands(len(l.marks))))
	}
	s := fmt.Sprintf("Timeline of %s documents and %s citations, by body: %s", thousands(len(f.Nodes)), thousands(len(f.Edges)), strings.Join(parts, ", "))
	if f.Cut != "" {
		s += "; " + f.Cut
	}
	return s + "."
}

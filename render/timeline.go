package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/render/canvas"
)

// Type and spacing of the timeline, in points at page size.
const (
	laneLabelW = 54.0 // the column of lane names on the left
	axisH      = 24.0 // the time axis under the lanes
	markLabel  = 6.5  // type of the labels on marks
	minLaneH   = 22.0
	maxLabels  = 40
	undatedW   = 36.0 // the column of undated documents
)

// lane is one row of the timeline: a body's resolutions, decisions and
// statements, or documents of any body.
type lane struct {
	key, name string
	colour    string
	marks     []*mark
	top, h    float64
	mid       float64 // the line the marks swarm about: low in the lane, as arcs bow upwards
}

// mark is one document on the timeline.
type mark struct {
	n    *graph.Node
	lane *lane
	t    float64 // time, in years
	x, y float64 // centre, y relative to the lane's middle until drawn
	r    float64 // radius as drawn
	r0   float64 // radius before the lanes were packed
}

// lanes in the order they are drawn, top to bottom.
var laneOrder = []struct{ key, name, colour string }{
	{"GA", "General Assembly", blue},
	{"SC", "Security Council", vermilion},
	{"ECOSOC", "ECOSOC", green},
	{"HRC", "Human Rights Council", purple},
	{"CHR", "Commission on Human Rights", purple},
	{"TC", "Trusteeship Council", sky},
	{"other", "other bodies", faint},
	{"documents", "documents", faint},
}

// laneKey says which lane a node goes in.
func laneKey(n *graph.Node) string {
	if n.Kind == parser.KindDocument || n.Kind == parser.KindOther || n.Kind == "" {
		return "documents"
	}
	switch b := string(n.Body); b {
	case "GA", "SC", "ECOSOC", "HRC", "CHR", "TC":
		return b
	}
	if strings.HasPrefix(n.ID, "A/HRC/") {
		return "HRC"
	}
	switch n.ID[:min(2, len(n.ID))] {
	case "A/":
		return "GA"
	case "S/":
		return "SC"
	case "E/":
		return "ECOSOC"
	}
	return "other"
}

// Timeline draws the figure as a timeline: time along the page, one lane
// per body (and one for other documents), each document a mark sized by
// the citations it receives in the whole graph (filled when its text was
// read), each citation an arc from the citing document to the cited one,
// and labels on the most cited marks only. It is drawn on the page in
// landscape, at page size, with no Graphviz: it is meant for hubs and
// large sets that a lineage diagram cannot show legibly. Undated
// documents whose symbol tells no year are left out, and the caption
// says so.
func Timeline(f *Figure, page Page) (*canvas.Canvas, error) {
	if !page.Fixed() {
		page = Page{Name: "none", W: 800, H: 1100}
	}
	pw, ph := max(page.W, page.H), min(page.W, page.H)
	marks, undated := placeMarks(f)
	cap := caption(f, timelineReading(len(undated)))
	inner := pw - 2*margin
	capH := captionHeight(cap, inner)
	_, keyH := timelineKey(inner)
	bodyH := ph - 2*margin - capH - 8 - keyH - 10
	bodyW := inner
	if bodyH < 3*minLaneH {
		return nil, fmt.Errorf("the page is too small for a timeline")
	}
	right := bodyW - 8
	if len(undated) > 0 {
		right -= undatedW + 8
	}
	scale := newTimeScale(marks, laneLabelW+6, right)
	for _, m := range marks {
		m.x = scale.x(m.t)
	}
	// Undated documents go in a column of their own at the right, each in
	// its lane, spread across the column.
	perLane := map[string]int{}
	for _, n := range undated {
		r := markRadius(f.Cited[n.ID])
		m := &mark{n: n, r: r, r0: r}
		k := perLane[laneKey(n)]
		perLane[laneKey(n)]++
		m.x = bodyW - 8 - undatedW + (float64(k%6)+0.5)/6*undatedW
		marks = append(marks, m)
	}
	lanes := makeLanes(marks)
	layoutLanes(lanes, bodyH-axisH)
	body := drawTimelineBody(f, lanes, marks, scale, bodyW, bodyH)
	if len(undated) > 0 {
		body = append(body, undatedColumn(bodyW-8-undatedW, bodyH-axisH))
	}
	fr := framed{
		title: f.Subject, desc: timelineDesc(f, lanes),
		caption: cap, body: body, bodyW: bodyW, bodyH: bodyH,
		minType: markLabel, key: timelineKey,
	}
	c, _ := place(fr, pw, ph)
	return c, nil
}

// undatedColumn marks off the column of undated documents, from x to the
// right of the lanes, above the axis at y.
func undatedColumn(x, y float64) canvas.Item {
	g := &canvas.Group{ID: "undated", Class: "axis", Title: "documents without a date"}
	g.Add(canvas.Line(canvas.Style{Stroke: "#999999", Width: 0.6, Dash: []float64{2, 2}}, canvas.Pt{X: x - 4, Y: 0}, canvas.Pt{X: x - 4, Y: y + 4}))
	g.Add(&canvas.Text{X: x + undatedW/2, Y: y + 12, S: "undated", Size: 7, Anchor: canvas.Middle, Color: ink})
	return g
}

// timelineReading is the caption's sentence on how to read a timeline.
func timelineReading(undated int) string {
	s := "Time runs left to right, one lane per body; each mark is a document, larger the more documents cite it, filled when its text was read; arcs join a citing document to the one it cites."
	if undated > 0 {
		s += fmt.Sprintf(" %s undated documents are drawn in the column at the right.", thousands(undated))
	}
	s += " Documents dated only by the year or session their symbol gives are spread across that year."
	return s
}

// captionHeight is the height the caption takes at the given width.
func captionHeight(lines []captionLine, width float64) float64 {
	h := 0.0
	for _, l := range lines {
		m := canvas.Metrics(l.bold)
		h += float64(len(wrapText(l.text, l.size, l.bold, width))) * ((m.Ascent+m.Descent)*l.size + 1.5)
	}
	return h
}

// placeMarks gives each node its time and radius; undated nodes whose
// symbol tells no year are returned apart, in order.
func placeMarks(f *Figure) (marks []*mark, undated []*graph.Node) {
	byYear := map[int][]*mark{} // marks placed by their symbol's year alone
	for _, n := range f.Nodes {
		t, ok := timeOf(n)
		if !ok {
			undated = append(undated, n)
			continue
		}
		r := markRadius(f.Cited[n.ID])
		m := &mark{n: n, t: t, r: r, r0: r}
		marks = append(marks, m)
		if len(n.Date) < 10 {
			byYear[int(t)] = append(byYear[int(t)], m)
		}
	}
	// A year's worth of documents known only by the year their symbol
	// tells would stack on one instant: spread them across the year in
	// the order of their symbols.
	for _, ms := range byYear {
		slices.SortFunc(ms, func(a, b *mark) int { return graph.CompareSymbols(a.n.ID, b.n.ID) })
		for i, m := range ms {
			m.t = math.Floor(m.t) + (float64(i)+0.5)/float64(len(ms))
		}
	}
	return marks, undated
}

// markRadius grows with the square root of the citations received, so
// that a mark's area tells them.
func markRadius(cited int) float64 {
	return min(11, 1.5+0.55*math.Sqrt(float64(cited)))
}

// timeOf is a node's time in years: its date, or the middle of the year
// its symbol tells.
func timeOf(n *graph.Node) (float64, bool) {
	if d, err := time.Parse("2006-01-02", n.Date); err == nil {
		return float64(d.Year()) + float64(d.YearDay()-1)/366, true
	}
	if y, _ := placement(n); y != "" {
		v, err := strconv.Atoi(y)
		return float64(v) + 0.5, err == nil
	}
	return 0, false
}

// makeLanes sorts the marks into lanes, dropping empty lanes.
func makeLanes(marks []*mark) []*lane {
	byKey := map[string]*lane{}
	var lanes []*lane
	for _, o := range laneOrder {
		l := &lane{key: o.key, name: o.name, colour: o.colour}
		byKey[o.key] = l
		lanes = append(lanes, l)
	}
	for _, m := range marks {
		l := byKey[laneKey(m.n)]
		m.lane = l
		l.marks = append(l.marks, m)
	}
	return slices.DeleteFunc(lanes, func(l *lane) bool { return len(l.marks) == 0 })
}

// layoutLanes packs each lane's marks as a beeswarm around its middle,
// shrinking the marks until the lanes fit in height h, and sets each
// lane's top and height.
func layoutLanes(lanes []*lane, h float64) {
	for shrink := 1.0; ; shrink *= 0.85 {
		total := 0.0
		for _, l := range lanes {
			l.h = max(minLaneH, 2*swarm(l.marks, shrink)+8)
			total += l.h
		}
		if total <= h || shrink < 0.3 {
			break
		}
	}
	total := 0.0
	for _, l := range lanes {
		total += l.h
	}
	if total > h {
		// Still too tall with the smallest marks: share the height out in
		// proportion, and let the marks of the crowded lanes overlap.
		fixed := float64(len(lanes)) * minLaneH
		for _, l := range lanes {
			l.h = minLaneH + (l.h-minLaneH)*max(0, h-fixed)/max(1e-9, total-fixed)
		}
		total = h
	}
	spare := max(0, h-total) / total // shared out in proportion to need
	y := 0.0
	for _, l := range lanes {
		need := l.h
		l.h += l.h * spare
		l.top = y
		l.mid = l.top + need/2 + (l.h-need)*0.65
		y += l.h
		for _, m := range l.marks {
			m.y = l.mid + max(l.top+2+m.r-l.mid, min(l.top+l.h-2-m.r-l.mid, m.y))
		}
	}
}

// swarm places marks (sorted by time, larger first at equal times) as
// close to the lane's middle as they can go without overlapping, with
// radii scaled by shrink (never below 0.9 pt), and returns how far from
// the middle the swarm reaches.
func swarm(marks []*mark, shrink float64) float64 {
	slices.SortStableFunc(marks, func(a, b *mark) int {
		if c := cmp.Compare(a.x, b.x); c != 0 {
			return c
		}
		return cmp.Compare(b.r, a.r)
	})
	reach := 0.0
	var placed []*mark
	for _, m := range marks {
		m.r = max(0.9, m.r0*shrink)
		near := placed[:0:0]
		for i := len(placed) - 1; i >= 0; i-- {
			p := placed[i]
			if m.x-p.x > 2*12 {
				break
			}
			if math.Abs(m.x-p.x) < m.r+p.r+0.4 {
				near = append(near, p)
			}
		}
		m.y = bestY(m, near)
		reach = max(reach, math.Abs(m.y)+m.r)
		placed = append(placed, m)
	}
	return reach
}

// bestY is the offset from the middle nearest to 0 at which m touches
// none of near.
func bestY(m *mark, near []*mark) float64 {
	cands := []float64{0}
	for _, p := range near {
		d := m.r + p.r + 0.4
		dx := m.x - p.x
		dy := math.Sqrt(max(0, d*d-dx*dx))
		cands = append(cands, p.y+dy, p.y-dy)
	}
	slices.SortFunc(cands, func(a, b float64) int { return cmp.Compare(math.Abs(a), math.Abs(b)) })
	for _, y := range cands {
		ok := true
		for _, p := range near {
			d := m.r + p.r + 0.4
			if (m.x-p.x)*(m.x-p.x)+(y-p.y)*(y-p.y) < d*d-1e-6 {
				ok = false
				break
			}
		}
		if ok {
			return y
		}
	}
	return 0
}

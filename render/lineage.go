package render

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/internal/textfit"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/render/canvas"
)

// Type and spacing of the lineage view, in points at natural size.
const (
	symbolSize = 8.0 // a node's symbol, bold
	detailSize = 7.0 // its year, citation count and title
	padX, padY = 5, 3.5
	titleWidth = 118.0 // a title wraps at this width
	axisWidth  = 36.0  // the column of years on the left
	rankSep    = 20.0  // between rows
	nodeSep    = 9.0   // between boxes of a row
)

// box is one node as the lineage view draws it.
type box struct {
	n     *graph.Node
	id    string // "n0", "n1"… in the layout DOT
	lines []canvas.Text
	w, h  float64
	row   string // the rank it sits on: "2005/00", or "" to float
}

// Lineage draws the figure as a layered diagram laid out by Graphviz's
// dot: one row per year with older documents at the top (a year with
// more documents than fit across the page wraps onto several rows; years
// without documents are left out, with a mark on the axis), arrows from
// the citing document to the cited one. Every box is sized from the
// metrics of the font it is drawn in. On a fixed page the figure is scaled
// to fit; when its type would fall below MinText, Lineage returns a
// *TooLargeError.
func Lineage(f *Figure, page Page, layout Layouter) (*canvas.Canvas, error) {
	boxes := makeBoxes(f)
	perRow := rowCapacity(boxes, page)
	rows := assignRows(boxes, perRow)
	fr := framed{
		title:   f.Subject,
		desc:    lineageDesc(f),
		caption: caption(f, "Older documents at the top; arrows run from the citing document to the cited one. Box outlines are heavier the more documents cite them."),
		minType: detailSize,
		key:     lineageKey,
	}
	// Graphviz can only make the drawing larger than its rows stacked
	// and side by side: when that does not fit, do not ask it.
	fr.bodyW, fr.bodyH = lowerBound(boxes, rows)
	if _, _, err := compose(fr, page); err != nil {
		return nil, err
	}
	dot := layoutDOT(f, boxes, rows)
	out, err := layout(dot)
	if err != nil {
		return nil, err
	}
	pl, err := readLayout(out)
	if err != nil {
		return nil, err
	}
	fr.body = drawLineageBody(f, boxes, rows, pl)
	fr.bodyW, fr.bodyH = pl.w+axisWidth, pl.h
	c, _, err := compose(fr, page)
	return c, err
}

// lowerBound is the least size the laid-out drawing can have: its rows
// stacked with Graphviz's separation, its widest row side by side.
func lowerBound(boxes []*box, rows []string) (w, h float64) {
	rowW, rowH := map[string]float64{}, map[string]float64{}
	for _, b := range boxes {
		if b.row != "" {
			rowW[b.row] += b.w + nodeSep
			rowH[b.row] = max(rowH[b.row], b.h)
		}
	}
	for _, r := range rows {
		w = max(w, rowW[r])
		h += rowH[r] + rankSep
	}
	return w + axisWidth, h
}

// makeBoxes measures every node's label.
func makeBoxes(f *Figure) []*box {
	boxes := make([]*box, len(f.Nodes))
	for i, n := range f.Nodes {
		b := &box{n: n, id: fmt.Sprintf("n%d", i)}
		_, when := placement(n)
		info := when
		if c := f.Cited[n.ID]; c > 0 {
			info += fmt.Sprintf(" · cited %s×", thousands(c))
		}
		b.lines = append(b.lines, canvas.Text{S: n.ID, Size: symbolSize, Bold: true})
		b.lines = append(b.lines, canvas.Text{S: info, Size: detailSize, Color: faint})
		for _, l := range titleLines(n.Title, 2) {
			b.lines = append(b.lines, canvas.Text{S: l, Size: detailSize})
		}
		w := 0.0
		for _, l := range b.lines {
			w = max(w, canvas.Measure(l.S, l.Size, l.Bold))
		}
		b.w = math.Ceil(w + 2*padX + 1)
		b.h = math.Ceil(linesHeight(b.lines) + 2*padY)
		boxes[i] = b
	}
	return boxes
}

// titleLines wraps a title into at most k lines no wider than titleWidth,
// ending the last with "…" when the title is longer.
func titleLines(title string, k int) []string {
	title = textfit.OneLine(title)
	if title == "" {
		return nil
	}
	lines := wrapText(title, detailSize, false, titleWidth)
	if len(lines) <= k {
		return lines
	}
	last := strings.Join(lines[k-1:], " ")
	for canvas.Measure(last+"…", detailSize, false) > titleWidth && strings.Contains(last, " ") {
		last = last[:strings.LastIndexByte(last, ' ')]
	}
	for canvas.Measure(last+"…", detailSize, false) > titleWidth && len(last) > 1 {
		_, size := lastRune(last)
		last = last[:len(last)-size]
	}
	return append(lines[:k-1], strings.TrimRight(last, " ,;:")+"…")
}

func lastRune(s string) (rune, int) {
	r := []rune(s)
	return r[len(r)-1], len(string(r[len(r)-1]))
}

// lineHeight is the height of one line of type of the given size.
func lineHeight(size float64, bold bool) float64 {
	m := canvas.Metrics(bold)
	return (m.Ascent+m.Descent)*size + 1
}

func linesHeight(lines []canvas.Text) float64 {
	h := 0.0
	for _, l := range lines {
		h += lineHeight(l.Size, l.Bold)
	}
	return h
}

// rowCapacity is how many boxes of average width fit across the page.
func rowCapacity(boxes []*box, page Page) int {
	width := 900.0
	if page.Fixed() {
		width = max(page.W, page.H) - 2*margin - axisWidth
	}
	if len(boxes) == 0 {
		return 1
	}
	sum := 0.0
	for _, b := range boxes {
		sum += b.w
	}
	avg := sum/float64(len(boxes)) + 14
	return max(1, int(width/avg))
}

// assignRows puts each dated box on its year's row, wrapping a year with
// more than perRow boxes onto further rows, and returns the rows in
// order, oldest first.
func assignRows(boxes []*box, perRow int) []string {
	byYear := map[string][]*box{}
	for _, b := range boxes {
		if y, _ := placement(b.n); y != "" {
			byYear[y] = append(byYear[y], b)
		}
	}
	var rows []string
	for _, y := range slices.Sorted(maps.Keys(byYear)) {
		bs := byYear[y]
		slices.SortStableFunc(bs, func(a, b *box) int { return graph.CompareNodes(a.n, b.n) })
		for i, b := range bs {
			b.row = fmt.Sprintf("%s/%02d", y, i/perRow)
			if i%perRow == 0 {
				rows = append(rows, b.row)
			}
		}
	}
	return rows
}

// layoutDOT is the DOT Graphviz lays out: fixed-size unlabelled boxes on
// ranks chained oldest first, edges with ids.
func layoutDOT(f *Figure, boxes []*box, rows []string) []byte {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintf(w, "digraph layout {\n\tgraph [rankdir=BT, ranksep=%.3f, nodesep=%.3f, newrank=true, splines=true];\n", rankSep/72, nodeSep/72)
	w.WriteString("\tnode [shape=box, fixedsize=true, label=\"\"];\n\tedge [arrowsize=0.6];\n")
	for i := len(rows) - 1; i > 0; i-- {
		fmt.Fprintf(w, "\t%s -> %s [style=invis];\n", Quote("row "+rows[i]), Quote("row "+rows[i-1]))
	}
	members := map[string][]string{}
	for _, b := range boxes {
		fmt.Fprintf(w, "\t%s [id=%s, width=%.3f, height=%.3f];\n", b.id, b.id, b.w/72, b.h/72)
		if b.row != "" {
			members[b.row] = append(members[b.row], b.id)
		}
	}
	for _, r := range rows {
		fmt.Fprintf(w, "\t%s [width=0.01, height=0.01, style=invis];\n", Quote("row "+r))
		fmt.Fprintf(w, "\t{ rank=same; %s; %s; }\n", Quote("row "+r), strings.Join(members[r], "; "))
	}
	index := map[string]*box{}
	for _, b := range boxes {
		index[b.n.ID] = b
	}
	lastRow := map[string]string{} // year → its last row
	for _, r := range rows {
		lastRow[r[:4]] = r
	}
	for i, e := range f.Edges {
		from, to := index[e.From], index[e.To]
		if intoWrapped(from, to, lastRow) {
			continue // drawn by drawLineageBody, not routed by Graphviz
		}
		fmt.Fprintf(w, "\t%s -> %s [id=\"e%d\"", from.id, to.id, i)
		// A citation running against time does not constrain the rows.
		if from.row != "" && to.row > from.row {
			w.WriteString(", constraint=false")
		}
		w.WriteString("];\n")
	}
	w.WriteString("}\n")
	w.Flush()
	return buf.Bytes()
}

// intoWrapped reports whether a citation reaches, from another year, a
// row of a wrapped year other than its last (the one nearest the citing
// documents). Graphviz would route it through the year's other rows with
// virtual nodes that widen them all, undoing the wrap; such citations are
// left out of the layout and drawn as plain curves.
func intoWrapped(from, to *box, lastRow map[string]string) bool {
	return to.row != "" && from.row != "" && to.row != lastRow[to.row[:4]] && from.row[:4] != to.row[:4]
}

// drawLineageBody draws the laid-out figure, with the axis of years on
// the left, from (0, 0).
func drawLineageBody(f *Figure, boxes []*box, rows []string, pl *placed) []canvas.Item {
	var items []canvas.Item
	items = append(items, drawAxis(boxes, rows, pl)...)
	index := map[string]*box{}
	for _, b := range boxes {
		index[b.n.ID] = b
	}
	for i, e := range f.Edges {
		id := fmt.Sprintf("e%d", i)
		paint := edgePaint[FamilyOf(e)]
		style := canvas.Style{Stroke: paint.colour, Width: paint.width, Dash: paint.dash}
		g := &canvas.Group{ID: "edge-" + fmt.Sprint(i), Class: "edge", Title: edgeTitle(e)}
		if ops := pl.paths[id]; len(ops) > 0 {
			g.Add(&canvas.Path{Style: style, Ops: ops})
			if head := pl.heads[id]; len(head) >= 3 {
				g.Add(canvas.Polygon(head, canvas.Style{Fill: paint.colour}))
			}
		} else if from, to := index[e.From], index[e.To]; from != nil && to != nil {
			a, okA := pl.nodes[from.id]
			b, okB := pl.nodes[to.id]
			if !okA || !okB {
				continue
			}
			// from the citing box's top to the cited box's bottom (older rows are above)
			p0, p3 := canvas.Pt{X: a.X, Y: a.Y - from.h/2}, canvas.Pt{X: b.X, Y: b.Y + to.h/2 + 4}
			dy := (p0.Y - p3.Y) / 2
			g.Add(canvas.Curve(p0, canvas.Pt{X: p0.X, Y: p0.Y - dy}, canvas.Pt{X: p3.X, Y: p3.Y + dy}, p3, style))
			g.Add(canvas.Arrowhead(canvas.Pt{X: p3.X, Y: p3.Y + 4}, canvas.Pt{X: b.X, Y: b.Y + to.h/2}, 4, paint.colour))
		} else {
			continue
		}
		items = append(items, canvas.Transform([]canvas.Item{g}, 1, axisWidth, 0)...)
	}
	for _, b := range boxes {
		c, ok := pl.nodes[b.id]
		if !ok {
			continue
		}
		c.X += axisWidth
		items = append(items, drawBox(f, b, c))
	}
	return items
}

// drawAxis writes each year once, beside its first row, on a faint rule;
// where years without documents were left out, the rule breaks.
func drawAxis(boxes []*box, rows []string, pl *placed) []canvas.Item {
	rowY := map[string]float64{}
	for _, b := range boxes {
		if c, ok := pl.nodes[b.id]; ok && b.row != "" {
			rowY[b.row] = c.Y
		}
	}
	g := &canvas.Group{ID: "axis", Class: "axis"}
	x := axisWidth - 8
	prevYear, prevY := 0, 0.0
	for i, r := range rows {
		y, ok := rowY[r]
		if !ok {
			continue
		}
		year := 0
		fmt.Sscanf(r[:4], "%d", &year)
		if i > 0 {
			g.Add(canvas.Line(canvas.Style{Stroke: "#C8C8C8", Width: 0.6}, canvas.Pt{X: x, Y: prevY + 6}, canvas.Pt{X: x, Y: y - 6}))
			if year-prevYear > 1 {
				mid := (prevY + y) / 2
				g.Add(breakMark(x, mid))
				gap := fmt.Sprintf("%d–%d", prevYear+1, year-1)
				if year-prevYear == 2 {
					gap = fmt.Sprint(prevYear + 1)
				}
				g.Add(&canvas.Text{X: x - 5, Y: mid + 2.5, S: gap, Size: detailSize, Anchor: canvas.End, Color: faint})
			}
		}
		if strings.HasSuffix(r, "/00") {
			g.Add(&canvas.Text{X: x - 3, Y: y + 3, S: r[:4], Size: detailSize + 0.5, Bold: true, Anchor: canvas.End, Color: "#555555"})
		}
		prevYear, prevY = year, y
	}
	return []canvas.Item{g}
}

// breakMark is the two slanted strokes that say a scale was cut.
func breakMark(x, y float64) canvas.Item {
	s := canvas.Style{Stroke: "#777777", Width: 0.8}
	g := &canvas.Group{Class: "axis-break", Title: "years without documents left out"}
	g.Add(canvas.Rect(x-3.5, y-3, 7, 6, 0, canvas.Style{Fill: "#FFFFFF"}))
	g.Add(canvas.Line(s, canvas.Pt{X: x - 3.5, Y: y - 0.5}, canvas.Pt{X: x + 3.5, Y: y - 3}))
	g.Add(canvas.Line(s, canvas.Pt{X: x - 3.5, Y: y + 3}, canvas.Pt{X: x + 3.5, Y: y + 0.5}))
	return g
}

// drawBox draws one node centred on c: its shape by kind, an outline
// heavier the more it is cited, dashed when its text was not read, a
// double frame for the root, and its lines of text.
func drawBox(f *Figure, b *box, c canvas.Pt) canvas.Item {
	n := b.n
	x, y := c.X-b.w/2, c.Y-b.h/2
	st := styleOf(n)
	style := canvas.Style{Fill: st.fill, Stroke: st.border, Width: citedWeight(f.Cited[n.ID])}
	if !n.InCorpus {
		style.Dash = []float64{3, 1.6}
	}
	g := &canvas.Group{ID: "node-" + b.id[1:], Class: "node", Title: nodeTitle(n), Desc: nodeDesc(f, n), Link: Link(n)}
	root := f.Root != nil && n.ID == f.Root.ID
	if root {
		g.Add(canvas.Rect(x-3, y-3, b.w+6, b.h+6, 6, canvas.Style{Stroke: ink, Width: 1.2}))
	}
	g.Add(shape(n.Kind, x, y, b.w, b.h, style))
	ty := y + padY
	for _, l := range b.lines {
		m := canvas.Metrics(l.Bold)
		ty += m.Ascent * l.Size
		t := l
		t.X, t.Y, t.Anchor = c.X, ty, canvas.Middle
		g.Add(&t)
		ty += m.Descent*l.Size + 1
	}
	return g
}

// shape outlines a node of the given kind in the box (x, y, w, h).
func shape(k parser.Kind, x, y, w, h float64, s canvas.Style) canvas.Item {
	switch k {
	case parser.KindResolution:
		return canvas.Rect(x, y, w, h, 4, s)
	case parser.KindDecision:
		return canvas.Rect(x, y, w, h, 0, s)
	case parser.KindStatement:
		d := min(5, h/2)
		return canvas.Polygon([]canvas.Pt{{X: x - d, Y: y + h/2}, {X: x, Y: y}, {X: x + w, Y: y}, {X: x + w + d, Y: y + h/2}, {X: x + w, Y: y + h}, {X: x, Y: y + h}}, s)
	case parser.KindDocument:
		d := min(6, h/3)
		return canvas.Polygon([]canvas.Pt{{X: x, Y: y}, {X: x + w - d, Y: y}, {X: x + w, Y: y + d}, {X: x + w, Y: y + h}, {X: x, Y: y + h}}, s)
	}
	return canvas.Rect(x, y, w, h, h/2, s)
}

// citedWeight is the outline width of a node cited n times: 0.7 pt for
// none, growing with the logarithm to 2.8 pt.
func citedWeight(n int) float64 {
	return min(2.8, 0.7+0.42*math.Log2(1+float64(n)))
}

// nodeTitle is what a screen reader announces for a node.
func nodeTitle(n *graph.Node) string {
	if n.Title == "" {
		return n.ID
	}
	return n.ID + ": " + textfit.OneLine(n.Title)
}

// nodeDesc describes a node for screen readers.
func nodeDesc(f *Figure, n *graph.Node) string {
	parts := []string{string(n.Kind)}
	if n.Date != "" {
		parts = append(parts, "adopted "+n.Date)
	}
	parts = append(parts, fmt.Sprintf("cited by %s documents of the graph", thousands(f.Cited[n.ID])))
	if !n.InCorpus {
		parts = append(parts, "text not in the corpus")
	}
	return strings.Join(parts, "; ")
}

// edgeTitle describes a citation.
func edgeTitle(e *graph.Edge) string {
	rels := strings.Join(e.Relations(), ", ")
	if rels == "" {
		rels = "cites"
	}
	return e.From + " → " + e.To + ": " + rels
}

// caption is the caption of a figure: its subject, what was cut and
// reduced, a count and a sentence on how to read it.
func caption(f *Figure, reading string) []captionLine {
	lines := []captionLine{{text: f.Subject, bold: true, size: captionSize}}
	if f.Cut != "" {
		lines = append(lines, captionLine{text: f.Cut + ".", size: noteSize})
	}
	if f.Reduced != "" {
		lines = append(lines, captionLine{text: f.Reduced + ".", size: noteSize})
	}
	count := fmt.Sprintf("%s documents, %s citations. ", thousands(len(f.Nodes)), thousands(len(f.Edges)))
	lines = append(lines, captionLine{text: count + reading, size: noteSize})
	return lines
}

// lineageDesc describes the whole figure for screen readers.
func lineageDesc(f *Figure) string {
	var ids []string
	for _, n := range f.Nodes {
		ids = append(ids, n.ID)
	}
	s := fmt.Sprintf("Citation diagram of %d documents and %d citations", len(f.Nodes), len(f.Edges))
	if f.Cut != "" {
		s += "; " + f.Cut
	}
	return s + ". Documents: " + strings.Join(ids, ", ") + "."
}

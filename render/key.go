package render

import (
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/render/canvas"
)

// keyEntry is one sample of a key and its words.
type keyEntry struct {
	sample func(x, y float64) []canvas.Item // draws within (x, y, sampleW, sampleH)
	width  float64                          // of the sample; sampleW when 0
	label  string
}

const sampleW, sampleH = 24.0, 11.0

// flowKey lays entries out left to right, wrapping at width, under a
// heading, and returns the items and their height.
func flowKey(heading string, entries []keyEntry, width float64) ([]canvas.Item, float64) {
	var items []canvas.Item
	m := canvas.Metrics(true)
	y := m.Ascent * legendSize
	items = append(items, &canvas.Text{X: 0, Y: y, S: heading, Size: legendSize, Bold: true})
	x := canvas.Measure(heading, legendSize, true) + 10
	rowH := sampleH + 5
	top := 0.0
	for _, e := range entries {
		sw := e.width
		if sw == 0 {
			sw = sampleW
		}
		w := sw + 4 + canvas.Measure(e.label, legendSize, false) + 12
		if x+w > width && x > 0 {
			x, top = 0, top+rowH
		}
		items = append(items, e.sample(x, top)...)
		items = append(items, &canvas.Text{X: x + sw + 4, Y: top + sampleH/2 + 2.5, S: e.label, Size: legendSize})
		x += w
	}
	return items, top + rowH
}

// edgeSample is a short arrow in a family's stroke.
func edgeSample(f Family) func(x, y float64) []canvas.Item {
	return func(x, y float64) []canvas.Item {
		p := edgePaint[f]
		a, b := canvas.Pt{X: x + 1, Y: y + sampleH/2}, canvas.Pt{X: x + sampleW - 1, Y: y + sampleH/2}
		tip := canvas.Pt{X: b.X, Y: b.Y}
		b.X -= 4
		return []canvas.Item{
			canvas.Line(canvas.Style{Stroke: p.colour, Width: p.width, Dash: p.dash}, a, b),
			canvas.Arrowhead(a, tip, 4.5, p.colour),
		}
	}
}

// nodeSample is a small node of a kind, dashed when not read.
func nodeSample(k parser.Kind, read bool, weight float64) func(x, y float64) []canvas.Item {
	return func(x, y float64) []canvas.Item {
		st := nodeStyles[k]
		s := canvas.Style{Fill: st.fill, Stroke: st.border, Width: weight}
		if !read {
			s.Dash = []float64{3, 1.6}
		}
		return []canvas.Item{shape(k, x+2, y+1, sampleW-4, sampleH-2, s)}
	}
}

// lineageKey is the key of the lineage view: node kinds, outline weights
// and citation families, drawn as samples.
func lineageKey(width float64) ([]canvas.Item, float64) {
	nodes := []keyEntry{
		{sample: nodeSample(parser.KindResolution, true, 1), label: "resolution"},
		{sample: nodeSample(parser.KindDecision, true, 1), label: "decision"},
		{sample: nodeSample(parser.KindStatement, true, 1), label: "presidential statement"},
		{sample: nodeSample(parser.KindDocument, true, 1), label: "other document"},
		{sample: nodeSample(parser.KindResolution, false, 1), label: "text not in the corpus"},
		{sample: func(x, y float64) []canvas.Item {
			return []canvas.Item{
				canvas.Rect(x, y-1, sampleW, sampleH+2, 4, canvas.Style{Stroke: ink, Width: 1.2}),
				nodeSample(parser.KindResolution, true, 1)(x, y)[0],
			}
		}, label: "the root"},
		{sample: func(x, y float64) []canvas.Item {
			var items []canvas.Item
			for i, n := range []int{0, 10, 100} {
				s := canvas.Style{Fill: "#FFFFFF", Stroke: ink, Width: citedWeight(n)}
				items = append(items, canvas.Rect(x+float64(i)*13+1, y+2, 10, sampleH-4, 2, s))
			}
			return items
		}, width: 40, label: "cited 0, 10, 100 times"},
	}
	edges := []keyEntry{
		{sample: edgeSample(Reaffirming), label: "reaffirming"},
		{sample: edgeSample(Recalling), label: "recalling"},
		{sample: edgeSample(TakingNote), label: "taking note, noting"},
		{sample: edgeSample(Other), label: "other or none"},
	}
	a, ha := flowKey("Documents", nodes, width)
	b, hb := flowKey("Citations", edges, width)
	return append(a, canvas.Transform(b, 1, 0, ha+2)...), ha + 2 + hb
}

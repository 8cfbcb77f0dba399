package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/recital-un/recital/render/canvas"
)

// Layouter lays DOT out and returns Graphviz's SVG of it; package
// render/svg's Render does it. Render reads back only where Graphviz put
// each node and how it routed each edge, and draws everything itself.
type Layouter func(dot []byte) ([]byte, error)

// placed is what Graphviz decided, in points, y growing downwards, with
// the drawing's top-left corner at (0, 0).
type placed struct {
	w, h  float64
	nodes map[string]canvas.Pt   // node id → centre
	paths map[string][]canvas.Op // edge id → spline
	heads map[string][]canvas.Pt // edge id → arrowhead polygon
}

// readLayout reads the SVG Graphviz wrote for DOT whose nodes and edges
// carry id attributes.
func readLayout(svgText []byte) (*placed, error) {
	p := &placed{nodes: map[string]canvas.Pt{}, paths: map[string][]canvas.Op{}, heads: map[string][]canvas.Pt{}}
	dec := xml.NewDecoder(bytes.NewReader(svgText))
	dec.Strict = false
	var tx, ty float64
	var group string // id of the node or edge group being read
	var x0, y0 float64
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading Graphviz's layout: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "g" {
				group = ""
			}
			continue
		}
		attr := func(name string) string {
			for _, a := range se.Attr {
				if a.Name.Local == name {
					return a.Value
				}
			}
			return ""
		}
		switch se.Name.Local {
		case "svg":
			if vb := numbers(attr("viewBox")); len(vb) == 4 {
				x0, y0, p.w, p.h = vb[0], vb[1], vb[2], vb[3]
			}
		case "g":
			switch attr("class") {
			case "graph":
				t := attr("transform")
				if i := strings.Index(t, "translate("); i >= 0 {
					if v := numbers(t[i:]); len(v) >= 2 {
						tx, ty = v[0]-x0, v[1]-y0
					}
				}
			case "node", "edge":
				group = attr("id")
			}
		case "polygon":
			if group == "" {
				continue
			}
			v := numbers(attr("points"))
			var pts []canvas.Pt
			for i := 0; i+1 < len(v); i += 2 {
				pts = append(pts, canvas.Pt{X: v[i] + tx, Y: v[i+1] + ty})
			}
			if strings.HasPrefix(group, "n") {
				if lo, hi, ok := canvas.Bounds([]canvas.Item{canvas.Polygon(pts, canvas.Style{})}); ok {
					p.nodes[group] = canvas.Pt{X: (lo.X + hi.X) / 2, Y: (lo.Y + hi.Y) / 2}
				}
			} else {
				p.heads[group] = pts
			}
		case "path":
			if strings.HasPrefix(group, "e") {
				p.paths[group] = splineOps(attr("d"), tx, ty)
			}
		}
	}
	if p.w == 0 {
		return nil, fmt.Errorf("reading Graphviz's layout: no drawing size")
	}
	return p, nil
}

// splineOps reads Graphviz's "M x,y C x,y x,y x,y …" path data.
func splineOps(d string, tx, ty float64) []canvas.Op {
	v := numbers(d)
	if len(v) < 2 {
		return nil
	}
	pt := func(i int) canvas.Pt { return canvas.Pt{X: v[i] + tx, Y: v[i+1] + ty} }
	ops := []canvas.Op{{Kind: canvas.MoveTo, P: [3]canvas.Pt{pt(0)}}}
	for i := 2; i+5 < len(v); i += 6 {
		ops = append(ops, canvas.Op{Kind: canvas.CubicTo, P: [3]canvas.Pt{pt(i), pt(i + 2), pt(i + 4)}})
	}
	return ops
}

// numbers reads every number in s.
func numbers(s string) []float64 {
	var out []float64
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r == '.' || r == '-' || r == 'e')
	})
	for _, w := range f {
		if v, err := strconv.ParseFloat(w, 64); err == nil {
			out = append(out, v)
		}
	}
	return out
}

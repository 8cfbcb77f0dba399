package svg_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/render"
	"github.com/recital-un/recital/render/svg"
)

// diagram returns the DOT of a real lineage from the embedded default
// graph, cut to at most max documents, reduced or not.
func diagram(b *testing.B, id string, citedBy bool, max int, reduce bool) []byte {
	g, err := data.Default()
	if err != nil {
		b.Fatal(err)
	}
	walk := g.Lineage
	if citedBy {
		walk = g.CitedBy
	}
	l, err := walk(id, 0)
	if err != nil {
		b.Skipf("%s is not in the default graph: %v", id, err)
	}
	l = l.Nearest(max - 1)
	v, err := g.View(l)
	if err != nil {
		b.Fatal(err)
	}
	if reduce {
		if v, err = v.Reduce(); err != nil {
			b.Fatal(err)
		}
	}
	var dot bytes.Buffer
	if err := render.WriteDOT(&dot, v); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		b.ReportMetric(float64(len(v.Nodes())), "nodes")
		b.ReportMetric(float64(len(v.Edges())), "edges")
	})
	return dot.Bytes()
}

// BenchmarkRender lays out real diagrams of 50 and 150 documents: the
// cited-by diagram of 1514 (XV), a hub, and the lineage of A/RES/80/16, a
// deep series; whole and reduced.
func BenchmarkRender(b *testing.B) {
	cases := []struct {
		name    string
		id      string
		citedBy bool
	}{
		{"cited-by-1514", "A/RES/1514(XV)", true},
		{"lineage-80-16", "A/RES/80/16", false},
		{"lineage-80-267", "A/RES/80/267", false},
	}
	for _, c := range cases {
		for _, max := range []int{50, 150} {
			for _, reduce := range []bool{false, true} {
				b.Run(fmt.Sprintf("%s/%d/reduce=%v", c.name, max, reduce), func(b *testing.B) {
					dot := diagram(b, c.id, c.citedBy, max, reduce)
					for b.Loop() {
						if _, err := svg.Render(dot, "svg"); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

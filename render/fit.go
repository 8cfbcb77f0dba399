package render

import (
	"fmt"

	"github.com/recital-un/recital/graph"
)

// Limits bound what is drawn, so that Graphviz always finishes quickly.
type Limits struct {
	// MaxNodes is the largest number of documents drawn, root included.
	// Above it, only the nearest documents are kept and the diagram is
	// reduced.
	MaxNodes int
	// MaxEdges is the largest number of citations drawn. Above it, the
	// diagram is reduced.
	MaxEdges int
}

// DefaultLimits keep Graphviz's dot layout well under a second for the
// lineages of the corpus. Measured (render/svg BenchmarkRender, 2 cores):
// 150 documents reduced to 161–173 citations lay out in 0.1–0.2 s, while
// the same 150 unreduced, with 335 citations, take 1.5 s; 50 documents
// take 0.02–0.25 s.
var DefaultLimits = Limits{MaxNodes: 150, MaxEdges: 250}

// Fit chooses what to draw of a lineage: the whole of it, or, above the
// limits, its nearest documents and its transitive reduction. reduce asks
// for the reduction whatever the size. Fit returns the view to draw and a
// sentence for each thing it left out, for the user.
func Fit(g *graph.Graph, l *graph.Lineage, reduce bool, lim Limits) (*graph.View, []string, error) {
	var notes []string
	total := l.Count() + 1
	if lim.MaxNodes > 0 && total > lim.MaxNodes {
		cut := l.Nearest(lim.MaxNodes - 1)
		notes = append(notes, fmt.Sprintf("%d documents are too many to draw; drawing %d with the root (%s), reduced",
			total, cut.Count()+1, describeCut(l, cut)))
		l, reduce = cut, true
	}
	v, err := g.View(l)
	if err != nil {
		return nil, nil, err
	}
	edges := len(v.Edges())
	if !reduce && lim.MaxEdges > 0 && edges > lim.MaxEdges {
		notes = append(notes, fmt.Sprintf("%d citations among %d documents are too many to draw; drawing the transitive reduction", edges, total))
		reduce = true
	}
	if reduce {
		if v, err = v.Reduce(); err != nil {
			return nil, nil, err
		}
	}
	return v, notes, nil
}

// describeCut says what a lineage cut down by Nearest still holds.
func describeCut(full, cut *graph.Lineage) string {
	k := len(cut.Generations)
	if k == 0 {
		return "no generation"
	}
	kept, of := len(cut.Generations[k-1].Steps), len(full.Generations[k-1].Steps)
	whole := generations(k - 1)
	if kept == of {
		return generations(k)
	}
	part := fmt.Sprintf("the %d most recent of the %d documents of generation %d", kept, of, k)
	if whole == "" {
		return part
	}
	return whole + " and " + part
}

// generations names generations 1 to k.
func generations(k int) string {
	switch k {
	case 0:
		return ""
	case 1:
		return "generation 1"
	}
	return fmt.Sprintf("generations 1 to %d", k)
}

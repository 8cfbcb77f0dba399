package render

import (
	"fmt"
	"io"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/render/canvas"
)

// bigLineage is the lineage of a resolution that builds on n documents of
// four bodies and reports, 1950–2025, each citing two earlier ones: the
// size of 80/243's lineage when n is 2,000.
func bigLineage(b *testing.B, n int) (*graph.Graph, *graph.Lineage) {
	b.Helper()
	syms := make([]string, n)
	var docs []*parser.Document
	for i := range n {
		year := 1950 + i*75/n
		switch i % 5 {
		case 0, 1:
			syms[i] = fmt.Sprintf("A/RES/%d/%d", year-1945, i)
		case 2:
			syms[i] = fmt.Sprintf("S/RES/%d(%d)", i, year)
		case 3:
			syms[i] = fmt.Sprintf("E/RES/%d/%d", year, i)
		default:
			syms[i] = fmt.Sprintf("A/%d/%d", year-1945, i)
		}
		d := &parser.Document{Source: syms[i], Format: parser.FormatText, Symbol: syms[i], Adopted: fmt.Sprintf("%d-%02d-15", year, 1+i%12)}
		if i > 0 {
			d.Citations = append(d.Citations, cite(syms[(i*7)%i], "recalling", ""))
		}
		if i > 1 {
			d.Citations = append(d.Citations, cite(syms[i/2], "reaffirming", ""))
		}
		docs = append(docs, d)
	}
	root := &parser.Document{Source: "root", Format: parser.FormatText, Symbol: "A/RES/80/999", Adopted: "2025-12-20"}
	for i := n - 60; i < n; i++ {
		root.Citations = append(root.Citations, cite(syms[i], "recalling", ""))
	}
	g, err := graph.Build(append(docs, root))
	if err != nil {
		b.Fatal(err)
	}
	l, err := g.Lineage("A/RES/80/999", 0)
	if err != nil {
		b.Fatal(err)
	}
	return g, l
}

// BenchmarkTimeline2000 makes the figure of a 2,000-document lineage and
// lays its timeline out on A4, then writes it in each format.
func BenchmarkTimeline2000(b *testing.B) {
	g, l := bigLineage(b, 2000)
	b.Logf("%d documents", l.Count()+1)
	var c *canvas.Canvas
	b.Run("figure+layout", func(b *testing.B) {
		for b.Loop() {
			f, err := FromLineage(g, l, Options{MaxNodes: 2500, MaxEdges: 6000})
			if err != nil {
				b.Fatal(err)
			}
			if c, err = Timeline(f, Pages["a4"]); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, w := range []struct {
		name  string
		write func(io.Writer, *canvas.Canvas) error
	}{
		{"svg", canvas.WriteSVG},
		{"pdf", canvas.WritePDF},
		{"png-150dpi", func(w io.Writer, c *canvas.Canvas) error { return canvas.WritePNG(w, c, 150) }},
	} {
		b.Run(w.name, func(b *testing.B) {
			for b.Loop() {
				if err := w.write(io.Discard, c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package cmd

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/render"
	"github.com/recital-un/recital/render/svg"
)

// renderOptions holds the flags of `recital render`.
type renderOptions struct {
	IO       *IOStreams
	Source   source
	Ref      string
	Output   string
	Depth    int
	Reduce   bool
	CitedBy  bool
	MaxNodes int
}

// newRenderCmd builds `recital render`.
func newRenderCmd(ios *IOStreams) *cobra.Command {
	opts := &renderOptions{IO: ios}
	c := &cobra.Command{
		Use:   "render X -o FILE.svg|FILE.dot",
		Short: "Draw the lineage of a document as SVG or DOT",
		Long: `Render draws the lineage of document X (what it builds on; with
--cited-by, what builds on it). Time runs down the page: one row per year,
older documents at the top, arrows from the citing document to the cited
one. Nodes show symbol, year and short title, are shaped by kind and link
to https://undocs.org/<symbol> (decisions excepted); edges are styled by
relation. --reduce draws the transitive reduction: a citation implied by a
longer chain is left out. X is written as for 'recital lineage': a
reference, or a query expression that denotes one document.

The output format follows the extension of -o: .svg (drawn with Graphviz)
or .dot. Above --max-nodes documents, only the nearest are drawn and the
diagram is reduced; render says so on stderr.

Exit status: 0 when drawn, 2 for a usage error, 3 when X is not in the
graph.`,
		Example: `  recital render 60/45 -o lineage.svg
  recital render 80/16 --reduce -o ict.svg
  recital render '1514 (XV)' --cited-by --depth 1 -o 1514.dot`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkRender(opts); err != nil {
				return err
			}
			opts.Ref = strings.Join(args, " ")
			return runRender(opts)
		},
	}
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "the file to write: FILE.svg or FILE.dot")
	c.Flags().IntVar(&opts.Depth, "depth", 0, "stop after this many generations (0: all)")
	c.Flags().BoolVar(&opts.Reduce, "reduce", false, "draw the transitive reduction")
	c.Flags().BoolVar(&opts.CitedBy, "cited-by", false, "draw what builds on X instead of what X builds on")
	c.Flags().IntVar(&opts.MaxNodes, "max-nodes", render.DefaultLimits.MaxNodes, "draw at most this many documents")
	addStoreFlag(c, &opts.Source)
	return c
}

// outputFormats maps the extensions render writes to their format.
var outputFormats = map[string]string{".svg": "svg", ".dot": "dot", ".gv": "dot"}

// checkRender validates the flags of render.
func checkRender(opts *renderOptions) error {
	switch {
	case opts.Output == "":
		return usageErrorf("render needs -o FILE.svg or -o FILE.dot")
	case outputFormats[strings.ToLower(filepath.Ext(opts.Output))] == "":
		return usageErrorf("cannot tell the format of %q: -o takes FILE.svg or FILE.dot", opts.Output)
	case opts.Depth < 0:
		return usageErrorf("--depth must be 0 (all) or more, not %d", opts.Depth)
	case opts.MaxNodes < 2:
		return usageErrorf("--max-nodes must be 2 or more, not %d", opts.MaxNodes)
	}
	return nil
}

// runRender draws the diagram and writes it.
func runRender(opts *renderOptions) error {
	g, name, err := opts.Source.load()
	if err != nil {
		return err
	}
	n, err := target(g, name, opts.Ref, opts.IO.ErrOut)
	if err != nil {
		return err
	}
	walk := g.Lineage
	if opts.CitedBy {
		walk = g.CitedBy
	}
	l, err := walk(n.ID, opts.Depth)
	if err != nil {
		return err
	}
	lim := render.DefaultLimits
	lim.MaxNodes = opts.MaxNodes
	v, notes, err := render.Fit(g, l, opts.Reduce, lim)
	if err != nil {
		return err
	}
	for _, note := range notes {
		fmt.Fprintln(opts.IO.ErrOut, "recital:", note)
	}
	out, err := draw(v, outputFormats[strings.ToLower(filepath.Ext(opts.Output))])
	if err != nil {
		return err
	}
	if err := writeFileAtomic(opts.Output, out); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "%s: %s, %s\n", opts.Output, plural(len(v.Nodes()), "document"), plural(len(v.Edges()), "citation"))
	return nil
}

// draw writes the view as DOT and, for svg, lays it out with Graphviz.
func draw(v *graph.View, format string) ([]byte, error) {
	var dot bytes.Buffer
	if err := render.WriteDOT(&dot, v); err != nil {
		return nil, err
	}
	if format == "dot" {
		return dot.Bytes(), nil
	}
	return svg.Render(dot.Bytes(), format)
}

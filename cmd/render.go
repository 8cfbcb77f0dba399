package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/meta"
	"github.com/recital-un/recital/render"
	"github.com/recital-un/recital/render/canvas"
	"github.com/recital-un/recital/render/svg"
)

// renderOptions holds the flags of `recital render`.
type renderOptions struct {
	IO       *IOStreams
	Source   source
	Ref      string
	Output   string
	Depth    int
	DepthSet bool // --depth was given
	Reduce   bool
	CitedBy  bool
	MaxNodes int // 0: the view's own limit
	Keep     string
	Page     string
	View     string
	DPI      float64
	SVGText  string

	drawnSize string // set by encode: the size of what it last wrote, for the report on stderr
}

// Limits of each view, in documents and citations: the lineage view is
// legible on a page up to about 150 documents and Graphviz lays 150 out
// in well under a second; the timeline draws 2,000 documents on a page.
const (
	lineageMaxNodes  = 150
	lineageMaxEdges  = 250
	timelineMaxNodes = 2500
	timelineMaxEdges = 6000
)

// newRenderCmd builds `recital render`.
func newRenderCmd(ios *IOStreams) *cobra.Command {
	opts := &renderOptions{IO: ios}
	c := &cobra.Command{
		Use:   "render X -o FILE.svg|.pdf|.png|.dot",
		Short: "Draw a lineage, a cited-by or a query's documents as SVG, PDF, PNG or DOT",
		Long: `Render draws a diagram for a paper. X is a document, as for 'recital
lineage' (render draws what it builds on; with --cited-by, what builds on
it, its direct citers unless --depth says more), or a query expression
(see 'recital help query'), whose documents and citations are drawn.

Two views:
  lineage   one row per year, older documents at the top, arrows from the
            citing document to the cited one, laid out by Graphviz. Boxes
            show symbol, year, citations received and title; their
            outline is heavier the more documents cite them.
  timeline  time along the page, one lane per body (GA, SC, ECOSOC, HRC,
            …, documents), a mark per document sized by the citations it
            receives, arcs for citations, labels on the most cited marks.
            For hubs and large sets: 2,000 documents on one page.
--view auto (the default) draws the lineage view when it is legible on the
page (type of at least 6 pt, at most 150 documents) and the timeline
otherwise, and says so.

The figure is fitted to --page (A4 by default; letter; none to size the
page to the figure), in the orientation that lets it be larger. Every
figure has a caption and a key drawn as samples. Above the view's limit
(--max-nodes), documents are kept by --keep: relevant (the default: the
root, direct citers before indirect ones, each body's first, then the
earliest and the most cited alternately), earliest, recent or cited; the
caption says what was left out.

The format follows the extension of -o: .svg, .pdf (vector, fonts
embedded), .png (--dpi, 150 by default) or .dot (the lineage view's DOT,
for Graphviz). All four are made without any program outside recital.
Text is set in Go Regular and Go Bold, and every box is sized from their
metrics. SVG text is drawn as outlines by default, so that it looks the
same in every viewer (rsvg-convert and Inkscape ignore embedded fonts),
with an invisible copy for search; --svg-text live writes editable text
with the fonts embedded for browsers.

Exit status: 0 when drawn, 2 for a usage error, 3 when X is not in the
graph or the query finds nothing.`,
		Example: `  recital render 60/45 -o lineage.pdf
  recital render 80/16 --reduce -o ict.svg
  recital render '1514 (XV)' --cited-by -o 1514.png
  recital render '1514 (XV)' --cited-by --depth 2 --view timeline -o 1514-timeline.pdf
  recital render 'series(60/45)' --page letter -o series.svg`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opts.DepthSet = c.Flags().Changed("depth")
			if err := checkRender(opts); err != nil {
				return err
			}
			opts.Ref = strings.Join(args, " ")
			return runRender(opts)
		},
	}
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "the file to write: FILE.svg, FILE.pdf, FILE.png or FILE.dot")
	c.Flags().IntVar(&opts.Depth, "depth", 0, "stop after this many generations (0: all; --cited-by draws 1 unless told)")
	c.Flags().BoolVar(&opts.Reduce, "reduce", false, "draw the transitive reduction")
	c.Flags().BoolVar(&opts.CitedBy, "cited-by", false, "draw what builds on X instead of what X builds on")
	c.Flags().IntVar(&opts.MaxNodes, "max-nodes", 0, "draw at most this many documents (0: 150 in the lineage view, 2,500 in the timeline)")
	c.Flags().StringVar(&opts.Keep, "keep", "relevant", "which documents to keep above --max-nodes: relevant, earliest, recent or cited")
	c.Flags().StringVar(&opts.Page, "page", "A4", "the page to fit: A4, letter or none")
	c.Flags().StringVar(&opts.View, "view", "auto", "lineage, timeline or auto")
	c.Flags().Float64Var(&opts.DPI, "dpi", 150, "resolution of PNG output, in dots per inch")
	c.Flags().StringVar(&opts.SVGText, "svg-text", "outlines", "SVG text as outlines (the same in every viewer) or live (editable, with the Go fonts embedded for browsers)")
	addStoreFlag(c, &opts.Source)
	return c
}

// outputFormats maps the extensions render writes to their format.
var outputFormats = map[string]string{".svg": "svg", ".pdf": "pdf", ".png": "png", ".dot": "dot", ".gv": "dot"}

// checkRender validates the flags of render.
func checkRender(opts *renderOptions) error {
	format := outputFormats[strings.ToLower(filepath.Ext(opts.Output))]
	switch {
	case opts.Output == "":
		return usageErrorf("render needs -o FILE.svg, FILE.pdf, FILE.png or FILE.dot")
	case format == "":
		return usageErrorf("cannot tell the format of %q: -o takes FILE.svg, FILE.pdf, FILE.png or FILE.dot", opts.Output)
	case opts.Depth < 0:
		return usageErrorf("--depth must be 0 (all) or more, not %d", opts.Depth)
	case opts.MaxNodes != 0 && opts.MaxNodes < 2:
		return usageErrorf("--max-nodes must be 2 or more, not %d", opts.MaxNodes)
	case render.Keeps[strings.ToLower(opts.Keep)] == 0 && strings.ToLower(opts.Keep) != "relevant":
		return usageErrorf("--keep takes relevant, earliest, recent or cited, not %q", opts.Keep)
	case !slices.Contains([]string{"auto", "lineage", "timeline"}, strings.ToLower(opts.View)):
		return usageErrorf("--view takes auto, lineage or timeline, not %q", opts.View)
	case format == "dot" && strings.ToLower(opts.View) == "timeline":
		return usageErrorf("the timeline view has no DOT form: write .svg, .pdf or .png")
	case opts.SVGText != "outlines" && opts.SVGText != "live":
		return usageErrorf("--svg-text takes outlines or live, not %q", opts.SVGText)
	case opts.DPI < 10 || opts.DPI > 1200:
		return usageErrorf("--dpi must be between 10 and 1200, not %g", opts.DPI)
	}
	if _, ok := render.Pages[strings.ToLower(opts.Page)]; !ok {
		return usageErrorf("--page takes A4, letter or none, not %q", opts.Page)
	}
	return nil
}

// subject is what render draws, before any cut: a lineage, or a set.
type subject struct {
	lineage *graph.Lineage
	expr    string
	nodes   []*graph.Node
	edges   []*graph.Edge
}

// total is the number of documents of the subject.
func (s *subject) total() int {
	if s.lineage != nil {
		return s.lineage.Count() + 1
	}
	return len(s.nodes)
}

// figure makes the subject's figure within a view's limits.
func (s *subject) figure(g *graph.Graph, o render.Options) (*render.Figure, error) {
	if s.lineage != nil {
		return render.FromLineage(g, s.lineage, o)
	}
	return render.FromSet(g, "Documents of "+s.expr, s.nodes, s.edges, o), nil
}

// runRender draws the diagram and writes it.
func runRender(opts *renderOptions) error {
	g, name, err := opts.Source.load()
	if err != nil {
		return err
	}
	subj, err := renderSubject(g, name, opts)
	if err != nil {
		return err
	}
	format := outputFormats[strings.ToLower(filepath.Ext(opts.Output))]
	page := render.Pages[strings.ToLower(opts.Page)]
	view := strings.ToLower(opts.View)
	if format == "dot" {
		view = "lineage"
	}
	if view == "auto" && subj.total() > lineageMaxNodes && opts.MaxNodes == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "recital: %s documents are more than a lineage diagram shows legibly (%d); drawing the timeline view (--view lineage draws the nearest %d)\n",
			thousandsSep(subj.total()), lineageMaxNodes, lineageMaxNodes)
		view = "timeline"
	}
	keep := render.Keeps[strings.ToLower(opts.Keep)]
	var fig *render.Figure
	var out []byte
	if view != "timeline" {
		fig, out, view, err = renderLineage(g, subj, opts, keep, format, page, view)
		if err != nil {
			return err
		}
	}
	if view == "timeline" {
		if fig, err = subj.figure(g, limits(opts, keep, timelineMaxNodes, timelineMaxEdges)); err != nil {
			return err
		}
		c, err := render.Timeline(fig, page)
		if err != nil {
			return err
		}
		if out, err = encode(c, format, opts); err != nil {
			return err
		}
	}
	for _, note := range []string{fig.Cut, fig.Reduced} {
		if note != "" {
			fmt.Fprintln(opts.IO.ErrOut, "recital:", note)
		}
	}
	if err := writeFileAtomic(opts.Output, out); err != nil {
		return err
	}
	size := ""
	if opts.drawnSize != "" {
		size = " (" + opts.drawnSize + ")"
	}
	fmt.Fprintf(opts.IO.ErrOut, "%s: %s, %s%s\n", opts.Output, plural(len(fig.Nodes), "document"), plural(len(fig.Edges), "citation"), size)
	return nil
}

// renderLineage draws the lineage view. When it does not fit the page
// legibly, it tries the transitive reduction; then, in the auto view, it
// gives way to the timeline (returning view "timeline" and no output),
// and when the lineage view was asked for, it draws it at full size on a
// page of its own. It says on stderr what it did.
func renderLineage(g *graph.Graph, subj *subject, opts *renderOptions, keep render.Keep, format string, page render.Page, view string) (*render.Figure, []byte, string, error) {
	lim := limits(opts, keep, lineageMaxNodes, lineageMaxEdges)
	fig, err := subj.figure(g, lim)
	if err != nil {
		return nil, nil, view, err
	}
	out, err := drawLineage(fig, format, page, opts)
	var tooLarge *render.TooLargeError
	if errors.As(err, &tooLarge) && !lim.Reduce {
		lim.Reduce = true
		reduced, rerr := subj.figure(g, lim)
		if rerr != nil {
			return nil, nil, view, rerr
		}
		if len(reduced.Edges) < len(fig.Edges) {
			out2, err2 := drawLineage(reduced, format, page, opts)
			if err2 == nil {
				fmt.Fprintf(opts.IO.ErrOut, "recital: %s; drawing the transitive reduction, which fits\n", tooLarge)
				return reduced, out2, view, nil
			}
			var again *render.TooLargeError
			if errors.As(err2, &again) {
				tooLarge = again
			}
		}
	}
	switch {
	case errors.As(err, &tooLarge) && view == "auto":
		fmt.Fprintf(opts.IO.ErrOut, "recital: %s, even reduced; drawing the timeline view instead (--view lineage draws it on a page of its own size)\n", tooLarge)
		return fig, nil, "timeline", nil
	case errors.As(err, &tooLarge):
		fmt.Fprintf(opts.IO.ErrOut, "recital: %s; drawing it at full size on a page of its own (--view timeline fits it)\n", tooLarge)
		out, err = drawLineage(fig, format, render.Page{}, opts)
	}
	return fig, out, view, err
}

// limits are the options of a view.
func limits(opts *renderOptions, keep render.Keep, maxNodes, maxEdges int) render.Options {
	if opts.MaxNodes > 0 {
		maxNodes = opts.MaxNodes
	}
	return render.Options{MaxNodes: maxNodes, MaxEdges: maxEdges, Reduce: opts.Reduce, Keep: keep, Facts: metaTitles}
}

// metaTitles gives figures the titles and dates of the embedded metadata
// index for documents the graph knows only as cited.
func metaTitles(id string) (title, date string, year int, ok bool) {
	m, err := meta.Default()
	if err != nil {
		return "", "", 0, false
	}
	r, ok := m.Lookup(id)
	return r.Title, r.Date, r.Year, ok
}

// renderSubject finds what to draw: the lineage (or cited-by) of the
// document X names, or the set of a query expression.
func renderSubject(g *graph.Graph, name string, opts *renderOptions) (*subject, error) {
	if isExpression(opts.Ref) {
		ix, err := newQueryIndex(g, name)
		if err != nil {
			return nil, err
		}
		r, _, err := evalExpr(ix, opts.Ref, opts.IO.ErrOut)
		if err != nil {
			return nil, err
		}
		switch len(r.Nodes) {
		case 0:
			return nil, &NoResultError{Err: fmt.Errorf("%s denotes no document in %s", opts.Ref, name)}
		case 1:
			return walkFrom(g, r.Nodes[0], opts)
		}
		return &subject{expr: opts.Ref, nodes: r.Nodes, edges: r.Edges}, nil
	}
	n, err := target(g, name, opts.Ref, opts.IO.ErrOut)
	if err != nil {
		return nil, err
	}
	return walkFrom(g, n, opts)
}

// walkFrom takes the lineage or, with --cited-by, the citers of n: the
// direct ones unless --depth was given.
func walkFrom(g *graph.Graph, n *graph.Node, opts *renderOptions) (*subject, error) {
	walk, depth := g.Lineage, opts.Depth
	if opts.CitedBy {
		walk = g.CitedBy
		if !opts.DepthSet {
			depth = 1
		}
	}
	l, err := walk(n.ID, depth)
	if err != nil {
		return nil, err
	}
	return &subject{lineage: l}, nil
}

// drawLineage draws the lineage view in a format.
func drawLineage(f *render.Figure, format string, page render.Page, opts *renderOptions) ([]byte, error) {
	if format == "dot" {
		var buf bytes.Buffer
		err := f.WriteDOT(&buf)
		return buf.Bytes(), err
	}
	c, err := render.Lineage(f, page, func(dot []byte) ([]byte, error) { return svg.Render(dot, "svg") })
	if err != nil {
		return nil, err
	}
	return encode(c, format, opts)
}

// encode writes a page as SVG, PDF or PNG.
func encode(c *canvas.Canvas, format string, opts *renderOptions) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	orient := "portrait"
	if c.W > c.H {
		orient = "landscape"
	}
	opts.drawnSize = fmt.Sprintf("%.0f×%.0f pt %s", c.W, c.H, orient)
	switch format {
	case "svg":
		mode := canvas.Outlines
		if opts.SVGText == "live" {
			mode = canvas.LiveText
		}
		err = canvas.WriteSVGText(&buf, c, mode)
	case "pdf":
		err = canvas.WritePDF(&buf, c)
	case "png":
		err = canvas.WritePNG(&buf, c, opts.DPI)
		w, h := canvas.PNGSize(c, opts.DPI)
		opts.drawnSize = fmt.Sprintf("%d×%d px at %g dpi", w, h, opts.DPI)
	default:
		err = fmt.Errorf("render: no writer for %s", format)
	}
	return buf.Bytes(), err
}

// thousandsSep writes n with commas: 2,079.
func thousandsSep(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

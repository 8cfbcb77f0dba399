package cmd

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/graph"
)

// pathOptions holds the flags of `recital path`.
type pathOptions struct {
	IO       *IOStreams
	Source   source
	From, To string
	Format   string
}

// newPathCmd builds `recital path`.
func newPathCmd(ios *IOStreams) *cobra.Command {
	opts := &pathOptions{IO: ios}
	c := &cobra.Command{
		Use:   "path X Y",
		Short: "Show a shortest chain of citations between two documents",
		Long: `Path shows a shortest chain of citations from X to Y: X cites a document,
which cites another, … which cites Y. When no chain runs from X to Y, it
looks for one from Y to X and says so.

X and Y are written as people write them (60/45, A/RES/60/45, 1514 (XV),
1373 (2001)); quote references that hold spaces. The graph is read as for
'recital lineage'. Exit status: 0 with a chain, 2 for a usage error, 3
when either document is not in the graph or no chain joins them.`,
		Example: `  recital path 80/16 53/70
  recital path '1514 (XV)' 75/123 --format json`,
		Args: cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			opts.From, opts.To = args[0], args[1]
			return runPath(opts)
		},
	}
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	addStoreFlag(c, &opts.Source)
	return c
}

// runPath finds and prints the chain.
func runPath(opts *pathOptions) error {
	g, name, err := opts.Source.load()
	if err != nil {
		return err
	}
	from, err := resolve(g, name, opts.From)
	if err != nil {
		return err
	}
	to, err := resolve(g, name, opts.To)
	if err != nil {
		return err
	}
	p, err := g.Path(from.ID, to.ID)
	if err != nil {
		return err
	}
	if p == nil {
		return &NoResultError{Err: fmt.Errorf("no chain of citations joins %s and %s, either way, in %s", from.ID, to.ID, name)}
	}
	if opts.Format == "json" {
		return writePathJSON(opts.IO.Out, p)
	}
	return writePath(textOut(opts.IO.Out), p, from, to)
}

// pathJSON is the JSON answer of path.
type pathJSON struct {
	Schema int `json:"schema"`
	*graph.Path
	Steps int `json:"steps"`
}

// writePathJSON writes the chain as one JSON object.
func writePathJSON(w io.Writer, p *graph.Path) error {
	b, err := json.MarshalIndent(pathJSON{Schema: 1, Path: p, Steps: len(p.Edges)}, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// writePath prints the chain, one document per line and the relations of
// each citation between them.
func writePath(w io.Writer, p *graph.Path, from, to *graph.Node) error {
	first, last := p.Nodes[0], p.Nodes[len(p.Nodes)-1]
	if p.Reversed {
		fmt.Fprintf(w, "no chain of citations runs from %s to %s; one runs the other way.\n", from.ID, to.ID)
	}
	fmt.Fprintf(w, "%s cites %s in %s:\n", first.ID, last.ID, plural(len(p.Edges), "step"))
	width := 0
	for _, n := range p.Nodes {
		width = max(width, len(n.ID))
	}
	for i, n := range p.Nodes {
		line := fmt.Sprintf("  %-*s  %s  %s", width, n.ID, dateOrUndated(n.Date), cut(oneLine(n.Title), 70))
		fmt.Fprintln(w, strings.TrimRight(line, " "))
		if i < len(p.Edges) {
			fmt.Fprintf(w, "    ↓ %s\n", relationsText(p.Edges[i].Relations()))
		}
	}
	return nil
}

package cmd

import (
	"github.com/spf13/cobra"

	"github.com/recital-un/recital/graph"
)

// newCitedByCmd builds `recital cited-by`.
func newCitedByCmd(ios *IOStreams) *cobra.Command {
	opts := &lineageOptions{IO: ios, Direction: graph.Descendants}
	c := &cobra.Command{
		Use:   "cited-by X",
		Short: "List what builds on a document, generation by generation",
		Long: `Cited-by lists what builds on document X: generation 1 is what cites X,
generation 2 what cites those, and so on. Each document appears once, in
the first generation that reaches it, with the relations by which it cites
the previous generation and its date. By default only generation 1, the
documents that cite X themselves, is listed: later generations mix in
documents that cite X only through others (budget resolutions reach
almost everything); --depth N lists N generations, --depth 0 all.

X is written as people write it (60/45, 1514 (XV), 1373 (2001)…), or as
a query expression that denotes one document; the graph is read as for
'recital lineage'. Exit status: 0 with an answer, 2 for a usage error, 3
when X is not in the graph.`,
		Example: `  recital cited-by '1514 (XV)'
  recital cited-by '2231 (2015)' --depth 0
  recital cited-by 75/240 --format json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return lineageRunE(opts, args)
		},
	}
	addLineageFlags(c, opts, 1)
	return c
}

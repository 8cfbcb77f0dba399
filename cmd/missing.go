package cmd

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/query"
	"github.com/recital-un/recital/rank"
	"github.com/recital-un/recital/render"
)

// missingOptions holds the flags of `recital missing`.
type missingOptions struct {
	IO     *IOStreams
	Source source
	Expr   string
	Limit  int
	Format string
}

// newMissingCmd builds `recital missing`.
func newMissingCmd(ios *IOStreams) *cobra.Command {
	opts := &missingOptions{IO: ios}
	c := &cobra.Command{
		Use:   "missing [EXPR]",
		Short: "List the cited documents whose text is not in the corpus: the reading list",
		Long: `Missing lists the documents that the corpus cites but whose text it does
not hold, most cited first: by the number of documents citing each, then
by the number of citations, then by symbol. Each comes with its
https://undocs.org address (decisions have no document of their own) and
the date and title the graph or the metadata index gives it. This is the
reading list to fetch next.

EXPR, a query expression (see 'recital help query'), narrows the list:
'kind(resolution)', 'body(SC) & year(..1990)', 'ancestors(80/16)'.

Exit status: 0 with a list, 2 for a usage error, 3 when nothing is missing.`,
		Example: `  recital missing -n 10
  recital missing 'kind(resolution) & body(GA)' --format json
  recital missing 'ancestors(series(60/45))' --store my.store`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			if opts.Limit < 0 {
				return usageErrorf("--limit must be 0 (all) or more, not %d", opts.Limit)
			}
			opts.Expr = strings.Join(args, " ")
			return runMissing(opts)
		},
	}
	c.Flags().IntVarP(&opts.Limit, "limit", "n", 50, "show this many documents (0: all)")
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	c.RegisterFlagCompletionFunc("format", fixedCompletion([]string{"text", "json"}))
	addStoreFlag(c, &opts.Source)
	return c
}

// runMissing lists the reading list.
func runMissing(opts *missingOptions) error {
	_, name, ix, err := opts.Source.loadIndexed()
	if err != nil {
		return err
	}
	keep, err := members(ix, opts.Expr, opts.IO.ErrOut)
	if err != nil {
		return err
	}
	scores := rank.Missing(ix, keep)
	if len(scores) == 0 {
		return &NoResultError{Err: fmt.Errorf("every cited document chosen is in %s", name)}
	}
	shown := limitScores(scores, opts.Limit)
	if opts.Format == "json" {
		out := scoresJSON(ix, "missing", "", shown, len(scores))
		for i := range out.Documents {
			out.Documents[i].PageRank = 0
		}
		return emitJSON(opts.IO.Out, out)
	}
	stop := opts.IO.StartPager()
	err = writeMissing(opts.IO.Out, ix, shown, opts.IO.Width())
	stop()
	if err != nil {
		return err
	}
	moreNote(opts.IO.ErrOut, len(shown), len(scores), "documents missing")
	return nil
}

// writeMissing prints the reading list: citing documents, citations, date,
// symbol, link and title.
func writeMissing(w io.Writer, ix *query.Index, scores []rank.Score, width int) error {
	rows := [][]string{{"cited by", "times", "date", "document", "link", "title"}}
	for _, s := range scores {
		info := ix.InfoOf(s.Node)
		rows = append(rows, []string{fmt.Sprint(s.Citing), fmt.Sprint(s.Occurrences), dateOrUndated(info.Date), s.Node.ID, orDash(render.Link(s.Node)), shownTitle(s.Node, info)})
	}
	return writeRows(w, rows, width)
}

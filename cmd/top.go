package cmd

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/query"
	"github.com/recital-un/recital/rank"
)

// topOptions holds the flags of `recital top`.
type topOptions struct {
	IO      *IOStreams
	Source  source
	Expr    string
	By      string
	Body    string
	Period  string
	CitedIn string
	Limit   int
	Format  string
}

// newTopCmd builds `recital top`.
func newTopCmd(ios *IOStreams) *cobra.Command {
	opts := &topOptions{IO: ios}
	c := &cobra.Command{
		Use:   "top [EXPR]",
		Short: "Rank the most cited documents by in-degree or PageRank",
		Long: `Top ranks the documents of the graph by how much they are cited: by
in-degree, the number of documents citing each (--by indegree, the
default), or by PageRank (--by pagerank), which also weighs how much the
citing documents are cited in turn. Ties go to the other measure, then to
the number of citations, then to the symbol.

--body and --period choose the documents ranked (by their body and year of
adoption); EXPR, a query expression (see 'recital help query'), chooses
them too. --cited-in counts only the citations made by documents adopted
in that period, for both measures. PageRank is shown relative to the
average document (1 = average).

Exit status: 0 with a ranking, 2 for a usage error, 3 when no document
is cited.`,
		Example: `  recital top
  recital top --body SC --period 1990..1999 -n 10
  recital top --by pagerank --cited-in 2019.. --format json
  recital top 'kind(resolution) & citedonly'`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkTop(opts); err != nil {
				return err
			}
			opts.Expr = strings.Join(args, " ")
			return runTop(opts)
		},
	}
	c.Flags().StringVar(&opts.By, "by", "indegree", "rank by indegree or pagerank")
	c.Flags().StringVar(&opts.Body, "body", "", "rank documents of these bodies only: GA, SC, ECOSOC, HRC, CHR, TC, other (comma-separated)")
	c.Flags().StringVar(&opts.Period, "period", "", "rank documents adopted in these years only: 1990..1999, 2000.., ..1975, 1998")
	c.Flags().StringVar(&opts.CitedIn, "cited-in", "", "count only citations by documents adopted in these years")
	c.Flags().IntVarP(&opts.Limit, "limit", "n", 20, "show this many documents (0: all)")
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	c.RegisterFlagCompletionFunc("format", fixedCompletion([]string{"text", "json"}))
	c.RegisterFlagCompletionFunc("by", fixedCompletion([]string{"indegree", "pagerank"}))
	c.RegisterFlagCompletionFunc("body", fixedCompletion([]string{"GA", "SC", "ECOSOC", "HRC", "CHR", "TC", "other"}))
	addStoreFlag(c, &opts.Source)
	return c
}

// checkTop validates the flags of top.
func checkTop(opts *topOptions) error {
	if err := checkFormat(opts.Format); err != nil {
		return err
	}
	switch {
	case opts.By != string(rank.ByInDegree) && opts.By != string(rank.ByPageRank):
		return usageErrorf("unknown --by %q: want indegree or pagerank", opts.By)
	case opts.Limit < 0:
		return usageErrorf("--limit must be 0 (all) or more, not %d", opts.Limit)
	}
	return nil
}

// selection builds the expression of the documents to rank from EXPR and
// the flags, or "" for all of them.
func selection(expr, body, period string) string {
	var parts []string
	if expr != "" {
		parts = append(parts, "("+expr+")")
	}
	if body != "" {
		parts = append(parts, "body("+body+")")
	}
	if period != "" {
		parts = append(parts, "year("+period+")")
	}
	return strings.Join(parts, " & ")
}

// members evaluates an expression into a membership test over the nodes
// of ix; "" gives nil, every document.
func members(ix *query.Index, expr string, errOut io.Writer) (func(int32) bool, error) {
	if expr == "" {
		return nil, nil
	}
	r, _, err := evalExpr(ix, expr, errOut)
	if err != nil {
		return nil, err
	}
	in := make(map[int32]bool, len(r.Nodes))
	for _, n := range r.Nodes {
		v, _ := ix.Lookup(n.ID)
		in[v] = true
	}
	return func(v int32) bool { return in[v] }, nil
}

// runTop ranks and prints.
func runTop(opts *topOptions) error {
	_, name, ix, err := opts.Source.loadIndexed()
	if err != nil {
		return err
	}
	keep, err := members(ix, selection(opts.Expr, opts.Body, opts.Period), opts.IO.ErrOut)
	if err != nil {
		return err
	}
	citing, err := members(ix, selection("", "", opts.CitedIn), opts.IO.ErrOut)
	if err != nil {
		return err
	}
	scores := rank.Top(ix, rank.Options{By: rank.Measure(opts.By), Rank: keep, Citing: citing})
	if len(scores) == 0 {
		return &NoResultError{Err: fmt.Errorf("no document chosen is cited in %s", name)}
	}
	shown := limitScores(scores, opts.Limit)
	if opts.Format == "json" {
		return emitJSON(opts.IO.Out, scoresJSON(ix, "top", rank.Measure(opts.By), shown, len(scores)))
	}
	if err := writeScores(opts.IO.Out, ix, shown, true, opts.IO.Width()); err != nil {
		return err
	}
	moreNote(opts.IO.ErrOut, len(shown), len(scores), "cited documents")
	fmt.Fprintln(opts.IO.ErrOut, "pagerank: 1 = the average document of", name)
	return nil
}

// limitScores keeps the first n scores (0: all).
func limitScores(s []rank.Score, n int) []rank.Score {
	if n > 0 && len(s) > n {
		return s[:n]
	}
	return s
}

// moreNote says on stderr how many were left out.
func moreNote(w io.Writer, shown, total int, what string) {
	if shown < total {
		fmt.Fprintf(w, "showing %d of %d %s (--limit 0 for all)\n", shown, total, what)
	}
}

// writeScores prints a ranking: position, citing documents, citations,
// PageRank (when asked), date, symbol and title.
func writeScores(w io.Writer, ix *query.Index, scores []rank.Score, pagerank bool, width int) error {
	head := []string{"#", "cited by", "times"}
	if pagerank {
		head = append(head, "pagerank")
	}
	rows := [][]string{append(head, "date", "document", "title")}
	for i, s := range scores {
		info := ix.InfoOf(s.Node)
		row := []string{fmt.Sprint(i + 1), fmt.Sprint(s.Citing), fmt.Sprint(s.Occurrences)}
		if pagerank {
			row = append(row, fmt.Sprintf("%.2f", s.PageRank))
		}
		rows = append(rows, append(row, dateOrUndated(info.Date), s.Node.ID, shownTitle(s.Node, info)))
	}
	return writeRows(w, rows, width)
}

// scoreJSON is one ranked document.
type scoreJSON struct {
	Rank int `json:"rank"`
	docJSON
	Citing      int     `json:"citing"`
	Occurrences int     `json:"occurrences"`
	PageRank    float64 `json:"pagerank,omitempty"`
}

// rankingJSON is the JSON answer of top and missing.
type rankingJSON struct {
	Schema    int          `json:"schema"`
	Ranking   string       `json:"ranking"`
	By        rank.Measure `json:"by,omitempty"`
	Total     int          `json:"total"`
	Count     int          `json:"count"`
	Documents []scoreJSON  `json:"documents"`
}

// scoresJSON describes a ranking for JSON.
func scoresJSON(ix *query.Index, ranking string, by rank.Measure, scores []rank.Score, total int) rankingJSON {
	out := rankingJSON{Schema: 2, Ranking: ranking, By: by, Total: total, Count: len(scores), Documents: []scoreJSON{}}
	for i, s := range scores {
		out.Documents = append(out.Documents, scoreJSON{Rank: i + 1, docJSON: newDocJSON(ix, s.Node), Citing: s.Citing,
			Occurrences: s.Occurrences, PageRank: round(s.PageRank)})
	}
	return out
}

// round keeps six decimals, so that JSON shows no floating-point noise.
func round(x float64) float64 {
	return float64(int64(x*1e6+0.5)) / 1e6
}

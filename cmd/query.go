package cmd

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/query"
)

// queryOptions holds the flags of `recital query`.
type queryOptions struct {
	IO     *IOStreams
	Source source
	Expr   string
	Format string
	Edges  bool
}

// newQueryCmd builds `recital query`, whose help documents the language.
func newQueryCmd(ios *IOStreams) *cobra.Command {
	opts := &queryOptions{IO: ios}
	c := &cobra.Command{
		Use:   "query EXPR",
		Short: "Select documents and citations with a lineage expression",
		Long: `Query evaluates a lineage expression and lists the documents it denotes,
by date then symbol, with their titles; --edges lists the citations kept
among them too. Dates and titles the graph lacks (documents only cited)
come from the embedded metadata index. Notes on stderr say how ambiguous
numbers were read. lineage, cited-by and render accept an expression that
denotes one document wherever they take a document.

The graph is read as for 'recital lineage': --store, else $RECITAL_STORE,
else the embedded default graph.

Exit status: 0 with documents, 2 for a usage error (a syntax error is
shown with a caret under it), 3 when a document named is not in the graph
or the expression denotes no document.

` + query.Syntax,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			opts.Expr = strings.Join(args, " ")
			if t, ok := normalizeRef(opts.Expr); ok {
				if id, err := parseRef(t); err == nil {
					opts.Expr = id
				}
			}
			return runQueryCmd(opts)
		},
	}
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	c.RegisterFlagCompletionFunc("format", fixedCompletion([]string{"text", "json"}))
	c.Flags().BoolVar(&opts.Edges, "edges", false, "list the citations among the documents too (text format)")
	addStoreFlag(c, &opts.Source)
	return c
}

// runQueryCmd evaluates the expression and prints the result.
func runQueryCmd(opts *queryOptions) error {
	_, name, ix, err := opts.Source.loadIndexed()
	if err != nil {
		return err
	}
	r, q, err := evalExpr(ix, opts.Expr, opts.IO.ErrOut)
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		err = writeQueryJSON(opts.IO.Out, ix, q, r)
	} else {
		stop := opts.IO.StartPager()
		err = writeQueryText(opts.IO.Out, ix, r, opts.Edges, opts.IO.Width())
		stop()
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "%s, %s%s%s\n", plural(len(r.Nodes), "document"), plural(len(r.Edges), "citation"), filledNote(ix, r.Nodes), unreadNoteShort(r.Nodes))
	if len(r.Nodes) == 0 {
		return &NoResultError{Err: fmt.Errorf("%s denotes no document in %s", opts.Expr, name)}
	}
	return nil
}

// filledNote says how many documents have a date or title from the
// metadata index.
func filledNote(ix *query.Index, nodes []*graph.Node) string {
	n := 0
	for _, node := range nodes {
		if ix.InfoOf(node).Filled != "" {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (dates or titles of %d from the metadata index)", n)
}

// unreadNoteShort says how many documents of an answer were not read
// ("; 3 not read (?): what they cite is unknown"), or "".
func unreadNoteShort(nodes []*graph.Node) string {
	n := 0
	for _, node := range nodes {
		if !node.InCorpus {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("; %d not read (%s): what they cite is unknown, so walks stop there", n, markUnread)
}

// writeQueryText prints one line per document (date, whether its text
// was read, symbol, title) fitted to width (0: no limit) and, with edges,
// one per citation (citing → cited: relations).
func writeQueryText(w io.Writer, ix *query.Index, r *query.Result, edges bool, width int) error {
	rows := make([][]string, 0, len(r.Nodes))
	for _, n := range r.Nodes {
		info := ix.InfoOf(n)
		rows = append(rows, []string{dateOrUndated(info.Date), readMark(n), n.ID, shownTitle(n, info)})
	}
	if err := writeRows(w, rows, width); err != nil {
		return err
	}
	if !edges || len(r.Edges) == 0 {
		return nil
	}
	tw := newTable(w)
	fmt.Fprintf(w, "\ncitations (%d):\n", len(r.Edges))
	for _, e := range r.Edges {
		fmt.Fprintf(tw, "  %s\t→ %s\t%s\n", e.From, e.To, relationsText(e.Relations()))
	}
	return tw.Flush()
}

// titleOf is the title shown for a document: its title, else its agenda
// item in brackets; a Security Council resolution's topic comes first
// ("[The situation in Burundi] on the situation in Burundi"), since SC
// resolutions have topics rather than titles.
func titleOf(id string, info query.Info) string {
	title, agenda := oneLine(info.Title), oneLine(info.Agenda) // text from documents and stores
	switch {
	case agenda == "" || title != "" && !strings.HasPrefix(id, "S/RES/"):
		return title
	case strings.EqualFold(strings.TrimPrefix(title, "on "), agenda):
		return "[" + agenda + "]"
	}
	return strings.TrimSpace("[" + agenda + "] " + title)
}

// queryJSON is the JSON answer of query (docs/json.md).
type queryJSON struct {
	Schema    int        `json:"schema"`
	Query     string     `json:"query"`
	Canonical string     `json:"canonical"`
	Count     int        `json:"count"`
	Unread    int        `json:"unread"` // documents whose text was not read
	Documents []docJSON  `json:"documents"`
	Edges     []edgeJSON `json:"edges"`
	Notes     []string   `json:"notes"`
}

// writeQueryJSON writes the result as one JSON object; documents and
// citations are sorted, so the output is deterministic.
func writeQueryJSON(w io.Writer, ix *query.Index, q *query.Query, r *query.Result) error {
	out := queryJSON{Schema: 2, Query: q.Src, Canonical: q.String(), Count: len(r.Nodes),
		Documents: []docJSON{}, Edges: []edgeJSON{}, Notes: r.Notes}
	if out.Notes == nil {
		out.Notes = []string{}
	}
	for _, n := range r.Nodes {
		out.Documents = append(out.Documents, newDocJSON(ix, n))
		if !n.InCorpus {
			out.Unread++
		}
	}
	for _, e := range r.Edges {
		out.Edges = append(out.Edges, edgeJSON{Source: e.From, Target: e.To, Relations: nonNil(e.Relations())})
	}
	return emitJSON(w, out)
}

// nonNil returns s, or an empty slice for nil, so that JSON shows [].
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// emitJSON writes v as indented JSON and a final newline.
func emitJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

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
			return runQueryCmd(opts)
		},
	}
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	c.Flags().BoolVar(&opts.Edges, "edges", false, "list the citations among the documents too (text format)")
	addStoreFlag(c, &opts.Source)
	return c
}

// runQueryCmd evaluates the expression and prints the result.
func runQueryCmd(opts *queryOptions) error {
	g, name, err := opts.Source.load()
	if err != nil {
		return err
	}
	ix, err := newQueryIndex(g, name)
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
		err = writeQueryText(textOut(opts.IO.Out), ix, r, opts.Edges, opts.IO.IsTerminal())
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "%s, %s%s\n", plural(len(r.Nodes), "document"), plural(len(r.Edges), "citation"), filledNote(ix, r.Nodes))
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

// writeQueryText prints one line per document (date, symbol, title) and,
// with edges, one per citation (citing → cited: relations).
func writeQueryText(w io.Writer, ix *query.Index, r *query.Result, edges, tty bool) error {
	tw := newTable(w)
	for _, n := range r.Nodes {
		info := ix.InfoOf(n)
		title := titleOf(info)
		if tty {
			title = cut(title, 70)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", dateOrUndated(info.Date), n.ID, title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if !edges || len(r.Edges) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\ncitations (%d):\n", len(r.Edges))
	for _, e := range r.Edges {
		fmt.Fprintf(tw, "  %s\t→ %s\t%s\n", e.From, e.To, relationsText(e.Relations()))
	}
	return tw.Flush()
}

// titleOf is the title shown for a document: its title, else its agenda
// item or topic in brackets (SC resolutions have topics, not titles).
func titleOf(info query.Info) string {
	if info.Title == "" && info.Agenda != "" {
		return "[" + oneLine(info.Agenda) + "]"
	}
	return oneLine(info.Title)
}

// queryJSON is the JSON answer of query.
type queryJSON struct {
	Schema    int             `json:"schema"`
	Query     string          `json:"query"`
	Canonical string          `json:"canonical"`
	Count     int             `json:"count"`
	Nodes     []queryNodeJSON `json:"nodes"`
	Edges     []queryEdgeJSON `json:"edges"`
	Notes     []string        `json:"notes"`
}

// queryNodeJSON is a node with the date and title the metadata index
// gives where the graph has none, and the index's agenda item.
type queryNodeJSON struct {
	graph.Node
	Agenda    string `json:"agenda_item,omitempty"`
	FactsFrom string `json:"facts_from,omitempty"` // the source of a date or title the graph lacked
}

// queryEdgeJSON is a citation of the result, with its relations.
type queryEdgeJSON struct {
	From      string   `json:"from"`
	To        string   `json:"to"`
	Relations []string `json:"relations"`
}

// writeQueryJSON writes the result as one JSON object; documents and
// citations are sorted, so the output is deterministic.
func writeQueryJSON(w io.Writer, ix *query.Index, q *query.Query, r *query.Result) error {
	out := queryJSON{Schema: 1, Query: q.Src, Canonical: q.String(), Count: len(r.Nodes),
		Nodes: []queryNodeJSON{}, Edges: []queryEdgeJSON{}, Notes: r.Notes}
	if out.Notes == nil {
		out.Notes = []string{}
	}
	for _, n := range r.Nodes {
		out.Nodes = append(out.Nodes, nodeJSON(ix, n))
	}
	for _, e := range r.Edges {
		out.Edges = append(out.Edges, queryEdgeJSON{From: e.From, To: e.To, Relations: nonNil(e.Relations())})
	}
	return emitJSON(w, out)
}

// nodeJSON fills a copy of the node from what the index knows.
func nodeJSON(ix *query.Index, n *graph.Node) queryNodeJSON {
	info := ix.InfoOf(n)
	out := queryNodeJSON{Node: *n, Agenda: info.Agenda, FactsFrom: info.Filled}
	out.Date, out.Title = info.Date, info.Title
	return out
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

package cmd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/graph"
)

// lineageOptions holds the flags of `recital lineage` and `recital cited-by`.
type lineageOptions struct {
	IO        *IOStreams
	Source    source
	Ref       string
	Depth     int
	Format    string
	Direction graph.Direction
}

// newLineageCmd builds `recital lineage`.
func newLineageCmd(ios *IOStreams) *cobra.Command {
	opts := &lineageOptions{IO: ios, Direction: graph.Ancestors}
	c := &cobra.Command{
		Use:   "lineage X",
		Short: "List what a document builds on, generation by generation",
		Long: `Lineage lists what document X builds on: generation 1 is what X cites,
generation 2 what those cite, and so on. Each document appears once, in
the first generation that reaches it, with the relations of the citations
that reach it (recalling, reaffirming, taking note…) and its date.

X is written as people write it: 60/45, A/RES/60/45, 1514 (XV),
1373 (2001), S/RES/1373 (2001), ES-10/19; or as a query expression that
denotes one document, such as 'latest(series(60/45))' (see 'recital help
query').

The graph is read from --store, else $RECITAL_STORE, else the embedded
default graph built from the shared corpus.

Exit status: 0 with an answer, 2 for a usage error, 3 when X is not in the
graph.`,
		Example: `  recital lineage 60/45
  recital lineage 'A/RES/80/16' --depth 2
  recital lineage 1373 (2001) --format json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return lineageRunE(opts, args)
		},
	}
	addLineageFlags(c, opts)
	return c
}

// addLineageFlags adds the flags shared by lineage and cited-by.
func addLineageFlags(c *cobra.Command, opts *lineageOptions) {
	c.Flags().IntVar(&opts.Depth, "depth", 0, "stop after this many generations (0: all)")
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	addStoreFlag(c, &opts.Source)
}

// lineageRunE checks the command line and runs the query. The reference may
// span several arguments ("1514 (XV)" unquoted).
func lineageRunE(opts *lineageOptions, args []string) error {
	if err := checkFormat(opts.Format); err != nil {
		return err
	}
	if opts.Depth < 0 {
		return usageErrorf("--depth must be 0 (all) or more, not %d", opts.Depth)
	}
	opts.Ref = strings.Join(args, " ")
	return runLineage(opts)
}

// runLineage answers a lineage or cited-by query.
func runLineage(opts *lineageOptions) error {
	g, name, err := opts.Source.load()
	if err != nil {
		return err
	}
	n, err := target(g, name, opts.Ref, opts.IO.ErrOut)
	if err != nil {
		return err
	}
	l, err := g.Lineage(n.ID, opts.Depth)
	if opts.Direction == graph.Descendants {
		l, err = g.CitedBy(n.ID, opts.Depth)
	}
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		return writeLineageJSON(opts.IO.Out, l)
	}
	return writeGenerations(textOut(opts.IO.Out), l, opts.IO.IsTerminal())
}

// lineageJSON is the JSON answer of lineage and cited-by.
type lineageJSON struct {
	Schema int `json:"schema"`
	*graph.Lineage
	Count int `json:"count"`
}

// writeLineageJSON writes the lineage as one JSON object. Generations are
// in order and their documents sorted by date then symbol, so the output
// is deterministic.
func writeLineageJSON(w io.Writer, l *graph.Lineage) error {
	if l.Generations == nil {
		l.Generations = []graph.Generation{}
	}
	b, err := json.MarshalIndent(lineageJSON{Schema: 1, Lineage: l, Count: l.Count()}, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// writeGenerations prints the lineage generation by generation: one line
// per document with its date, symbol, relations and title. On a terminal,
// titles are cut to keep lines short.
func writeGenerations(w io.Writer, l *graph.Lineage, tty bool) error {
	fmt.Fprintf(w, "%s\n%s\n", describeNode(l.Root), summary(l))
	for _, gen := range l.Generations {
		fmt.Fprintf(w, "\n%s\n", genHeader(l, gen))
		tw := newTable(w)
		for _, s := range gen.Steps {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", dateOrUndated(s.Node.Date), s.Node.ID, relationsText(s.Relations), stepNote(s, gen.Number, tty))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// genHeader introduces a generation: "generation 2: cited by generation 1 (7)".
func genHeader(l *graph.Lineage, gen graph.Generation) string {
	rel := "cited by"
	if l.Direction == graph.Descendants {
		rel = "citing"
	}
	prev := l.Root.ID
	if gen.Number > 1 {
		prev = fmt.Sprintf("generation %d", gen.Number-1)
	}
	return fmt.Sprintf("generation %d: %s %s (%d)", gen.Number, rel, prev, len(gen.Steps))
}

// describeNode is a one-line identity: symbol, date and title.
func describeNode(n *graph.Node) string {
	s := n.ID
	if n.Date != "" {
		s += " (" + n.Date + ")"
	}
	if n.Title != "" {
		s += " " + oneLine(n.Title)
	}
	return s
}

// summary says how much the lineage holds.
func summary(l *graph.Lineage) string {
	verb := "builds on"
	if l.Direction == graph.Descendants {
		verb = "is cited by"
	}
	s := fmt.Sprintf("%s %s in %s", verb, plural(l.Count(), "document"), plural(len(l.Generations), "generation"))
	if l.Depth > 0 {
		s += fmt.Sprintf(" (--depth %d)", l.Depth)
	}
	return s
}

// stepNote is the last column of a line: the title, and for generations
// after the first, the document of the previous generation that leads to
// this one.
func stepNote(s graph.Step, gen int, tty bool) string {
	note := oneLine(s.Node.Title)
	if tty {
		note = cut(note, 70)
	}
	if gen > 1 && len(s.Via) > 0 {
		via := "via " + s.Via[0]
		if len(s.Via) > 1 {
			via += fmt.Sprintf(" +%d", len(s.Via)-1)
		}
		note = strings.TrimSpace("[" + via + "] " + note)
	}
	return note
}

// relationsText joins relations, or says "cites" when there are none
// (citations found only in annexes).
func relationsText(rels []string) string {
	if len(rels) == 0 {
		return "cites"
	}
	return strings.Join(rels, ", ")
}

// dateOrUndated pads a missing date to the width of one.
func dateOrUndated(d string) string {
	if d == "" {
		return "undated   "
	}
	return d
}

// plural writes a count with its noun.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// table aligns columns separated by tabs, like text/tabwriter, and trims
// the padding that a short last column leaves at the end of a line.
type table struct {
	tw  *tabwriter.Writer
	buf bytes.Buffer
	out io.Writer
}

// newTable returns a table writing to w when flushed.
func newTable(w io.Writer) *table {
	t := &table{out: w}
	t.tw = tabwriter.NewWriter(&t.buf, 0, 4, 2, ' ', 0)
	return t
}

// Write adds text to the table.
func (t *table) Write(p []byte) (int, error) { return t.tw.Write(p) }

// Flush aligns the table and writes it out.
func (t *table) Flush() error {
	if err := t.tw.Flush(); err != nil {
		return err
	}
	for line := range strings.Lines(t.buf.String()) {
		if _, err := io.WriteString(t.out, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	t.buf.Reset()
	return nil
}

// cut shortens s to at most max runes, marking the cut with "…".
func cut(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return strings.TrimSpace(string(r[:max-1])) + "…"
}

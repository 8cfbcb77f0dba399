package cmd

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/query"
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

Documents whose text was not read are marked '?': they are known only
from citations, so what they cite is unknown and the lineage stops there.
For such an X the answer is unknown, not empty: lineage says so, how many
documents cite X, and how to add its text (exit status 3).

Exit status: 0 with an answer, 2 for a usage error, 3 when X is not in the
graph or its text was not read.`,
		Example: `  recital lineage 60/45
  recital lineage 'A/RES/80/16' --depth 2
  recital lineage '1373 (2001)' --format json
  recital lineage 'latest(series(60/45))'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return lineageRunE(opts, args)
		},
	}
	addLineageFlags(c, opts, 0)
	return c
}

// addLineageFlags adds the flags shared by lineage and cited-by.
func addLineageFlags(c *cobra.Command, opts *lineageOptions, depth int) {
	c.Flags().IntVar(&opts.Depth, "depth", depth, "stop after this many generations (0: all)")
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	c.RegisterFlagCompletionFunc("format", fixedCompletion([]string{"text", "json"}))
	c.ValidArgsFunction = symbolCompletion(&opts.Source)
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

// runLineage answers a lineage or cited-by query. The lineage of a
// document whose text was not read is unknown, not empty: the answer
// says so, how many documents cite it, and how to read it (exit 3).
func runLineage(opts *lineageOptions) error {
	g, name, err := opts.Source.load()
	if err != nil {
		return err
	}
	n, err := target(g, name, opts.Ref, opts.IO.ErrOut)
	if err != nil {
		return err
	}
	ix, err := newQueryIndex(g, name)
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
	unknown := opts.Direction == graph.Ancestors && !n.InCorpus
	if opts.Format == "json" {
		err = writeLineageJSON(opts.IO.Out, ix, l, citingCount(ix, n.ID))
	} else if unknown {
		fmt.Fprintf(opts.IO.Out, "%s\n%s\n", describeDoc(ix, n), unreadNote(name, n, citingCount(ix, n.ID)))
	} else {
		stop := opts.IO.StartPager()
		err = writeGenerations(opts.IO.Out, ix, l, opts.IO.Width(), opts.IO.ColorEnabled())
		stop()
	}
	if err == nil && unknown {
		return &NoResultError{Err: errSilent}
	}
	return err
}

// lineageJSON is the JSON answer of lineage and cited-by (docs/json.md).
type lineageJSON struct {
	Schema    int             `json:"schema"`
	Root      docJSON         `json:"root"`
	Direction graph.Direction `json:"direction"`
	Depth     int             `json:"depth"`
	// Known is false when the answer is unknown rather than empty: the
	// lineage of a document whose text was not read.
	Known       bool             `json:"known"`
	CitedBy     int              `json:"cited_by"` // documents of the graph citing the root
	Count       int              `json:"count"`
	Unread      int              `json:"unread"` // documents of the answer whose text was not read
	Generations []generationJSON `json:"generations"`
	Edges       []edgeJSON       `json:"edges"` // the citations that reach each document from the generation before
}

// generationJSON is one generation of a lineage.
type generationJSON struct {
	Number    int        `json:"generation"`
	Documents []stepJSON `json:"documents"`
}

// stepJSON is a document of a generation: the document, the documents of
// the generation before that reach it, and the relations of those
// citations.
type stepJSON struct {
	docJSON
	Via       []string `json:"via"`
	Relations []string `json:"relations"`
}

// writeLineageJSON writes the lineage as one JSON object. Generations are
// in order and their documents sorted by date then symbol, so the output
// is deterministic.
func writeLineageJSON(w io.Writer, ix *query.Index, l *graph.Lineage, citedBy int) error {
	out := lineageJSON{Schema: 2, Root: newDocJSON(ix, l.Root), Direction: l.Direction, Depth: l.Depth,
		Known: l.Direction == graph.Descendants || l.Root.InCorpus, CitedBy: citedBy, Count: l.Count(),
		Generations: []generationJSON{}, Edges: []edgeJSON{}}
	for _, gen := range l.Generations {
		gj := generationJSON{Number: gen.Number, Documents: make([]stepJSON, len(gen.Steps))}
		for i, s := range gen.Steps {
			gj.Documents[i] = stepJSON{docJSON: newDocJSON(ix, s.Node), Via: nonNil(s.Via), Relations: nonNil(s.Relations)}
			if !s.Node.InCorpus {
				out.Unread++
			}
			for _, v := range s.Via {
				e := edgeJSON{Source: v, Target: s.Node.ID, Relations: edgeRelations(ix, v, s.Node.ID)}
				if l.Direction == graph.Descendants {
					e = edgeJSON{Source: s.Node.ID, Target: v, Relations: edgeRelations(ix, s.Node.ID, v)}
				}
				out.Edges = append(out.Edges, e)
			}
		}
		out.Generations = append(out.Generations, gj)
	}
	slices.SortFunc(out.Edges, func(a, b edgeJSON) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	return emitJSON(w, out)
}

// edgeRelations returns the relations of the citation from → to.
func edgeRelations(ix *query.Index, from, to string) []string {
	if e := ix.Graph().Edge(from, to); e != nil {
		return nonNil(e.Relations())
	}
	return []string{}
}

// writeGenerations prints the lineage generation by generation: one line
// per document with its date, whether its text was read, its symbol,
// relations and title, fitted to width columns (0: no limit).
func writeGenerations(w io.Writer, ix *query.Index, l *graph.Lineage, width int, color bool) error {
	var leg legend
	unread := 0
	infos := make([][]query.Info, len(l.Generations)) // looked up once: each costs a search of the graph and of the facts
	titles := make([][]string, len(l.Generations))    // and shown titles made once
	for g, gen := range l.Generations {
		infos[g] = make([]query.Info, len(gen.Steps))
		titles[g] = make([]string, len(gen.Steps))
		for i, s := range gen.Steps {
			info := ix.InfoOf(s.Node)
			infos[g][i], titles[g][i] = info, shownTitle(s.Node, info)
			leg.unread = leg.unread || !s.Node.InCorpus
			leg.derived = leg.derived || strings.HasPrefix(titles[g][i], markDerived)
			leg.via = leg.via || gen.Number > 1
			if !s.Node.InCorpus {
				unread++
			}
		}
	}
	fmt.Fprintf(w, "%s\n%s\n", paint(color, ansiBold, describeDoc(ix, l.Root)), summary(l, unread))
	if s := leg.String(); s != "" {
		fmt.Fprintln(w, s)
	}
	for g, gen := range l.Generations {
		fmt.Fprintf(w, "\n%s\n", genHeader(l, gen))
		rows := make([][]string, len(gen.Steps))
		cells := make([]string, 5*len(gen.Steps)) // one allocation for the generation's cells
		for i, s := range gen.Steps {
			info := infos[g][i]
			row := cells[5*i : 5*i+5 : 5*i+5]
			row[0], row[1], row[2], row[3], row[4] = indentedDate(info.Date), readMark(s.Node), s.Node.ID, relationsText(s.Relations), stepNote(s, titles[g][i], gen.Number)
			rows[i] = row
		}
		var style func(_, col int, cell string) string // nil: cells as they are
		if color {
			style = func(_, col int, cell string) string {
				switch col {
				case 1:
					return paint(color, ansiYellow, cell)
				case 3:
					return paint(color, relationStyle(cell), cell)
				}
				return cell
			}
		}
		if err := writeStyledRows(w, rows, width, style); err != nil {
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

// summary says how much the lineage holds, and how much of it is only
// cited.
func summary(l *graph.Lineage, unread int) string {
	verb := "builds on"
	if l.Direction == graph.Descendants {
		verb = "is cited by"
	}
	s := fmt.Sprintf("%s %s in %s", verb, plural(l.Count(), "document"), plural(len(l.Generations), "generation"))
	if l.Depth > 0 {
		s += fmt.Sprintf(" (--depth %d)", l.Depth)
	}
	if unread > 0 && l.Direction == graph.Ancestors {
		s += fmt.Sprintf("; %d of them not read (%s), so the lineage stops there", unread, markUnread)
	}
	return s
}

// stepNote is the last column of a line: the title, and for generations
// after the first, the document of the previous generation that leads to
// this one.
func stepNote(s graph.Step, title string, gen int) string {
	note := title
	if gen > 1 && len(s.Via) > 0 {
		more := ""
		if len(s.Via) > 1 {
			more = " +" + strconv.Itoa(len(s.Via)-1)
		}
		note = strings.TrimSpace("[via " + s.Via[0] + more + "] " + note)
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

// indentedDate is the first column of a lineage row: a date, or
// "undated" padded to the width of one, indented by two spaces.
func indentedDate(d string) string {
	if d == "" {
		return "  undated   "
	}
	return "  " + d
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

// Flush aligns the table and writes it out, in one write: stdout is not
// buffered, and a lineage can run to tens of thousands of lines.
func (t *table) Flush() error {
	if err := t.tw.Flush(); err != nil {
		return err
	}
	var out strings.Builder
	out.Grow(t.buf.Len())
	for line := range strings.Lines(t.buf.String()) {
		out.WriteString(strings.TrimRight(line, " \n"))
		out.WriteByte('\n')
	}
	t.buf.Reset()
	_, err := io.WriteString(t.out, out.String())
	return err
}

// cut shortens s to at most max runes, marking the cut with "…".
func cut(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return strings.TrimSpace(string(r[:max-1])) + "…"
}

package cmd

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/check"
	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/meta"
	"github.com/recital-un/recital/store"
)

// checkOptions holds the flags of `recital check`.
type checkOptions struct {
	IO     *IOStreams
	Source source
	Inputs []string
	Format string
}

// newCheckCmd builds `recital check`.
func newCheckCmd(ios *IOStreams) *cobra.Command {
	opts := &checkOptions{IO: ios}
	c := &cobra.Command{
		Use:   "check [FILE|DIR|STORE]...",
		Short: "Find dates and numbers in the texts that contradict the record",
		Long: `Check reads documents (files, or folders of them) or a store, and reports
what their citations say that contradicts what is known, each finding with
file:line:col, the text of the citation and what it contradicts:

  date-mismatch       a date beside a citation that is not the cited
                      document's adoption date (or a document's own date
                      that is not the metadata's)
  session-year        a date outside the session or year the symbol names:
                      53/70 dates from 1998–1999
  sc-number-year      a Security Council number cited with another year
                      than its own: "274 (1959)" for S/RES/274 of 1969
  cites-later         a citation of a document adopted after the citing one
  duplicate-document  a document read from two or more files
  language-disagreement
                      the language versions of one document disagree:
                      "the French text of A/RES/76/228 cites X, the
                      English text does not" (versions read from files)

What is known is the official tables embedded from ../shared/corpus/meta,
the documents' own texts (those read here and those of the shared corpus)
and the numbering rules; stderr says what that covers. Dates of documents
known only from citations are not facts, so outside that coverage a date is
checked by the rules alone. Without arguments, check reads the graph as
'recital lineage' does (--store, else $RECITAL_STORE, else the embedded
default graph, whose citations keep no text: their symbol and date stand
for it).

Exit status: 0 when nothing is found, 1 when something is (or an input
cannot be read), 2 for a usage error.`,
		Example: `  recital check ../shared/corpus/dev
  recital check A_RES_74_123.xml --format json
  recital check my.store`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			opts.Inputs = args
			return runCheck(opts)
		},
	}
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	addStoreFlag(c, &opts.Source)
	return c
}

// runCheck builds or loads the graph, checks it and reports.
func runCheck(opts *checkOptions) error {
	g, failed, err := checkGraph(opts)
	if err != nil {
		return err
	}
	m, err := meta.Default()
	if err != nil {
		return err
	}
	findings := check.Run(g, m)
	coverage := check.Coverage(g, m)
	if opts.Format == "json" {
		err = emitJSON(opts.IO.Out, checkJSON{Schema: 1, Count: len(findings), Findings: nonNilFindings(findings), Coverage: coverage})
	} else {
		err = writeFindings(textOut(opts.IO.Out), findings)
	}
	if err != nil {
		return err
	}
	writeCheckSummary(opts.IO.ErrOut, findings, coverage)
	if failed || len(findings) > 0 {
		return errSilent
	}
	return nil
}

// checkGraph returns the graph to check: the selected store without
// arguments, a store given as the only argument, or the graph of the
// documents given. failed says that some input could not be read.
func checkGraph(opts *checkOptions) (*graph.Graph, bool, error) {
	if len(opts.Inputs) == 0 {
		g, _, err := opts.Source.load()
		return g, false, err
	}
	if len(opts.Inputs) == 1 {
		if g, ok := tryStore(opts.Inputs[0]); ok {
			return g, false, nil
		}
	}
	files, failed := expandInputs(opts.Inputs, opts.IO.ErrOut)
	docs, errs := store.ParseFiles(files, nil)
	for _, err := range errs {
		fmt.Fprintln(opts.IO.ErrOut, "recital:", err)
	}
	if len(docs) == 0 {
		return nil, true, errors.New("no document could be read")
	}
	g, err := graph.Build(docs)
	return g, failed > 0 || len(errs) > 0, err
}

// tryStore loads path as a store, if it is one.
func tryStore(path string) (*graph.Graph, bool) {
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return nil, false
	}
	g, err := store.Load(path)
	return g, err == nil
}

// writeFindings prints each finding: where, code and the citation's text,
// then what it contradicts, indented.
func writeFindings(w io.Writer, findings []check.Finding) error {
	for _, f := range findings {
		text := ""
		if f.Text != "" {
			text = fmt.Sprintf(" %q", f.Text)
		}
		if _, err := fmt.Fprintf(w, "%s: %s:%s\n    %s\n", f.Where(), f.Code, text, f.Message); err != nil {
			return err
		}
	}
	return nil
}

// writeCheckSummary counts the findings by code and says what was checked
// against.
func writeCheckSummary(w io.Writer, findings []check.Finding, coverage []string) {
	counts := map[string]int{}
	for _, f := range findings {
		counts[f.Code]++
	}
	var parts []string
	for _, code := range slices.Sorted(maps.Keys(counts)) {
		parts = append(parts, fmt.Sprintf("%d %s", counts[code], code))
	}
	summary := plural(len(findings), "finding")
	if len(parts) > 0 {
		summary += ": " + strings.Join(parts, ", ")
	}
	fmt.Fprintln(w, summary)
	fmt.Fprintln(w, "checked against:")
	for _, c := range coverage {
		fmt.Fprintln(w, "  "+c)
	}
}

// checkJSON is the JSON answer of check.
type checkJSON struct {
	Schema   int             `json:"schema"`
	Count    int             `json:"count"`
	Findings []check.Finding `json:"findings"`
	Coverage []string        `json:"coverage"`
}

// nonNilFindings returns an empty slice for nil, so that JSON shows [].
func nonNilFindings(f []check.Finding) []check.Finding {
	if f == nil {
		return []check.Finding{}
	}
	return f
}

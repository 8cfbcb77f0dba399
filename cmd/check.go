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
	Only   []string // report only these kinds of finding
	Ignore []string // leave out these kinds of finding
}

// checkKinds are the kinds of finding, as --only and --ignore name them.
var checkKinds = []string{check.CodeDateMismatch, check.CodeSessionYear, check.CodeSCYear, check.CodeCitesLater, check.CodeDuplicate, check.CodeLanguages, check.CodeTableDoubt}

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
                      53/70 dates from September 1998 to mid-September
                      1999, HRC 7/34 from 2008 (three sessions a year)
  sc-number-year      a Security Council number cited with another year
                      than its own: "274 (1959)" for S/RES/274 of 1969
  cites-later         a citation of a document adopted after the citing one
  duplicate-document  a document read from two or more files
  language-disagreement
                      the language versions of one document disagree:
                      "the French text of A/RES/76/228 cites X, the
                      English text does not" (versions read from files)
  table-doubt         a table's date that agreeing texts outweigh: two
                      or more texts give another date, within the session
                      the symbol names while the table's is outside it
                      (or three or more texts and none for the table);
                      Recital believes the texts and says why

--only KIND,… reports only those kinds, --ignore KIND,… leaves them out
(duplicate-document is noisy where a corpus holds several renderings).

Positions are file:line:col in the text Recital reads. For AKN XML files
that is the text it derives from the XML, not the XML's own lines: see it
with 'recital extract --format text FILE.xml'.

What is known is the official tables embedded from ../shared/corpus/meta,
the documents' own texts (those read here and those of the shared corpus)
and the numbering rules; stderr says what that covers. Dates of documents
known only from citations are not facts, so outside that coverage a date is
checked by the rules alone. Without arguments, check reads the graph as
'recital lineage' does (--store, else $RECITAL_STORE, else the embedded
default graph, whose citations keep no text: their symbol and date stand
for it). A store's checksums, which queries skip, are verified first: a
damaged store is reported, never checked.

Exit status: 0 when nothing is found, 1 when something is (or an input
cannot be read), 2 for a usage error.`,
		Example: `  recital check ../shared/corpus/dev --ignore duplicate-document
  recital check ../shared/corpus/dev --only session-year,table-doubt
  recital check A_RES_74_123.xml --format json
  recital check my.store`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			for _, k := range append(slices.Clone(opts.Only), opts.Ignore...) {
				if !slices.Contains(checkKinds, k) {
					return usageErrorf("unknown kind of finding %q: want one of %s", k, strings.Join(checkKinds, ", "))
				}
			}
			opts.Inputs = args
			return runCheck(opts)
		},
	}
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	c.Flags().StringSliceVar(&opts.Only, "only", nil, "report only these kinds of finding: "+strings.Join(checkKinds, ", "))
	c.Flags().StringSliceVar(&opts.Ignore, "ignore", nil, "leave out these kinds of finding")
	c.RegisterFlagCompletionFunc("only", fixedCompletion(checkKinds))
	c.RegisterFlagCompletionFunc("ignore", fixedCompletion(checkKinds))
	c.RegisterFlagCompletionFunc("format", fixedCompletion([]string{"text", "json"}))
	addStoreFlag(c, &opts.Source)
	return c
}

// keepKinds filters findings by --only and --ignore.
func keepKinds(findings []check.Finding, only, ignore []string) []check.Finding {
	return slices.DeleteFunc(findings, func(f check.Finding) bool {
		return len(only) > 0 && !slices.Contains(only, f.Code) || slices.Contains(ignore, f.Code)
	})
}

// xmlNote says how to read the positions of findings in AKN XML files,
// or "" when none is in one.
func xmlNote(findings []check.Finding) string {
	for _, f := range findings {
		if f.Line > 0 && strings.HasSuffix(strings.ToLower(f.Source), ".xml") {
			return "note: line:col in .xml files count in the text Recital derives from the XML (recital extract --format text FILE.xml shows it)"
		}
	}
	return ""
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
	findings := keepKinds(check.Run(g, m), opts.Only, opts.Ignore)
	coverage := check.Coverage(g, m)
	if opts.Format == "json" {
		err = emitJSON(opts.IO.Out, checkJSON{Schema: 1, Count: len(findings), Findings: nonNilFindings(findings), Coverage: coverage})
	} else {
		stop := opts.IO.StartPager()
		err = writeFindings(textOut(opts.IO.Out), findings)
		stop()
	}
	if err != nil {
		return err
	}
	writeCheckSummary(opts.IO.ErrOut, findings, coverage)
	if n := xmlNote(findings); n != "" && opts.Format != "json" {
		fmt.Fprintln(opts.IO.ErrOut, n)
	}
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
		if err := verifyStore(opts.Source.path()); err != nil {
			return nil, false, err
		}
		g, _, err := opts.Source.load()
		return g, false, err
	}
	if len(opts.Inputs) == 1 {
		if err := verifyStore(opts.Inputs[0]); err != nil {
			return nil, false, err
		}
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

// verifyStore checks every checksum of the store at path, which queries
// do not read, and reports a damaged store or one of another layout.
// Anything else (the embedded default for "", a JSON graph, documents, a
// folder) has no checksums and passes.
func verifyStore(path string) error {
	if st, err := os.Stat(path); path == "" || err != nil || !st.Mode().IsRegular() {
		return nil
	}
	err := store.Verify(path)
	var ce *store.CorruptError
	var ve *store.VersionError
	if errors.As(err, &ce) || errors.As(err, &ve) {
		return err
	}
	return nil
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

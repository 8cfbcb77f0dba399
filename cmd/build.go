package cmd

import (
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/store"
)

// buildOptions holds the flags of `recital build`.
type buildOptions struct {
	IO          *IOStreams
	Inputs      []string
	Store       string
	Diagnostics bool
}

// newBuildCmd builds `recital build`.
func newBuildCmd(ios *IOStreams) *cobra.Command {
	opts := &buildOptions{IO: ios}
	c := &cobra.Command{
		Use:   "build [FILE|DIR]... --store FILE",
		Short: "Build a citation graph from documents and save it",
		Long: `Build parses UN documents (plain text, Markdown or Akoma Ntoso XML; a
folder expands to its files), resolves their citations into a graph and
saves it to a store for lineage, cited-by, path and render.

Files that cannot be read are reported on stderr with the reason and left
out; the store is still written from the rest. What the graph cannot
resolve cleanly (a document read twice, a reference that names no UN
document, contradicting dates, a citation of a later document) is counted
on stderr; --diagnostics lists it, file:line:col first.

The store is written to a temporary file and renamed, so a failed build
never leaves a half-written store. --store defaults to $RECITAL_STORE.

Exit status: 0 when every file was read, 1 when one or more could not be
(or nothing could be read), 2 for a usage error.`,
		Example: `  recital build ../shared/corpus/dev/*.txt --store dev.store
  recital lineage 60/45 --store dev.store`,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("build needs at least one FILE or DIR")
			}
			if slices.Contains(args, "-") {
				return usageErrorf("build reads files and folders, not standard input")
			}
			if opts.Store == "" {
				opts.Store = os.Getenv(storeEnv)
			}
			if opts.Store == "" {
				return usageErrorf("build needs --store FILE (or $%s)", storeEnv)
			}
			opts.Inputs = args
			return runBuild(opts)
		},
	}
	c.Flags().StringVar(&opts.Store, "store", "", "the store to write (default $"+storeEnv+")")
	c.Flags().BoolVar(&opts.Diagnostics, "diagnostics", false, "list every diagnostic on stderr, not only their counts")
	return c
}

// runBuild parses the inputs, builds the graph and saves it.
func runBuild(opts *buildOptions) error {
	files, failed := expandInputs(opts.Inputs, opts.IO.ErrOut)
	docs, errs := store.ParseFiles(files, nil)
	for _, err := range errs {
		fmt.Fprintln(opts.IO.ErrOut, "recital:", err)
	}
	if len(docs) == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "recital: no document could be read; %s not written\n", opts.Store)
		return errSilent
	}
	g, err := graph.Build(docs)
	if err != nil {
		return err
	}
	if err := store.Save(opts.Store, g, store.Options{}); err != nil {
		return fmt.Errorf("saving the store: %w", err)
	}
	writeDiagnostics(opts.IO.ErrOut, g.Diagnostics(), opts.Diagnostics)
	fmt.Fprintf(opts.IO.Out, "%s: %s read, %s (%d in the corpus), %s\n", opts.Store,
		plural(len(docs), "document"), plural(g.Len(), "node"), inCorpus(g), plural(len(g.Edges()), "edge"))
	if failed || len(errs) > 0 {
		return errSilent
	}
	return nil
}

// inCorpus counts the nodes whose text was read.
func inCorpus(g *graph.Graph) int {
	n := 0
	for _, node := range g.Nodes() {
		if node.InCorpus {
			n++
		}
	}
	return n
}

// writeDiagnostics lists the diagnostics, or counts them by code.
func writeDiagnostics(w io.Writer, ds []graph.Diagnostic, all bool) {
	if len(ds) == 0 {
		return
	}
	if all {
		for _, d := range ds {
			fmt.Fprintln(w, d)
		}
		return
	}
	counts := map[string]int{}
	for _, d := range ds {
		counts[d.Code]++
	}
	var parts []string
	for _, code := range slices.Sorted(maps.Keys(counts)) {
		parts = append(parts, fmt.Sprintf("%d %s", counts[code], code))
	}
	fmt.Fprintf(w, "diagnostics: %s (--diagnostics lists them)\n", strings.Join(parts, ", "))
}

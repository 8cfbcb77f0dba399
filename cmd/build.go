package cmd

import (
	"fmt"
	"io"
	"maps"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/store"
)

// buildOptions holds the flags of `recital build`.
type buildOptions struct {
	IO          *IOStreams
	Inputs      []string
	Store       string
	Diagnostics bool
	Force       bool
	Jobs        int
	Progress    progressMode
	Wait        bool
}

// newBuildCmd builds `recital build`.
func newBuildCmd(ios *IOStreams) *cobra.Command {
	opts := &buildOptions{IO: ios, Progress: progressAuto}
	c := &cobra.Command{
		Use:   "build [FILE|DIR]... --store FILE",
		Short: "Build a citation graph from documents and save it",
		Long: `Build parses UN documents, resolves their citations into a graph and saves
both in a store for lineage, cited-by, path, render and the other queries,
which open it without parsing anything again.

Formats are recognised from the content: plain text, Markdown, Akoma Ntoso
XML, PDF, Word (.docx), HTML, and any of them gzip-compressed. A folder
expands to its files.

The store is incremental. Building again over the same folders parses
only the files whose content changed (by SHA-256), drops the documents
whose files under those folders are gone, keeps those from other folders,
and parses everything again when the parser's version changes. --force
parses every file and keeps only the documents of the folders given.
Every document keeps its provenance: path, hash, format, parser version.

The store is written to a temporary file, synced and renamed, so a build
that fails or is killed leaves the previous store intact, and a query
running meanwhile reads the old store or the new one, never a mix. A file
that is not a store is never overwritten. One build at a time writes a
store: a second fails at once, or waits with --wait (queries never wait).
A --store that is a symbolic link is followed, and a rebuild keeps the
store's permissions.

PDF files are read in a child process, each under --pdf-memory and
--pdf-timeout: a file that makes the reader hang, crash or outgrow its
memory is reported with the reason and left out.

Files that cannot be read are reported on stderr with the reason and left
out; the store is still written from the rest. A summary follows on
stdout: documents, citations, the graph, diagnostics by kind, failures
and time. What the parser or the graph found odd is counted there;
--diagnostics lists it on stderr, file:line:col first. On a terminal a
progress bar shows on stderr (--progress never hides it).

--store defaults to $RECITAL_STORE.

Exit status: 0 when every file was read, 1 when one or more could not be
(or nothing could be read), 2 for a usage error.`,
		Example: `  recital build ../shared/corpus/dev --store dev.store
  recital build ../shared/corpus/dev --store dev.store    # again: nothing to parse
  recital build downloads/*.pdf.gz --store un.store --diagnostics
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
			if opts.Jobs < 0 {
				return usageErrorf("--jobs must be 0 (one per CPU) or more, not %d", opts.Jobs)
			}
			opts.Inputs = args
			return runBuild(opts)
		},
	}
	c.Flags().StringVar(&opts.Store, "store", "", "the store to write (default $"+storeEnv+")")
	c.Flags().BoolVar(&opts.Diagnostics, "diagnostics", false, "list every diagnostic on stderr, not only their counts")
	c.Flags().BoolVar(&opts.Force, "force", false, "parse every file again and keep only the documents of the folders given")
	c.Flags().IntVarP(&opts.Jobs, "jobs", "j", 0, "files parsed at once (0: one per CPU)")
	c.Flags().Var(&opts.Progress, "progress", "progress bar on stderr: auto (on a terminal), always or never")
	c.Flags().BoolVar(&opts.Wait, "wait", false, "wait for another build of the same store to finish instead of failing")
	addReaderFlags(c)
	return c
}

// runBuild updates the store from the inputs and prints the summary.
func runBuild(opts *buildOptions) error {
	start := time.Now()
	files, failed := expandInputs(opts.Inputs, opts.IO.ErrOut)
	bar := newProgressBar(opts.IO.ErrOut, opts.Progress)
	limited := false
	progress := func(p store.Progress) {
		if !limited {
			limited = true
			limitMemory(p.Bytes)
		}
		bar.update(p)
	}
	res, err := store.Build(opts.Store, store.BuildOptions{
		Roots: opts.Inputs, Files: files, Force: opts.Force, Workers: opts.Jobs,
		Progress: progress, Diagnostics: opts.Diagnostics, Wait: opts.Wait,
	})
	bar.finish()
	if err != nil {
		return err
	}
	for _, f := range res.Failed {
		fmt.Fprintln(textOut(opts.IO.ErrOut), "recital:", f)
	}
	if res.Documents == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "recital: no document could be read; %s not written\n", opts.Store)
		return errSilent
	}
	if opts.Diagnostics {
		for _, d := range res.Diagnostics {
			fmt.Fprintln(textOut(opts.IO.ErrOut), d)
		}
	}
	writeSummary(opts.IO.Out, opts.Store, res, failed, opts.Diagnostics, time.Since(start))
	if failed > 0 || len(res.Failed) > 0 {
		return errSilent
	}
	return nil
}

// Memory of a build: what it keeps grows with the citations found, and
// resolving the graph needs about as much again for a moment. Left to
// itself, Go's collector lets the heap reach twice what is live before it
// collects; a soft limit makes it collect sooner instead. The limit grows
// with the input (minMemoryLimit, or memoryPerInputBytes/2 times its
// size: resolving 100,000 synthetic documents, 238 MB, keeps about 790 MB
// live at its peak), so a large corpus is never starved, and $GOMEMLIMIT
// overrides it.
const (
	minMemoryLimit      = 768 << 20
	memoryPerInputBytes = 7 // per two bytes of input
)

// limitMemory sets the soft memory limit for a build over input bytes.
func limitMemory(input int64) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(max(minMemoryLimit, memoryPerInputBytes*input/2))
}

// writeSummary prints what the build did and what the store holds;
// unlisted is how many inputs could not even be listed (missing files,
// unreadable folders), which count among the errors.
func writeSummary(w io.Writer, name string, res *store.Result, unlisted int, listed bool, took time.Duration) {
	state := "written"
	if !res.Written {
		state = "up to date"
	}
	fmt.Fprintf(w, "%s: %s, %s, %s (%d in the corpus), %s\n", name,
		plural(res.Documents, "document"), plural(res.Citations, "citation"), plural(res.Nodes, "node"), res.InCorpus, plural(res.Edges, "edge"))
	files := fmt.Sprintf("%d parsed, %d unchanged, %d removed", res.Parsed, res.Unchanged, res.Removed)
	if res.Kept > 0 {
		files += fmt.Sprintf(", %d kept from other folders", res.Kept)
	}
	fmt.Fprintf(w, "  store:       %s; files %s\n", state, files)
	if res.Patched {
		fmt.Fprintf(w, "  graph:       patched where the changes reach (%s resolved again)\n", plural(res.Resolved, "document"))
	}
	if res.Rebuilt != "" {
		fmt.Fprintf(w, "  rebuilt:     every file parsed again: %s\n", res.Rebuilt)
	}
	if len(res.Summary.Diagnostics) > 0 {
		hint := " (--diagnostics lists them)"
		if listed {
			hint = " (listed on stderr)"
		}
		fmt.Fprintf(w, "  diagnostics: %s%s\n", countsByCode(res.Summary.Diagnostics), hint)
	}
	if n := len(res.Failed) + unlisted; n > 0 {
		fmt.Fprintf(w, "  errors:      %s could not be read (listed on stderr)\n", plural(n, "file"))
	}
	fmt.Fprintf(w, "  time:        %.2f s\n", took.Seconds())
}

// countsByCode writes counts by diagnostic code, in code order.
func countsByCode(counts map[string]int) string {
	var parts []string
	for _, code := range slices.Sorted(maps.Keys(counts)) {
		parts = append(parts, fmt.Sprintf("%d %s", counts[code], code))
	}
	return strings.Join(parts, ", ")
}

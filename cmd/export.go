package cmd

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/export"
	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/store"
)

// exportOptions holds the flags of `recital export`.
type exportOptions struct {
	IO        *IOStreams
	Source    source
	Ref       string // "" for the whole graph
	Format    export.Format
	Output    string // a file, a folder, or "-" for stdout
	Depth     int
	CitedBy   bool
	SourceDir string
}

// newExportCmd builds `recital export`.
func newExportCmd(ios *IOStreams) *cobra.Command {
	opts := &exportOptions{IO: ios}
	var format string
	c := &cobra.Command{
		Use:   "export [X|EXPR] --format FORMAT -o PATH",
		Short: "Write the graph, or a lineage, for Gephi, Neo4j, pandas, Obsidian, Zotero, Pandoc…",
		Long: `Export writes the citation graph in a format other tools open. Given a
document X, it writes the lineage of X (what it builds on; with --cited-by,
what builds on it; --depth limits the generations) and every citation among
those documents. Given a query expression (see 'recital help query'), it
writes the documents the expression selects and every citation among them:
'descendants(1514 (XV), 1) & body(SC)'. Without either, the whole graph
(for the vault, a note per document: about 15,000 for the embedded default
graph).

Formats (--format):
  json      node-link JSON (nodes, links with every occurrence); --store
            reads it back, so every query runs on an export
  graphml   GraphML with typed attributes, for Gephi, yEd and networkx
  gexf      GEXF with adoption dates, for Gephi's timeline
  csv       a folder: nodes.csv, edges.csv, occurrences.csv and
            import.cypher for Neo4j's LOAD CSV; formula-like cells are
            written with a leading '
  mermaid   a Mermaid flowchart, for Markdown notes
  dot       Graphviz DOT carrying every attribute ('recital render' draws
            the styled diagram)
  vault     a folder of Markdown notes for Obsidian or Logseq: one per
            document (front matter, "Builds on" and "Cited by" with
            [[wikilinks]] and the citing sentences) and index.md
  bibtex    BibTeX/biblatex entries; keys Pandoc accepts, e.g.
            S/RES/1373(2001) → SRES1373_2001
  csl-json  CSL-JSON items with the same keys, for Zotero and
            pandoc --citeproc
  html      X's own text with every citation linked (needs X)

-o names the file, or the folder for csv and vault (created if needed;
files of the same names are replaced, other files are left alone, and a
file that already holds the same bytes is not written again, so that
its modification time stays); -o -
writes a one-file format to standard output. The same graph always gives
the same bytes.

The vault quotes each citation's sentence, and html annotates the text,
when the files the graph was built from can be read again: at the paths
recorded by 'recital build', relative to --source-dir (default: the
current folder). The embedded default graph was built in the shared
folder (../shared).

Exit status: 0 when written, 1 when the export could not be made, 2 for a
usage error, 3 when X is not in the graph.`,
		Example: `  recital export --format json -o graph.json
  recital lineage 62/10 --store graph.json
  recital export 60/45 --format vault -o notes --source-dir ../shared
  recital export '1373 (2001)' --format bibtex -o un.bib
  recital export 'descendants(1514 (XV), 1) & body(SC)' --format bibtex -o -
  recital export 'series(80/16)' --format sqlite -o ict.db
  recital export 60/45 --depth 1 --format mermaid -o -
  recital export 80/16 --format html -o 80-16.html --source-dir ../shared`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Ref = strings.Join(args, " ")
			if err := checkExport(opts, format); err != nil {
				return err
			}
			return runExport(opts)
		},
	}
	c.Flags().StringVar(&format, "format", "", "the format to write: "+strings.Join(export.Names(), ", "))
	c.RegisterFlagCompletionFunc("format", fixedCompletion(export.Names()))
	c.ValidArgsFunction = symbolCompletion(&opts.Source)
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "the file (or folder, for csv and vault) to write; - for standard output")
	c.Flags().IntVar(&opts.Depth, "depth", 0, "with X: stop after this many generations (0: all)")
	c.Flags().BoolVar(&opts.CitedBy, "cited-by", false, "with X: export what builds on X instead of what X builds on")
	c.Flags().StringVar(&opts.SourceDir, "source-dir", "", "the folder the graph's source paths are relative to (default: the current folder)")
	addStoreFlag(c, &opts.Source)
	return c
}

// checkExport validates the command line and sets opts.Format.
func checkExport(opts *exportOptions, format string) error {
	f, ok := export.Lookup(format)
	switch {
	case format == "":
		return usageErrorf("export needs --format: one of %s", strings.Join(export.Names(), ", "))
	case !ok:
		return usageErrorf("unknown --format %q: want one of %s", format, strings.Join(export.Names(), ", "))
	case opts.Output == "":
		return usageErrorf("export needs -o PATH (- for standard output)")
	case opts.Output == "-" && f.Folder():
		return usageErrorf("--format %s writes a folder: -o needs a folder, not -", format)
	case opts.Depth < 0:
		return usageErrorf("--depth must be 0 (all) or more, not %d", opts.Depth)
	case opts.Ref == "" && (opts.Depth > 0 || opts.CitedBy):
		return usageErrorf("--depth and --cited-by need a document X")
	case opts.Ref == "" && format == "html":
		return usageErrorf("--format html annotates one document: name it, e.g. recital export 60/45 --format html -o 60-45.html")
	}
	opts.Format = f
	return nil
}

// runExport chooses the subgraph and writes it, file by file as the
// format makes them (see exportOutput).
func runExport(opts *exportOptions) error {
	g, name, err := opts.Source.load()
	if err != nil {
		return err
	}
	s, err := exportSubgraph(g, name, opts)
	if err != nil {
		return err
	}
	if s.Facts, err = exportFacts(); err != nil {
		return err
	}
	s.Progress = exportProgress(opts.IO)
	texts := export.NewTexts(func(src string) ([]byte, error) { return os.ReadFile(sourcePath(opts.SourceDir, src)) })
	s.Texts = texts
	out := newExportOutput(opts)
	if err := opts.Format.Write(out, s); err != nil {
		out.Abort()
		if opts.Format.Name() == "html" && len(texts.Missing()) > 0 {
			return fmt.Errorf("%w\nhint: --source-dir names the folder the graph was built in", err)
		}
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	reportTexts(opts, texts)
	fmt.Fprintf(opts.IO.ErrOut, "%s: %s, %s, %s\n", displayPath(opts.Output), opts.Format.Name(), plural(len(s.Nodes), "document"), plural(len(s.Edges), "citation"))
	return nil
}

// exportSubgraph returns the whole graph, the lineage of the document
// opts.Ref, or the selection of the query expression opts.Ref with the
// citations among its documents.
func exportSubgraph(g *graph.Graph, name string, opts *exportOptions) (*export.Subgraph, error) {
	if opts.Ref == "" {
		return export.Whole(g), nil
	}
	if isExpression(opts.Ref) {
		if opts.Depth > 0 || opts.CitedBy {
			return nil, usageErrorf("--depth and --cited-by take a document, not an expression: write the walk in the expression, e.g. 'descendants(%s, 2)'", "1514 (XV)")
		}
		ix, err := newQueryIndex(g, name)
		if err != nil {
			return nil, err
		}
		r, q, err := evalExpr(ix, opts.Ref, opts.IO.ErrOut)
		if err != nil {
			return nil, err
		}
		if len(r.Nodes) == 0 {
			return nil, &NoResultError{Err: fmt.Errorf("%s denotes no document in %s", opts.Ref, name)}
		}
		if opts.Format.Name() == "html" {
			return nil, usageErrorf("--format html annotates one document, and %s denotes %d", opts.Ref, len(r.Nodes))
		}
		return export.Selection(g, r.Nodes, nil, q.String()), nil
	}
	n, err := resolve(g, name, opts.Ref)
	if err != nil {
		return nil, err
	}
	walk := g.Lineage
	if opts.CitedBy {
		walk = g.CitedBy
	}
	l, err := walk(n.ID, opts.Depth)
	if err != nil {
		return nil, err
	}
	return export.Lineage(g, l)
}

// reportTexts says on stderr which source files the vault could not
// quote from.
func reportTexts(opts *exportOptions, texts *export.Texts) {
	if opts.Format.Name() != "vault" {
		return
	}
	if missing := texts.Missing(); len(missing) > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "recital: %s could not be read, so their citations are not quoted (first: %s)\n"+
			"hint: --source-dir names the folder the graph was built in\n", plural(len(missing), "source file"), missing[0])
	}
	if n := texts.Stale(); n > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "recital: %s not quoted: their source files no longer show them where the graph says (changed, or read by another parser version, since the graph was built)\n", plural(n, "citation"))
	}
}

// sourcePath is where a source file recorded in the graph is read from.
func sourcePath(dir, src string) string {
	if dir == "" || filepath.IsAbs(src) {
		return filepath.FromSlash(src)
	}
	return filepath.Join(dir, filepath.FromSlash(src))
}

// displayPath names the output in messages.
func displayPath(p string) string {
	if p == "-" {
		return "standard output"
	}
	return p
}

// loadGraphFile reads the graph at path: a store made by 'recital build',
// or a JSON graph made by 'recital export --format json'.
func loadGraphFile(path string) (*graph.Graph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	head, _ := br.Peek(512)
	if t := bytes.TrimLeft(head, " \t\r\n"); len(t) == 0 || t[0] != '{' && t[0] != '[' {
		return store.Load(path)
	}
	g, err := export.ReadJSON(br)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// exportProgress shows on stderr, when it is a terminal, how far a long
// export has got ("vault: quoting 1200/3255 files"), redrawn in place at
// most ten times a second; nil when stderr is not a terminal.
func exportProgress(ios *IOStreams) func(stage string, done, total int) {
	if !ios.errTTY {
		return nil
	}
	var last time.Time
	return func(stage string, done, total int) {
		if done < total && time.Since(last) < progressInterval {
			return
		}
		last = time.Now()
		fmt.Fprintf(ios.ErrOut, "\r\x1b[Kexport: %s %d/%d", stage, done, total)
		if done == total {
			fmt.Fprint(ios.ErrOut, "\r\x1b[K")
		}
	}
}

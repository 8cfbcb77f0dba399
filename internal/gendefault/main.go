// Command gendefault regenerates Recital's embedded default graph
// (package data) from the shared corpus:
//
//	go run ./internal/gendefault -shared ../shared -o data/default.store.gz
//
// It parses ../shared/corpus/dev/*.txt, the English bulk corpora
// (corpus/bulk/akn, sc-text, sc-akn, hrc-akn, ga-dec-akn) and seeds/*.txt,
// builds the graph and writes it as a store holding the graph alone,
// compact (no document text, no diagnostics) and gzip-compressed. Files
// that cannot be parsed are reported and left out. Output is
// deterministic: the same corpus and parser give the same bytes.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/store"
)

// inputs are the globs, relative to the shared directory, whose files make
// up the default graph.
var inputs = []string{
	"corpus/dev/*.txt",
	"corpus/bulk/akn/*.xml",
	"corpus/bulk/sc-text/*.txt",
	"corpus/bulk/sc-akn/*.xml",
	"corpus/bulk/hrc-akn/*.xml",
	"corpus/bulk/ga-dec-akn/*.xml",
	"seeds/*.txt",
	// French and Spanish versions: languages of the same nodes (the
	// edges of a document read in English come from its English text).
	"corpus/dev/fr/*.txt",
	"corpus/dev/es/*.txt",
	"corpus/fr/*/*.xml",
	"corpus/es/*/*.xml",
}

func main() {
	shared := flag.String("shared", "../shared", "the shared directory holding corpus/ and seeds/")
	out := flag.String("o", "data/default.store.gz", "the compressed store to write")
	flag.Parse()
	if err := run(*shared, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gendefault:", err)
		os.Exit(1)
	}
}

// run generates the graph and saves it.
func run(shared, out string, stderr io.Writer) error {
	g, err := generate(shared, stderr)
	if err != nil {
		return err
	}
	b, err := encode(g)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	info, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gendefault: %d nodes, %d edges, %d bytes → %s\n", g.Len(), g.EdgeCount(), info.Size(), out)
	return nil
}

// encode writes g as the default graph is stored: a compact store
// holding the graph alone, gzip-compressed.
func encode(g *graph.Graph) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if err := store.Write(zw, g, store.Options{Compact: true}); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// generate parses the inputs under shared and builds the graph. Files that
// fail to parse are reported to stderr and left out.
func generate(shared string, stderr io.Writer) (*graph.Graph, error) {
	paths, err := inputFiles(shared)
	if err != nil {
		return nil, err
	}
	docs, errs := store.ParseFiles(paths, func(p string) string {
		rel, _ := filepath.Rel(shared, p)
		return filepath.ToSlash(rel)
	})
	for _, err := range errs {
		fmt.Fprintln(stderr, err)
	}
	return graph.Build(docs)
}

// inputFiles lists the input files under shared, sorted.
func inputFiles(shared string) ([]string, error) {
	var paths []string
	for _, pattern := range inputs {
		m, err := filepath.Glob(filepath.Join(shared, pattern))
		if err != nil {
			return nil, err
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no input files under %s (looked for %v)", shared, inputs)
	}
	slices.Sort(paths)
	return paths, nil
}

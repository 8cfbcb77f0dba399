// Command bench measures Recital against the targets of docs/scale.md,
// on the shared corpus and on synthetic corpora, and prints the table
// with the commands it ran:
//
//	go run ./internal/bench run -shared ../shared -work /tmp/recital-bench
//	go run ./internal/bench synth -n 100000 -o /tmp/synth100k
//
// run builds the recital binary, prepares its inputs under -work (the dev
// texts copied 8 times, a synthetic corpus of -n documents), and times
// whole processes: extraction on one core against ripgrep finding the
// same symbol shapes, builds from scratch and with nothing changed,
// queries from the store with the Graphviz compile cache warm and cold,
// and a render; then in-process queries. Times are medians of -runs runs
// (best of -runs where the target says so); peak RSS comes from the
// kernel's accounting of the child process.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/recital-un/recital/internal/synth"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "synth":
		synthMain(os.Args[2:])
	case "run":
		runMain(os.Args[2:])
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: go run ./internal/bench run [-shared DIR] [-work DIR] [-runs N] [-n DOCS]\n       go run ./internal/bench synth -n DOCS -o DIR [-seed S]")
	os.Exit(2)
}

// synthMain writes a synthetic corpus.
func synthMain(args []string) {
	fs := flag.NewFlagSet("synth", flag.ExitOnError)
	n := fs.Int("n", 100000, "number of documents")
	seed := fs.Uint64("seed", 1, "seed: the same seed gives the same corpus")
	out := fs.String("o", "", "the folder to write")
	fs.Parse(args)
	if *out == "" {
		usage()
	}
	start := time.Now()
	st, err := synth.Write(*out, synth.Options{Docs: *n, Seed: *seed})
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d documents, %.1f MB, %d citations written in %.1f s\n", *out, st.Docs, float64(st.Bytes)/1e6, st.Citations, time.Since(start).Seconds())
}

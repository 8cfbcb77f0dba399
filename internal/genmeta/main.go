// Command genmeta regenerates Recital's embedded metadata index (package
// meta) from the tables in the shared corpus and from the embedded default
// graph:
//
//	go run ./internal/genmeta -shared ../shared -o meta/index.tsv.gz
//
// or 'go generate ./meta'. It reads corpus/meta/unxml_*.jsonl (GA and
// ECOSOC), nklotz_UNSC_Resolutions.csv (SC) and
// dw_unhrc_resolutions_data_sheet.csv (HRC), then adds, for documents the
// tables do not list, what the default graph (package data) knows: the
// date and title of each document read, and the date and title most
// citations give a document that is only cited. Regenerate the default
// graph first when the corpus or the parser changed. Rows that name no
// resolution are counted and left out. Output is deterministic.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/meta"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared directory holding corpus/meta")
	out := flag.String("o", "meta/index.tsv.gz", "the index to write")
	flag.Parse()
	if err := run(*shared, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "genmeta:", err)
		os.Exit(1)
	}
}

// run generates the index and writes it.
func run(shared, out string, log io.Writer) error {
	g, err := data.Default()
	if err != nil {
		return err
	}
	recs, err := generate(filepath.Join(shared, "corpus", "meta"), g, log)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := meta.Write(f, recs); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	info, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "genmeta: %d records, %d bytes → %s\n", len(recs), info.Size(), out)
	return nil
}

// generate reads the tables in dir, adds the facts of g for documents they
// do not list, and returns the records sorted.
func generate(dir string, g *graph.Graph, log io.Writer) ([]meta.Record, error) {
	var recs []meta.Record
	for _, read := range []func(string, io.Writer) ([]meta.Record, error){readUNxml, readUNxmlSC, readUNxmlHRC, readNKlotz, readDW} {
		r, err := read(dir, log)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r...)
	}
	recs = dedupe(recs)
	recs = append(recs, corpusFacts(g, listed(recs))...)
	desc, err := describedTitles(filepath.Dir(filepath.Dir(dir)), log)
	if err != nil {
		return nil, err
	}
	recs = addDescribed(recs, desc)
	meta.Sort(recs)
	return recs, nil
}

// dedupe keeps one record of each document part: the first in table
// order, its empty fields filled from later tables (the UNxml SC table
// gives dates and titles, n-klotz the years and topics of older ones).
func dedupe(recs []meta.Record) []meta.Record {
	seen := map[[2]string]int{}
	out := recs[:0]
	for _, r := range recs {
		k := [2]string{r.ID, r.Parts}
		i, ok := seen[k]
		if !ok {
			seen[k] = len(out)
			out = append(out, r)
			continue
		}
		o := &out[i]
		if o.Date == "" && r.Date != "" {
			o.Date, o.Year = r.Date, r.Year
		}
		o.Year = cmp.Or(o.Year, r.Year)
		o.Title = cmp.Or(o.Title, r.Title)
		o.Agenda = cmp.Or(o.Agenda, r.Agenda)
	}
	return out
}

// listed returns the IDs the records hold.
func listed(recs []meta.Record) map[string]bool {
	ids := make(map[string]bool, len(recs))
	for _, r := range recs {
		ids[r.ID] = true
	}
	return ids
}

// corpusFacts returns a record for each node of g that has a date or a
// title and that the tables do not list: what its own text says when it
// was read, else what most citations say.
func corpusFacts(g *graph.Graph, have map[string]bool) []meta.Record {
	var recs []meta.Record
	for _, n := range g.Nodes() {
		if have[n.ID] || n.Date == "" && n.Title == "" {
			continue
		}
		src := meta.SourceCited
		if n.InCorpus {
			src = meta.SourceText
		}
		recs = append(recs, meta.Record{ID: n.ID, Date: n.Date, Year: yearOf(n.Date), Title: n.Title, Source: src})
	}
	return recs
}

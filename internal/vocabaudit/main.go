// Command vocabaudit checks the French and Spanish verb tables of the
// parser (parser/vocab_fr.go, vocab_es.go) against the UN's own
// translations. It reads the official AKN XML of the same resolutions in
// English (corpus/bulk) and in the other language (corpus/fr, corpus/es),
// lines their paragraphs up (preambular paragraphs by position, operative
// ones by number, only where both versions have as many), and counts, for
// each opening of one to parser.OpeningWords words, the relations of the
// English paragraphs it stands for. It prints two lists per language:
//
//   - unknown: openings the verb tables give no relation, with the
//     relation the English versions give them: rows to add;
//   - disagree: openings whose English relation, in most of their
//     documents, differs from the tables' answer: where one verb renders
//     several English openers ("Souligne" for "Stresses", "Emphasizes" and
//     "Underlines"), the table keeps the one the dev documents confirm,
//     and this list shows the spread.
//
// Run it from the project's root:
//
//	go run ./internal/vocabaudit -shared ../shared [-min 4] [-share 0.5]
//
// The texts of corpus/dev are left out, so that the dev scores measure
// the tables on documents they were not checked against.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/recital-un/recital/parser"
)

// families pairs the folders of one language with the English bulk
// folders of the same documents. Decisions are left out: their relations
// follow their own rule (the verb that governs each citation).
var families = [][2]string{
	{"ga-akn", "bulk/akn"},
	{"sc-akn", "bulk/sc-akn"},
	{"hrc-akn", "bulk/hrc-akn"},
}

// settings are the report's thresholds.
type settings struct {
	minDocs int     // the fewest documents an opening stands in
	share   float64 // the least share of its paragraphs the relation has
	cited   bool    // weigh each paragraph by the documents it cites
}

func main() {
	shared := flag.String("shared", "../shared", "the shared folder")
	minDocs := flag.Int("min", 4, "the fewest documents an opening must stand in")
	share := flag.Float64("share", 0.5, "the least share of an opening's paragraphs its English relation must have")
	cited := flag.Bool("cited", false, "count each paragraph once per document it cites (paragraphs that cite nothing not at all), as the gold scores relations")
	flag.Parse()
	if err := run(os.Stdout, *shared, settings{*minDocs, *share, *cited}); err != nil {
		fmt.Fprintln(os.Stderr, "vocabaudit:", err)
		os.Exit(1)
	}
}

// tally counts, for one opening, the English relations it stood for,
// the relations the verb tables gave it and the documents it stood in.
type tally struct {
	relations map[string]int
	vocab     map[string]int
	docs      map[string]bool
}

func run(w io.Writer, shared string, set settings) error {
	corpus := filepath.Join(shared, "corpus")
	if _, err := os.Stat(corpus); err != nil {
		return fmt.Errorf("%s not found: the audit reads the shared corpus", corpus)
	}
	for _, lang := range []string{"fr", "es"} {
		counts, pairs, agree, err := count(corpus, lang, set.cited)
		if err != nil {
			return err
		}
		unknown, disagree := findings(counts, set)
		what := "paragraphs"
		if set.cited {
			what = "citations"
		}
		fmt.Fprintf(w, "== %s: %d document pairs; the relation agrees with the English version's in %d of %d %s (%.4f)\n",
			lang, pairs, agree[0], agree[1], what, float64(agree[0])/float64(max(agree[1], 1)))
		for _, list := range []struct {
			name string
			rows []finding
		}{{"unknown", unknown}, {"disagree", disagree}} {
			fmt.Fprintf(w, "-- %s: %d openings\n", list.name, len(list.rows))
			for _, f := range list.rows {
				fmt.Fprintf(w, "  %-40s %-18s %-18s %4d/%-4d paragraphs, %d documents\n", f.words, orDash(f.table), f.english, f.n, f.total, f.docs)
			}
		}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// count reads every pair of language versions and tallies the openings
// of lang.
func count(corpus, lang string, cited bool) (counts map[string]*tally, pairCount int, agree [2]int, err error) {
	heldOut := map[string]bool{}
	dev, _ := filepath.Glob(filepath.Join(corpus, "dev", lang, "*"))
	for _, d := range dev {
		name := filepath.Base(d)
		heldOut[strings.TrimSuffix(name, filepath.Ext(name))] = true
	}
	type pair struct{ foreign, english string }
	var pairs []pair
	for _, f := range families {
		files, err := filepath.Glob(filepath.Join(corpus, lang, f[0], "*.xml"))
		if err != nil {
			return nil, 0, agree, err
		}
		for _, path := range files {
			name := filepath.Base(path)
			if heldOut[strings.TrimSuffix(name, ".xml")] {
				continue
			}
			en := filepath.Join(corpus, f[1], name)
			if _, err := os.Stat(en); err == nil {
				pairs = append(pairs, pair{path, en})
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].foreign < pairs[j].foreign })

	aligned := make([][][2]paragraph, len(pairs))
	errs := make([]error, len(pairs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fp, err := paragraphs(pairs[i].foreign, false)
				if err == nil {
					var ep []paragraph
					if ep, err = paragraphs(pairs[i].english, cited); err == nil {
						aligned[i] = align(fp, ep)
					}
				}
				errs[i] = err
			}
		}()
	}
	for i := range pairs {
		next <- i
	}
	close(next)
	wg.Wait()

	counts = map[string]*tally{}
	for i, ps := range aligned {
		if errs[i] != nil {
			return nil, 0, agree, errs[i]
		}
		for _, a := range ps {
			foreign, english := a[0], a[1]
			if english.Relation == "" || english.Cites == 0 {
				continue
			}
			agree[1] += english.Cites
			if foreign.Relation == english.Relation {
				agree[0] += english.Cites
			}
			for k := 1; k <= len(foreign.Words); k++ {
				key := strings.Join(foreign.Words[:k], " ")
				t := counts[key]
				if t == nil {
					t = &tally{relations: map[string]int{}, vocab: map[string]int{}, docs: map[string]bool{}}
					counts[key] = t
				}
				t.relations[english.Relation] += english.Cites
				t.vocab[foreign.Relation] += english.Cites
				t.docs[filepath.Base(pairs[i].foreign)] = true
			}
		}
	}
	return counts, len(pairs), agree, nil
}

// paragraph is one paragraph of a version and the number of documents
// it cites, in its text or in the notes its markers point at.
type paragraph struct {
	parser.Paragraph
	Cites int
}

// paragraphs parses the file at path and returns its preambular and
// operative paragraphs. With cited, each counts the distinct documents it
// cites; without, each counts 1.
func paragraphs(path string, cited bool) ([]paragraph, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := parser.Parse(path, data)
	if err != nil {
		return nil, err
	}
	// A citation names its paragraph by number and relation; a note's
	// citation by the number of the paragraph its marker stands in, which
	// is preambular or operative as its relation is.
	type at struct {
		loc parser.Location
		num int
		rel string
	}
	targets := map[at]map[string]bool{}
	for _, c := range doc.Citations {
		k := at{c.Location, c.Paragraph, c.Relation}
		if targets[k] == nil {
			targets[k] = map[string]bool{}
		}
		targets[k][c.Target] = true
	}
	var out []paragraph
	for _, p := range parser.Paragraphs(doc) {
		if p.Location != parser.LocPreamble && p.Location != parser.LocOperative {
			continue
		}
		n := 1
		if cited {
			seen := map[string]bool{}
			for _, loc := range []parser.Location{p.Location, parser.LocFootnote} {
				for t := range targets[at{loc, p.Number, p.Relation}] {
					seen[t] = true
				}
			}
			n = len(seen)
		}
		out = append(out, paragraph{p, n})
	}
	return out, nil
}

// align pairs the paragraphs of two versions of one resolution: the
// preambular ones by position and the operative ones by number, each only
// where both versions have as many (a version that splits or joins a
// paragraph would shift every pair after it).
func align(a, b []paragraph) [][2]paragraph {
	split := func(ps []paragraph) (pre []paragraph, op map[int]paragraph, ops int) {
		op = map[int]paragraph{}
		for _, p := range ps {
			if p.Location == parser.LocPreamble {
				pre = append(pre, p)
				continue
			}
			ops++
			if _, seen := op[p.Number]; !seen { // a subparagraph repeats its paragraph's number
				op[p.Number] = p
			}
		}
		return pre, op, ops
	}
	apre, aop, aops := split(a)
	bpre, bop, bops := split(b)
	var out [][2]paragraph
	if len(apre) == len(bpre) {
		for i := range apre {
			out = append(out, [2]paragraph{apre[i], bpre[i]})
		}
	}
	if aops == bops && len(aop) == len(bop) {
		nums := make([]int, 0, len(aop))
		for n := range aop {
			nums = append(nums, n)
		}
		sort.Ints(nums)
		for _, n := range nums {
			if q, ok := bop[n]; ok {
				out = append(out, [2]paragraph{aop[n], q})
			}
		}
	}
	return out
}

// finding is one opening of the report.
type finding struct {
	words    string
	table    string // the relation the verb tables give
	english  string // the relation most English versions give
	n, total int    // paragraphs giving english, paragraphs in all
	docs     int
}

// findings lists the openings used by at least set.minDocs documents
// whose most given English relation, given by at least set.share of their
// paragraphs, differs from the one their shorter opening was reported
// with, or else from the verb tables' answer: the openings the tables
// leave unknown, and those they answer otherwise. Ties go to the relation
// first in alphabetical order, so that the report is the same on every
// run.
func findings(counts map[string]*tally, set settings) (unknown, disagree []finding) {
	keys := make([]string, 0, len(counts))
	for k, t := range counts {
		if len(t.docs) >= set.minDocs {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		ni, nj := strings.Count(keys[i], " "), strings.Count(keys[j], " ")
		if ni != nj {
			return ni < nj
		}
		return keys[i] < keys[j]
	})
	reported := map[string]string{}
	for _, k := range keys {
		t := counts[k]
		best, bestN, total := most(t.relations)
		table, _, _ := most(t.vocab)
		words := strings.Fields(k)
		without, found := table, false
		for j := len(words) - 1; j > 0 && !found; j-- {
			var rel string
			if rel, found = reported[strings.Join(words[:j], " ")]; found {
				without = rel
			}
		}
		if best == without || float64(bestN) < set.share*float64(total) {
			continue
		}
		reported[k] = best
		f := finding{k, table, best, bestN, total, len(t.docs)}
		if table == "" {
			unknown = append(unknown, f)
		} else {
			disagree = append(disagree, f)
		}
	}
	byWords := func(fs []finding) {
		sort.Slice(fs, func(i, j int) bool { return fs[i].words < fs[j].words })
	}
	byWords(unknown)
	byWords(disagree)
	return unknown, disagree
}

// most returns the key of counts with the highest count (the first in
// alphabetical order among equals), its count, and the sum of all counts.
func most(counts map[string]int) (best string, bestN, total int) {
	bestN = -1
	for k, n := range counts {
		total += n
		if n > bestN || (n == bestN && k < best) {
			best, bestN = k, n
		}
	}
	return best, bestN, total
}

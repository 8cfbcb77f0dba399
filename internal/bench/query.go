package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/store"
)

// storeCounts returns the documents, edges and graph section bytes of a
// store.
func storeCounts(st string) (docs, edges int, graphBytes int64) {
	info, err := store.Inspect(st)
	must(err)
	return info.Documents, info.Edges, info.Sections["graph"]
}

// queryNodes picks what to ask of a graph: the most recent document in
// the corpus (a deep lineage) and the most cited document (a hub).
func queryNodes(g *graph.Graph) (recent, hub string) {
	var best int
	for _, n := range g.Nodes() {
		if n.InCorpus && (recent == "" || n.Date > g.Node(recent).Date || n.Date == g.Node(recent).Date && n.ID > recent) {
			recent = n.ID
		}
		if l, err := g.CitedBy(n.ID, 1); err == nil && l.Count() > best {
			best, hub = l.Count(), n.ID
		}
	}
	return recent, hub
}

// queries times lineage and cited-by on the synthetic store, as whole
// processes with the Graphviz compile cache warm and cold, and the same
// depth-2 lineage on the bulk store: a question about a few documents
// should cost the same whatever the size of the store.
func (b *bench) queries() {
	st := b.synthStore()
	if _, err := os.Stat(st); err != nil {
		b.synthBuild()
	}
	g, err := store.Load(st)
	must(err)
	recent, hub := queryNodes(g)
	b.sameQuestion(recent)
	warm := filepath.Join(b.work, "tmp-warm")
	must(os.MkdirAll(warm, 0o755))
	cold := filepath.Join(b.work, "tmp-cold")
	fresh := func() { os.RemoveAll(cold); must(os.MkdirAll(cold, 0o755)) }
	runs := max(b.runs, 7)
	for _, q := range []struct {
		what, target string
		args         []string
	}{
		{"lineage --depth 2 of the latest document " + recent, "< 100 ms, < 60 MB", []string{"lineage", recent, "--depth", "2"}},
		{"lineage (all generations) of " + recent, "< 400 ms", []string{"lineage", recent}},
		{"cited-by --depth 1 of the most cited " + hub, "< 300 ms", []string{"cited-by", hub, "--depth", "1"}},
	} {
		args := append(q.args, "--store", st)
		measure(1, nil, []string{"TMPDIR=" + warm}, b.bin, args...) // fill the cache
		w := measure(runs, nil, []string{"TMPDIR=" + warm}, b.bin, args...)
		c := measure(runs, fresh, []string{"TMPDIR=" + cold}, b.bin, args...)
		l := lineageOf(g, q.args)
		b.add(fmt.Sprintf("%s, %d documents (median of %d)", q.what, l.Count(), runs), q.target,
			fmt.Sprintf("warm %.0f ms (CPU %.0f ms), cold %.0f ms, peak RSS %d MB", ms(w.median()), ms(w.cpuMedian()), ms(c.median()), w.maxRSS>>20),
			"recital "+joinArgs(args)+" > /dev/null")
	}
}

// sameQuestion times lineage --depth 2 of the latest document on the
// synthetic store and on the bulk store, alternating runs so that both
// see the same load, and reports the ratio.
func (b *bench) sameQuestion(recent string) {
	bulk := filepath.Join(b.work, "bulk.store")
	if _, err := os.Stat(bulk); err != nil {
		must(run(exec.Command(b.bin, "build", filepath.Join(b.shared, "corpus", "bulk"), "--store", bulk, "--progress", "never")))
	}
	bg, err := store.Load(bulk)
	must(err)
	bulkRecent, _ := queryNodes(bg)
	var big, small timing
	for range max(b.runs, 11) {
		x := measure(1, nil, nil, b.bin, "lineage", recent, "--depth", "2", "--store", b.synthStore())
		y := measure(1, nil, nil, b.bin, "lineage", bulkRecent, "--depth", "2", "--store", bulk)
		big.times, big.cpu, big.maxRSS = append(big.times, x.times...), append(big.cpu, x.cpu...), max(big.maxRSS, x.maxRSS)
		small.times, small.cpu, small.maxRSS = append(small.times, y.times...), append(small.cpu, y.cpu...), max(small.maxRSS, y.maxRSS)
	}
	ratio := func(a, b time.Duration) float64 { return float64(a) / float64(max(b, 1)) }
	b.add(fmt.Sprintf("lineage --depth 2 of the latest document, synthetic store (%s) against bulk store (%s), alternating, median of %d", recent, bulkRecent, len(big.times)),
		"≤ 1.5×, < 100 ms, < 60 MB",
		fmt.Sprintf("synthetic %.0f ms (CPU %.0f ms, %d MB), bulk %.0f ms (CPU %.0f ms, %d MB): %.2f× wall, %.2f× CPU",
			ms(big.median()), ms(big.cpuMedian()), big.maxRSS>>20, ms(small.median()), ms(small.cpuMedian()), small.maxRSS>>20,
			ratio(big.median(), small.median()), ratio(big.cpuMedian(), small.cpuMedian())),
		"recital lineage "+recent+" --depth 2 --store synth.store; recital lineage "+bulkRecent+" --depth 2 --store bulk.store")
}

// vault times the export of the whole embedded default graph as a vault.
//
// Each run writes into a folder of its own, the folders removed only
// after the last run: removing 19,000 files keeps the kernel busy for a
// while, which a removal just before each run would charge to it. Then
// the same export again into the first folder, whose notes it leaves as
// they are.
func (b *bench) vault() {
	var outs []string
	defer func() {
		for _, o := range outs {
			os.RemoveAll(o)
		}
	}()
	for i := range b.runs {
		o := filepath.Join(b.work, fmt.Sprintf("vault%d", i))
		os.RemoveAll(o)
		outs = append(outs, o)
	}
	var t timing
	for _, o := range outs {
		one := measure(1, nil, nil, b.bin, "export", "--format", "vault", "-o", o)
		t.times, t.cpu, t.maxRSS = append(t.times, one.times...), append(t.cpu, one.cpu...), max(t.maxRSS, one.maxRSS)
	}
	again := measure(b.runs, nil, nil, b.bin, "export", "--format", "vault", "-o", outs[0])
	b.add("export --format vault of the whole default graph into a new folder (median)", "< 3 s",
		fmt.Sprintf("%.2f s (CPU %.2f s), peak RSS %d MB", t.median().Seconds(), t.cpuMedian().Seconds(), t.maxRSS>>20),
		"recital export --format vault -o vault")
	b.add("the same again into the same folder (median)", "< 3 s",
		fmt.Sprintf("%.2f s (CPU %.2f s), peak RSS %d MB", again.median().Seconds(), again.cpuMedian().Seconds(), again.maxRSS>>20),
		"recital export --format vault -o vault")
}

// lineageOf answers a lineage or cited-by command line in process.
func lineageOf(g *graph.Graph, args []string) *graph.Lineage {
	depth := 0
	if len(args) == 4 {
		fmt.Sscan(args[3], &depth)
	}
	var l *graph.Lineage
	var err error
	if args[0] == "cited-by" {
		l, err = g.CitedBy(args[1], depth)
	} else {
		l, err = g.Lineage(args[1], depth)
	}
	must(err)
	return l
}

// inProcess times loading the synthetic store and the same queries on
// the loaded graph.
func (b *bench) inProcess() {
	st := b.synthStore()
	if _, err := os.Stat(st); err != nil {
		b.synthBuild()
	}
	var loads []time.Duration
	var g *graph.Graph
	for range max(b.runs, 5) {
		start := time.Now()
		var err error
		g, err = store.Load(st)
		must(err)
		loads = append(loads, time.Since(start))
	}
	b.add(fmt.Sprintf("store.Load of the synthetic store, %d nodes, %d edges (median)", g.Len(), g.EdgeCount()), "",
		fmt.Sprintf("%.0f ms", ms(medianOf(loads))), "go run ./internal/bench run -only inprocess")
	recent, hub := queryNodes(g)
	for _, q := range [][]string{{"lineage", recent, "--depth", "2"}, {"lineage", recent}, {"cited-by", hub, "--depth", "1"}} {
		var ts []time.Duration
		var n int
		for range 101 {
			start := time.Now()
			n = lineageOf(g, q).Count()
			ts = append(ts, time.Since(start))
		}
		b.add(fmt.Sprintf("in process: %s, %d documents (median of 101)", joinArgs(q), n), "< 5 ms",
			fmt.Sprintf("%.2f ms", ms(medianOf(ts))), "go run ./internal/bench run -only inprocess")
	}
}

// render times drawing a lineage of about 200 documents of the real
// corpus to SVG.
func (b *bench) render() {
	st := filepath.Join(b.work, "bulk.store")
	if _, err := os.Stat(st); err != nil {
		must(run(exec.Command(b.bin, "build", filepath.Join(b.shared, "corpus", "bulk"), "--store", st)))
	}
	g, err := store.Load(st)
	must(err)
	id, depth, count := "", 0, 0
	for _, n := range g.Nodes() {
		for d := 1; d <= 4 && id == ""; d++ {
			if l, err := g.Lineage(n.ID, d); err == nil && l.Count() >= 190 && l.Count() <= 210 {
				id, depth, count = n.ID, d, l.Count()
			}
		}
		if id != "" {
			break
		}
	}
	if id == "" {
		b.add("render of a 200-node lineage", "< 2 s", "no lineage of 190–210 documents found", "")
		return
	}
	out := filepath.Join(b.work, "render.svg")
	warm := filepath.Join(b.work, "tmp-warm")
	args := []string{"render", id, "--depth", fmt.Sprint(depth), "--max-nodes", "250", "-o", out, "--store", st}
	measure(1, nil, []string{"TMPDIR=" + warm}, b.bin, args...)
	t := measure(b.runs, nil, []string{"TMPDIR=" + warm}, b.bin, args...)
	b.add(fmt.Sprintf("render of a %d-document lineage to SVG (median)", count), "< 2 s",
		fmt.Sprintf("%.2f s", t.median().Seconds()), "recital "+joinArgs(args))
}

// medianOf returns the median of durations.
func medianOf(ts []time.Duration) time.Duration {
	ts = slices.Clone(ts)
	slices.Sort(ts)
	return ts[len(ts)/2]
}

// ms converts to milliseconds.
func ms(d time.Duration) float64 { return float64(d) / 1e6 }

// joinArgs writes arguments for the table.
func joinArgs(args []string) string {
	out := ""
	for i, a := range args {
		if i > 0 {
			out += " "
		}
		out += a
	}
	return out
}

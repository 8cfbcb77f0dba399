package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/recital-un/recital/internal/synth"
)

// rgPattern finds the symbol shapes Recital's extractor looks for; the
// issue's baseline.
const rgPattern = `(?-u)\b(?:A|S|E|ST|T)/[A-Za-z0-9./-]+|\b[0-9]{1,4}/[0-9]{1,4}\b|\b[0-9]{1,4} ?\(([0-9]{4}|[IVXLC]+|S-[IVXLC]+|ES-[IVXLC]+)\)`

// bench holds the settings of one run.
type bench struct {
	shared, work, bin string
	runs, docs        int
	out               io.Writer
	rows              []row
}

// row is one line of the results table.
type row struct {
	what, target, measured, command string
}

// runMain runs every measurement and prints the table.
func runMain(args []string) {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	b := &bench{out: os.Stdout}
	fs.StringVar(&b.shared, "shared", "../shared", "the shared directory (corpus/dev, corpus/bulk)")
	fs.StringVar(&b.work, "work", filepath.Join(os.TempDir(), "recital-bench"), "scratch folder for inputs, stores and the binary")
	fs.IntVar(&b.runs, "runs", 5, "runs per measurement")
	fs.IntVar(&b.docs, "n", 100000, "documents in the synthetic corpus")
	only := fs.String("only", "", "comma-separated subset: extract,bulk,synth,query,render,export,inprocess")
	fs.Parse(args)
	must(os.MkdirAll(b.work, 0o755))
	b.bin = filepath.Join(b.work, "recital")
	fmt.Fprintf(os.Stderr, "bench: building %s\n", b.bin)
	must(run(exec.Command("go", "build", "-o", b.bin, ".")))
	steps := []struct {
		name string
		f    func()
	}{
		{"extract", b.extraction}, {"bulk", b.bulk}, {"synth", b.synthBuild},
		{"query", b.queries}, {"render", b.render}, {"export", b.vault}, {"inprocess", b.inProcess},
	}
	for _, s := range steps {
		if *only == "" || slices.Contains(strings.Split(*only, ","), s.name) {
			fmt.Fprintf(os.Stderr, "bench: %s\n", s.name)
			s.f()
		}
	}
	b.print()
}

// print writes the results as a Markdown table.
func (b *bench) print() {
	fmt.Fprintln(b.out, "| what | target | measured | command |")
	fmt.Fprintln(b.out, "|---|---|---|---|")
	for _, r := range b.rows {
		fmt.Fprintf(b.out, "| %s | %s | %s | `%s` |\n", r.what, r.target, r.measured, strings.ReplaceAll(r.command, "|", `\|`))
	}
}

// add records a result.
func (b *bench) add(what, target, measured, command string) {
	b.rows = append(b.rows, row{what, target, measured, command})
	fmt.Fprintf(os.Stderr, "  %s: %s\n", what, measured)
}

// timing is the result of running one command several times.
type timing struct {
	times  []time.Duration
	cpu    []time.Duration // user + system time of each run, where /usr/bin/time gives it
	maxRSS int64           // bytes, the largest of the runs
}

// cpuMedian returns the median CPU time, or 0 when unknown. On a shared
// machine it is the figure that holds up from run to run.
func (t timing) cpuMedian() time.Duration {
	if len(t.cpu) == 0 {
		return 0
	}
	return medianOf(t.cpu)
}

// median returns the median time.
func (t timing) median() time.Duration {
	s := slices.Clone(t.times)
	slices.Sort(s)
	return s[len(s)/2]
}

// best returns the shortest time.
func (t timing) best() time.Duration { return slices.Min(t.times) }

// measure runs a command n times, after setup (untimed) each time, with
// stdout discarded. Where /usr/bin/time exists the command runs under it,
// for the peak RSS of the command alone.
func measure(n int, setup func(), env []string, name string, args ...string) timing {
	var t timing
	rss := filepath.Join(os.TempDir(), fmt.Sprintf("recital-bench-rss-%d", os.Getpid()))
	defer os.Remove(rss)
	for range n {
		if setup != nil {
			setup()
		}
		cmd := exec.Command(name, args...)
		timed := false
		if _, err := os.Stat("/usr/bin/time"); err == nil {
			cmd = exec.Command("/usr/bin/time", append([]string{"-f", "%M %U %S", "-o", rss, name}, args...)...)
			timed = true
		}
		cmd.Env = append(os.Environ(), env...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		err := cmd.Run()
		d := time.Since(start)
		if err != nil {
			if _, ok := err.(*exec.ExitError); !ok || cmd.ProcessState.ExitCode() > 1 {
				fmt.Fprintf(os.Stderr, "bench: %s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
				os.Exit(1)
			}
		}
		t.times = append(t.times, d)
		if timed {
			var kb int64
			var user, sys float64
			if data, err := os.ReadFile(rss); err == nil {
				lines := strings.Split(strings.TrimSpace(string(data)), "\n")
				fmt.Sscan(lines[len(lines)-1], &kb, &user, &sys) // the last line: time reports a non-zero exit above it
			}
			t.maxRSS = max(t.maxRSS, kb<<10)
			t.cpu = append(t.cpu, time.Duration((user+sys)*float64(time.Second)))
		} else {
			t.maxRSS = max(t.maxRSS, maxRSS(cmd.ProcessState))
		}
	}
	return t
}

// extraction compares `recital extract` on one core with ripgrep on the
// dev texts copied 8 times.
func (b *bench) extraction() {
	dir := filepath.Join(b.work, "dev8")
	if _, err := os.Stat(dir); err != nil {
		files, _ := filepath.Glob(filepath.Join(b.shared, "corpus", "dev", "*.txt"))
		for c := range 8 {
			sub := filepath.Join(dir, fmt.Sprintf("copy%d", c))
			must(os.MkdirAll(sub, 0o755))
			for _, f := range files {
				data, err := os.ReadFile(f)
				must(err)
				must(os.WriteFile(filepath.Join(sub, filepath.Base(f)), data, 0o644))
			}
		}
	}
	size := dirSize(dir)
	one := []string{"GOMAXPROCS=1"}
	rec := measure(b.runs, nil, one, "taskset", "-c", "0", b.bin, "extract", "--format", "json", dir)
	rg := measure(b.runs, nil, nil, "taskset", "-c", "0", "rg", "-o", "-j1", rgPattern, dir)
	mbs := func(d time.Duration) float64 { return float64(size) / 1e6 / d.Seconds() }
	b.add("extraction, whole process, one core (best of "+fmt.Sprint(b.runs)+"; CPU medians)", "within 2× of rg",
		fmt.Sprintf("recital %.2f s (%.0f MB/s), rg %.2f s (%.0f MB/s): %.1f× rg, on %.1f MB; CPU %.2f s against %.2f s: %.1f×",
			rec.best().Seconds(), mbs(rec.best()), rg.best().Seconds(), mbs(rg.best()), rec.best().Seconds()/rg.best().Seconds(), float64(size)/1e6,
			rec.cpuMedian().Seconds(), rg.cpuMedian().Seconds(), rec.cpuMedian().Seconds()/rg.cpuMedian().Seconds()),
		fmt.Sprintf("GOMAXPROCS=1 taskset -c 0 recital extract --format json %s > /dev/null; taskset -c 0 rg -o -j1 '<pattern>' %s > /dev/null", dir, dir))
	two := measure(b.runs, nil, nil, b.bin, "extract", "--format", "json", dir)
	b.add("extraction on every core against one (best of "+fmt.Sprint(b.runs)+")", "near 2× faster on 2 cores",
		fmt.Sprintf("%.2f s against %.2f s: %.2f× faster (CPU %.2f s against %.2f s)",
			two.best().Seconds(), rec.best().Seconds(), rec.best().Seconds()/two.best().Seconds(), two.cpuMedian().Seconds(), rec.cpuMedian().Seconds()),
		fmt.Sprintf("recital extract --format json %s > /dev/null", dir))
}

// bulk times builds of ../shared/corpus/bulk.
func (b *bench) bulk() {
	st := filepath.Join(b.work, "bulk.store")
	src := filepath.Join(b.shared, "corpus", "bulk")
	scratch := measure(b.runs, func() { os.Remove(st) }, nil, b.bin, "build", src, "--store", st)
	again := measure(b.runs, nil, nil, b.bin, "build", src, "--store", st)
	b.add("build of corpus/bulk from scratch (median)", "< 10 s",
		fmt.Sprintf("%.2f s, peak RSS %d MB", scratch.median().Seconds(), scratch.maxRSS>>20), "recital build "+src+" --store bulk.store")
	b.add("build again, nothing changed (median)", "< 1 s",
		fmt.Sprintf("%.2f s", again.median().Seconds()), "recital build "+src+" --store bulk.store")
	b.sizes("bulk", st)
}

// synthDir returns the synthetic corpus, written on first use.
func (b *bench) synthDir() string {
	dir := filepath.Join(b.work, fmt.Sprintf("synth%d", b.docs))
	if _, err := os.Stat(filepath.Join(dir, ".done")); err != nil {
		os.RemoveAll(dir)
		fmt.Fprintf(os.Stderr, "bench: writing %d synthetic documents to %s\n", b.docs, dir)
		_, err := synth.Write(dir, synth.Options{Docs: b.docs, Seed: 1})
		must(err)
		must(os.WriteFile(filepath.Join(dir, ".done"), nil, 0o644))
	}
	return dir
}

// synthStore returns the store of the synthetic corpus.
func (b *bench) synthStore() string {
	return filepath.Join(b.work, fmt.Sprintf("synth%d.store", b.docs))
}

// synthBuild times the build of the synthetic corpus.
func (b *bench) synthBuild() {
	dir, st := b.synthDir(), b.synthStore()
	runs := max(1, min(b.runs, 3))
	scratch := measure(runs, func() { os.Remove(st) }, nil, b.bin, "build", dir, "--store", st)
	again := measure(max(b.runs, 3), nil, nil, b.bin, "build", dir, "--store", st)
	b.add(fmt.Sprintf("build of %d synthetic documents from scratch (median of %d)", b.docs, runs), "< 20 s, peak RSS < 1 GB",
		fmt.Sprintf("%.1f s (CPU %.1f s), peak RSS %d MB", scratch.median().Seconds(), scratch.cpuMedian().Seconds(), scratch.maxRSS>>20),
		"/usr/bin/time -v recital build "+dir+" --store synth.store")
	b.add("build again, nothing changed (median)", "< 1 s",
		fmt.Sprintf("%.2f s (CPU %.2f s), peak RSS %d MB", again.median().Seconds(), again.cpuMedian().Seconds(), again.maxRSS>>20),
		"recital build "+dir+" --store synth.store")
	victim := firstFile(dir)
	orig, err := os.ReadFile(victim)
	must(err)
	defer os.WriteFile(victim, orig, 0o644)
	touch := measure(max(b.runs, 3), func() {
		now := time.Now()
		must(os.Chtimes(victim, now, now))
	}, nil, b.bin, "build", dir, "--store", st)
	b.add("build after touching one file (median)", "< 1 s",
		fmt.Sprintf("%.2f s (CPU %.2f s)", touch.median().Seconds(), touch.cpuMedian().Seconds()),
		"touch "+victim+"; recital build "+dir+" --store synth.store")
	edits := 0
	edit := measure(max(b.runs, 3), func() {
		edits++
		text := append(slices.Clone(orig), fmt.Sprintf("\nRecalling also its resolution %d/1,\n", 40+edits%2)...)
		must(os.WriteFile(victim, text, 0o644))
	}, nil, b.bin, "build", dir, "--store", st)
	b.add("build after a one-line edit of one file (median)", "< 2 s",
		fmt.Sprintf("%.2f s (CPU %.2f s), peak RSS %d MB", edit.median().Seconds(), edit.cpuMedian().Seconds(), edit.maxRSS>>20),
		"echo 'Recalling also its resolution 41/1,' >> "+victim+"; recital build "+dir+" --store synth.store")
	must(os.WriteFile(victim, orig, 0o644))
	must(run(exec.Command(b.bin, "build", dir, "--store", st, "--progress", "never")))
	b.sizes("synthetic", st)
}

// firstFile returns the first regular file under dir, in name order.
func firstFile(dir string) string {
	var first string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && first == "" && d.Type().IsRegular() && !strings.HasPrefix(d.Name(), ".") {
			first = p
			return filepath.SkipAll
		}
		return nil
	})
	if first == "" {
		must(fmt.Errorf("no file under %s", dir))
	}
	return first
}

// sizes reports the bytes per document and per edge of a store.
func (b *bench) sizes(name, st string) {
	info, err := os.Stat(st)
	must(err)
	docs, edges, graphBytes := storeCounts(st)
	b.add("store size, "+name, "",
		fmt.Sprintf("%.1f MB: %d documents, %d edges; %.0f bytes per document, %.0f per edge (graph section alone: %.0f per edge)",
			float64(info.Size())/1e6, docs, edges, float64(info.Size())/float64(docs), float64(info.Size())/float64(edges), float64(graphBytes)/float64(edges)),
		"ls -l "+st)
}

// dirSize sums the sizes of the files under dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
		return nil
	})
	return n
}

// run runs a command, its output to stderr.
func run(cmd *exec.Cmd) error {
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

// must stops on an error.
func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

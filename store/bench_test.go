package store_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/internal/synth"
	"github.com/recital-un/recital/store"
)

// BenchmarkReadDefault measures opening the embedded default graph, which
// every query without a store pays once: decompressing it and opening it
// in place.
func BenchmarkReadDefault(b *testing.B) {
	b.SetBytes(int64(len(data.Bytes())))
	for b.Loop() {
		raw, err := data.Store()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := store.Open(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// benchDocs is the size of the synthetic corpus of these benchmarks:
// 20,000 documents, about 200,000 edges. 'go run ./internal/bench run'
// measures 100,000.
const benchDocs = 20000

// corpusDir is the folder of the synthetic corpus, once written.
var corpusDir string

// TestMain removes the synthetic corpus after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if corpusDir != "" {
		os.RemoveAll(corpusDir)
	}
	os.Exit(code)
}

// corpus writes the synthetic corpus once, into a folder kept for the
// benchmarks of this run, and returns it with its files.
var corpus = sync.OnceValues(func() (string, []string) {
	dir, err := os.MkdirTemp("", "recital-bench-*")
	if err != nil {
		panic(err)
	}
	corpusDir = dir
	if _, err := synth.Write(dir, synth.Options{Docs: benchDocs, Seed: 1}); err != nil {
		panic(err)
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	return dir, files
})

// buildCorpus builds the store of the synthetic corpus at path.
func buildCorpus(b *testing.B, path string, force bool) *store.Result {
	dir, files := corpus()
	res, err := store.Build(path, store.BuildOptions{Roots: []string{dir}, Files: files, Force: force})
	if err != nil {
		b.Fatal(err)
	}
	return res
}

// BenchmarkBuild measures a build from scratch: read, hash, parse,
// resolve and write.
func BenchmarkBuild(b *testing.B) {
	path := filepath.Join(b.TempDir(), "s.store")
	for b.Loop() {
		buildCorpus(b, path, true)
	}
	b.ReportMetric(benchDocs, "docs")
}

// BenchmarkBuildUnchanged measures a build that finds nothing changed.
func BenchmarkBuildUnchanged(b *testing.B) {
	path := filepath.Join(b.TempDir(), "s.store")
	buildCorpus(b, path, true)
	for b.Loop() {
		if res := buildCorpus(b, path, false); res.Written {
			b.Fatal("rewritten")
		}
	}
}

// BenchmarkLoad measures what a query pays to open a store.
func BenchmarkLoad(b *testing.B) {
	path := filepath.Join(b.TempDir(), "s.store")
	res := buildCorpus(b, path, true)
	for b.Loop() {
		if _, err := store.Load(path); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(res.Edges), "edges")
}

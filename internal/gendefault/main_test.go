package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/recital-un/recital/data"
)

// shared is the shared directory, relative to this package.
const shared = "../../../shared"

// TestDefaultIsCurrent regenerates the default graph from ../shared and
// checks that the embedded one is identical.
func TestDefaultIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the default graph parses the whole corpus; skipped in -short mode")
	}
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		t.Skipf("%s/corpus is not present, so the embedded default graph cannot be checked against it", shared)
	}
	var log bytes.Buffer
	g, err := generate(shared, &log)
	if err != nil {
		t.Fatal(err)
	}
	got, err := encode(g)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gunzip(t, got), gunzip(t, data.Bytes())) {
		t.Errorf("the embedded default graph is stale: run 'go generate ./data' (regenerated: %d nodes, %d edges, %d bytes; embedded: %d bytes)",
			g.Len(), g.EdgeCount(), len(got), len(data.Bytes()))
	}
}

// gunzip decompresses b: the comparison is of content, which stays equal
// even if a new Go release compresses differently.
func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestInputFilesMissing(t *testing.T) {
	if _, err := inputFiles(t.TempDir()); err == nil {
		t.Error("inputFiles on an empty directory: no error")
	}
}

package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSourceReader reads files through one reader, as a build's worker
// does: sizes that are right, too small (the file grew) or too large (it
// shrank), folders that change, and files that cannot be read.
func TestSourceReader(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(path, text string) string {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	long := strings.Repeat("Recalling its resolution 60/45, ", 1000)
	files := []struct {
		path string
		size int64
	}{
		{write(filepath.Join(dir, "a.txt"), long), int64(len(long))},
		{write(filepath.Join(dir, "b.txt"), "short"), 5},
		{write(filepath.Join(sub, "c.txt"), long+"grown"), int64(len(long))},
		{write(filepath.Join(sub, "d.txt"), "shrunk"), 4096},
		{write(filepath.Join(dir, "e.txt"), ""), 0},
		{write(filepath.Join(dir, "f.txt"), long), -1},
	}
	rd := newSourceReader()
	defer rd.close()
	for _, f := range files {
		data, err := rd.read(f.path, f.size)
		if err != nil {
			t.Fatalf("%s: %v", f.path, err)
		}
		if want, _ := os.ReadFile(f.path); !bytes.Equal(data, want) {
			t.Errorf("%s: read %d bytes, want %d", f.path, len(data), len(want))
		}
	}
	if _, err := rd.read(filepath.Join(dir, "missing.txt"), 10); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want a not-exist error", err)
	}
	if _, err := rd.read(filepath.Join(dir, "nofolder", "x.txt"), 10); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing folder: %v, want a not-exist error", err)
	}
	if _, err := rd.read(sub, 10); err == nil {
		t.Error("a folder read as a file")
	}
	if data, err := rd.read(files[1].path, 5); err != nil || string(data) != "short" {
		t.Errorf("after errors: %q, %v", data, err)
	}
}

// TestSourceReaderLimit refuses a file larger than MaxFile, whatever
// size it was said to have.
func TestSourceReaderLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 64 MiB file")
	}
	path := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), MaxFile+1), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int64{0, 100, MaxFile, MaxFile + 1, 1 << 40} {
		rd := newSourceReader()
		_, err := rd.read(path, size)
		rd.close()
		if err == nil || !strings.Contains(err.Error(), "larger than") {
			t.Errorf("size %d: %v, want larger than", size, err)
		}
	}
	if data, err := readFile(path); err == nil {
		t.Errorf("readFile read %d bytes", len(data))
	}
}

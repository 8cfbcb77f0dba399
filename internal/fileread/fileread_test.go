package fileread

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReader reads files through one reader, as a build's worker
// does: sizes that are right, too small (the file grew) or too large (it
// shrank), folders that change, and files that cannot be read.
func TestReader(t *testing.T) {
	const limit = 64 << 20
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
	rd := New(limit)
	defer rd.Close()
	for _, f := range files {
		data, err := rd.Read(f.path, f.size)
		if err != nil {
			t.Fatalf("%s: %v", f.path, err)
		}
		if want, _ := os.ReadFile(f.path); !bytes.Equal(data, want) {
			t.Errorf("%s: read %d bytes, want %d", f.path, len(data), len(want))
		}
	}
	if _, err := rd.Read(filepath.Join(dir, "missing.txt"), 10); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want a not-exist error", err)
	}
	if _, err := rd.Read(filepath.Join(dir, "nofolder", "x.txt"), 10); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing folder: %v, want a not-exist error", err)
	}
	if _, err := rd.Read(sub, 10); err == nil {
		t.Error("a folder read as a file")
	}
	if data, err := rd.Read(files[1].path, 5); err != nil || string(data) != "short" {
		t.Errorf("after errors: %q, %v", data, err)
	}
}

// TestReaderLimit refuses a file larger than the limit, whatever size
// it was said to have, and reads one of exactly the limit.
func TestReaderLimit(t *testing.T) {
	const limit = 1 << 20
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(huge, bytes.Repeat([]byte("x"), limit+1), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int64{0, 100, limit, limit + 1, 1 << 40} {
		rd := New(limit)
		_, err := rd.Read(huge, size)
		rd.Close()
		if err == nil || !strings.Contains(err.Error(), "larger than 1 MiB") {
			t.Errorf("size %d: %v, want larger than 1 MiB", size, err)
		}
	}
	full := filepath.Join(dir, "full.txt")
	if err := os.WriteFile(full, bytes.Repeat([]byte("x"), limit), 0o644); err != nil {
		t.Fatal(err)
	}
	rd := New(limit)
	defer rd.Close()
	if data, err := rd.Read(full, 0); err != nil || len(data) != limit {
		t.Errorf("a file of the limit: %d bytes, %v", len(data), err)
	}
}

// TestReaderRelativePath reads a file named without a folder, from the
// working folder.
func TestReaderRelativePath(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("a.txt", []byte("Recalling"), 0o644); err != nil {
		t.Fatal(err)
	}
	rd := New(100)
	defer rd.Close()
	if data, err := rd.Read("a.txt", 0); err != nil || string(data) != "Recalling" {
		t.Errorf("a.txt: %q, %v", data, err)
	}
}

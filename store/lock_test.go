package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestTwoBuildsIntoOneStoreLoseData is issue 15, failure 2: a second
// build while one holds the store fails at once, or waits with Wait, and
// ends with both sets of documents. Never silent loss.
func TestTwoBuildsIntoOneStoreLoseData(t *testing.T) {
	if runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no file locks on", runtime.GOOS)
	}
	dir := t.TempDir()
	ga, sc := filepath.Join(dir, "ga"), filepath.Join(dir, "sc")
	writeFiles(t, ga, map[string]string{"a.txt": resolution("1", "59/1")})
	writeFiles(t, sc, map[string]string{"b.txt": resolution("2", "59/2")})
	st := filepath.Join(dir, "s.store")
	build(t, st, false, ga)

	release, err := lockStore(st, false) // a build in progress
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(st, BuildOptions{Roots: []string{sc}, Files: filesUnder(t, sc)})
	var le *LockedError
	if !errors.As(err, &le) {
		release()
		t.Fatalf("second build: err = %v, want a LockedError", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "s.store is being written by another build (pid ") || !strings.Contains(msg, "--wait") {
		t.Errorf("message = %q", msg)
	}

	done := make(chan error, 1)
	go func() {
		_, err := Build(st, BuildOptions{Roots: []string{sc}, Files: filesUnder(t, sc), Wait: true})
		done <- err
	}()
	select {
	case err := <-done:
		release()
		t.Fatalf("a waiting build finished while the lock was held: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	release()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	res := build(t, st, false, ga, sc) // nothing to parse: both are in
	if res.Documents != 2 || res.Parsed != 0 {
		t.Errorf("after both builds: %d documents, %d parsed; want 2 and 0", res.Documents, res.Parsed)
	}
}

// TestStoreSymlinkReplacedByPlainFile is issue 15, failure 6: a --store
// that is a symbolic link is followed, the link kept and its target
// updated.
func TestStoreSymlinkReplacedByPlainFile(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	writeFiles(t, docs, map[string]string{"a.txt": resolution("1", "59/1")})
	real := filepath.Join(dir, "real", "s.store")
	os.MkdirAll(filepath.Dir(real), 0o755)
	link := filepath.Join(dir, "link.store")
	if err := os.Symlink(filepath.Join("real", "s.store"), link); err != nil {
		t.Skip("cannot make symbolic links here:", err)
	}
	build(t, link, false, docs) // the target does not exist yet
	writeFiles(t, docs, map[string]string{"b.txt": resolution("2", "59/2")})
	build(t, link, false, docs)
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is no longer a link: %v %v", st.Mode(), err)
	}
	if _, err := os.Stat(filepath.Join(dir, "real", ".s.store.lock")); err != nil {
		t.Errorf("the lock is not beside the real store: %v", err)
	}
	if res := build(t, real, false, docs); res.Documents != 2 || res.Parsed != 0 {
		t.Errorf("the real store has %d documents (%d parsed again), want both, none parsed", res.Documents, res.Parsed)
	}
}

// TestStorePermissionsLost is issue 15, failure 6: a rebuild keeps the
// store's permissions.
func TestStorePermissionsLost(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	writeFiles(t, docs, map[string]string{"a.txt": resolution("1", "59/1")})
	st := filepath.Join(dir, "s.store")
	build(t, st, false, docs)
	if err := os.Chmod(st, 0o600); err != nil {
		t.Fatal(err)
	}
	build(t, st, true, docs)
	if fi, err := os.Stat(st); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("after a rebuild: %v %v, want -rw-------", fi.Mode(), err)
	}
}

// TestLeftoversRemovedOnlyByTheNextWrite is issue 15, failure 6: a build
// removes the temporary files a killed build left, at its start, even
// when it then has nothing to write.
func TestLeftoversRemovedOnlyByTheNextWrite(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	writeFiles(t, docs, map[string]string{"a.txt": resolution("1", "59/1")})
	st := filepath.Join(dir, "s.store")
	build(t, st, false, docs)
	left := filepath.Join(dir, ".s.store.123456.tmp")
	if err := os.WriteFile(left, []byte("half a store"), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := build(t, st, false, docs); res.Written {
		t.Fatal("the build wrote; this test wants one with nothing to write")
	}
	if _, err := os.Stat(left); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the leftover is still there: %v", err)
	}
}

func TestResolveLinksLoop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if os.Symlink(b, a) != nil || os.Symlink(a, b) != nil {
		t.Skip("cannot make symbolic links here")
	}
	if _, err := resolveLinks(a); err == nil || !strings.Contains(err.Error(), "too many levels of symbolic links") {
		t.Errorf("err = %v", err)
	}
}

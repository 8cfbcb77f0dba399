package store

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// writeAtomic writes a file so that whoever opens path sees either the
// old file or the complete new one, whatever happens meanwhile, kill -9
// and power loss included: the content goes to a temporary file in the
// same directory, which is synced to disk, then renamed over path, and the
// directory is synced so that the rename itself is durable. A reader that
// opened the old file keeps reading it until it closes it.
//
// The temporary file is locked while it is written (on Unix), so a later
// write can tell a leftover of a killed process from a file another
// process is still writing, and removes the leftovers. The new file keeps
// the permissions of the one it replaces (0644 for a new one).
func writeAtomic(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	removeLeftovers(dir, base, leftoverMinAge)
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, tempPrefix(base)+"*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	lockFile(tmp)
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = afterSync(tmp.Name()); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	tmp.Close()
	syncDir(dir)
	return nil
}

// afterSync is called between the sync and the rename; tests replace it
// to stop a write there.
var afterSync = func(string) error { return nil }

// tempPrefix is how temporary files of a store are named.
func tempPrefix(base string) string { return "." + base + "." }

// leftoverAge is how old an unlocked temporary file must be before it is
// removed where locks are not available; leftoverMinAge how old it must be
// at least anywhere, so that a file just created is not taken for a
// leftover before its writer locks it.
var (
	leftoverAge    = 15 * time.Minute
	leftoverMinAge = 10 * time.Second
)

// removeLeftovers removes temporary files that a killed write left beside
// the store: those no process holds locked, at least minAge old. A build,
// which holds the store's lock, removes them all at its start.
func removeLeftovers(dir, base string, minAge time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := tempPrefix(base)
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		p := filepath.Join(dir, name)
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) >= minAge && abandoned(p) {
			os.Remove(p)
		}
	}
}

// syncDir makes a rename in dir durable; where directories cannot be
// synced (Windows), it does nothing.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

package store

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// A build holds the store's write lock from before it reads the old
// store until the new one is renamed into place, so two builds into one
// store never interleave: the second waits (BuildOptions.Wait) or fails
// at once with a *LockedError. The lock is an exclusive lock (flock on
// Unix, LockFileEx on Windows) on a file beside the store,
// ".NAME.lock", which is kept: the lock, not the file, says whether a
// build is running, so a killed build leaves nothing to clean up. Queries
// never take it; they read the store, which is only ever replaced whole.

// LockedError says another build is writing the store.
type LockedError struct {
	Store  string
	Holder string // what the holder wrote in the lock file ("pid 123 since …"), or ""
}

func (e *LockedError) Error() string {
	who := "another build"
	if e.Holder != "" {
		who += " (" + e.Holder + ")"
	}
	return fmt.Sprintf("%s is being written by %s; wait for it to finish (--wait) or build into another store", e.Store, who)
}

// lockName is the lock file of the store at path.
func lockName(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".lock")
}

// lockStore takes the write lock of the store at path, waiting for it
// when wait is set, and returns the function that releases it.
func lockStore(path string, wait bool) (release func(), err error) {
	name := lockName(path)
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	ok, err := lockExclusive(f, wait)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	if !ok {
		holder, _ := os.ReadFile(name)
		f.Close()
		return nil, &LockedError{Store: path, Holder: strings.TrimSpace(string(holder))}
	}
	// Say who holds it, for the message of a writer that finds it taken.
	if err := f.Truncate(0); err == nil {
		fmt.Fprintf(f, "pid %d since %s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))
	}
	return func() {
		f.Truncate(0)
		f.Close()
	}, nil
}

// maxLinks bounds the symbolic links followed from a --store path.
const maxLinks = 40

// resolveLinks follows the symbolic links of path, the last element
// included, to the file a build must replace: a store reached through a
// link is updated where it lies, and the link is kept. A link to a file
// that does not exist yet resolves to that file.
func resolveLinks(path string) (string, error) {
	for range maxLinks {
		st, err := os.Lstat(path)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		target, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", path)
}

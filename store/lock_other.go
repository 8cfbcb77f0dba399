//go:build !unix && !windows

package store

import (
	"os"
	"time"
)

// lockFile does nothing where flock is not available.
func lockFile(*os.File) {}

// lockExclusive cannot lock where neither flock nor LockFileEx exists:
// it grants every lock, and two builds into one store are not kept apart.
func lockExclusive(*os.File, bool) (bool, error) { return true, nil }

// abandoned reports a temporary file old enough that its writer must be
// gone.
func abandoned(path string) bool {
	st, err := os.Stat(path)
	return err == nil && time.Since(st.ModTime()) > leftoverAge
}

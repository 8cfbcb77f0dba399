//go:build !unix

package store

import (
	"os"
	"time"
)

// lockFile does nothing where flock is not available.
func lockFile(*os.File) {}

// abandoned reports a temporary file old enough that its writer must be
// gone.
func abandoned(path string) bool {
	st, err := os.Stat(path)
	return err == nil && time.Since(st.ModTime()) > leftoverAge
}

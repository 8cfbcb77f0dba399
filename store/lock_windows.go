//go:build windows

package store

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// lockFile does nothing on Windows: a temporary file being written is
// recognised by its age instead (see abandoned).
func lockFile(*os.File) {}

// lockExclusive takes an exclusive lock on the first byte of f
// (LockFileEx), held until f is closed or the process ends; without wait
// it returns false at once if another process holds it.
func lockExclusive(f *os.File, wait bool) (bool, error) {
	flags := uint32(windows.LOCKFILE_EXCLUSIVE_LOCK)
	if !wait {
		flags |= windows.LOCKFILE_FAIL_IMMEDIATELY
	}
	ol := new(windows.Overlapped)
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, ol)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, windows.ERROR_LOCK_VIOLATION):
		return false, nil
	}
	return false, err
}

// abandoned reports a temporary file old enough that its writer must be
// gone.
func abandoned(path string) bool {
	st, err := os.Stat(path)
	return err == nil && time.Since(st.ModTime()) > leftoverAge
}

package cmd

import (
	"errors"
	"fmt"
)

// Exit codes, shared by every command.
const (
	ExitOK       = 0 // success
	ExitFailure  = 1 // an input could not be read, or the command failed
	ExitUsage    = 2 // the command line was wrong
	ExitNoResult = 3 // a query found nothing to answer with
)

// UsageError marks a mistake in the command line.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// usageErrorf builds a UsageError.
func usageErrorf(format string, args ...any) error {
	return &UsageError{Err: fmt.Errorf(format, args...)}
}

// errSilent reports failure through the exit status only: the command
// has already told the user what went wrong.
var errSilent = errors.New("failed")

// NoResultError marks a query that ran but found nothing.
type NoResultError struct{ Err error }

func (e *NoResultError) Error() string { return e.Err.Error() }
func (e *NoResultError) Unwrap() error { return e.Err }

// exitCode maps an error returned by a command to the process exit status.
func exitCode(err error) int {
	var ue *UsageError
	var nr *NoResultError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ue):
		return ExitUsage
	case errors.As(err, &nr):
		return ExitNoResult
	default:
		return ExitFailure
	}
}

package isolate

import (
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/recital-un/recital/parser"
)

// maxStack bounds a child's goroutine stacks: no real PDF nests deeply,
// and a loop of references ends in a clear "stack exceeds" long before
// the default of 1 GB.
const maxStack = 16 << 20

// orphanGrace is how long past its timeout a child waits for its parent
// to kill it before it ends itself; exitSelfTimeout its exit status then.
const (
	orphanGrace     = 2 * time.Second
	exitSelfTimeout = 3
)

// Serve is the child's side: it limits its own process to memory bytes
// of address space (where the system allows it), reads a PDF from in,
// derives its text with parser.ReadPDF and writes the answer to out. A
// PDF that cannot be read is an answer too; the error is for a child
// that could not do its work at all.
//
// A child also ends itself a little after timeout (when not 0), so that
// one whose parent was killed before it could kill it does not read a
// looping file for ever; on Linux it dies with its parent besides.
func Serve(in io.Reader, out io.Writer, memory int64, timeout time.Duration) error {
	if timeout > 0 {
		time.AfterFunc(timeout+orphanGrace, func() {
			fmt.Fprintf(os.Stderr, "PDF reader stopped itself after %s\n", timeout+orphanGrace)
			os.Exit(exitSelfTimeout)
		})
	}
	if memory > 0 {
		if err := limitAddressSpace(memory); err != nil {
			return fmt.Errorf("setting the memory limit: %w", err)
		}
		// Collect early so that live data, not garbage, meets the limit.
		debug.SetMemoryLimit(memory / 2)
	}
	debug.SetMaxStack(maxStack)
	data, err := io.ReadAll(io.LimitReader(in, parser.MaxInput+1))
	if err != nil {
		return err
	}
	var a answer
	if len(data) > parser.MaxInput {
		a.Err = fmt.Sprintf("input is larger than %d MiB; not a UN document", parser.MaxInput>>20)
	} else if res, err := parser.ReadPDF(data); err != nil {
		a.Err = err.Error()
	} else if len(res.Text) > parser.MaxInput {
		a.Err = fmt.Sprintf("the PDF's text is larger than %d MiB; not a UN document", parser.MaxInput>>20)
	} else {
		a.Text, a.Diagnostics = res.Text, res.Diagnostics
	}
	return gob.NewEncoder(out).Encode(&a)
}

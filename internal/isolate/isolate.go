// Package isolate runs the PDF reader in a child process under a memory
// and a wall-clock limit, so that a hostile or broken file costs that one
// file and never the process reading it.
//
// A PDF of a few hundred bytes can make a reader loop for ever (a /Prev
// chain that points at itself), recurse until the stack overflows (an
// object stream that contains itself) or allocate without bound (a
// cross-reference size of 10^12, a stream that inflates to gigabytes).
// None of these is an error a recover catches: a stack overflow or an out
// of memory ends the whole Go process. Here the child is the same
// executable, started with the hidden command named by Command; it caps
// its own address space (RLIMIT_AS, on Unix), reads the PDF from its
// standard input and writes the derived text to its standard output. The
// parent kills it at the deadline and turns whatever ended it into an
// error naming the reason: "PDF reader exceeded 512 MiB", "PDF reader
// timed out after 20 s".
//
// It does not isolate anything else: Word and HTML files are read by the
// standard library's bounded zip, XML and HTML readers in process.
package isolate

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/recital-un/recital/parser"
)

// Command is the hidden subcommand under which the executable serves as
// a child reader.
const Command = "__read-pdf"

// ChildEnv is set in the environment of every child reader, so that a
// child never starts children of its own.
const ChildEnv = "RECITAL_READER_CHILD"

// Limits bound one child reader.
type Limits struct {
	Memory  int64         // bytes of address space the child may map; 0 means no limit
	Timeout time.Duration // wall-clock time; 0 means no limit
}

// DefaultLimits suit UN documents: the official PDFs are read in well
// under a second and 100 MiB.
var DefaultLimits = Limits{Memory: 512 << 20, Timeout: 20 * time.Second}

// maxStderr bounds what is kept of a child's standard error: the first
// lines say why it died, a goroutine dump after them can run to megabytes.
const maxStderr = 16 << 10

// answer is what a child writes to its standard output.
type answer struct {
	Text        string
	Diagnostics []parser.Diagnostic
	Err         string // why the file could not be read, or ""
}

// Reader returns a parser.PDFReader that reads each PDF in a new child
// process: exe run as argv0 with the hidden Command, under lim.
func Reader(exe, argv0 string, lim Limits) parser.PDFReader {
	return func(data []byte) (parser.PDFText, error) {
		return Read(exe, argv0, lim, data)
	}
}

// Read derives the text of one PDF in a child process.
func Read(exe, argv0 string, lim Limits, data []byte) (parser.PDFText, error) {
	ctx, cancel := context.Background(), context.CancelFunc(func() {})
	if lim.Timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, lim.Timeout)
	}
	defer cancel()
	c := exec.CommandContext(ctx, exe, Command, "--memory", strconv.FormatInt(lim.Memory, 10), "--timeout", lim.Timeout.String())
	c.Args[0] = argv0
	c.SysProcAttr = childAttr()
	c.Env = append(os.Environ(), ChildEnv+"=1")
	c.Stdin = bytes.NewReader(data)
	var out bytes.Buffer
	stderr := &capped{max: maxStderr}
	c.Stdout, c.Stderr = &limitWriter{w: &out, n: parser.MaxInput + 1<<20}, stderr
	c.WaitDelay = time.Second
	err := c.Run()
	if ctx.Err() == context.DeadlineExceeded {
		return parser.PDFText{}, fmt.Errorf("PDF reader timed out after %s; file left out", seconds(lim.Timeout))
	}
	if err != nil {
		return parser.PDFText{}, failure(err, stderr.String(), lim)
	}
	var a answer
	if err := gob.NewDecoder(&out).Decode(&a); err != nil {
		return parser.PDFText{}, fmt.Errorf("PDF reader gave no readable answer (%v)", err)
	}
	if a.Err != "" {
		return parser.PDFText{}, errors.New(a.Err)
	}
	return parser.PDFText{Text: a.Text, Diagnostics: a.Diagnostics}, nil
}

// failure says why a child ended without an answer, from its exit status
// and the first lines of its standard error.
func failure(err error, stderr string, lim Limits) error {
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return fmt.Errorf("PDF reader could not be started: %v", err)
	}
	switch {
	case strings.Contains(stderr, "out of memory") || strings.Contains(stderr, "cannot allocate memory") ||
		strings.Contains(stderr, "failed to reserve"):
		return fmt.Errorf("PDF reader exceeded %s; file left out", mib(lim.Memory))
	case strings.Contains(stderr, "stack exceeds") || strings.Contains(stderr, "stack overflow"):
		return errors.New("PDF reader overflowed its stack (objects nested without end); file left out")
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return fmt.Errorf("PDF reader was killed by signal %v; file left out", ws.Signal())
	}
	first, _, _ := strings.Cut(strings.TrimSpace(stderr), "\n")
	if first == "" {
		first = ee.String()
	}
	return fmt.Errorf("PDF reader crashed (%s); file left out", first)
}

// seconds prints a timeout as people write it: "20 s", "1.5 s".
func seconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + " s"
}

// mib prints a memory limit in MiB.
func mib(n int64) string {
	if n <= 0 {
		return "the memory available"
	}
	return strconv.FormatInt(n>>20, 10) + " MiB"
}

// capped keeps the first max bytes written to it.
type capped struct {
	buf bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.buf.Len(); room > 0 {
		c.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (c *capped) String() string { return c.buf.String() }

// limitWriter fails once more than n bytes were written to it: a child
// never sends more text than Parse accepts.
type limitWriter struct {
	w io.Writer
	n int64
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.n {
		return 0, errors.New("answer too large")
	}
	l.n -= int64(len(p))
	return l.w.Write(p)
}

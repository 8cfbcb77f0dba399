package cmd

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/term"
)

// IOStreams carries the standard streams, so that nothing below cmd writes
// to os.Stdout and every command can run against buffers in tests.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	outTTY bool
	errTTY bool
	width  int // terminal width when outTTY, else 0
}

// System returns the process's own streams.
func System() *IOStreams {
	s := &IOStreams{
		In:     os.Stdin,
		Out:    os.Stdout,
		ErrOut: os.Stderr,
		outTTY: term.IsTerminal(int(os.Stdout.Fd())),
		errTTY: term.IsTerminal(int(os.Stderr.Fd())),
	}
	if s.outTTY {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			s.width = w
		}
	}
	return s
}

// Test returns streams backed by buffers: stdin, stdout and stderr.
func Test() (*IOStreams, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

// IsTerminal reports whether stdout is a terminal, so that human output
// may adapt (colour, generations layout) while piped output stays plain.
func (s *IOStreams) IsTerminal() bool { return s.outTTY }

// Width returns how many columns text answers may use: $COLUMNS when it
// is set to a number, else the terminal's width, else 0 (no limit: piped
// output keeps whole titles).
func (s *IOStreams) Width() int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return s.width
}

// ColorEnabled reports whether text answers may use colour: stdout is a
// terminal, $NO_COLOR is not set (https://no-color.org) and the terminal
// is not "dumb".
func (s *IOStreams) ColorEnabled() bool {
	if _, set := os.LookupEnv("NO_COLOR"); set || os.Getenv("TERM") == "dumb" {
		return false
	}
	return s.outTTY
}

// StartPager sends stdout through a pager when it is a terminal, as git
// and gh do: $RECITAL_PAGER, else $PAGER, else "less -FRX" (which quits
// at once when the answer fits the screen, and keeps colours). An empty
// value or "cat" turns it off. The returned function closes the pager and
// waits for it; call it when the answer is written.
func (s *IOStreams) StartPager() (stop func()) {
	noop := func() {}
	if !s.outTTY {
		return noop
	}
	line, set := os.LookupEnv("RECITAL_PAGER")
	if !set {
		line, set = os.LookupEnv("PAGER")
	}
	if !set {
		line = "less -FRX"
	}
	args := strings.Fields(line)
	if len(args) == 0 || args[0] == "cat" {
		return noop
	}
	path, err := exec.LookPath(args[0])
	if err != nil {
		return noop
	}
	c := exec.Command(path, args[1:]...)
	c.Stdout, c.Stderr = s.Out, s.ErrOut
	if os.Getenv("LESS") == "" {
		c.Env = append(os.Environ(), "LESS=FRX")
	}
	in, err := c.StdinPipe()
	if err != nil {
		return noop
	}
	if err := c.Start(); err != nil {
		return noop
	}
	orig := s.Out
	s.Out = pagerWriter{in}
	return func() {
		in.Close()
		c.Wait()
		s.Out = orig
	}
}

// pagerWriter writes to a pager, and treats the pager quitting early (the
// reader pressed q) as success rather than an error.
type pagerWriter struct{ w io.Writer }

func (p pagerWriter) Write(b []byte) (int, error) {
	n, err := p.w.Write(b)
	if errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed) {
		return len(b), nil
	}
	return n, err
}

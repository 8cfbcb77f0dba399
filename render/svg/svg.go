// Package svg turns DOT into SVG with Graphviz (goccy/go-graphviz, run as
// WebAssembly). It is the only package that imports Graphviz, and it
// guards every call: renders are serialised behind one mutex (concurrent
// renders corrupt the library), written into a buffer (never straight to
// a file), restricted to an allow-list of formats (an unsupported format
// breaks the next render) and run with a context that is never cancelled
// (cancelling disables the library for good). A render that exceeds
// Timeout is abandoned and the renderer refuses further work, so a caller
// never hangs on it.
//
// Graphviz starts on the first render, not on import (Recital uses a copy
// of go-graphviz that loads lazily, third_party/go-graphviz): about 0.8 s
// the first time, a few hundredths of a second once its compile cache,
// in the user's cache folder (os.UserCacheDir), exists. Commands that do
// not draw pay nothing.
package svg

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/goccy/go-graphviz"
)

// Timeout bounds one render.
var Timeout = 60 * time.Second

// formats are the output formats allowed through to Graphviz.
var formats = map[string]graphviz.Format{"svg": graphviz.SVG}

var (
	mu     sync.Mutex // serialises every use of gv
	gv     *graphviz.Graphviz
	broken atomic.Pointer[error] // set once a render was abandoned; every later call fails with it
)

// Render lays dot out with Graphviz's dot engine and returns it in the
// given format, which must be "svg".
func Render(dot []byte, format string) ([]byte, error) {
	f, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("graphviz: format %q is not supported (only svg)", format)
	}
	if err := broken.Load(); err != nil {
		return nil, *err
	}
	mu.Lock()
	done := make(chan result, 1)
	go func() {
		defer mu.Unlock()
		out, err := render(dot, f)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-time.After(Timeout):
		err := fmt.Errorf("graphviz: a render took longer than %s and was abandoned; draw fewer documents", Timeout)
		broken.Store(&err)
		return nil, err
	}
}

// result is what one render gives.
type result struct {
	out []byte
	err error
}

// render runs Graphviz; the caller holds mu.
func render(dot []byte, f graphviz.Format) ([]byte, error) {
	ctx := context.Background()
	if gv == nil {
		g, err := graphviz.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("graphviz: %w", err)
		}
		gv = g
	}
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("graphviz: reading DOT: %w", err)
	}
	defer g.Close()
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, f, &buf); err != nil {
		return nil, fmt.Errorf("graphviz: %w", err)
	}
	if buf.Len() == 0 {
		return nil, errors.New("graphviz: empty output")
	}
	return buf.Bytes(), nil
}

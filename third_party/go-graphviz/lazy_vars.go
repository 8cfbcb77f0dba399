package graphviz

import (
	"context"

	"github.com/goccy/go-graphviz/cgraph"
	"github.com/goccy/go-graphviz/internal/wasm"
)

// The graph descriptors come from the WebAssembly module, which is
// instantiated on first use (see internal/wasm/lazy.go): they are set
// again once it is.
func init() {
	wasm.OnLoad(func(context.Context) error {
		Directed = cgraph.Directed
		StrictDirected = cgraph.StrictDirected
		UnDirected = cgraph.UnDirected
		StrictUnDirected = cgraph.StrictUnDirected
		return nil
	})
}

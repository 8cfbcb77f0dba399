// Code generated for the lazy fork (see NOTE.md); the values were set at
// package initialisation, when the module was instantiated in init.

package cgraph

import (
	"context"

	"github.com/goccy/go-graphviz/internal/wasm"
)

// The exported values below come from the WebAssembly module, which is
// instantiated on first use: they are set again once it is.
func init() {
	wasm.OnLoad(func(context.Context) error {
		GRAPH = ObjectTag(wasm.GRAPH)
		NODE = ObjectTag(wasm.NODE)
		OUTEDGE = ObjectTag(wasm.OUT_EDGE)
		INEDGE = ObjectTag(wasm.IN_EDGE)
		EDGE = ObjectTag(wasm.EDGE)
		return nil
	})
}

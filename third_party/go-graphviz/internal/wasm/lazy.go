package wasm

import (
	"context"
	"fmt"
	"sync"
)

// The module is compiled and instantiated on first use (Load), not in
// an init function: a program that imports go-graphviz but does not
// render pays nothing for it. The packages above register with OnLoad
// what their init functions used to do.

var (
	loadOnce sync.Once
	loadErr  error
	onLoad   []func(context.Context) error
)

// OnLoad registers f to run once the module is instantiated, in the
// order of registration. Call it from init functions only.
func OnLoad(f func(context.Context) error) {
	onLoad = append(onLoad, f)
}

// Load compiles and instantiates the WebAssembly module and runs the
// functions registered with OnLoad, once; every call returns the error of
// the first.
func Load() error {
	loadOnce.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				loadErr = fmt.Errorf("go-graphviz: loading the WebAssembly module: %v", r)
			}
		}()
		load()
		ctx := context.Background()
		for _, f := range onLoad {
			if err := f(ctx); err != nil {
				loadErr = err
				return
			}
		}
	})
	return loadErr
}

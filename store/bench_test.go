package store_test

import (
	"bytes"
	"testing"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/store"
)

// BenchmarkReadDefault measures decoding the embedded default graph, which
// every query without a store pays once.
func BenchmarkReadDefault(b *testing.B) {
	raw := data.Bytes()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := store.Read(bytes.NewReader(raw)); err != nil {
			b.Fatal(err)
		}
	}
}

package parser

import (
	"math/rand"
	"strings"
	"testing"
)

// TestIndexStem checks the anchored stem search against strings.Index
// from every offset, on texts dense with the stems' bytes and their near
// misses, and on the stems cut at either end of the text.
func TestIndexStem(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"solu", "SOLU", "cisi", "CISI", "sol", "olu", "u", "U", "L", "c", "C", "cis", "isi", "s", " ", "résolution", "DECISION", "x"}
	for range 300 {
		var b strings.Builder
		for range rng.Intn(30) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for n, stem := range keywordStems {
			for i := 0; i <= len(s)+1; i++ {
				if got, want := indexStem(s, stem, keywordAnchors[n], i), indexFrom(s, stem, i); got != want {
					t.Fatalf("indexStem(%q, %q, %d) = %d, want %d", s, stem, i, got, want)
				}
			}
		}
	}
}

package parser

import (
	"math/rand"
	"strings"
	"testing"
)

// lastOrganByIndex is lastOrgan as strings.LastIndex of every name finds
// it: the name whose last occurrence is latest, the first of organNames
// on a tie.
func lastOrganByIndex(s string, skip func(Body) bool) (organName, int) {
	best, at := organName{}, -1
	for _, o := range organNames {
		if skip != nil && skip(o.body) {
			continue
		}
		if i := strings.LastIndex(s, o.name); i > at {
			best, at = o, i
		}
	}
	return best, at
}

// TestLastOrgan checks the backward pass of lastOrgan against a search of
// every name, on texts made of names, their pieces and filler.
func TestLastOrgan(t *testing.T) {
	pieces := []string{" ", ", ", "the ", "in its ", "adopted ", "Council", "Conseil ", "General", "Assembly", "de ", "Human Rights ", "\u00a0", "é"}
	for _, o := range organNames {
		pieces = append(pieces, o.name, o.name[:len(o.name)/2], o.name[len(o.name)/2:])
	}
	r := rand.New(rand.NewSource(1))
	for n := range 20000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		for _, skip := range []func(Body) bool{nil, notCouncil} {
			wo, wi := lastOrganByIndex(s, skip)
			o, i := lastOrgan(s, skip)
			if o != wo || i != wi {
				t.Fatalf("%d: lastOrgan(%q) = %q at %d, want %q at %d", n, s, o.name, i, wo.name, wi)
			}
		}
	}
}

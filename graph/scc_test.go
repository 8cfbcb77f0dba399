package graph

import (
	"reflect"
	"testing"
)

func TestComponents(t *testing.T) {
	tests := []struct {
		name string
		adj  adjacencyList
		want []int32 // component of each node
	}{
		{"chain", adjacencyList{{1}, {2}, {}}, []int32{2, 1, 0}},
		{"cycle", adjacencyList{{1}, {2}, {0}}, []int32{0, 0, 0}},
		{"cycle with a tail", adjacencyList{{1}, {2}, {1, 3}, {}}, []int32{2, 1, 1, 0}},
		{"two cycles joined", adjacencyList{{1}, {0, 2}, {3}, {2}}, []int32{1, 1, 0, 0}},
		{"self loop", adjacencyList{{0}}, []int32{0}},
		{"isolated", adjacencyList{{}, {}}, []int32{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			comp, n := Components(tt.adj)
			if !reflect.DeepEqual(comp, tt.want) {
				t.Errorf("Components = %v, want %v", comp, tt.want)
			}
			checkTopological(t, tt.adj, comp, n)
		})
	}
}

// checkTopological checks that every edge between two components runs from
// the higher number to the lower one.
func checkTopological(t *testing.T, adj adjacencyList, comp []int32, n int) {
	t.Helper()
	for v, succ := range adj {
		for _, w := range succ {
			if comp[v] < comp[w] || int(comp[v]) >= n {
				t.Errorf("edge %d → %d runs from component %d to %d", v, w, comp[v], comp[w])
			}
		}
	}
}

package graph

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestTransitiveReduction(t *testing.T) {
	tests := []struct {
		name string
		adj  adjacencyList
		want [][]int32
	}{
		{"chain unchanged", adjacencyList{{1}, {2}, {}}, [][]int32{{1}, {2}, nil}},
		{"series recalling every predecessor", adjacencyList{{1, 2, 3}, {2, 3}, {3}, {}}, [][]int32{{1}, {2}, {3}, nil}},
		{"diamond keeps both sides", adjacencyList{{1, 2, 3}, {3}, {3}, {}}, [][]int32{{1, 2}, {3}, {3}, nil}},
		{"cycle keeps its edges", adjacencyList{{1}, {2}, {0}}, [][]int32{{1}, {2}, {0}}},
		{"shortcut past a cycle goes", adjacencyList{{1, 3}, {2}, {1, 3}, {}}, [][]int32{{1}, {2}, {1, 3}, nil}},
		{"self loop kept", adjacencyList{{0, 1}, {}}, [][]int32{{0, 1}, nil}},
		{"empty", adjacencyList{}, [][]int32{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TransitiveReduction(tt.adj); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("TransitiveReduction = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTransitiveReductionRandomDAGs compares the reduction of random DAGs
// with the definition: u → v stays exactly when no other path joins them.
func TestTransitiveReductionRandomDAGs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		adj := randomDAG(r, 2+r.IntN(30), r.Float64()*0.5)
		got := TransitiveReduction(adj)
		reach := closure(adj)
		for u := range adj {
			for _, v := range adj[u] {
				implied := false
				for _, w := range adj[u] {
					if w != v && reach[w][v] {
						implied = true
					}
				}
				if kept := containsInt32(got[u], v); kept == implied {
					t.Fatalf("trial %d: edge %d → %d kept=%v, implied by a longer path=%v\n%v", trial, u, v, kept, implied, adj)
				}
			}
		}
	}
}

// randomDAG returns a DAG whose edges run from higher to lower numbers.
func randomDAG(r *rand.Rand, n int, p float64) adjacencyList {
	adj := make(adjacencyList, n)
	for u := range n {
		for v := range u {
			if r.Float64() < p {
				adj[u] = append(adj[u], int32(v))
			}
		}
	}
	return adj
}

// closure returns reach[u][v]: whether v can be reached from u in one or more steps.
func closure(adj adjacencyList) [][]bool {
	n := len(adj)
	reach := make([][]bool, n)
	for u := range n {
		reach[u] = make([]bool, n)
		for _, l := range Layers(adj, int32(u), 0) {
			for _, v := range l {
				reach[u][v] = true
			}
		}
	}
	return reach
}

func containsInt32(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

package graph

import (
	"reflect"
	"testing"
)

func TestLayers(t *testing.T) {
	// 0 → 1, 2; 1 → 3; 2 → 3, 4; 3 → 5; 4 → 0 (a cycle back to the start); 6 is unreachable.
	diamond := adjacencyList{{1, 2}, {3}, {3, 4}, {5}, {0}, {}, {5}}
	tests := []struct {
		name  string
		adj   adjacencyList
		start int32
		depth int
		want  [][]int32
	}{
		{"unlimited", diamond, 0, 0, [][]int32{{1, 2}, {3, 4}, {5}}},
		{"depth 1", diamond, 0, 1, [][]int32{{1, 2}}},
		{"depth 2", diamond, 0, 2, [][]int32{{1, 2}, {3, 4}}},
		{"depth beyond the end", diamond, 0, 9, [][]int32{{1, 2}, {3, 4}, {5}}},
		{"leaf", diamond, 5, 0, nil},
		{"cycle does not return the start", diamond, 4, 0, [][]int32{{0}, {1, 2}, {3}, {5}}},
		{"each node once, in its first layer", adjacencyList{{1, 2}, {2}, {}}, 0, 0, [][]int32{{1, 2}}},
		{"layer sorted", adjacencyList{{3, 1}, {}, {}, {2}}, 0, 0, [][]int32{{1, 3}, {2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Layers(tt.adj, tt.start, tt.depth)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Layers(%d, depth %d) = %v, want %v", tt.start, tt.depth, got, tt.want)
			}
		})
	}
}

package graph

import (
	"reflect"
	"testing"
)

func TestShortestPath(t *testing.T) {
	// 0 → 1 → 2 → 3, with a shortcut 0 → 2 and a cycle 3 → 0; 4 is isolated.
	g := adjacencyList{{1, 2}, {2}, {3}, {0}, {}}
	tests := []struct {
		name     string
		from, to int32
		want     []int32
	}{
		{"direct", 0, 1, []int32{0, 1}},
		{"takes the shortcut", 0, 3, []int32{0, 2, 3}},
		{"around the cycle", 3, 2, []int32{3, 0, 2}},
		{"to itself", 2, 2, []int32{2}},
		{"none", 0, 4, nil},
		{"none from an isolated node", 4, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ShortestPath(g, tt.from, tt.to); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ShortestPath(%d, %d) = %v, want %v", tt.from, tt.to, got, tt.want)
			}
		})
	}
}

func TestShortestPathTieBreak(t *testing.T) {
	// Two paths of length 2 from 0 to 3: through 1 and through 2. The
	// lower-numbered one wins, whatever order the lists come in.
	g := adjacencyList{{1, 2}, {3}, {3}, {}}
	if got, want := ShortestPath(g, 0, 3), []int32{0, 1, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("ShortestPath = %v, want %v", got, want)
	}
}

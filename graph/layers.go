package graph

import "slices"

// Layers walks adj breadth-first from start and returns the nodes it
// reaches, layer by layer: layers[0] holds the successors of start,
// layers[1] the nodes first reached from those, and so on. Each node
// appears once, in the first layer that reaches it; start itself never
// appears, even on a cycle. Within a layer, nodes are in ascending order.
// depth limits the number of layers; 0 or less means no limit.
func Layers(adj Adjacency, start int32, depth int) [][]int32 {
	seen := newBitset(adj.Len())
	seen.set(start)
	var layers [][]int32
	frontier := []int32{start}
	for len(frontier) > 0 && (depth <= 0 || len(layers) < depth) {
		var next []int32
		for _, v := range frontier {
			for _, w := range adj.Succ(v) {
				if !seen.has(w) {
					seen.set(w)
					next = append(next, w)
				}
			}
		}
		if len(next) == 0 {
			break
		}
		slices.Sort(next)
		layers = append(layers, next)
		frontier = next
	}
	return layers
}

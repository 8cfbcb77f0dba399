package graph

import (
	"cmp"
	"slices"
)

// Nearest returns the lineage cut down to its n nearest documents: whole
// generations first, then, in the generation where the cut falls, the
// most recent documents (undated ones last). It returns l itself when it
// holds n documents or fewer.
func (l *Lineage) Nearest(n int) *Lineage {
	if l.Count() <= n {
		return l
	}
	out := &Lineage{Root: l.Root, Direction: l.Direction, Depth: l.Depth}
	for _, gen := range l.Generations {
		if n <= 0 {
			break
		}
		steps := gen.Steps
		if len(steps) > n {
			steps = mostRecent(steps, n)
		}
		out.Generations = append(out.Generations, Generation{Number: gen.Number, Steps: steps})
		n -= len(steps)
	}
	return out
}

// mostRecent returns the n most recent steps, in their original order.
func mostRecent(steps []Step, n int) []Step {
	byDate := slices.Clone(steps)
	slices.SortStableFunc(byDate, func(a, b Step) int {
		return -cmp.Compare(dateKey(a.Node), dateKey(b.Node))
	})
	keep := make(map[*Node]bool, n)
	for _, s := range byDate[:n] {
		keep[s.Node] = true
	}
	var out []Step
	for _, s := range steps {
		if keep[s.Node] {
			out = append(out, s)
		}
	}
	return out
}

// dateKey sorts undated nodes before every date, so that they come last
// in a most-recent-first order.
func dateKey(n *Node) string { return n.Date }

package render

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
)

// choose returns at most n of cands, by policy: generation by generation
// (all of a nearer generation before any of a farther one; gen nil puts
// every candidate in one), and within a generation in the policy's order.
// KeepRelevant first takes each body's earliest document, nearest
// generation first, then alternates between the earliest and the most
// cited. The result is in the order of cands.
func choose(cands []*graph.Node, gen map[string]int, cited map[string]int, n int, keep Keep) []*graph.Node {
	if n >= len(cands) {
		return cands
	}
	byGen := map[int][]*graph.Node{}
	for _, c := range cands {
		byGen[gen[c.ID]] = append(byGen[gen[c.ID]], c)
	}
	gens := slices.Sorted(maps.Keys(byGen))
	picked := map[*graph.Node]bool{}
	take := func(c *graph.Node) {
		if len(picked) < n {
			picked[c] = true
		}
	}
	if keep == KeepRelevant {
		seen := map[string]bool{}
		for _, k := range gens {
			for _, c := range byDate(byGen[k]) {
				if b := laneKey(c); !seen[b] {
					seen[b] = true
					take(c)
				}
			}
		}
	}
	for _, k := range gens {
		orders := [][]*graph.Node{}
		switch keep {
		case KeepRelevant:
			orders = append(orders, byDate(byGen[k]), byCited(byGen[k], cited))
		case KeepEarliest:
			orders = append(orders, byDate(byGen[k]))
		case KeepRecent:
			orders = append(orders, byRecent(byGen[k]))
		case KeepCited:
			orders = append(orders, byCited(byGen[k], cited))
		}
		for i := 0; i < len(byGen[k]) && len(picked) < n; i++ {
			for _, o := range orders {
				take(o[i])
			}
		}
	}
	var out []*graph.Node
	for _, c := range cands {
		if picked[c] {
			out = append(out, c)
		}
	}
	return out
}

// byDate sorts oldest first, undated last.
func byDate(nodes []*graph.Node) []*graph.Node {
	s := slices.Clone(nodes)
	slices.SortStableFunc(s, graph.CompareNodes)
	return s
}

// byRecent sorts newest first, undated last.
func byRecent(nodes []*graph.Node) []*graph.Node {
	s := slices.Clone(nodes)
	slices.SortStableFunc(s, func(a, b *graph.Node) int {
		if (a.Date == "") != (b.Date == "") {
			if a.Date == "" {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(b.Date, a.Date); c != 0 {
			return c
		}
		return graph.CompareSymbols(a.ID, b.ID)
	})
	return s
}

// byCited sorts the most cited first, then oldest first.
func byCited(nodes []*graph.Node, cited map[string]int) []*graph.Node {
	s := slices.Clone(nodes)
	slices.SortStableFunc(s, func(a, b *graph.Node) int {
		if c := cmp.Compare(cited[b.ID], cited[a.ID]); c != 0 {
			return c
		}
		return graph.CompareNodes(a, b)
	})
	return s
}

// describeChoice is the caption's sentence on a cut: "150 of 271
// documents shown: the root, all 98 direct citers and 51 of 172 indirect
// ones, chosen as the earliest".
func describeChoice(f *Figure, cands, kept []*graph.Node, keep Keep) string {
	shown, total := len(kept), len(cands)
	if f.Root != nil {
		shown, total = shown+1, total+1
	}
	s := fmt.Sprintf("%s of %s documents shown", thousands(shown), thousands(total))
	if f.Root == nil {
		return s + ", chosen as " + keep.describe()
	}
	words := [2]string{"documents cited directly", "cited indirectly"}
	if f.Direction == graph.Descendants {
		words = [2]string{"direct citers", "indirect citers"}
	}
	count := func(nodes []*graph.Node, direct bool) int {
		k := 0
		for _, n := range nodes {
			if (f.Gen[n.ID] == 1) == direct {
				k++
			}
		}
		return k
	}
	var parts []string
	for i, direct := range []bool{true, false} {
		have, of := count(kept, direct), count(cands, direct)
		if of == 0 {
			continue
		}
		what := words[i]
		switch have {
		case of:
			parts = append(parts, fmt.Sprintf("all %s %s", thousands(of), what))
		case 0:
			parts = append(parts, fmt.Sprintf("none of the %s %s", thousands(of), what))
		default:
			parts = append(parts, fmt.Sprintf("%s of the %s %s", thousands(have), thousands(of), what))
		}
	}
	return fmt.Sprintf("%s: the root, %s, chosen as %s", s, strings.Join(parts, " and "), keep.describe())
}

package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortStepsIsCompareNodes checks that sorting by date keys gives the
// order of CompareNodes, for dates of every shape, odd ones included.
func TestSortStepsIsCompareNodes(t *testing.T) {
	dates := []string{"", "2004", "2004-00", "2004-12", "2004-12-03", "2004-12-3", "2004-1", "1998-12-04",
		"1998", "0000", "9999-99-99", "20041203", "2004/12/03", "abcd", "2004-12-03T00", "1946-01-24", "2004-12-00", "2004-00-05"}
	r := rand.New(rand.NewPCG(1, 2))
	var steps []Step
	for i := range 400 {
		d := dates[r.IntN(len(dates))]
		steps = append(steps, Step{Node: &Node{ID: fmt.Sprintf("A/RES/%d/%d", 50+r.IntN(5), i), Date: d}})
	}
	got := sortSteps(steps)
	want := slices.Clone(steps)
	slices.SortFunc(want, func(a, b Step) int { return CompareNodes(a.Node, b.Node) })
	for i := range want {
		if got[i].Node != want[i].Node {
			t.Fatalf("position %d: %s %q, want %s %q", i, got[i].Node.ID, got[i].Node.Date, want[i].Node.ID, want[i].Node.Date)
		}
	}
}

func TestDateOrderAgreesWithCompareNodes(t *testing.T) {
	dates := []string{"", "2004", "2004-00", "2004-12", "2004-12-03", "2004-12-3", "1998-12-04", "1998", "0000", "9999-12-31", "2004-12-00", "2004-00-05", "x"}
	for _, a := range dates {
		for _, b := range dates {
			ka, kb := dateOrder(a), dateOrder(b)
			if ka == noDateOrder || kb == noDateOrder || ka == kb {
				continue
			}
			want := CompareNodes(&Node{Date: a}, &Node{Date: b})
			if got := compareKeys(ka, kb); got != want {
				t.Errorf("%q against %q: keys %d, %d say %d, CompareNodes %d", a, b, ka, kb, got, want)
			}
		}
	}
}

func compareKeys(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

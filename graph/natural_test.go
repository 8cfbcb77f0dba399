package graph

import (
	"slices"
	"testing"
)

func TestCompareSymbols(t *testing.T) {
	got := []string{"A/RES/60/45", "A/RES/100/1", "A/RES/60/9", "A/RES/60", "S/RES/1373(2001)", "S/RES/242(1967)", "A/RES/60/045", "A/RES/ES-10/19"}
	slices.SortFunc(got, CompareSymbols)
	want := []string{"A/RES/60", "A/RES/60/9", "A/RES/60/45", "A/RES/60/045", "A/RES/100/1", "A/RES/ES-10/19", "S/RES/242(1967)", "S/RES/1373(2001)"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted = %q\nwant     %q", got, want)
	}
	for _, s := range want {
		if CompareSymbols(s, s) != 0 {
			t.Errorf("CompareSymbols(%q, itself) != 0", s)
		}
	}
}

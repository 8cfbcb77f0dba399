package parser

import "testing"

// TestSkipNonMarkerShapes checks skipNonMarker on the shapes markers take
// in the texts: it stops at the first byte that may start one, wherever it
// stands in an eight-byte block and whatever follows it in the block.
func TestSkipNonMarkerShapes(t *testing.T) {
	for _, tc := range []struct {
		s    string
		from int
		want int
	}{
		{"Recalling its resolution 70/1 of 25 September 2015", 0, 25},
		{"the Security Council,12 and", 0, 21},
		{"the Sécurité1 de", 0, 5},
		{"the Council[^3] reaffirms", 0, 11},
		{"the Council$^{3}$ reaffirms", 0, 11},
		{"Development2", 0, 11},
		{"Development", 0, 11},
		{"of the Court¹ and", 0, 12},
		{"abcdefg9[$é", 0, 7},
		{"abcdefgh[", 0, 8},
		{"abcdefgh$9", 0, 8},
		{"/:@`{ Z z", 0, 9},
		{"1 reaffirms the report of 2", 1, 26},
		{"", 0, 0},
	} {
		if got := skipNonMarker(tc.s, tc.from); got != tc.want {
			t.Errorf("skipNonMarker(%q, %d) = %d, want %d", tc.s, tc.from, got, tc.want)
		}
	}
}

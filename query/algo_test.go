package query

import (
	"github.com/recital-un/recital/parser"
	"reflect"
	"testing"
)

// smallCSR builds the adjacency of edges over n nodes, edges listed in
// ascending order, and the bitset of the given members.
func smallCSR(n int, edges [][2]int32) *csr {
	var src, dst []int32
	for _, e := range edges {
		src, dst = append(src, e[0]), append(dst, e[1])
	}
	return newCSR(n, src, dst)
}

func members(n int, vs ...int32) bitset {
	b := newBitset(n)
	for _, v := range vs {
		b.set(v)
	}
	return b
}

// diamond: 0 → 1 → 3, 0 → 2 → 3, 3 → 4, 4 → 3 (a cycle), 5 alone.
var diamond = [][2]int32{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 3}}

func TestReach(t *testing.T) {
	adj := smallCSR(6, diamond)
	tests := []struct {
		name    string
		sources []int32
		depth   int
		want    []int32
	}{
		{"all generations", []int32{0}, 0, []int32{1, 2, 3, 4}},
		{"one generation", []int32{0}, 1, []int32{1, 2}},
		{"a source reached again on a cycle", []int32{3}, 0, []int32{3, 4}},
		{"a source reached from another", []int32{0, 1}, 1, []int32{1, 2, 3}},
		{"nothing to reach", []int32{5}, 0, []int32{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := reach(adj, members(6, tt.sources...), tt.depth, nil).members()
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("reach = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestShortestPath(t *testing.T) {
	adj := smallCSR(6, diamond)
	tests := []struct {
		name     string
		from, to []int32
		want     []int32
	}{
		{"lowest first among equals", []int32{0}, []int32{3}, []int32{0, 1, 3}},
		{"to the nearest target", []int32{0}, []int32{3, 4}, []int32{0, 1, 3}},
		{"from several sources", []int32{2, 0}, []int32{4}, []int32{2, 3, 4}},
		{"a node in both", []int32{3}, []int32{3}, []int32{3}},
		{"none", []int32{4}, []int32{0}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shortestPath(adj, members(6, tt.from...), members(6, tt.to...), nil)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("shortestPath = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBitset(t *testing.T) {
	a, b := members(130, 0, 64, 129), members(130, 64, 100)
	if got := a.or(b).members(); !reflect.DeepEqual(got, []int32{0, 64, 100, 129}) {
		t.Errorf("or = %v", got)
	}
	if got := a.and(b).members(); !reflect.DeepEqual(got, []int32{64}) {
		t.Errorf("and = %v", got)
	}
	if got := a.andNot(b).members(); !reflect.DeepEqual(got, []int32{0, 129}) {
		t.Errorf("andNot = %v", got)
	}
	if got := fullBitset(130).count(); got != 130 {
		t.Errorf("fullBitset(130).count() = %d", got)
	}
}

func TestSessionOf(t *testing.T) {
	tests := map[string]string{
		"A/RES/53/70": "53", "A/53/150": "53", "A/C.3/53/L.2": "53", "A/HRC/RES/7/36": "7",
		"A/RES/1514(XV)": "15", "A/RES/2252(ES-V)": "ES-5", "A/RES/3201(S-VI)": "S-6",
		"A/RES/ES-10/19": "ES-10", "A/RES/S-26/2": "S-26", "A/DEC/59/551": "59",
		"S/RES/1373(2001)": "", "E/RES/2004/67": "", "A/2170": "",
	}
	for id, want := range tests {
		if got, _ := sessionOf(id); got != want {
			t.Errorf("sessionOf(%s) = %q, want %q", id, got, want)
		}
	}
}

func TestRoman(t *testing.T) {
	for s, want := range map[string]int{"XV": 15, "XXIX": 29, "IV": 4, "XL": 40, "": 0, "XQ": 0} {
		if got := parser.RomanValue(s); got != want {
			t.Errorf("parser.RomanValue(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestNormalise(t *testing.T) {
	for in, want := range map[string]string{
		"Developments in the field of information and telecommunications in the context of international security": "developments in the field of information and telecommunications in the context of international security",
		"The Cyprus  Question":                     "the cyprus question",
		"Rights of the child: a holistic approach": "rights of the child a holistic approach",
		"": "",
	} {
		if got := normalise(in); got != want {
			t.Errorf("normalise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWordMatches(t *testing.T) {
	tests := []struct {
		word, pattern string
		want          bool
	}{
		{"reaffirming", "reaffirming", true},
		{"Reaffirming", "reaffirming", true},
		{"reaffirms", "reaffirm*", true},
		{"reaffirms", "reaffirming", false},
		{"taking note", "taking note", true},
		{"", "*", false},
		{"re", "reaffirm*", false},
	}
	for _, tt := range tests {
		if got := wordMatches(tt.word, tt.pattern); got != tt.want {
			t.Errorf("wordMatches(%q, %q) = %v", tt.word, tt.pattern, got)
		}
	}
}

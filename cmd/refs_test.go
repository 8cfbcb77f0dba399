package cmd

import (
	"slices"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

func TestParseRef(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"as written", "60/45", "A/RES/60/45"},
		{"lower case", "a/res/60/45", "A/RES/60/45"},
		{"official UDHR symbol", "A/RES/217 A (III)", "A/RES/217(III)"},
		{"glued part", "A/RES/217A(III)", "A/RES/217(III)"},
		{"undocs.org address", "https://undocs.org/A/RES/60/45", "A/RES/60/45"},
		{"address with language and escapes", "https://docs.un.org/en/S/RES/242%281967%29", "S/RES/242(1967)"},
		{"zero-padded", "60/045", "A/RES/60/45"},
		{"lower-case corrigendum", "a/55/140/corr.1", "A/55/140/Corr.1"},
		{"SC with a space", "S/RES/1373 (2001)", "S/RES/1373(2001)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseRef(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("parseRef(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
	if _, err := parseRef("not a symbol"); err == nil {
		t.Error("parseRef accepted a non-reference")
	}
}

func TestSuggest(t *testing.T) {
	var docs []*parser.Document
	for _, id := range []string{"A/RES/60/45", "A/HRC/RES/7/36", "A/RES/7/36", "A/RES/60/4"} {
		docs = append(docs, &parser.Document{Symbol: id, Source: id})
	}
	g, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id   string
		want []string
	}{
		{"A/RES/60/4500", []string{"A/RES/60/45"}},
		{"E/RES/7/36", []string{"A/HRC/RES/7/36", "A/RES/7/36"}},
		{"S/RES/1(1946)", nil},
	}
	for _, tt := range tests {
		if got := suggest(g, tt.id); !slices.Equal(got, tt.want) {
			t.Errorf("suggest(%s) = %v, want %v", tt.id, got, tt.want)
		}
	}
}

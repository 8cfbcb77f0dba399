package export

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
)

// TestJSONRoundTrip writes the whole graph as JSON, reads it back and
// checks that nothing was lost: same nodes, edges, occurrences and
// diagnostics, and the same bytes when written again.
func TestJSONRoundTrip(t *testing.T) {
	g := smallGraph(t)
	first := single(t, write(t, "json", Whole(g)))
	back, err := ReadJSON(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(nodeValues(back), nodeValues(g)) {
		t.Errorf("nodes differ after the round trip:\n got %+v\nwant %+v", nodeValues(back), nodeValues(g))
	}
	if !reflect.DeepEqual(edgeValues(back), edgeValues(g)) {
		t.Errorf("edges differ after the round trip:\n got %+v\nwant %+v", edgeValues(back), edgeValues(g))
	}
	if !reflect.DeepEqual(back.Diagnostics(), g.Diagnostics()) {
		t.Errorf("diagnostics differ: got %+v, want %+v", back.Diagnostics(), g.Diagnostics())
	}
	if again := single(t, write(t, "json", Whole(back))); !bytes.Equal(again, first) {
		t.Errorf("written again, the JSON differs:\n%s", firstDiff(string(again), string(first)))
	}
}

// TestJSONLineageRoundTrip reads back a lineage export: the lineage
// queried on it is the lineage queried on the whole graph.
func TestJSONLineageRoundTrip(t *testing.T) {
	g := smallGraph(t)
	data := single(t, write(t, "json", lineageOf(t, g, "A/RES/60/45", graph.Ancestors)))
	for _, want := range []string{`"root": "A/RES/60/45"`, `"direction": "lineage"`, `"generation": 1`, `"link": "https://undocs.org/A/RES/60/45"`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("the lineage JSON lacks %s", want)
		}
	}
	back, err := ReadJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := g.Lineage("A/RES/60/45", 0)
	got, err := back.Lineage("A/RES/60/45", 0)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lineage on the export differs:\n got %+v\nwant %+v", got, want)
	}
}

func TestReadJSONRejects(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not JSON", "hello", "not a Recital JSON graph"},
		{"empty", "", "not a Recital JSON graph"},
		{"other JSON", `{"nodes": [], "links": []}`, "not a Recital JSON graph"},
		{"later schema", `{"format": "recital-graph", "schema": 2}`, "schema 2"},
		{"dangling link", `{"format": "recital-graph", "schema": 1, "nodes": [{"id": "A/1"}], "links": [{"source": "A/1", "target": "A/2"}]}`, "unknown node"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadJSON(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadJSON(%q) = %v, want an error with %q", tt.in, err, tt.want)
			}
			if strings.Contains(tt.want, "Recital JSON") && !errors.Is(err, ErrNotJSONGraph) {
				t.Errorf("error %v is not ErrNotJSONGraph", err)
			}
		})
	}
}

// nodeValues copies the nodes of g, with empty part lists as nil.
func nodeValues(g *graph.Graph) []graph.Node {
	var out []graph.Node
	for _, n := range g.Nodes() {
		v := *n
		if len(v.Parts) == 0 {
			v.Parts = nil
		}
		out = append(out, v)
	}
	return out
}

// edgeValues copies the edges of g.
func edgeValues(g *graph.Graph) []graph.Edge {
	var out []graph.Edge
	for _, e := range g.Edges() {
		out = append(out, *e)
	}
	return out
}

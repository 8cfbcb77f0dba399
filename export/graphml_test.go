package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/recital-un/recital/graph"
)

// gmlFile is a GraphML document as TestGraphMLReadBack reads it.
type gmlFile struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []gmlElem `xml:"node"`
		Edges       []gmlElem `xml:"edge"`
	} `xml:"graph"`
}

// gmlElem is a node or an edge with its data.
type gmlElem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

// readGraphML reads a GraphML export into typed values: for every node
// and edge ("from → to"), its attributes converted by their declared
// type.
func readGraphML(t *testing.T, data []byte) (string, map[string]map[string]any) {
	t.Helper()
	var f gmlFile
	if err := xml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	types := make(map[string]string)
	for _, k := range f.Keys {
		types[k.ID] = k.Type
	}
	out := make(map[string]map[string]any)
	read := func(id string, e gmlElem) {
		attrs := make(map[string]any)
		for _, d := range e.Data {
			v, err := typed(types[d.Key], d.Value)
			if err != nil {
				t.Errorf("%s: %s: %v", id, d.Key, err)
			}
			attrs[d.Key] = v
		}
		out[id] = attrs
	}
	for _, n := range f.Graph.Nodes {
		read(n.ID, n)
	}
	for _, e := range f.Graph.Edges {
		read(e.Source+" → "+e.Target, e)
	}
	return f.Graph.EdgeDefault, out
}

// typed converts a GraphML value to its declared type.
func typed(typ, v string) (any, error) {
	switch typ {
	case "string":
		return v, nil
	case "int":
		return strconv.Atoi(v)
	case "boolean":
		return strconv.ParseBool(v)
	case "double":
		return strconv.ParseFloat(v, 64)
	}
	return nil, fmt.Errorf("unknown type %q", typ)
}

// TestGraphMLReadBack reads the GraphML export back and finds every node
// and edge with its typed attributes.
func TestGraphMLReadBack(t *testing.T) {
	g := smallGraph(t)
	dir, got := readGraphML(t, single(t, write(t, "graphml", lineageOf(t, g, "A/RES/60/45", graph.Ancestors))))
	if dir != "directed" {
		t.Errorf("edgedefault = %q", dir)
	}
	want := map[string]map[string]any{
		"A/RES/60/45": {"label": "A/RES/60/45", "kind": "resolution", "body": "GA", "title": titleMarkup, "date": "2005-12-08",
			"year": 2005, "in_corpus": true, "source": "a.txt", "format": "text", "link": "https://undocs.org/A/RES/60/45", "generation": 0},
		"A/60/202":      {"label": "A/60/202", "kind": "document", "body": "GA", "in_corpus": false, "link": "https://undocs.org/A/60/202", "generation": 1},
		"A/DEC/59/551":  {"label": "A/DEC/59/551", "kind": "decision", "body": "GA", "date": "2004-12-23", "year": 2004, "in_corpus": false, "generation": 1},
		"A/RES/59/61":   {"label": "A/RES/59/61", "kind": "resolution", "body": "GA", "title": titleFormula, "date": "2004-12-03", "year": 2004, "in_corpus": true, "source": "b.txt", "format": "text", "link": "https://undocs.org/A/RES/59/61", "generation": 1},
		"A/RES/58/32":   {"label": "A/RES/58/32", "kind": "resolution", "body": "GA", "title": titleTeX, "date": "2003-12-08", "year": 2003, "in_corpus": false, "link": "https://undocs.org/A/RES/58/32", "generation": 1},
		"S/PRST/2005/1": {"label": "S/PRST/2005/1", "kind": "statement", "body": "SC", "title": titleMinus, "in_corpus": false, "link": "https://undocs.org/S/PRST/2005/1", "generation": 1},
		"S/RES/1373(2001)": {"label": "S/RES/1373(2001)", "kind": "resolution", "body": "SC", "title": "Threats to international peace and security caused by terrorist acts",
			"date": "2001-09-28", "year": 2001, "in_corpus": false, "link": "https://undocs.org/S/RES/1373(2001)", "generation": 1},
		"A/RES/60/45 → A/RES/59/61":      {"relations": "recalling, reaffirms", "family": "reaffirming", "occurrences": 2, "locations": "preamble, operative", "weight": 2.0},
		"A/RES/60/45 → A/RES/58/32":      {"relations": "reaffirming", "family": "reaffirming", "occurrences": 1, "locations": "preamble", "weight": 1.0},
		"A/RES/60/45 → A/DEC/59/551":     {"relations": "recalling", "family": "recalling", "occurrences": 1, "locations": "preamble", "weight": 1.0},
		"A/RES/60/45 → S/PRST/2005/1":    {"relations": "noting", "family": "taking note", "occurrences": 1, "locations": "preamble", "weight": 1.0},
		"A/RES/60/45 → S/RES/1373(2001)": {"relations": "cites", "family": "other", "occurrences": 1, "locations": "annex", "weight": 1.0},
		"A/RES/60/45 → A/60/202":         {"relations": "taking note", "family": "taking note", "occurrences": 1, "locations": "footnote", "weight": 1.0},
		"A/RES/59/61 → A/RES/58/32":      {"relations": "recalling", "family": "recalling", "occurrences": 1, "locations": "preamble", "weight": 1.0},
	}
	if !reflect.DeepEqual(got, want) {
		for id, w := range want {
			if !reflect.DeepEqual(got[id], w) {
				t.Errorf("%s:\n got %v\nwant %v", id, got[id], w)
			}
		}
		for id := range got {
			if want[id] == nil {
				t.Errorf("unexpected %s", id)
			}
		}
	}
}

// networkx runs a Python script with networkx on an export file and
// decodes the JSON it prints. It skips where python3-networkx is missing.
func networkx(t *testing.T, script, path string) map[string]any {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err == nil {
		err = exec.Command(py, "-c", "import networkx").Run()
	}
	if err != nil {
		t.Skipf("python3-networkx not installed: %v (apt-get install python3-networkx)", err)
	}
	stdout, _ := outside(t, "python3-networkx", filepath.Dir(path), py, "-c", script, path)
	var out map[string]any
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("networkx printed %q: %v", stdout, err)
	}
	t.Logf("networkx %v", out["version"])
	return out
}

// nxReadScript reads a GraphML or GEXF file with networkx and prints what
// the tests check, with Python's type names.
const nxReadScript = `
import json, sys
import networkx as nx
path = sys.argv[1]
G = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path)
def typed(d):
    return {k: [v, type(v).__name__] for k, v in sorted(d.items())}
print(json.dumps({
    "version": nx.__version__,
    "directed": G.is_directed(),
    "nodes": G.number_of_nodes(),
    "edges": G.number_of_edges(),
    "mode": G.graph.get("mode", ""),
    "root": typed(G.nodes["A/RES/60/45"]),
    "formula": G.nodes["A/RES/59/61"]["title"],
    "tex": G.nodes["A/RES/58/32"]["title"],
    "edge": typed(G.edges["A/RES/60/45", "A/RES/59/61"]),
}))
`

// checkNetworkx checks what networkx read from an export of the whole
// small graph.
func checkNetworkx(t *testing.T, got map[string]any, wantRoot, wantEdge map[string][]any) {
	t.Helper()
	for k, want := range map[string]any{"directed": true, "nodes": 8.0, "edges": 8.0, "formula": titleFormula, "tex": titleTeX} {
		if !reflect.DeepEqual(got[k], want) {
			t.Errorf("networkx read %s = %v, want %v", k, got[k], want)
		}
	}
	for name, want := range map[string]map[string][]any{"root": wantRoot, "edge": wantEdge} {
		attrs, _ := got[name].(map[string]any)
		for k, w := range want {
			if !reflect.DeepEqual(attrs[k], []any(w)) {
				t.Errorf("networkx read %s %s = %v, want %v", name, k, attrs[k], w)
			}
		}
	}
}

// TestGraphMLNetworkx reads the GraphML export with networkx and checks
// that the attributes come typed.
func TestGraphMLNetworkx(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.graphml")
	if err := os.WriteFile(path, single(t, write(t, "graphml", Whole(smallGraph(t)))), 0o644); err != nil {
		t.Fatal(err)
	}
	got := networkx(t, nxReadScript, path)
	checkNetworkx(t, got,
		map[string][]any{"year": {2005.0, "int"}, "in_corpus": {true, "bool"}, "title": {titleMarkup, "str"}, "date": {"2005-12-08", "str"}},
		map[string][]any{"occurrences": {2.0, "int"}, "weight": {2.0, "float"}, "relations": {"recalling, reaffirms", "str"}})
}

// TestGEXFNetworkx reads the GEXF export with networkx's read_gexf: a
// dynamic graph whose documents and citations start at their dates.
func TestGEXFNetworkx(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.gexf")
	data := single(t, write(t, "gexf", Whole(smallGraph(t))))
	if !bytes.Contains(data, []byte(`mode="dynamic" timeformat="date"`)) {
		t.Error("the GEXF graph is not dynamic with dates")
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got := networkx(t, nxReadScript, path)
	if got["mode"] != "dynamic" {
		t.Errorf("networkx read mode %v, want dynamic", got["mode"])
	}
	checkNetworkx(t, got,
		map[string][]any{"start": {"2005-12-08", "str"}, "year": {2005.0, "int"}, "in_corpus": {true, "bool"}, "label": {"A/RES/60/45", "str"}, "title": {titleMarkup, "str"}},
		map[string][]any{"start": {"2005-12-08", "str"}, "weight": {2.0, "float"}, "occurrences": {2.0, "int"}, "label": {"recalling, reaffirms", "str"}})
}

// nxJSONScript reads the JSON export with networkx's node_link_graph
// (whose keyword for "links" changed in networkx 3.4).
const nxJSONScript = `
import json, sys
import networkx as nx
data = json.load(open(sys.argv[1]))
try:
    G = nx.node_link_graph(data, edges="links")
except TypeError:
    G = nx.node_link_graph(data)
print(json.dumps({
    "version": nx.__version__,
    "directed": G.is_directed(),
    "nodes": G.number_of_nodes(),
    "edges": G.number_of_edges(),
    "title": G.nodes["A/RES/59/61"]["title"],
    "relations": G.edges["A/RES/60/45", "A/RES/59/61"]["relations"],
}))
`

// TestJSONNetworkx reads the JSON export with networkx.
func TestJSONNetworkx(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	if err := os.WriteFile(path, single(t, write(t, "json", Whole(smallGraph(t)))), 0o644); err != nil {
		t.Fatal(err)
	}
	got := networkx(t, nxJSONScript, path)
	delete(got, "version")
	want := map[string]any{"directed": true, "nodes": 8.0, "edges": 8.0, "title": titleFormula, "relations": []any{"recalling", "reaffirms"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("networkx read %v, want %v", got, want)
	}
}

package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run 'go test ./render -update' to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run 'go test ./render -update' and review the diff):\n%s", path, firstDiff(string(got), string(want)))
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

func dotOf(t *testing.T, v *graph.View) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteDOT(&buf, v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteDOTSmall(t *testing.T) {
	g := smallGraph(t)
	v := lineageView(t, g, "A/RES/60/45")
	got := dotOf(t, v)
	golden(t, "small.dot", got)
	if again := dotOf(t, lineageView(t, g, "A/RES/60/45")); !bytes.Equal(got, again) {
		t.Error("two renderings of the same view differ")
	}
	r, err := v.Reduce()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "small-reduced.dot", dotOf(t, r))
}

func TestWriteDOTCitedBy(t *testing.T) {
	g := smallGraph(t)
	l, err := g.CitedBy("A/RES/58/32", 0)
	if err != nil {
		t.Fatal(err)
	}
	v, err := g.View(l)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "small-cited-by.dot", dotOf(t, v))
}

// TestWriteDOTReal draws lineages from a graph built from a few real files
// of ../shared: the seed (60/45, whose predecessors are cited only) and the
// ICT-security series of sessions 74 to 80.
func TestWriteDOTReal(t *testing.T) {
	const shared = "../../shared"
	files := []string{
		"seeds/000_f185a9db89c9077f.txt",
		"corpus/bulk/akn/A_RES_74_28.xml",
		"corpus/bulk/akn/A_RES_75_240.xml",
		"corpus/bulk/akn/A_RES_76_19.xml",
		"corpus/bulk/akn/A_RES_77_37.xml",
		"corpus/bulk/akn/A_RES_78_16.xml",
		"corpus/bulk/akn/A_RES_79_237.xml",
		"corpus/dev/A_RES_80_16.txt",
	}
	var docs []*parser.Document
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(shared, f))
		if err != nil {
			t.Skipf("../shared is not present (%v): the golden DOT of real lineages cannot be checked", err)
		}
		d, err := parser.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	g, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "60-45.dot", dotOf(t, lineageView(t, g, "A/RES/60/45")))
	l, err := g.Lineage("A/RES/80/16", 0)
	if err != nil {
		t.Fatal(err)
	}
	v, _, err := Fit(g, l, true, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "80-16-reduced.dot", dotOf(t, v))
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{`plain`, `plain`},
		{`say "hi"`, `say \"hi\"`},
		{`back\slash`, `back\\slash`},
		{"two\nlines", `two\nlines`},
		{"tab\there", "tab here"},
		{`end\`, `end\\`},
		{"«Ünïcode» – ok", "«Ünïcode» – ok"},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLink(t *testing.T) {
	tests := []struct {
		id   string
		kind parser.Kind
		want string
	}{
		{"A/RES/60/45", parser.KindResolution, "https://undocs.org/A/RES/60/45"},
		{"A/RES/1514(XV)", parser.KindResolution, "https://undocs.org/A/RES/1514(XV)"},
		{"S/PRST/2005/1", parser.KindStatement, "https://undocs.org/S/PRST/2005/1"},
		{"A/DEC/59/551", parser.KindDecision, ""},
		{"E/DEC/2004/322", parser.KindDecision, ""},
		{"A/73/12(PartI)", parser.KindDocument, "https://undocs.org/A/73/12(PartI)"},
		{"A/HRC/RES/7/36#x", parser.KindResolution, "https://undocs.org/A/HRC/RES/7/36%23x"},
	}
	for _, tt := range tests {
		if got := Link(&graph.Node{ID: tt.id, Kind: tt.kind}); got != tt.want {
			t.Errorf("Link(%s) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

package export

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Titles that need escaping somewhere.
const (
	titleMarkup  = `Developments in the field of "information" & <telecommunications> \ test`
	titleFormula = `=HYPERLINK("http://example.com","click")`
	titleTeX     = "Budget {50%} $ # _ ~ ^ — Développement durable"
	titleMinus   = "-2+3 situation, in the region"
)

// smallGraph is a hand-built graph with every kind of node, an undated
// node, a node with parts adopted apart, titles that need escaping in
// every format (quotes, markup, TeX, spreadsheet formulas), an edge with
// two occurrences and two relations, a footnote citation, an annex
// citation without a relation, and a diagnostic.
func smallGraph(t testing.TB) *graph.Graph {
	t.Helper()
	nodes := []*graph.Node{
		{ID: "A/RES/60/45", Kind: parser.KindResolution, Body: parser.BodyGA, Title: titleMarkup, Date: "2005-12-08", InCorpus: true, Source: "a.txt", Format: "text"},
		{ID: "A/RES/59/61", Kind: parser.KindResolution, Body: parser.BodyGA, Title: titleFormula, Date: "2004-12-03", InCorpus: true, Source: "b.txt", Format: "text"},
		{ID: "A/RES/58/32", Kind: parser.KindResolution, Body: parser.BodyGA, Title: titleTeX, Date: "2003-12-08"},
		{ID: "A/DEC/59/551", Kind: parser.KindDecision, Body: parser.BodyGA, Date: "2004-12-23"},
		{ID: "S/PRST/2005/1", Kind: parser.KindStatement, Body: parser.BodySC, Title: titleMinus},
		{ID: "S/RES/1373(2001)", Kind: parser.KindResolution, Body: parser.BodySC, Title: "Threats to international peace and security caused by terrorist acts", Date: "2001-09-28"},
		{ID: "A/60/202", Kind: parser.KindDocument, Body: parser.BodyGA},
		{ID: "A/RES/66/253", Kind: parser.KindResolution, Body: parser.BodyGA, Title: "The situation in the Syrian Arab Republic", Date: "2012-02-16",
			Parts: []graph.PartDate{{Part: "A", Date: "2012-02-16"}, {Part: "B", Date: "2012-08-03"}}, InCorpus: true, Source: "c.xml", Format: "akn"},
	}
	occ := func(src, rel string, loc parser.Location, para int, text string, start int) graph.Occurrence {
		return graph.Occurrence{Source: src, Relation: rel, Location: loc, Paragraph: para, Text: text,
			Span: parser.Span{Start: start, End: start + len(text), Line: 1 + start/80, Col: 1 + start%80}}
	}
	edges := []*graph.Edge{
		{From: "A/RES/60/45", To: "A/RES/59/61", Occurrences: []graph.Occurrence{
			occ("a.txt", "recalling", parser.LocPreamble, 1, "59/61 of 3 December 2004", 100),
			occ("a.txt", "reaffirms", parser.LocOperative, 2, "59/61", 900)}},
		{From: "A/RES/60/45", To: "A/RES/58/32", Occurrences: []graph.Occurrence{occ("a.txt", "reaffirming", parser.LocPreamble, 2, "58/32", 200)}},
		{From: "A/RES/60/45", To: "A/DEC/59/551", Occurrences: []graph.Occurrence{occ("a.txt", "recalling", parser.LocPreamble, 3, "decision 59/551", 300)}},
		{From: "A/RES/60/45", To: "S/PRST/2005/1", Occurrences: []graph.Occurrence{occ("a.txt", "noting", parser.LocPreamble, 4, "S/PRST/2005/1", 400)}},
		{From: "A/RES/60/45", To: "S/RES/1373(2001)", Occurrences: []graph.Occurrence{occ("a.txt", "", parser.LocAnnex, 0, "1373 (2001)", 1500)}},
		{From: "A/RES/60/45", To: "A/60/202", Occurrences: []graph.Occurrence{func() graph.Occurrence {
			o := occ("a.txt", "taking note", parser.LocFootnote, 5, "A/60/202", 1200)
			o.Footnote = "1"
			return o
		}()}},
		{From: "A/RES/59/61", To: "A/RES/58/32", Occurrences: []graph.Occurrence{occ("b.txt", "recalling", parser.LocPreamble, 1, "58/32", 150)}},
		{From: "A/RES/66/253", To: "S/RES/1373(2001)", Occurrences: []graph.Occurrence{occ("c.xml", "recalling", parser.LocPreamble, 1, "1373 (2001)", 50)}},
	}
	diags := []graph.Diagnostic{{Severity: parser.SevWarning, Code: graph.CodeUnresolved, Message: `"CND resolution 61/2" names no UN document symbol`, Source: "a.txt", Span: parser.Span{Start: 5, End: 10, Line: 1, Col: 6}}}
	g, err := graph.New(nodes, edges, diags)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// lineageOf returns the lineage subgraph of id in g.
func lineageOf(t testing.TB, g *graph.Graph, id string, dir graph.Direction) *Subgraph {
	t.Helper()
	walk := g.Lineage
	if dir == graph.Descendants {
		walk = g.CitedBy
	}
	l, err := walk(id, 0)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Lineage(g, l)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// textGraph builds a graph from the resolutions in testdata/docs and
// returns it with Texts reading them from there.
func textGraph(t testing.TB) (*graph.Graph, *Texts) {
	t.Helper()
	entries, err := os.ReadDir("testdata/docs")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*parser.Document
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("testdata/docs", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		d, err := parser.Parse(e.Name(), data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	g, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	return g, NewTexts(func(src string) ([]byte, error) { return os.ReadFile(filepath.Join("testdata/docs", src)) })
}

// write runs a format and returns what it wrote.
func write(t testing.TB, name string, s *Subgraph) *Memory {
	t.Helper()
	f, ok := Lookup(name)
	if !ok {
		t.Fatalf("no format %q", name)
	}
	var m Memory
	if err := f.Write(&m, s); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &m
}

// single returns the one file a format wrote.
func single(t testing.TB, m *Memory) []byte {
	t.Helper()
	names := m.Names()
	if len(names) != 1 {
		t.Fatalf("wrote %v, want one file", names)
	}
	return m.Bytes(names[0])
}

// writeDir writes the files of m under dir and returns dir.
func writeDir(t testing.TB, m *Memory, dir string) string {
	t.Helper()
	for _, name := range m.Names() {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, m.Bytes(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

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
		t.Fatalf("%v (run 'go test ./export -update' to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run 'go test ./export -update' and review the diff):\n%s", path, firstDiff(string(got), string(want)))
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

// outside runs a program that reads an export, in dir, and returns its
// standard output and error. It skips the test, naming the Debian package
// to install, when the program is missing.
func outside(t *testing.T, pkg, dir, name string, args ...string) (stdout, stderr string) {
	t.Helper()
	return outsideIn(t, pkg, dir, "", name, args...)
}

// outsideIn is outside with stdin.
func outsideIn(t *testing.T, pkg, dir, stdin, name string, args ...string) (stdout, stderr string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed: %v (apt-get install %s)", pkg, err, pkg)
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, errOut.String())
	}
	return out.String(), errOut.String()
}

package store

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

func testGraph(t *testing.T) *graph.Graph {
	t.Helper()
	c := parser.Citation{Target: "A/RES/53/70", Relation: "recalling", Location: parser.LocPreamble, Paragraph: 1,
		Date: "1998-12-04", Text: "53/70 of 4 December 1998", Span: parser.Span{Start: 5, End: 29, Line: 2, Col: 3}}
	g, err := graph.Build([]*parser.Document{
		{Source: "a.txt", Format: parser.FormatText, Symbol: "A/RES/60/45", Adopted: "2005-12-08", Title: "Developments", Citations: []parser.Citation{c, {Target: "CND resolution 1/2"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestRoundTrip(t *testing.T) {
	g := testGraph(t)
	path := filepath.Join(t.TempDir(), "g.store")
	if err := Save(path, g, Options{}); err != nil {
		t.Fatal(err)
	}
	h, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g.Nodes(), h.Nodes()) || !reflect.DeepEqual(g.Edges(), h.Edges()) || !reflect.DeepEqual(g.Diagnostics(), h.Diagnostics()) {
		t.Errorf("loaded graph differs from the saved one")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("save left %d files, want 1", len(entries))
	}
	info, err := Inspect(path)
	if err != nil || info.Nodes != g.Len() || info.Edges != g.EdgeCount() || info.Documents != 0 {
		t.Errorf("Inspect = %+v, %v", info, err)
	}
	if files, err := Files(path); err != nil || len(files) != 0 {
		t.Errorf("Files = %v, %v; want none", files, err)
	}
	if err := Verify(path); err != nil {
		t.Errorf("Verify: %v", err)
	}
}

func TestCompactAndDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write(&a, testGraph(t), Options{Compact: true}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, testGraph(t), Options{Compact: true}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same graph gave different bytes")
	}
	h, err := Open(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	o := h.Edge("A/RES/60/45", "A/RES/53/70").Occurrences[0]
	if o.Text != "" || o.Span.Line != 2 || o.Date != "1998-12-04" || len(h.Diagnostics()) != 0 {
		t.Errorf("compact occurrence = %+v, %d diagnostics", o, len(h.Diagnostics()))
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad")
	os.WriteFile(bad, []byte("hello"), 0o644)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), bad+": not a Recital store") {
		t.Errorf("Load(bad) = %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing")); !os.IsNotExist(err) {
		t.Errorf("Load(missing) = %v, want not-exist", err)
	}
}

func TestParseFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	res := "Resolution adopted by the General Assembly on 1 December 2005\n\n60/%s. Test\n\nThe General Assembly,\n\nRecalling its resolution 59/1,\n"
	paths := []string{
		write("b.txt", strings.Replace(res, "%s", "2", 1)),
		write("empty.txt", ""),
		filepath.Join(dir, "missing.txt"),
		write("a.txt", strings.Replace(res, "%s", "1", 1)),
	}
	docs, errs := ParseFiles(paths, filepath.Base)
	var syms []string
	for _, d := range docs {
		syms = append(syms, d.Source+"="+d.Symbol)
	}
	if got, want := strings.Join(syms, " "), "b.txt=A/RES/60/2 a.txt=A/RES/60/1"; got != want {
		t.Errorf("documents %s, want %s (in the order given)", got, want)
	}
	var msgs []string
	for _, err := range errs {
		msgs = append(msgs, err.Error())
	}
	if got, want := strings.Join(msgs, "\n"), "empty.txt: empty input: no text to read\nmissing.txt: no such file or directory"; got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
}

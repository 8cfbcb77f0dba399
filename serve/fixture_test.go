package serve

import (
	"fmt"
	"io/fs"
	"net/http/httptest"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/query"
)

// xssTitle is the title of a hostile document: a page that runs it has
// failed.
const xssTitle = "<script>alert(1)</script>"

// fixtureTexts are small resolutions, as source files: 60/45 with its
// lineage, and a hostile document whose title is markup and whose citing
// sentence holds an <img onerror> attribute.
var fixtureTexts = map[string]string{
	"a.txt": `United Nations A/RES/60/45

General Assembly

Resolution adopted by the General Assembly on 8 December 2005

60/45. Developments in the field of information and telecommunications in the context of international security

The General Assembly,

Recalling its resolution 59/61 of 3 December 2004,

Noting the report of the Secretary-General (A/60/202),

1. Reaffirms its resolution 58/32 of 8 December 2003;
`,
	"b.txt": `United Nations A/RES/59/61

General Assembly

Resolution adopted by the General Assembly on 3 December 2004

59/61. Developments in the field of information and telecommunications in the context of international security

The General Assembly,

Recalling its resolution 58/32 of 8 December 2003,

1. Takes note of resolution 1373 (2001) of the Security Council;
`,
	"x.txt": `United Nations A/RES/99/1

General Assembly

Resolution adopted by the General Assembly on 1 December 2044

99/1. ` + xssTitle + `

The General Assembly,

Recalling its resolution 60/45 of 8 December 2005 <img src=x onerror=alert(2)>,

1. Reaffirms its resolution 59/61 of 3 December 2004;
`,
}

// fixtureGraph builds the graph of fixtureTexts.
func fixtureGraph(t testing.TB) *graph.Graph {
	t.Helper()
	var docs []*parser.Document
	for _, name := range []string{"a.txt", "b.txt", "x.txt"} {
		d, err := parser.Parse(name, []byte(fixtureTexts[name]))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	g, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// readFixture reads a source file of fixtureTexts.
func readFixture(name string) ([]byte, error) {
	s, ok := fixtureTexts[name]
	if !ok {
		return nil, fmt.Errorf("open %s: %w", name, fs.ErrNotExist)
	}
	return []byte(s), nil
}

// newFixtureServer returns a Server over the fixture graph, with quotes.
func newFixtureServer(t testing.TB, hosts ...string) *Server {
	t.Helper()
	ix := query.NewIndex(fixtureGraph(t), nil)
	ix.Name = "the fixture graph"
	s, err := New(Config{Index: ix, ReadSource: readFixture, Hosts: hosts})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// startFixture serves the fixture graph on a test server.
func startFixture(t testing.TB) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(newFixtureServer(t))
	t.Cleanup(ts.Close)
	return ts
}

package query

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// ids lists the IDs of a result's nodes, in its order.
func ids(r *Result) []string {
	var out []string
	for _, n := range r.Nodes {
		out = append(out, n.ID)
	}
	return out
}

// edgeList writes a result's edges as "from>to".
func edgeList(r *Result) []string {
	var out []string
	for _, e := range r.Edges {
		out = append(out, e.From+">"+e.To)
	}
	return out
}

func eval(t *testing.T, ix *Index, src string) *Result {
	t.Helper()
	q, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	r, err := q.Eval(ix)
	if err != nil {
		t.Fatalf("Eval(%q): %v", src, err)
	}
	return r
}

func TestEval(t *testing.T) {
	ix := NewIndex(testGraph(), mapFacts{"A/60/95": {Agenda: "ICT reports", Source: "test"}})
	tests := []struct {
		name, src string
		want      []string
	}{
		{"one document", "60/45", []string{"A/RES/60/45"}},
		{"ancestors, by date, undated last", "ancestors(61/1)", []string{"A/RES/1514(XV)", "A/RES/53/70", "A/RES/54/49", "A/RES/58/32", "A/RES/59/61", "A/RES/60/45", "A/60/95"}},
		{"ancestors, depth 1", "ancestors(60/45, 1)", []string{"A/RES/1514(XV)", "A/RES/53/70", "A/RES/54/49", "A/RES/59/61", "A/60/95"}},
		{"ancestors, depth 2", "lineage(61/1, depth=2)", []string{"A/RES/1514(XV)", "A/RES/53/70", "A/RES/54/49", "A/RES/59/61", "A/RES/60/45", "A/60/95"}},
		{"descendants", "descendants(53/70)", []string{"A/RES/59/61", "A/RES/60/45", "A/RES/61/1"}},
		{"descendants through reaffirming citations", "descendants(1514 (XV), 1, via=reaffirming)", []string{"A/RES/60/45", "A/RES/61/1"}},
		{"via matches no citation", "descendants(1514 (XV), via=recalling)", nil},
		{"via with a prefix", "ancestors(60/45, 1, via=reaff*, via=\"taking note\")", []string{"A/RES/1514(XV)", "A/60/95"}},
		{"all paths", "allpaths(61/1, 53/70)", []string{"A/RES/53/70", "A/RES/59/61", "A/RES/60/45", "A/RES/61/1"}},
		{"all paths, none", "allpaths(53/70, 61/1)", nil},
		{"a path", "path(61/1, 53/70)", []string{"A/RES/53/70", "A/RES/60/45", "A/RES/61/1"}},
		{"a path to itself", "path(60/45, 60/45)", []string{"A/RES/60/45"}},
		{"series", "series(60/45)", []string{"A/RES/53/70", "A/RES/54/49", "A/RES/58/32", "A/RES/59/61", "A/RES/60/45"}},
		{"series of an untitled predecessor", "series(54/49)", []string{"A/RES/53/70", "A/RES/54/49", "A/RES/58/32", "A/RES/59/61", "A/RES/60/45"}},
		{"series of a lone resolution: its list names another item's resolution", "series(61/1)", []string{"A/RES/61/1"}},
		{"series of a document", "series(A/60/95)", []string{"A/60/95"}},
		{"body", "body(SC)", []string{"S/RES/1373(2001)", "S/RES/1269(1999)", "S/RES/1514(2003)"}},
		{"kind", "kind(document)", []string{"A/60/95"}},
		{"in the corpus", "incorpus & body(GA)", []string{"A/RES/59/61", "A/RES/60/45", "A/RES/61/1"}},
		{"only cited", "citedonly & body(GA, HRC) & year(..1980)", []string{"A/RES/1514(XV)", "A/RES/32/13"}},
		{"years", "year(2004..2005)", []string{"A/RES/59/61", "A/RES/60/45"}},
		{"year from an SC symbol", "year(2003)", []string{"A/RES/58/32", "S/RES/1514(2003)"}},
		{"session", "session(60)", []string{"A/RES/60/45", "A/60/95"}},
		{"roman session", "session(15)", []string{"A/RES/1514(XV)"}},
		{"HRC session", "session(32) & body(HRC)", []string{"A/HRC/RES/32/13", "A/HRC/RES/32/14"}},
		{"title", "title(ict)", []string{"A/RES/59/61", "A/RES/60/45"}},
		{"agenda from the facts", `agenda("ict reports")`, []string{"A/60/95"}},
		{"earliest", "earliest(incorpus)", []string{"S/RES/1373(2001)"}},
		{"latest", "latest(ancestors(61/1))", []string{"A/RES/60/45"}},
		{"latest of nothing", "latest(allpaths(53/70, 61/1))", nil},
		{"difference", "all - citedonly", []string{"S/RES/1373(2001)", "A/RES/59/61", "A/RES/60/45", "A/RES/61/1"}},
		{"union", "60/45 | 59/61", []string{"A/RES/59/61", "A/RES/60/45"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(eval(t, ix, tt.src)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestEvalEdges(t *testing.T) {
	ix := NewIndex(testGraph(), nil)
	tests := []struct {
		name, src string
		want      []string
	}{
		{"induced", "60/45 + 59/61", []string{"A/RES/60/45>A/RES/59/61"}},
		{"a path keeps its own citations", "path(61/1, 53/70)", []string{"A/RES/60/45>A/RES/53/70", "A/RES/61/1>A/RES/60/45"}},
		{"spine drops implied citations", "spine(allpaths(61/1, 53/70))", []string{"A/RES/59/61>A/RES/53/70", "A/RES/60/45>A/RES/59/61", "A/RES/61/1>A/RES/60/45"}},
		{"via keeps matching citations", "descendants(53/70) + 1514 (XV) & descendants(1514 (XV), via=reaffirming)", []string{"A/RES/60/45>A/RES/59/61", "A/RES/61/1>A/RES/60/45"}},
		{"difference keeps what is left", "spine(allpaths(61/1, 53/70)) - 61/1", []string{"A/RES/59/61>A/RES/53/70", "A/RES/60/45>A/RES/59/61"}},
		{"intersection of kept citations", "spine(allpaths(61/1, 53/70)) & allpaths(60/45, 53/70)", []string{"A/RES/59/61>A/RES/53/70", "A/RES/60/45>A/RES/59/61"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := edgeList(eval(t, ix, tt.src)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestEvalNotes(t *testing.T) {
	ix := NewIndex(testGraph(), nil)
	ix.Name = "test.store"
	tests := []struct {
		name, src string
		want      []string
	}{
		{"HRC namesake", "32/13", []string{"32/13 is read as A/RES/32/13 (a session and a number are a General Assembly resolution); test.store also holds A/HRC/RES/32/13: write HRC 32/13 for it"}},
		{"named body: no note", "GA 32/13 + HRC 32/13", nil},
		{"symbol: no note", "A/RES/32/13", nil},
		{"GA namesake of an SC number", "1514", []string{"1514 is read as S/RES/1514(2003) (a number alone is a Security Council resolution); test.store also holds A/RES/1514(XV): write 1514 (XV) for it"}},
		{"once", "32/13 + ancestors(32/13)", []string{"32/13 is read as A/RES/32/13 (a session and a number are a General Assembly resolution); test.store also holds A/HRC/RES/32/13: write HRC 32/13 for it"}},
		{"no path", "path(53/70, 61/1)", []string{"no chain of citations runs from 53/70 to 61/1; one runs the other way: path(61/1, 53/70)"}},
		{"no path either way", "path(53/70, 1373 (2001), via=recalling)", []string{"no chain of citations runs from 53/70 to 1373 (2001); nor the other way"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eval(t, ix, tt.src).Notes; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestEvalErrors(t *testing.T) {
	ix := NewIndex(testGraph(), nil)
	tests := []struct {
		name, src, want string
		kind            ErrorKind
	}{
		{"not in the graph", "60/45 + 99/999", "query:1:9: A/RES/99/999 is not in the graph\n  60/45 + 99/999\n          ^^^^^^", KindNotFound},
		{"a namesake is", "ancestors(32/14)", "query:1:11: A/RES/32/14 is not in the graph; it holds A/HRC/RES/32/14: write HRC 32/14 for it\n  ancestors(32/14)\n            ^^^^^", KindNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Parse(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			_, err = q.Eval(ix)
			var qe *Error
			if !errors.As(err, &qe) || qe.Kind != tt.kind || err.Error() != tt.want {
				t.Errorf("Eval(%q) error\n got %v\nwant %q", tt.src, err, tt.want)
			}
		})
	}
}

func TestInfoFilled(t *testing.T) {
	ix := NewIndex(testGraph(), mapFacts{
		"A/RES/53/70": {Title: "Developments in ICT", Agenda: "ICT item", Source: "test table"},
		"A/60/95":     {Date: "2005-07-15", Title: "Report", Source: "test table", TitleSource: "citing texts"},
		"A/RES/60/45": {Title: "Ignored", Date: "1900-01-01", Agenda: "ICT item", Source: "test table"},
	})
	tests := []struct {
		id   string
		want Info
	}{
		{"A/RES/53/70", Info{Date: "1998-12-04", Year: 1998, Title: "Developments in ICT", Agenda: "ICT item", Filled: "test table", TitleFrom: "test table"}},
		{"A/60/95", Info{Date: "2005-07-15", Year: 2005, Title: "Report", Filled: "test table", TitleFrom: "citing texts"}},
		{"A/RES/60/45", Info{Date: "2005-12-08", Year: 2005, Title: "Developments in ICT", Agenda: "ICT item"}},
		{"S/RES/1514(2003)", Info{Year: 2003}},
	}
	for _, tt := range tests {
		v, _ := ix.Lookup(tt.id)
		if got := ix.Info(v); got != tt.want {
			t.Errorf("Info(%s) = %+v, want %+v", tt.id, got, tt.want)
		}
	}
	// A title from the facts makes an untitled predecessor a member by title.
	if got := ids(eval(t, ix, "series(53/70) & citedonly")); !reflect.DeepEqual(got, []string{"A/RES/53/70", "A/RES/54/49", "A/RES/58/32"}) {
		t.Errorf("series(53/70) & citedonly = %q", got)
	}
}

func TestDeterministic(t *testing.T) {
	ix := NewIndex(testGraph(), nil)
	src := "spine(series(60/45)) + descendants(1514 (XV)) + path(61/1, 53/70)"
	first := eval(t, ix, src)
	for range 5 {
		again := eval(t, ix, src)
		if strings.Join(ids(again), " ") != strings.Join(ids(first), " ") || strings.Join(edgeList(again), " ") != strings.Join(edgeList(first), " ") {
			t.Fatal("the same query gave different results")
		}
	}
}

package check

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/meta"
	"github.com/recital-un/recital/parser"
)

// texts are small resolutions with the slips check must find.
var texts = map[string]string{
	"A_RES_62_10.txt": `Resolution adopted by the General Assembly on 5 December 2007

62/10. Test matters

The General Assembly,

Recalling its resolutions 53/70 of 4 December 1997 and 60/20 of 1 December 2004,

Recalling also Security Council resolution 274 (1959),

Taking note of its resolution 63/5 of 1 October 2008,

Reaffirming its resolution 61/30 of 4 December 2006,

1. Decides to remain seized of the matter.
`,
	"A_RES_60_20.txt": `Resolution adopted by the General Assembly on 1 December 2005

60/20. Cooperation on test matters

The General Assembly,

Recalling its resolution 59/40 of 3 December 2004,

1. Requests a report.
`,
	"copy/A_RES_60_20.txt": `Resolution adopted by the General Assembly on 1 December 2005

60/20. Cooperation on test matters

The General Assembly,

Recalling its resolution 59/40 of 3 December 2004,

1. Requests a report.
`,
	"A_RES_64_1.txt": `Resolution adopted by the General Assembly on 2 October 2015

64/1. Misdated

The General Assembly,

Recalling its resolution 62/10 of 5 December 2007,

1. Decides.
`,
}

// testGraph parses texts and builds their graph.
func testGraph(t *testing.T) *graph.Graph {
	t.Helper()
	var docs []*parser.Document
	for name, text := range texts {
		d, err := parser.Parse(name, []byte(text))
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

// testMeta is a tiny metadata index.
func testMeta() *meta.Index {
	recs := []meta.Record{
		{ID: "S/RES/274(1969)", Year: 1969, Agenda: "The Cyprus Question", Source: meta.SourceNKlotz},
		{ID: "A/RES/63/5", Date: "2008-10-01", Year: 2008, Source: meta.SourceUNxml},
		{ID: "A/RES/61/30", Date: "2006-12-04", Year: 2006, Source: meta.SourceUNxml},
		{ID: "A/RES/53/70", Date: "1998-12-04", Year: 1998, Source: meta.SourceCited},
	}
	meta.Sort(recs)
	return meta.NewIndex(recs)
}

func TestRun(t *testing.T) {
	var got []string
	for _, f := range Run(testGraph(t), testMeta()) {
		got = append(got, fmt.Sprintf("%s: %s: %s | %s", f.Where(), f.Code, f.Text, f.Message))
	}
	want := []string{
		"A_RES_62_10.txt:7:27: session-year: 53/70 of 4 December 1997 | the date beside it, 1997-12-04, is outside September 1998 to mid-September 1999, when the 53rd session of the General Assembly sat",
		"A_RES_62_10.txt:7:56: date-mismatch: 60/20 of 1 December 2004 | A/RES/60/20 was adopted on 2005-12-01 (its own text, A_RES_60_20.txt), not 2004-12-01",
		"A_RES_62_10.txt:9:44: sc-number-year: 274 (1959) | resolution 274 is S/RES/274 of 1969 (n-klotz SC table), not of 1959",
		"A_RES_62_10.txt:11:31: cites-later: 63/5 of 1 October 2008 | A/RES/62/10 (2007-12-05) cites A/RES/63/5, adopted later: 2008-10-01 (UNxml metadata)",
		"A_RES_64_1.txt: session-year: A/RES/64/1 of 2015-10-02 | its own date, 2015-10-02, is outside September 2009 to mid-September 2010, when the 64th session of the General Assembly sat",
		"copy/A_RES_60_20.txt: duplicate-document:  | A/RES/60/20 was also read from A_RES_60_20.txt (text); that reading describes the node, the citations of all 2 readings are kept",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRunCompact(t *testing.T) {
	// Without diagnostics or texts, as in a compact store: duplicates are
	// found from the files cited from, citations quoted from the graph.
	g := testGraph(t)
	var edges []*graph.Edge
	for _, e := range g.Edges() {
		c := *e
		c.Occurrences = nil
		for _, o := range e.Occurrences {
			o.Text = ""
			c.Occurrences = append(c.Occurrences, o)
		}
		edges = append(edges, &c)
	}
	compact, err := graph.New(g.Nodes(), edges, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Run(compact, nil) {
		got = append(got, fmt.Sprintf("%s: %s: %s", f.Where(), f.Code, f.Text))
	}
	want := []string{
		"A_RES_62_10.txt:7:27: session-year: A/RES/53/70 of 1997-12-04",
		"A_RES_62_10.txt:7:56: date-mismatch: A/RES/60/20 of 2004-12-01",
		"A_RES_64_1.txt: session-year: A/RES/64/1 of 2015-10-02",
		"copy/A_RES_60_20.txt: duplicate-document: ",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSymbolYears(t *testing.T) {
	tests := []struct {
		id     string
		lo, hi int
		ok     bool
	}{
		{"A/RES/53/70", 1998, 1999, true},
		{"A/DEC/59/551", 2004, 2005, true},
		{"A/RES/1514(XV)", 1960, 1961, true},
		{"A/RES/ES-10/19", 0, 0, false},
		{"A/RES/3201(S-VI)", 0, 0, false},
		{"E/RES/2024/1", 2023, 2024, true},
		{"E/CN.4/RES/2005/69", 2005, 2005, true},
		{"S/RES/1373(2001)", 2001, 2001, true},
		{"A/HRC/RES/7/36", 2008, 2008, true},
		{"A/HRC/RES/3/1", 2006, 2006, true},
		{"A/HRC/RES/52/38", 2023, 2023, true},
		{"A/HRC/RES/60/1", 2025, 2025, true},
		{"A/HRC/RES/S-22/1", 0, 0, false},
		{"A/60/95", 0, 0, false},
	}
	for _, tt := range tests {
		lo, hi, _, ok := symbolYears(tt.id)
		if lo != tt.lo || hi != tt.hi || ok != tt.ok {
			t.Errorf("symbolYears(%s) = %d, %d, %v; want %d, %d, %v", tt.id, lo, hi, ok, tt.lo, tt.hi, tt.ok)
		}
	}
}

func TestSymbolDates(t *testing.T) {
	tests := []struct {
		id, date string
		outside  bool
	}{
		{"A/RES/53/70", "1998-12-04", false},
		{"A/RES/53/70", "1999-12-04", true}, // "53/70 of 4 December 1999": session 54 by then
		{"A/RES/53/70", "1999-07-30", false},
		{"A/RES/53/70", "1998-06-30", true},
		{"A/RES/1/1", "1946-01-24", false},
		{"A/HRC/RES/7/34", "2007-03-28", true}, // the Council's 7th session sat in March 2008
		{"A/HRC/RES/7/34", "2008-03-28", false},
		{"S/RES/1373(2001)", "2001", false},
	}
	for _, tt := range tests {
		lo, hi, _, ok := symbolDates(tt.id)
		if !ok || outside(tt.date, lo, hi) != tt.outside {
			t.Errorf("%s of %s: outside %s–%s = %v, want %v", tt.id, tt.date, lo, hi, !tt.outside, tt.outside)
		}
	}
}

func TestPartFiles(t *testing.T) {
	tests := []struct {
		files []string
		want  bool
	}{
		{[]string{"akn/A_RES_75_290_A.xml", "akn/A_RES_75_290_B.xml"}, true},
		{[]string{"akn/A_RES_74_250.xml", "akn/A_RES_74_250_A-B.xml"}, true},
		{[]string{"akn/A_RES_74_178.xml", "dev/A_RES_74_178.txt"}, false},
		{[]string{"sc/S_RES_538_1983.txt", "sc/S_RES_542_1983.txt"}, false},
	}
	for _, tt := range tests {
		if got := partFiles(tt.files); got != tt.want {
			t.Errorf("partFiles(%q) = %v, want %v", tt.files, got, tt.want)
		}
	}
}

func TestOtherBody(t *testing.T) {
	recs := []meta.Record{{ID: "A/HRC/RES/37/5", Date: "2018-03-22", Year: 2018, Source: meta.SourceDW}}
	c := &checker{m: meta.NewIndex(recs)}
	if got := c.otherBody("A/RES/37/5", "2018-03-22"); got != "; HRC 37/5 is of 2018 (dw-data HRC table): is it the Human Rights Council's?" {
		t.Errorf("otherBody = %q", got)
	}
	if got := c.otherBody("A/RES/37/5", "1983-03-22"); got != "" {
		t.Errorf("otherBody for another year = %q", got)
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 53: "53rd", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestCoverage(t *testing.T) {
	lines := Coverage(testGraph(t), testMeta())
	text := strings.Join(lines, "\n")
	for _, want := range []string{"table: GA 61/30–30 (2006), 63/5–5 (2008): 2 resolutions", "table: SC 274–274: 1 resolutions, 1969", "texts: the own dates of the 3 documents read here", "rules: General Assembly session N", "not checked:"} {
		if !strings.Contains(text, want) {
			t.Errorf("coverage lacks %q:\n%s", want, text)
		}
	}
}

// TestTableDoubt checks that agreeing texts outweigh a table row that
// the numbering contradicts: the dw-data table dates HRC 7/34 to 2007,
// but the Council's 7th session sat in March 2008, and two texts say so.
func TestTableDoubt(t *testing.T) {
	texts := map[string]string{
		"A_HRC_RES_8_1.txt": "Resolution adopted by the Human Rights Council on 18 June 2008\n\n8/1. Test\n\nThe Human Rights Council,\n\nRecalling its resolution 7/34 of 28 March 2008,\n\n1. Decides.\n",
		"A_HRC_RES_9_1.txt": "Resolution adopted by the Human Rights Council on 24 September 2008\n\n9/1. Test\n\nThe Human Rights Council,\n\nRecalling its resolution 7/34 of 28 March 2008,\n\n1. Decides.\n",
	}
	var docs []*parser.Document
	for name, text := range texts {
		d, err := parser.Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	g, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	m := meta.NewIndex([]meta.Record{{ID: "A/HRC/RES/7/34", Year: 2007, Source: meta.SourceDW}})
	var got []string
	for _, f := range Run(g, m) {
		got = append(got, fmt.Sprintf("%s: %s: %s", f.Where(), f.Code, f.Message))
	}
	want := []string{"A_HRC_RES_8_1.txt:7:26: table-doubt: the dw-data HRC table dates A/HRC/RES/7/34 to 2007, but 2 texts give 2008-03-28; " +
		"the symbol puts it in 2008, when the Human Rights Council's 7th session sat: Recital believes the texts"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// One text alone does not outweigh the table: it is reported.
	one, err := graph.Build(docs[:1])
	if err != nil {
		t.Fatal(err)
	}
	fs := Run(one, m)
	if len(fs) != 1 || fs[0].Code != CodeDateMismatch {
		t.Errorf("one text against the table: %+v, want one date-mismatch", fs)
	}
}

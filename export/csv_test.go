package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
)

func TestCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A/RES/60/45", "A/RES/60/45"},
		{"", ""},
		{"plain text", "plain text"},
		{"a, b", `"a, b"`},
		{`say "hi"`, `"say ""hi"""`},
		{"two\nlines", "\"two\nlines\""},
		{" padded", `" padded"`},
		{"=1+1", `"'=1+1"`},
		{`=HYPERLINK("http://x","y")`, `"'=HYPERLINK(""http://x"",""y"")"`},
		{"+33 1", `"'+33 1"`},
		{"-2+3", `"'-2+3"`},
		{"@SUM(A1)", `"'@SUM(A1)"`},
		{"\t=1", "\"'\t=1\""},
		{"\r=1", "\"'\r=1\""},
		{"  =1", `"'  =1"`},
		{"a=1", "a=1"},
		{"2005-12-08", "2005-12-08"},
	}
	for _, tt := range tests {
		if got := csvCell(tt.in); got != tt.want {
			t.Errorf("csvCell(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// readCSV parses a table of the CSV export.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestCSVTables reads the tables back: one row per document, citation
// and occurrence, every row as wide as its header, and no cell a
// spreadsheet would run.
func TestCSVTables(t *testing.T) {
	s := lineageOf(t, smallGraph(t), "A/RES/60/45", graph.Ancestors)
	m := write(t, "csv", s)
	if got, want := m.Names(), []string{"edges.csv", "import.cypher", "nodes.csv", "occurrences.csv"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}
	for name, rows := range map[string]int{"nodes.csv": len(s.Nodes) + 1, "edges.csv": len(s.Edges) + 1, "occurrences.csv": 9} {
		table := readCSV(t, m.Bytes(name))
		if len(table) != rows {
			t.Errorf("%s has %d rows, want %d", name, len(table), rows)
		}
		for i, row := range table {
			for _, cell := range row {
				if formulaLike(cell) {
					t.Errorf("%s row %d: cell %q could run as a formula", name, i+1, cell)
				}
			}
		}
	}
	nodes := readCSV(t, m.Bytes("nodes.csv"))
	if got, want := strings.Join(nodes[0], ","), "id,label,kind,body,title,date,year,parts,in_corpus,source,format,link,generation"; got != want {
		t.Errorf("nodes.csv header %s, want %s", got, want)
	}
	titles := map[string]string{}
	for _, row := range nodes[1:] {
		titles[row[0]] = row[4]
	}
	for id, want := range map[string]string{"A/RES/59/61": "'" + titleFormula, "S/PRST/2005/1": "'" + titleMinus, "A/RES/60/45": titleMarkup, "A/RES/58/32": titleTeX} {
		if titles[id] != want {
			t.Errorf("title of %s read back as %q, want %q", id, titles[id], want)
		}
	}
	cypher := string(m.Bytes("import.cypher"))
	for _, want := range []string{"LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'", "LOAD CSV WITH HEADERS FROM 'file:///edges.csv'", "[:CITES]", "d.generation"} {
		if !strings.Contains(cypher, want) {
			t.Errorf("import.cypher lacks %q", want)
		}
	}
}

// TestCSVSqlite imports the tables with sqlite3's .import and queries
// them: every citation joins two documents, and tricky titles come back
// as written (formula-like ones behind their ').
func TestCSVSqlite(t *testing.T) {
	dir := writeDir(t, write(t, "csv", Whole(smallGraph(t))), t.TempDir())
	script := `.import --csv nodes.csv nodes
.import --csv edges.csv edges
.import --csv occurrences.csv occurrences
.mode json
SELECT (SELECT count(*) FROM nodes) AS nodes, (SELECT count(*) FROM edges) AS edges, (SELECT count(*) FROM occurrences) AS occurrences,
  (SELECT count(*) FROM edges e JOIN nodes a ON a.id = e.source JOIN nodes b ON b.id = e.target) AS joined,
  (SELECT title FROM nodes WHERE id = 'A/RES/59/61') AS formula,
  (SELECT title FROM nodes WHERE id = 'A/RES/60/45') AS markup,
  (SELECT title FROM nodes WHERE id = 'A/RES/58/32') AS tex,
  (SELECT sum(occurrences) FROM edges) AS total;
`
	stdout, _ := outsideIn(t, "sqlite3", dir, script, "sqlite3", "test.db")
	var got []map[string]any
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || len(got) != 1 {
		t.Fatalf("sqlite3 printed %q: %v", stdout, err)
	}
	want := map[string]any{"nodes": 8.0, "edges": 8.0, "occurrences": 9.0, "joined": 8.0, "formula": "'" + titleFormula,
		"markup": titleMarkup, "tex": titleTeX, "total": 9.0}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("sqlite3 read\n %v\nwant\n %v", got[0], want)
	}
}

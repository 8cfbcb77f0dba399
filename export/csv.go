package export

import (
	"strconv"
	"strings"
)

// csvFormat writes a folder of CSV tables (RFC 4180, UTF-8, a header row,
// "\n" line ends) for pandas, sqlite3's .import, spreadsheets, Gephi's
// spreadsheet import and Neo4j's LOAD CSV:
//
//   - nodes.csv: id, then the document attributes of GraphML (label,
//     kind, body, title, date, year, parts, in_corpus, source, format,
//     link, and generation for lineages);
//   - edges.csv: source (citing), target (cited), relations, family,
//     occurrences, locations;
//   - occurrences.csv: one row per place a citation sits: source, target,
//     file, relation, verb, location, paragraph, footnote, part, date,
//     line, col, start, end, text, and quote: the citing sentence without
//     markup, where the source file can be read again (--source-dir);
//   - import.cypher: a script that loads nodes.csv and edges.csv into
//     Neo4j as (:Document)-[:CITES]->(:Document).
//
// No cell can run as a spreadsheet formula: a cell whose first non-blank
// character is =, +, -, @, a tab or a carriage return is written with a
// leading ' and quoted (OWASP's rule), so "=HYPERLINK(…)" is stored as
// "'=HYPERLINK(…)". import.cypher takes the ' off again; other readers
// see it. Empty cells mean no value.
type csvFormat struct{}

func (csvFormat) Name() string { return "csv" }
func (csvFormat) Folder() bool { return true }

// Write writes the three tables and the Cypher script.
func (csvFormat) Write(out Output, s *Subgraph) error {
	for _, f := range []struct {
		name  string
		write func(*errWriter, *Subgraph)
	}{
		{"nodes.csv", writeNodesCSV}, {"edges.csv", writeEdgesCSV},
		{"occurrences.csv", writeOccurrencesCSV}, {"import.cypher", writeCypher},
	} {
		w, err := create(out, f.name)
		if err != nil {
			return err
		}
		f.write(w, s)
		if w.err != nil {
			return w.err
		}
	}
	return nil
}

// writeNodesCSV writes one row per document.
func writeNodesCSV(w *errWriter, s *Subgraph) {
	attrs := nodeAttrsFor(s)
	head := []string{"id"}
	for _, a := range attrs {
		head = append(head, a.name)
	}
	csvRow(w, head...)
	for _, n := range s.Nodes {
		row := []string{n.ID}
		for _, a := range attrs {
			v, _ := a.get(s, n)
			row = append(row, v)
		}
		csvRow(w, row...)
	}
}

// writeEdgesCSV writes one row per citation.
func writeEdgesCSV(w *errWriter, s *Subgraph) {
	attrs := edgeAttrs[:len(edgeAttrs)-1] // weight repeats occurrences
	head := []string{"source", "target"}
	for _, a := range attrs {
		head = append(head, a.name)
	}
	csvRow(w, head...)
	for _, e := range s.Edges {
		row := []string{e.From, e.To}
		for _, a := range attrs {
			v, _ := a.get(e)
			row = append(row, v)
		}
		csvRow(w, row...)
	}
}

// writeOccurrencesCSV writes one row per occurrence of every citation.
func writeOccurrencesCSV(w *errWriter, s *Subgraph) {
	csvRow(w, "source", "target", "file", "relation", "verb", "location", "paragraph", "footnote", "part", "date", "line", "col", "start", "end", "text", "quote")
	quotes := quoteAll(s)
	for _, e := range s.Edges {
		for i := range e.Occurrences {
			o := &e.Occurrences[i]
			csvRow(w, e.From, e.To, o.Source, o.Relation, o.Verb, string(o.Location), strconv.Itoa(o.Paragraph), o.Footnote, o.Part, o.Date,
				strconv.Itoa(o.Span.Line), strconv.Itoa(o.Span.Col), strconv.Itoa(o.Span.Start), strconv.Itoa(o.Span.End), o.Text, StripMarkup(quotes[o]))
		}
	}
}

// csvRow writes one row.
func csvRow(w *errWriter, cells ...string) {
	for i, c := range cells {
		if i > 0 {
			w.str(",")
		}
		w.str(csvCell(c))
	}
	w.str("\n")
}

// csvCell returns a cell as written: quoted when it holds a comma, a
// quote, a line break or blanks at its ends, and guarded with a leading
// ' (and quoted) when a spreadsheet would read it as a formula.
func csvCell(c string) string {
	guard := formulaLike(c)
	if guard {
		c = "'" + c
	}
	if guard || strings.ContainsAny(c, ",\"\r\n") || c != strings.TrimSpace(c) {
		return `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
	}
	return c
}

// formulaLike reports whether a spreadsheet could take the cell for a
// formula: its first non-blank character is =, +, -, @, a tab or a CR.
func formulaLike(c string) bool {
	t := strings.TrimLeft(c, " ")
	return t != "" && strings.IndexByte("=+-@\t\r", t[0]) >= 0
}

// cypherScript loads nodes.csv and edges.csv into Neo4j. unguard takes
// off the ' that csvCell puts before formula-like cells.
const cypherScript = `// Load a Recital CSV export into Neo4j (5.x) as (:Document)-[:CITES]->(:Document).
// Copy nodes.csv and edges.csv into Neo4j's import folder, then run:
//   cypher-shell -u neo4j -p PASSWORD -f import.cypher
// Cells that a spreadsheet would read as a formula were written with a
// leading ' ; the CASE expressions below take it off again.

CREATE CONSTRAINT recital_document IF NOT EXISTS FOR (d:Document) REQUIRE d.symbol IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (d:Document {symbol: row.id})
SET d.kind = row.kind,
    d.body = row.body,
    d.title = {{unguard "row.title"}},
    d.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    d.year = toInteger(row.year),
    d.parts = {{unguard "row.parts"}},
    d.in_corpus = row.in_corpus = 'true',
    d.source = {{unguard "row.source"}},
    d.format = row.format,
    d.link = row.link{{generation}};

LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
MATCH (a:Document {symbol: row.source})
MATCH (b:Document {symbol: row.target})
MERGE (a)-[c:CITES]->(b)
SET c.relations = split(row.relations, ', '),
    c.family = row.family,
    c.occurrences = toInteger(row.occurrences),
    c.locations = split(row.locations, ', ');
`

// writeCypher writes import.cypher.
func writeCypher(w *errWriter, s *Subgraph) {
	gen := ""
	if s.Gen != nil {
		gen = ",\n    d.generation = toInteger(row.generation)"
	}
	script := strings.ReplaceAll(cypherScript, "{{generation}}", gen)
	for _, col := range []string{"row.title", "row.parts", "row.source"} {
		script = strings.ReplaceAll(script, `{{unguard "`+col+`"}}`,
			`CASE WHEN `+col+` =~ "(?s)' *[=+\\-@\\t\\r].*" THEN substring(`+col+`, 1) ELSE `+col+` END`)
	}
	w.str(script)
}

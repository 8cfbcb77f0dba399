package export

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ncruces/go-sqlite3"
)

// sqliteFormat writes a SQLite database that sqlite3, Datasette, DuckDB
// and pandas open. SQLite runs as pure Go (ncruces/go-sqlite3: SQLite
// compiled to WebAssembly and translated to Go), so no C library is
// needed. The tables, with the JSON vocabulary of docs/json.md:
//
//	documents    one row per document: id, kind, body, date, year, title,
//	             title_source, topic, in_corpus, citations_known, link,
//	             source, format, generation
//	citations    one row per citation: source (citing), target (cited),
//	             relations (", "-joined; NULL when no verb governs it, as in annexes), occurrences
//	occurrences  one row per place a citation sits: source, target, file,
//	             relation, verb, location, paragraph, footnote, part, date,
//	             line, col, start, end, text (the citing sentence, where the
//	             file can be read again)
//	diagnostics  the graph's diagnostics (whole-graph exports)
//	provenance   key and value: what was exported, by which program
//
// Rows are inserted in sorted order and the file is vacuumed, so the same
// subgraph gives the same bytes with the same SQLite.
type sqliteFormat struct{}

func (sqliteFormat) Name() string { return "sqlite" }
func (sqliteFormat) Folder() bool { return false }

// sqliteSchema creates the tables.
const sqliteSchema = `
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE provenance (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT, date TEXT, year INTEGER,
  title TEXT, title_source TEXT, topic TEXT,
  in_corpus INTEGER NOT NULL, citations_known INTEGER NOT NULL,
  link TEXT, source TEXT, format TEXT, generation INTEGER);
CREATE TABLE citations (
  source TEXT NOT NULL REFERENCES documents(id), target TEXT NOT NULL REFERENCES documents(id),
  relations TEXT, occurrences INTEGER NOT NULL, PRIMARY KEY (source, target));
CREATE TABLE occurrences (
  source TEXT NOT NULL, target TEXT NOT NULL, file TEXT, relation TEXT, verb TEXT, location TEXT,
  paragraph INTEGER, footnote TEXT, part TEXT, date TEXT, line INTEGER, col INTEGER,
  start INTEGER, "end" INTEGER, text TEXT,
  FOREIGN KEY (source, target) REFERENCES citations(source, target));
CREATE TABLE diagnostics (severity TEXT, code TEXT, message TEXT, file TEXT, line INTEGER, col INTEGER, node TEXT);
CREATE INDEX citations_target ON citations(target);
CREATE INDEX occurrences_citation ON occurrences(source, target);
`

// Write builds the database in a temporary file and copies it to out.
func (sqliteFormat) Write(out Output, s *Subgraph) error {
	dir, err := os.MkdirTemp("", "recital-sqlite-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "graph.db")
	if err := writeSQLite(path, s); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	w, err := out.Create("graph.db")
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// writeSQLite writes the database at path.
func writeSQLite(path string, s *Subgraph) (err error) {
	db, err := sqlite3.Open(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := db.Close(); err == nil {
			err = cerr
		}
	}()
	if err := db.Exec(sqliteSchema); err != nil {
		return err
	}
	if err := db.Exec("BEGIN"); err != nil {
		return err
	}
	for _, fill := range []func(*sqlite3.Conn, *Subgraph) error{sqlProvenance, sqlDocuments, sqlCitations, sqlDiagnostics} {
		if err := fill(db, s); err != nil {
			return err
		}
	}
	if err := db.Exec("COMMIT"); err != nil {
		return err
	}
	return db.Exec("VACUUM")
}

// insert prepares one INSERT and runs it for each row that rows yields.
func insert(db *sqlite3.Conn, table string, cols int, rows func(yield func(...any) error) error) error {
	marks := strings.TrimSuffix(strings.Repeat("?,", cols), ",")
	st, _, err := db.Prepare(fmt.Sprintf("INSERT INTO %s VALUES (%s)", table, marks))
	if err != nil {
		return err
	}
	defer st.Close()
	return rows(func(vals ...any) error {
		for i, v := range vals {
			var err error
			switch v := v.(type) {
			case nil:
				err = st.BindNull(i + 1)
			case string:
				if v == "" {
					err = st.BindNull(i + 1)
				} else {
					err = st.BindText(i+1, v)
				}
			case int:
				err = st.BindInt64(i+1, int64(v))
			case bool:
				err = st.BindBool(i+1, v)
			default:
				err = fmt.Errorf("%s: cannot store a %T", table, v)
			}
			if err != nil {
				return err
			}
		}
		if err := st.Exec(); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
		return st.Reset()
	})
}

// sqlProvenance says what the database holds.
func sqlProvenance(db *sqlite3.Conn, s *Subgraph) error {
	return insert(db, "provenance", 2, func(row func(...any) error) error {
		for _, kv := range [][2]string{
			{"description", s.Describe()},
			{"documents", fmt.Sprint(len(s.Nodes))},
			{"citations", fmt.Sprint(len(s.Edges))},
			{"format", "recital-sqlite 1"},
			{"query", s.Query},
			{"root", s.Root},
			{"vocabulary", "docs/json.md: documents (id, in_corpus, citations_known…), citations (source cites target)"},
			{"writer", "Recital (github.com/recital-un/recital)"},
		} {
			if kv[1] == "" {
				continue
			}
			if err := row(kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	})
}

// sqlDocuments writes one row per document.
func sqlDocuments(db *sqlite3.Conn, s *Subgraph) error {
	return insert(db, "documents", 14, func(row func(...any) error) error {
		for _, n := range s.Nodes {
			d := s.Doc(n)
			var year, gen any
			if len(d.Date) >= 4 {
				var y int
				if _, err := fmt.Sscan(d.Date[:4], &y); err == nil {
					year = y
				}
			}
			if g, ok := s.Generation(n.ID); ok {
				gen = g
			}
			if err := row(n.ID, string(n.Kind), string(n.Body), d.Date, year, d.Title, d.TitleSource, d.Topic,
				n.InCorpus, n.InCorpus, link(n), n.Source, n.Format, gen); err != nil {
				return err
			}
		}
		return nil
	})
}

// sqlCitations writes the citations and their occurrences, quoting the
// citing sentence where the source file can be read again.
func sqlCitations(db *sqlite3.Conn, s *Subgraph) error {
	quotes := quoteAll(s)
	err := insert(db, "citations", 4, func(row func(...any) error) error {
		for _, e := range s.Edges {
			if err := row(e.From, e.To, strings.Join(e.Relations(), ", "), len(e.Occurrences)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return insert(db, "occurrences", 15, func(row func(...any) error) error {
		for _, e := range s.Edges {
			for i := range e.Occurrences {
				o := &e.Occurrences[i]
				text := quotes[o]
				if text == "" {
					text = o.Text
				}
				if err := row(e.From, e.To, o.Source, o.Relation, o.Verb, string(o.Location), o.Paragraph, o.Footnote, o.Part, o.Date,
					o.Span.Line, o.Span.Col, o.Span.Start, o.Span.End, plainQuote(text)); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// sqlDiagnostics writes the graph's diagnostics.
func sqlDiagnostics(db *sqlite3.Conn, s *Subgraph) error {
	return insert(db, "diagnostics", 7, func(row func(...any) error) error {
		for _, d := range s.Diagnostics {
			if err := row(string(d.Severity), d.Code, d.Message, d.Source, d.Span.Line, d.Span.Col, d.Node); err != nil {
				return err
			}
		}
		return nil
	})
}

// plainQuote is a quote without the markup of the text it was read from.
func plainQuote(s string) string { return StripMarkup(s) }

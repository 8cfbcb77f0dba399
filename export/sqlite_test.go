package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSQLiteWithSQLite3 opens the exported database with Debian's sqlite3
// and checks its tables by query: every document and citation, the
// provenance, the occurrences with their quotes, and foreign keys that
// hold.
func TestSQLiteWithSQLite3(t *testing.T) {
	s := Whole(smallGraph(t))
	b := single(t, write(t, "sqlite", s))
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "graph.db"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ sql, want string }{
		{"SELECT count(*) FROM documents;", "8"},
		{"SELECT count(*) FROM citations;", "8"},
		{"SELECT sum(occurrences) FROM citations;", "9"},
		{"SELECT count(*) FROM occurrences;", "9"},
		{"SELECT id, date, in_corpus, citations_known FROM documents WHERE id = 'A/RES/60/45';", "A/RES/60/45|2005-12-08|1|1"},
		{"SELECT in_corpus, citations_known, link FROM documents WHERE id = 'S/RES/1373(2001)';", "0|0|https://undocs.org/S/RES/1373(2001)"},
		{"SELECT relations FROM citations WHERE source = 'A/RES/60/45' AND target = 'A/RES/59/61';", "recalling, reaffirms"},
		{"SELECT value FROM provenance WHERE key = 'description';", "The whole citation graph: 8 documents, 8 citations"},
		{"SELECT count(*) FROM diagnostics;", "1"},
		{"PRAGMA foreign_key_check;", ""},
		{"PRAGMA integrity_check;", "ok"},
		{"SELECT c.target, d.title FROM citations c JOIN documents d ON d.id = c.target WHERE c.source = 'A/RES/59/61';", "A/RES/58/32|" + titleTeX},
	}
	for _, tt := range tests {
		got, _ := outside(t, "sqlite3", dir, "sqlite3", "-batch", "graph.db", tt.sql)
		if strings.TrimSpace(got) != tt.want {
			t.Errorf("%s\n got %q\nwant %q", tt.sql, strings.TrimSpace(got), tt.want)
		}
	}
}

// TestSQLiteSameBytes checks that the same subgraph gives the same file.
func TestSQLiteSameBytes(t *testing.T) {
	a := single(t, write(t, "sqlite", Whole(smallGraph(t))))
	b := single(t, write(t, "sqlite", Whole(smallGraph(t))))
	if !bytes.Equal(a, b) {
		t.Error("two exports of the same graph differ")
	}
	if !bytes.HasPrefix(a, []byte("SQLite format 3\x00")) {
		t.Errorf("not a SQLite file: %q", a[:16])
	}
}

func TestStripMarkup(t *testing.T) {
	tests := map[string]string{
		`Recalling its resolutions 53/70,$^{3}$ 54/49`:        "Recalling its resolutions 53/70, 54/49",
		`taking note of the reports$^{^3}$ A/54/213`:          "taking note of the reports A/54/213",
		`*Recalling* resolution 60/45[^2] of 8 December`:      "Recalling resolution 60/45 of 8 December",
		`the Declaration,<sup>4</sup> and **Reaffirming** it`: "the Declaration, and Reaffirming it",
		"resolution 217 A (III)¹ of\n 10 December   1948":     "resolution 217 A (III) of 10 December 1948",
		"A/RES/59/61 and A_B stay":                            "A/RES/59/61 and A_B stay",
	}
	for in, want := range tests {
		if got := StripMarkup(in); got != want {
			t.Errorf("StripMarkup(%q) = %q, want %q", in, got, want)
		}
	}
}

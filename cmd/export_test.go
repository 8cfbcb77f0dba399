package cmd

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestExportExitCodes checks the exit status of export's failures, which
// scripts cannot tell apart.
func TestExportExitCodes(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir) // sources are recorded relative to it
	doc := "a.txt"
	os.WriteFile(doc, []byte("Resolution adopted by the General Assembly on 5 December 2007\n\n62/10. Test\n\nThe General Assembly,\n\nRecalling its resolution 61/30 of 4 December 2006,\n"), 0o644)
	st := filepath.Join(dir, "s.store")
	if code := Run(mustTest(), []string{"build", doc, "--store", st}); code != ExitOK {
		t.Fatalf("build: exit %d", code)
	}
	out := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"whole graph", []string{"export", "--store", st, "--format", "json", "-o", out("g.json")}, ExitOK},
		{"lineage", []string{"export", "62/10", "--store", st, "--format", "vault", "-o", out("notes")}, ExitOK},
		{"html", []string{"export", "62/10", "--store", st, "--format", "html", "-o", out("a.html")}, ExitOK},
		{"read back", []string{"lineage", "62/10", "--store", out("g.json")}, ExitOK},
		{"no format", []string{"export", "--store", st, "-o", out("x")}, ExitUsage},
		{"unknown format", []string{"export", "--store", st, "--format", "xlsx", "-o", out("x")}, ExitUsage},
		{"no output", []string{"export", "--store", st, "--format", "json"}, ExitUsage},
		{"folder to stdout", []string{"export", "--store", st, "--format", "csv", "-o", "-"}, ExitUsage},
		{"html without a document", []string{"export", "--store", st, "--format", "html", "-o", out("x.html")}, ExitUsage},
		{"depth without a document", []string{"export", "--store", st, "--depth", "1", "--format", "json", "-o", out("x")}, ExitUsage},
		{"not a reference", []string{"export", "nonsense", "--store", st, "--format", "json", "-o", out("x")}, ExitUsage},
		{"unknown document", []string{"export", "99/999", "--store", st, "--format", "json", "-o", out("x")}, ExitNoResult},
		{"text not in the corpus", []string{"export", "61/30", "--store", st, "--format", "html", "-o", out("x.html")}, ExitFailure},
		{"text not found", []string{"export", "62/10", "--store", st, "--format", "html", "--source-dir", out("none"), "-o", out("x.html")}, ExitFailure},
		{"missing store", []string{"export", "--store", out("none"), "--format", "json", "-o", out("x")}, ExitFailure},
		{"unwritable output", []string{"export", "--store", st, "--format", "json", "-o", out("none/x.json")}, ExitFailure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, _, _, stderr := Test()
			if got := Run(ios, tt.args); got != tt.want {
				t.Errorf("recital %v: exit %d, want %d\nstderr: %s", tt.args, got, tt.want, stderr)
			}
		})
	}
}

// mustTest returns test streams.
func mustTest() *IOStreams {
	ios, _, _, _ := Test()
	return ios
}

// TestExportAgainLeavesUnchangedFiles checks that a folder export into a
// folder it wrote before rewrites only the files whose bytes change.
func TestExportAgainLeavesUnchangedFiles(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile("a.txt", []byte("Resolution adopted by the General Assembly on 5 December 2007\n\n62/10. Test\n\nThe General Assembly,\n\nRecalling its resolution 61/30 of 4 December 2006,\n"), 0o644)
	st := filepath.Join(dir, "s.store")
	if code := Run(mustTest(), []string{"build", "a.txt", "--store", st}); code != ExitOK {
		t.Fatalf("build: exit %d", code)
	}
	notes := filepath.Join(dir, "notes")
	export := func() {
		t.Helper()
		if code := Run(mustTest(), []string{"export", "--store", st, "--format", "vault", "-o", notes}); code != ExitOK {
			t.Fatalf("export: exit %d", code)
		}
	}
	export()
	names, err := filepath.Glob(filepath.Join(notes, "*.md"))
	if err != nil || len(names) < 3 {
		t.Fatalf("notes: %v %v", names, err)
	}
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	for _, name := range names {
		os.Chtimes(name, old, old)
	}
	changed := names[0]
	os.WriteFile(changed, []byte("edited by hand\n"), 0o644)
	os.Chtimes(changed, old, old)
	export()
	for _, name := range names {
		fi, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if rewritten := !fi.ModTime().Equal(old); rewritten != (name == changed) {
			t.Errorf("%s: rewritten %v, want %v", filepath.Base(name), rewritten, name == changed)
		}
	}
	if b, _ := os.ReadFile(changed); string(b) == "edited by hand\n" {
		t.Errorf("%s: the hand edit was kept, want the note written again", filepath.Base(changed))
	}
}

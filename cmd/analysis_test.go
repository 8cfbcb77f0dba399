package cmd

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/recital-un/recital/query"
)

// shellWords splits a command line of the help text into arguments:
// blanks separate them, single quotes group.
func shellWords(line string) []string {
	var args []string
	var cur strings.Builder
	quoted, any := false, false
	for _, r := range line {
		switch {
		case r == '\'':
			quoted, any = !quoted, true
		case r == ' ' && !quoted:
			if any {
				args = append(args, cur.String())
			}
			cur.Reset()
			any = false
		default:
			cur.WriteRune(r)
			any = true
		}
	}
	if any {
		args = append(args, cur.String())
	}
	return args
}

// TestHelpQueryExamples runs every example of 'recital help query' on the
// embedded default graph: each must answer.
func TestHelpQueryExamples(t *testing.T) {
	t.Setenv("RECITAL_STORE", "")
	n := 0
	for _, line := range strings.Split(query.Syntax, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "recital ") {
			continue
		}
		n++
		args := shellWords(strings.TrimPrefix(line, "recital "))
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			ios, _, stdout, stderr := Test()
			if code := Run(ios, args); code != ExitOK || stdout.Len() == 0 {
				t.Errorf("recital %q: exit %d, %d bytes out\nstderr: %s", args, code, stdout.Len(), stderr)
			}
		})
	}
	if n < 8 {
		t.Errorf("only %d examples found in the help text", n)
	}
}

func TestShellWords(t *testing.T) {
	got := shellWords(`query 'descendants(1514 (XV), 1)  & year(2015..2019)' --format json`)
	want := []string{"query", "descendants(1514 (XV), 1)  & year(2015..2019)", "--format", "json"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("shellWords = %q, want %q", got, want)
	}
}

// TestAnalysisExitCodes checks the exit status of query, top, check and
// missing for each kind of failure, which scripts cannot tell apart.
func TestAnalysisExitCodes(t *testing.T) {
	dir := t.TempDir()
	st := filepath.Join(dir, "s.store")
	if code := Run(mustTestStreams(), []string{"build", "testdata/docs", "--store", st}); code != ExitOK {
		t.Fatalf("build: exit %d", code)
	}
	slip := filepath.Join(dir, "slip.txt")
	os.WriteFile(slip, []byte("Resolution adopted by the General Assembly on 5 December 2007\n\n62/10. Test\n\nThe General Assembly,\n\nRecalling its resolution 53/70 of 4 December 1997,\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"query", []string{"query", "series(59/40)"}, ExitOK},
		{"query, syntax error", []string{"query", "series(59/40"}, ExitUsage},
		{"query, unknown document", []string{"query", "99/999"}, ExitNoResult},
		{"query, empty answer", []string{"query", "path(59/40, 62/10)"}, ExitNoResult},
		{"query, bad format", []string{"query", "all", "--format", "xml"}, ExitUsage},
		{"lineage of an expression", []string{"lineage", "latest(series(59/40))"}, ExitOK},
		{"lineage of several documents", []string{"lineage", "series(59/40)"}, ExitUsage},
		{"lineage of no document", []string{"lineage", "citedonly & incorpus"}, ExitNoResult},
		{"lineage, bad expression", []string{"lineage", "latest(series(59/40)"}, ExitUsage},
		{"lineage, not a reference", []string{"lineage", "nonsense"}, ExitUsage},
		{"top", []string{"top"}, ExitOK},
		{"top, bad measure", []string{"top", "--by", "fame"}, ExitUsage},
		{"top, bad period", []string{"top", "--period", "soon"}, ExitUsage},
		{"top, nothing cited", []string{"top", "62/10"}, ExitNoResult},
		{"missing", []string{"missing"}, ExitOK},
		{"missing, nothing", []string{"missing", "incorpus"}, ExitNoResult},
		{"check, clean", []string{"check", "testdata/docs"}, ExitOK},
		{"check, a slip", []string{"check", slip}, ExitFailure},
		{"check, a store", []string{"check", st}, ExitOK},
		{"check, no such file", []string{"check", filepath.Join(dir, "none.txt")}, ExitFailure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if tt.args[0] != "check" {
				args = append(slices.Clone(args), "--store", st)
			}
			ios, _, _, stderr := Test()
			if got := Run(ios, args); got != tt.want {
				t.Errorf("recital %v: exit %d, want %d\nstderr: %s", args, got, tt.want, stderr)
			}
		})
	}
}

// mustTestStreams returns test streams whose output is dropped.
func mustTestStreams() *IOStreams {
	ios, _, _, _ := Test()
	return ios
}

func TestIsExpression(t *testing.T) {
	tests := map[string]bool{
		"60/45":                  false,
		"1514 (XV)":              false,
		"S/RES/1373 (2001)":      false,
		"ES-10/19":               false,
		"HRC 7/36":               false,
		"nonsense":               false,
		"not a symbol":           false,
		"latest(series(60/45))":  true,
		"earliest(series(60/45)": true,
		"60/45 + 59/61":          true,
		"incorpus":               true,
		"ancestors(60/45) & all": true,
	}
	for arg, want := range tests {
		if got := isExpression(arg); got != want {
			t.Errorf("isExpression(%q) = %v, want %v", arg, got, want)
		}
	}
}

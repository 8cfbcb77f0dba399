package query

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParse checks that no input makes the parser or the evaluator panic,
// that every error is an *Error located inside the input, and that the
// canonical form of whatever parses parses back to itself.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"60/45", "ancestors(1514 (XV), 2, via=reaffirming)", "allpaths(80/16, 53/70) & year(1990..1999)",
		"series(ES-10/18) - body(SC)", `title("a \"b\"") | session(S-26)`, "3201 (S-VI) + 217 A (III)",
		"HRC 7/36 + decision 59/551", "(60/45 + ", "year(..1975) ^ kind(resolution)", "spine(descendants(32/13))",
		"path(61/1, 53/70, via=\"taking note\")", "all except incorpus intersect citedonly", "latest(agenda(Cyprus))",
	} {
		f.Add(s)
	}
	for _, line := range strings.Split(Syntax, "\n") {
		if i := strings.Index(line, "'"); i >= 0 && strings.Contains(line, "recital ") {
			if j := strings.LastIndex(line, "'"); j > i {
				f.Add(line[i+1 : j])
			}
		}
	}
	ix := NewIndex(testGraph(), nil)
	f.Fuzz(func(t *testing.T, src string) {
		q, err := Parse(src)
		if err != nil {
			checkError(t, src, err)
			return
		}
		again, err := Parse(q.String())
		if err != nil || again.String() != q.String() {
			t.Fatalf("Parse(%q) = %s, which parses back to %v (%v)", src, q, again, err)
		}
		if _, err := q.Eval(ix); err != nil {
			checkError(t, src, err)
		}
	})
}

// checkError checks that err is an *Error inside src, and that its
// message and caret can be written.
func checkError(t *testing.T, src string, err error) {
	t.Helper()
	var qe *Error
	if !errors.As(err, &qe) {
		t.Fatalf("%q: error %v is not an *Error", src, err)
	}
	if qe.Pos < 0 || qe.Pos > len(src) || qe.End < qe.Pos || qe.End > len(src) {
		t.Fatalf("%q: error at %d..%d, outside the input", src, qe.Pos, qe.End)
	}
	_ = qe.Error()
}

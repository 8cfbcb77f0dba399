package query

import (
	"errors"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"reference", "60/45", `"A/RES/60/45"`},
		{"quoted reference", `"1514 (XV)"`, `"A/RES/1514(XV)"`},
		{"reference inside a call", "ancestors(1514 (XV))", `ancestors("A/RES/1514(XV)")`},
		{"depth", "ancestors(60/45, 2)", `ancestors("A/RES/60/45", depth=2)`},
		{"depth by name", "descendants(60/45, depth=1)", `descendants("A/RES/60/45", depth=1)`},
		{"aliases", "lineage(60/45) + citedby(60/45)", `(ancestors("A/RES/60/45") + descendants("A/RES/60/45"))`},
		{"via", "descendants(1514 (XV), 1, via=reaffirming, via=\"Taking  note\")", `descendants("A/RES/1514(XV)", depth=1, via="reaffirming", via="taking note")`},
		{"via before depth", "ancestors(60/45, via=recall*, depth=3)", `ancestors("A/RES/60/45", depth=3, via="recall*")`},
		{"intersection binds tighter", "60/45 + 59/61 & incorpus", `("A/RES/60/45" + ("A/RES/59/61" & incorpus))`},
		{"difference is left-associative", "all - 60/45 - 59/61", `((all - "A/RES/60/45") - "A/RES/59/61")`},
		{"parentheses", "(60/45 + 59/61) & incorpus", `(("A/RES/60/45" + "A/RES/59/61") & incorpus)`},
		{"word operators", "all except 60/45 intersect body(GA) union 1", `((all - ("A/RES/60/45" & body(GA))) + "S/RES/1(1946)")`},
		{"other symbols", "a | b ^ c", ""},
		{"zero-argument functions with parentheses", "all() & incorpus() & citedonly", `((all & incorpus) & citedonly)`},
		{"words", "body(ga, SC, \"hrc\") & kind(resolution)", `(body(GA, SC, HRC) & kind(resolution))`},
		{"year range", "year(1990..1999)", "year(1990..1999)"},
		{"year range with a hyphen", "year(1990-1999)", "year(1990..1999)"},
		{"open ranges", "year(..1975) + year(2000..) + year(1998)", "((year(..1975) + year(2000..)) + year(1998))"},
		{"named session", "session(ES-10) + session(50..60)", "(session(ES-10) + session(50..60))"},
		{"text", `title("information and telecommunications") & agenda(Cyprus)`, `(title("information and telecommunications") & agenda("Cyprus"))`},
		{"paths", "allpaths(80/16, 53/70) + path(80/16, 53/70, via=recalling)", `(allpaths("A/RES/80/16", "A/RES/53/70") + path("A/RES/80/16", "A/RES/53/70", via="recalling"))`},
		{"nesting", "spine(series(latest(ancestors(ES-10/18))))", `spine(series(latest(ancestors("A/RES/ES-10/18"))))`},
		{"body words before numbers", "HRC 7/36 + decision 59/551 + SC 1373", `(("A/HRC/RES/7/36" + "A/DEC/59/551") + "S/RES/1373(2001)")`},
		{"line breaks", "ancestors(\n  60/45,\n  1)", `ancestors("A/RES/60/45", depth=1)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Parse(tt.src)
			if tt.want == "" {
				if err == nil {
					t.Errorf("Parse(%q) = %s, want an error", tt.src, q)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.src, err)
			}
			if got := q.String(); got != tt.want {
				t.Errorf("Parse(%q)\n got %s\nwant %s", tt.src, got, tt.want)
			}
			again, err := Parse(q.String())
			if err != nil || again.String() != q.String() {
				t.Errorf("canonical form %s does not parse back to itself: %v", q, err)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"empty", "  ", "query:1:1: empty expression\n    \n  ^"},
		{"unclosed call", "ancestors(60/45", "query:1:16: expected ',' or ')' after the arguments of ancestors, found end of expression\n  ancestors(60/45\n                 ^"},
		{"unclosed group", "(60/45 + 59/61", "query:1:15: expected ')' to close the '(' at column 1, found end of expression\n  (60/45 + 59/61\n                ^"},
		{"unknown function", "ancestor(60/45)", "query:1:1: unknown function \"ancestor\" (functions: agenda, all, allpaths, ancestors, body, citedonly, descendants, earliest, incorpus, kind, latest, path, series, session, spine, title, year)\n  ancestor(60/45)\n  ^^^^^^^^"},
		{"not a reference", "ancestors(nonsense)", "query:1:11: unknown function \"nonsense\" (functions: agenda, all, allpaths, ancestors, body, citedonly, descendants, earliest, incorpus, kind, latest, path, series, session, spine, title, year)\n  ancestors(nonsense)\n            ^^^^^^^^"},
		{"bad reference", "60/45 + Foo", "query:1:9: \"Foo\" is not a resolution number or document symbol (write 60/45, 1514 (XV), 1373 (2001) or A/RES/60/45)\n  60/45 + Foo\n          ^^^"},
		{"upper-case function", "Ancestors(60/45)", "query:1:1: function names are lower case: ancestors\n  Ancestors(60/45)\n  ^^^^^^^^^"},
		{"missing operator", "60/45 59/61", "query:1:7: expected an operator (+ - &) or the end of the expression, found \"59/61\"\n  60/45 59/61\n        ^^^^^"},
		{"too many arguments", "series(60/45, 59/61)", "query:1:15: too many arguments: series(X)\n  series(60/45, 59/61)\n                ^^^^^"},
		{"too few arguments", "path(60/45)", "query:1:11: too few arguments: path(X, Y [, via=relation])\n  path(60/45)\n            ^"},
		{"arguments needed", "ancestors + 60/45", "query:1:1: ancestors needs arguments: ancestors(X [, depth] [, via=relation])\n  ancestors + 60/45\n  ^^^^^^^^^"},
		{"bad body", "body(UN)", "query:1:6: expected one of body(GA, SC, …), found \"UN\"\n  body(UN)\n       ^^"},
		{"no via here", "series(60/45, via=recalling)", "query:1:15: series takes no via=: series(X)\n  series(60/45, via=recalling)\n                ^^^"},
		{"bad depth", "ancestors(60/45, -1)", "query:1:18: expected a number of generations, found '-'\n  ancestors(60/45, -1)\n                   ^"},
		{"empty range", "year(1999..1990)", "query:1:6: empty range 1999..1990\n  year(1999..1990)\n       ^^^^^^^^^^"},
		{"dangling operator", "60/45 +", "query:1:8: expected a document, a function or '(', found end of expression\n  60/45 +\n         ^"},
		{"position on a later line", "60/45 +\n  ancestors(", "query:2:13: expected a document, a function or '(', found end of expression\n    ancestors(\n              ^"},
		{"caret counts characters", "title(\"é\") + 9/", "query:1:14: \"9/\" is not a resolution number or document symbol (write 60/45, 1514 (XV), 1373 (2001) or A/RES/60/45)\n  title(\"é\") + 9/\n               ^^"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.src)
			var qe *Error
			if !errors.As(err, &qe) || qe.Kind != KindSyntax {
				t.Fatalf("Parse(%q) error = %v, want a syntax *Error", tt.src, err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("Parse(%q) error\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}

package query

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// show writes tokens compactly: refs in brackets, idents bare, strings
// quoted, punctuation as written.
func show(toks []token) string {
	var out []string
	for _, t := range toks {
		switch t.kind {
		case tokEOF:
		case tokRef:
			out = append(out, "["+t.val+"]")
		case tokString:
			out = append(out, fmt.Sprintf("%q", t.val))
		case tokError:
			out = append(out, "error: "+t.val)
		default:
			out = append(out, t.val)
		}
	}
	return strings.Join(out, " ")
}

func TestLex(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"session number", "60/45", "[60/45]"},
		{"symbol", "A/RES/60/45", "[A/RES/60/45]"},
		{"roman session with a space", "1514 (XV)", "[1514 (XV)]"},
		{"roman session attached", "A/RES/1514(XV)", "[A/RES/1514(XV)]"},
		{"part before the session", "217 A (III)", "[217 A (III)]"},
		{"part after a GA number", "34/83 A", "[34/83 A]"},
		{"SC year", "S/RES/1373 (2001)", "[S/RES/1373 (2001)]"},
		{"emergency special session", "ES-10/18", "[ES-10/18]"},
		{"emergency special session in a symbol", "A/RES/ES-10/18", "[A/RES/ES-10/18]"},
		{"special session", "S-26/2", "[S-26/2]"},
		{"old special session", "3201 (S-VI)", "[3201 (S-VI)]"},
		{"old emergency session", "2252 (ES-V)", "[2252 (ES-V)]"},
		{"body word", "HRC 7/36", "[HRC 7/36]"},
		{"body word in lower case", "hrc 7/36 + decision 59/551", "[hrc 7/36] + [decision 59/551]"},
		{"two body words", "ECOSOC decision 2004/322", "[ECOSOC decision 2004/322]"},
		{"corrigendum", "A/55/140/Corr.1", "[A/55/140/Corr.1]"},
		{"subsidiary body", "E/CN.4/RES/2005/69", "[E/CN.4/RES/2005/69]"},
		{"attached group", "A/73/12(PartI)", "[A/73/12(PartI)]"},
		{"reference inside a call", "ancestors(1514 (XV), 2)", "ancestors ( [1514 (XV)] , [2] )"},
		{"SC reference inside a call", "descendants(1373 (2001))", "descendants ( [1373 (2001)] )"},
		{"hyphen as difference, spaced", "80/16 - 53/70", "[80/16] - [53/70]"},
		{"hyphen as difference, glued", "80/16-53/70", "[80/16] - [53/70]"},
		{"difference before ES", "all-ES-10/18", "all - [ES-10/18]"},
		{"difference after a call", "body(SC)-body(GA)", "body ( [SC] ) - body ( [GA] )"},
		{"range", "year(1990..1999)", "year ( [1990] .. [1999] )"},
		{"open range", "year(..1975)", "year ( .. [1975] )"},
		{"range with a hyphen", "year(1990-1999)", "year ( [1990] - [1999] )"},
		{"final full stop left out", "60/45.", "[60/45] error: unexpected character '.'"},
		{"operators", "a + b | c & d ^ e", "a + b | c & d ^ e"},
		{"keyword", "via=reaffirm*", "via = reaffirm*"},
		{"quoted text", `title("a \"b\"") + 'x'`, `title ( "a \"b\"" ) + "x"`},
		{"parenthesis that is not a session", "60/45 (GA)", "[60/45] ( [GA] )"},
		{"no space, no session", "60/45(", "[60/45] ("},
		{"unterminated quote", `"abc`, "error: unterminated quoted text"},
		{"non-ASCII", "60/45 → 59/61", "[60/45] error: unexpected character \"→\" (quote text that is not ASCII)"},
		{"ga is a word before a number only", "body(ga) + ga 60/45", "body ( ga ) + [ga 60/45]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(lex(tt.src)); got != tt.want {
				t.Errorf("lex(%q)\n got %s\nwant %s", tt.src, got, tt.want)
			}
		})
	}
}

func TestLexPositions(t *testing.T) {
	toks := lex("ancestors( 1514 (XV) )")
	var got [][2]int
	for _, t := range toks {
		got = append(got, [2]int{t.pos, t.end})
	}
	want := [][2]int{{0, 9}, {9, 10}, {11, 20}, {21, 22}, {22, 22}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("positions = %v, want %v", got, want)
	}
}

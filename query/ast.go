package query

import (
	"fmt"
	"strconv"
	"strings"
)

// Expr is a parsed expression. Every expression denotes a subgraph of the
// citation graph: a set of documents and the citations among them kept.
type Expr interface {
	// Pos returns the byte offset of the expression in the source.
	Pos() int
	// String returns the expression in canonical form; parsing it gives
	// an equal tree.
	String() string
}

// Ref names one document.
type Ref struct {
	At, End int
	Text    string // as written
	ID      string // canonical node ID, as parser.ParseRef reads Text
}

// Pos implements Expr.
func (r *Ref) Pos() int { return r.At }

// String implements Expr: the canonical ID, quoted.
func (r *Ref) String() string { return quote(r.ID) }

// quote writes s between double quotes, escaping quotes and backslashes
// as the lexer reads them.
func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// Op is a set operator.
type Op int

// Set operators. Intersection binds tighter than union and difference,
// which are left-associative with equal precedence.
const (
	OpUnion     Op = iota // a + b, a | b, a union b
	OpIntersect           // a & b, a ^ b, a intersect b
	OpDiff                // a - b, a except b
)

var opText = [...]string{OpUnion: "+", OpIntersect: "&", OpDiff: "-"}

// String returns the operator's symbol.
func (o Op) String() string { return opText[o] }

// Binary combines two subgraphs.
type Binary struct {
	At   int // position of the operator
	Op   Op
	X, Y Expr
}

// Pos implements Expr.
func (b *Binary) Pos() int { return b.X.Pos() }

// String implements Expr, fully parenthesised.
func (b *Binary) String() string {
	return "(" + b.X.String() + " " + b.Op.String() + " " + b.Y.String() + ")"
}

// Call applies a function. Which fields are set depends on the function
// (see funcs).
type Call struct {
	At, End int
	Func    string   // canonical name (aliases resolved)
	Args    []Expr   // subgraph arguments
	Depth   int      // ancestors, descendants: generations; 0 for all
	Via     []string // edge filter: relation or verb patterns, lower case
	Words   []string // body, kind: lower case
	Text    string   // title, agenda
	Range   Range    // year, session
}

// Range is an inclusive range of years or sessions; a zero bound is open.
// Name holds a named session instead ("ES-10", "S-26").
type Range struct {
	Lo, Hi int
	Name   string
}

// String writes the range as it is parsed: "1990..1999", "..1999", "53".
func (r Range) String() string {
	switch {
	case r.Name != "":
		return r.Name
	case r.Lo == r.Hi:
		return strconv.Itoa(r.Lo)
	}
	s := ".."
	if r.Lo > 0 {
		s = strconv.Itoa(r.Lo) + s
	}
	if r.Hi > 0 {
		s += strconv.Itoa(r.Hi)
	}
	return s
}

// Contains reports whether n lies in the range.
func (r Range) Contains(n int) bool {
	return (r.Lo == 0 || n >= r.Lo) && (r.Hi == 0 || n <= r.Hi)
}

// Pos implements Expr.
func (c *Call) Pos() int { return c.At }

// String implements Expr.
func (c *Call) String() string {
	spec := funcs[c.Func]
	var args []string
	for _, a := range c.Args {
		args = append(args, a.String())
	}
	for _, p := range spec.params {
		switch p {
		case pWords:
			args = append(args, c.Words...)
		case pText:
			args = append(args, quote(c.Text))
		case pYears, pSessions:
			args = append(args, c.Range.String())
		case pDepth:
			if c.Depth > 0 {
				args = append(args, fmt.Sprintf("depth=%d", c.Depth))
			}
		}
	}
	for _, v := range c.Via {
		args = append(args, "via="+quote(v))
	}
	if len(spec.params) == 0 {
		return c.Func
	}
	return c.Func + "(" + strings.Join(args, ", ") + ")"
}

package query

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// ErrorKind says what went wrong with a query.
type ErrorKind int

// Kinds of errors.
const (
	KindSyntax   ErrorKind = iota // the expression cannot be parsed
	KindNotFound                  // it names a document the graph does not hold
	KindTooLarge                  // it asks for more than the evaluator will compute
)

// Error is a problem with a query, located in its text.
type Error struct {
	Kind     ErrorKind
	Src      string // the expression
	Pos, End int    // byte offsets of the offending text
	Msg      string
}

// newError builds an Error.
func newError(kind ErrorKind, src string, pos, end int, format string, args ...any) *Error {
	pos = min(max(pos, 0), len(src))
	end = min(max(end, pos), len(src))
	return &Error{Kind: kind, Src: src, Pos: pos, End: end, Msg: fmt.Sprintf(format, args...)}
}

// Error returns "query:LINE:COL: message" followed by the line of the
// expression and a caret under the offending text.
func (e *Error) Error() string {
	line, col := lineCol(e.Src, e.Pos)
	return fmt.Sprintf("query:%d:%d: %s\n%s", line, col, e.Msg, e.Caret())
}

// Caret returns the line of the expression that holds the error and,
// below it, carets under the offending text (one at least), both indented
// by two spaces.
func (e *Error) Caret() string {
	start := strings.LastIndexByte(e.Src[:e.Pos], '\n') + 1
	stop := strings.IndexByte(e.Src[e.Pos:], '\n')
	if stop < 0 {
		stop = len(e.Src)
	} else {
		stop += e.Pos
	}
	text := strings.ReplaceAll(e.Src[start:stop], "\t", " ")
	pad := utf8.RuneCountInString(e.Src[start:e.Pos])
	width := max(1, utf8.RuneCountInString(e.Src[e.Pos:min(e.End, stop)]))
	return "  " + text + "\n  " + strings.Repeat(" ", pad) + strings.Repeat("^", width)
}

// lineCol returns the 1-based line and character column of byte pos.
func lineCol(src string, pos int) (line, col int) {
	line = 1 + strings.Count(src[:pos], "\n")
	start := strings.LastIndexByte(src[:pos], '\n') + 1
	return line, 1 + utf8.RuneCountInString(src[start:pos])
}

// column returns the character column of byte pos on its line.
func column(src string, pos int) int {
	_, col := lineCol(src, pos)
	return col
}

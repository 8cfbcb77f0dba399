package query

import (
	"slices"
	"strconv"
	"strings"

	"github.com/recital-un/recital/parser"
)

// Query is a parsed expression.
type Query struct {
	Src  string // the expression as written
	Expr Expr
}

// String returns the expression in canonical form.
func (q *Query) String() string { return q.Expr.String() }

// Parse parses an expression (see Syntax). References are read with
// parser.ParseRef; the graph is not consulted, so a reference the graph
// does not hold is found only by Eval. Errors are *Error, pointing at the
// offending text.
func Parse(src string) (*Query, error) {
	p := &exprParser{src: src, toks: lex(src)}
	if t := p.toks[len(p.toks)-1]; t.kind == tokError {
		return nil, p.errorAt(t.pos, t.end, "%s", t.val)
	}
	if p.peek().kind == tokEOF {
		return nil, p.errorAt(0, 0, "empty expression")
	}
	e, err := p.parseUnion()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tokEOF {
		return nil, p.unexpected(t, "an operator (+ - &) or the end of the expression")
	}
	return &Query{Src: src, Expr: e}, nil
}

// exprParser is a recursive-descent parser over the tokens of one expression.
type exprParser struct {
	src  string
	toks []token
	i    int
}

// peek returns the next token without consuming it.
func (p *exprParser) peek() token { return p.toks[p.i] }

// peekAt returns the token k places ahead, or the last (EOF).
func (p *exprParser) peekAt(k int) token { return p.toks[min(p.i+k, len(p.toks)-1)] }

// next consumes the next token.
func (p *exprParser) next() token {
	t := p.toks[p.i]
	if t.kind != tokEOF {
		p.i++
	}
	return t
}

// errorAt builds a syntax error at src[pos:end].
func (p *exprParser) errorAt(pos, end int, format string, args ...any) *Error {
	return newError(KindSyntax, p.src, pos, end, format, args...)
}

// unexpected reports token t where something else was wanted.
func (p *exprParser) unexpected(t token, want string) *Error {
	return p.errorAt(t.pos, t.end, "expected %s, found %s", want, t)
}

// expect consumes a token of the given kind.
func (p *exprParser) expect(kind tokenKind, want string) (token, error) {
	t := p.next()
	if t.kind != kind {
		return t, p.unexpected(t, want)
	}
	return t, nil
}

// parseUnion parses
//
//	union = inter { ("+" | "|" | "-" | "union" | "except") inter }
func (p *exprParser) parseUnion() (Expr, error) {
	x, err := p.parseInter()
	for err == nil {
		op, ok := p.binaryOp(OpUnion, OpDiff)
		if !ok {
			return x, nil
		}
		var y Expr
		y, err = p.parseInter()
		x = &Binary{At: op.pos, Op: opOf(op), X: x, Y: y}
	}
	return nil, err
}

// parseInter parses
//
//	inter = factor { ("&" | "^" | "intersect") factor }
func (p *exprParser) parseInter() (Expr, error) {
	x, err := p.parseFactor()
	for err == nil {
		op, ok := p.binaryOp(OpIntersect)
		if !ok {
			return x, nil
		}
		var y Expr
		y, err = p.parseFactor()
		x = &Binary{At: op.pos, Op: OpIntersect, X: x, Y: y}
	}
	return nil, err
}

// opWords are the operators written as words.
var opWords = map[string]Op{"union": OpUnion, "intersect": OpIntersect, "except": OpDiff}

// binaryOp consumes the next token if it is one of the operators ops.
func (p *exprParser) binaryOp(ops ...Op) (token, bool) {
	t := p.peek()
	if op := opOf(t); op < 0 || !slices.Contains(ops, op) {
		return t, false
	}
	return p.next(), true
}

// opOf returns the operator a token stands for, or -1.
func opOf(t token) Op {
	switch t.kind {
	case tokUnion:
		return OpUnion
	case tokIntersect:
		return OpIntersect
	case tokMinus:
		return OpDiff
	case tokIdent:
		if op, ok := opWords[t.val]; ok {
			return op
		}
	}
	return -1
}

// parseFactor parses
//
//	factor = "(" union ")" | call | reference | quoted-reference
func (p *exprParser) parseFactor() (Expr, error) {
	t := p.peek()
	switch t.kind {
	case tokLParen:
		p.next()
		e, err := p.parseUnion()
		if err != nil {
			return nil, err
		}
		if _, err := p.expect(tokRParen, "')' to close the '(' at column "+strconv.Itoa(column(p.src, t.pos))); err != nil {
			return nil, err
		}
		return e, nil
	case tokRef, tokString:
		return p.parseRef()
	case tokIdent:
		return p.parseCall()
	}
	return nil, p.unexpected(t, "a document, a function or '('")
}

// parseRef reads a reference, bare or quoted.
func (p *exprParser) parseRef() (Expr, error) {
	t := p.next()
	if p.peek().kind == tokLParen && t.kind == tokRef {
		if _, spec := lookupFunc(strings.ToLower(t.val)); spec != nil {
			return nil, p.errorAt(t.pos, t.end, "function names are lower case: %s", strings.ToLower(t.val))
		}
	}
	id, err := parser.ParseRef(t.val)
	if err != nil {
		return nil, p.errorAt(t.pos, t.end, "%s", refError(err))
	}
	return &Ref{At: t.pos, End: t.end, Text: t.val, ID: id}, nil
}

// refError words a ParseRef error for a query.
func refError(err error) string {
	return strings.Replace(err.Error(), "(try ", "(write ", 1)
}

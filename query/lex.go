package query

import (
	"fmt"
	"strings"
)

// tokenKind identifies the type of a lexical token.
type tokenKind int

const (
	tokEOF       tokenKind = iota // end of the expression
	tokError                      // a lexical error; val holds the message
	tokIdent                      // a lower-case name: ancestors, all, reaffirming
	tokRef                        // a document reference as written: 60/45, 1514 (XV), A/RES/60/45, HRC 7/36, GA
	tokString                     // quoted text; val holds it unquoted
	tokLParen                     // (
	tokRParen                     // )
	tokComma                      // ,
	tokEquals                     // =
	tokDotDot                     // .. in a range
	tokUnion                      // + or |
	tokIntersect                  // & or ^
	tokMinus                      // - (difference)
)

// token is one lexical item with its byte offsets in the expression.
type token struct {
	kind     tokenKind
	pos, end int
	val      string
}

// String describes the token for error messages.
func (t token) String() string {
	switch t.kind {
	case tokEOF:
		return "end of expression"
	case tokString:
		return fmt.Sprintf("%q", t.val)
	case tokIdent, tokRef:
		return fmt.Sprintf("%q", t.val)
	}
	return "'" + t.val + "'"
}

// eof marks the end of the input for the lexer's primitives.
const eof = -1

// lexer turns an expression into tokens. It works on bytes: every
// character that matters is ASCII, and anything else is an error except
// inside quotes.
type lexer struct {
	src    string
	start  int // start of the token being scanned
	pos    int // current position
	tokens []token
}

// lex scans the whole expression. The last token is tokEOF, or tokError
// at the first character that cannot start a token.
func lex(src string) []token {
	l := &lexer{src: src}
	for {
		l.skipSpace()
		l.start = l.pos
		if !l.lexToken() {
			return l.tokens
		}
	}
}

// next consumes and returns the next byte, or eof.
func (l *lexer) next() int {
	if l.pos >= len(l.src) {
		return eof
	}
	c := l.src[l.pos]
	l.pos++
	return int(c)
}

// peek returns the byte at offset k from the current position, or eof.
func (l *lexer) peek(k int) int {
	if l.pos+k >= len(l.src) {
		return eof
	}
	return int(l.src[l.pos+k])
}

// backup steps back one byte; it may be called once per next.
func (l *lexer) backup() { l.pos-- }

// accept consumes the next byte if it is in valid.
func (l *lexer) accept(valid string) bool {
	if c := l.peek(0); c != eof && strings.IndexByte(valid, byte(c)) >= 0 {
		l.pos++
		return true
	}
	return false
}

// acceptRun consumes a run of bytes from valid.
func (l *lexer) acceptRun(valid string) {
	for l.accept(valid) {
	}
}

// emit records the token scanned since start.
func (l *lexer) emit(kind tokenKind) {
	l.tokens = append(l.tokens, token{kind: kind, pos: l.start, end: l.pos, val: l.src[l.start:l.pos]})
}

// errorf records an error token at the current token and stops the scan.
func (l *lexer) errorf(format string, args ...any) bool {
	l.tokens = append(l.tokens, token{kind: tokError, pos: l.start, end: max(l.pos, l.start+1), val: fmt.Sprintf(format, args...)})
	return false
}

// skipSpace skips blanks and line breaks.
func (l *lexer) skipSpace() { l.acceptRun(" \t\r\n") }

// lexToken scans one token and reports whether scanning should go on.
func (l *lexer) lexToken() bool {
	c := l.peek(0)
	switch {
	case c == eof:
		l.emit(tokEOF)
		return false
	case c == '"' || c == '\'':
		return l.lexString()
	case bodyPrefixAt(l.src, l.pos) > 0 || isDigit(c) || isUpper(c):
		return l.lexRef()
	case isLower(c) || c == '_':
		return l.lexIdent()
	}
	return l.lexPunct()
}

// punct maps single-character tokens to their kind.
var punct = map[byte]tokenKind{
	'(': tokLParen, ')': tokRParen, ',': tokComma, '=': tokEquals,
	'+': tokUnion, '|': tokUnion, '&': tokIntersect, '^': tokIntersect, '-': tokMinus,
}

// lexPunct scans an operator or a bracket.
func (l *lexer) lexPunct() bool {
	c := l.next()
	if c == '.' && l.accept(".") {
		l.emit(tokDotDot)
		return true
	}
	if k, ok := punct[byte(c)]; ok {
		l.emit(k)
		return true
	}
	if c >= 0x80 {
		return l.errorf("unexpected character %q (quote text that is not ASCII)", l.src[l.start:l.start+runeLen(l.src[l.start:])])
	}
	return l.errorf("unexpected character %q", rune(c))
}

// lexIdent scans a lower-case name. A trailing * is part of it, so that
// via=reaffirm* reads as one pattern.
func (l *lexer) lexIdent() bool {
	l.acceptRun(lowerDigits)
	l.accept("*")
	l.emit(tokIdent)
	return true
}

// lexString scans quoted text; a backslash escapes the next character.
func (l *lexer) lexString() bool {
	quote := l.next()
	var b strings.Builder
	for {
		switch c := l.next(); c {
		case eof:
			return l.errorf("unterminated quoted text")
		case '\\':
			if e := l.next(); e != eof {
				b.WriteByte(byte(e))
			}
		case quote:
			l.tokens = append(l.tokens, token{kind: tokString, pos: l.start, end: l.pos, val: b.String()})
			return true
		default:
			b.WriteByte(byte(c))
		}
	}
}

// Character classes.
const (
	lowerDigits = "abcdefghijklmnopqrstuvwxyz0123456789_"
	romanDigits = "IVXLCDM"
)

func isDigit(c int) bool { return '0' <= c && c <= '9' }
func isUpper(c int) bool { return 'A' <= c && c <= 'Z' }
func isLower(c int) bool { return 'a' <= c && c <= 'z' }
func isAlnum(c int) bool { return isDigit(c) || isUpper(c) || isLower(c) }

// runeLen returns the byte length of the first UTF-8 character of s.
func runeLen(s string) int {
	for i := range s {
		if i > 0 {
			return i
		}
	}
	return len(s)
}

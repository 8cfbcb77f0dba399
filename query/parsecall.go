package query

import (
	"strconv"
	"strings"
)

// parseCall parses
//
//	call = name [ "(" [ arg { "," arg } ] ")" ]
//	arg  = union | word | text | range | "depth" "=" number | "via" "=" word
//
// where the function's parameters say which kind each argument is.
// Functions without parameters may be written without parentheses.
func (p *exprParser) parseCall() (Expr, error) {
	t := p.next()
	name, spec := lookupFunc(t.val)
	if spec == nil {
		return nil, p.errorAt(t.pos, t.end, "unknown function %q (functions: %s)", t.val, funcNames())
	}
	c := &Call{At: t.pos, End: t.end, Func: name}
	if p.peek().kind != tokLParen {
		if len(spec.params) > 0 {
			return nil, p.errorAt(t.pos, t.end, "%s needs arguments: %s", name, spec.usage)
		}
		return c, nil
	}
	p.next()
	if err := p.parseArgs(c, spec); err != nil {
		return nil, err
	}
	end, err := p.expect(tokRParen, "',' or ')' after the arguments of "+name)
	if err != nil {
		return nil, err
	}
	c.End = end.end
	return c, nil
}

// parseArgs parses the arguments of c up to the closing parenthesis.
func (p *exprParser) parseArgs(c *Call, spec *funcSpec) error {
	n := 0 // positional arguments read
	for i := 0; p.peek().kind != tokRParen; i++ {
		if i > 0 {
			if _, err := p.expect(tokComma, "',' or ')' after the arguments of "+c.Func); err != nil {
				return err
			}
		}
		if p.peek().kind == tokIdent && p.peekAt(1).kind == tokEquals {
			if err := p.parseKeyword(c, spec); err != nil {
				return err
			}
			continue
		}
		if n >= len(spec.params) {
			return p.errorAt(p.peek().pos, p.peek().end, "too many arguments: %s", spec.usage)
		}
		if err := p.parseArg(c, spec, spec.params[n]); err != nil {
			return err
		}
		if spec.params[n] != pWords {
			n++
		}
	}
	if missing := required(spec.params[min(n, len(spec.params)):], c); missing {
		t := p.peek()
		return p.errorAt(t.pos, t.end, "too few arguments: %s", spec.usage)
	}
	return nil
}

// required reports whether some of the parameters left are required: all
// but an optional depth, and pWords once it has a value.
func required(left []param, c *Call) bool {
	for _, pr := range left {
		if pr != pDepth && !(pr == pWords && len(c.Words) > 0) {
			return true
		}
	}
	return false
}

// parseArg parses one positional argument of the given kind into c.
func (p *exprParser) parseArg(c *Call, spec *funcSpec, kind param) error {
	var err error
	switch kind {
	case pSet:
		var e Expr
		e, err = p.parseUnion()
		c.Args = append(c.Args, e)
	case pDepth:
		c.Depth, err = p.number("a number of generations")
	case pWords:
		var w string
		w, err = p.word(spec.words, spec.usage)
		c.Words = append(c.Words, w)
	case pText:
		c.Text, err = p.text()
	case pYears:
		c.Range, err = p.parseRange(false)
	case pSessions:
		c.Range, err = p.parseRange(true)
	}
	return err
}

// parseKeyword parses depth=N or via=relation.
func (p *exprParser) parseKeyword(c *Call, spec *funcSpec) error {
	key := p.next()
	p.next() // =
	switch {
	case key.val == "depth" && len(spec.params) > 1 && spec.params[1] == pDepth:
		d, err := p.number("a number of generations")
		c.Depth = d
		return err
	case key.val == "via" && spec.via:
		t := p.next()
		if t.kind != tokIdent && t.kind != tokString && t.kind != tokRef {
			return p.unexpected(t, "a relation or verb after via=, such as reaffirming or \"taking note\"")
		}
		c.Via = append(c.Via, strings.ToLower(strings.Join(strings.Fields(t.val), " ")))
		return nil
	}
	return p.errorAt(key.pos, key.end, "%s takes no %s=: %s", c.Func, key.val, spec.usage)
}

// number reads a non-negative integer.
func (p *exprParser) number(what string) (int, error) {
	t := p.next()
	n, err := strconv.Atoi(t.val)
	if t.kind != tokRef || err != nil || n < 0 || n > 1_000_000 {
		return 0, p.unexpected(t, what)
	}
	return n, nil
}

// word reads one of the names in allowed, in any case.
func (p *exprParser) word(allowed map[string]string, usage string) (string, error) {
	t := p.next()
	if t.kind == tokIdent || t.kind == tokRef || t.kind == tokString {
		if w, ok := allowed[strings.ToLower(t.val)]; ok {
			return w, nil
		}
	}
	return "", p.unexpected(t, "one of "+usage)
}

// text reads a word or quoted text.
func (p *exprParser) text() (string, error) {
	t := p.next()
	if t.kind != tokIdent && t.kind != tokRef && t.kind != tokString || strings.TrimSpace(t.val) == "" {
		return "", p.unexpected(t, "text to look for, in quotes if it has spaces")
	}
	return t.val, nil
}

// parseRange parses
//
//	range = number [ (".." | "-") [ number ] ] | ".." number | session-name
//
// where a session name (ES-10, S-26) is allowed when named is true.
func (p *exprParser) parseRange(named bool) (Range, error) {
	t := p.peek()
	if named && t.kind == tokRef && isSessionName(t.val) {
		p.next()
		return Range{Name: t.val}, nil
	}
	var r Range
	if t.kind == tokDotDot {
		p.next()
		hi, err := p.number("a number after '..'")
		return Range{Hi: hi}, err
	}
	lo, err := p.number("a number or a range such as 1990..1999")
	if err != nil {
		return r, err
	}
	r = Range{Lo: lo, Hi: lo}
	if k := p.peek().kind; k == tokDotDot || k == tokMinus {
		p.next()
		r.Hi = 0
		if p.peek().kind == tokRef {
			if r.Hi, err = p.number("a number after '..'"); err != nil {
				return r, err
			}
		}
	}
	if r.Hi != 0 && r.Hi < r.Lo {
		return r, p.errorAt(t.pos, p.toks[p.i-1].end, "empty range %d..%d", r.Lo, r.Hi)
	}
	return r, nil
}

// isSessionName reports whether s names a special or emergency special
// session: S-26, ES-10.
func isSessionName(s string) bool {
	for _, prefix := range []string{"ES-", "S-"} {
		if rest, ok := strings.CutPrefix(s, prefix); ok {
			_, err := strconv.Atoi(rest)
			return err == nil
		}
	}
	return false
}

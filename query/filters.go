package query

import (
	"github.com/recital-un/recital/parser"
	"slices"
	"strconv"
	"strings"

	"github.com/recital-un/recital/graph"
)

// filter returns the set of nodes for which keep is true, with the
// citations among them.
func (ev *evaluator) filter(keep func(v int32, n *graph.Node) bool) *set {
	b := newBitset(ev.ix.Len())
	for i, n := range ev.ix.t().nodes {
		if keep(int32(i), n) {
			b.set(int32(i))
		}
	}
	return &set{nodes: b}
}

// all is every document.
func (ev *evaluator) all(*Call) (*set, error) {
	return &set{nodes: fullBitset(ev.ix.Len())}, nil
}

// inCorpus is every document whose text was read.
func (ev *evaluator) inCorpus(*Call) (*set, error) {
	return ev.filter(func(_ int32, n *graph.Node) bool { return n.InCorpus }), nil
}

// citedOnly is every document that is cited but whose text was not read.
func (ev *evaluator) citedOnly(*Call) (*set, error) {
	return ev.filter(func(_ int32, n *graph.Node) bool { return !n.InCorpus }), nil
}

// body is every document issued by one of the bodies named.
func (ev *evaluator) body(c *Call) (*set, error) {
	return ev.filter(func(_ int32, n *graph.Node) bool { return slices.Contains(c.Words, string(n.Body)) }), nil
}

// kind is every document of one of the kinds named.
func (ev *evaluator) kind(c *Call) (*set, error) {
	return ev.filter(func(_ int32, n *graph.Node) bool { return slices.Contains(c.Words, string(n.Kind)) }), nil
}

// year is every document adopted in the range of years. A document whose
// year is unknown matches no range.
func (ev *evaluator) year(c *Call) (*set, error) {
	return ev.filter(func(v int32, _ *graph.Node) bool {
		y := ev.ix.t().info[v].Year
		return y > 0 && c.Range.Contains(y)
	}), nil
}

// session is every GA or HRC document whose symbol names a session in the
// range, or the named special or emergency special session.
func (ev *evaluator) session(c *Call) (*set, error) {
	return ev.filter(func(_ int32, n *graph.Node) bool {
		s, ok := sessionOf(n.ID)
		if c.Range.Name != "" {
			return s == c.Range.Name
		}
		num, err := strconv.Atoi(s)
		return ok && err == nil && c.Range.Contains(num)
	}), nil
}

// title is every document whose title holds the text, ignoring case.
func (ev *evaluator) title(c *Call) (*set, error) {
	want := strings.ToLower(c.Text)
	return ev.filter(func(v int32, _ *graph.Node) bool {
		return strings.Contains(strings.ToLower(ev.ix.t().info[v].Title), want)
	}), nil
}

// agenda is every document whose agenda item (or SC topic) holds the
// text, ignoring case.
func (ev *evaluator) agenda(c *Call) (*set, error) {
	want := strings.ToLower(c.Text)
	return ev.filter(func(v int32, _ *graph.Node) bool {
		return strings.Contains(strings.ToLower(ev.ix.t().info[v].Agenda), want)
	}), nil
}

// sessionOf reads the session a GA or HRC symbol names: "53" for
// A/RES/53/70, A/53/150, A/C.3/53/L.2 and A/HRC/RES/53/1; "15" for
// A/RES/1514(XV); "ES-10" for A/RES/ES-10/19. Other bodies' symbols name
// years, not sessions.
func sessionOf(id string) (string, bool) {
	rest, ok := strings.CutPrefix(id, "A/")
	if !ok {
		return "", false
	}
	parts := strings.Split(rest, "/")
	for i, p := range parts {
		if i == len(parts)-1 {
			return romanSession(p)
		}
		if _, err := strconv.Atoi(p); err == nil || isSessionName(p) {
			return p, true
		}
	}
	return "", false
}

// romanSession reads the session of a GA resolution numbered before 1976:
// "1514(XV)" → "15", "2252(ES-V)" → "ES-5", "3201(S-VI)" → "S-6".
func romanSession(last string) (string, bool) {
	i := strings.IndexByte(last, '(')
	if i < 0 || !strings.HasSuffix(last, ")") {
		return "", false
	}
	mark := last[i+1 : len(last)-1]
	prefix := ""
	for _, p := range []string{"ES-", "S-"} {
		if rest, ok := strings.CutPrefix(mark, p); ok {
			prefix, mark = p, rest
			break
		}
	}
	n := parser.RomanValue(mark)
	if n == 0 {
		return "", false
	}
	return prefix + strconv.Itoa(n), true
}

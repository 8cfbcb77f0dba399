package query

import (
	"fmt"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
)

// Bare numbers are read as parser.ParseRef reads them, whatever the graph
// holds: N/M with N a session number is the General Assembly's
// (A/RES/N/M), YYYY/N is ECOSOC's (E/RES/YYYY/N), S-N/M is a GA special
// session's, and a number alone is the Security Council's, its year taken
// from the table of SC numbers. When the graph also holds a document of
// another body that the same number could name (HRC N/M, CHR YYYY/N, a GA
// resolution numbered N before 1976), evaluation says so in a note and
// tells how to write it.

// ref evaluates a reference: the document it names, or a KindNotFound
// error that names the documents the graph holds under the same number.
func (ev *evaluator) ref(r *Ref) (*set, error) {
	others := ev.ix.namesakes(r.Text, r.ID)
	v, ok := ev.ix.t().pos[r.ID]
	if !ok {
		msg := fmt.Sprintf("%s is not in %s", r.ID, ev.ix.name())
		if len(others) > 0 {
			msg += fmt.Sprintf("; it holds %s: write %s for it", others[0], spelling(others[0]))
		}
		return nil, newError(KindNotFound, ev.src, r.At, r.End, "%s", msg)
	}
	for _, o := range others {
		ev.note(fmt.Sprintf("%s is read as %s (%s); %s also holds %s: write %s for it",
			strings.TrimSpace(r.Text), r.ID, bareRule(r.ID), ev.ix.name(), o, spelling(o)))
	}
	return ev.single(v), nil
}

// name is how messages refer to the graph.
func (ix *Index) name() string {
	if ix.Name != "" {
		return ix.Name
	}
	return "the graph"
}

// bareRule says why a bare number was read as it was.
func bareRule(id string) string {
	switch {
	case strings.HasPrefix(id, "S/RES/"):
		return "a number alone is a Security Council resolution"
	case strings.HasPrefix(id, "E/RES/"):
		return "a year and a number are an ECOSOC resolution"
	}
	return "a session and a number are a General Assembly resolution"
}

// namesakes returns the documents of other bodies in the graph that a
// bare reference could also name, sorted.
func (ix *Index) namesakes(text, id string) []string { return Namesakes(ix.g, text, id) }

// Namesakes returns the documents of other bodies in g that the bare
// reference text, read as id, could also name (HRC 60/45 beside the
// Assembly's 60/45), sorted. It looks up a few symbols and decodes
// nothing else, so a command can ask it before preparing a whole Index.
func Namesakes(g *graph.Graph, text, id string) []string {
	text = strings.TrimSpace(text)
	if text == "" || !(isDigit(int(text[0])) || strings.HasPrefix(text, "S-")) {
		return nil
	}
	var cands []string
	switch {
	case strings.HasPrefix(id, "A/RES/"):
		cands = []string{"A/HRC/RES/" + strings.TrimPrefix(id, "A/RES/")}
	case strings.HasPrefix(id, "E/RES/"):
		cands = []string{"E/CN.4/RES/" + strings.TrimPrefix(id, "E/RES/")}
	case strings.HasPrefix(id, "S/RES/") && strings.Trim(text, "0123456789") == "":
		cands = g.IDsWithPrefix("A/RES/" + text + "(")
	}
	var out []string
	for _, c := range cands {
		if g.Node(c) != nil {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// spelling says how to write an ID so that it is read as that document.
func spelling(id string) string {
	switch {
	case strings.HasPrefix(id, "A/HRC/RES/"):
		return "HRC " + strings.TrimPrefix(id, "A/HRC/RES/")
	case strings.HasPrefix(id, "E/CN.4/RES/"):
		return "CHR " + strings.TrimPrefix(id, "E/CN.4/RES/")
	case strings.HasPrefix(id, "A/RES/") && strings.HasSuffix(id, ")"):
		return strings.Replace(strings.TrimPrefix(id, "A/RES/"), "(", " (", 1)
	}
	return id
}

// earliest is the document of X adopted first (on a tie, the lowest
// symbol); documents without a date count only when none has one.
func (ev *evaluator) earliest(c *Call) (*set, error) { return ev.pick(c, false) }

// latest is the document of X adopted last (on a tie, the highest symbol).
func (ev *evaluator) latest(c *Call) (*set, error) { return ev.pick(c, true) }

// pick evaluates earliest or latest.
func (ev *evaluator) pick(c *Call, last bool) (*set, error) {
	x, err := ev.arg(c, 0)
	if err != nil {
		return nil, err
	}
	members := x.nodes.members()
	if len(members) == 0 {
		return x, nil
	}
	dated := slices.DeleteFunc(slices.Clone(members), func(v int32) bool { return ev.ix.t().info[v].Date == "" })
	if len(dated) > 0 {
		members = dated
	}
	best := slices.MinFunc(members, ev.ix.compare)
	if last {
		best = slices.MaxFunc(members, ev.ix.compare)
	}
	return ev.single(best), nil
}

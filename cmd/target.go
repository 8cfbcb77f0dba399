package cmd

import (
	"fmt"
	"io"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/query"
)

// target resolves the document argument of lineage, cited-by and render:
// a reference as people write it ("60/45", "1514 (XV)"), or a query
// expression that denotes one document ("latest(series(60/45))"). An
// expression denoting several documents is a usage error that lists them.
func target(g *graph.Graph, name, arg string, errOut io.Writer) (*graph.Node, error) {
	if !isExpression(arg) {
		n, err := resolve(g, name, arg)
		if err == nil && isBare(arg) && len(query.Namesakes(g, arg, n.ID)) > 0 {
			noteNamesakes(g, name, arg, errOut)
		}
		return n, err
	}
	ix, err := newQueryIndex(g, name)
	if err != nil {
		return nil, err
	}
	r, _, err := evalExpr(ix, arg, errOut)
	if err != nil {
		return nil, err
	}
	switch len(r.Nodes) {
	case 0:
		return nil, &NoResultError{Err: fmt.Errorf("%s denotes no document in %s", arg, name)}
	case 1:
		return r.Nodes[0], nil
	}
	return nil, usageErrorf("%s denotes %d documents (%s); this command takes one: narrow it, or take earliest(…) or latest(…) of it, or list them with recital query",
		arg, len(r.Nodes), firstIDs(r.Nodes, 5))
}

// isBare reports whether a reference starts with its number, so that
// another body may use the same one.
func isBare(ref string) bool {
	ref = strings.TrimSpace(ref)
	return ref != "" && ('0' <= ref[0] && ref[0] <= '9' || strings.HasPrefix(ref, "S-"))
}

// noteNamesakes says on errOut how a bare reference was read when the
// graph holds a document of another body under the same number, as the
// query language does.
func noteNamesakes(g *graph.Graph, name, ref string, errOut io.Writer) {
	if ix, err := newQueryIndex(g, name); err == nil {
		evalExpr(ix, ref, errOut)
	}
}

// firstIDs lists the first n IDs of nodes, and how many more there are.
func firstIDs(nodes []*graph.Node, n int) string {
	var ids []string
	for _, node := range nodes[:min(n, len(nodes))] {
		ids = append(ids, node.ID)
	}
	s := strings.Join(ids, ", ")
	if len(nodes) > n {
		s += fmt.Sprintf(" and %d more", len(nodes)-n)
	}
	return s
}

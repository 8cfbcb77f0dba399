package serve

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/recital-un/recital/graph"
)

// schema is the version of the JSON answers; it changes when a field
// changes meaning or goes away.
const schema = 1

// maxViewNodes bounds how many documents a view or an expansion sends.
const maxViewNodes = 5000

// infoJSON is the answer of /api/info.
type infoJSON struct {
	Schema    int      `json:"schema"`
	Graph     string   `json:"graph"`
	Documents int      `json:"documents"`
	Citations int      `json:"citations"`
	Families  []string `json:"families"`
	Quotes    bool     `json:"quotes"` // whether source files can be read for quotes
}

// handleInfo says which graph is served.
func (s *Server) handleInfo(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, infoJSON{Schema: schema, Graph: s.name(), Documents: s.g.Len(), Citations: len(s.g.Edges()),
		Families: []string{"reaffirming", "recalling", "taking note", "other"}, Quotes: s.read != nil})
}

// handleDoc describes one document.
func (s *Server) handleDoc(w http.ResponseWriter, r *http.Request) {
	i, ok := s.lookup(w, "id", r.FormValue("id"))
	if !ok {
		return
	}
	writeJSON(w, struct {
		Schema int `json:"schema"`
		docJSON
	}{schema, s.doc(i)})
}

// viewJSON is a set of documents around a root and the citations among
// them.
type viewJSON struct {
	Schema int        `json:"schema"`
	Root   string     `json:"root"`
	Nodes  []nodeJSON `json:"nodes"` // the root, then by side, generation, date and symbol
	Edges  []edgeJSON `json:"edges"` // sorted by citing, then cited ID
	Notes  []string   `json:"notes"`
}

// handleView answers the root's lineage (up generations of what it cites)
// and citers (down generations of what cites it), with every citation
// among them.
func (s *Server) handleView(w http.ResponseWriter, r *http.Request) {
	i, ok := s.lookup(w, "id", r.FormValue("id"))
	if !ok {
		return
	}
	up, err1 := intParam(r, "up", 1)
	down, err2 := intParam(r, "down", 1)
	if err := cmp.Or(err1, err2); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	root := s.ix.Node(i)
	members := map[int32]nodeJSON{}
	rn := s.node(i)
	rn.Side = "root"
	members[i] = rn
	var notes []string
	for _, side := range []struct {
		name  string
		depth int
		walk  func(string, int) (*graph.Lineage, error)
	}{{"lineage", up, s.g.Lineage}, {"cited-by", down, s.g.CitedBy}} {
		if side.depth == 0 {
			continue
		}
		l, err := side.walk(root.ID, side.depth)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		if cut := s.addLineage(members, l, side.name); cut != "" {
			notes = append(notes, cut)
		}
	}
	writeJSON(w, s.view(root.ID, members, notes))
}

// addLineage adds the documents of l to members, up to maxViewNodes, and
// says what it left out.
func (s *Server) addLineage(members map[int32]nodeJSON, l *graph.Lineage, side string) string {
	for _, gen := range l.Generations {
		for k, st := range gen.Steps {
			j, _ := s.ix.Lookup(st.Node.ID)
			if _, ok := members[j]; ok {
				continue
			}
			if len(members) >= maxViewNodes {
				return fmt.Sprintf("%s: only the first %d documents are shown; %d more from generation %d on are left out", side, maxViewNodes, l.Count()-countBefore(l, gen.Number)-k, gen.Number)
			}
			n := s.node(j)
			n.Side, n.Gen = side, gen.Number
			members[j] = n
		}
	}
	return ""
}

// countBefore counts the documents of the generations before number.
func countBefore(l *graph.Lineage, number int) int {
	c := 0
	for _, g := range l.Generations {
		if g.Number < number {
			c += len(g.Steps)
		}
	}
	return c
}

// view lists members and every citation of the graph among them.
func (s *Server) view(root string, members map[int32]nodeJSON, notes []string) viewJSON {
	v := viewJSON{Schema: schema, Root: root, Nodes: []nodeJSON{}, Edges: []edgeJSON{}, Notes: notes}
	if v.Notes == nil {
		v.Notes = []string{}
	}
	idx := make([]int32, 0, len(members))
	for i, n := range members {
		idx = append(idx, i)
		v.Nodes = append(v.Nodes, n)
	}
	slices.SortFunc(v.Nodes, compareViewNodes)
	slices.Sort(idx) // index order is ID order, as the graph sorts edges
	for _, i := range idx {
		for _, j := range s.ix.Out().Succ(i) {
			if _, ok := members[j]; ok {
				v.Edges = append(v.Edges, edge(s.g.Edge(s.ix.Node(i).ID, s.ix.Node(j).ID)))
			}
		}
	}
	return v
}

// sideOrder places the root first, then the lineage, then the citers.
var sideOrder = map[string]int{"root": 0, "lineage": 1, "cited-by": 2}

// compareViewNodes orders the documents of a view.
func compareViewNodes(a, b nodeJSON) int {
	return cmp.Or(cmp.Compare(sideOrder[a.Side], sideOrder[b.Side]), cmp.Compare(a.Gen, b.Gen),
		graph.CompareNodes(&graph.Node{ID: a.ID, Date: a.Date}, &graph.Node{ID: b.ID, Date: b.Date}))
}

// handleExpand answers the documents one step from id in direction dir
// (lineage: what it cites; cited-by: what cites it), and every citation of
// the graph that touches them, for the page to add to its view.
func (s *Server) handleExpand(w http.ResponseWriter, r *http.Request) {
	i, ok := s.lookup(w, "id", r.FormValue("id"))
	if !ok {
		return
	}
	dir := r.FormValue("dir")
	next := s.ix.Out()
	switch dir {
	case "lineage":
	case "cited-by":
		next = s.ix.In()
	default:
		writeError(w, http.StatusBadRequest, fmt.Sprintf("dir must be lineage or cited-by, not %q", dir))
		return
	}
	gen, err := intParam(r, "gen", 0)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	members := map[int32]nodeJSON{}
	var notes []string
	for k, j := range next.Succ(i) {
		if k >= maxViewNodes {
			notes = append(notes, fmt.Sprintf("only the first %d of %d documents are shown", maxViewNodes, len(next.Succ(i))))
			break
		}
		n := s.node(j)
		n.Side, n.Gen = dir, gen+1
		members[j] = n
	}
	v := viewJSON{Schema: schema, Root: s.ix.Node(i).ID, Nodes: []nodeJSON{}, Edges: []edgeJSON{}, Notes: notes}
	if v.Notes == nil {
		v.Notes = []string{}
	}
	for _, n := range members {
		v.Nodes = append(v.Nodes, n)
	}
	slices.SortFunc(v.Nodes, compareViewNodes)
	for _, e := range s.touching(members) {
		v.Edges = append(v.Edges, edge(e))
	}
	writeJSON(w, v)
}

// touching returns every edge of the graph with an end among members,
// sorted by citing then cited ID.
func (s *Server) touching(members map[int32]nodeJSON) []*graph.Edge {
	seen := map[[2]int32]bool{}
	var out []*graph.Edge
	for i := range members {
		for _, j := range s.ix.Out().Succ(i) {
			seen[[2]int32{i, j}] = true
		}
		for _, j := range s.ix.In().Succ(i) {
			seen[[2]int32{j, i}] = true
		}
	}
	for k := range seen {
		out = append(out, s.g.Edge(s.ix.Node(k[0]).ID, s.ix.Node(k[1]).ID))
	}
	slices.SortFunc(out, func(a, b *graph.Edge) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	return out
}

// intParam reads a non-negative integer parameter, def when absent.
func intParam(r *http.Request, name string, def int) (int, error) {
	v := r.FormValue(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > 1000 {
		return 0, fmt.Errorf("%s must be a whole number from 0 to 1000, not %q", name, v)
	}
	return n, nil
}

// pathJSON is the answer of /api/path.
type pathJSON struct {
	Schema   int        `json:"schema"`
	From     string     `json:"from"`
	To       string     `json:"to"`
	Found    bool       `json:"found"`
	Reversed bool       `json:"reversed"` // the chain runs from To to From
	Nodes    []nodeJSON `json:"nodes"`    // along the chain
	Edges    []edgeJSON `json:"edges"`    // Edges[k] joins Nodes[k] and Nodes[k+1]
}

// handlePath answers a shortest chain of citations between two documents.
func (s *Server) handlePath(w http.ResponseWriter, r *http.Request) {
	from, to, ok := s.lookupPair(w, r)
	if !ok {
		return
	}
	out := pathJSON{Schema: schema, From: from, To: to, Nodes: []nodeJSON{}, Edges: []edgeJSON{}}
	p, err := s.g.Path(from, to)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	if p != nil {
		out.Found, out.Reversed = true, p.Reversed
		for _, n := range p.Nodes {
			k, _ := s.ix.Lookup(n.ID)
			out.Nodes = append(out.Nodes, s.node(k))
		}
		for _, e := range p.Edges {
			out.Edges = append(out.Edges, edge(e))
		}
	}
	writeJSON(w, out)
}

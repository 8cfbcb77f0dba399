package serve

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/render"
)

// nodeJSON is a document as the page shows it: what the graph knows,
// with the gaps filled from the facts of the index.
type nodeJSON struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Body      string `json:"body,omitempty"`
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"`
	Year      int    `json:"year,omitempty"`
	Agenda    string `json:"agenda_item,omitempty"`
	InCorpus  bool   `json:"in_corpus"`
	Cites     int    `json:"cites"`    // documents it cites in the whole graph
	CitedBy   int    `json:"cited_by"` // documents citing it in the whole graph
	Link      string `json:"link,omitempty"`
	FactsFrom string `json:"facts_from,omitempty"` // source of a date or title the graph lacked
	Side      string `json:"side,omitempty"`       // in a view: root, lineage or cited-by
	Gen       int    `json:"gen,omitempty"`        // in a view: generations from the root
}

// docJSON is the answer of /api/doc: a document with what its page shows.
type docJSON struct {
	nodeJSON
	Source    string            `json:"source,omitempty"`
	Format    string            `json:"format,omitempty"`
	Parts     []graph.PartDate  `json:"parts,omitempty"`
	Languages map[string]string `json:"languages,omitempty"` // official language code → undocs.org address
}

// languages are the six official languages of the United Nations, in
// which undocs.org serves resolutions and documents.
var languages = []string{"ar", "zh", "en", "fr", "ru", "es"}

// node describes the node at index i.
func (s *Server) node(i int32) nodeJSON {
	n := s.ix.Node(i)
	info := s.ix.Info(i)
	return nodeJSON{
		ID: n.ID, Kind: string(n.Kind), Body: string(n.Body), Title: info.Title, Date: info.Date, Year: info.Year,
		Agenda: info.Agenda, InCorpus: n.InCorpus, Cites: len(s.ix.Out().Succ(i)), CitedBy: len(s.ix.In().Succ(i)),
		Link: render.Link(n), FactsFrom: info.Filled,
	}
}

// doc describes the node at index i for its page.
func (s *Server) doc(i int32) docJSON {
	n := s.ix.Node(i)
	d := docJSON{nodeJSON: s.node(i), Source: n.Source, Format: n.Format, Parts: n.Parts}
	if d.Link != "" {
		d.Languages = make(map[string]string, len(languages))
		sym := strings.TrimPrefix(d.Link, "https://undocs.org/")
		for _, l := range languages {
			d.Languages[l] = "https://undocs.org/" + l + "/" + sym
		}
	}
	return d
}

// lookupPair finds the documents of the request's "from" and "to"
// parameters and returns their IDs, answering the error itself when one
// is missing or unknown.
func (s *Server) lookupPair(w http.ResponseWriter, r *http.Request) (from, to string, ok bool) {
	i, ok := s.lookup(w, "from", r.FormValue("from"))
	if !ok {
		return "", "", false
	}
	j, ok := s.lookup(w, "to", r.FormValue("to"))
	if !ok {
		return "", "", false
	}
	return s.ix.Node(i).ID, s.ix.Node(j).ID, true
}

// lookup resolves a reference written as people write it ("60/45",
// "1514 (XV)", "S/RES/2231 (2015)") to a node index. It answers the
// request with an error and returns false when it cannot.
func (s *Server) lookup(w http.ResponseWriter, param, ref string) (int32, bool) {
	if strings.TrimSpace(ref) == "" {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("missing parameter %q: a document, e.g. 60/45", param))
		return 0, false
	}
	id, err := parser.ParseRef(ref)
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("%s: %v", param, err))
		return 0, false
	}
	i, ok := s.ix.Lookup(id)
	if !ok {
		writeError(w, http.StatusNotFound, fmt.Sprintf("%s is not in %s (%d documents)", id, s.name(), s.ix.Len()))
		return 0, false
	}
	return i, true
}

// name is how messages refer to the graph.
func (s *Server) name() string {
	if s.ix.Name == "" {
		return "the graph"
	}
	return s.ix.Name
}

// edgeJSON is a citation between two documents of a view.
type edgeJSON struct {
	From      string   `json:"from"`
	To        string   `json:"to"`
	Family    string   `json:"family"` // reaffirming, recalling, taking note or other
	Relations []string `json:"relations"`
	Count     int      `json:"occurrences"`
}

// edge describes a citation.
func edge(e *graph.Edge) edgeJSON {
	rels := e.Relations()
	if rels == nil {
		rels = []string{}
	}
	return edgeJSON{From: e.From, To: e.To, Family: render.FamilyOf(e).String(), Relations: rels, Count: len(e.Occurrences)}
}

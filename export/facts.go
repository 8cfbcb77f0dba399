package export

import (
	"strings"

	"github.com/recital-un/recital/graph"
)

// Facts is what a source outside the graph (the metadata index) knows of
// a document: what bibliographies and notes show where the graph has
// nothing.
type Facts struct {
	Date  string
	Title string
	// TitleSource says where Title comes from, for people ("UNxml
	// metadata", "derived from how citing texts describe it").
	TitleSource string
	Topic       string // SC topic or agenda item
}

// Doc is what an export shows of a document: the graph's date and title,
// else the facts', with the topic and where the title comes from.
type Doc struct {
	Date, Title, Topic string
	// TitleSource is "" when the title is the graph's (the document's
	// own text, or "entitled" in a citing text).
	TitleSource string
}

// Doc returns what the export shows of n.
func (s *Subgraph) Doc(n *graph.Node) Doc {
	d := Doc{Date: n.Date, Title: n.Title}
	if s.Facts == nil {
		return d
	}
	f, ok := s.Facts(n.ID)
	if !ok {
		return d
	}
	d.Topic = f.Topic
	if d.Date == "" {
		d.Date = f.Date
	}
	if d.Title == "" && f.Title != "" {
		d.Title, d.TitleSource = f.Title, f.TitleSource
	}
	return d
}

// Derived reports whether the title was derived from how citing texts
// describe the document rather than read in a text or a table.
func (d Doc) Derived() bool { return strings.HasPrefix(d.TitleSource, "derived") }

// citeTitle is the title a bibliography gives a document: its title, with
// a Security Council resolution's topic first ("The situation in Burundi:
// on …"; the topic alone when the descriptor repeats it), else, as legal
// citations write an untitled document, "UN Doc" and the symbol.
func citeTitle(n *graph.Node, d Doc) string {
	t := d.Title
	if d.Topic != "" && n.Body == "SC" || d.Topic != "" && t == "" {
		switch {
		case t == "" || strings.EqualFold(strings.TrimPrefix(t, "on "), d.Topic):
			t = d.Topic
		default:
			t = d.Topic + ": " + t
		}
	}
	if t == "" {
		return "UN Doc " + n.ID
	}
	return t
}

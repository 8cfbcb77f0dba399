package export

import (
	"cmp"
	"errors"
	"fmt"
	"github.com/recital-un/recital/internal/textfit"
	"html"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// htmlFormat writes an annotated reading of the root document's own text:
// one HTML page holding the text as the parser read it, in which every
// citation is a link — to the cited document's entry in the list of
// cited documents below the text (with its date, title, relations and
// undocs.org link) when it is a node of the export, else straight to
// undocs.org; a reference that names no UN document is marked but has
// nowhere to go. Overlapping citations ("S/5162 and Add.1", ranges of
// symbols) link each part to the narrowest citation, and any citation
// left without text of its own gets a small link after the others.
// Everything from the text is escaped. It needs a root and its source
// file (see Texts).
type htmlFormat struct{}

func (htmlFormat) Name() string { return "html" }
func (htmlFormat) Folder() bool { return false }

// ErrNoRoot says that the html format was asked for without a document.
var ErrNoRoot = errors.New("html annotates one document: name it")

// htmlStyle is the page's style sheet.
const htmlStyle = `body{font-family:Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b2631;line-height:1.5}
header .meta,header .legend{font-family:Helvetica,Arial,sans-serif;font-size:.9rem;color:#566573}
pre.text{white-space:pre-wrap;font-family:inherit;font-size:1rem}
a.cite{background:#dbe9f6;color:#1f4e79;text-decoration:none;border-bottom:1px solid #2e5c8a}
a.cite:hover{background:#aed6f1}
sup.also a{font-size:.75rem;color:#1f4e79}
span.unresolved{border-bottom:1px dotted #a6acaf}
li:target{background:#fdebd0}
`

// Write writes the page.
func (htmlFormat) Write(out Output, s *Subgraph) error {
	root := s.Node(s.Root)
	if root == nil {
		return ErrNoRoot
	}
	if !root.InCorpus || root.Source == "" {
		return fmt.Errorf("%s has no text to annotate: the graph only knows it from citations", root.ID)
	}
	doc, err := s.Texts.Document(root.Source)
	if err != nil {
		return fmt.Errorf("cannot annotate %s: %w", root.ID, err)
	}
	w, err := create(out, FileName(root.ID)+".html")
	if err != nil {
		return err
	}
	p := &page{s: s, doc: doc, ids: uniqueNames(s.Nodes, FileName, "~")}
	p.writeHead(w, root)
	w.str("<main>\n<pre class=\"text\">")
	p.writeText(w)
	w.str("</pre>\n</main>\n")
	p.writeCited(w)
	p.writeCitedBy(w, root)
	w.str("</body>\n</html>\n")
	return w.err
}

// page holds what writing one annotated page needs.
type page struct {
	s     *Subgraph
	doc   *parser.Document
	ids   map[string]string // node ID → element ID suffix
	order []string          // targets in order of first citation
}

// writeHead opens the page and describes the document.
func (p *page) writeHead(w *errWriter, root *graph.Node) {
	title := root.ID
	if root.Title != "" {
		title += " — " + textfit.OneLine(root.Title)
	}
	w.printf("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n",
		esc(title), htmlStyle)
	w.printf("<header>\n<h1>%s</h1>\n", esc(root.ID))
	if root.Title != "" {
		w.printf("<p class=\"title\">%s</p>\n", esc(textfit.OneLine(root.Title)))
	}
	meta := []string{esc(kindLabel(root.Kind)), esc(bodyName(root))}
	if root.Date != "" {
		meta = append(meta, esc(root.Date))
	}
	if u := link(root); u != "" {
		meta = append(meta, `<a href="`+esc(u)+`">undocs.org</a>`)
	}
	meta = append(meta, "read from "+esc(root.Source))
	w.printf("<p class=\"meta\">%s</p>\n", strings.Join(meta, " · "))
	w.printf("<p class=\"legend\">%s; each links to the document it cites.</p>\n</header>\n", count(len(p.spans()), "citation"))
}

// span is one citation of the text.
type span struct {
	start, end int
	target     string
	relation   string
}

// spans returns the citations of the document, without repeats, sorted
// by start, end and target.
func (p *page) spans() []span {
	var out []span
	for _, c := range p.doc.Citations {
		if c.Span.Start < 0 || c.Span.End > len(p.doc.Text) || c.Span.Start >= c.Span.End {
			continue
		}
		out = append(out, span{c.Span.Start, c.Span.End, c.Target, c.Relation})
	}
	slices.SortStableFunc(out, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(a.target, b.target))
	})
	return slices.CompactFunc(out, func(a, b span) bool { return a.start == b.start && a.end == b.end && a.target == b.target })
}

// writeText writes the text with its citations as links: each cluster
// of overlapping citations in turn.
func (p *page) writeText(w *errWriter) {
	text, pos := p.doc.Text, 0
	all := p.spans()
	for i := 0; i < len(all); {
		j, end := i+1, all[i].end
		for j < len(all) && all[j].start < end {
			end = max(end, all[j].end)
			j++
		}
		w.str(esc(text[pos:all[i].start]))
		p.writeCluster(w, all[i:j])
		pos = end
		i = j
	}
	w.str(esc(text[pos:]))
}

// writeCluster writes overlapping citations: each stretch of text links
// to the narrowest citation covering it; citations left without a
// stretch follow as small links.
func (p *page) writeCluster(w *errWriter, cl []span) {
	var bounds []int
	for _, c := range cl {
		bounds = append(bounds, c.start, c.end)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	linked := make(map[string]bool)
	for k := 0; k+1 < len(bounds); {
		a, best := bounds[k], narrowest(cl, bounds[k], bounds[k+1])
		k++
		for best >= 0 && k+1 < len(bounds) && narrowest(cl, bounds[k], bounds[k+1]) == best {
			k++
		}
		seg := p.doc.Text[a:bounds[k]]
		if best < 0 {
			w.str(esc(seg))
			continue
		}
		linked[cl[best].target] = true
		w.str(p.anchor(cl[best], esc(seg)))
	}
	for _, c := range cl {
		if !linked[c.target] {
			linked[c.target] = true
			w.str(`<sup class="also">` + p.anchor(c, "+"+esc(c.target)) + `</sup>`)
		}
	}
}

// narrowest returns the index of the shortest citation of cl covering
// [a, b), or -1.
func narrowest(cl []span, a, b int) int {
	best := -1
	for i, c := range cl {
		if c.start <= a && b <= c.end && (best < 0 || c.end-c.start < cl[best].end-cl[best].start) {
			best = i
		}
	}
	return best
}

// anchor links inner to where the citation c points.
func (p *page) anchor(c span, inner string) string {
	title := c.target
	if n := p.s.Node(c.target); n != nil && n.Title != "" {
		title += " — " + textfit.Shorten(n.Title, 120)
	}
	if c.relation != "" {
		title += " (" + c.relation + ")"
	}
	switch {
	case p.s.Node(c.target) != nil:
		if !slices.Contains(p.order, c.target) {
			p.order = append(p.order, c.target)
		}
		return fmt.Sprintf(`<a class="cite" href="#doc-%s" title="%s">%s</a>`, esc(p.ids[c.target]), esc(title), inner)
	case symbolLink(c.target) != "":
		return fmt.Sprintf(`<a class="cite" href="%s" title="%s">%s</a>`, esc(symbolLink(c.target)), esc(title), inner)
	}
	return fmt.Sprintf(`<span class="cite unresolved" title="%s">%s</span>`, esc(c.target+": names no UN document symbol"), inner)
}

// writeCited lists the cited documents of the export, in the order the
// text first cites them.
func (p *page) writeCited(w *errWriter) {
	if len(p.order) == 0 {
		return
	}
	w.str("<section id=\"cited\">\n<h2>Cited documents</h2>\n<ol>\n")
	rels := p.relations()
	for _, id := range p.order {
		n := p.s.Node(id)
		w.printf("<li id=\"doc-%s\">%s", esc(p.ids[id]), p.entry(n))
		if r := rels[id]; len(r) > 0 {
			w.printf(" · %s", esc(strings.Join(r, ", ")))
		}
		w.str("</li>\n")
	}
	w.str("</ol>\n</section>\n")
}

// relations collects, per target, the relations of its citations in the
// text, in order.
func (p *page) relations() map[string][]string {
	rels := make(map[string][]string)
	for _, c := range p.doc.Citations {
		if c.Relation != "" && !slices.Contains(rels[c.Target], c.Relation) {
			rels[c.Target] = append(rels[c.Target], c.Relation)
		}
	}
	return rels
}

// entry describes a document: its symbol (linked to undocs.org), date
// and title.
func (p *page) entry(n *graph.Node) string {
	s := esc(n.ID)
	if u := link(n); u != "" {
		s = `<a href="` + esc(u) + `">` + s + `</a>`
	}
	if n.Date != "" {
		s += " (" + esc(n.Date) + ")"
	}
	if n.Title != "" {
		s += " " + esc(textfit.OneLine(n.Title))
	}
	return s
}

// writeCitedBy lists the documents of the export that cite the root.
func (p *page) writeCitedBy(w *errWriter, root *graph.Node) {
	in := p.s.CitedBy(root.ID)
	if len(in) == 0 {
		return
	}
	w.str("<section id=\"cited-by\">\n<h2>Cited by</h2>\n<ol>\n")
	for _, e := range in {
		w.printf("<li>%s · %s</li>\n", p.entry(p.s.Node(e.From)), esc(relationsOf(e)))
	}
	w.str("</ol>\n</section>\n")
}

// esc escapes text for HTML content and attribute values.
func esc(s string) string { return html.EscapeString(s) }

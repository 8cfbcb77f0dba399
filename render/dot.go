package render

import (
	"bufio"
	"fmt"
	"github.com/recital-un/recital/internal/textfit"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// WriteDOT writes the view as a DOT digraph: one rank per year with older
// documents at the top, nodes labelled with symbol, year and short title
// and linked to undocs.org, edges styled by relation family. Everything
// is sorted, so the same view always gives the same bytes.
func WriteDOT(w io.Writer, v *graph.View) error {
	nodes := v.Nodes()
	var root *graph.Node
	for _, n := range nodes {
		if n.ID == v.Root {
			root = n
		}
	}
	return writeDOT(w, dotCaption(v.Direction, root), root, nodes, v.Edges())
}

// WriteDOT writes the figure as DOT, as WriteDOT does a view; the caption
// states the cut and the reduction.
func (f *Figure) WriteDOT(w io.Writer) error {
	nodes := slices.Clone(f.Nodes)
	slices.SortFunc(nodes, func(a, b *graph.Node) int { return strings.Compare(a.ID, b.ID) })
	caption := f.Subject
	for _, s := range []string{f.Cut, f.Reduced} {
		if s != "" {
			caption += "\n" + s
		}
	}
	return writeDOT(w, caption, f.Root, nodes, f.Edges)
}

// dotCaption is the first line of a view's caption.
func dotCaption(d graph.Direction, root *graph.Node) string {
	what := "Lineage of "
	if d == graph.Descendants {
		what = "Documents citing "
	}
	caption := what + root.ID
	if root.Title != "" {
		caption += ": " + textfit.Shorten(root.Title, 90)
	}
	return caption
}

// writeDOT writes nodes (sorted by ID) and edges (sorted) under a caption.
func writeDOT(w io.Writer, caption string, root *graph.Node, nodes []*graph.Node, edges []*graph.Edge) error {
	bw := bufio.NewWriter(w)
	byID := make(map[string]*graph.Node, len(nodes))
	for _, n := range nodes {
		byID[n.ID] = n
	}
	name := "documents"
	if root != nil {
		name = strings.ToLower(strings.Fields(caption)[0]) + " " + root.ID
		if strings.HasPrefix(caption, "Documents citing ") {
			name = "documents citing " + root.ID
		}
	}
	writeHeader(bw, name, caption)
	writeAxis(bw, nodes)
	for _, n := range nodes {
		writeNode(bw, n, root != nil && n.ID == root.ID)
	}
	for _, e := range edges {
		writeEdge(bw, e, byID[e.From], byID[e.To])
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// writeHeader opens the digraph and sets its defaults and caption.
func writeHeader(w *bufio.Writer, name, caption string) {
	fmt.Fprintf(w, "digraph %s {\n", Quote(name))
	fmt.Fprintf(w, "\tgraph [rankdir=BT, ranksep=0.3, nodesep=0.2, newrank=true, fontname=\"Helvetica\", fontsize=11, labelloc=t, labeljust=l, label=\"%s\\l%s\\l\"];\n", strings.ReplaceAll(escape(caption), `\n`, `\l`), legend)
	w.WriteString("\tnode [fontname=\"Helvetica\", fontsize=9, margin=\"0.06,0.03\"];\n")
	w.WriteString("\tedge [arrowsize=0.5];\n")
}

// writeAxis writes a column of year labels, one rank per year in which a
// node was adopted, chained so that older years sit above newer ones, and
// puts each dated node on its year's rank. Undated nodes float.
func writeAxis(w *bufio.Writer, nodes []*graph.Node) {
	years := map[string][]string{}
	for _, n := range nodes {
		if y, _ := placement(n); y != "" {
			years[y] = append(years[y], n.ID)
		}
	}
	order := slices.Sorted(maps.Keys(years))
	if len(order) == 0 {
		return
	}
	w.WriteString("\tsubgraph axis {\n\t\tnode [shape=plaintext, fontsize=10, fontcolor=\"#717d7e\"];\n\t\tedge [style=invis];\n")
	for _, y := range order {
		fmt.Fprintf(w, "\t\t%s [label=%s];\n", Quote(yearID(y)), Quote(y))
	}
	for i := len(order) - 1; i > 0; i-- {
		fmt.Fprintf(w, "\t\t%s -> %s;\n", Quote(yearID(order[i])), Quote(yearID(order[i-1])))
	}
	w.WriteString("\t}\n")
	for _, y := range order {
		fmt.Fprintf(w, "\t{ rank=same; %s;", Quote(yearID(y)))
		for _, id := range years[y] {
			fmt.Fprintf(w, " %s;", Quote(id))
		}
		w.WriteString(" }\n")
	}
}

// yearID is the node ID of a year label; it cannot clash with a symbol,
// which always holds a "/".
func yearID(year string) string { return "year " + year }

// writeNode writes one document.
func writeNode(w *bufio.Writer, n *graph.Node, root bool) {
	s := styleOf(n)
	fmt.Fprintf(w, "\t%s [label=%s, shape=%s, style=%s, fillcolor=%s, color=%s", Quote(n.ID), Quote(label(n)), s.shape, Quote(s.style), Quote(s.fill), Quote(s.border))
	if root {
		w.WriteString(", penwidth=2.5, fontname=\"Helvetica-Bold\"")
	}
	if u := Link(n); u != "" {
		fmt.Fprintf(w, ", URL=%s, target=\"_blank\"", Quote(u))
	}
	fmt.Fprintf(w, ", tooltip=%s];\n", Quote(tooltip(n)))
}

// writeEdge writes one citation. A citation that runs against time (of a
// document placed on a later row) does not constrain the rows; a floating
// document is placed by its citations, above the documents that cite it.
func writeEdge(w *bufio.Writer, e *graph.Edge, from, to *graph.Node) {
	fmt.Fprintf(w, "\t%s -> %s [%s", Quote(e.From), Quote(e.To), edgeStyles[FamilyOf(e)])
	if rowFrom, _ := placement(from); rowFrom != "" && later(to, rowFrom) {
		w.WriteString(", constraint=false")
	}
	rels := strings.Join(e.Relations(), ", ")
	if rels == "" {
		rels = "cites"
	}
	fmt.Fprintf(w, ", tooltip=%s];\n", Quote(e.From+" → "+e.To+": "+rels))
}

// later reports whether n is placed on a row after the given one.
func later(n *graph.Node, row string) bool {
	r, _ := placement(n)
	return r > row
}

// label is a node's text: symbol, year (or session) and, where known, a
// short title.
func label(n *graph.Node) string {
	_, when := placement(n)
	lines := []string{n.ID, when}
	if n.Title != "" {
		lines = append(lines, textfit.Wrap(textfit.Shorten(n.Title, 60), 26)...)
	}
	return strings.Join(lines, "\n")
}

// tooltip is a node's full description.
func tooltip(n *graph.Node) string {
	parts := []string{n.ID}
	if n.Date != "" {
		parts = append(parts, n.Date)
	}
	if n.Title != "" {
		parts = append(parts, n.Title)
	}
	if !n.InCorpus {
		parts = append(parts, "(text not in the corpus)")
	}
	return strings.Join(parts, " · ")
}

// Link returns the undocs.org address of a node's document, or "" for
// decisions, which have no document of their own.
func Link(n *graph.Node) string {
	if n.Kind == parser.KindDecision || !graph.IsSymbol(n.ID) {
		return ""
	}
	return "https://undocs.org/" + escapeURLPath(n.ID)
}

// escapeURLPath percent-encodes the bytes of a symbol that do not belong
// in a URL path; "/", "(", ")" and "." stay as they are.
func escapeURLPath(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("/().-_*", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// Quote returns s as a DOT quoted string, escaped as escape does.
func Quote(s string) string { return `"` + escape(s) + `"` }

// escape makes s safe inside a DOT quoted string: backslashes and quotes
// are escaped, newlines become DOT's centred line breaks, and other
// control characters become spaces.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < ' ' || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

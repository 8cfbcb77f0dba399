package cmd

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/query"
	"github.com/recital-un/recital/render"
)

// docJSON is how every command's JSON describes a document (docs/json.md):
// the graph's node, with the date, title and topic the metadata index
// gives where the graph has none, where the title comes from, and
// whether what the document cites is known.
type docJSON struct {
	graph.Node
	// CitationsKnown reports whether what the document cites is known:
	// its text was read. A document known only from citations has an
	// unknown lineage, not an empty one.
	CitationsKnown bool   `json:"citations_known"`
	Topic          string `json:"topic,omitempty"`        // SC topic or agenda item, from the metadata index
	TitleSource    string `json:"title_source,omitempty"` // where the title comes from when the graph lacked it
	FactsFrom      string `json:"facts_from,omitempty"`   // the source of a date or title the graph lacked
	Link           string `json:"link,omitempty"`         // https://undocs.org address; none for decisions
}

// edgeJSON is how every command's JSON describes a citation: the citing
// document (source), the cited one (target) and the relations.
type edgeJSON struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Relations []string `json:"relations"`
	// Occurrences are where the citation sits, for answers that show
	// them (path); omitted elsewhere.
	Occurrences []graph.Occurrence `json:"occurrences,omitempty"`
}

// newDocJSON describes n with what ix knows of it.
func newDocJSON(ix *query.Index, n *graph.Node) docJSON {
	info := ix.InfoOf(n)
	d := docJSON{Node: *n, CitationsKnown: n.InCorpus, Topic: info.Agenda, TitleSource: info.TitleFrom, FactsFrom: info.Filled, Link: render.Link(n)}
	d.Date, d.Title = info.Date, info.Title
	return d
}

// Markers of the text outputs, explained by legend.
const (
	markUnread  = "?" // the document's text was not read
	markDerived = "≈" // the title is derived from how citing texts describe it
)

// legend explains the markers used in a text answer, one line, or "".
type legend struct {
	unread, derived, via bool
}

// String writes the legend line.
func (l legend) String() string {
	var parts []string
	if l.unread {
		parts = append(parts, markUnread+" text not read: what it cites is unknown")
	}
	if l.derived {
		parts = append(parts, markDerived+" title derived from how citing texts describe it")
	}
	if l.via {
		parts = append(parts, "[via X +N] reached through X and N more documents of the generation before")
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, "; ") + ")"
}

// readMark is the marker column of a document: "?" when its text was not
// read.
func readMark(n *graph.Node) string {
	if n.InCorpus {
		return " "
	}
	return markUnread
}

// shownTitle is the title shown for a document in text answers: with its
// SC topic first, marked when derived from citing texts.
func shownTitle(n *graph.Node, info query.Info) string {
	t := titleOf(n.ID, info)
	if t != "" && info.TitleFrom != "" && strings.HasPrefix(info.TitleFrom, "derived") {
		t = markDerived + " " + t
	}
	return t
}

// describeDoc is a one-line identity: symbol, date, title and topic.
func describeDoc(ix *query.Index, n *graph.Node) string {
	info := ix.InfoOf(n)
	s := oneLine(n.ID)
	if info.Date != "" {
		s += " (" + info.Date + ")"
	}
	if t := shownTitle(n, info); t != "" {
		s += " " + t
	}
	return s
}

// unreadNote says what a document known only from citations means for
// an answer: "its text is not in the embedded default graph, so what it
// builds on is unknown".
func unreadNote(name string, n *graph.Node, citing int) string {
	ref := n.ID
	return fmt.Sprintf("its text is not in %s, so what it builds on is unknown\n"+
		"cited there by %s: recital cited-by '%s'\n"+
		"hint: to read it, build a store with its text: recital build FILE... --store my.store, then recital lineage '%s' --store my.store",
		name, plural(citing, "document"), ref, ref)
}

// ANSI styles of text answers on a colour terminal.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiBlue   = "\x1b[34m"
	ansiYellow = "\x1b[33m"
)

// paint wraps s in an ANSI style, or leaves it when on is false or s is
// empty.
func paint(on bool, style, s string) string {
	if !on || strings.TrimSpace(s) == "" {
		return s
	}
	return style + s + ansiReset
}

// relationStyle is the colour of a relation family, as diagrams draw
// them: reaffirming bold blue, recalling plain, taking note and others
// dim.
func relationStyle(rels string) string {
	e := &graph.Edge{}
	for _, r := range strings.Split(rels, ", ") {
		e.Occurrences = append(e.Occurrences, graph.Occurrence{Relation: r})
	}
	switch render.FamilyOf(e) {
	case render.Reaffirming:
		return ansiBold + ansiBlue
	case render.Recalling:
		return ""
	}
	return ansiDim
}

// citingCount returns how many documents of the graph cite id.
func citingCount(ix *query.Index, id string) int {
	i, ok := ix.Lookup(id)
	if !ok {
		return 0
	}
	return len(ix.In().Succ(i))
}

// writeRows writes rows as aligned columns separated by two spaces, the
// last column cut with "…" so that lines fit width columns (0: no limit;
// a last column is never cut below 20 columns). Trailing spaces are
// trimmed.
func writeRows(w io.Writer, rows [][]string, width int) error {
	return writeStyledRows(w, rows, width, nil)
}

// writeStyledRows is writeRows with a style for cells (colour), applied
// after the columns are aligned on the plain text; style may be nil.
func writeStyledRows(w io.Writer, rows [][]string, width int, style func(row, col int, cell string) string) error {
	if style == nil {
		style = func(_, _ int, cell string) string { return cell }
	}
	if len(rows) == 0 {
		return nil
	}
	cols := len(rows[0])
	widths := make([]int, cols)
	for _, r := range rows {
		for i, c := range r[:len(r)-1] {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	out := bufio.NewWriter(w) // one write call per 4 KiB, not per row
	var line []byte
	for ri, r := range rows {
		line = line[:0]
		used := 0
		for i, c := range r[:len(r)-1] {
			line = append(line, style(ri, i, c)...)
			pad := widths[i] - utf8.RuneCountInString(c) + 2
			used += widths[i] + 2
			if i == len(r)-2 && r[len(r)-1] == "" {
				pad = 0
			}
			for range pad {
				line = append(line, ' ')
			}
		}
		last := r[len(r)-1]
		if width > 0 {
			last = cut(last, max(20, width-used))
		}
		line = append(line, style(ri, len(r)-1, last)...)
		line = append(bytes.TrimRight(line, " "), '\n')
		if _, err := out.Write(line); err != nil {
			return err
		}
	}
	return out.Flush()
}

// fixedCompletion completes a flag's value from a fixed list.
func fixedCompletion(values []string) func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// symbolCompletion completes a document argument from the graph the
// command would read: canonical symbols starting with what was typed, and
// for General Assembly resolutions the bare form people type ("60/45").
// At most 200 are offered.
func symbolCompletion(src *source) func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return func(_ *cobra.Command, _ []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
		g, _, err := src.load()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		var out []cobra.Completion
		for _, n := range g.Nodes() {
			id := n.ID
			if bare, ok := strings.CutPrefix(id, "A/RES/"); ok && strings.HasPrefix(bare, typed) && typed != "" && typed[0] >= '0' && typed[0] <= '9' {
				id = bare
			}
			if strings.HasPrefix(id, typed) {
				out = append(out, id)
				if len(out) == 200 {
					break
				}
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

package export

import (
	"github.com/recital-un/recital/internal/textfit"
	"strings"

	"github.com/recital-un/recital/graph"
)

// bibTeXFormat writes one BibTeX entry per document, readable by BibTeX,
// biblatex, Zotero and Pandoc. UN documents are cited the way libraries
// catalogue them, as reports of the United Nations: @techreport (biblatex
// and Pandoc read it as @report, Zotero as a Report) with the issuing body
// as institutional author, type Resolution, Decision, Presidential
// statement or Document, the symbol as number, the date (biblatex's date,
// BibTeX's year and month) and the undocs.org URL. Keys are CiteKey's,
// made unique; titles are kept as written (double braces), and LaTeX's
// special characters are escaped.
type bibTeXFormat struct{}

func (bibTeXFormat) Name() string { return "bibtex" }
func (bibTeXFormat) Folder() bool { return false }

// months are BibTeX's month macros.
var months = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// Write writes the entries, in ID order.
func (bibTeXFormat) Write(out Output, s *Subgraph) error {
	w, err := create(out, "references.bib")
	if err != nil {
		return err
	}
	keys := uniqueNames(s.Nodes, CiteKey, "_")
	w.printf("%% %s\n%% Written by Recital: one entry per document, keyed as Pandoc accepts.\n", textfit.OneLine(s.Describe()))
	for _, n := range s.Nodes {
		w.printf("\n@techreport{%s,\n", keys[n.ID])
		bibField(w, "author", "{"+texEscape(bodyName(n))+"}")
		bibField(w, "title", "{"+texEscape(bibTitle(n))+"}")
		if isISODate(n.Date) {
			bibField(w, "date", n.Date)
			w.printf("  %-12s = %s,\n", "month", months[(n.Date[5]-'0')*10+n.Date[6]-'0'-1])
		}
		if y := n.Year(); y != "" {
			bibField(w, "year", y)
		}
		bibField(w, "type", kindLabel(n.Kind))
		bibField(w, "number", texEscape(n.ID))
		bibField(w, "institution", "United Nations")
		if u := link(n); u != "" {
			bibField(w, "url", u)
		}
		w.str("}\n")
	}
	return w.err
}

// bibField writes one braced field.
func bibField(w *errWriter, name, value string) {
	w.printf("  %-12s = {%s},\n", name, value)
}

// bibTitle is the title of an entry: the document's, or its kind and
// symbol when the title is unknown.
func bibTitle(n *graph.Node) string {
	if n.Title != "" {
		return textfit.OneLine(n.Title)
	}
	return kindLabel(n.Kind) + " " + n.ID
}

// texEscape escapes the characters LaTeX and BibTeX treat specially.
var texEscape = strings.NewReplacer(
	`\`, `\textbackslash{}`, "{", `\{`, "}", `\}`, "%", `\%`, "&", `\&`, "$", `\$`, "#", `\#`, "_", `\_`,
	"~", `\textasciitilde{}`, "^", `\textasciicircum{}`,
).Replace

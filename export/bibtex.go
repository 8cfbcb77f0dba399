package export

import (
	"strings"

	"github.com/recital-un/recital/internal/textfit"
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
		d := s.Doc(n)
		w.printf("\n@techreport{%s,\n", keys[n.ID])
		bibField(w, "author", "{"+texEscape(bodyName(n))+"}")
		bibField(w, "title", "{"+texEscape(textfit.OneLine(citeTitle(n, d)))+"}")
		if isISODate(d.Date) {
			bibField(w, "date", d.Date)
			w.printf("  %-12s = %s,\n", "month", months[(d.Date[5]-'0')*10+d.Date[6]-'0'-1])
		}
		if len(d.Date) >= 4 {
			bibField(w, "year", d.Date[:4])
		}
		bibField(w, "type", kindLabel(n.Kind))
		bibField(w, "number", texEscape(n.ID))
		bibField(w, "institution", "United Nations")
		if u := link(n); u != "" {
			bibField(w, "url", u)
		}
		if d.Topic != "" {
			bibField(w, "keywords", texEscape(textfit.OneLine(d.Topic)))
		}
		if d.TitleSource != "" {
			bibField(w, "note", texEscape("Title: "+d.TitleSource))
		}
		w.str("}\n")
	}
	return w.err
}

// bibField writes one braced field.
func bibField(w *errWriter, name, value string) {
	w.printf("  %-12s = {%s},\n", name, value)
}

// texEscape escapes the characters LaTeX and BibTeX treat specially.
var texEscape = strings.NewReplacer(
	`\`, `\textbackslash{}`, "{", `\{`, "}", `\}`, "%", `\%`, "&", `\&`, "$", `\$`, "#", `\#`, "_", `\_`,
	"~", `\textasciitilde{}`, "^", `\textasciicircum{}`,
).Replace

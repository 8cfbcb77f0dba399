package export

import (
	"github.com/recital-un/recital/internal/textfit"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/render"
)

// mermaidFormat writes a Mermaid flowchart (https://mermaid.js.org), to
// paste into a ```mermaid block of a Markdown note or to draw with
// mermaid-cli. As in Recital's diagrams, arrows run from the citing
// document up to the cited one; nodes show symbol, year and short title,
// are coloured by kind, dashed when their text is not in the corpus, and
// link to undocs.org; reaffirming is drawn thick, taking note and other
// relations dotted. Node IDs are the documents' citation keys.
type mermaidFormat struct{}

func (mermaidFormat) Name() string { return "mermaid" }
func (mermaidFormat) Folder() bool { return false }

// mermaidClasses are the class definitions, one per kind of document,
// then the marks of documents outside the corpus and of the root.
const mermaidClasses = `  classDef resolution fill:#dbe9f6,stroke:#2e5c8a,color:#000
  classDef decision fill:#fdebd0,stroke:#b9770e,color:#000
  classDef statement fill:#e8daef,stroke:#6c3483,color:#000
  classDef document fill:#f2f3f4,stroke:#717d7e,color:#000
  classDef other fill:#ffffff,stroke:#717d7e,color:#000
  classDef outside stroke-dasharray:4 3
  classDef root stroke-width:3px
`

// mermaidArrows draws each relation family.
var mermaidArrows = map[render.Family]string{
	render.Reaffirming: "==>",
	render.Recalling:   "-->",
	render.TakingNote:  "-.->",
	render.Other:       "-.->",
}

// Write writes the flowchart.
func (mermaidFormat) Write(out Output, s *Subgraph) error {
	w, err := create(out, "graph.mmd")
	if err != nil {
		return err
	}
	ids := uniqueNames(s.Nodes, CiteKey, "_")
	w.str("flowchart BT\n")
	w.printf("  %%%% %s\n", textfit.OneLine(s.Describe()))
	w.str("  %% Arrows run from the citing document to the cited one: thick reaffirming, plain recalling, dotted taking note and other.\n")
	w.str(mermaidClasses)
	var outside, links []string
	for _, n := range s.Nodes {
		w.printf("  %s[\"%s\"]:::%s\n", ids[n.ID], mermaidText(nodeLines(n), "<br/>"), mermaidKind(n.Kind))
		if !n.InCorpus {
			outside = append(outside, ids[n.ID])
		}
		if u := link(n); u != "" {
			links = append(links, "  click "+ids[n.ID]+" href \""+u+"\" _blank\n")
		}
	}
	for _, e := range s.Edges {
		w.printf("  %s %s %s\n", ids[e.From], mermaidArrows[render.FamilyOf(e)], ids[e.To])
	}
	if len(outside) > 0 {
		w.printf("  class %s outside\n", strings.Join(outside, ","))
	}
	if s.Root != "" {
		w.printf("  class %s root\n", ids[s.Root])
	}
	for _, l := range links {
		w.str(l)
	}
	return w.err
}

// mermaidKind is the class of a kind of document.
func mermaidKind(k parser.Kind) string {
	switch k {
	case parser.KindResolution, parser.KindDecision, parser.KindStatement, parser.KindDocument:
		return string(k)
	}
	return "other"
}

// nodeLines are the lines of a node's label: symbol, year (or
// "undated") and, where known, a short title.
func nodeLines(n *graph.Node) []string {
	when := n.Year()
	if when == "" {
		when = "undated"
	}
	lines := []string{n.ID, when}
	if n.Title != "" {
		lines = append(lines, textfit.Wrap(textfit.Shorten(n.Title, 60), 28)...)
	}
	return lines
}

// mermaidText escapes lines for a quoted Mermaid label and joins them
// with sep: quotes, markup and Mermaid's own # become entity codes.
func mermaidText(lines []string, sep string) string {
	r := strings.NewReplacer("#", "#35;", `"`, "#quot;", "<", "#lt;", ">", "#gt;", "&", "#amp;", "`", "#96;")
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = r.Replace(textfit.OneLine(l))
	}
	return strings.Join(out, sep)
}

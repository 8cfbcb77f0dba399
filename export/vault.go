package export

import (
	"cmp"
	"encoding/json"
	"fmt"
	"github.com/recital-un/recital/internal/textfit"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/recital-un/recital/graph"
)

// vaultFormat writes a folder of Markdown notes for Obsidian, Logseq or
// plain git: one note per document and an index note, index.md.
//
// A note is named after its document's symbol by FileName
// (A_RES_60_45.md). It opens with YAML front matter — symbol, title, date
// (an ISO date, so Obsidian takes it for one), body, kind, link
// (undocs.org), in_corpus, source, generation (lineages) and aliases (the
// symbol), values the document lacks left out — then lists what the
// document builds on and what cites it in this export, each as a
// [[wikilink]] with its date, relations and title, and under each
// citation where it sits (location, paragraph, footnote), its relation
// and, when the source text is at hand, the sentence that makes it.
//
// Links only go to notes of the same export, so a lineage vault lists the
// citations among its documents. Exporting again into the same folder
// rewrites the notes; notes of documents no longer exported are left.
type vaultFormat struct{}

func (vaultFormat) Name() string { return "vault" }
func (vaultFormat) Folder() bool { return true }

// indexNote is the name of the index note; no document's file name can
// take it (see uniqueNames).
const indexNote = "index"

// vault holds what every note needs.
type vault struct {
	s         *Subgraph
	names     map[string]string // node ID → file name, without ".md"
	sentences map[*graph.Occurrence]string
}

// Write writes the notes and the index.
func (vaultFormat) Write(out Output, s *Subgraph) error {
	v := &vault{s: s, names: uniqueNames(s.Nodes, FileName, "~", indexNote), sentences: quoteAll(s)}
	for i, n := range s.Nodes {
		s.progress("writing", i, len(s.Nodes))
		w, err := create(out, v.names[n.ID]+".md")
		if err != nil {
			return err
		}
		v.writeNote(w, n)
		if w.err != nil {
			return w.err
		}
	}
	w, err := create(out, indexNote+".md")
	if err != nil {
		return err
	}
	v.writeIndex(w)
	s.progress("writing", len(s.Nodes), len(s.Nodes))
	return w.err
}

// quoteAll finds the sentence of every occurrence whose source text is
// at hand, reading each source file once.
func quoteAll(s *Subgraph) map[*graph.Occurrence]string {
	if s.Texts == nil {
		return make(map[*graph.Occurrence]string)
	}
	bySource := make(map[string][]Quote)
	for _, e := range s.Edges {
		for i := range e.Occurrences {
			o := &e.Occurrences[i]
			bySource[o.Source] = append(bySource[o.Source], Quote{o, e.To})
		}
	}
	return s.Texts.QuoteAll(bySource, func(done, total int) { s.progress("quoting", done, total) })
}

// writeNote writes the note of one document.
func (v *vault) writeNote(w *errWriter, n *graph.Node) {
	d := v.s.Doc(n)
	w.str("---\n")
	w.printf("symbol: %s\n", yamlString(n.ID))
	yamlField(w, "title", d.Title)
	yamlField(w, "title_source", d.TitleSource)
	yamlField(w, "topic", d.Topic)
	if isISODate(d.Date) {
		w.printf("date: %s\n", d.Date)
	} else {
		yamlField(w, "date", d.Date)
	}
	yamlField(w, "body", string(n.Body))
	yamlField(w, "kind", string(n.Kind))
	yamlField(w, "link", link(n))
	w.printf("in_corpus: %t\n", n.InCorpus)
	w.printf("citations_known: %t\n", n.InCorpus)
	yamlField(w, "source", n.Source)
	if g, ok := v.s.Generation(n.ID); ok {
		w.printf("generation: %d\n", g)
	}
	w.str("tags:\n")
	for _, t := range v.tags(n) {
		w.printf("  - %s\n", yamlString(t))
	}
	w.printf("aliases:\n  - %s\n---\n\n", yamlString(n.ID))
	w.printf("# %s\n\n", mdText(n.ID))
	if t := citeTitle(n, d); d.Title != "" || d.Topic != "" {
		w.printf("%s\n\n", mdText(t))
		if d.Derived() {
			w.str("(Title derived from how citing texts describe it.)\n\n")
		}
	}
	w.printf("%s\n", describeDoc(n, d))
	if !n.InCorpus {
		w.str("\n## Builds on\n\nUnknown: its text was not read, so what it cites is not known. Add its text with `recital build` to see it.\n")
	} else {
		v.writeCitations(w, "Builds on", v.s.Cites(n.ID), func(e *graph.Edge) string { return e.To })
	}
	v.writeCitations(w, "Cited by", v.s.CitedBy(n.ID), func(e *graph.Edge) string { return e.From })
}

// tags are a note's tags, for Obsidian and Logseq: body, kind, session
// (GA and HRC) and the relation families of its citations, as
// "un/ga", "kind/resolution", "session/60", "relation/recalling".
func (v *vault) tags(n *graph.Node) []string {
	var tags []string
	if n.Body != "" {
		tags = append(tags, "un/"+strings.ToLower(string(n.Body)))
	}
	tags = append(tags, "kind/"+string(n.Kind))
	if session := sessionOf(n.ID); session != "" {
		tags = append(tags, "session/"+session)
	}
	seen := map[string]bool{}
	for _, e := range append(slices.Clone(v.s.Cites(n.ID)), v.s.CitedBy(n.ID)...) {
		for _, r := range e.Relations() {
			t := "relation/" + strings.ReplaceAll(r, " ", "-")
			if !seen[t] {
				seen[t] = true
				tags = append(tags, t)
			}
		}
	}
	if !n.InCorpus {
		tags = append(tags, "recital/not-read")
	}
	slices.Sort(tags[min(len(tags), 2):])
	return tags
}

// sessionOf returns the session of a GA or HRC resolution or decision
// symbol ("A/RES/60/45" → "60", "A/HRC/RES/7/36" → "7"), or "".
func sessionOf(id string) string {
	for _, p := range []string{"A/RES/", "A/DEC/", "A/HRC/RES/", "A/HRC/DEC/"} {
		if rest, ok := strings.CutPrefix(id, p); ok {
			if s, _, ok := strings.Cut(rest, "/"); ok && !strings.Contains(s, "(") {
				return s
			}
		}
	}
	return ""
}

// describeDoc is the line under a note's title: kind, body, date, where
// to read it.
func describeDoc(n *graph.Node, d Doc) string {
	parts := []string{kindLabel(n.Kind), bodyName(n)}
	if d.Date != "" {
		parts = append(parts, d.Date)
	}
	if u := link(n); u != "" {
		parts = append(parts, "[undocs.org]("+u+")")
	}
	if !n.InCorpus {
		parts = append(parts, "text not in the corpus")
	}
	return strings.Join(parts, " · ")
}

// writeCitations writes a section listing citations, each with the
// document at its other end (other) and its occurrences.
func (v *vault) writeCitations(w *errWriter, heading string, edges []*graph.Edge, other func(*graph.Edge) string) {
	w.printf("\n## %s\n\n", heading)
	if len(edges) == 0 {
		w.str("None in this export.\n")
		return
	}
	edges = slices.Clone(edges)
	slices.SortFunc(edges, func(a, b *graph.Edge) int { return graph.CompareNodes(v.s.Node(other(a)), v.s.Node(other(b))) })
	for _, e := range edges {
		w.printf("- *%s* %s\n", mdText(relationsOf(e)), v.wikilink(v.s.Node(other(e))))
		for i := range e.Occurrences {
			o := &e.Occurrences[i]
			w.printf("    - %s", mdText(where(o)))
			if q := StripMarkup(v.sentences[o]); q != "" {
				w.printf(": “%s”", mdText(q))
			}
			w.str("\n")
		}
	}
}

// wikilink links to a document's note, with its date and title.
func (v *vault) wikilink(n *graph.Node) string {
	d := v.s.Doc(n)
	s := fmt.Sprintf("[[%s|%s]]", v.names[n.ID], n.ID)
	if d.Date != "" {
		s += " (" + d.Date + ")"
	}
	if d.Title != "" || d.Topic != "" {
		s += " " + mdText(textfit.Shorten(citeTitle(n, d), 100))
	}
	return s
}

// where says what relates an occurrence and where it sits: "recalling,
// preamble, paragraph 1", "taking note, footnote 1 (paragraph 3)".
func where(o *graph.Occurrence) string {
	parts := []string{cmp.Or(o.Relation, "cites")}
	if o.Verb != "" {
		parts[0] += " (" + o.Verb + ")"
	}
	loc := string(o.Location)
	switch {
	case o.Footnote != "" && o.Paragraph > 0:
		loc = fmt.Sprintf("footnote %s (paragraph %d)", o.Footnote, o.Paragraph)
	case o.Footnote != "":
		loc = "footnote " + o.Footnote
	case o.Paragraph > 0:
		loc = fmt.Sprintf("%s, paragraph %d", loc, o.Paragraph)
	}
	if loc != "" {
		parts = append(parts, loc)
	}
	if o.Part != "" {
		parts = append(parts, "part "+o.Part)
	}
	return strings.Join(parts, ", ")
}

// writeIndex writes the index note: every document, by generation for a
// lineage, by year for the whole graph.
func (v *vault) writeIndex(w *errWriter) {
	w.printf("---\ntitle: %s\n---\n\n# Recital export\n\n%s.\n", yamlString("Recital export"), mdText(v.s.Describe()))
	nodes := slices.Clone(v.s.Nodes)
	slices.SortFunc(nodes, graph.CompareNodes)
	group := func(n *graph.Node) string {
		if g, ok := v.s.Generation(n.ID); ok {
			return "Generation " + strconv.Itoa(g)
		}
		return cmp.Or(n.Year(), "Undated")
	}
	if v.s.Gen != nil {
		slices.SortStableFunc(nodes, func(a, b *graph.Node) int { return v.s.Gen[a.ID] - v.s.Gen[b.ID] })
	}
	last := ""
	for _, n := range nodes {
		if g := group(n); g != last {
			w.printf("\n## %s\n\n", g)
			last = g
		}
		w.printf("- %s\n", v.wikilink(n))
	}
}

// yamlField writes a key with a quoted string value, unless it is empty.
func yamlField(w *errWriter, key, value string) {
	if value != "" {
		w.printf("%s: %s\n", key, yamlString(value))
	}
}

// yamlString quotes s as a YAML double-quoted scalar (JSON's string
// syntax is one).
func yamlString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// mdSpecial are the characters mdText escapes.
const mdSpecial = "\\`*_[]<>#|$~=^"

// mdText escapes the characters Markdown (and Obsidian's extensions: tags,
// highlights, math) would read as markup, and collapses white space.
func mdText(s string) string {
	s = textfit.OneLine(s)
	if !strings.ContainsAny(s, mdSpecial) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

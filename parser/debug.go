package parser

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// The stages of the parser can be looked at one by one when a result
// surprises: the layout (paragraphs and their relations, notes and their
// markers) and the candidates (every citation-shaped span and its fate).
// `recital extract --debug layout|candidates FILE` prints them.

// WriteLayout prints the layout the parser found in doc: each paragraph
// with its location, number and relation, then each note with its label
// and the lines of its markers.
func WriteLayout(w io.Writer, doc *Document) error {
	l := buildLayoutWith(doc.Text, doc.structure, doc.Language)
	starts := make([]int, len(l.lines))
	for i, ln := range l.lines {
		starts[i] = ln.start
	}
	fmt.Fprintf(w, "%s: %d paragraphs, %d notes\n", doc.Source, len(l.paras), len(l.notes))
	for _, p := range l.paras {
		sp := spanAt(starts, p.start, p.end)
		rel := p.rel
		if p.cover != "" {
			rel = p.cover
		}
		fmt.Fprintf(w, "  %4d  %-9s %3d  %-20s %s\n", sp.Line, p.loc, p.num, orDash(rel), excerpt(doc.Text[p.start:p.end], 60))
	}
	for _, n := range l.notes {
		sp := spanAt(starts, n.start, n.end)
		var at []string
		for _, m := range n.markers {
			ms := spanAt(starts, m, m+1)
			at = append(at, fmt.Sprintf("%d:%d", ms.Line, ms.Col))
		}
		fmt.Fprintf(w, "  %4d  note %-4d markers at %-12s %s\n", sp.Line, n.label, orDash(strings.Join(at, ",")), excerpt(doc.Text[n.start:n.end], 50))
	}
	return nil
}

// WriteCandidates prints every citation-shaped span of doc and its fate.
func WriteCandidates(w io.Writer, doc *Document) error {
	cands := Candidates(doc)
	lost := 0
	for _, c := range cands {
		if c.Fate == "unaccounted" {
			lost++
		}
	}
	fmt.Fprintf(w, "%s: %d candidates, %d unaccounted\n", doc.Source, len(cands), lost)
	starts := lineStartsOf(doc.Text)
	for _, c := range cands {
		sp := spanAt(starts, c.Span.Start, c.Span.End)
		fmt.Fprintf(w, "  %4d:%-4d %-9s %-22s %-12s %s\n", sp.Line, sp.Col, c.Shape, excerpt(c.Text, 22), c.Fate, c.Reason)
	}
	return nil
}

// lineStartsOf returns the offset of each line of s.
func lineStartsOf(s string) []int {
	starts := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// excerpt returns s on one line, cut to n runes.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// orDash returns s, or "-" when it is empty.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// OpeningWords is the number of words of an opening Paragraphs gives.
const OpeningWords = 5

// Paragraph is one paragraph of the layout the parser found: where it
// stands, its number there, its relation in the English vocabulary, the
// verb as written when the text is not English, and its opening: the
// text after its number, cut to 120 bytes, and its first OpeningWords
// words, lowercase, as the verb tables match them (modifiers kept).
type Paragraph struct {
	Location Location
	Number   int
	Relation string
	Verb     string
	Opening  string
	Words    []string
}

// Paragraphs returns the paragraphs of doc's layout in text order, as
// `recital extract --debug layout` prints them. internal/vocabaudit reads
// the language versions of one resolution side by side through it.
func Paragraphs(doc *Document) []Paragraph {
	l := buildLayoutWith(doc.Text, doc.structure, doc.Language)
	out := make([]Paragraph, 0, len(l.paras))
	for _, p := range l.paras {
		t := strings.TrimSpace(doc.Text[p.start:p.end])
		if n, rest := numberPrefix(t); n > 0 {
			t = rest
		}
		words := phraseWords(t, OpeningWords)
		if len(t) > 120 {
			cut := 120
			for cut > 0 && !utf8.RuneStart(t[cut]) {
				cut--
			}
			t = t[:cut]
		}
		out = append(out, Paragraph{Location: p.loc, Number: p.num, Relation: p.rel, Verb: p.verb, Opening: t, Words: words})
	}
	return out
}

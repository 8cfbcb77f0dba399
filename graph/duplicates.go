package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/recital-un/recital/parser"
)

// formatRank orders the formats a document can be read from, best first:
// the official XML, then text, then renderings of the printed page. When
// a document is read twice, the best rendering gives its node.
var formatRank = map[parser.Format]int{
	parser.FormatAKN:      0,
	parser.FormatText:     1,
	"docx":                2,
	"html":                3,
	parser.FormatMarkdown: 4,
	"pdf":                 5,
}

// rank returns the rank of a format; unknown formats come last.
func rank(f parser.Format) int {
	if r, ok := formatRank[f]; ok {
		return r
	}
	return len(formatRank)
}

// choose applies the duplicate policy. Readings of the same symbol that
// hold the same parts are one document read twice: the best format wins
// (then the first source path) and the others are reported. Readings that
// hold different parts (74/254 and 74/254 B) are parts of one document:
// the one whose parts sort first describes the node and the others give
// their parts' dates. choose returns the reading that describes each node
// and every reading that has a symbol, sorted by symbol, parts, rank and
// source; the citations of every reading are kept, each with its file.
func (b *builder) choose(docs []*parser.Document) (primaries, all []*parser.Document) {
	for _, d := range docs {
		if d.Symbol == "" || !IsSymbol(d.Symbol) {
			b.warn(d.Source, parser.Span{}, CodeNoSymbol, "",
				fmt.Sprintf("the document's own symbol was not found; its %d citations are left out of the graph", len(d.Citations)))
			continue
		}
		b.adopted[d.Source] = d.Adopted
		all = append(all, d)
	}
	slices.SortFunc(all, compareReadings)
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].Symbol == all[i].Symbol {
			j++
		}
		primaries = append(primaries, all[i])
		b.groupParts(all[i:j])
		if langs := languagesOf(all[i:j]); len(langs) > 1 || len(langs) == 1 && langs[0] != "en" {
			b.languages[all[i].Symbol] = langs // left empty for English alone
		}
		b.compareVersions(all[i:j])
		i = j
	}
	return primaries, all
}

// compareReadings orders readings by symbol, parts, format rank and source.
func compareReadings(a, b *parser.Document) int {
	return cmp.Or(cmp.Compare(a.Symbol, b.Symbol), cmp.Compare(partsKey(a), partsKey(b)), compareLanguages(a, b),
		cmp.Compare(rank(a.Format), rank(b.Format)), cmp.Compare(a.Source, b.Source))
}

// partsKey names the parts a reading holds: "" for the whole or part A
// alone, "B", "A,B"…
func partsKey(d *parser.Document) string { return strings.Join(d.Parts, ",") }

// groupParts handles the sorted readings of one symbol: it reports the
// readings of the same parts after the first, and records the dates of
// the parts each reading holds.
func (b *builder) groupParts(readings []*parser.Document) {
	for i := 0; i < len(readings); {
		j := i + 1
		for j < len(readings) && partsKey(readings[j]) == partsKey(readings[i]) {
			j++
		}
		first := readings[i]
		for _, d := range readings[i+1 : j] {
			if d.Language != first.Language {
				continue // a language version, not a second reading
			}
			b.warn(d.Source, parser.Span{}, CodeDuplicate, d.Symbol,
				fmt.Sprintf("%s was also read from %s (%s); that reading describes the node, the citations of all %d readings are kept",
					d.Symbol, first.Source, first.Format, j-i))
		}
		for _, p := range first.Parts {
			if first.Adopted != "" {
				b.partDates[first.Symbol] = append(b.partDates[first.Symbol], PartDate{Part: p, Date: first.Adopted})
			}
		}
		i = j
	}
}

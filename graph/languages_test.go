package graph

import (
	"slices"
	"strings"
	"testing"

	"github.com/recital-un/recital/parser"
)

// version builds one language version of A/RES/76/228 citing targets.
func version(lang, source, title string, targets ...string) *parser.Document {
	d := &parser.Document{Source: source, Format: parser.FormatText, Language: lang, Symbol: "A/RES/76/228",
		Title: title, Adopted: "2021-12-24", Body: parser.BodyGA}
	for i, t := range targets {
		d.Citations = append(d.Citations, parser.Citation{Target: t, Body: parser.BodyGA, Kind: KindOf(t),
			Relation: "recalling", Location: parser.LocPreamble, Paragraph: 1, Text: t,
			Span: parser.Span{Start: i * 20, End: i*20 + len(t), Line: i + 1, Col: 1}})
	}
	return d
}

func TestLanguageVersions(t *testing.T) {
	en := version("en", "en/A_RES_76_228.txt", "Situation of human rights", "A/RES/74/169", "A/67/53/Corr.1")
	fr := version("fr", "fr/A_RES_76_228.txt", "Situation des droits de l'homme", "A/RES/74/169")
	es := version("es", "es/A_RES_76_228.txt", "Situación de los derechos humanos", "A/RES/74/169", "A/67/53/Corr.2")
	english := mustBuild(t, []*parser.Document{version("en", "en/A_RES_76_228.txt", "Situation of human rights", "A/RES/74/169", "A/67/53/Corr.1")})
	g := mustBuild(t, []*parser.Document{es, fr, en}) // order does not matter

	n := g.Node("A/RES/76/228")
	if !slices.Equal(n.Languages, []string{"en", "es", "fr"}) || n.Source != "en/A_RES_76_228.txt" || n.Title != "Situation of human rights" {
		t.Errorf("node read in %v from %s titled %q; want en, es, fr, described by the English text", n.Languages, n.Source, n.Title)
	}
	if len(english.Node("A/RES/76/228").Languages) != 0 {
		t.Errorf("an English-only node lists languages %v; want none", english.Node("A/RES/76/228").Languages)
	}
	var ids []string
	for _, m := range g.Nodes() {
		ids = append(ids, m.ID)
	}
	// The graph is English alone's: the Spanish slip is a diagnostic, not
	// a node.
	var englishIDs []string
	for _, m := range english.Nodes() {
		englishIDs = append(englishIDs, m.ID)
	}
	if want := []string{"A/67/53/Corr.1", "A/RES/74/169", "A/RES/76/228"}; !slices.Equal(ids, want) || !slices.Equal(ids, englishIDs) {
		t.Errorf("nodes %v, want %v as English alone gives", ids, want)
	}
	if len(g.Edges()) != len(english.Edges()) {
		t.Errorf("%d edges, want English alone's %d", len(g.Edges()), len(english.Edges()))
	}
	var msgs []string
	for _, d := range g.Diagnostics() {
		switch d.Code {
		case CodeDuplicate:
			t.Errorf("language versions reported as duplicates: %s", d.Message)
		case CodeLanguageDisagreement:
			msgs = append(msgs, d.Source+": "+d.Message)
		}
	}
	want := []string{
		"en/A_RES_76_228.txt: the English text of A/RES/76/228 cites A/67/53/Corr.1, the French text (fr/A_RES_76_228.txt) does not",
		"en/A_RES_76_228.txt: the English text of A/RES/76/228 cites A/67/53/Corr.1, the Spanish text (es/A_RES_76_228.txt) does not",
		"es/A_RES_76_228.txt: the Spanish text of A/RES/76/228 cites A/67/53/Corr.2, the English text (en/A_RES_76_228.txt) does not",
	}
	slices.Sort(msgs)
	if !slices.Equal(msgs, want) {
		t.Errorf("disagreements:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}

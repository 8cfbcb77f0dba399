package graph

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/recital-un/recital/parser"
)

// Language versions. Every UN document exists in six languages; a build
// over the English, French and Spanish texts of one document gives one
// node, read in each of them (Node.Languages). The English reading, when
// there is one, describes the node; the citations of every reading are
// kept. Where the versions of a document disagree on what it cites, a
// diagnostic says so: "the French text cites A/RES/74/28, the English
// does not". Such disagreements are translation slips, or slips of the
// reader in one language; either way a person should look.

// CodeLanguageDisagreement marks a target cited by one language version
// of a document and not by another.
const CodeLanguageDisagreement = "language-disagreement"

// languageNames names the languages in messages.
var languageNames = map[string]string{
	"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "zh": "Chinese", "ru": "Russian", "": "unrecognised-language",
}

// languageRank orders the readings of one document: English first, so
// that it describes the node, then the others by code.
func languageRank(lang string) int {
	if lang == "en" || lang == "" {
		return 0
	}
	return 1
}

// compareLanguages orders two readings by language.
func compareLanguages(a, b *parser.Document) int {
	return cmp.Or(cmp.Compare(languageRank(a.Language), languageRank(b.Language)), cmp.Compare(a.Language, b.Language))
}

// languagesOf returns the sorted languages of readings.
func languagesOf(readings []*parser.Document) []string {
	var out []string
	for _, d := range readings {
		if d.Language != "" && !slices.Contains(out, d.Language) {
			out = append(out, d.Language)
		}
	}
	slices.Sort(out)
	return out
}

// compareVersions reports the targets that one language version of a
// document cites and another does not. Each version is compared with the
// reference version (the English one when there is one, else the first
// by language code), in both directions. Only the languages whose
// citations are read in full are compared: a symbols-only reading
// (Arabic, Chinese, Russian) lacks the resolution numbers by design.
func (b *builder) compareVersions(readings []*parser.Document) {
	byLang := map[string]*parser.Document{}
	var langs []string
	for _, d := range readings {
		if !fullyRead(d.Language) || byLang[d.Language] != nil {
			continue
		}
		byLang[d.Language] = d
		langs = append(langs, d.Language)
	}
	if len(langs) < 2 {
		return
	}
	slices.SortFunc(langs, func(a, c string) int {
		return cmp.Or(cmp.Compare(languageRank(a), languageRank(c)), cmp.Compare(a, c))
	})
	ref := byLang[langs[0]]
	refTargets := citedSymbols(ref)
	for _, lang := range langs[1:] {
		d := byLang[lang]
		targets := citedSymbols(d)
		b.disagree(d, ref, targets, refTargets)
		b.disagree(ref, d, refTargets, targets)
	}
}

// disagree reports every target that a cites and b does not.
func (b *builder) disagree(a, other *parser.Document, at, bt map[string]parser.Span) {
	keys := make([]string, 0, len(at))
	for t := range at {
		if _, ok := bt[t]; !ok {
			keys = append(keys, t)
		}
	}
	slices.Sort(keys)
	for _, t := range keys {
		b.warn(a.Source, at[t], CodeLanguageDisagreement, a.Symbol,
			fmt.Sprintf("the %s text of %s cites %s, the %s text (%s) does not",
				languageNames[a.Language], a.Symbol, t, languageNames[other.Language], other.Source))
	}
}

// fullyRead reports a language whose resolution numbers and relations the
// parser reads.
func fullyRead(lang string) bool { return lang == "en" || lang == "fr" || lang == "es" }

// citedSymbols returns the symbols a reading cites, each with the span of
// its first occurrence; the document's own symbol and its parts are left
// out.
func citedSymbols(d *parser.Document) map[string]parser.Span {
	out := map[string]parser.Span{}
	for _, c := range d.Citations {
		if !IsSymbol(c.Target) || c.Target == d.Symbol {
			continue
		}
		if _, ok := out[c.Target]; !ok {
			out[c.Target] = c.Span
		}
	}
	return out
}

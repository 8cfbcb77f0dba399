package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The vocabulary: every word of a natural language the grammar knows, one
// table per language. The grammar itself (lists, parts, dates, bodies,
// relations) is written once; a language is the rows below. Adding one
// means adding a vocabulary value and listing it in vocabularies.
//
// Relations are always written in the English vocabulary of the gold
// rules ("Rappelant" → recalling, "Toma nota" → takes note), so that a
// citation means the same in every language; the verb as written stays in
// the citation's verb field.

// vocabulary is the words of one language.
type vocabulary struct {
	code string // ISO 639-1: "en", "fr", "es"
	name string // "English"

	// stopwords are frequent short words that tell the language of a text.
	stopwords []string

	// keywords are the words that introduce resolution and decision
	// numbers, singular and plural.
	resolutions, decisions []string

	// months are the month names, January first.
	months []string
	// dayOrdinals may follow the day number ("1er", "1º").
	dayOrdinals []string
	// dateJoiners may stand between day, month and year ("4 de diciembre de 1998").
	dateJoiners []string
	// dateIntros introduce the adoption date after a cited item, longest
	// first ("of", "adopted on"; "en date du", "du"; "del", "de").
	dateIntros []string

	// bodies are the names of the principal organs, without article.
	bodies []organName
	// bodyIntros introduce a body named after the keyword or after a
	// number ("of the", "du", "de l'", "del").
	bodyIntros []string
	// bodyIntrosOther says whether bodyIntros may introduce a body other
	// than the organs ("la résolution 62/7 de la Commission des stupéfiants").
	bodyIntrosOther bool
	// notBodies are capitalised names after bodyIntros that name no
	// issuing body ("Organisation des Nations Unies").
	notBodies []string
	// articles may stand between a keyword and a body or list ("les", "las").
	articles []string
	// possessives refer to the issuing body ("its", "ses", "sus").
	possessives []string
	// seeWords open a reference in a note ("See", "Voir", "Véase").
	seeWords []string
	// postAdjectives may follow the keyword before a body ("pertinentes").
	postAdjectives []string

	// listJoiners join the items of a list, longest first.
	listJoiners []string
	// partJoiners join lettered parts ("A and B", "A et B"); partRanges
	// make a range of them ("A to D", "A à D", "A a D").
	partJoiners, partRanges []string
	// introducers open a selection from a list ("in particular").
	introducers []string
	// continuers keep the body of one list in force for the next one
	// ("and", "as well as", "notamment").
	continuers []string
	// entitled introduce a quoted title after an item.
	entitled []string
	// qualifiers point into a cited document ("section", "par.").
	qualifiers []string
	// following announce a list after a colon that a body named before
	// governs: "les résolutions du Conseil des droits de l'homme ci-après :
	// la résolution 23/13 …, la résolution 24/33 …".
	following []string

	// openers are the lines that open a resolution's body, lowercase,
	// without the final comma.
	openers []openerForm
	// adoptedBy introduces the adopting body in the header ("adopted by
	// the"); adoptedOn introduces the adoption date after it ("on", "le").
	adoptedBy, adoptedOn []string
	// meetingWords are the words after the ordinal of the closing meeting
	// line ("52nd plenary meeting", "52e séance plénière"), the first the
	// word for a meeting; adoptedLine opens the Security Council's closing
	// line ("Adopted by the Security Council at its …", "Adoptée par …").
	meetingWords, adoptedLine []string
	// annexes are the words of an annex heading.
	annexes []string
	// reportWords mark a cover line as a committee report rather than a draft.
	reportWords []string

	// modifiers may stand beside a verb without changing the relation
	// ("also", "également", "también"); phrases of several words allowed.
	modifiers []string
	// verbs map the verbs and fixed phrases that open (or govern inside)
	// a paragraph to their relation in the English vocabulary. Used for
	// languages other than English, whose relations are not derived from
	// the form of the word.
	verbs []verbRow
	// again are the words that, right after an opening verb, make it
	// stand for the English "Reiterates" ("Demande de nouveau" for
	// "Reiterates its call upon", "Prie à nouveau" for "Reiterates its
	// request"): the reading of the language versions of the same
	// resolutions (internal/vocabaudit) finds it in seven of ten such
	// paragraphs. againKeeps are the relations kept as they are, and
	// againTurns those that take their own re- form ("s'engage de
	// nouveau" → recommits).
	again      []string
	againKeeps []string
	againTurns map[string]string
	// The English relation rules work from the form of the word (-ing,
	// -s) and these lists complete them: fixed phrases kept whole by
	// their first word, preambular openers that are not -ing forms,
	// operative -s verbs, verbs that govern a citation in mid-paragraph,
	// and openers strong enough to start a paragraph after a heading.
	fixedPhrases                                             map[string][]string
	preambleWords, operativeVerbs, localVerbs, strongOpeners []string

	// participles are endings of the participle that opens a preambular
	// paragraph ("-ant", "-ando"): an opener the verbs table lacks still
	// starts a preambular paragraph.
	participles []string
}

// organName is one name of a principal organ.
type organName struct {
	name string
	body Body
}

// openerForm is one opening line and the body it names.
type openerForm struct {
	line string
	body Body
}

// verbRow maps a verb or phrase as written (lowercase) to its relation.
type verbRow struct {
	phrase    string
	relation  string
	operative bool
}

// vocabularies are the languages whose citations are read in full.
var vocabularies = []*vocabulary{english, french, spanish}

// vocabularyOf returns the vocabulary of an ISO 639-1 code, or nil.
func vocabularyOf(code string) *vocabulary {
	for _, v := range vocabularies {
		if v.code == code {
			return v
		}
	}
	return nil
}

// pre and op build verb rows: a preambular opener and an operative verb.
func pre(phrase, rel string) verbRow { return verbRow{phrase, rel, false} }
func op(phrase, rel string) verbRow  { return verbRow{phrase, rel, true} }

// adj builds the rows of a French or Spanish adjective or past participle
// in its four forms: "préoccupé" gives préoccupé, préoccupée, préoccupés,
// préoccupées; "preocupado" gives preocupado, preocupada, preocupados,
// preocupadas.
func adj(base, rel string) []verbRow {
	var forms []string
	switch {
	case strings.HasSuffix(base, "o"):
		stem := strings.TrimSuffix(base, "o")
		forms = []string{base, stem + "a", stem + "os", stem + "as"}
	case strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "é"):
		forms = []string{base, base + "s"}
	default:
		forms = []string{base, base + "e", base + "s", base + "es"}
	}
	rows := make([]verbRow, len(forms))
	for i, f := range forms {
		rows[i] = pre(f, rel)
	}
	return rows
}

// rows concatenates groups of verb rows.
func rows(groups ...[]verbRow) []verbRow {
	var out []verbRow
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// one wraps single rows for rows.
func one(r ...verbRow) []verbRow { return r }

// wordSet builds a lookup set from lists of words.
func wordSet(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}

// allOf gathers one list from every vocabulary, in table order.
func allOf(field func(*vocabulary) []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range vocabularies {
		for _, w := range field(v) {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// longestFirst sorts phrases so that longer ones are tried first.
func longestFirst(ws []string) []string {
	out := append([]string(nil), ws...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// withCurlyApostrophe adds the typographic-apostrophe spelling of every
// phrase written with "'" ("de l'" → also "de l’").
func withCurlyApostrophe(ws []string) []string {
	out := append([]string(nil), ws...)
	for _, w := range ws {
		if strings.Contains(w, "'") {
			out = append(out, strings.ReplaceAll(w, "'", "’"))
		}
	}
	return out
}

// Lookups derived from the tables, over every language. The grammar reads
// the words of every vocabulary in every text: a French citation quoted
// in an English note is read as well. Where a word could mislead in
// another language, the lookup is per vocabulary instead.
var (
	// months maps lowercase month names to their numbers.
	months = func() map[string]int {
		m := map[string]int{}
		for _, v := range vocabularies {
			for i, name := range v.months {
				m[name] = i + 1
			}
		}
		m["setiembre"] = 9 // a Spanish spelling variant
		return m
	}()
	// organNames maps the names of the organs to their bodies, longest first.
	organNames = func() []organName {
		var out []organName
		for _, v := range vocabularies {
			out = append(out, v.bodies...)
		}
		for i := 1; i < len(out); i++ {
			for j := i; j > 0 && len(out[j].name) > len(out[j-1].name); j-- {
				out[j], out[j-1] = out[j-1], out[j]
			}
		}
		return out
	}()
	possessiveWords = wordSet(allOf(func(v *vocabulary) []string { return v.possessives }))
	seeWordSet      = wordSet(allOf(func(v *vocabulary) []string { return v.seeWords }))
	articleSet      = wordSet(allOf(func(v *vocabulary) []string { return v.articles }))
	dayOrdinals     = allOf(func(v *vocabulary) []string { return v.dayOrdinals })
	dateJoinerSet   = wordSet(allOf(func(v *vocabulary) []string { return v.dateJoiners }))
	dateIntros      = longestFirst(withCurlyApostrophe(allOf(func(v *vocabulary) []string { return v.dateIntros })))
	listJoiners     = longestFirst(allOf(func(v *vocabulary) []string { return v.listJoiners }))
	partJoinerSet   = wordSet(allOf(func(v *vocabulary) []string { return v.partJoiners }))
	partRangeSet    = wordSet(allOf(func(v *vocabulary) []string { return v.partRanges }))
	listIntroducers = longestFirst(allOf(func(v *vocabulary) []string { return v.introducers }))
	continuers      = longestFirst(allOf(func(v *vocabulary) []string { return v.continuers }))
	entitledWords   = allOf(func(v *vocabulary) []string { return v.entitled })
	qualifierWords  = longestFirst(allOf(func(v *vocabulary) []string { return v.qualifiers }))
	followingWords  = longestFirst(allOf(func(v *vocabulary) []string { return v.following }))
	postAdjectives  = wordSet(allOf(func(v *vocabulary) []string { return v.postAdjectives }))
	adoptedByWords  = withCurlyApostrophe(allOf(func(v *vocabulary) []string { return v.adoptedBy }))
	adoptedOnWords  = allOf(func(v *vocabulary) []string { return v.adoptedOn })
	meetingWordSet  = wordSet(allOf(func(v *vocabulary) []string { return v.meetingWords }))
	annexWords      = wordSet(allOf(func(v *vocabulary) []string { return v.annexes }))
	reportWords     = allOf(func(v *vocabulary) []string { return v.reportWords })
	// openers maps the lines that open a resolution's body to the body.
	openers = func() map[string]Body {
		m := map[string]Body{}
		for _, v := range vocabularies {
			for _, o := range v.openers {
				m[o.line] = o.body
				m[strings.ReplaceAll(o.line, "'", "’")] = o.body
			}
		}
		return m
	}()
	// keywordForms are the keyword spellings searched for, each with its
	// kind, in lower case, capitalised and in capitals.
	keywordForms = func() []keywordForm {
		var out []keywordForm
		seen := map[string]bool{}
		addForm := func(w string, k Kind) {
			for _, f := range []string{w, upperFirst(w), strings.ToUpper(w)} {
				if !seen[f] {
					seen[f] = true
					out = append(out, keywordForm{f, k})
				}
			}
		}
		for _, v := range vocabularies {
			for _, w := range v.resolutions {
				addForm(w, KindResolution)
			}
			for _, w := range v.decisions {
				addForm(w, KindDecision)
			}
		}
		return longestKeywordsFirst(out)
	}()
)

// keywordForm is one spelling of a keyword.
type keywordForm struct {
	word string
	kind Kind
}

// longestKeywordsFirst orders keyword forms so that a plural is tried
// before its singular.
func longestKeywordsFirst(ks []keywordForm) []keywordForm {
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && len(ks[j].word) > len(ks[j-1].word); j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

// upperFirst capitalises the first letter of w.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// verbIndexes maps a language code to the index of its verb phrases:
// the first word of each phrase to its rows, longest phrase first. The
// key "" holds the phrases of every non-English vocabulary, for a text
// whose language has none; a word of one language is read with its own
// language's row ("consciente" is "recognizing" in French and "conscious"
// in Spanish).
var verbIndexes = func() map[string]map[string][]verbRow {
	all := map[string]map[string][]verbRow{"": {}}
	for _, v := range vocabularies {
		if len(v.verbs) == 0 {
			continue
		}
		m := map[string][]verbRow{}
		for _, r := range v.verbs {
			first, _, _ := strings.Cut(r.phrase, " ")
			m[first] = append(m[first], r)
			all[""][first] = append(all[""][first], r)
		}
		all[v.code] = m
	}
	for _, m := range all {
		for k, rs := range m {
			slices.SortStableFunc(rs, func(a, b verbRow) int { return len(b.phrase) - len(a.phrase) })
			m[k] = rs
		}
	}
	return all
}()

// byteShapes is a filter of a set of words by their length in bytes and
// their first and last bytes, taken in pairs: a word whose shape is not
// in it is not in the set; one whose shape is may be.
type byteShapes struct {
	ends   [256][4]uint64 // by first byte, the bit set of last bytes
	firsts [33][4]uint64  // by length, the bit set of first bytes
	lasts  [33][4]uint64  // by length, the bit set of last bytes
}

// newByteShapes returns the filter of the keys of set, which are words of
// one to 32 bytes.
func newByteShapes[V any](set map[string]V) *byteShapes {
	t := &byteShapes{}
	for w := range set {
		n := len(w)
		if n == 0 || n > 32 {
			panic("parser: a word of the set is empty or longer than 32 bytes: " + w)
		}
		first, last := w[0], w[n-1]
		t.ends[first][last/64] |= 1 << (last % 64)
		t.firsts[n][first/64] |= 1 << (first % 64)
		t.lasts[n][last/64] |= 1 << (last % 64)
	}
	return t
}

// may reports whether the word w may be in the set.
func (t *byteShapes) may(w []byte) bool {
	n := len(w)
	if n == 0 || n > 32 {
		return false
	}
	first, last := w[0], w[n-1]
	return t.ends[first][last/64]&(1<<(last%64)) != 0 &&
		t.firsts[n][first/64]&(1<<(first%64)) != 0 &&
		t.lasts[n][last/64]&(1<<(last%64)) != 0
}

// verbWordShapes filters the first words of the verb phrases of every
// non-English vocabulary, the keys of verbIndexes[""].
var verbWordShapes = newByteShapes(verbIndexes[""])

// verbIndexOf returns the verb index of language lang.
func verbIndexOf(lang string) map[string][]verbRow {
	if m, ok := verbIndexes[lang]; ok {
		return m
	}
	return verbIndexes[""]
}

// foreignModifiers are the modifier phrases of the non-English
// vocabularies, split into words, longest first.
var foreignModifiers = func() [][]string {
	var out [][]string
	for _, v := range vocabularies {
		if v == english {
			continue
		}
		for _, m := range longestFirst(v.modifiers) {
			out = append(out, strings.Fields(m))
		}
	}
	return out
}()

// foreignModifiersByFirst holds the phrases of foreignModifiers by their
// first word, in the same order, so that a word is tried only against the
// modifiers that begin with it.
var foreignModifiersByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, ws := range foreignModifiers {
		m[ws[0]] = append(m[ws[0]], ws)
	}
	return m
}()

// The English relation tables, as the relation rules use them.
var (
	modifiers      = wordSet(english.modifiers)
	phrases        = english.fixedPhrases
	preambleWords  = wordSet(english.preambleWords)
	operativeVerbs = wordSet(english.operativeVerbs)
	localVerbs     = wordSet(english.localVerbs)
	strongOpeners  = wordSet(english.strongOpeners)
)

// foreignModifierWords are the one-word modifiers of every vocabulary
// but English.
var foreignModifierWords = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range foreignModifiers {
		if len(ws) == 1 {
			m[ws[0]] = true
		}
	}
	return m
}()

// participleEndings are the participle endings of every vocabulary but
// English, whose -ing forms the relation rules handle.
var participleEndings = func() map[string][]string {
	m := map[string][]string{}
	for _, v := range vocabularies {
		m[v.code] = v.participles
	}
	return m
}()

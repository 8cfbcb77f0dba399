package main

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/recital-un/recital/meta"
	"github.com/recital-un/recital/parser"
)

// describedInputs are the AKN XML files whose links tell what a cited
// document contains: the UN's editors link every citation to its symbol,
// so the document a description belongs to is never guessed.
var describedInputs = []string{
	"corpus/bulk/akn/*.xml",
	"corpus/bulk/sc-akn/*.xml",
	"corpus/bulk/hrc-akn/*.xml",
	"corpus/bulk/ga-dec-akn/*.xml",
	"corpus/dev/xml/*.xml",
}

// The two ways AKN texts describe a cited document.
var (
	// titleWords is a run of title words: capitalised words, the small
	// words titles use, and commas before a capitalised word
	// ("International Covenant on Economic, Social and Cultural Rights"),
	// each joined to the next capitalised word, so that a title never
	// ends on a small word and " and the " ends it (a list of
	// instruments is not one title).
	titleWords = `[A-Z][\w’'-]*(?:(?:,? |(?: (?:of|on|for|to|in|against|with|from|at|by|as)(?: the| a| an| all| its)?| and| or) )[A-Z][\w’'-]*)*`

	// describedAfter matches a link followed by what it contains: "<a
	// href=…/A/RES/1514(XV)>1514 (XV)</a> of 14 December 1960, containing
	// the Declaration on …".
	describedAfter = regexp.MustCompile(`<a href="https?://[^/"]+/(?:en/)?([^"]+)"[^>]*>[^<]*</a>(?:\s*of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*,?\s*(?:containing|by which (?:it|the [A-Z][a-z]+(?: [A-Z][a-z]+)*) adopted|adopting)\s+the\s+(` + titleWords + `)`)

	// describedBefore matches an instrument named in the text whose
	// footnote gives the resolution that holds it, or that the text says
	// is "contained in" it: "the Universal
	// Declaration of Human Rights,<authorialNote …><p>Resolution <a
	// href=…/A/RES/217(III)>217 A (III)</a>.</p></authorialNote>".
	describedBefore = regexp.MustCompile(`\bthe (` + titleWords + `)(?:,?\s*<authorialNote[^>]*>\s*<p[^>]*>\s*(?:General Assembly )?[Rr]esolution|,? contained in (?:the annex to )?(?:its|General Assembly) resolution)\s+<a href="https?://[^/"]+/(?:en/)?([^"]+)"[^>]*>[^<]*</a>`)
)

// titleGoesOn matches the text before "the …" when it ends inside a
// longer title ("… Measures on the Elimination …"): what follows is then
// a fragment, not the title.
var titleGoesOn = regexp.MustCompile(`(?:[A-Z][\w’'-]*,? (?:and )?(?:of|on|for|to|in|against|with|from|at|by|as|or) |\w [A-Z][\w’'-]* |</authorialNote>\s*(?:and )?)$`)

// gluedPart matches the lettered part of an old resolution's link
// ("A/RES/217 A (III)", "A/RES/217A(III)"): the document is the whole.
var gluedPart = regexp.MustCompile(`^(A/RES/\d+) ?[A-Z] ?(\([IVXL]+\))$`)

// notATitle reports a description that names an organ or an office
// rather than what a document contains ("the General Assembly").
func notATitle(t string) bool {
	switch t {
	case "United Nations", "General Assembly", "Security Council", "Economic and Social Council", "Human Rights Council", "Charter of the United Nations":
		return true
	}
	return strings.HasPrefix(t, "President of") || strings.HasPrefix(t, "Secretary-General") || strings.HasPrefix(t, "General Assembly")
}

// describedTitles reads how the AKN texts under shared describe the
// documents they cite and returns, for each canonical ID, the
// descriptions that at least a third as many citations give as the most
// common one, most common first, joined by "; ".
func describedTitles(shared string, log io.Writer) (map[string]string, error) {
	counts := map[string]map[string]int{}
	files := 0
	for _, pattern := range describedInputs {
		paths, err := filepath.Glob(filepath.Join(shared, pattern))
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			files++
			describeInto(counts, string(b))
		}
	}
	out := make(map[string]string, len(counts))
	for id, c := range counts {
		out[id] = strings.Join(mostCommon(c), "; ")
	}
	fmt.Fprintf(log, "genmeta: %d AKN files describe %d cited documents\n", files, len(out))
	return out, nil
}

// describe returns the descriptions one text gives, for tests.
func describe(s string) map[string]string {
	counts := map[string]map[string]int{}
	describeInto(counts, s)
	out := map[string]string{}
	for id, c := range counts {
		out[id] = strings.Join(mostCommon(c), "; ")
	}
	return out
}

// describeInto counts the descriptions text s gives each document it
// links.
func describeInto(counts map[string]map[string]int, s string) {
	add := func(href, title string) {
		href = gluedPart.ReplaceAllString(strings.ReplaceAll(html.UnescapeString(href), "%20", " "), "$1$2")
		id, err := parser.ParseRef(href)
		title = strings.TrimSpace(title)
		if err != nil || len(strings.Fields(title)) < 2 || notATitle(title) {
			return
		}
		if counts[id] == nil {
			counts[id] = map[string]int{}
		}
		counts[id][title]++
	}
	for _, m := range describedAfter.FindAllStringSubmatch(s, -1) {
		add(m[1], m[2])
	}
	for _, m := range describedBefore.FindAllStringSubmatchIndex(s, -1) {
		if !titleGoesOn.MatchString(s[max(0, m[0]-60):m[0]]) {
			add(s[m[4]:m[5]], s[m[2]:m[3]])
		}
	}
}

// mostCommon returns the titles counted at least a third as often as the
// most common one, most common first, then alphabetically; at most three.
func mostCommon(c map[string]int) []string {
	titles := make([]string, 0, len(c))
	top := 0
	for t, n := range c {
		titles = append(titles, t)
		top = max(top, n)
	}
	slices.SortFunc(titles, func(a, b string) int { return cmp.Or(cmp.Compare(c[b], c[a]), cmp.Compare(a, b)) })
	var out []string
	for _, t := range titles {
		if 3*c[t] >= top && len(out) < 3 {
			out = append(out, t)
		}
	}
	return out
}

// addDescribed gives the described title to each record of the whole
// document that has none, and adds a record for each described document
// that no record lists.
func addDescribed(recs []meta.Record, desc map[string]string) []meta.Record {
	have := map[string]bool{}
	for i := range recs {
		r := &recs[i]
		have[r.ID] = true
		if t := desc[r.ID]; t != "" && r.Title == "" && r.Parts == "" {
			r.Title, r.TitleSource = t, meta.SourceDescribed
		}
	}
	ids := make([]string, 0, len(desc))
	for id := range desc {
		if !have[id] {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		recs = append(recs, meta.Record{ID: id, Title: desc[id], Source: meta.SourceDescribed})
	}
	return recs
}

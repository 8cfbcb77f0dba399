package cmd

import (
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// The forms of a reference people paste that parser.ParseRef does not
// read as they are.
var (
	// docLink is an address of a UN document: undocs.org, docs.un.org or
	// documents.un.org, with or without a language.
	docLink = regexp.MustCompile(`(?i)^https?://(?:www\.)?(?:undocs\.org|docs\.un\.org|documents\.un\.org|digitallibrary\.un\.org/record/[^/]+)/(?:(?:en|fr|es|ar|ru|zh)/)?`)
	// leadingZeros is a zero-padded number after a slash: "60/045".
	leadingZeros = regexp.MustCompile(`/0+(\d)`)
	// partOfOld is the lettered part of an old Assembly resolution
	// written inside its official symbol: "A/RES/217 A (III)",
	// "A/RES/217A(III)".
	partOfOld = regexp.MustCompile(`^(A/RES/\d+) ?[A-Z] ?(\([IVXL]+\))$`)
	// lowerWords are the parts of symbols written in lower case.
	lowerWords = strings.NewReplacer("CORR.", "Corr.", "ADD.", "Add.", "REV.", "Rev.", "AMEND.", "Amend.", "SUPPL.", "Suppl.")
)

// parseRef reads a reference as people write or paste it: as
// parser.ParseRef does, and also in lower case ("a/res/60/45"), as an
// address ("https://undocs.org/A/RES/60/45"), with zero-padded numbers
// ("60/045") and with the part letter inside an old official symbol
// ("A/RES/217 A (III)", the Universal Declaration's).
func parseRef(s string) (string, error) {
	if t, ok := normalizeRef(s); ok {
		if id, err := parser.ParseRef(t); err == nil {
			return id, nil
		}
	}
	return parser.ParseRef(s)
}

// normalizeRef rewrites the forms parser.ParseRef does not read; false
// when nothing changed.
func normalizeRef(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if loc := docLink.FindStringIndex(t); loc != nil {
		t = t[loc[1]:]
		if i := strings.IndexAny(t, "?#"); i >= 0 {
			t = t[:i]
		}
		if u, err := url.PathUnescape(t); err == nil {
			t = u
		}
	}
	if strings.Contains(t, "/") && t != strings.ToUpper(t) {
		t = lowerWords.Replace(strings.ToUpper(t))
	}
	t = leadingZeros.ReplaceAllString(t, "/$1")
	t = partOfOld.ReplaceAllString(t, "$1$2")
	return t, t != strings.TrimSpace(s)
}

// suggest returns up to three IDs of g near id, for "did you mean":
// the same number under another body, then symbols one or two edits
// away.
func suggest(g *graph.Graph, id string) []string {
	tail := id
	if i := strings.Index(id, "/RES/"); i >= 0 {
		tail = id[i+len("/RES/"):]
	}
	var same, near []string
	for _, n := range g.Nodes() {
		switch {
		case n.ID == id:
		case strings.HasSuffix(n.ID, "/RES/"+tail):
			same = append(same, n.ID)
		case abs(len(n.ID)-len(id)) <= 2 && editDistance(n.ID, id) <= 2:
			near = append(near, n.ID)
		}
	}
	slices.Sort(same)
	slices.SortFunc(near, func(a, b string) int { return editDistance(a, id) - editDistance(b, id) })
	out := append(same, near...)
	return out[:min(3, len(out))]
}

// abs is the absolute value.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

package parser

// byFirst sorts the words of a list by their first byte, keeping their
// order, so that a reader that tries the words of the list at one place
// tries only those that can stand there: most places have none. A word
// that is empty stands anywhere and is listed under every byte.
type byFirst [256][]string

// newByFirst sorts words by their first byte.
func newByFirst(words []string) *byFirst {
	t := new(byFirst)
	for _, w := range words {
		if w == "" {
			for c := range t {
				t[c] = append(t[c], w)
			}
			continue
		}
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}

// at returns the words of all, the list t was made from, that may begin
// at s[i]: those that begin with that byte, or all of them at the end of
// s, where only an empty word could match and the callers' own tests
// decide.
func (t *byFirst) at(s string, i int, all []string) []string {
	if i < len(s) {
		return t[s[i]]
	}
	return all
}

// The word lists of the list readers, by first byte.
var (
	dateIntrosFirst     = newByFirst(dateIntros)
	dayOrdinalsFirst    = newByFirst(dayOrdinals)
	listJoinersFirst    = newByFirst(listJoiners)
	entitledWordsFirst  = newByFirst(entitledWords)
	qualifierWordsFirst = newByFirst(qualifierWords)
)

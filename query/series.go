package query

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// series is, for each document of X, the resolutions of its recurring
// item: the resolutions of the same body joined to it by citations
// (either way) through one another, each with the title or agenda item of
// a member (a member found by its title brings its agenda item). A
// resolution whose title and agenda item are unknown (one that is only
// cited) joins when a member recalls or reaffirms it in its longest list
// of resolutions, two at least, as "Recalling its resolutions 53/70 of
// 4 December 1998, 54/49 of 1 December 1999, …" does. An untitled X takes
// the title of the resolutions that list it so.
func (ev *evaluator) series(c *Call) (*set, error) {
	x, err := ev.arg(c, 0)
	if err != nil {
		return nil, err
	}
	out := newBitset(ev.ix.Len())
	for _, v := range x.nodes.members() {
		if !out.has(v) {
			out = out.or(ev.ix.seriesOf(v))
		}
	}
	return &set{nodes: out}, nil
}

// seriesKey is what identifies a document's item: its normalised title
// and agenda item.
type seriesKey struct{ title, agenda string }

// keySet holds the titles and agenda items of the members of a series.
// It grows as members join: a member found by its title brings its
// agenda item, so that members recorded only with it (and later titles
// under it) are found too.
type keySet struct{ titles, agendas map[string]bool }

// newKeySet starts a set from one key.
func newKeySet(k seriesKey) *keySet {
	ks := &keySet{titles: map[string]bool{}, agendas: map[string]bool{}}
	ks.add(k)
	return ks
}

// add records the title and agenda item of a member.
func (ks *keySet) add(k seriesKey) {
	if k.title != "" {
		ks.titles[k.title] = true
	}
	if k.agenda != "" {
		ks.agendas[k.agenda] = true
	}
}

// matches reports whether node v has a title or agenda item of the set.
func (ix *Index) matches(v int32, ks *keySet) bool {
	k := ix.key(v)
	return ks.titles[k.title] || ks.agendas[k.agenda]
}

// key returns the normalised title and agenda item of node v.
func (ix *Index) key(v int32) seriesKey {
	return seriesKey{title: normalise(ix.t().info[v].Title), agenda: normalise(ix.t().info[v].Agenda)}
}

// seriesOf returns the series of node x (x alone when it has none).
func (ix *Index) seriesOf(x int32) bitset {
	members := newBitset(ix.Len())
	members.set(x)
	if !ix.eligible(x, ix.t().nodes[x].Body) {
		return members
	}
	key, queue := ix.key(x), []int32{x}
	if key == (seriesKey{}) {
		key, queue = ix.borrowKey(x)
		if key == (seriesKey{}) {
			return members
		}
		queue = append(queue, x)
	}
	keys := newKeySet(key)
	for _, v := range queue {
		members.set(v)
		keys.add(ix.key(v))
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, w := range slices.Concat(ix.t().out.Succ(v), ix.t().in.Succ(v)) {
			if members.has(w) || !ix.joins(v, w, keys) {
				continue
			}
			members.set(w)
			keys.add(ix.key(w))
			queue = append(queue, w)
		}
	}
	return members
}

// joins reports whether w, a neighbour of member v, belongs to the series.
func (ix *Index) joins(v, w int32, keys *keySet) bool {
	if !ix.eligible(w, ix.t().nodes[v].Body) {
		return false
	}
	if ix.key(w) != (seriesKey{}) {
		return ix.matches(w, keys)
	}
	return ix.key(v) != (seriesKey{}) && ix.listed(v, keys)[w]
}

// eligible reports whether node v is a resolution of the given body.
func (ix *Index) eligible(v int32, body parser.Body) bool {
	n := ix.t().nodes[v]
	return n.Kind == parser.KindResolution && n.Body == body && body != ""
}

// listed returns the resolutions of its own body that v recalls or
// reaffirms in its longest list of them: the paragraph (or footnote)
// citing the most, two at least, and no resolution whose title or agenda
// item differs from key; on a tie, every such list. A series recalls its
// predecessors in one long list ("Recalling its resolutions 53/70 of
// 4 December 1998, 54/49 …, 73/27 …"); shorter lists, and lists naming
// resolutions on other items, recall other things.
func (ix *Index) listed(v int32, keys *keySet) map[int32]bool {
	type place struct {
		source, loc string
		para        int
		footnote    string
	}
	groups := map[place]map[int32]bool{}
	ids := ix.t().out.edgeIDs(v)
	for k, w := range ix.t().out.Succ(v) {
		if !ix.eligible(w, ix.t().nodes[v].Body) {
			continue
		}
		for _, o := range ix.t().edges[ids[k]].Occurrences {
			if recalls(o) {
				p := place{o.Source, string(o.Location), o.Paragraph, o.Footnote}
				if groups[p] == nil {
					groups[p] = map[int32]bool{}
				}
				groups[p][w] = true
			}
		}
	}
	most := 2
	for p, g := range groups {
		for w := range g {
			if ix.key(w) != (seriesKey{}) && !ix.matches(w, keys) {
				delete(groups, p)
				break
			}
		}
		if groups[p] != nil {
			most = max(most, len(g))
		}
	}
	out := map[int32]bool{}
	for _, g := range groups {
		if len(g) == most {
			maps.Copy(out, g)
		}
	}
	return out
}

// recalls reports whether an occurrence recalls or reaffirms what it
// cites.
func recalls(o graph.Occurrence) bool {
	for _, w := range []string{o.Relation, o.Verb} {
		if strings.HasPrefix(w, "recall") || strings.HasPrefix(w, "reaffirm") {
			return true
		}
	}
	return false
}

// borrowKey finds the key of an untitled resolution x from the titled
// resolutions that list it among the predecessors they recall: the title
// most of them share (on a tie, the first in order). It returns the key
// and those resolutions, or a zero key.
func (ix *Index) borrowKey(x int32) (seriesKey, []int32) {
	votes := map[seriesKey][]int32{}
	for _, v := range ix.t().in.Succ(x) {
		if k := ix.key(v); k != (seriesKey{}) && ix.eligible(v, ix.t().nodes[x].Body) && ix.listed(v, newKeySet(k))[x] {
			votes[k] = append(votes[k], v)
		}
	}
	if len(votes) == 0 {
		return seriesKey{}, nil
	}
	keys := slices.SortedFunc(maps.Keys(votes), func(a, b seriesKey) int {
		return cmp.Or(-cmp.Compare(len(votes[a]), len(votes[b])), cmp.Compare(a.title, b.title), cmp.Compare(a.agenda, b.agenda))
	})
	return keys[0], votes[keys[0]]
}

// normalise reduces a title or agenda item to lower-case words separated
// by single spaces, so that punctuation and case do not matter.
func normalise(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(words, " ")
}

package parser

import (
	"fmt"
	"hash/fnv"
	"sort"
)

// versionBase is raised by hand whenever a change to the parser's code
// alters any output. A change to its word tables changes Version by
// itself.
const versionBase = "2.0.7"

// Version identifies the extraction rules: versionBase and a hash of every
// table of words and numbers the grammar reads by. Stores re-parse every
// document read by another version, so a store never keeps the citations
// of older rules.
var Version = versionBase + "+" + grammarHash()

// grammarHash hashes the parser's tables in a stable order.
func grammarHash() string {
	h := fnv.New64a()
	sets := []map[string]bool{modifiers, preambleWords, operativeVerbs, localVerbs, numberNouns, strongOpeners}
	for _, m := range sets {
		fmt.Fprintln(h, sortedKeys(m))
	}
	for _, k := range sortedKeys(phrases) {
		fmt.Fprintln(h, k, phrases[k])
	}
	for _, k := range sortedKeys(months) {
		fmt.Fprintln(h, k, months[k])
	}
	for _, k := range sortedKeys(openers) {
		fmt.Fprintln(h, k, openers[k])
	}
	fmt.Fprintln(h, organNames, decisionPhrases, qualifierWords, followingWords, listIntroducers, scLast, scYearStarts)
	for _, v := range vocabularies { // every row of every language
		fmt.Fprintf(h, "%v\n", *v)
	}
	return fmt.Sprintf("%08x", h.Sum64()>>32)
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

package query

import (
	"maps"
	"slices"
	"strings"
)

// param is the type of a function parameter.
type param int

const (
	pSet      param = iota // an expression
	pDepth                 // an optional number of generations, or depth=N
	pWords                 // one or more names, such as GA or resolution
	pText                  // one text, quoted if it has spaces
	pYears                 // a year, or a range of years
	pSessions              // a session, a range of sessions, or a named one (ES-10, S-26)
)

// funcSpec describes one function of the language.
type funcSpec struct {
	usage  string            // how it is called, for error messages
	params []param           // in order; pDepth is optional, pWords takes one or more
	via    bool              // whether it takes via= edge filters
	words  map[string]string // the names pWords accepts, lower case → canonical
	eval   func(ev *evaluator, c *Call) (*set, error)
}

// funcs holds the functions of the language by canonical name; aliases
// gives other names for some. Both are filled in init, since evaluation
// refers back to funcs.
var (
	funcs   map[string]*funcSpec
	aliases = map[string]string{"lineage": "ancestors", "citedby": "descendants", "cited_by": "descendants", "somepath": "path", "reduce": "spine"}
)

// bodyNames and kindNames are the values body() and kind() accept.
var (
	bodyNames = map[string]string{"ga": "GA", "sc": "SC", "ecosoc": "ECOSOC", "hrc": "HRC", "chr": "CHR", "tc": "TC", "other": "other"}
	kindNames = map[string]string{"resolution": "resolution", "decision": "decision", "statement": "statement", "document": "document"}
)

func init() {
	funcs = map[string]*funcSpec{
		"all":         {usage: "all", eval: (*evaluator).all},
		"incorpus":    {usage: "incorpus", eval: (*evaluator).inCorpus},
		"citedonly":   {usage: "citedonly", eval: (*evaluator).citedOnly},
		"body":        {usage: "body(GA, SC, …)", params: []param{pWords}, words: bodyNames, eval: (*evaluator).body},
		"kind":        {usage: "kind(resolution, decision, statement, document)", params: []param{pWords}, words: kindNames, eval: (*evaluator).kind},
		"year":        {usage: "year(1998), year(1990..1999), year(..1975), year(2000..)", params: []param{pYears}, eval: (*evaluator).year},
		"session":     {usage: "session(53), session(50..60), session(ES-10)", params: []param{pSessions}, eval: (*evaluator).session},
		"title":       {usage: `title("words")`, params: []param{pText}, eval: (*evaluator).title},
		"agenda":      {usage: `agenda("words")`, params: []param{pText}, eval: (*evaluator).agenda},
		"ancestors":   {usage: "ancestors(X [, depth] [, via=relation])", params: []param{pSet, pDepth}, via: true, eval: (*evaluator).ancestors},
		"descendants": {usage: "descendants(X [, depth] [, via=relation])", params: []param{pSet, pDepth}, via: true, eval: (*evaluator).descendants},
		"path":        {usage: "path(X, Y [, via=relation])", params: []param{pSet, pSet}, via: true, eval: (*evaluator).path},
		"allpaths":    {usage: "allpaths(X, Y [, via=relation])", params: []param{pSet, pSet}, via: true, eval: (*evaluator).allPaths},
		"spine":       {usage: "spine(X)", params: []param{pSet}, eval: (*evaluator).spine},
		"series":      {usage: "series(X)", params: []param{pSet}, eval: (*evaluator).series},
		"earliest":    {usage: "earliest(X)", params: []param{pSet}, eval: (*evaluator).earliest},
		"latest":      {usage: "latest(X)", params: []param{pSet}, eval: (*evaluator).latest},
	}
}

// lookupFunc returns the canonical name and description of a function.
func lookupFunc(name string) (string, *funcSpec) {
	if a, ok := aliases[name]; ok {
		name = a
	}
	return name, funcs[name]
}

// funcNames lists the functions, for error messages.
func funcNames() string {
	return strings.Join(slices.Sorted(maps.Keys(funcs)), ", ")
}

package check

import (
	"fmt"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/recital-un/recital/graph"
)

// checkDuplicates reports documents read from two or more files. A graph
// built here keeps the builder's diagnostics, which tell parts of one
// resolution from repeated readings; a compact store keeps none, so the
// files that cite from each document are compared instead, leaving out
// documents whose parts were adopted apart.
func (c *checker) checkDuplicates() {
	ds := c.g.Diagnostics()
	for _, d := range ds {
		if d.Code == graph.CodeDuplicate {
			c.found = append(c.found, Finding{Code: CodeDuplicate, Source: d.Source, Line: d.Span.Line, Col: d.Span.Col, Node: d.Node, Message: d.Message})
		}
	}
	if len(ds) > 0 {
		return
	}
	for id, files := range c.readings() {
		n := c.g.Node(id)
		if len(files) < 2 || len(n.Parts) > 0 || partFiles(files) || len(n.Languages) >= len(files) {
			// parts adopted apart, or one reading per language version
			continue
		}
		for _, f := range files {
			if f != n.Source {
				c.found = append(c.found, Finding{Code: CodeDuplicate, Source: f, Node: id,
					Message: fmt.Sprintf("%s was also read from %s, which describes the node (%d readings: %s)", id, n.Source, len(files), strings.Join(files, ", "))})
			}
		}
	}
}

// partSuffix matches the part letters at the end of a file name:
// A_RES_75_290_B, A_RES_74_250_A-B.
var partSuffix = regexp.MustCompile(`_[A-Z](?:-[A-Z])?$`)

// partFiles reports whether the files hold parts of one resolution: their
// names, without folder, extension and part letters, are the same, and
// some have part letters.
func partFiles(files []string) bool {
	stem, parts := "", false
	for _, f := range files {
		base := strings.TrimSuffix(path.Base(f), path.Ext(f))
		s := partSuffix.ReplaceAllString(base, "")
		parts = parts || s != base
		if stem != "" && s != stem {
			return false
		}
		stem = s
	}
	return parts
}

// readings returns, for each document read, the files its citations were
// read from, its own source first, then sorted.
func (c *checker) readings() map[string][]string {
	files := map[string]map[string]bool{}
	for _, e := range c.g.Edges() {
		for _, o := range e.Occurrences {
			if files[e.From] == nil {
				files[e.From] = map[string]bool{}
			}
			files[e.From][o.Source] = true
		}
	}
	out := map[string][]string{}
	for id, set := range files {
		n := c.g.Node(id)
		delete(set, n.Source)
		out[id] = append([]string{n.Source}, slices.Sorted(maps.Keys(set))...)
	}
	return out
}

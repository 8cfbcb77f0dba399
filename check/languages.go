package check

import "github.com/recital-un/recital/graph"

// CodeLanguages marks a document whose language versions disagree on what
// it cites: "the French text of A/RES/76/228 cites A/RES/74/28, the
// English text does not".
const CodeLanguages = "language-disagreement"

// checkLanguages reports the disagreements the graph builder found between
// the language versions of a document. A compact store keeps no builder
// diagnostics, so they are reported when check reads the files.
func (c *checker) checkLanguages() {
	for _, d := range c.g.Diagnostics() {
		if d.Code == graph.CodeLanguageDisagreement {
			c.found = append(c.found, Finding{Code: CodeLanguages, Source: d.Source, Line: d.Span.Line, Col: d.Span.Col, Node: d.Node, Message: d.Message})
		}
	}
}

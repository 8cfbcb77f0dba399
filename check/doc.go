// Package check finds what the documents of a citation graph say that
// contradicts what is known: dates written beside a citation that are not
// the cited document's adoption date, dates outside the session or year a
// symbol names, Security Council numbers cited with the wrong year,
// citations of documents adopted later than the citing one, and
// documents read twice.
//
// What is known comes from the official tables of package meta (their
// coverage is what Coverage says), from the documents' own texts, and
// from the numbering rules of the UN: a document only cited, whose date
// is what most citations say, is checked by the rules alone. Findings
// point at the citing text: file, line, column and the citation's text.
//
// The package reads a graph and returns findings; it prints nothing.
package check

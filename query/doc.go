// Package query evaluates lineage expressions over a citation graph: a
// small language for sets of documents and the citations among them, in
// the spirit of goda's package expressions, Bazel query and x/tools
// digraph. The language is described in Syntax, which 'recital help
// query' prints.
//
// Parse turns an expression into a syntax tree with positions; Eval runs
// it over an Index, the graph prepared once for many queries, and returns
// a Result: the documents, sorted by date then symbol, the citations kept
// among them, and notes on how ambiguous references were read. Errors are
// *Error values that point at the offending text with a caret.
//
// The package reads the graph and writes nothing: it does not load
// stores, print, or draw (see packages store, render and cmd).
package query

// Package graph turns the documents the parser read into a citation graph
// and answers lineage questions over it.
//
// A node is one canonical document (a resolution, a decision, a Security
// Council presidential statement or any other document symbol), whether its
// text is in the corpus or it is only cited. An edge runs from a citing
// document to a cited one and keeps every occurrence that supports it.
//
// Finding a citation is the parser's job; resolving it to a node is this
// package's. Whatever cannot be resolved cleanly (a document read twice, a
// reference that is not a UN symbol, a date that contradicts the node's, a
// citation of a later document) becomes a Diagnostic, never a crash or a
// guess.
//
// The corpus-wide graph is frozen after Build or New: its nodes and edges
// are kept sorted and its adjacency is computed once into an index, so that
// lineage, cited-by and path queries never rebuild it. The small subgraphs
// that are analysed and drawn are dominikbraun/graph graphs (see View).
//
// The package does not read files, store graphs or draw them: see packages
// store and render.
package graph

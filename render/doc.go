// Package render draws lineage diagrams: it writes a graph.View as DOT,
// with escaping, ordering and styles of its own, and decides how much of
// a large lineage can be drawn (Fit).
//
// Time runs one way in every diagram: one rank per year, older documents
// at the top, arrows from the citing document up to the cited one (an
// undated document is placed by its symbol where that tells the year or
// General Assembly session, else by its citations). Nodes
// are styled by kind and link to https://undocs.org/<symbol> (decisions,
// which have no document of their own, do not); edges are styled by the
// family of their relation. The same view always gives the same bytes.
//
// Turning DOT into SVG is the job of package render/svg, the one place
// that calls Graphviz; keeping it apart spares this package the cost of
// Graphviz's start-up.
package render

// Package render makes figures of the citation graph for papers: it
// chooses what a figure can hold (FromLineage, FromSet: the root, nearer
// generations first, then by a Keep policy, with the cut stated in the
// caption), lays it out on a page (Lineage, Timeline) and writes DOT.
//
// Two views. Lineage is a layered diagram with one row per year, older
// documents at the top and arrows from the citing document to the cited
// one; Graphviz's dot places the boxes and routes the edges (through a
// Layouter, so that this package does not pay Graphviz's start-up), and
// render draws everything itself: boxes sized from the metrics of the font
// they are set in, crowded years wrapped onto several rows, empty years
// collapsed with a break on the axis, a caption and a key of samples.
// Timeline needs no Graphviz: time across the page, a lane per body, a
// mark per document sized by the citations it receives, arcs for
// citations, labels on the most cited marks; it holds 2,000 documents on
// a page. Both are fitted to a Page with type never below MinText; a
// lineage that cannot be is refused with a *TooLargeError, and the caller
// chooses the timeline or a page of the figure's own size.
//
// Figures are canvas.Canvas values, written as SVG, PDF or PNG by package
// render/canvas; render/svg is the one place that calls Graphviz. Nodes
// link to https://undocs.org/<symbol> (decisions, which have no document
// of their own, do not) and carry a title and description for screen
// readers. The same figure always gives the same bytes.
package render

// Package export writes a citation graph, or the lineage of one document,
// in the formats researchers open it with: a JSON node-link file (which
// ReadJSON reads back), GraphML and GEXF for Gephi, yEd and networkx, CSV
// tables with a Cypher script for Neo4j, Mermaid and DOT, a Markdown
// notes vault for Obsidian or Logseq, BibTeX and CSL-JSON for Zotero and
// Pandoc, and an annotated HTML reading of one source document.
//
// Every format is a Format, chosen by name (Lookup); it writes a
// Subgraph (the whole graph, or a lineage and the citations among its
// documents) to an Output, which receives one file or a folder of files.
// Nodes are written in ID order and edges in (citing, cited) order, and
// nothing depends on the clock or on map order: the same subgraph always
// gives the same bytes, so exports kept in git diff cleanly.
//
// The graph keeps where each citation sits but not the text around it.
// The vault and the HTML reading quote the text when the source files the
// graph was built from can be read again (see Texts); otherwise the vault
// leaves the sentences out and the HTML reading cannot be made.
//
// # JSON schema
//
// The json format writes one object, indented, keys in this order:
//
//	{
//	  "format": "recital-graph",   // says what the file is
//	  "schema": 1,                 // raised on any incompatible change
//	  "directed": true,            // with "multigraph", "nodes" and "links", what D3 and
//	  "multigraph": false,         //   networkx's node_link_graph(data, edges="links") read
//	  "graph": {"description": "…", "root": "A/RES/62/10", "direction": "lineage", "depth": 0},
//	  "nodes": [{
//	    "id": "A/RES/60/45",        // canonical symbol, unique
//	    "kind": "resolution",       // resolution, decision, statement, document
//	    "body": "GA",               // GA, SC, ECOSOC, HRC, CHR, TC, other; absent when unknown
//	    "title": "…",               // absent when unknown
//	    "date": "2005-12-08",       // ISO adoption date; absent when unknown
//	    "parts": [{"part": "A", "date": "…"}], // lettered parts adopted apart, if any
//	    "in_corpus": true,          // whether the document's own text was read
//	    "source": "corpus/dev/A_RES_60_45.txt", "format": "text", // where it was read, if it was
//	    "link": "https://undocs.org/A/RES/60/45", // absent for decisions
//	    "generation": 1             // lineage exports only: steps from the root
//	  }],
//	  "links": [{
//	    "source": "A/RES/60/45",    // the citing document
//	    "target": "A/RES/59/61",    // the cited document
//	    "relations": ["recalling"], // distinct relations, in text order; [] for annex-only citations
//	    "occurrences": [{"source": "…", "relation": "recalling", "verb": "…", "location": "preamble",
//	      "paragraph": 1, "footnote": "…", "part": "…", "date": "2004-12-03", "text": "…",
//	      "span": {"start": 120, "end": 144, "line": 9, "col": 27}}]
//	  }],
//	  "diagnostics": [{"severity": "warning", "code": "…", "message": "…", "source": "…",
//	    "span": {…}, "node": "…"}]  // whole-graph exports only
//	}
//
// Nodes are sorted by id and links by source, then target; empty
// optional fields are left out. Node, occurrence and diagnostic fields are
// those of 'recital lineage --format json' and 'recital build
// --diagnostics'. "graph" and "generation" describe the export and are not
// read back; everything else is (ReadJSON), so any query can run on an
// export.
//
// The package does not choose what to export (package cmd does, from a
// reference and --depth), and it does not draw: package render does.
package export

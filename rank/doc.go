// Package rank orders the documents of a citation graph by how much they
// are cited: by in-degree (how many documents cite each) and by PageRank
// (how much the citing documents are cited in turn), and lists the
// documents that are cited but whose text was not read, most cited first:
// the reading list.
//
// Rankings are deterministic: ties are broken by the other measure, then
// by symbol. The package computes and returns values; it prints nothing.
package rank

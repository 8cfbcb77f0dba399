package parser

import "github.com/recital-un/recital/internal/docxtext"

// docxText derives the text of a Word file (see package docxtext): one
// paragraph per line, footnote numbers glued to the words they follow,
// the notes at the end as "N text".
func docxText(data []byte) (string, error) {
	return docxtext.Extract(data)
}

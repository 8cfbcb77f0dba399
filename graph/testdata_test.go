package graph

import "github.com/recital-un/recital/parser"

// doc builds a parsed document for tests.
func doc(source string, format parser.Format, symbol, adopted string, cites ...parser.Citation) *parser.Document {
	for i := range cites {
		cites[i].Span = parser.Span{Start: 10 * i, End: 10*i + 5, Line: i + 1, Col: 1}
	}
	return &parser.Document{Schema: parser.Schema, Source: source, Format: format, Symbol: symbol, Adopted: adopted,
		Body: parser.BodyGA, Title: "Title of " + symbol, Citations: cites}
}

// cite builds a citation for tests.
func cite(target, relation, date string) parser.Citation {
	return parser.Citation{Target: target, Relation: relation, Verb: relation, Location: parser.LocPreamble, Paragraph: 1, Date: date, Text: target, Body: parser.BodyGA}
}

// part sets the lettered part of a citation.
func part(c parser.Citation, p string) parser.Citation { c.Part = p; return c }

// seriesDocs is a small GA series in the shape of 60/45 and its
// predecessors: 60/45 recalls 58/32 and 59/61, 59/61 recalls 58/32 and
// 53/70, 58/32 recalls 53/70 (not in the corpus), and 60/45 takes note of
// a report.
func seriesDocs() []*parser.Document {
	return []*parser.Document{
		doc("A_RES_60_45.txt", parser.FormatText, "A/RES/60/45", "2005-12-08",
			cite("A/RES/59/61", "recalling", "2004-12-03"),
			cite("A/RES/58/32", "recalling", "2003-12-08"),
			cite("A/60/202", "taking note", ""),
			cite("A/RES/58/32", "requests", "")),
		doc("A_RES_59_61.txt", parser.FormatText, "A/RES/59/61", "2004-12-03",
			cite("A/RES/58/32", "recalling", "2003-12-08"),
			cite("A/RES/53/70", "recalling", "1998-12-04")),
		doc("A_RES_58_32.txt", parser.FormatText, "A/RES/58/32", "2003-12-08",
			cite("A/RES/53/70", "reaffirming", "1998-12-04")),
	}
}

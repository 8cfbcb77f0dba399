package parser

import "bytes"

// afterDeclaration returns what follows a markup declaration at the start
// of data ("<!DOCTYPE akomaNtoso>", or one with an internal subset in
// brackets, "<!DOCTYPE akomaNtoso [ <!ENTITY un "United Nations"> ]>"),
// or nil when it does not end. The brackets, quoted strings and comments
// are skipped whole: a '>' inside them does not end the declaration.
func afterDeclaration(data []byte) []byte {
	depth := 0
	for i := 2; i < len(data); i++ {
		if bytes.HasPrefix(data[i:], []byte("<!--")) {
			j := bytes.Index(data[i+4:], []byte("-->"))
			if j < 0 {
				return nil
			}
			i += 4 + j + 2
			continue
		}
		switch c := data[i]; c {
		case '"', '\'':
			j := bytes.IndexByte(data[i+1:], c)
			if j < 0 {
				return nil
			}
			i += j + 1
		case '[':
			depth++
		case ']':
			depth--
		case '>':
			if depth <= 0 {
				return data[i+1:]
			}
		}
	}
	return nil
}

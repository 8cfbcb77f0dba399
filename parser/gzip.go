package parser

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// This file holds what Parse needs to read the formats that are not text
// in themselves: how each is recognised from its first bytes, gzip
// unwrapping, and turning the text derived from a PDF, Word or HTML file
// into a Document.

// container says which reader a file needs, from its content.
type container int

const (
	containerText container = iota // plain text, Markdown or AKN XML: read as it is
	containerGzip                  // gzip-compressed: unwrap, then look again
	containerPDF                   // a PDF file
	containerZip                   // a ZIP archive: a Word file, or nothing Recital reads
	containerHTML                  // an HTML page
)

// sniff recognises a file's format from its first bytes. AKN XML, which
// may start like HTML, is left to the text path.
func sniff(data []byte) container {
	switch {
	case bytes.HasPrefix(data, []byte{0x1f, 0x8b}):
		return containerGzip
	case isPDF(data):
		return containerPDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) && isZip(data):
		return containerZip
	case !isAKN(data) && isHTML(data):
		return containerHTML
	}
	return containerText
}

// isZip reports whether data opens as a ZIP archive; a file that only
// starts like one is left to the text path, which calls it binary.
func isZip(data []byte) bool {
	_, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	return err == nil
}

// maxGzipDepth bounds how many gzip layers are unwrapped: a .gz inside a
// .gz is plausible, deeper nesting is not a document.
const maxGzipDepth = 2

// gunzip decompresses data, refusing output beyond MaxInput.
func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("corrupt gzip data: %v", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxInput+1))
	if err != nil {
		return nil, fmt.Errorf("corrupt gzip data: %v", err)
	}
	if len(out) > MaxInput {
		return nil, fmt.Errorf("decompresses to more than %d MiB; not a UN document", MaxInput>>20)
	}
	return out, nil
}

// parseGzip unwraps gzip layers and parses what they hold. The document's
// format is that of the content.
func parseGzip(source string, data []byte) (*Document, error) {
	for depth := 0; sniff(data) == containerGzip; depth++ {
		if depth == maxGzipDepth {
			return nil, &InputError{Source: source, Msg: "gzip nested too deep"}
		}
		var err error
		if data, err = gunzip(data); err != nil {
			return nil, &InputError{Source: source, Msg: err.Error()}
		}
	}
	return parse(source, data, true) // gunzip's own buffer
}

// parseBinary parses a PDF, Word or HTML file through the text derived
// from it, which the spans of the result point into.
func parseBinary(source string, kind container, data []byte) (*Document, error) {
	if len(data) > MaxInput {
		return nil, &InputError{Source: source, Msg: fmt.Sprintf("input is larger than %d MiB; not a UN document", MaxInput>>20)}
	}
	var (
		text   string
		diags  []Diagnostic
		err    error
		format Format
	)
	switch kind {
	case containerPDF:
		format = FormatPDF
		text, diags, err = pdfText(data)
	case containerZip:
		format = FormatDOCX
		text, err = docxText(data)
	case containerHTML:
		format = FormatHTML
		text, err = htmlText(data)
	default:
		return nil, &InputError{Source: source, Msg: "unknown format"}
	}
	if err != nil {
		return nil, asInputError(source, err)
	}
	if err := checkInput(source, []byte(text)); err != nil {
		var ie *InputError
		if errors.As(err, &ie) && len(bytes.TrimSpace([]byte(text))) == 0 {
			ie.Msg = fmt.Sprintf("no text found in the %s file", format)
		}
		return nil, err
	}
	doc := &Document{Schema: Schema, Source: source, Format: format, Parts: []string{}, Citations: []Citation{}, Diagnostics: []Diagnostic{}, Text: text}
	extract(doc, nil, nil)
	doc.Diagnostics = append(doc.Diagnostics, diags...)
	return doc, nil
}

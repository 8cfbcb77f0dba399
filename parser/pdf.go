package parser

import (
	"bytes"
	"fmt"

	"github.com/recital-un/recital/internal/pdftext"
)

// isPDF reports whether data is a PDF file.
func isPDF(data []byte) bool {
	return bytes.HasPrefix(data, []byte("%PDF-"))
}

// pdfText derives the text of a PDF (see package pdftext): page
// furniture dropped, paragraphs joined across line and page breaks, the
// notes of each page after a separator. Pages that cannot be read are
// skipped and reported as diagnostics; a panic in the PDF library becomes
// an error for this document alone.
func pdfText(data []byte) (text string, diags []Diagnostic, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, diags, err = "", nil, fmt.Errorf("malformed PDF: %v", r)
		}
	}()
	res, err := pdftext.Extract(data)
	if err != nil {
		return "", nil, err
	}
	for _, p := range res.BadPages {
		diags = append(diags, Diagnostic{Severity: SevWarning, Code: "pdf-page-unreadable",
			Message: fmt.Sprintf("page %d of %d could not be read and was left out: %s", p.Page, res.Pages, p.Err)})
	}
	return res.Text, diags, nil
}

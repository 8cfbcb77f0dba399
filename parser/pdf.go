package parser

import (
	"bytes"
	"fmt"
	"sync/atomic"

	"github.com/recital-un/recital/internal/pdftext"
)

// PDF is a format of untrusted, intricate binary input: a reader of it can
// be made to loop, recurse without end or allocate without bound by a
// file of a few hundred bytes, none of which a recover catches. Parse
// therefore derives a PDF's text through a PDFReader that a program may
// replace (SetPDFReader): the recital command runs ReadPDF in a child
// process under a memory and a time limit. Tests and library callers that
// set nothing read PDFs in their own process.

// PDFText is the text derived from a PDF and what could not be read of it.
type PDFText struct {
	Text        string
	Diagnostics []Diagnostic // pages left out, as warnings
}

// A PDFReader derives the text of the PDF file in data. Its error says
// why the file as a whole could not be read; Parse names the file in it.
type PDFReader func(data []byte) (PDFText, error)

// pdfReader is the reader Parse uses; nil means ReadPDF.
var pdfReader atomic.Pointer[PDFReader]

// SetPDFReader makes Parse derive the text of PDF files with r from now
// on, in every goroutine; nil restores ReadPDF.
func SetPDFReader(r PDFReader) {
	if r == nil {
		pdfReader.Store(nil)
		return
	}
	pdfReader.Store(&r)
}

// isPDF reports whether data is a PDF file.
func isPDF(data []byte) bool {
	return bytes.HasPrefix(data, []byte("%PDF-"))
}

// pdfText derives the text of a PDF with the reader set by SetPDFReader,
// or ReadPDF.
func pdfText(data []byte) (string, []Diagnostic, error) {
	read := ReadPDF
	if r := pdfReader.Load(); r != nil {
		read = *r
	}
	res, err := read(data)
	return res.Text, res.Diagnostics, err
}

// ReadPDF derives the text of a PDF in this process (see package
// pdftext): page furniture dropped, paragraphs joined across line and
// page breaks, the notes of each page after a separator. Pages that
// cannot be read are skipped and reported as diagnostics; a panic in the
// PDF library becomes the error. It is only as safe as that library: a
// hostile file can still hang it or exhaust memory, so run it where a
// limit can stop it.
func ReadPDF(data []byte) (res PDFText, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = PDFText{}, fmt.Errorf("malformed PDF: %v", r)
		}
	}()
	out, err := pdftext.Extract(data)
	if err != nil {
		return PDFText{}, err
	}
	res.Text = out.Text
	for _, p := range out.BadPages {
		res.Diagnostics = append(res.Diagnostics, Diagnostic{Severity: SevWarning, Code: "pdf-page-unreadable",
			Message: fmt.Sprintf("page %d of %d could not be read and was left out: %s", p.Page, out.Pages, p.Err)})
	}
	return res, nil
}

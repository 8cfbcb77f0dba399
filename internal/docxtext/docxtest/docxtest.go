// Package docxtest builds small Word files for tests of the readers that
// take them apart (internal/docxtext and the parser's .docx input).
package docxtest

import (
	"archive/zip"
	"bytes"
	"testing"
)

// XMLHeader opens a WordprocessingML part.
const XMLHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Make zips parts (name → content) into a Word file.
func Make(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Doc wraps paragraphs in a document part.
func Doc(body string) string {
	return XMLHeader + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `</w:body></w:document>`
}

// Run is a run of text.
func Run(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }

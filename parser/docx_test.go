package parser

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// wordNS opens a WordprocessingML part.
const wordNS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// makeDocx zips parts into a Word file.
func makeDocx(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wordDoc wraps paragraphs in a document part.
func wordDoc(body string) string {
	return wordNS + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `</w:body></w:document>`
}

// run is a run of text.
func run(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }

func TestDocxErrors(t *testing.T) {
	big := wordDoc(`<w:p>` + run(strings.Repeat("x", MaxInput+10)) + `</w:p>`)
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"not a Word file", makeDocx(t, map[string]string{"hello.txt": "hi"}), "a ZIP archive that is not a Word document"},
		{"corrupt archive", []byte("PK\x03\x04\x00\x00 and then nothing"), "x.docx:1:5: binary input"},
		{"malformed XML", makeDocx(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), "word/document.xml: XML syntax error"},
		{"a ZIP bomb is refused", makeDocx(t, map[string]string{"word/document.xml": big}), "decompresses to more than 64 MiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.docx", tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "x.docx:") {
				t.Errorf("err = %v, want x.docx:…%s…", err, tc.want)
			}
		})
	}
}

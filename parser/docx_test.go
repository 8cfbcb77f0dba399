package parser

import (
	"strings"
	"testing"

	"github.com/recital-un/recital/internal/docxtext/docxtest"
)

func TestDocxErrors(t *testing.T) {
	big := docxtest.Doc(`<w:p>` + docxtest.Run(strings.Repeat("x", MaxInput+10)) + `</w:p>`)
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"not a Word file", docxtest.Make(t, map[string]string{"hello.txt": "hi"}), "a ZIP archive that is not a Word document"},
		{"corrupt archive", []byte("PK\x03\x04\x00\x00 and then nothing"), "x.docx:1:5: binary input"},
		{"malformed XML", docxtest.Make(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), "word/document.xml: XML syntax error"},
		{"a ZIP bomb is refused", docxtest.Make(t, map[string]string{"word/document.xml": big}), "decompresses to more than 64 MiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.docx", tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "x.docx:") {
				t.Errorf("err = %v, want x.docx:…%s…", err, tc.want)
			}
		})
	}
}

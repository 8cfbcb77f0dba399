package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/recital-un/recital/internal/docxtext/docxtest"
)

// addShared adds the files matching pattern under ../shared as seeds,
// read at run time (no UN text is copied into the repository); none when
// ../shared is absent.
func addShared(f *testing.F, pattern string, maxSize int) {
	files, _ := filepath.Glob(filepath.Join(shared, pattern))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil && len(data) <= maxSize {
			f.Add(data)
		}
	}
}

// within runs read and fails the test if it takes longer than d: a
// reader that loops for ever on some input is a crasher too.
func within(t *testing.T, d time.Duration, what string, n int, read func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		read()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s did not finish in %s on %d bytes", what, d, n)
	}
}

// FuzzDOCX feeds Word files, seeded from the official ones of the shared
// corpus and from small generated ones, to the Word reader: it must end
// in text or an error, never panic or hang, and keep within MaxInput.
func FuzzDOCX(f *testing.F) {
	f.Add(docxtest.Make(f, map[string]string{
		"word/document.xml":  docxtest.Doc(`<w:p>` + docxtest.Run("Recalling its resolution 60/45,") + `<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`),
		"word/footnotes.xml": docxtest.XMLHeader + `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p>` + docxtest.Run("A/60/452.") + `</w:p></w:footnote></w:footnotes>`,
	}))
	addShared(f, "corpus/dev/docx/*.docx", 1<<20)
	f.Fuzz(func(t *testing.T, data []byte) {
		within(t, 10*time.Second, "the Word reader", len(data), func() {
			text, err := docxText(data)
			if err == nil && len(text) > MaxInput {
				t.Errorf("%d bytes of text from %d bytes of Word", len(text), len(data))
			}
		})
	})
}

// FuzzHTML feeds HTML pages to the HTML reader: text or an error, never a
// panic or a hang.
func FuzzHTML(f *testing.F) {
	f.Add([]byte(pageFromText(resolutionText)))
	f.Add([]byte(`<!DOCTYPE html><html><head><meta charset="windows-1252"><script>x</script></head><body><p>Recalling 60/45<sup><a href="#f1">1</a></sup></p><div id="f1"><sup>1</sup> A/60/452.</div></body></html>`))
	f.Add([]byte(strings.Repeat("<div>", 10000) + "60/45" + strings.Repeat("</div>", 10000)))
	f.Fuzz(func(t *testing.T, data []byte) {
		within(t, 10*time.Second, "the HTML reader", len(data), func() {
			htmlText(data)
		})
	})
}

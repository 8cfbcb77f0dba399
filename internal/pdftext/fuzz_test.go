package pdftext

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/recital-un/recital/internal/pdftext/pdftest"
)

// FuzzExtract feeds PDFs to Extract in this process, seeded from the
// official UN PDFs of ../shared (read at run time; they use
// cross-reference and object streams) and from generated files with a
// classic table and with a cross-reference stream. Every input must end
// in text or an error within 10 s: a panic, a hang, or a worker killed
// for memory is a crasher.
//
// The hostile files of package pdftest (PrevLoop, ObjStmSelf, XrefStart…)
// are no seeds here: they still hang or exhaust github.com/ledongthuc/pdf,
// which is why recital reads PDFs in a child process under limits; their
// regression tests are in package isolate. A crasher found here becomes a
// row there, or a fix here when the fault is Recital's.
func FuzzExtract(f *testing.F) {
	f.Add(pdftest.New(pdftest.Page{Texts: pdftest.Lines(700, "The General Assembly,", "Recalling its resolution 60/45 of 8 December 2005,1")}))
	f.Add(pdftest.XrefStreamSize(0))
	files, _ := filepath.Glob("../../../shared/corpus/dev/pdf/*.pdf")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil && len(data) < 1<<20 {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			Extract(data)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Extract did not finish in 10 s on %d bytes", len(data))
		}
	})
}

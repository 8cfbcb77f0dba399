package parser

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzParse feeds arbitrary bytes to Parse, seeded from the corpus: it must
// never panic, and every citation's span must hold its text.
func FuzzParse(f *testing.F) {
	f.Add([]byte("The General Assembly,\nRecalling its resolution 60/45 of 8 December 2005,1\n\n1 A/60/452 and Corr.1."))
	f.Add([]byte("<akomaNtoso><statement/></akomaNtoso>"))
	f.Add([]byte("resolutions 82 (1950) and 83 (1950) of 25\nand 27 June 1950 decision VII/1112 71/20510"))
	for _, pattern := range []string{"corpus/dev/*.txt", "seeds/*.txt", "corpus/dev/xml/74_24*.xml"} {
		files, _ := filepath.Glob(filepath.Join(shared, pattern))
		for i, name := range files {
			if i%8 != 0 {
				continue
			}
			if data, err := os.ReadFile(name); err == nil && len(data) < 64<<10 {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		type result struct {
			d   *Document
			err error
		}
		done := make(chan result, 1)
		go func() {
			d, err := Parse("fuzz", data)
			done <- result{d, err}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Parse did not finish in 5 s on %d bytes", len(data))
		}
		d, err := r.d, r.err
		if err != nil {
			return
		}
		for _, c := range d.Citations {
			if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End || d.Text[c.Span.Start:c.Span.End] != c.Text {
				t.Fatalf("span %+v does not hold %q", c.Span, c.Text)
			}
		}
	})
}

// BenchmarkExtract measures extraction over the dev texts, in process.
func BenchmarkExtract(b *testing.B) {
	needShared(b)
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "dev", "*.txt"))
	var docs [][]byte
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
		total += len(data)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := Parse("bench", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

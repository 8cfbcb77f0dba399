package svg

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
)

// checkSVG checks that out is well-formed XML with an <svg> root.
func checkSVG(t *testing.T, out []byte) {
	t.Helper()
	if !bytes.Contains(out, []byte("<svg")) {
		t.Fatalf("no <svg element in output:\n%.300s", out)
	}
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = false // Graphviz emits a DOCTYPE with an external DTD
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("output is not well-formed XML: %v", err)
		}
	}
}

func TestRenderSmall(t *testing.T) {
	dot, err := os.ReadFile("../testdata/small.dot")
	if err != nil {
		t.Fatal(err)
	}
	out, err := Render(dot, "svg")
	if err != nil {
		t.Fatal(err)
	}
	checkSVG(t, out)
	s := string(out)
	for _, want := range []string{`https://undocs.org/A/RES/60/45`, `https://undocs.org/S/PRST/2005/1`, `A/RES/59/61`, `&quot;international&quot;`} {
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	if strings.Contains(s, "undocs.org/A/DEC/") {
		t.Error("SVG links a decision to undocs.org")
	}
}

func TestRenderRejectsOtherFormats(t *testing.T) {
	for _, f := range []string{"pdf", "png", "dot", ""} {
		if _, err := Render([]byte("digraph{a->b}"), f); err == nil || !strings.Contains(err.Error(), "not supported") {
			t.Errorf("Render(%q) error = %v, want 'not supported'", f, err)
		}
	}
	// The renderer still works after refusing.
	out, err := Render([]byte("digraph{a->b}"), "svg")
	if err != nil {
		t.Fatal(err)
	}
	checkSVG(t, out)
}

func TestRenderConcurrent(t *testing.T) {
	dot := []byte(`digraph { "A/RES/1/1" -> "A/RES/1/2" -> "A/RES/1/3" }`)
	var wg sync.WaitGroup
	errs := make([]error, 8)
	outs := make([][]byte, 8)
	for i := range 8 {
		wg.Go(func() { outs[i], errs[i] = Render(dot, "svg") })
	}
	wg.Wait()
	for i := range 8 {
		if errs[i] != nil {
			t.Fatalf("render %d: %v", i, errs[i])
		}
		if !bytes.Equal(outs[i], outs[0]) {
			t.Errorf("render %d differs from render 0", i)
		}
	}
}

func TestRenderBadDOT(t *testing.T) {
	if _, err := Render([]byte("digraph { a -> "), "svg"); err == nil {
		t.Error("no error for malformed DOT")
	}
	if _, err := Render([]byte("digraph{a->b}"), "svg"); err != nil {
		t.Errorf("render after a malformed DOT: %v", err)
	}
}

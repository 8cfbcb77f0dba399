package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

// htmlPage is what TestHTML reads from an annotated page.
type htmlPage struct {
	text  strings.Builder   // the text of <pre>, without the extra links
	links map[string]string // href → link text, for every citation
	ids   map[string]bool   // element IDs
	title string            // the <p class="title">
}

// readHTML reads the page as XML (it is written well-formed).
func readHTML(t *testing.T, data []byte) *htmlPage {
	t.Helper()
	p := &htmlPage{links: map[string]string{}, ids: map[string]bool{}}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []xml.StartElement
	href := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the page is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tok)
			if id := attr(tok, "id"); id != "" {
				p.ids[id] = true
			}
			if tok.Name.Local == "a" && strings.Contains(attr(tok, "class"), "cite") {
				href = attr(tok, "href")
				p.links[href] += ""
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if tok.Name.Local == "a" {
				href = ""
			}
		case xml.CharData:
			if href != "" {
				p.links[href] += string(tok)
			}
			if within(stack, "pre") && !within(stack, "sup") {
				p.text.Write(tok)
			}
			if len(stack) > 0 && attr(stack[len(stack)-1], "class") == "title" {
				p.title += string(tok)
			}
		}
	}
	return p
}

// attr returns an attribute of an element.
func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// within reports whether an element of that name is open.
func within(stack []xml.StartElement, name string) bool {
	for _, e := range stack {
		if e.Name.Local == name {
			return true
		}
	}
	return false
}

// TestHTML annotates 70/5 and checks that the page holds its text,
// unchanged and escaped, and that every citation links to its document's
// entry on the page.
func TestHTML(t *testing.T) {
	g, texts := textGraph(t)
	s := lineageOf(t, g, "A/RES/70/5", graph.Ancestors)
	s.Texts = texts
	data := single(t, write(t, "html", s))
	if bytes.Contains(data, []byte("<other>")) {
		t.Error("the title's markup reached the page unescaped")
	}
	p := readHTML(t, data)
	raw, err := os.ReadFile("testdata/docs/A_RES_70_5.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse("A_RES_70_5.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if p.text.String() != doc.Text {
		t.Errorf("the page's text differs from the document's:\n%s", firstDiff(p.text.String(), doc.Text))
	}
	if want := `Cooperation on "safe" matters & <other> things`; p.title != want {
		t.Errorf("title %q, want %q", p.title, want)
	}
	for _, c := range doc.Citations {
		href := "#doc-" + FileName(c.Target)
		if _, ok := p.links[href]; !ok {
			t.Errorf("%s (%q) is not linked", c.Target, c.Text)
		}
	}
	for href := range p.links {
		if id, ok := strings.CutPrefix(href, "#"); ok && !p.ids[id] {
			t.Errorf("link %s leads to no element", href)
		}
	}
	if got := p.links["#doc-A_C.6_56_SR.11"]; got != "A/C.6/56/SR.11–13" {
		t.Errorf("the range links %q to its first document", got)
	}
	if got := p.links["#doc-A_C.6_56_SR.12"]; got != "+A/C.6/56/SR.12" {
		t.Errorf("the range's second document has the link %q", got)
	}
}

// TestHTMLCluster checks overlapping citations: each stretch of text
// links to the narrowest citation over it, a cited symbol outside the
// export links to undocs.org, and a reference that names no document is
// marked without a link.
func TestHTMLCluster(t *testing.T) {
	text := "see S/5162 and Add.1 and CND resolution 61/2 now"
	g, err := graph.New([]*graph.Node{{ID: "S/5162", Kind: parser.KindDocument}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := &page{s: Whole(g), doc: &parser.Document{Text: text, Citations: []parser.Citation{
		{Target: "S/5162", Span: parser.Span{Start: 4, End: 10}},
		{Target: "S/5162/Add.1", Relation: "noting", Span: parser.Span{Start: 4, End: 20}},
		{Target: "CND resolution 61/2", Span: parser.Span{Start: 25, End: 44}},
	}}, ids: map[string]string{"S/5162": "S_5162"}}
	var b bytes.Buffer
	p.writeText(&errWriter{w: &b})
	want := `see <a class="cite" href="#doc-S_5162" title="S/5162">S/5162</a>` +
		`<a class="cite" href="https://undocs.org/S/5162/Add.1" title="S/5162/Add.1 (noting)"> and Add.1</a> and ` +
		`<span class="cite unresolved" title="CND resolution 61/2: names no UN document symbol">CND resolution 61/2</span> now`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestHTMLErrors(t *testing.T) {
	g, texts := textGraph(t)
	tests := []struct {
		name  string
		s     *Subgraph
		texts *Texts
		want  string
	}{
		{"no root", Whole(g), texts, ErrNoRoot.Error()},
		{"not in the corpus", lineageOf(t, g, "A/RES/60/20", graph.Ancestors), texts, "A/RES/60/20 has no text to annotate"},
		{"no texts", lineageOf(t, g, "A/RES/70/5", graph.Ancestors), nil, "source texts are not at hand"},
		{"file missing", lineageOf(t, g, "A/RES/70/5", graph.Ancestors), NewTexts(func(string) ([]byte, error) { return nil, os.ErrNotExist }), "file does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.s.Texts = tt.texts
			f, _ := Lookup("html")
			var m Memory
			err := f.Write(&m, tt.s)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
			if tt.name == "no root" && !errors.Is(err, ErrNoRoot) {
				t.Errorf("error %v is not ErrNoRoot", err)
			}
		})
	}
}

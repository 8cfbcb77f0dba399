package parser

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestHTMLText(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
	}{
		{"paragraphs", "<html><head><title>x</title><style>p{}</style></head><body><p>The General\n  Assembly,</p><p>Recalling its resolution 60/45,</p></body></html>",
			"The General Assembly,\n\nRecalling its resolution 60/45,\n"},
		{"entities and no-break spaces", "<p>resolution&nbsp;1514&#160;(XV) of 14&nbsp;December 1960 &amp; A/RES/60/45</p>",
			"resolution\u00a01514\u00a0(XV) of 14\u00a0December 1960 & A/RES/60/45\n"},
		{"inline markup does not split words", "<p><i>Recalling</i> its resolu<b>tion</b> 60/45,</p>",
			"Recalling its resolution 60/45,\n"},
		{"line breaks keep lines together", "<div>Resolution adopted by the General Assembly<br>on 8 December 2005</div>",
			"Resolution adopted by the General Assembly\non 8 December 2005\n"},
		{"a marker in sup runs into the word", "<p>the 2030 Agenda <sup>1</sup> and</p>",
			"the 2030 Agenda1 and\n"},
		{"a note link", `<p>the Agenda,<a href="#_ftn1" name="_ftnref1">[1]</a> and</p><p><a href="#_ftnref1" name="_ftn1">[1]</a> Resolution 70/1.</p>`,
			"the Agenda,1 and\n\n1 Resolution 70/1.\n"},
		{"a note labelled in sup", "<div class=notes><p><sup>2</sup>A/70/684.</p></div>",
			"2 A/70/684.\n"},
		{"other superscripts are text", "<p>the 1<sup>st</sup> meeting</p>",
			"the 1st meeting\n"},
		{"scripts, nav and tables", "<script>var a = '<p>no</p>';</script><table><tr><td>A/RES/1/1</td><td>Title</td></tr></table>",
			"A/RES/1/1\n\nTitle\n"},
		{"pre keeps white space", "<pre>1.  Decides\n2.  Requests</pre>",
			"1.  Decides\n2.  Requests\n"},
		{"Windows-1252", "<p>\x93quoted\x94 text</p>", "“quoted” text\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := htmlText([]byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestSniffHTML(t *testing.T) {
	for page, want := range map[string]bool{
		"<!DOCTYPE html><html>":        true,
		"\xef\xbb\xbf  <html lang=en>": true,
		"<p>Recalling</p>":             true,
		"Recalling <p> in text":        false,
		`<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><p>`: false,
	} {
		if got := sniff([]byte(page)) == containerHTML; got != want {
			t.Errorf("sniff(%q) is HTML: %v, want %v", page, got, want)
		}
	}
}

// pageFromText builds an HTML page from a text rendering: each block of
// lines becomes a paragraph, its lines broken by <br>, and a note at the
// end ("1 text") gets its label in <sup>.
func pageFromText(text string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>UN document</title></head><body>\n<div id=\"content\">\n")
	for _, block := range strings.Split(text, "\n\n") {
		lines := strings.Split(strings.Trim(block, "\n"), "\n")
		for i, l := range lines {
			lines[i] = html.EscapeString(l)
			if n, rest, ok := strings.Cut(l, " "); ok && len(n) <= 3 && allDigits(n) && len(lines) == 1 {
				lines[i] = fmt.Sprintf("<sup>%s</sup> %s", n, html.EscapeString(rest))
			}
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", strings.Join(lines, "<br>\n"))
	}
	b.WriteString("</div></body></html>\n")
	return b.String()
}

// TestHTMLAgreesWithText builds an HTML page from every plain-text
// rendering of the dev corpus and checks that it gives the same targets
// and relations as the text.
func TestHTMLAgreesWithText(t *testing.T) {
	needShared(t)
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "dev", "*.txt"))
	same := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Parse(filepath.Base(f), data)
		if err != nil || want.Format != FormatText {
			continue
		}
		got, err := Parse(filepath.Base(f), []byte(pageFromText(string(data))))
		if err != nil {
			t.Errorf("%s as HTML: %v", filepath.Base(f), err)
			continue
		}
		if got.Format != FormatHTML {
			t.Errorf("%s as HTML: format %s", filepath.Base(f), got.Format)
		}
		if g, w := pairSet(got), pairSet(want); g != w {
			t.Errorf("%s as HTML gives\n  %s\nas text\n  %s", filepath.Base(f), g, w)
			continue
		}
		same++
	}
	t.Logf("%d text renderings give the same targets and relations as HTML pages", same)
}

// pairSet lists the distinct target–relation pairs of a document.
func pairSet(d *Document) string {
	seen := map[string]bool{}
	for _, c := range d.Citations {
		seen[c.Target+" "+c.Relation] = true
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

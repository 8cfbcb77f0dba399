package pdftext

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/recital-un/recital/internal/pdftext/pdftest"
)

// extract returns the text of a PDF built from pages, or fails the test.
func extract(t *testing.T, pages ...pdftest.Page) string {
	t.Helper()
	res, err := Extract(pdftest.New(pages...))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.BadPages) > 0 {
		t.Fatalf("bad pages: %v", res.BadPages)
	}
	return res.Text
}

// body returns a page holding texts.
func body(texts ...[]pdftest.Text) pdftest.Page {
	var all []pdftest.Text
	for _, t := range texts {
		all = append(all, t...)
	}
	return pdftest.Page{Texts: all}
}

func TestExtract(t *testing.T) {
	lines := pdftest.Lines
	sup := func(x, y float64, s string) []pdftest.Text { return []pdftest.Text{{X: x, Y: y + 4, Size: 6, S: s}} }
	for _, tc := range []struct {
		name  string
		pages []pdftest.Page
		want  string
	}{
		{"one line", []pdftest.Page{body(lines(700, "The General Assembly,"))},
			"The General Assembly,\n"},
		{"lines of a paragraph are joined, a wider gap starts the next",
			[]pdftest.Page{body(lines(700, "Recalling its resolution 60/45", "of 8 December 2005,"), lines(670, "1. Decides to remain seized."))},
			"Recalling its resolution 60/45 of 8 December 2005,\n\n1. Decides to remain seized.\n"},
		{"a hyphen at a line end is kept, without a space",
			[]pdftest.Page{body(lines(700, "the high-", "level meeting and A/79/552-", "S/2024/767 of 2 Decem-", "ber 2024"))},
			"the high-level meeting and A/79/552-S/2024/767 of 2 December 2024\n"},
		{"a symbol broken after a slash is joined",
			[]pdftest.Page{body(lines(700, "see A/RES/", "73/3"))},
			"see A/RES/73/3\n"},
		{"a superscript marker runs into the word before it",
			[]pdftest.Page{body(lines(700, "the 2030 Agenda, including"), sup(72+15*5, 700, "1"))},
			"the 2030 Agenda,1 including\n"},
		{"notes after the separator, labelled",
			[]pdftest.Page{body(lines(700, "Recalling the Agenda,"), sup(72+20*5, 700, "1"),
				[]pdftest.Text{{X: 72, Y: 120, Size: 8, S: "__________________"}},
				sup(72, 105, "1"), []pdftest.Text{{X: 78, Y: 105, Size: 8, S: "Resolution 70/1."}})},
			"Recalling the Agenda,1\n\n__________________\n\n1 Resolution 70/1.\n"},
		{"running heads, page numbers and job numbers are dropped",
			[]pdftest.Page{
				body(lines(700, "Resolution adopted by the General Assembly,"), []pdftest.Text{{X: 72, Y: 40, S: "18-16895 (E)"}}),
				body([]pdftest.Text{{X: 72, Y: 750, Size: 8, S: "A/RES/73/3"}}, lines(700, "Recalling its resolution 72/1,"), []pdftest.Text{{X: 72, Y: 40, Size: 8, S: "2/3"}}),
				body([]pdftest.Text{{X: 72, Y: 750, Size: 8, S: "A/RES/73/3"}}, lines(700, "1. Decides."), []pdftest.Text{{X: 72, Y: 40, Size: 8, S: "3/3"}}),
			},
			"Resolution adopted by the General Assembly,\n\nRecalling its resolution 72/1,\n\n1. Decides.\n"},
		{"a paragraph cut by the page foot continues on the next page",
			[]pdftest.Page{
				body(lines(700, "Recalling its resolutions 60/45 and"), sup(72+35*5, 700, "1"),
					[]pdftest.Text{{X: 72, Y: 120, Size: 8, S: "__________________"}},
					sup(72, 105, "1"), []pdftest.Text{{X: 78, Y: 105, Size: 8, S: "See A/60/452."}}),
				body(lines(700, "61/54,", "", "1. Decides.")),
			},
			"Recalling its resolutions 60/45 and1 61/54,\n\n__________________\n\n1 See A/60/452.\n\n1. Decides.\n"},
		{"a word space drawn by kerning",
			[]pdftest.Page{{Ops: "BT /F1 10 Tf 1 0 0 1 72 700 Tm [(resolution)-600(60/45)] TJ ET\n"}},
			"resolution 60/45\n"},
		{"two columns are read one after the other",
			[]pdftest.Page{body(
				[]pdftest.Text{{X: 72, Y: 700, S: "Left one"}, {X: 340, Y: 700, S: "Right one"}},
				[]pdftest.Text{{X: 72, Y: 688, S: "left two."}, {X: 340, Y: 688, S: "right two."}},
				[]pdftest.Text{{X: 72, Y: 676, S: "Left three"}, {X: 340, Y: 676, S: "Right three"}},
				[]pdftest.Text{{X: 72, Y: 664, S: "left four."}, {X: 340, Y: 664, S: "right four."}},
				[]pdftest.Text{{X: 72, Y: 652, S: "Left five"}, {X: 340, Y: 652, S: "Right five"}},
			)},
			"Left one left two. Left three left four. Left five\n\nRight one right two. Right three right four. Right five\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := extract(t, tc.pages...); got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"not a PDF", []byte("%PDF-1.4\nnonsense"), "unreadable PDF"},
		{"truncated", pdftest.New(body(pdftest.Lines(700, "text")))[:200], "unreadable PDF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
	if _, err := Extract(pdftest.New(pdftest.Page{Ops: "0 0 m 100 0 l S\n"})); !errors.Is(err, ErrNoText) {
		t.Errorf("a page without text: err = %v, want ErrNoText", err)
	}
}

// TestCircularFile checks that a page tree that contains itself and a
// page that is its own parent end, with the text of the real page.
func TestCircularFile(t *testing.T) {
	content := "BT /F1 10 Tf 1 0 0 1 72 700 Tm (Only page.) Tj ET"
	data := pdftest.Raw([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>",
		"<< /Type /Page /Parent 3 0 R /Contents 4 0 R >>",
		"<< /Length " + fmt.Sprint(len(content)) + " >>\nstream\n" + content + "\nendstream",
		"<< /Type /Page /Parent 2 0 R >>",
	}, 1)
	done := make(chan error, 1)
	go func() {
		_, err := Extract(data)
		done <- err
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Extract did not return")
	}
}

// TestMalformedContent checks that content the PDF library chokes on
// costs the page, not the process.
func TestMalformedContent(t *testing.T) {
	data := pdftest.New(body(pdftest.Lines(700, "Good page.")), pdftest.Page{Ops: "BT /F1 10 Tf 1 0 0 1 72 700 Tm (unclosed Tj ET\n"})
	res, err := Extract(data)
	if err != nil {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(res.Text, "Good page.") {
		t.Errorf("text = %q", res.Text)
	}
}

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("../../../shared/corpus/dev/pdf/A_RES_73_6-EN.pdf")
	if err != nil {
		b.Skip("../shared not found beside the checkout: the benchmark reads a corpus PDF")
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Extract(data); err != nil {
			b.Fatal(err)
		}
	}
}

package parser

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/recital-un/recital/internal/docxtext/docxtest"

	"github.com/recital-un/recital/internal/pdftext/pdftest"
)

// gz compresses data.
func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// resolutionText is a small resolution in the layout of the text renderings.
const resolutionText = "Resolution adopted by the General Assembly on 8 December 2005\n\n60/45. Developments in the field of information\n\nThe General Assembly,\n\nRecalling its resolution 53/70 of 4 December 1998,\n\n1. Takes note of the report;1\n\n1 A/60/452.\n"

// resolutionPDF is the same resolution as a PDF, its note at the page foot.
func resolutionPDF() []byte {
	lines := pdftest.Lines
	texts := append(lines(700, "Resolution adopted by the General Assembly on 8 December 2005"),
		lines(670, "60/45. Developments in the field of information")...)
	texts = append(texts, lines(640, "The General Assembly,")...)
	texts = append(texts, lines(610, "Recalling its resolution 53/70 of 4 December 1998,")...)
	texts = append(texts, lines(580, "1. Takes note of the report;")...)
	texts = append(texts, pdftest.Text{X: 72 + 28*5, Y: 584, Size: 6, S: "1"},
		pdftest.Text{X: 72, Y: 120, Size: 8, S: "__________________"},
		pdftest.Text{X: 72, Y: 109, Size: 6, S: "1"}, pdftest.Text{X: 78, Y: 105, Size: 8, S: "A/60/452."})
	return pdftest.New(pdftest.Page{Texts: texts})
}

// citedPairs lists a document's citations as "target relation location".
func citedPairs(d *Document) string {
	var out []string
	for _, c := range d.Citations {
		out = append(out, c.Target+" "+c.Relation+" "+string(c.Location))
	}
	return strings.Join(out, "; ")
}

func TestParseFormats(t *testing.T) {
	docx := docxtest.Make(t, map[string]string{
		"word/document.xml": docxtest.Doc(`<w:p>` + docxtest.Run("Resolution adopted by the General Assembly on 8 December 2005") + `</w:p><w:p>` +
			docxtest.Run("60/45.") + `<w:r><w:tab/></w:r>` + docxtest.Run("Developments in the field of information") + `</w:p><w:p>` + docxtest.Run("The General Assembly,") +
			`</w:p><w:p>` + docxtest.Run("Recalling its resolution 53/70 of 4 December 1998,") + `</w:p><w:p>` + docxtest.Run("1. Takes note of the report;") +
			`<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`),
		"word/footnotes.xml": docxtest.XMLHeader + `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p>` + docxtest.Run("A/60/452.") + `</w:p></w:footnote></w:footnotes>`,
	})
	page := pageFromText(resolutionText)
	want := "A/RES/53/70 recalling preamble; A/60/452 takes note footnote"
	for _, tc := range []struct {
		name   string
		data   []byte
		format Format
	}{
		{"text", []byte(resolutionText), FormatText},
		{"PDF", resolutionPDF(), FormatPDF},
		{"Word", docx, FormatDOCX},
		{"HTML", []byte(page), FormatHTML},
		{"gzip text", gz(t, []byte(resolutionText)), FormatText},
		{"gzip PDF", gz(t, resolutionPDF()), FormatPDF},
		{"gzip Word", gz(t, docx), FormatDOCX},
		{"gzip HTML twice", gz(t, gz(t, []byte(page))), FormatHTML},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("r", tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != tc.format || d.Symbol != "A/RES/60/45" || d.Adopted != "2005-12-08" {
				t.Errorf("format %s, symbol %s, adopted %s; want %s A/RES/60/45 2005-12-08", d.Format, d.Symbol, d.Adopted, tc.format)
			}
			if got := citedPairs(d); got != want {
				t.Errorf("citations %s\nwant %s\ntext:\n%s", got, want, d.Text)
			}
			for _, c := range d.Citations {
				checkSpan(t, tc.name, d.Text, c)
			}
		})
	}
}

func TestParseBinaryErrors(t *testing.T) {
	bomb := gz(t, bytes.Repeat([]byte("a"), MaxInput+1))
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"corrupt gzip", []byte{0x1f, 0x8b, 8, 0, 1, 2}, "r: corrupt gzip data"},
		{"gzip bomb", bomb, "r: decompresses to more than 64 MiB"},
		{"gzip nested too deep", gz(t, gz(t, gz(t, []byte(resolutionText)))), "r: gzip nested too deep"},
		{"broken PDF", []byte("%PDF-1.4\n1 0 obj\n"), "r: unreadable PDF"},
		{"PDF without text", pdftest.New(pdftest.Page{Ops: "0 0 m 100 0 l S\n"}), "r: the PDF has no text layer"},
		{"empty HTML", []byte("<html><body><script>x</script></body></html>"), "r: no text found in the html file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("r", tc.data)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("err = %v, want %s…", err, tc.want)
			}
		})
	}
}

// FuzzParseBinary feeds mutated PDF, Word, HTML and gzip files to Parse:
// it must never panic, and every citation's span must hold its text.
func FuzzParseBinary(f *testing.F) {
	docx := docxtest.Make(f, map[string]string{
		"word/document.xml":  docxtest.Doc(`<w:p>` + docxtest.Run("Recalling its resolution 60/45,") + `<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`),
		"word/footnotes.xml": docxtest.XMLHeader + `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p>` + docxtest.Run("A/60/452.") + `</w:p></w:footnote></w:footnotes>`,
	})
	for _, seed := range [][]byte{resolutionPDF(), docx, []byte(pageFromText(resolutionText)), gz(f, []byte(resolutionText)), gz(f, resolutionPDF())} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz", data)
		if err != nil {
			return
		}
		for _, c := range d.Citations {
			sp := c.Span
			if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End || d.Text[sp.Start:sp.End] != c.Text {
				t.Fatalf("span %+v does not hold %q", sp, c.Text)
			}
		}
	})
}

package canvas

import (
	"bytes"
	"encoding/xml"
	"image"
	_ "image/png"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sample is a page with every kind of item: shapes, a dashed curve, a
// translucent fill, text in both weights and anchors, a linked group.
func sample() *Canvas {
	c := &Canvas{W: 300, H: 200, Title: "A test figure", Desc: "Shapes & text <for> testing"}
	g := &Group{ID: "node-1", Class: "node", Title: "A/RES/60/45", Desc: "resolution", Link: "https://undocs.org/A/RES/60/45"}
	g.Add(Rect(20, 20, 120, 40, 4, Style{Fill: "#DCEBF7", Stroke: "#0072B2", Width: 1.5, Dash: []float64{3, 1.6}}))
	g.Add(&Text{X: 80, Y: 38, S: "A/RES/60/45", Size: 8, Bold: true, Anchor: Middle})
	g.Add(&Text{X: 80, Y: 50, S: "2005 · cited 9× — «Ünïcode»", Size: 7, Anchor: Middle, Color: "#6B6B6B"})
	c.Add(g)
	c.Add(Circle(200, 100, 30, Style{Fill: "#E69F00", Opacity: 0.5}))
	c.Add(Curve(Pt{20, 180}, Pt{60, 120}, Pt{140, 120}, Pt{180, 180}, Style{Stroke: "#009E73", Width: 1, Dash: []float64{4, 2}}))
	c.Add(Arrowhead(Pt{150, 150}, Pt{180, 180}, 5, "#009E73"))
	c.Add(&Text{X: 290, Y: 190, S: "end-anchored", Size: 6, Anchor: End})
	return c
}

func TestMeasure(t *testing.T) {
	if w := Measure("", 10, false); w != 0 {
		t.Errorf("empty string measures %g", w)
	}
	a, b := Measure("A/RES/60/45", 8, false), Measure("A/RES/60/45", 8, true)
	if a <= 0 || b <= a {
		t.Errorf("regular %g, bold %g: bold should be wider", a, b)
	}
	if d := Measure("A/RES/60/45", 16, false) - 2*a; math.Abs(d) > 1e-9 {
		t.Errorf("width does not scale with size (off by %g)", d)
	}
	if w := Measure("\uFFFF\u0000", 10, false); w < 0 {
		t.Errorf("runes the font lacks measure %g", w)
	}
}

func TestWriteSVGLiveText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSVGText(&buf, sample(), LiveText); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`font-family: "Go"; font-weight: bold;`, `font-weight="bold">A/RES/60/45</text>`} {
		if !strings.Contains(out, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	if strings.Contains(out, "<use") {
		t.Error("live text drawn as outlines")
	}
}

// TestOutlinesInRsvg checks that librsvg draws the outlined text: the
// label's box holds dark pixels.
func TestOutlinesInRsvg(t *testing.T) {
	rsvg, err := exec.LookPath("rsvg-convert")
	if err != nil {
		t.Skip("rsvg-convert is not installed (Debian: librsvg2-bin): the SVG cannot be checked in librsvg")
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := WriteSVG(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	in, out := filepath.Join(dir, "fig.svg"), filepath.Join(dir, "fig.png")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(rsvg, in, "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("rsvg-convert: %v\n%s", err, msg)
	}
	img := readPNG(t, out)
	// 300×200 pt at librsvg's 96 dpi
	if b := img.Bounds(); b.Dx() != 400 || b.Dy() != 267 {
		t.Errorf("rsvg-convert drew %d×%d px, want 400×267", b.Dx(), b.Dy())
	}
	dark := 0
	for y := 40; y < 73; y++ {
		for x := 40; x < 173; x++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x4000 {
				dark++
			}
		}
	}
	if dark < 60 {
		t.Errorf("librsvg left only %d dark pixels in the label's box", dark)
	}
}

func TestWriteSVG(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSVG(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	dec := xml.NewDecoder(strings.NewReader(out))
	titles := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "title" {
			titles++
		}
	}
	if titles != 2 {
		t.Errorf("%d <title> elements, want 2 (figure and node)", titles)
	}
	for _, want := range []string{
		`width="300pt" height="200pt" viewBox="0 0 300 200"`,
		`<desc id="figure-desc">Shapes &amp; text &lt;for&gt; testing</desc>`,
		`<use xlink:href="#gb`,
		`fill-opacity="0">A/RES/60/45</text>`,
		`href="https://undocs.org/A/RES/60/45"`,
		`stroke-dasharray="3 1.6"`,
		`text-anchor="middle"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
}

// TestPDFOpens checks with pdftoppm that the PDF opens, is one page of
// the stated size and is not blank.
func TestPDFOpens(t *testing.T) {
	pdftoppm, err := exec.LookPath("pdftoppm")
	if err != nil {
		t.Skip("pdftoppm is not installed (Debian: poppler-utils): the PDF cannot be checked")
	}
	var buf bytes.Buffer
	if err := WritePDF(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("not a PDF: %.20q", buf.Bytes())
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "fig.pdf")
	if err := os.WriteFile(pdf, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if pdffonts, err := exec.LookPath("pdffonts"); err == nil {
		out, err := exec.Command(pdffonts, pdf).CombinedOutput()
		if err != nil {
			t.Fatalf("pdffonts: %v\n%s", err, out)
		}
		// name, type (two words), encoding, then emb: both fonts embedded
		embedded := 0
		for _, line := range strings.Split(string(out), "\n") {
			if f := strings.Fields(line); len(f) >= 5 && strings.HasPrefix(f[0], "utf8go") && f[4] == "yes" {
				embedded++
			}
		}
		if embedded != 2 {
			t.Errorf("pdffonts lists %d embedded Go fonts, want 2:\n%s", embedded, out)
		}
	} else if !bytes.Contains(buf.Bytes(), []byte("/FontFile2")) {
		t.Error("PDF does not embed its fonts (no /FontFile2)")
	}
	out, err := exec.Command(pdftoppm, "-r", "72", "-png", pdf, filepath.Join(dir, "page")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "page*.png"))
	if len(pages) != 1 {
		t.Fatalf("pdftoppm made %d pages, want 1", len(pages))
	}
	img := readPNG(t, pages[0])
	if b := img.Bounds(); b.Dx() != 300 || b.Dy() != 200 {
		t.Errorf("page is %d×%d at 72 dpi, want 300×200", b.Dx(), b.Dy())
	}
	if inked(img) < 500 {
		t.Errorf("the page is nearly blank (%d inked pixels)", inked(img))
	}
}

func TestWritePNG(t *testing.T) {
	c := sample()
	var buf bytes.Buffer
	if err := WritePNG(&buf, c, 144); err != nil {
		t.Fatal(err)
	}
	img, _, err := image.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	w, h := PNGSize(c, 144)
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h || w != 600 || h != 400 {
		t.Errorf("PNG is %d×%d, PNGSize says %d×%d, want 600×400", b.Dx(), b.Dy(), w, h)
	}
	if inked(img) < 2000 {
		t.Errorf("the image is nearly blank (%d inked pixels)", inked(img))
	}
	// The label is drawn: the box's inside holds dark pixels.
	dark := 0
	for y := 60; y < 110; y++ {
		for x := 60; x < 260; x++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x4000 {
				dark++
			}
		}
	}
	if dark < 100 {
		t.Errorf("the label left only %d dark pixels in its box", dark)
	}
	if err := WritePNG(io.Discard, c, 0); err == nil {
		t.Error("a resolution of 0 dpi was accepted")
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// inked counts the pixels that are not white.
func inked(img image.Image) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0xF000 || g < 0xF000 || bl < 0xF000 {
				n++
			}
		}
	}
	return n
}

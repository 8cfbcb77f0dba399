package canvas

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// SVGText says how an SVG carries its text.
type SVGText int

const (
	// Outlines draws every glyph as a path (defined once, then reused),
	// so that text looks the same, and fits where it was measured, in
	// every viewer whatever fonts it has: librsvg (rsvg-convert) and
	// Inkscape ignore embedded @font-face fonts. An invisible copy of
	// the text lies over the outlines, so browsers can still search and
	// select it.
	Outlines SVGText = iota
	// LiveText writes <text> elements in the family "Go", with both
	// fonts embedded as @font-face rules: editable text, drawn as
	// measured by browsers, and by other viewers only where the Go fonts
	// are installed (Debian: fonts-go).
	LiveText
)

// WriteSVG writes the page as a standalone SVG 1.1 document whose size is
// the page's in points, its text as outlines. The figure and every group
// carry <title> and <desc> for screen readers. The same canvas always
// gives the same bytes.
func WriteSVG(w io.Writer, c *Canvas) error { return WriteSVGText(w, c, Outlines) }

// WriteSVGText writes the page as WriteSVG does, with its text as asked.
func WriteSVGText(w io.Writer, c *Canvas, mode SVGText) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%spt" height="%spt" viewBox="0 0 %s %s" role="img" aria-labelledby="figure-title figure-desc">
<title id="figure-title">%s</title>
<desc id="figure-desc">%s</desc>
`, num(c.W), num(c.H), num(c.W), num(c.H), xmlText(c.Title), xmlText(c.Desc))
	sw := &svgWriter{w: bw, mode: mode}
	if mode == LiveText {
		writeFontFaces(bw)
	} else {
		drawn, err := writeGlyphs(bw, c.Items)
		if err != nil {
			return err
		}
		sw.drawn = drawn
	}
	fmt.Fprintf(bw, "<rect width=\"%s\" height=\"%s\" fill=\"#ffffff\"/>\n", num(c.W), num(c.H))
	fmt.Fprintf(bw, "<g font-family=\"%s, sans-serif\" style=\"font-kerning: none\">\n", FontFamily)
	for _, it := range c.Items {
		sw.item(it, 1)
	}
	bw.WriteString("</g>\n</svg>\n")
	return bw.Flush()
}

// writeFontFaces embeds Go Regular and Go Bold under the family name the
// text uses.
func writeFontFaces(w *bufio.Writer) {
	w.WriteString("<defs><style type=\"text/css\"><![CDATA[\n")
	for _, b := range []bool{false, true} {
		weight := "normal"
		if b {
			weight = "bold"
		}
		fmt.Fprintf(w, "@font-face { font-family: %q; font-weight: %s; src: url(data:font/ttf;base64,%s) format(\"truetype\"); }\n",
			FontFamily, weight, base64.StdEncoding.EncodeToString(TTF(b)))
	}
	w.WriteString("]]></style></defs>\n")
}

// writeGlyphs defines the outline of every glyph the items use, once, and
// returns those that draw something.
func writeGlyphs(w *bufio.Writer, items []Item) (map[glyphKey]bool, error) {
	used := map[glyphKey]bool{}
	Walk(items, func(it Item) {
		if t, ok := it.(*Text); ok {
			keys, _ := glyphRun(t.S, t.Bold)
			for _, k := range keys {
				used[k] = true
			}
		}
	})
	keys := make([]glyphKey, 0, len(used))
	for k := range used {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b glyphKey) int { return strings.Compare(a.id(), b.id()) })
	drawn := map[glyphKey]bool{}
	w.WriteString("<defs>\n")
	for _, k := range keys {
		d, err := outline(k)
		if err != nil {
			return nil, fmt.Errorf("svg: outline of glyph %d: %w", k.gi, err)
		}
		if d != "" {
			fmt.Fprintf(w, "<path id=\"%s\" d=\"%s\"/>\n", k.id(), d)
			drawn[k] = true
		}
	}
	w.WriteString("</defs>\n")
	return drawn, nil
}

// svgWriter writes items in one text mode.
type svgWriter struct {
	w     *bufio.Writer
	mode  SVGText
	drawn map[glyphKey]bool // glyphs with an outline, in Outlines mode
}

func (sw *svgWriter) item(it Item, depth int) {
	w := sw.w
	ind := strings.Repeat(" ", depth)
	switch it := it.(type) {
	case *Group:
		w.WriteString(ind + "<g")
		if it.ID != "" {
			fmt.Fprintf(w, " id=\"%s\"", xmlAttr(it.ID))
		}
		if it.Class != "" {
			fmt.Fprintf(w, " class=\"%s\"", xmlAttr(it.Class))
		}
		w.WriteString(">\n")
		if it.Title != "" {
			fmt.Fprintf(w, "%s <title>%s</title>\n", ind, xmlText(it.Title))
		}
		if it.Desc != "" {
			fmt.Fprintf(w, "%s <desc>%s</desc>\n", ind, xmlText(it.Desc))
		}
		inner := depth + 1
		if it.Link != "" {
			fmt.Fprintf(w, "%s <a xlink:href=\"%s\" href=\"%s\" target=\"_blank\">\n", ind, xmlAttr(it.Link), xmlAttr(it.Link))
			inner++
		}
		for _, c := range it.Items {
			sw.item(c, inner)
		}
		if it.Link != "" {
			w.WriteString(ind + " </a>\n")
		}
		w.WriteString(ind + "</g>\n")
	case *Path:
		fmt.Fprintf(w, "%s<path d=\"%s\"%s/>\n", ind, pathData(it.Ops), svgStyle(it.Style))
	case *Text:
		anchor := ""
		switch it.Anchor {
		case Middle:
			anchor = ` text-anchor="middle"`
		case End:
			anchor = ` text-anchor="end"`
		}
		weight := ""
		if it.Bold {
			weight = ` font-weight="bold"`
		}
		fill := ""
		if it.Color != "" && it.Color != "#000000" {
			fill = fmt.Sprintf(` fill="%s"`, it.Color)
		}
		if sw.mode == Outlines {
			sw.outlines(it, ind, fill)
			fill = ` fill-opacity="0"`
		}
		fmt.Fprintf(w, "%s<text x=\"%s\" y=\"%s\" font-size=\"%s\"%s%s%s>%s</text>\n",
			ind, num(it.X), num(it.Y), num(it.Size), anchor, weight, fill, xmlText(it.S))
	}
}

// outlines draws a text as its glyphs' outlines, scaled from ems.
func (sw *svgWriter) outlines(t *Text, ind, fill string) {
	x0, _ := t.Extent()
	keys, offsets := glyphRun(t.S, t.Bold)
	fmt.Fprintf(sw.w, "%s<g transform=\"translate(%s %s) scale(%s)\"%s aria-hidden=\"true\">", ind, num(x0), num(t.Y), num(t.Size), fill)
	for i, k := range keys {
		if sw.drawn[k] {
			fmt.Fprintf(sw.w, "<use xlink:href=\"#%s\" x=\"%s\"/>", k.id(), num4(offsets[i]))
		}
	}
	sw.w.WriteString("</g>\n")
}

// pathData is the d attribute of a path.
func pathData(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case MoveTo:
			fmt.Fprintf(&b, "M%s %s", num(op.P[0].X), num(op.P[0].Y))
		case LineTo:
			fmt.Fprintf(&b, "L%s %s", num(op.P[0].X), num(op.P[0].Y))
		case CubicTo:
			fmt.Fprintf(&b, "C%s %s %s %s %s %s", num(op.P[0].X), num(op.P[0].Y), num(op.P[1].X), num(op.P[1].Y), num(op.P[2].X), num(op.P[2].Y))
		case Close:
			b.WriteString("Z")
		}
	}
	return b.String()
}

// svgStyle is the paint attributes of a path.
func svgStyle(s Style) string {
	var b strings.Builder
	if s.Fill == "" {
		b.WriteString(` fill="none"`)
	} else {
		fmt.Fprintf(&b, ` fill="%s"`, s.Fill)
	}
	if s.Stroke != "" && s.Width > 0 {
		fmt.Fprintf(&b, ` stroke="%s" stroke-width="%s"`, s.Stroke, num(s.Width))
		if len(s.Dash) > 0 {
			parts := make([]string, len(s.Dash))
			for i, d := range s.Dash {
				parts[i] = num(d)
			}
			fmt.Fprintf(&b, ` stroke-dasharray="%s"`, strings.Join(parts, " "))
		}
	}
	if a := s.alpha(); a < 1 {
		fmt.Fprintf(&b, ` opacity="%s"`, num(a))
	}
	return b.String()
}

// num formats a coordinate with at most two decimals.
func num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// xmlText escapes character data, dropping characters XML does not allow.
func xmlText(s string) string { return textEscaper.Replace(xmlClean(s)) }

// xmlAttr escapes an attribute value.
func xmlAttr(s string) string { return attrEscaper.Replace(xmlClean(s)) }

func xmlClean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF && (r < 0xD800 || r > 0xDFFF) {
			return r
		}
		return ' '
	}, s)
}

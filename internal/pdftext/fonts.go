package pdftext

import (
	"strings"
	"unicode/utf8"

	pdf "github.com/ledongthuc/pdf"
)

// font is what extraction needs of a PDF font: how to split a string into
// character codes, each code's advance width (in thousandths of the font
// size) and its text.
type font struct {
	twoByte bool      // a composite (Type0) font with two-byte codes
	widths  []float64 // by code - first, for simple fonts
	first   int
	cid     map[int]float64 // widths by CID, for composite fonts
	dflt    float64         // width of codes without one
	enc     pdf.TextEncoding
	bold    bool
	cache   map[string]string // decoded text by code
}

// unknownFont stands in when text is shown before any font is set.
var unknownFont = &font{dflt: 500, cache: map[string]string{}}

// fontCache loads each font of a resource dictionary once.
type fontCache struct {
	byName map[string]*font
}

// get returns the font named in resources, loading it on first use.
func (c *fontCache) get(resources pdf.Value, name string) *font {
	if f, ok := c.byName[name]; ok {
		return f
	}
	f := loadFont(resources.Key("Font").Key(name))
	c.byName[name] = f
	return f
}

// loadFont reads a font dictionary.
func loadFont(v pdf.Value) *font {
	pf := pdf.Font{V: v}
	f := &font{dflt: 500, cache: map[string]string{}}
	base := v.Key("BaseFont").Name()
	f.bold = strings.Contains(base, "Bold")
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		f.dflt = 1000
		desc := v.Key("DescendantFonts").Index(0)
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dflt = dw.Float64()
		}
		f.cid = cidWidths(desc.Key("W"))
		if strings.Contains(desc.Key("BaseFont").Name(), "Bold") {
			f.bold = true
		}
	} else {
		f.first = int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		for i := 0; i < ws.Len(); i++ {
			f.widths = append(f.widths, ws.Index(i).Float64())
		}
		if mw := v.Key("FontDescriptor").Key("MissingWidth"); mw.Kind() == pdf.Integer || mw.Kind() == pdf.Real {
			f.dflt = mw.Float64()
		}
	}
	f.enc = pf.Encoder()
	return f
}

// cidWidths reads the W array of a CID font: "c [w1 w2 …]" gives widths
// from CID c on, "c1 c2 w" one width for a range.
func cidWidths(w pdf.Value) map[int]float64 {
	out := map[int]float64{}
	for i := 0; i < w.Len(); {
		c := int(w.Index(i).Int64())
		if i+1 >= w.Len() {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len(); j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(next.Int64()), w.Index(i+2).Float64()
		for k := c; k <= last && k-c < 1<<16; k++ {
			out[k] = width
		}
		i += 3
	}
	return out
}

// width returns the advance of a code, in thousandths of the font size.
func (f *font) width(code string) float64 {
	if f.twoByte {
		if len(code) == 2 {
			if w, ok := f.cid[int(code[0])<<8|int(code[1])]; ok {
				return w
			}
		}
		return f.dflt
	}
	i := int(code[0]) - f.first
	if i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		return f.widths[i]
	}
	return f.dflt
}

// decode returns the text of a code: "" for codes that map to nothing or
// to the replacement character, and a space for control characters.
func (f *font) decode(code string) string {
	if s, ok := f.cache[code]; ok {
		return s
	}
	s := ""
	if f.enc != nil {
		s = f.enc.Decode(code)
	} else {
		s = code
	}
	s = cleanGlyphText(s)
	f.cache[code] = s
	return s
}

// cleanGlyphText drops what a text layer cannot carry: invalid UTF-8, the
// replacement character, NUL; other control characters become a space.
func cleanGlyphText(s string) string {
	if !utf8.ValidString(s) {
		return ""
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError || r == 0:
		case r < ' ' || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

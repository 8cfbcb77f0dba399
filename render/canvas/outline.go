package canvas

import (
	"fmt"
	"strings"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// glyphKey names one glyph of one of the two fonts.
type glyphKey struct {
	bold bool
	gi   sfnt.GlyphIndex
}

// glyphID is the SVG id of a glyph's outline.
func (k glyphKey) id() string {
	w := "r"
	if k.bold {
		w = "b"
	}
	return fmt.Sprintf("g%s%d", w, k.gi)
}

// outline is the path data of a glyph in ems, y down, origin on the
// baseline, or "" for a glyph that draws nothing (a space).
func outline(k glyphKey) (string, error) {
	fc := faceOf(k.bold)
	fc.mu.Lock()
	defer fc.mu.Unlock()
	segs, err := fc.f.LoadGlyph(&fc.buf, k.gi, fixed.I(int(fc.upem)), nil)
	if err != nil {
		return "", err
	}
	u := 64 * fc.upem
	var b strings.Builder
	pt := func(p fixed.Point26_6) string {
		return num4(float64(p.X)/u) + " " + num4(float64(p.Y)/u)
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			if b.Len() > 0 {
				b.WriteString("Z")
			}
			b.WriteString("M" + pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			b.WriteString("L" + pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			b.WriteString("Q" + pt(s.Args[0]) + " " + pt(s.Args[1]))
		case sfnt.SegmentOpCubeTo:
			b.WriteString("C" + pt(s.Args[0]) + " " + pt(s.Args[1]) + " " + pt(s.Args[2]))
		}
	}
	if b.Len() > 0 {
		b.WriteString("Z")
	}
	return b.String(), nil
}

// glyphRun is a text's glyphs and their offsets in ems from its start.
func glyphRun(s string, bold bool) (keys []glyphKey, offsets []float64) {
	fc := faceOf(bold)
	x := 0.0
	for _, r := range s {
		fc.mu.Lock()
		gi, err := fc.f.GlyphIndex(&fc.buf, r)
		fc.mu.Unlock()
		if err != nil {
			gi = 0
		}
		keys = append(keys, glyphKey{bold, gi})
		offsets = append(offsets, x)
		x += Measure(string(r), 1, bold)
	}
	return keys, offsets
}

// num4 formats an em coordinate with at most four decimals.
func num4(f float64) string {
	s := fmt.Sprintf("%.4f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

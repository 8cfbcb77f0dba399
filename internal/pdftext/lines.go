package pdftext

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textLine is one line of a page: glyphs sharing a baseline, with the
// superscripts raised above it, in reading order.
type textLine struct {
	y, size float64 // baseline and the size of its largest glyph
	x0, x1  float64 // extent of its visible glyphs
	glyphs  []glyph // sorted by x
	sup     []bool  // parallel to glyphs: raised and smaller than the line
	segs    []segment
	bold    bool // most of its glyphs are bold
}

// segment is a run of a line's text without a wide gap: a table cell, a
// column, a running head beside the page number.
type segment struct {
	x0, x1 float64
	text   string
	label  string // a superscript number opening the segment (a note label)
}

// text returns the line's segments joined by single spaces.
func (l *textLine) text() string {
	parts := make([]string, 0, len(l.segs))
	for _, s := range l.segs {
		parts = append(parts, s.text)
	}
	return strings.Join(parts, " ")
}

// buildLines groups glyphs into lines: glyphs whose baselines lie within a
// fraction of their size make one line; a small line raised just above a
// larger one holds its superscripts (footnote markers and note labels)
// and joins it.
func buildLines(glyphs []glyph) []*textLine {
	glyphs = slices.Clone(glyphs)
	slices.SortStableFunc(glyphs, func(a, b glyph) int { return cmp.Compare(b.y, a.y) })
	var lines []*textLine
	for _, g := range glyphs {
		if n := len(lines); n > 0 && lines[n-1].y-g.y <= 0.2*math.Max(g.size, 1) {
			lines[n-1].glyphs = append(lines[n-1].glyphs, g)
			continue
		}
		lines = append(lines, &textLine{y: g.y, glyphs: []glyph{g}})
	}
	for _, l := range lines {
		l.measure()
	}
	lines = attachSuperscripts(lines)
	for _, l := range lines {
		slices.SortStableFunc(l.glyphs, func(a, b glyph) int { return cmp.Compare(a.x, b.x) })
		l.markInlineSuperscripts()
		l.segs = l.segments()
	}
	return slices.DeleteFunc(lines, func(l *textLine) bool { return len(l.segs) == 0 })
}

// measure sets the size and extent of a line from its visible glyphs.
func (l *textLine) measure() {
	l.size, l.x0, l.x1 = 0, math.Inf(1), math.Inf(-1)
	bold := 0
	for _, g := range l.glyphs {
		if strings.TrimSpace(g.s) == "" {
			continue
		}
		l.size = math.Max(l.size, g.size)
		l.x0, l.x1 = math.Min(l.x0, g.x), math.Max(l.x1, g.x+g.w)
		if g.bold {
			bold++
		}
	}
	l.bold = bold*2 > len(l.glyphs)
}

// visible reports whether the line shows anything.
func (l *textLine) visible() bool { return l.size > 0 }

// attachSuperscripts merges each line of small glyphs raised above the
// next line down into that line. lines are sorted top to bottom.
func attachSuperscripts(lines []*textLine) []*textLine {
	out := lines[:0]
	for i, l := range lines {
		if !l.visible() {
			continue
		}
		if b := superscriptBase(lines, i); b != nil {
			for _, g := range l.glyphs {
				g.size = -g.size // marks a raised glyph until markInlineSuperscripts
				b.glyphs = append(b.glyphs, g)
			}
			continue
		}
		out = append(out, l)
	}
	return out
}

// superscriptBase returns the line that the small line lines[i] is raised
// above, or nil.
func superscriptBase(lines []*textLine, i int) *textLine {
	l := lines[i]
	for _, b := range lines[i+1:] {
		rise := l.y - b.y
		if rise > 0.8*b.size+1 {
			if b.visible() {
				return nil
			}
			continue
		}
		if b.visible() && l.size < 0.82*b.size && rise > 0.1*b.size &&
			l.x0 >= b.x0-3*b.size && l.x1 <= b.x1+3*b.size {
			return b
		}
	}
	return nil
}

// markInlineSuperscripts flags the raised glyphs: those merged from a
// superscript line, and small glyphs raised within the line itself.
func (l *textLine) markInlineSuperscripts() {
	l.sup = make([]bool, len(l.glyphs))
	for i := range l.glyphs {
		g := &l.glyphs[i]
		if g.size < 0 {
			g.size = -g.size
			l.sup[i] = true
			continue
		}
		l.sup[i] = g.size < 0.82*l.size && g.y-l.y > 0.1*l.size
	}
}

// segments cuts the line at wide gaps and builds the text of each piece:
// a space where glyphs stand apart, superscripts run into the word before
// them, and a superscript number opening a line kept apart as its label.
func (l *textLine) segments() []segment {
	var segs []segment
	var b strings.Builder
	var cur *segment
	lastEnd, lastX := math.Inf(-1), math.Inf(-1)
	lastText, lastSup := "", false
	flush := func() {
		if cur != nil {
			cur.text = strings.TrimSpace(b.String())
			if cur.text != "" || cur.label != "" {
				segs = append(segs, *cur)
			}
		}
		b.Reset()
		cur = nil
	}
	for i, g := range l.glyphs {
		if g.s == "" {
			continue
		}
		blank := strings.TrimSpace(g.s) == ""
		if blank {
			if cur != nil && !lastSup {
				b.WriteByte(' ')
			}
			continue
		}
		if g.s == lastText && math.Abs(g.x-lastX) < 0.2*g.w+0.05 { // a glyph drawn twice to look bold
			continue
		}
		gap := g.x - lastEnd
		if cur != nil && gap > 2.5*l.size {
			flush()
		}
		sup := l.sup[i]
		switch {
		case cur == nil:
			cur = &segment{x0: g.x}
			if sup && isDigits(g.s) {
				cur.label = g.s
				lastSup = true
				lastEnd, lastX, lastText = g.x+g.w, g.x, g.s
				cur.x1 = lastEnd
				continue
			}
		case cur.label != "" && b.Len() == 0 && sup && isDigits(g.s):
			cur.label += g.s
			lastEnd, lastX, lastText = g.x+g.w, g.x, g.s
			continue
		case sup:
			trimTrailingSpace(&b)
		case gap > spaceGap(lastText, g) && !endsSpace(&b):
			b.WriteByte(' ')
		}
		b.WriteString(g.s)
		lastSup = sup
		lastEnd, lastX, lastText = g.x+g.w, g.x, g.s
		cur.x1 = lastEnd
	}
	flush()
	for i := range segs {
		if segs[i].label != "" {
			segs[i].text = strings.TrimSpace(segs[i].label + " " + segs[i].text)
		}
	}
	return segs
}

// spaceGap returns the gap between glyphs above which a word space is
// read where the file draws none. Hyphens and punctuation are often drawn
// apart from the word they belong to, so they need a wider gap.
func spaceGap(prev string, g glyph) float64 {
	if strings.ContainsAny(g.s, "-\u2010\u2011,.;:)]”’") || strings.ContainsAny(prev, "-\u2010\u2011([“‘") {
		return 0.35 * g.size
	}
	return 0.2 * g.size
}

// endsSpace reports whether the builder's text ends with a space.
func endsSpace(b *strings.Builder) bool {
	s := b.String()
	return s == "" || s[len(s)-1] == ' '
}

// trimTrailingSpace removes spaces at the end of the builder's text.
func trimTrailingSpace(b *strings.Builder) {
	s := b.String()
	t := strings.TrimRight(s, " ")
	if len(t) != len(s) {
		b.Reset()
		b.WriteString(t)
	}
}

// isDigits reports a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// isLowerStart reports text that starts with a small letter.
func isLowerStart(s string) bool { return unicode.IsLower(firstRune(s)) }

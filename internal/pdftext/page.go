package pdftext

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// page is one page after line building.
type page struct {
	num           int // 1-based
	width, height float64
	lines         []*textLine // top to bottom
	rules         []rule
	furniture     []bool // per line: running head, page number, job number
	body, notes   []*textLine
}

// bandTop and bandBottom are the shares of the page height, from the top
// and from the bottom, where running heads and footers sit.
const (
	bandTop    = 0.10
	bandBottom = 0.075
)

// inTopBand reports a line in the running-head band.
func (p *page) inTopBand(l *textLine) bool { return l.y > p.height*(1-bandTop) }

// inBottomBand reports a line in the footer band.
func (p *page) inBottomBand(l *textLine) bool { return l.y < p.height*bandBottom }

// furnitureKey is how a furniture segment is compared across pages:
// without spaces, lower case, digits as '#'.
func furnitureKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == ' ':
		case r >= '0' && r <= '9':
			b.WriteByte('#')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// furniturePatterns are the patterns of page furniture, one per kind,
// compiled on first use rather than when any command of the binary
// starts.
var furniturePatterns = sync.OnceValue(func() [3]*regexp.Regexp {
	return [3]*regexp.Regexp{
		// "2/10", "- 2 -", "Page 2", a bare page number.
		regexp.MustCompile(`^(?:\d{1,3}/\d{1,3}|[-–] ?\d{1,3} ?[-–]|(?i:page) \d{1,3}(?: of \d{1,3})?|\d{1,3})$`),
		// job numbers: "18-16895 (E)", "18-16895 (E) 241018", "*1816895*".
		regexp.MustCompile(`^(?:\d{2}-\d{5}(?: ?\([A-Z]\))?(?: +\d{6})?|\*\d{7,}\*|\d{6,7}|(?i:please recycle))$`),
		// a document symbol alone, as in running heads.
		regexp.MustCompile(`^[A-Z]{1,5}(?:/[A-Za-z0-9.\-]+){1,6}(?: ?\([^)]{1,20}\))?\*?$`),
	}
})

// isFurnitureText recognises page numbers, job numbers and lone symbols.
func isFurnitureText(s string) bool {
	s = strings.TrimSpace(s)
	for _, re := range furniturePatterns() {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// markFurniture flags running heads and footers: lines in the top or
// bottom band of a page whose every segment is a page number, job number
// or lone symbol, recurs in the same band of another page, or (above the
// text of later pages) is set smaller than the body text.
func markFurniture(pages []*page, bodySize float64) {
	type bandKey struct {
		top bool
		key string
	}
	seen := map[bandKey]map[int]bool{}
	for _, p := range pages {
		for _, l := range p.lines {
			top, bottom := p.inTopBand(l), p.inBottomBand(l)
			if !top && !bottom {
				continue
			}
			for _, s := range l.segs {
				k := bandKey{top, furnitureKey(s.text)}
				if seen[k] == nil {
					seen[k] = map[int]bool{}
				}
				seen[k][p.num] = true
			}
		}
	}
	for _, p := range pages {
		p.furniture = make([]bool, len(p.lines))
		for i, l := range p.lines {
			top, bottom := p.inTopBand(l), p.inBottomBand(l)
			if !top && !bottom {
				continue
			}
			all := true
			for _, s := range l.segs {
				recurs := len(seen[bandKey{top, furnitureKey(s.text)}]) >= 2 && p.num > 1
				small := top && p.num > 1 && l.size < 0.95*bodySize
				if !(isFurnitureText(s.text) || recurs || small) {
					all = false
					break
				}
			}
			p.furniture[i] = all
		}
	}
}

// splitNotes divides a page's remaining lines into body and footnotes:
// the notes are the lines below the separator (a short rule or a line of
// underscores) at the foot of the page.
func (p *page) splitNotes(bodySize float64) {
	var lines []*textLine
	for i, l := range p.lines {
		if !p.furniture[i] {
			lines = append(lines, l)
		}
	}
	sep := p.separator(lines, bodySize)
	for _, l := range lines {
		switch {
		case isUnderscores(l.text()):
		case !math.IsNaN(sep) && l.y < sep:
			p.notes = append(p.notes, l)
		default:
			p.body = append(p.body, l)
		}
	}
}

// separator returns the height of the footnote separator, or NaN.
func (p *page) separator(lines []*textLine, bodySize float64) float64 {
	for _, l := range lines {
		if isUnderscores(l.text()) && l.x1-l.x0 < 0.6*p.width {
			if below := firstBelow(lines, l.y); below != nil && below.size < bodySize*0.98 {
				return l.y
			}
		}
	}
	// A drawn rule: short, at the left margin, above smaller text.
	for _, r := range p.rules {
		if r.x1-r.x0 > 0.4*p.width || r.y > p.height*0.8 {
			continue
		}
		if below := firstBelow(lines, r.y); below != nil && below.size < bodySize*0.98 && startsWithLabel(below) {
			return r.y
		}
	}
	return math.NaN()
}

// firstBelow returns the first line below height y.
func firstBelow(lines []*textLine, y float64) *textLine {
	for _, l := range lines {
		if l.y < y {
			return l
		}
	}
	return nil
}

// startsWithLabel reports a line that opens with a note label.
func startsWithLabel(l *textLine) bool { return len(l.segs) > 0 && l.segs[0].label != "" }

// isUnderscores reports a line of at least five underscores.
func isUnderscores(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 5 && strings.Trim(s, "_") == ""
}

// bodySizeOf returns the size in which most text is set.
func bodySizeOf(pages []*page) float64 {
	count := map[float64]int{}
	for _, p := range pages {
		for _, l := range p.lines {
			if !isUnderscores(l.text()) {
				count[math.Round(l.size*2)/2] += len(l.glyphs)
			}
		}
	}
	best, n := 10.0, -1
	for size, c := range count {
		if c > n || (c == n && size > best) {
			best, n = size, c
		}
	}
	return best
}

// leadings returns, by size rounded to a half point, the usual distance
// between baselines of consecutive lines of a paragraph.
func leadings(pages []*page) map[float64]float64 {
	gaps := map[float64][]float64{}
	for _, p := range pages {
		for _, ls := range [][]*textLine{p.body, p.notes} {
			for i := 1; i < len(ls); i++ {
				a, b := ls[i-1], ls[i]
				if math.Abs(a.size-b.size) > 0.5 {
					continue
				}
				if d := a.y - b.y; d > 0.8*a.size && d < 2.2*a.size {
					k := math.Round(a.size*2) / 2
					gaps[k] = append(gaps[k], d)
				}
			}
		}
	}
	out := map[float64]float64{}
	for k, g := range gaps {
		slices.Sort(g)
		out[k] = g[len(g)/4] // the lower quartile: most gaps are within a paragraph
	}
	return out
}

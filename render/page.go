package render

import (
	"fmt"
	"strings"

	"github.com/recital-un/recital/render/canvas"
)

// Page is a paper size, portrait, in points; the zero Page ("none") fits
// the page to the figure.
type Page struct {
	Name string
	W, H float64
}

// Pages are the sizes --page takes.
var Pages = map[string]Page{
	"a4":     {"A4", 595.28, 841.89},
	"letter": {"letter", 612, 792},
	"none":   {},
}

// Fixed reports whether the page has a size of its own.
func (p Page) Fixed() bool { return p.W > 0 }

// Type sizes, in points at page size.
const (
	// MinText is the smallest type a figure may have on its page; a
	// lineage that would need less does not fit (see TooLargeError).
	MinText     = 6.0
	margin      = 30.0
	captionSize = 9.0
	noteSize    = 7.5
	legendSize  = 7.0
)

// TooLargeError says that a lineage diagram does not fit its page with
// legible type.
type TooLargeError struct {
	Page  Page
	Scale float64 // the scale the figure would need
	Type  float64 // the size its smallest type would have, in points
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("the lineage diagram would need type of %.1f pt to fit %s (at least %g pt is legible)", e.Type, e.Page.Name, MinText)
}

// framed is a figure's body with its caption above and its key below.
type framed struct {
	title, desc string
	caption     []captionLine
	body        []canvas.Item // drawn at its natural size from (0, 0)
	bodyW       float64
	bodyH       float64
	minType     float64 // the smallest type in body, at natural size
	key         func(width float64) ([]canvas.Item, float64)
}

// captionLine is one paragraph of the caption.
type captionLine struct {
	text string
	bold bool
	size float64
}

// compose lays the frame out on the page: the body scaled to fit between
// caption and key, never above its natural size, in whichever
// orientation lets it be larger. It fails with *TooLargeError when the
// body's type would fall below MinText.
func compose(f framed, page Page) (*canvas.Canvas, float64, error) {
	if !page.Fixed() {
		w := max(f.bodyW, 480) + 2*margin
		c, _ := place(f, w, 0)
		return c, 1, nil
	}
	best, bestScale := (*canvas.Canvas)(nil), -1.0
	for _, o := range [][2]float64{{page.W, page.H}, {page.H, page.W}} {
		c, s := place(f, o[0], o[1])
		if s > bestScale+1e-9 {
			best, bestScale = c, s
		}
	}
	if t := f.minType * bestScale; t < MinText-1e-9 {
		return nil, bestScale, &TooLargeError{Page: page, Scale: bestScale, Type: t}
	}
	return best, bestScale, nil
}

// place puts the frame on a page w wide and h high (h 0: as high as
// needed) and returns it with the scale given to the body.
func place(f framed, w, h float64) (*canvas.Canvas, float64) {
	inner := w - 2*margin
	c := &canvas.Canvas{W: w, Title: f.title, Desc: f.desc}
	y := margin
	capGroup := &canvas.Group{ID: "caption", Class: "caption"}
	for _, line := range f.caption {
		m := canvas.Metrics(line.bold)
		for _, l := range wrapText(line.text, line.size, line.bold, inner) {
			y += m.Ascent * line.size
			capGroup.Add(&canvas.Text{X: margin, Y: y, S: l, Size: line.size, Bold: line.bold})
			y += m.Descent*line.size + 1.5
		}
	}
	y += 8
	key, keyH := f.key(inner)
	scale := 1.0
	if h > 0 {
		avail := h - y - margin - keyH - 10
		scale = min(1, inner/f.bodyW, avail/f.bodyH)
	} else {
		scale = min(1, inner/f.bodyW)
	}
	bw, bh := f.bodyW*scale, f.bodyH*scale
	dx := margin + (inner-bw)/2
	body := canvas.Transform(f.body, scale, dx, y)
	y += bh + 10
	keyGroup := &canvas.Group{ID: "key", Class: "key", Title: "Key"}
	keyGroup.Items = canvas.Transform(key, 1, margin, y)
	y += keyH
	if h == 0 {
		h = y + margin
	}
	c.H = h
	c.Add(capGroup)
	c.Add(body...)
	c.Add(keyGroup)
	return c, scale
}

// wrapText breaks s into lines no wider than width at the given type.
func wrapText(s string, size float64, bold bool, width float64) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		next := word
		if line != "" {
			next = line + " " + word
		}
		if line != "" && canvas.Measure(next, size, bold) > width {
			lines = append(lines, line)
			line = word
			continue
		}
		line = next
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

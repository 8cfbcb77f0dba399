package canvas

import (
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
)

// PNGSize returns the pixel size of the PNG WritePNG makes of a page at
// the given resolution in dots per inch.
func PNGSize(c *Canvas, dpi float64) (w, h int) {
	k := dpi / 72
	return int(math.Ceil(c.W * k)), int(math.Ceil(c.H * k))
}

// WritePNG rasterises the page at dpi dots per inch onto white and writes
// it as PNG. Text is drawn glyph by glyph with the advances Measure uses.
func WritePNG(w io.Writer, c *Canvas, dpi float64) error {
	if dpi <= 0 || dpi > 1200 {
		return fmt.Errorf("png: resolution %g dpi is out of range (1 to 1200)", dpi)
	}
	k := dpi / 72
	pw, ph := PNGSize(c, dpi)
	if int64(pw)*int64(ph) > 200_000_000 {
		return fmt.Errorf("png: %d×%d pixels is too large; lower the resolution", pw, ph)
	}
	dc := gg.NewContext(pw, ph)
	dc.SetRGB(1, 1, 1)
	dc.Clear()
	dc.SetLineCapButt() // as SVG and PDF draw by default
	dc.SetLineJoinRound()
	r := pngWriter{dc: dc, k: k, faces: map[faceKey]font.Face{}}
	for _, it := range c.Items {
		if err := r.item(it); err != nil {
			return err
		}
	}
	return dc.EncodePNG(w)
}

type faceKey struct {
	size float64
	bold bool
}

type pngWriter struct {
	dc    *gg.Context
	k     float64
	faces map[faceKey]font.Face
}

func (r *pngWriter) item(it Item) error {
	switch it := it.(type) {
	case *Group:
		for _, c := range it.Items {
			if err := r.item(c); err != nil {
				return err
			}
		}
	case *Path:
		r.path(it)
	case *Text:
		return r.text(it)
	}
	return nil
}

func (r *pngWriter) path(s *Path) {
	dc, k := r.dc, r.k
	dc.NewSubPath()
	dc.ClearPath()
	for _, op := range s.Ops {
		switch op.Kind {
		case MoveTo:
			dc.MoveTo(op.P[0].X*k, op.P[0].Y*k)
		case LineTo:
			dc.LineTo(op.P[0].X*k, op.P[0].Y*k)
		case CubicTo:
			dc.CubicTo(op.P[0].X*k, op.P[0].Y*k, op.P[1].X*k, op.P[1].Y*k, op.P[2].X*k, op.P[2].Y*k)
		case Close:
			dc.ClosePath()
		}
	}
	a := s.alpha()
	if s.Fill != "" {
		setColour(dc, s.Fill, a)
		dc.FillPreserve()
	}
	if s.Stroke != "" && s.Width > 0 {
		setColour(dc, s.Stroke, a)
		dc.SetLineWidth(s.Width * k)
		dash := make([]float64, len(s.Dash))
		for i, d := range s.Dash {
			dash[i] = d * k
		}
		dc.SetDash(dash...)
		dc.StrokePreserve()
	}
	dc.ClearPath()
}

func (r *pngWriter) text(t *Text) error {
	key := faceKey{t.Size * r.k, t.Bold}
	f, ok := r.faces[key]
	if !ok {
		var err error
		if f, err = newFace(t.Bold, key.size); err != nil {
			return err
		}
		r.faces[key] = f
	}
	r.dc.SetFontFace(f)
	setColour(r.dc, t.Color, 1)
	x, _ := t.Extent()
	for _, c := range t.S {
		s := string(c)
		r.dc.DrawString(s, x*r.k, t.Y*r.k)
		x += Measure(s, t.Size, t.Bold)
	}
	return nil
}

var (
	parsedMu sync.Mutex
	parsed   = map[bool]*opentype.Font{}
)

// newFace makes a face of the regular or bold font at size pixels.
func newFace(b bool, size float64) (font.Face, error) {
	parsedMu.Lock()
	defer parsedMu.Unlock()
	f, ok := parsed[b]
	if !ok {
		var err error
		if f, err = opentype.Parse(TTF(b)); err != nil {
			return nil, fmt.Errorf("png: %w", err)
		}
		parsed[b] = f
	}
	return opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
}

func setColour(dc *gg.Context, c string, a float64) {
	r, g, b := rgb(c)
	dc.SetRGBA(float64(r)/255, float64(g)/255, float64(b)/255, a)
}

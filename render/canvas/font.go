package canvas

import (
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// FontFamily is the name the SVG gives its text, and the PDF its font.
const FontFamily = "Go"

// FontMetrics are a font's vertical measures, in ems.
type FontMetrics struct {
	Ascent, Descent float64 // above and below the baseline, both positive
	LineGap         float64
}

// face is one parsed font and its advance widths, cached per rune.
type face struct {
	ttf     []byte
	f       *sfnt.Font
	metrics FontMetrics
	upem    float64

	mu  sync.Mutex
	buf sfnt.Buffer
	adv map[rune]float64 // advance in ems
}

var (
	loadOnce    sync.Once
	regular     *face
	bold        *face
	errLoadFont error
)

// load parses the two embedded fonts once.
func load() {
	loadOnce.Do(func() {
		regular, errLoadFont = parseFace(goregular.TTF)
		if errLoadFont == nil {
			bold, errLoadFont = parseFace(gobold.TTF)
		}
		if errLoadFont != nil {
			panic("canvas: the embedded Go fonts do not parse: " + errLoadFont.Error())
		}
	})
}

func parseFace(ttf []byte) (*face, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, err
	}
	fc := &face{ttf: ttf, f: f, upem: float64(f.UnitsPerEm()), adv: map[rune]float64{}}
	m, err := f.Metrics(&fc.buf, fixed.I(int(f.UnitsPerEm())), font.HintingNone)
	if err != nil {
		return nil, err
	}
	fc.metrics = FontMetrics{
		Ascent:  float64(m.Ascent) / 64 / fc.upem,
		Descent: float64(m.Descent) / 64 / fc.upem,
		LineGap: float64(m.Height-m.Ascent-m.Descent) / 64 / fc.upem,
	}
	return fc, nil
}

func faceOf(b bool) *face {
	load()
	if b {
		return bold
	}
	return regular
}

// Metrics returns the vertical metrics of the regular or bold font.
func Metrics(b bool) FontMetrics { return faceOf(b).metrics }

// TTF returns the TrueType data of the regular or bold font.
func TTF(b bool) []byte { return faceOf(b).ttf }

// Measure returns the advance width of s set in the regular or bold font
// at size points, without kerning (the writers set text unkerned: the SVG
// asks for font-kerning: none). Runes the font lacks count as its notdef
// glyph, which is what every writer draws for them.
func Measure(s string, size float64, b bool) float64 {
	fc := faceOf(b)
	fc.mu.Lock()
	defer fc.mu.Unlock()
	ppem := fixed.I(int(fc.upem))
	var w float64
	for _, r := range s {
		gi, err := fc.f.GlyphIndex(&fc.buf, r)
		if err != nil {
			gi = 0
		}
		a, ok := fc.adv[r]
		if !ok {
			if adv, err := fc.f.GlyphAdvance(&fc.buf, gi, ppem, font.HintingNone); err == nil {
				a = float64(adv) / 64 / fc.upem
			}
			fc.adv[r] = a
		}
		w += a
	}
	return w * size
}

package pdftext

import (
	"math"

	pdf "github.com/ledongthuc/pdf"
)

// glyph is one shown character: its origin on the baseline and its
// advance, in page space (points, y upwards), and the text it stands for.
type glyph struct {
	x, y, w, size float64
	s             string
	bold          bool
}

// rule is a horizontal line drawn on the page, such as the short rule
// that separates footnotes from the text.
type rule struct {
	x0, x1, y float64
}

// matrix is a PDF transformation matrix [a b 0; c d 0; e f 1].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// apply transforms the point (x, y).
func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// gstate is the part of the graphics state that text extraction needs.
type gstate struct {
	ctm                     matrix
	tc, tw, th, tl, tfs, ts float64
	tr                      int
	font                    *font
}

// interp runs content streams and collects glyphs and rules.
type interp struct {
	page    pdf.Page
	fonts   *fontCache
	glyphs  []glyph
	rules   []rule
	g       gstate
	stack   []gstate
	tm, tlm matrix
	path    []pathPoint
	depth   int // nesting of form XObjects
}

// pathPoint is a point of the current path; start says it opens a subpath.
type pathPoint struct {
	x, y  float64
	start bool
}

// maxFormDepth bounds the nesting of form XObjects, which a malformed
// file could make circular.
const maxFormDepth = 6

// run interprets one content stream (or array of streams) with resources.
func (in *interp) run(strm, resources pdf.Value) {
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		in.op(op, args, resources)
	})
}

// num returns args[i] as a number, 0 when it is missing.
func num(args []pdf.Value, i int) float64 {
	if i >= len(args) {
		return 0
	}
	return args[i].Float64()
}

// op executes one operator.
func (in *interp) op(op string, args []pdf.Value, resources pdf.Value) {
	g := &in.g
	switch op {
	case "q":
		in.stack = append(in.stack, in.g)
	case "Q":
		if n := len(in.stack); n > 0 {
			in.g = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if len(args) == 6 {
			g.ctm = matrix{num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5)}.mul(g.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tc":
		g.tc = num(args, 0)
	case "Tw":
		g.tw = num(args, 0)
	case "Tz":
		g.th = num(args, 0) / 100
	case "TL":
		g.tl = num(args, 0)
	case "Ts":
		g.ts = num(args, 0)
	case "Tr":
		g.tr = int(num(args, 0))
	case "Tf":
		if len(args) == 2 {
			g.font = in.fonts.get(resources, args[0].Name())
			g.tfs = num(args, 1)
		}
	case "Td", "TD":
		if op == "TD" {
			g.tl = -num(args, 1)
		}
		in.tlm = matrix{1, 0, 0, 1, num(args, 0), num(args, 1)}.mul(in.tlm)
		in.tm = in.tlm
	case "Tm":
		if len(args) == 6 {
			in.tm = matrix{num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5)}
			in.tlm = in.tm
		}
	case "T*":
		in.nextLine()
	case "Tj":
		if len(args) == 1 {
			in.show(args[0].RawString())
		}
	case "'":
		in.nextLine()
		if len(args) == 1 {
			in.show(args[0].RawString())
		}
	case "\"":
		if len(args) == 3 {
			g.tw, g.tc = num(args, 0), num(args, 1)
			in.nextLine()
			in.show(args[2].RawString())
		}
	case "TJ":
		if len(args) == 1 {
			in.showArray(args[0])
		}
	case "Do":
		if len(args) == 1 {
			in.form(resources, args[0].Name())
		}
	default:
		in.pathOp(op, args)
	}
}

// nextLine moves to the start of the next text line.
func (in *interp) nextLine() {
	in.tlm = matrix{1, 0, 0, 1, 0, -in.g.tl}.mul(in.tlm)
	in.tm = in.tlm
}

// showArray shows the strings of a TJ array, moving by its numbers.
func (in *interp) showArray(v pdf.Value) {
	for i := 0; i < v.Len(); i++ {
		x := v.Index(i)
		if x.Kind() == pdf.String {
			in.show(x.RawString())
			continue
		}
		tx := -x.Float64() / 1000 * in.g.tfs * in.g.th
		in.tm = matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
	}
}

// show places the glyphs of one string and advances the text matrix.
func (in *interp) show(raw string) {
	g := &in.g
	f := g.font
	if f == nil {
		f = unknownFont
	}
	for len(raw) > 0 {
		n := 1
		if f.twoByte && len(raw) >= 2 {
			n = 2
		}
		code := raw[:n]
		raw = raw[n:]
		w0 := f.width(code)
		trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.ts}.mul(in.tm).mul(g.ctm)
		if g.tr != 3 && g.tr != 7 && math.Abs(trm[1]) < 0.01*math.Abs(trm[0]) { // visible, horizontal
			s := f.decode(code)
			in.glyphs = append(in.glyphs, glyph{
				x: trm[4], y: trm[5], w: w0 / 1000 * math.Abs(trm[0]), size: math.Hypot(trm[2], trm[3]),
				s: s, bold: f.bold,
			})
		}
		tx := w0/1000*g.tfs + g.tc
		if n == 1 && code[0] == ' ' {
			tx += g.tw
		}
		in.tm = matrix{1, 0, 0, 1, tx * g.th, 0}.mul(in.tm)
	}
}

// form runs a form XObject named in resources.
func (in *interp) form(resources pdf.Value, name string) {
	x := resources.Key("XObject").Key(name)
	if x.Key("Subtype").Name() != "Form" || in.depth >= maxFormDepth {
		return
	}
	in.depth++
	defer func() { in.depth-- }()
	saved, savedStack := in.g, len(in.stack)
	if m := x.Key("Matrix"); m.Len() == 6 {
		in.g.ctm = matrix{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(),
			m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}.mul(in.g.ctm)
	}
	res, fonts := x.Key("Resources"), in.fonts
	if res.IsNull() {
		res = resources
	} else {
		in.fonts = &fontCache{byName: map[string]*font{}}
	}
	in.run(x, res)
	in.g, in.stack, in.fonts = saved, in.stack[:min(savedStack, len(in.stack))], fonts
}

// pathOp follows path construction far enough to find horizontal rules.
func (in *interp) pathOp(op string, args []pdf.Value) {
	switch op {
	case "m", "l":
		if len(args) == 2 {
			x, y := in.g.ctm.apply(num(args, 0), num(args, 1))
			in.path = append(in.path, pathPoint{x, y, op == "m"})
		}
	case "re":
		if len(args) == 4 {
			x0, y0 := in.g.ctm.apply(num(args, 0), num(args, 1))
			x1, y1 := in.g.ctm.apply(num(args, 0)+num(args, 2), num(args, 1)+num(args, 3))
			if math.Abs(y1-y0) < 2 && math.Abs(x1-x0) > 20 {
				in.rules = append(in.rules, rule{math.Min(x0, x1), math.Max(x0, x1), (y0 + y1) / 2})
			}
		}
	case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
		for i := 1; i < len(in.path); i++ {
			a, b := in.path[i-1], in.path[i]
			if !b.start && math.Abs(a.y-b.y) < 1 && math.Abs(a.x-b.x) > 20 {
				in.rules = append(in.rules, rule{math.Min(a.x, b.x), math.Max(a.x, b.x), a.y})
			}
		}
		in.path = in.path[:0]
	case "n":
		in.path = in.path[:0]
	}
}

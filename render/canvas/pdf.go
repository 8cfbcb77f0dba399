package canvas

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// epoch is the creation date written into every PDF, so that the same
// canvas always gives the same bytes.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// WritePDF writes the page as a one-page vector PDF of the page's size,
// with the fonts embedded as subsets, links on linked groups and the
// figure's title and description in the document's metadata.
func WritePDF(w io.Writer, c *Canvas) error {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: c.W, Ht: c.H}})
	pdf.SetCreationDate(epoch)
	pdf.SetModificationDate(epoch)
	pdf.SetCatalogSort(true)
	pdf.SetProducer("Recital", true)
	pdf.SetTitle(c.Title, true)
	pdf.SetSubject(c.Desc, true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.AddUTF8FontFromBytes(FontFamily, "", TTF(false))
	pdf.AddUTF8FontFromBytes(FontFamily, "B", TTF(true))
	pdf.AddPage()
	p := pdfWriter{pdf: pdf}
	for _, it := range c.Items {
		p.item(it)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return pdf.Output(w)
}

type pdfWriter struct {
	pdf   *fpdf.Fpdf
	alpha float64
}

func (p *pdfWriter) item(it Item) {
	switch it := it.(type) {
	case *Group:
		for _, c := range it.Items {
			p.item(c)
		}
		if it.Link != "" {
			if lo, hi, ok := it.bounds(); ok {
				p.pdf.LinkString(lo.X, lo.Y, hi.X-lo.X, hi.Y-lo.Y, it.Link)
			}
		}
	case *Path:
		p.path(it)
	case *Text:
		p.text(it)
	}
}

func (p *pdfWriter) setAlpha(a float64) {
	if a != p.alpha {
		p.pdf.SetAlpha(a, "Normal")
		p.alpha = a
	}
}

func (p *pdfWriter) path(s *Path) {
	style := ""
	if s.Fill != "" {
		r, g, b := rgb(s.Fill)
		p.pdf.SetFillColor(r, g, b)
		style += "F"
	}
	if s.Stroke != "" && s.Width > 0 {
		r, g, b := rgb(s.Stroke)
		p.pdf.SetDrawColor(r, g, b)
		p.pdf.SetLineWidth(s.Width)
		p.pdf.SetDashPattern(s.Dash, 0)
		style += "D"
	}
	if style == "" || len(s.Ops) == 0 {
		return
	}
	p.setAlpha(s.alpha())
	for _, op := range s.Ops {
		switch op.Kind {
		case MoveTo:
			p.pdf.MoveTo(op.P[0].X, op.P[0].Y)
		case LineTo:
			p.pdf.LineTo(op.P[0].X, op.P[0].Y)
		case CubicTo:
			p.pdf.CurveBezierCubicTo(op.P[0].X, op.P[0].Y, op.P[1].X, op.P[1].Y, op.P[2].X, op.P[2].Y)
		case Close:
			p.pdf.ClosePath()
		}
	}
	p.pdf.DrawPath(style)
}

func (p *pdfWriter) text(t *Text) {
	style := ""
	if t.Bold {
		style = "B"
	}
	p.setAlpha(1)
	p.pdf.SetFont(FontFamily, style, t.Size)
	r, g, b := rgb(t.Color)
	p.pdf.SetTextColor(r, g, b)
	x0, _ := t.Extent()
	p.pdf.Text(x0, t.Y, t.S)
}

// rgb reads "#rrggbb"; anything else is black.
func rgb(c string) (r, g, b int) {
	if len(c) != 7 || c[0] != '#' {
		return 0, 0, 0
	}
	v, err := strconv.ParseUint(c[1:], 16, 32)
	if err != nil {
		return 0, 0, 0
	}
	return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)
}

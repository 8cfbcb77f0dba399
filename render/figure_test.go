package render

import (
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
	"github.com/recital-un/recital/render/canvas"
	"github.com/recital-un/recital/render/svg"
)

// graphviz lays DOT out with the library, as the command does.
func graphviz(dot []byte) ([]byte, error) { return svg.Render(dot, "svg") }

// hubGraph is a hub adopted in 1960 and cited by 150 General Assembly
// resolutions (1961–2020), 60 Security Council resolutions (1961–1990),
// 20 of ECOSOC and 10 of the Human Rights Council; every fifth Assembly
// resolution is cited in turn by a later report-taking resolution, and
// the Assembly's 1970 resolution is cited by many of its successors.
func hubGraph(t testing.TB) *graph.Graph {
	t.Helper()
	const hub = "A/RES/1514(XV)"
	var docs []*parser.Document
	add := func(sym, date, title string, cites ...string) {
		d := &parser.Document{Source: sym + ".txt", Format: parser.FormatText, Symbol: sym, Adopted: date, Title: title}
		for _, c := range cites {
			d.Citations = append(d.Citations, cite(c, "recalling", ""))
		}
		docs = append(docs, d)
	}
	add(hub, "1960-12-14", "Declaration on the granting of independence to colonial countries and peoples")
	for i := range 150 {
		year := 1961 + i*60/150
		cites := []string{hub}
		if i > 20 && i%3 == 0 {
			cites = append(cites, "A/RES/25/1")
		}
		add(fmt.Sprintf("A/RES/%d/%d", year-1945, 1+i%7), fmt.Sprintf("%d-12-%02d", year, 1+i%20),
			"Implementation of the Declaration on the granting of independence to colonial countries and peoples, with a long title that must wrap", cites...)
	}
	add("A/RES/25/1", "1970-10-01", "Programme of action for the full implementation of the Declaration", hub)
	for i := range 60 {
		year := 1961 + i/2
		add(fmt.Sprintf("S/RES/%d(%d)", 160+i, year), fmt.Sprintf("%d-%02d-10", year, 1+i%12), "Question concerning a Territory", hub)
	}
	for i := range 20 {
		add(fmt.Sprintf("E/RES/%d/%d", 1980+i, 10+i), fmt.Sprintf("%d-07-20", 1980+i), "Support to Non-Self-Governing Territories", hub)
	}
	for i := range 10 {
		add(fmt.Sprintf("A/HRC/RES/%d/%d", 10+i, 5), fmt.Sprintf("%d-03-25", 2009+i), "Right of peoples to self-determination", hub)
	}
	for i := range 30 {
		year := 1962 + i*2
		cited := fmt.Sprintf("A/RES/%d/%d", 1961+(i*5)*60/150-1945, 1+(i*5)%7)
		add(fmt.Sprintf("A/RES/%d/%d", year-1945, 100+i), fmt.Sprintf("%d-12-20", year), "Report of the Special Committee", cited)
	}
	g, err := graph.Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// checkPage checks that the canvas is the page, in one orientation.
func checkPage(t *testing.T, c *canvas.Canvas, p Page) {
	t.Helper()
	if !(near(c.W, p.W) && near(c.H, p.H) || near(c.W, p.H) && near(c.H, p.W)) {
		t.Errorf("page is %.2f×%.2f pt, want %s (%.2f×%.2f) in either orientation", c.W, c.H, p.Name, p.W, p.H)
	}
	canvas.Walk(c.Items, func(it canvas.Item) {
		lo, hi, ok := canvas.Bounds([]canvas.Item{it})
		if ok && (lo.X < -0.01 || lo.Y < -0.01 || hi.X > c.W+0.01 || hi.Y > c.H+0.01) {
			if g, isGroup := it.(*canvas.Group); !isGroup || g.Class != "citations" {
				t.Errorf("%T %s lies off the page: (%.1f, %.1f)–(%.1f, %.1f)", it, describe(it), lo.X, lo.Y, hi.X, hi.Y)
			}
		}
		if tx, ok := it.(*canvas.Text); ok && tx.Size < MinText-1e-9 {
			t.Errorf("text %q is set in %.2f pt, below %g pt", tx.S, tx.Size, MinText)
		}
	})
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

func describe(it canvas.Item) string {
	switch it := it.(type) {
	case *canvas.Text:
		return fmt.Sprintf("%q", it.S)
	case *canvas.Group:
		return it.ID
	}
	return ""
}

// checkLabels checks that every line of every node's label lies inside
// the node's shape, measured with the metrics of the font the writers
// embed, and returns the number of nodes.
func checkLabels(t *testing.T, c *canvas.Canvas) int {
	t.Helper()
	nodes := 0
	canvas.Walk(c.Items, func(it canvas.Item) {
		g, ok := it.(*canvas.Group)
		if !ok || g.Class != "node" {
			return
		}
		nodes++
		var shapeLo, shapeHi canvas.Pt
		found := false
		for _, c := range g.Items {
			if p, ok := c.(*canvas.Path); ok && p.Fill != "" {
				shapeLo, shapeHi, _ = canvas.Bounds([]canvas.Item{p})
				found = true
				break
			}
		}
		if !found {
			t.Errorf("node %s has no shape", g.Title)
			return
		}
		for _, c := range g.Items {
			tx, ok := c.(*canvas.Text)
			if !ok {
				continue
			}
			x0, x1 := tx.Extent()
			m := canvas.Metrics(tx.Bold)
			if x0 < shapeLo.X+1 || x1 > shapeHi.X-1 || tx.Y-m.Ascent*tx.Size < shapeLo.Y || tx.Y+m.Descent*tx.Size > shapeHi.Y {
				t.Errorf("node %s: %q (%.1f–%.1f, baseline %.1f) does not fit its box (%.1f, %.1f)–(%.1f, %.1f)",
					g.Title, tx.S, x0, x1, tx.Y, shapeLo.X, shapeLo.Y, shapeHi.X, shapeHi.Y)
			}
		}
	})
	return nodes
}

// captionText is the text of the figure's caption.
func captionText(c *canvas.Canvas) string {
	var parts []string
	for _, it := range c.Items {
		if g, ok := it.(*canvas.Group); ok && g.ID == "caption" {
			for _, t := range g.Items {
				parts = append(parts, t.(*canvas.Text).S)
			}
		}
	}
	return strings.Join(parts, " ")
}

// TestLineageView draws the lineage of the small graph on A4 and letter.
func TestLineageView(t *testing.T) {
	g := smallGraph(t)
	l, err := g.Lineage("A/RES/60/45", 0)
	if err != nil {
		t.Fatal(err)
	}
	f, err := FromLineage(g, l, Options{MaxNodes: 150, MaxEdges: 250})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []Page{Pages["a4"], Pages["letter"]} {
		c, err := Lineage(f, p, graphviz)
		if err != nil {
			t.Fatal(err)
		}
		checkPage(t, c, p)
		if n := checkLabels(t, c); n != len(f.Nodes) {
			t.Errorf("%d nodes drawn, want %d", n, len(f.Nodes))
		}
		if cap := captionText(c); !strings.HasPrefix(cap, "Lineage of A/RES/60/45: Developments") || strings.Contains(cap, "shown") {
			t.Errorf("caption = %q", cap)
		}
	}
}

// TestLineageViewReal draws 60/45 from the real seed file.
func TestLineageViewReal(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("../../shared", "seeds/000_f185a9db89c9077f.txt"))
	if err != nil {
		t.Skipf("../shared is not present (%v): the real lineage cannot be drawn", err)
	}
	d, err := parser.Parse("seed.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build([]*parser.Document{d})
	if err != nil {
		t.Fatal(err)
	}
	l, err := g.Lineage("A/RES/60/45", 0)
	if err != nil {
		t.Fatal(err)
	}
	f, err := FromLineage(g, l, Options{MaxNodes: 150, MaxEdges: 250})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Lineage(f, Pages["a4"], graphviz)
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, c, Pages["a4"])
	if n := checkLabels(t, c); n < 20 {
		t.Errorf("only %d nodes drawn", n)
	}
}

// TestCitedByHub draws what cites a hub: above the limit, the caption
// states the cut; the lineage view does not fit A4 legibly and says so;
// the timeline does, with every document on the page.
func TestCitedByHub(t *testing.T) {
	g := hubGraph(t)
	l, err := g.CitedBy("A/RES/1514(XV)", 1)
	if err != nil {
		t.Fatal(err)
	}
	f, err := FromLineage(g, l, Options{MaxNodes: 80, MaxEdges: 250})
	if err != nil {
		t.Fatal(err)
	}
	want := "80 of 242 documents shown: the root, 79 of the 241 direct citers, chosen as each body's first, then the earliest and the most cited"
	if f.Cut != want {
		t.Errorf("cut = %q\nwant %q", f.Cut, want)
	}
	_, err = Lineage(f, Pages["a4"], graphviz)
	var tooLarge *TooLargeError
	if !errors.As(err, &tooLarge) {
		t.Fatalf("Lineage of 80 citers on A4: err = %v, want a *TooLargeError", err)
	}
	if tooLarge.Type >= MinText {
		t.Errorf("TooLargeError says type would be %.1f pt", tooLarge.Type)
	}
	// On a page of its own size the lineage is drawn at full size.
	c, err := Lineage(f, Page{}, graphviz)
	if err != nil {
		t.Fatal(err)
	}
	checkLabels(t, c)
	if cap := captionText(c); !strings.Contains(cap, want) {
		t.Errorf("caption %q does not state the cut", cap)
	}

	all, err := FromLineage(g, l, Options{MaxNodes: 2500, MaxEdges: 6000})
	if err != nil {
		t.Fatal(err)
	}
	tl, err := Timeline(all, Pages["a4"])
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, tl, Pages["a4"])
	if tl.W < tl.H {
		t.Errorf("timeline is %.0f×%.0f: want landscape", tl.W, tl.H)
	}
	marks := 0
	lanes := map[string]bool{}
	canvas.Walk(tl.Items, func(it canvas.Item) {
		if g, ok := it.(*canvas.Group); ok {
			switch g.Class {
			case "node":
				marks++
				if g.Title == "" || g.Desc == "" {
					t.Errorf("mark %s has no title or description", g.ID)
				}
			case "lane":
				lanes[g.ID] = true
			}
		}
	})
	if marks != 242 {
		t.Errorf("timeline draws %d marks, want 242", marks)
	}
	for _, l := range []string{"lane-GA", "lane-SC", "lane-ECOSOC", "lane-HRC"} {
		if !lanes[l] {
			t.Errorf("no %s in %v", l, lanes)
		}
	}
}

// TestTimelineCut states a timeline's cut in its caption.
func TestTimelineCut(t *testing.T) {
	g := hubGraph(t)
	l, err := g.CitedBy("A/RES/1514(XV)", 0)
	if err != nil {
		t.Fatal(err)
	}
	f, err := FromLineage(g, l, Options{MaxNodes: 200, MaxEdges: 6000, Keep: KeepCited})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Timeline(f, Pages["letter"])
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, c, Pages["letter"])
	want := "200 of 272 documents shown: the root, 199 of the 241 direct citers and none of the 30 indirect citers, chosen as the most cited."
	if cap := captionText(c); !strings.Contains(cap, want) {
		t.Errorf("caption %q does not say %q", cap, want)
	}
}

func TestChoose(t *testing.T) {
	g := hubGraph(t)
	l, err := g.CitedBy("A/RES/1514(XV)", 0)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		keep      Keep
		has, hasn []string
	}{
		{KeepRelevant, []string{"A/RES/16/1", "S/RES/160(1961)", "E/RES/1980/10", "A/HRC/RES/10/5", "A/RES/25/1"}, []string{"A/RES/17/100"}},
		{KeepEarliest, []string{"A/RES/16/1", "S/RES/160(1961)"}, []string{"A/HRC/RES/19/5", "A/RES/17/100"}},
		{KeepRecent, []string{"A/HRC/RES/19/5", "A/RES/75/2"}, []string{"A/RES/16/1"}},
		{KeepCited, []string{"A/RES/25/1"}, []string{"A/RES/17/100"}},
	}
	f, err := FromLineage(g, l, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Nodes) != l.Count()+1 || f.Cut != "" {
		t.Errorf("no limit: %d documents drawn of %d, cut %q", len(f.Nodes), l.Count()+1, f.Cut)
	}
	for _, tt := range tests {
		f, err := FromLineage(g, l, Options{MaxNodes: 40, Keep: tt.keep})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, n := range f.Nodes {
			ids = append(ids, n.ID)
		}
		if len(ids) != 40 || !slices.Contains(ids, "A/RES/1514(XV)") {
			t.Errorf("keep %d: %d documents, root kept %v", tt.keep, len(ids), slices.Contains(ids, "A/RES/1514(XV)"))
		}
		for _, id := range tt.has {
			if !slices.Contains(ids, id) {
				t.Errorf("keep %d: %s left out", tt.keep, id)
			}
		}
		for _, id := range tt.hasn {
			if slices.Contains(ids, id) {
				t.Errorf("keep %d: %s kept", tt.keep, id)
			}
		}
	}
}

// TestSameBytes draws the same figure twice in every format.
func TestSameBytes(t *testing.T) {
	g := smallGraph(t)
	l, _ := g.Lineage("A/RES/60/45", 0)
	draw := func() [3][]byte {
		f, err := FromLineage(g, l, Options{MaxNodes: 150})
		if err != nil {
			t.Fatal(err)
		}
		c, err := Lineage(f, Pages["a4"], graphviz)
		if err != nil {
			t.Fatal(err)
		}
		var out [3]bytes.Buffer
		if err := canvas.WriteSVG(&out[0], c); err != nil {
			t.Fatal(err)
		}
		if err := canvas.WritePDF(&out[1], c); err != nil {
			t.Fatal(err)
		}
		if err := canvas.WritePNG(&out[2], c, 72); err != nil {
			t.Fatal(err)
		}
		return [3][]byte{out[0].Bytes(), out[1].Bytes(), out[2].Bytes()}
	}
	a, b := draw(), draw()
	for i, name := range []string{"SVG", "PDF", "PNG"} {
		if !bytes.Equal(a[i], b[i]) {
			t.Errorf("two %s renderings of the same figure differ", name)
		}
	}
}

// TestRowsWrap puts a crowded year on several rows and collapses empty
// years with a break on the axis.
func TestRowsWrap(t *testing.T) {
	var docs []*parser.Document
	root := &parser.Document{Source: "root", Format: parser.FormatText, Symbol: "A/RES/70/1", Adopted: "2015-12-20"}
	for i := range 30 {
		sym := fmt.Sprintf("A/RES/60/%d", i+1)
		docs = append(docs, &parser.Document{Source: sym, Format: parser.FormatText, Symbol: sym, Adopted: "2005-12-01"})
		root.Citations = append(root.Citations, cite(sym, "recalling", ""))
	}
	g, err := graph.Build(append(docs, root))
	if err != nil {
		t.Fatal(err)
	}
	l, _ := g.Lineage("A/RES/70/1", 0)
	f, err := FromLineage(g, l, Options{MaxNodes: 150, MaxEdges: 250})
	if err != nil {
		t.Fatal(err)
	}
	boxes := makeBoxes(f)
	rows := assignRows(boxes, rowCapacity(boxes, Pages["a4"]))
	if want := []string{"2005/00", "2005/01", "2005/02", "2015/00"}; !slices.Equal(rows, want) {
		t.Errorf("rows = %q, want %q", rows, want)
	}
	c, err := Lineage(f, Pages["a4"], graphviz)
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, c, Pages["a4"])
	checkLabels(t, c)
	breaks := 0
	canvas.Walk(c.Items, func(it canvas.Item) {
		if g, ok := it.(*canvas.Group); ok && g.Class == "axis-break" {
			breaks++
		}
	})
	if breaks != 1 {
		t.Errorf("%d breaks on the axis, want 1 (2006–2014)", breaks)
	}
}

// TestTimelineUndated draws a set whose documents have no date: they go in
// the column at the right, and the caption says so.
func TestTimelineUndated(t *testing.T) {
	nodes := []*graph.Node{{ID: "A/9601", Kind: parser.KindDocument}, {ID: "A/ES-10/273", Kind: parser.KindDocument}}
	g, err := graph.New(nodes, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := FromSet(g, "Documents of test", g.Nodes(), nil, Options{MaxNodes: 10})
	c, err := Timeline(f, Pages["a4"])
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, c, Pages["a4"])
	if cap := captionText(c); !strings.Contains(cap, "2 undated documents are drawn in the column at the right") {
		t.Errorf("caption = %q", cap)
	}
	marks := 0
	canvas.Walk(c.Items, func(it canvas.Item) {
		if g, ok := it.(*canvas.Group); ok && g.Class == "node" {
			marks++
		}
	})
	if marks != 2 {
		t.Errorf("%d marks drawn, want 2", marks)
	}
}

// TestPDFOfFigure checks with pdftoppm that a lineage's PDF opens as one
// page of the size the canvas states.
func TestPDFOfFigure(t *testing.T) {
	pdftoppm, err := exec.LookPath("pdftoppm")
	if err != nil {
		t.Skip("pdftoppm is not installed (Debian: poppler-utils): the PDF cannot be checked")
	}
	g := smallGraph(t)
	l, _ := g.Lineage("A/RES/60/45", 0)
	f, err := FromLineage(g, l, Options{MaxNodes: 150})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Lineage(f, Pages["letter"], graphviz)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := canvas.WritePDF(&buf, c); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "fig.pdf")
	if err := os.WriteFile(pdf, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(pdftoppm, "-r", "72", "-png", "-singlefile", pdf, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	fh, err := os.Open(filepath.Join(dir, "page.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	cfg, err := png.DecodeConfig(fh)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Width != int(math.Round(c.W)) || cfg.Height != int(math.Round(c.H)) {
		t.Errorf("pdftoppm made a %d×%d page, want %.0f×%.0f (letter)", cfg.Width, cfg.Height, c.W, c.H)
	}
}

package serve

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/recital-un/recital/export"
	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/render"
	"github.com/recital-un/recital/render/svg"
)

// maxSVGNodes bounds the documents an SVG export lays out: Graphviz takes
// seconds from a few hundred on.
const maxSVGNodes = 600

// extensions names the file each format downloads as.
var extensions = map[string]string{
	"json": ".json", "graphml": ".graphml", "gexf": ".gexf", "csv": ".zip", "mermaid": ".mmd", "dot": ".dot",
	"vault": ".zip", "bibtex": ".bib", "csl-json": ".csl.json", "html": ".html", "svg": ".svg",
}

// contentTypes are the media types of the downloads, by extension.
var contentTypes = map[string]string{
	".json": "application/json", ".csl.json": "application/vnd.citationstyles.csl+json", ".graphml": "application/xml",
	".gexf": "application/xml", ".zip": "application/zip", ".mmd": "text/plain; charset=utf-8",
	".dot": "text/vnd.graphviz; charset=utf-8", ".bib": "application/x-bibtex; charset=utf-8",
	".html": "text/html; charset=utf-8", ".svg": "image/svg+xml",
}

// handleExport writes the documents the page shows, and every citation
// among them, in the format asked for, as a download: through package
// export, as 'recital export' does, or for svg through package render, as
// 'recital render' does. Folder formats (vault, csv) come as a zip.
//
// The form fields are format, root (the document the view is around) and
// nodes (the symbols of the documents shown, one per line).
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is over %d bytes", tooBig.Limit))
			return
		}
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	format := r.PostFormValue("format")
	ext, ok := extensions[format]
	if !ok {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown format %q: want one of %s", format, strings.Join(slices.Sorted(maps.Keys(extensions)), ", ")))
		return
	}
	rootIdx, ok := s.lookup(w, "root", r.PostFormValue("root"))
	if !ok {
		return
	}
	l, err := s.selection(s.ix.Node(rootIdx), r.PostFormValue("nodes"))
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	body, err := s.export(format, l)
	if err != nil {
		writeError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	name := "recital-" + fileSafe(l.Root.ID) + ext
	w.Header().Set("Content-Type", contentTypes[ext])
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(body)
}

// selection turns the symbols of a view into a lineage around root: each
// document's generation is its distance from root along the citations
// among the documents chosen, either way. Documents not joined to root
// by them are refused, as are symbols the graph does not hold.
func (s *Server) selection(root *graph.Node, list string) (*graph.Lineage, error) {
	chosen := map[string]bool{root.ID: true}
	for _, id := range strings.Fields(list) {
		if s.g.Node(id) == nil {
			return nil, fmt.Errorf("nodes: %s is not in %s", id, s.name())
		}
		chosen[id] = true
	}
	if len(chosen) > maxViewNodes {
		return nil, fmt.Errorf("nodes: %d documents, over the %d a view holds", len(chosen), maxViewNodes)
	}
	dist := map[string]int{root.ID: 0}
	frontier := []string{root.ID}
	l := &graph.Lineage{Root: root, Direction: graph.Ancestors}
	for gen := 1; len(frontier) > 0; gen++ {
		var next []string
		for _, id := range frontier {
			i, _ := s.ix.Lookup(id)
			for _, adj := range [][]int32{s.ix.Out().Succ(i), s.ix.In().Succ(i)} {
				for _, j := range adj {
					n := s.ix.Node(j)
					if _, seen := dist[n.ID]; chosen[n.ID] && !seen {
						dist[n.ID] = gen
						next = append(next, n.ID)
					}
				}
			}
		}
		if len(next) == 0 {
			break
		}
		slices.Sort(next)
		step := graph.Generation{Number: gen}
		for _, id := range next {
			step.Steps = append(step.Steps, graph.Step{Node: s.g.Node(id), Relations: []string{}})
		}
		l.Generations = append(l.Generations, step)
		frontier = next
	}
	if len(dist) < len(chosen) {
		return nil, fmt.Errorf("nodes: %d documents are not joined to %s by citations among those chosen", len(chosen)-len(dist), root.ID)
	}
	return l, nil
}

// export writes the lineage in format.
func (s *Server) export(format string, l *graph.Lineage) ([]byte, error) {
	if format == "svg" {
		return s.svg(l)
	}
	f, ok := export.Lookup(format)
	if !ok {
		return nil, fmt.Errorf("unknown format %q", format)
	}
	sub, err := export.Lineage(s.g, l)
	if err != nil {
		return nil, err
	}
	if s.read != nil {
		sub.Texts = export.NewTexts(s.read)
	}
	var m export.Memory
	if err := f.Write(&m, sub); err != nil {
		return nil, err
	}
	names := m.Names()
	if !f.Folder() && len(names) == 1 {
		return m.Bytes(names[0]), nil
	}
	return zipFiles(&m)
}

// svg draws the lineage as 'recital render' does.
func (s *Server) svg(l *graph.Lineage) ([]byte, error) {
	if n := l.Count() + 1; n > maxSVGNodes {
		return nil, fmt.Errorf("%d documents are too many to lay out as SVG (%d at most): filter the view first", n, maxSVGNodes)
	}
	v, err := s.g.View(l)
	if err != nil {
		return nil, err
	}
	var dot bytes.Buffer
	if err := render.WriteDOT(&dot, v); err != nil {
		return nil, err
	}
	s.renderMu.Lock()
	defer s.renderMu.Unlock()
	return svg.Render(dot.Bytes(), "svg")
}

// zipEpoch is the modification time of every file in a zip, so that the
// same view always gives the same bytes.
var zipEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// zipFiles packs the files of m, in name order, into a zip.
func zipFiles(m *export.Memory) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range m.Names() {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipEpoch})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write(m.Bytes(name)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// fileSafe turns a symbol into a file name: A/RES/1514(XV) → A-RES-1514-XV.
func fileSafe(id string) string {
	f := strings.FieldsFunc(id, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '.')
	})
	return strings.Join(f, "-")
}

package export

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/recital-un/recital/internal/textfit"
	"github.com/recital-un/recital/parser"
)

// cslJSONFormat writes CSL-JSON (https://citeproc-js.readthedocs.io), the
// bibliography format of Zotero and of Pandoc's --citeproc: one item per
// document. Resolutions and decisions are of type legislation, with the
// fields legal styles (OSCOLA, Bluebook) use: the issuing body as
// authority, the symbol as number, the adoption date as issued and
// event-date; other documents are reports. Every item has the body as
// author, "United Nations" as publisher, the kind of document as genre
// and the undocs.org URL; SC topics are keywords. Titles are protected
// from case changes as in the BibTeX export (<span class="nocase">).
// Item IDs are the same keys as the BibTeX export's. Pandoc reads the file
// as CSL-JSON only when its name ends in .json.
type cslJSONFormat struct{}

func (cslJSONFormat) Name() string { return "csl-json" }
func (cslJSONFormat) Folder() bool { return false }

// cslItem is one CSL-JSON item; fields are written in this order.
type cslItem struct {
	ID        string     `json:"id"`
	Type      string     `json:"type"`
	Title     string     `json:"title"`
	Author    []cslName  `json:"author"`
	Publisher string     `json:"publisher"`
	Authority string     `json:"authority,omitempty"`
	Genre     string     `json:"genre"`
	Number    string     `json:"number"`
	Issued    *cslDate   `json:"issued,omitempty"`
	EventDate *cslDate   `json:"event-date,omitempty"`
	Keyword   string     `json:"keyword,omitempty"`
	Note      string     `json:"note,omitempty"`
	URL       string     `json:"URL,omitempty"`
	Custom    *cslCustom `json:"custom,omitempty"`
}

// cslName is an institutional name.
type cslName struct {
	Literal string `json:"literal"`
}

// cslDate is a CSL date: year, month, day.
type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// cslCustom keeps Recital's own fields (CSL-JSON's "custom" object).
type cslCustom struct {
	Symbol string `json:"symbol"`
	Body   string `json:"body,omitempty"`
	Kind   string `json:"kind"`
}

// Write writes the items as one JSON array, in ID order.
func (cslJSONFormat) Write(out Output, s *Subgraph) error {
	w, err := out.Create("references.json")
	if err != nil {
		return err
	}
	keys := uniqueNames(s.Nodes, CiteKey, "_")
	items := make([]cslItem, len(s.Nodes))
	for i, n := range s.Nodes {
		d := s.Doc(n)
		items[i] = cslItem{
			ID: keys[n.ID], Type: "report", Title: nocase(textfit.OneLine(citeTitle(n, d))),
			Author: []cslName{{bodyName(n)}}, Publisher: "United Nations",
			Genre: kindLabel(n.Kind), Number: n.ID, URL: link(n), Keyword: d.Topic,
			Custom: &cslCustom{Symbol: n.ID, Body: string(n.Body), Kind: string(n.Kind)},
		}
		if d.TitleSource != "" {
			items[i].Note = "Title: " + d.TitleSource
		}
		items[i].Issued = cslDateOf(d.Date)
		if n.Kind == parser.KindResolution || n.Kind == parser.KindDecision {
			items[i].Type, items[i].Authority, items[i].EventDate = "legislation", bodyName(n), items[i].Issued
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(items)
}

// nocase protects a title from the case changes of CSL styles, as the
// double braces of the BibTeX export do: citeproc-js and Pandoc leave
// text inside <span class="nocase"> as written. Markup characters are
// escaped.
func nocase(title string) string {
	return `<span class="nocase">` + htmlEscaper.Replace(title) + `</span>`
}

// htmlEscaper escapes the characters CSL's rich text reads as markup.
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// cslDateOf turns an ISO date, or a year, into a CSL date; nil for
// anything else.
func cslDateOf(date string) *cslDate {
	atoi := func(s string) int { v, _ := strconv.Atoi(s); return v }
	switch {
	case isISODate(date):
		return &cslDate{DateParts: [][]int{{atoi(date[:4]), atoi(date[5:7]), atoi(date[8:])}}}
	case len(date) >= 4 && atoi(date[:4]) > 0:
		return &cslDate{DateParts: [][]int{{atoi(date[:4])}}}
	}
	return nil
}

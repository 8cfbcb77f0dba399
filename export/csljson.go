package export

import (
	"encoding/json"
	"strconv"
)

// cslJSONFormat writes CSL-JSON (https://citeproc-js.readthedocs.io), the
// bibliography format of Zotero and of Pandoc's --citeproc: one item per
// document, of type report (as in the BibTeX export), with the issuing
// body as author, "United Nations" as publisher, the kind of document as
// genre, the symbol as number, the date as issued and the undocs.org URL.
// Item IDs are the same keys as the BibTeX export's.
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
	Genre     string     `json:"genre"`
	Number    string     `json:"number"`
	Issued    *cslDate   `json:"issued,omitempty"`
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
		items[i] = cslItem{
			ID: keys[n.ID], Type: "report", Title: bibTitle(n),
			Author: []cslName{{bodyName(n)}}, Publisher: "United Nations",
			Genre: kindLabel(n.Kind), Number: n.ID, URL: link(n),
			Custom: &cslCustom{Symbol: n.ID, Body: string(n.Body), Kind: string(n.Kind)},
		}
		items[i].Issued = cslDateOf(n.Date)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(items)
}

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

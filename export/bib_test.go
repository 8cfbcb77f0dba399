package export

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
)

func TestCiteKey(t *testing.T) {
	tests := []struct{ id, want string }{
		{"S/RES/1373(2001)", "SRES1373_2001"},
		{"A/RES/60/45", "ARES60_45"},
		{"A/RES/1514(XV)", "ARES1514_XV"},
		{"A/RES/ES-10/19", "ARESES_10_19"},
		{"A/C.3/75/L.2/Rev.1", "AC_3_75_L_2_Rev_1"},
		{"S/PRST/2005/1", "SPRST2005_1"},
		{"A/DEC/59/551", "ADEC59_551"},
		{"E/2019/28", "E2019_28"},
		{"A/60/202", "A60_202"},
		{"A/RES/66/253", "ARES66_253"},
		{"1/2", "UN1_2"},
	}
	for _, tt := range tests {
		if got := CiteKey(tt.id); got != tt.want {
			t.Errorf("CiteKey(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

// pandocKey is the syntax of a citation key Pandoc reads after @ without
// braces, restricted to what BibTeX keys allow too.
var pandocKey = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// TestCiteKeysUnique checks that keys never collide, even ignoring case,
// and stay valid.
func TestCiteKeysUnique(t *testing.T) {
	nodes := []*graph.Node{{ID: "A/RES/60/45"}, {ID: "AR/ES/60/45"}, {ID: "A/RES/60/45/Rev.1"}, {ID: "a/res/60/45"}, {ID: "A/RES/60/45/REV.1"}}
	keys := uniqueNames(nodes, CiteKey, "_")
	seen := map[string]string{}
	for _, n := range nodes {
		k := keys[n.ID]
		if !pandocKey.MatchString(k) {
			t.Errorf("key %q of %s is not a valid key", k, n.ID)
		}
		if other, ok := seen[strings.ToLower(k)]; ok {
			t.Errorf("%s and %s share the key %q", other, n.ID, k)
		}
		seen[strings.ToLower(k)] = n.ID
	}
	if keys["A/RES/60/45"] != "ARES60_45" {
		t.Errorf("the first symbol lost its plain key: %q", keys["A/RES/60/45"])
	}
}

// TestBibEntries checks the fields of the BibTeX and CSL-JSON entries.
func TestBibEntries(t *testing.T) {
	s := Whole(smallGraph(t))
	bib := string(single(t, write(t, "bibtex", s)))
	for _, want := range []string{
		"@techreport{SRES1373_2001,\n  author       = {{United Nations Security Council}},\n  title        = {{Threats to international peace and security caused by terrorist acts}},\n  date         = {2001-09-28},\n  month        = sep,\n  year         = {2001},\n  type         = {Resolution},\n  number       = {S/RES/1373(2001)},\n  institution  = {United Nations},\n  url          = {https://undocs.org/S/RES/1373(2001)},\n}",
		`title        = {{Budget \{50\%\} \$ \# \_ \textasciitilde{} \textasciicircum{} — Développement durable}}`,
		`title        = {{Developments in the field of "information" \& <telecommunications> \textbackslash{} test}}`,
		"@techreport{ADEC59_551,", "  type         = {Decision},", "  type         = {Presidential statement},",
	} {
		if !strings.Contains(bib, want) {
			t.Errorf("the BibTeX export lacks\n%s", want)
		}
	}
	if strings.Contains(bib[strings.Index(bib, "{ADEC59_551"):strings.Index(bib, "{ARES58_32")], "url") {
		t.Error("a decision has a URL, but it has no document of its own")
	}
	var items []map[string]any
	if err := json.Unmarshal(single(t, write(t, "csl-json", s)), &items); err != nil {
		t.Fatal(err)
	}
	if len(items) != len(s.Nodes) {
		t.Fatalf("%d CSL items, want %d", len(items), len(s.Nodes))
	}
	var sc map[string]any
	for _, it := range items {
		if it["id"] == "SRES1373_2001" {
			sc = it
		}
	}
	want := `{"URL":"https://undocs.org/S/RES/1373(2001)","author":[{"literal":"United Nations Security Council"}],` +
		`"authority":"United Nations Security Council",` +
		`"custom":{"body":"SC","kind":"resolution","symbol":"S/RES/1373(2001)"},"event-date":{"date-parts":[[2001,9,28]]},` +
		`"genre":"Resolution","id":"SRES1373_2001",` +
		`"issued":{"date-parts":[[2001,9,28]]},"number":"S/RES/1373(2001)","publisher":"United Nations",` +
		`"title":"\u003cspan class=\"nocase\"\u003eThreats to international peace and security caused by terrorist acts\u003c/span\u003e","type":"legislation"}`
	if got, _ := json.Marshal(sc); string(got) != want {
		t.Errorf("CSL item\n got %s\nwant %s", got, want)
	}
}

// TestBibFacts checks that titles, dates and topics from the metadata
// index reach the bibliographies, with a derived title's source noted.
func TestBibFacts(t *testing.T) {
	s := Whole(smallGraph(t))
	s.Facts = func(id string) (Facts, bool) {
		switch id {
		case "A/60/202":
			return Facts{Date: "1998-12-04", Title: "Developments in ICT", TitleSource: "derived from how citing texts describe it"}, true
		case "S/RES/1373(2001)":
			return Facts{Topic: "Threats to international peace and security caused by terrorist acts"}, true
		}
		return Facts{}, false
	}
	bib := string(single(t, write(t, "bibtex", s)))
	entry := bib[strings.Index(bib, "{A60_202,"):]
	entry = entry[:strings.Index(entry, "\n}")]
	for _, want := range []string{"title        = {{Developments in ICT}}", "date         = {1998-12-04}", "note         = {Title: derived from how citing texts describe it}"} {
		if !strings.Contains(entry, want) {
			t.Errorf("the entry of A/60/202 lacks %q:\n%s", want, entry)
		}
	}
	if !strings.Contains(bib, "keywords     = {Threats to international peace and security caused by terrorist acts}") {
		t.Error("the SC topic is not a keyword")
	}
}

// citingNote cites two entries of the small graph, with a locator.
const citingNote = `The Council decided [@SRES1373_2001], and the Assembly recalled its
budget [@ARES58_32, para. 2].
`

// pandocCites renders citingNote with pandoc --citeproc against a
// bibliography file and checks both citations resolved.
func pandocCites(t *testing.T, bibName string, bib []byte) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, bibName), bib, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "note.md"), []byte(citingNote), 0o644); err != nil {
		t.Fatal(err)
	}
	version, _ := outside(t, "pandoc", dir, "pandoc", "--version")
	t.Logf("%s", strings.SplitN(version, "\n", 2)[0])
	stdout, stderr := outside(t, "pandoc", dir, "pandoc", "--citeproc", "--bibliography", bibName, "--wrap=none", "-t", "plain", "note.md")
	if strings.Contains(stderr, "not found") || strings.Contains(stdout, "???") {
		t.Errorf("pandoc did not find a citation:\n%s%s", stderr, stdout)
	}
	for _, want := range []string{
		"The Council decided (United Nations Security Council 2001)",
		"(United Nations General Assembly 2003, para. 2)",
		// the real title, set as written, and the address; styles differ
		// on whether a legislation item prints its number
		"Threats to international peace and security caused by terrorist acts",
		"United Nations. https://undocs.org/S/RES/1373(2001).",
		"Budget {50%} $ # _ ~ ^ — Développement",
		"United Nations. https://undocs.org/A/RES/58/32.",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("pandoc's rendering lacks %q:\n%s", want, stdout)
		}
	}
}

// TestBibTeXPandoc cites two BibTeX entries through pandoc --citeproc,
// read as biblatex (.bib) and as BibTeX (.bibtex).
func TestBibTeXPandoc(t *testing.T) {
	bib := single(t, write(t, "bibtex", Whole(smallGraph(t))))
	t.Run("biblatex", func(t *testing.T) { pandocCites(t, "refs.bib", bib) })
	t.Run("bibtex", func(t *testing.T) { pandocCites(t, "refs.bibtex", bib) })
}

// TestCSLJSONPandoc cites two CSL-JSON items through pandoc --citeproc.
func TestCSLJSONPandoc(t *testing.T) {
	pandocCites(t, "refs.json", single(t, write(t, "csl-json", Whole(smallGraph(t)))))
}

package export

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/recital-un/recital/graph"
	"github.com/recital-un/recital/parser"
)

func TestFileName(t *testing.T) {
	tests := []struct{ id, want string }{
		{"A/RES/60/45", "A_RES_60_45"},
		{"S/RES/1373(2001)", "S_RES_1373(2001)"},
		{"A/C.3/75/L.2/Rev.1", "A_C.3_75_L.2_Rev.1"},
		{"A/RES/ES-10/19", "A_RES_ES-10_19"},
		{"A/HRC/RES/7/36", "A_HRC_RES_7_36"},
		{"CND resolution 61/2", "CND~20resolution~2061_2"},
		{`A/<>:"\|?*`, "A_~3C~3E~3A~22~5C~7C~3F~2A"},
		{"A_B/1", "A~5FB_1"},
		{"A~B/1", "A~7EB_1"},
		{"A/1.", "A_1~2E"},
		{".A/1", "~2EA_1"},
		{"CON", "~43ON"},
		{"aux.1/2", "~61ux.1_2"},
		{"COM1/2", "COM1_2"},
		{"COM1", "~43OM1"},
		{"E/CN.4/Sub.2/Résumé", "E_CN.4_Sub.2_R~C3~A9sum~C3~A9"},
	}
	for _, tt := range tests {
		if got := FileName(tt.id); got != tt.want {
			t.Errorf("FileName(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
	if long := FileName(strings.Repeat("A/", 200)); len(long) > 180 {
		t.Errorf("FileName of a long symbol has %d bytes", len(long))
	}
}

// portableName matches file names valid on Windows, macOS and Linux.
var portableName = regexp.MustCompile(`^[A-Za-z0-9~_()][A-Za-z0-9~_().-]*[A-Za-z0-9~_()]\.md$`)

// wikilink matches a [[target|alias]] link.
var wikilink = regexp.MustCompile(`\[\[([^|\]]+)\|([^\]]+)\]\]`)

// TestVaultLinks checks the vault of the whole small graph: one note per
// document with a portable name, and every wikilink leading to a note.
func TestVaultLinks(t *testing.T) {
	s := Whole(smallGraph(t))
	m := write(t, "vault", s)
	if len(m.Names()) != len(s.Nodes)+1 {
		t.Errorf("%d files for %d documents and the index", len(m.Names()), len(s.Nodes))
	}
	files := map[string]bool{}
	for _, name := range m.Names() {
		files[strings.ToLower(strings.TrimSuffix(name, ".md"))] = true
		if !portableName.MatchString(name) || reservedName(name) {
			t.Errorf("%q is not a portable file name", name)
		}
	}
	links := 0
	for _, name := range m.Names() {
		for _, l := range wikilink.FindAllStringSubmatch(string(m.Bytes(name)), -1) {
			links++
			if !files[strings.ToLower(l[1])] {
				t.Errorf("%s links to [[%s]], which is not a note", name, l[1])
			}
		}
	}
	// Each citation is listed from both ends, and the index lists every document.
	if want := 2*len(s.Edges) + len(s.Nodes); links != want {
		t.Errorf("%d wikilinks, want %d", links, want)
	}
	note := string(m.Bytes("A_RES_58_32.md"))
	for _, want := range []string{
		"---\nsymbol: \"A/RES/58/32\"\ntitle: \"Budget {50%} $ # _ ~ ^ — Développement durable\"\ndate: 2003-12-08\nbody: \"GA\"\nkind: \"resolution\"\nlink: \"https://undocs.org/A/RES/58/32\"\nin_corpus: false\ncitations_known: false\ntags:\n  - \"un/ga\"\n  - \"kind/resolution\"\n  - \"recital/not-read\"\n  - \"relation/reaffirming\"\n  - \"relation/recalling\"\n  - \"session/58\"\naliases:\n  - \"A/RES/58/32\"\n---\n",
		"Budget {50%} \\$ \\# \\_ \\~ \\^ — Développement durable",
		"## Builds on\n\nUnknown: its text was not read, so what it cites is not known.",
		"- *recalling* [[A_RES_59_61|A/RES/59/61]] (2004-12-03) \\=HYPERLINK(\"http://example.com\",\"click\")\n    - recalling, preamble, paragraph 1\n",
	} {
		if !strings.Contains(note, want) {
			t.Errorf("A_RES_58_32.md lacks\n%s\nin\n%s", want, note)
		}
	}
}

// TestVaultSentences checks that a vault quotes the sentence of each
// citation when the texts are at hand, and not otherwise.
func TestVaultSentences(t *testing.T) {
	g, texts := textGraph(t)
	s := lineageOf(t, g, "A/RES/70/5", graph.Ancestors)
	s.Texts = texts
	note := string(write(t, "vault", s).Bytes("A_RES_70_5.md"))
	for _, want := range []string{
		"    - reaffirming, preamble, paragraph 3: “Reaffirming Security Council resolution 1373 (2001) of 28 September 2001.”\n",
		"    - requests, operative, paragraph 1: “Requests the Secretary-General to report to it at its seventy-first session, in accordance with resolution 69/10;”\n",
	} {
		if !strings.Contains(note, want) {
			t.Errorf("the note lacks\n%s\nin\n%s", want, note)
		}
	}
	if len(texts.Missing()) != 0 || texts.Stale() != 0 {
		t.Errorf("missing %v, stale %d", texts.Missing(), texts.Stale())
	}

	s.Texts = nil
	if note := string(write(t, "vault", s).Bytes("A_RES_70_5.md")); strings.Contains(note, "“") {
		t.Errorf("without texts, the note quotes:\n%s", note)
	}

	missing := NewTexts(func(string) ([]byte, error) { return nil, os.ErrNotExist })
	s.Texts = missing
	if note := string(write(t, "vault", s).Bytes("A_RES_70_5.md")); strings.Contains(note, "“") {
		t.Errorf("with the files missing, the note quotes:\n%s", note)
	}
	if got := missing.Missing(); len(got) != 2 || !strings.HasPrefix(got[0], "A_RES_69_10.txt: ") {
		t.Errorf("Missing() = %q", got)
	}
}

// TestVaultStaleText checks that a source file changed since the graph
// was built is not misquoted.
func TestVaultStaleText(t *testing.T) {
	g, _ := textGraph(t)
	changed := NewTexts(func(src string) ([]byte, error) {
		data, err := os.ReadFile("testdata/docs/" + src)
		// Push every citation of 70/5 a few bytes further.
		return []byte(strings.Replace(string(data), "The General Assembly,", "The General Assembly, meeting,", 1)), err
	})
	s := lineageOf(t, g, "A/RES/70/5", graph.Ancestors)
	s.Texts = changed
	note := string(write(t, "vault", s).Bytes("A_RES_70_5.md"))
	if strings.Contains(note, "Recalling its resolutions") || strings.Contains(note, "Reaffirming Security") {
		t.Errorf("a changed file was quoted:\n%s", note)
	}
	if changed.Stale() == 0 {
		t.Error("Stale() = 0 after citations moved")
	}
	if !strings.Contains(note, "report, header: “\\[on the report of the Sixth Committee (A/70/500)\\]”") {
		t.Errorf("a citation that did not move is no longer quoted:\n%s", note)
	}
}

func TestWhere(t *testing.T) {
	tests := []struct {
		o    graph.Occurrence
		want string
	}{
		{graph.Occurrence{Relation: "recalling", Location: parser.LocPreamble, Paragraph: 2}, "recalling, preamble, paragraph 2"},
		{graph.Occurrence{Relation: "taking note", Location: parser.LocFootnote, Paragraph: 3, Footnote: "1"}, "taking note, footnote 1 (paragraph 3)"},
		{graph.Occurrence{Relation: "report", Location: parser.LocHeader}, "report, header"},
		{graph.Occurrence{Location: parser.LocAnnex}, "cites, annex"},
		{graph.Occurrence{Relation: "reaffirming", Verb: "noting", Location: parser.LocOperative, Paragraph: 1, Part: "A,B"}, "reaffirming (noting), operative, paragraph 1, part A,B"},
	}
	for _, tt := range tests {
		if got := where(&tt.o); got != tt.want {
			t.Errorf("where(%+v) = %q, want %q", tt.o, got, tt.want)
		}
	}
}

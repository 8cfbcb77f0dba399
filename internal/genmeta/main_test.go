package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/meta"
)

// shared is the shared directory, relative to this package.
const shared = "../../../shared"

// TestIndexIsCurrent regenerates the index from ../shared and the default
// graph and checks that the embedded one holds the same records.
func TestIndexIsCurrent(t *testing.T) {
	dir := filepath.Join(shared, "corpus", "meta")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s is not present, so the embedded metadata index cannot be checked against it", dir)
	}
	g, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	recs, err := generate(dir, g, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := meta.Write(&got, recs); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gunzip(t, got.Bytes()), gunzip(t, meta.Bytes())) {
		t.Errorf("the embedded metadata index is stale: run 'go generate ./meta' (regenerated: %d records, %d bytes; embedded: %d bytes)",
			len(recs), got.Len(), len(meta.Bytes()))
	}
}

// gunzip decompresses b, so that the comparison is of content.
func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSplitParts(t *testing.T) {
	tests := []struct {
		symbol, id, parts string
		ok                bool
	}{
		{"A/RES/74/1", "A/RES/74/1", "", true},
		{"A/RES/75/101 A-B", "A/RES/75/101", "A,B", true},
		{"A/RES/75/254 A-C", "A/RES/75/254", "A,B,C", true},
		{"A/RES/75/242 B", "A/RES/75/242", "B", true},
		{"A/RES/ES-10/22", "A/RES/ES-10/22", "", true},
		{"E/RES/2024/1", "E/RES/2024/1", "", true},
		{"A/75/L.1", "", "", false},
	}
	for _, tt := range tests {
		id, parts, ok := splitParts(tt.symbol)
		if id != tt.id || parts != tt.parts || ok != tt.ok {
			t.Errorf("splitParts(%q) = %q, %q, %v; want %q, %q, %v", tt.symbol, id, parts, ok, tt.id, tt.parts, tt.ok)
		}
	}
}

func TestIsoDate(t *testing.T) {
	tests := map[string]string{
		"2019-10-10 00:00:00":    "2019-10-10",
		"21 September 2020":      "2020-09-21",
		"02 April 2015":          "2015-04-02",
		"22\u00a0September 2024": "2024-09-22",
		"NA":                     "",
		"":                       "",
	}
	for in, want := range tests {
		if got := isoDate(in); got != want {
			t.Errorf("isoDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHRCNumber(t *testing.T) {
	for in, want := range map[string]string{"51/3": "51/3", "2/3.": "2/3", "A/HRC/RES/16/1": "16/1", "S-22/1": "S-22/1", "ight": "", "27/2127/21/Corr.1": ""} {
		got := ""
		if m := hrcNumber.FindStringSubmatch(in); m != nil {
			got = m[1]
		}
		if got != want {
			t.Errorf("hrcNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDescribed(t *testing.T) {
	const link = `<a href="https://undocs.org/en/A/RES/%s">%s</a>`
	tests := []struct {
		name, text, id, title string
	}{
		{"containing", `resolution ` + sprintf(link, "1514(XV)", "1514 (XV)") + ` of 14 December 1960, containing the Declaration on the Granting of Independence to Colonial Countries and Peoples;`,
			"A/RES/1514(XV)", "Declaration on the Granting of Independence to Colonial Countries and Peoples"},
		{"footnote", `Recalling</span> the Universal Declaration of Human Rights,<authorialNote marker="2"><p>Resolution ` + sprintf(link, "217 A (III)", "217 A (III)") + `.</p></authorialNote>`,
			"A/RES/217(III)", "Universal Declaration of Human Rights"},
		{"annex with a comma", `the International Covenant on Economic, Social and Cultural Rights,<authorialNote marker="2"><p>See resolution ` + sprintf(link, "2200(XXI)", "2200 A (XXI)") + `, annex.</p></authorialNote>`,
			"", ""},
		{"contained in", `Recalling</span> the Declaration of the Indian Ocean as a Zone of Peace, contained in its resolution ` + sprintf(link, "2832(XXVI)", "2832 (XXVI)"),
			"A/RES/2832(XXVI)", "Declaration of the Indian Ocean as a Zone of Peace"},
		{"fragment of a longer title", `Strategies and Practical Measures on the Elimination of Violence against Women,<authorialNote><p>Resolution ` + sprintf(link, "65/228", "65/228") + `, annex.</p></authorialNote>`,
			"", ""},
		{"list of instruments", `Resolution ` + sprintf(link, "76/299", "76/299") + `.</p></authorialNote> the South Atlantic<authorialNote><p>Resolution ` + sprintf(link, "41/11", "41/11") + `.</p></authorialNote>`,
			"", ""},
		{"an organ is no title", sprintf(link, "69/16", "69/16") + ` of 18 November 2014, by which it adopted the General Assembly`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(tt.text)
			if tt.id == "" {
				if len(got) != 0 && tt.name != "annex with a comma" {
					t.Errorf("got %v, want nothing", got)
				}
				return
			}
			if got[tt.id] != tt.title {
				t.Errorf("got %q for %s, want %q (all: %v)", got[tt.id], tt.id, tt.title, got)
			}
		})
	}
}

func TestMostCommon(t *testing.T) {
	got := mostCommon(map[string]int{"A": 9, "B": 3, "C": 2, "D": 9, "E": 4})
	want := []string{"A", "D", "E"}
	if !slices.Equal(got, want) {
		t.Errorf("mostCommon = %v, want %v", got, want)
	}
}

var sprintf = fmt.Sprintf

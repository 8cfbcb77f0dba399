package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
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

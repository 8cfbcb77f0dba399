package meta

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func sample() []Record {
	recs := []Record{
		{ID: "A/RES/74/2", Date: "2019-10-10", Year: 2019, Title: "Two", Agenda: "Item\tone", Source: SourceUNxml},
		{ID: "A/RES/74/1", Date: "2019-10-10", Year: 2019, Title: "One", Source: SourceUNxml},
		{ID: "A/RES/74/1", Parts: "B", Date: "2020-06-30", Year: 2020, Title: "One", Source: SourceUNxml},
		{ID: "S/RES/274(1969)", Year: 1969, Agenda: "The Cyprus Question", Source: SourceNKlotz},
		{ID: "S/RES/275(1969)", Year: 1969, Source: SourceNKlotz},
		{ID: "A/RES/53/70", Date: "1998-12-04", Year: 1998, Source: SourceCited},
		{ID: "A/HRC/RES/7/36", Year: 2008, Title: "Mandate", Source: SourceDW},
	}
	Sort(recs)
	return recs
}

func TestWriteRead(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write(&a, sample()); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, sample()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same records gave different bytes")
	}
	got, err := Read(&a)
	if err != nil {
		t.Fatal(err)
	}
	want := sample()
	want[4].Agenda = "Item one" // tabs inside fields become spaces
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

func TestReadRejects(t *testing.T) {
	if _, err := Read(strings.NewReader("not gzip")); err == nil {
		t.Error("Read of a non-gzip input: no error")
	}
}

func TestLookup(t *testing.T) {
	ix := NewIndex(sample())
	tests := []struct {
		name, id  string
		wantParts []string
	}{
		{"whole then part", "A/RES/74/1", []string{"", "B"}},
		{"single", "S/RES/274(1969)", []string{""}},
		{"unknown", "A/RES/99/1", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var parts []string
			for _, r := range ix.All(tt.id) {
				parts = append(parts, r.Parts)
			}
			if !reflect.DeepEqual(parts, tt.wantParts) {
				t.Errorf("All(%s) parts = %q, want %q", tt.id, parts, tt.wantParts)
			}
			r, ok := ix.Lookup(tt.id)
			if ok != (tt.wantParts != nil) || ok && r.Parts != "" {
				t.Errorf("Lookup(%s) = %+v, %v", tt.id, r, ok)
			}
		})
	}
	if r, ok := ix.SC(274); !ok || r.Year != 1969 {
		t.Errorf("SC(274) = %+v, %v; want the 1969 record", r, ok)
	}
	if _, ok := ix.SC(1); ok {
		t.Error("SC(1) found a record the index does not hold")
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		id, body, series string
		n                int
		ok               bool
	}{
		{"A/RES/74/1", "GA", "74", 1, true},
		{"A/RES/ES-10/22", "GA", "ES-10", 22, true},
		{"E/RES/2024/3", "ECOSOC", "2024", 3, true},
		{"S/RES/274(1969)", "SC", "", 274, true},
		{"A/HRC/RES/S-22/1", "HRC", "S-22", 1, true},
		{"A/RES/1514(XV)", "", "", 0, false},
		{"A/74/100", "", "", 0, false},
		{"E/CN.4/RES/2005/69", "", "", 0, false},
	}
	for _, tt := range tests {
		body, series, n, ok := Split(tt.id)
		if body != tt.body || series != tt.series || n != tt.n || ok != tt.ok {
			t.Errorf("Split(%q) = %q %q %d %v, want %q %q %d %v", tt.id, body, series, n, ok, tt.body, tt.series, tt.n, tt.ok)
		}
	}
}

func TestCoverage(t *testing.T) {
	ix := NewIndex(sample())
	var got []string
	for _, s := range ix.Coverage() {
		got = append(got, s.String())
	}
	want := []string{"GA 74/1–74/2 (2019)", "HRC 7/36–7/36 (2008)", "SC 274–275 (1969)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Coverage = %q, want %q", got, want)
	}
	sum := strings.Join(ix.Summary(), "\n")
	for _, want := range []string{"GA 74/1–2 (2019): 2 resolutions, 2019 (UNxml metadata)", "SC 274–275: 2 resolutions, 1969"} {
		if !strings.Contains(sum, want) {
			t.Errorf("Summary lacks %q:\n%s", want, sum)
		}
	}
	if s, ok := ix.SpanOf("A/RES/74/300"); !ok || s.Last != 2 {
		t.Errorf("SpanOf(A/RES/74/300) = %v, %v", s, ok)
	}
}

func TestRuns(t *testing.T) {
	got := runs([]string{"2", "3", "4", "7", "S-3", "S-4"})
	want := []string{"2–4", "7", "S-3", "S-4"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("runs = %q, want %q", got, want)
	}
}

// TestDefault checks the embedded index against facts of each table.
func TestDefault(t *testing.T) {
	ix, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, date string
		year     int
		source   Source
	}{
		{"A/RES/74/29", "2019-12-12", 2019, SourceUNxml},
		{"E/RES/2024/1", "2023-07-27", 2023, SourceUNxml},
		{"S/RES/274(1969)", "", 1969, SourceNKlotz},
		{"A/HRC/RES/51/3", "2022-10-06", 2022, SourceDW},
		{"A/RES/53/70", "1998-12-04", 1998, SourceCited},
	}
	for _, tt := range tests {
		r, ok := ix.Lookup(tt.id)
		if !ok || r.Date != tt.date || r.Year != tt.year || r.Source != tt.source {
			t.Errorf("Lookup(%s) = %+v, %v; want date %q, year %d, source %s", tt.id, r, ok, tt.date, tt.year, tt.source)
		}
	}
	t.Logf("%d records, %d bytes compressed", ix.Len(), len(Bytes()))
}

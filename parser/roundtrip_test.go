package parser_test

import (
	"strings"
	"testing"

	"github.com/recital-un/recital/data"
	"github.com/recital-un/recital/parser"
)

// TestIDsThatCannotBeTypedBack is issue 15, failure 5: every node ID of
// the default graph, as the tool prints it, reads back as itself.
func TestIDsThatCannotBeTypedBack(t *testing.T) {
	g, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	nodes := g.Nodes()
	bad := 0
	for _, n := range nodes {
		id, err := parser.ParseRef(n.ID)
		if err != nil || id != n.ID {
			if bad++; bad <= 20 {
				t.Errorf("ParseRef(%q) = %q, %v", n.ID, id, err)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d IDs do not read back", bad, len(nodes))
	}
	for _, row := range []struct{ in, want string }{
		{"A/73/12(PartI)", "A/73/12(PartI)"},
		{"A/73/12 (Part I)", "A/73/12(PartI)"},
		{"A/74/6(Sect.1)", "A/74/6(Sect.1)"},
		{"NPT/CONF.2000/28(PartIV)", "NPT/CONF.2000/28(PartIV)"},
		{"ESCAP/78/31", "ESCAP/78/31"},
		{"ES-10/19", "A/RES/ES-10/19"},
		{"S-27/2", "A/RES/S-27/2"},
	} {
		if got, err := parser.ParseRef(row.in); got != row.want {
			t.Errorf("ParseRef(%q) = %q, %v; want %q", row.in, got, err, row.want)
		}
	}
}

// FuzzParseRef checks print → parse → print: whatever ParseRef returns
// as an ID, ParseRef reads back as that ID, and it never panics. Seeds
// are a sample of the default graph's IDs and the shapes people type.
func FuzzParseRef(f *testing.F) {
	for _, s := range []string{"60/45", "1514 (XV)", "1373 (2001)", "S/RES/1373 (2001)", "ES-10/19", "HRC 7/36",
		"ECOSOC 2004/67", "decision 59/551", "A/55/140/Corr.1", "A/C.3/75/L.2/Rev.1", "A/73/12 (Part I)",
		"A/74/6 (Sect. 26)", "ESCAP/78/31", "S/1996/636*", "A/79/552-S/2024/767", "E/CN.4/Sub.2/1987/WP.4/Add.1"} {
		f.Add(s)
	}
	if g, err := data.Default(); err == nil {
		for i, n := range g.Nodes() {
			if i%97 == 0 {
				f.Add(n.ID)
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := parser.ParseRef(s)
		if err != nil {
			return
		}
		if id == "" || strings.ContainsAny(id, " \t\n") {
			t.Fatalf("ParseRef(%q) = %q: not an ID", s, id)
		}
		again, err := parser.ParseRef(id)
		if err != nil || again != id {
			t.Fatalf("ParseRef(%q) = %q, which reads back as %q, %v", s, id, again, err)
		}
	})
}

// TestParseRefOverflowingAddendum is the crasher FuzzParseRef found: an
// addendum number too long for an int, "A/Add.0000000000-0", was read as
// the range -1 to 0 and printed "A/Add.", which reads back as nothing.
func TestParseRefOverflowingAddendum(t *testing.T) {
	got, err := parser.ParseRef("A/Add.0000000000-0")
	if err != nil {
		return // refusing it is fine; printing what cannot be read back is not
	}
	back, err := parser.ParseRef(got)
	if err != nil || back != got {
		t.Errorf("ParseRef(%q) = %q, which reads back as %q, %v", "A/Add.0000000000-0", got, back, err)
	}
}

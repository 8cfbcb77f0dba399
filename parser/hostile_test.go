package parser

import (
	"strings"
	"testing"
)

// Regression rows of issue 15, failure 8 ("smaller defects"), each named
// after the defect, on small inputs written here.

func TestDateOf15AugustDot1991(t *testing.T) {
	tests := []struct {
		name, header, want string
	}{
		{"a period after the month", "Resolution 705 (1991)\nof 15 August. 1991\n", "1991-08-15"},
		{"a comma after the month", "Resolution 705 (1991)\nof 15 August, 1991\n", "1991-08-15"},
		{"no readable year (OCR)", "Resolution 226 (1966)\nof 14 October £964\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(tt.header+"\nThe Security Council,\n\nRecalling its resolution 687 (1991),\n\n1. Decides to remain seized of the matter.\n"))
			if err != nil {
				t.Fatal(err)
			}
			if d.Adopted != tt.want {
				t.Errorf("adopted = %q, want %q", d.Adopted, tt.want)
			}
		})
	}
}

func TestAKNWithDoctypeReadAsHTML(t *testing.T) {
	body := `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><preamble><p>Recalling its resolution 60/45,</p></preamble></statement></akomaNtoso>`
	for name, head := range map[string]string{
		"plain doctype":                   `<!DOCTYPE akomaNtoso>`,
		"doctype with an internal subset": `<!DOCTYPE akomaNtoso [ <!ENTITY un "United Nations"> <!-- a > in a comment --> ]>`,
		"doctype with a system id":        `<!DOCTYPE akomaNtoso SYSTEM "akn>3.dtd">`,
	} {
		t.Run(name, func(t *testing.T) {
			d, err := Parse("t.xml", []byte(`<?xml version="1.0" encoding="UTF-8"?>`+"\n"+head+"\n"+body))
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != FormatAKN {
				t.Errorf("format = %s, want akn", d.Format)
			}
		})
	}
	if isAKN([]byte(`<!DOCTYPE html><html><body>akomaNtoso</body></html>`)) {
		t.Error("an HTML page is taken for AKN")
	}
}

func TestMalformedTargetA70BecomesANode(t *testing.T) {
	d, err := Parse("t.txt", []byte("The General Assembly,\n\nTaking note of the report A/70/ and of document A/70/.\n\nRecalling S/2015/, and A/70/10,\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range d.Citations {
		got = append(got, c.Target)
	}
	if strings.Join(got, " ") != "A/70/10" {
		t.Errorf("targets = %q, want only A/70/10", got)
	}
}

// TestTextDenseWithCitations is issue 15, failure 7: a text dense with
// citations keeps at most MaxCitations of them, and says so, so that its
// memory is bounded by the limit and not by its size.
func TestTextDenseWithCitations(t *testing.T) {
	var b strings.Builder
	b.WriteString("The General Assembly,\n\n")
	for i := range MaxCitations + 10 {
		b.WriteString("Recalling document A/60/" + itoa(i+1) + ",\n")
	}
	d, err := Parse("dense.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Citations) != MaxCitations {
		t.Errorf("%d citations kept, want %d", len(d.Citations), MaxCitations)
	}
	found := false
	for _, dg := range d.Diagnostics {
		if dg.Code == "citation-limit" && strings.Contains(dg.Message, "10 more were left out") {
			found = true
		}
	}
	if !found {
		t.Errorf("no citation-limit diagnostic saying how many were left out: %+v", d.Diagnostics)
	}
}

package parser

import "testing"

// TestAdoptingBodyShapes checks adoptingBody and adoptionDate on the
// adoption lines of headers as the texts give them: in capitals, broken
// over lines, with runs of spaces, in Spanish, with the phrase twice, and
// without one; ASCII headers and others read alike.
func TestAdoptingBodyShapes(t *testing.T) {
	for _, tc := range []struct {
		hdr  string
		body Body
		date string
	}{
		{"A/RES/60/1\nResolution adopted by the General Assembly on 16 September 2005", BodyGA, "2005-09-16"},
		{"RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\non 8 December 2005", BodyGA, "2005-12-08"},
		// adoptionDate, unlike adoptingBody, does not fold white space:
		// the phrase broken after "the" gives no date.
		{"Adopted by the\nSecurity   Council at its 4683rd meeting, on 30 December 2002", BodySC, ""},
		{"Resolution adopted by the\tEconomic and Social\n  Council on 24 July 2019", BodyECOSOC, ""},
		{"Adopted by the Security   Council at its 4683rd meeting, on 30 December 2002", BodySC, "2002-12-30"},
		{"Resolución aprobada por la Asamblea General el 8 de diciembre de 2005", BodyGA, "2005-12-08"},
		{"Resolucion aprobada por la Asamblea General el 8 de diciembre de 2005", BodyGA, "2005-12-08"},
		// the body follows the phrase that names an organ; the date, the
		// first phrase, and the "on" within 200 bytes after it
		{"Draft adopted by the Committee\nResolution adopted by the Security Council on 2 March 2001", BodySC, "2001-03-02"},
		{"Resolution adopted by the Human Rights Council on 6 July 2023\nadopted by the General Assembly", BodyHRC, "2023-07-06"},
		{"Adoption of the agenda\nAdopt", BodyNone, ""},
		{"A/RES/60/1 adopted by the General", BodyNone, ""},
		{"", BodyNone, ""},
	} {
		if got := adoptingBody(tc.hdr); got != tc.body {
			t.Errorf("adoptingBody(%q) = %q, want %q", tc.hdr, got, tc.body)
		}
		if got := adoptionDate(tc.hdr); got != tc.date {
			t.Errorf("adoptionDate(%q) = %q, want %q", tc.hdr, got, tc.date)
		}
	}
}

// TestFoldWindow checks that foldWindow folds as foldFieldsASCII does, up
// to its limit, which may fall inside a word or on a space.
func TestFoldWindow(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"adopted by the\n  General\tAssembly on", 100, "adopted by the general assembly on"},
		{"Adopted by the General", 9, "adopted b"},
		{"Adopted  by the", 8, "adopted "},
		{"Adopted by  \n", 100, "adopted by"},
		{"", 10, ""},
	} {
		var buf [256]byte
		if got := string(foldWindow(buf[:0], tc.s, tc.n)); got != tc.want {
			t.Errorf("foldWindow(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

package parser

import (
	"strings"
	"testing"
)

// TestSpecialShapes holds special to the structural lines of the corpus
// and to the lines its first-byte test turns away, in every vocabulary.
func TestSpecialShapes(t *testing.T) {
	cases := []struct {
		lang, line, want string
	}{
		{"en", "93rd plenary meeting", "end"},
		{"en", "*50th (resumed) plenary meeting*", "end"},
		{"en", "__46th meeting__", "end"},
		{"en", "2d plenary meeting, 14 December 1946.", "end"},
		{"en", "Adopted unanimously at the 1543rd meeting.", "end"},
		{"en", "ADOPTED AT THE 1234TH MEET-", "end"},
		{"en", "Annex", "annex"},
		{"en", "**Annex I**", "annex"},
		{"en", "ANNEXES", "annex"},
		{"en", "Annexes to the report", ""},
		{"en", "Appendix", "annex"},
		{"en", "_Annex", ""}, // a lone "_" is no emphasis mark
		{"en", " Annex", ""},
		{"en", "Recalling its resolution 60/45 of 8 December 2005,", ""},
		{"en", "12. Requests the Secretary-General to submit to the General Assembly at its eightieth session a report", ""},
		{"en", "12. Requests the Secretary-General to report", ""},
		{"en", "1 A/60/452 and Corr.1.", ""},
		{"en", "2 A/HRC/56/65.", ""},
		{"en", "3 April 2025", ""},
		{"en", "58/19. Situation of human rights in Belarus", ""},
		{"en", "57th meeting", "end"},
		{"en", "4th\u00a0plenary meeting", "end"},
		{"en", "114TH PLENARY MEETING", "end"},
		{"en", "1234", ""},
		{"en", "2 Ibid., pp. 6–8.", ""},
		{"en", "«Annex»", ""},
		{"en", "", ""},
		{"en", "***", ""},
		{"fr", "52e séance plénière", "end"},
		{"fr", "Adoptée par le Conseil de sécurité à sa 9000e séance, le 3 mars 2022", "end"},
		{"fr", "Annexe", "annex"},
		{"fr", "Élément de l'annexe", ""},
		{"es", "46ª sesión plenaria", "end"},
		{"es", "Aprobada por el Consejo de Seguridad en su 9000ª sesión, celebrada el 3 de marzo de 2022", "end"},
		{"es", "Anexo", "annex"},
		{"es", "Apéndice", "annex"},
	}
	for _, c := range cases {
		l := buildLayoutWith("", nil, c.lang)
		if got, want := l.special(c.line), specialSlow(l, c.line); got != want || got != c.want {
			t.Errorf("%s: special(%q) = %q, want %q (whole line lower-cased: %q)", c.lang, c.line, got, c.want, want)
		}
	}
}

// TestFirstUnemphasised checks the first byte of a line without its
// emphasis marks against stripEmphasis.
func TestFirstUnemphasised(t *testing.T) {
	for _, s := range []string{"", "*", "**", "_", "__", "___", "___a", "__*_a", "*_*_b", "**Decides**", "__Annex__", "_x", "a__b", "*__", "é", " **The General Assembly,**", "*, :*_ _The", ":, \t", "_ *x", "* _The"} {
		for _, skip := range []string{"", " \t,:"} {
			c, ok := firstUnemphasised(s, skip)
			want := strings.TrimLeft(stripEmphasis(s), skip)
			if ok != (want != "") || ok && c != want[0] {
				t.Errorf("firstUnemphasised(%q, %q) = %q, %v; stripEmphasis gives %q", s, skip, c, ok, want)
			}
		}
	}
}

// TestSuperscriptNumber reads superscript labels and markers as the
// corpus writes them.
func TestSuperscriptNumber(t *testing.T) {
	cases := []struct {
		s        string
		n, width int
	}{
		{"¹ A/60/452.", 1, 2},
		{"²³", 23, 4},
		{"¹⁰ Ibid.", 10, 5},
		{"⁴⁵⁶⁷⁸⁹⁰", 4567890, 21},
		{"³,", 3, 2},
		{"1 A/60/452.", 0, 0},
		{"⁽¹⁾", 0, 0}, // superscript parentheses: U+207D, U+207E
		{"⁺", 0, 0},   // U+207A
		{"¼", 0, 0},   // U+00BC
		{"\u00a0", 0, 0},
		{"\xc2", 0, 0},
		{"\xe2\x81", 0, 0},
		{"", 0, 0},
	}
	for _, c := range cases {
		if n, w := superscriptNumber(c.s); n != c.n || w != c.width {
			t.Errorf("superscriptNumber(%q) = %d, %d, want %d, %d", c.s, n, w, c.n, c.width)
		}
	}
}

// TestSplitLinesTrim checks the trimmed forms of lines with the white
// space of the corpus at their ends: tabs, carriage returns, no-break
// spaces, and bytes that only end like a no-break space.
func TestSplitLinesTrim(t *testing.T) {
	cases := []struct{ line, text, trim string }{
		{"  12.\u00a0Requests the Secretary-General \r", "  12.\u00a0Requests the Secretary-General", "12.\u00a0Requests the Secretary-General"},
		{"\u00a0\u00a0\tAnnex\u00a0\u00a0", "\u00a0\u00a0\tAnnex", "Annex"},
		{"\f\v A/RES/70/1\v\f", "\f\v A/RES/70/1", "A/RES/70/1"},
		{"† dagger\u2020", "† dagger\u2020", "† dagger\u2020"}, // U+2020 ends in 0xa0 as U+00A0 does
		{"\u2003indent\u2003", "\u2003indent\u2003", "\u2003indent\u2003"},
		{"é\u00a0", "é", "é"},
		{"\u00a0", "", ""},
		{"   ", "", ""},
		{"", "", ""},
	}
	for _, c := range cases {
		ls := splitLines(c.line)
		if len(ls) != 1 || ls[0].text != c.text || ls[0].trim != c.trim {
			t.Errorf("splitLines(%q) = %+v, want text %q, trim %q", c.line, ls, c.text, c.trim)
		}
		if want := strings.TrimRight(c.line, " \t\r\f\v\u00a0"); ls[0].text != want {
			t.Errorf("splitLines(%q) text %q, strings.TrimRight gives %q", c.line, ls[0].text, want)
		}
	}
}

// TestFoldFieldsASCII holds foldFieldsASCII to the lower-cased, joined
// fields of header texts, and to refusing any text past ASCII.
func TestFoldFieldsASCII(t *testing.T) {
	for _, s := range []string{
		"Resolution adopted by the General Assembly\non 8 December 2005",
		"  United Nations\tA/RES/74/178\n\n\v Distr.: General\r\n27 January 2020  ",
		"Adopted by the Security Council at its 4683rd meeting, on 30 December 2002",
		"", " \n\t ", "A", "Résolution adoptée par l’Assemblée générale", "\u00a0Adopted\u0085by",
	} {
		got, ok := foldFieldsASCII(s)
		if ok != isASCII(s) {
			t.Errorf("foldFieldsASCII(%q) ok = %v", s, ok)
		}
		if want := strings.ToLower(strings.Join(strings.Fields(s), " ")); ok && got != want {
			t.Errorf("foldFieldsASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerHasPrefix holds lowerHasPrefix to strings.ToLower on number
// lines and on the letters that lower-case to ASCII.
func TestLowerHasPrefix(t *testing.T) {
	for _, s := range []string{"Resolution 242 (1967)", "RESOLUTION ADOPTED BY", "Resolutions adopted", "resolution", "Resolución 242",
		"RESOLUTİON 242", "Resolutıon 242", "Resolution of 7 July 1950", "", "R"} {
		for _, p := range []string{"resolution ", "resolution adopted", "resolutions adopted", "resolution of"} {
			if got, want := lowerHasPrefix(s, p), strings.HasPrefix(strings.ToLower(s), p); got != want {
				t.Errorf("lowerHasPrefix(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}

// TestFurnitureShapes holds isFurnitureLine to the page furniture of the
// corpus's PDF texts and to body lines that resemble it.
func TestFurnitureShapes(t *testing.T) {
	const title = "Situation of human rights in the Islamic Republic of Iran"
	cases := []struct {
		line string
		want bool
	}{
		{"2/10", true},
		{"123/456", true},
		{"12/10", false},
		{"1234/5678", false},
		{"25-18301", true},
		{"02-75941 (E)", true},
		{"02-75941  (E)", true},
		{"\u2003" + "02-75941 (E)", true},
		{"*2518301*", true},
		{"**", false},
		{"2025-2030", false},
		{"25-183011", false},
		{"Distr.: General", true},
		{"Distr. General", true},
		{"A/RES/74/178", true},
		{"S/RES/1454 (2002)", true},
		{"A/RES/79/93 A-B", true},
		{"A/RES/79/93 A–C", true},
		{"A/79/L.2", true},
		{"a/res/74/178", false},
		{"A/RES/", false},
		{"Recalling its resolution 74/178 of 18 December 2019,", false},
		{title, true},
		{"Situation of human rights in the Islamic", true},
		{"Situation of", false},
		{"situation of human rights in the Islamic", false},
		{"", false},
	}
	for _, c := range cases {
		if got := isFurnitureLine(c.line, title); got != c.want {
			t.Errorf("isFurnitureLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestOpenerLine reads the opener lines of the corpus in their dress of
// emphasis, spaces and punctuation, and turns away lines like them.
func TestOpenerLine(t *testing.T) {
	cases := []struct {
		line string
		body Body
		ok   bool
	}{
		{"The General Assembly,", BodyGA, true},
		{"**The Security Council**,", BodySC, true},
		{"  __The Economic and Social Council__,", BodyECOSOC, true},
		{"\u00a0The Human Rights Council,\u00a0", BodyHRC, true},
		{":The General Assembly:", BodyGA, true},
		{"THE GENERAL ASSEMBLY,", BodyGA, true},
		{"L'Assemblée générale,", BodyGA, true},
		{"L’Assemblée générale,", BodyGA, true},
		{"El Consejo de Seguridad,", BodySC, true},
		{"La Asamblea General,", BodyGA, true},
		{"Recalling its resolution 74/178,", BodyNone, false},
		{"The General Assembly decided", BodyNone, false},
		{"_The General Assembly,", BodyNone, false},
		{"The", BodyNone, false},
	}
	for _, c := range cases {
		if b, ok := openerLine(c.line); b != c.body || ok != c.ok {
			t.Errorf("openerLine(%q) = %v, %v, want %v, %v", c.line, b, ok, c.body, c.ok)
		}
	}
}

// TestNumberPrefix reads operative numbers as the corpus writes them.
func TestNumberPrefix(t *testing.T) {
	cases := []struct {
		line, rest string
		n          int
	}{
		{"12. Requests the Secretary-General", "Requests the Secretary-General", 12},
		{"**3.** *Decides* to", "Decides* to", 3},
		{"__1.__ Welcomes", "Welcomes", 1},
		{"1.\u00a0Welcomes", "Welcomes", 1},
		{"7.", "", 7},
		{"1, Requests the Government", "Requests the Government", 1},
		{"1, 2 and 3", "1, 2 and 3", 0},
		{"1234. Too long", "1234. Too long", 0},
		{"2.5 per cent", "2.5 per cent", 0},
		{"*_*", "", 0},
		{"**Decides**", "Decides**", 0},
		{"Recalling", "Recalling", 0},
		{"", "", 0},
	}
	for _, c := range cases {
		if n, rest := numberPrefix(c.line); n != c.n || rest != c.rest {
			t.Errorf("numberPrefix(%q) = %d, %q, want %d, %q", c.line, n, rest, c.n, c.rest)
		}
	}
}

// TestNewNote checks that the notes newNote makes are distinct and keep
// what was written to them while later blocks are made.
func TestNewNote(t *testing.T) {
	var slab []note
	var notes []*note
	for i := range 600 {
		n := newNote(&slab, note{label: i + 1, start: i})
		n.markers = append(n.markers, i)
		notes = append(notes, n)
	}
	for i, n := range notes {
		if n.label != i+1 || n.start != i || len(n.markers) != 1 || n.markers[0] != i {
			t.Fatalf("note %d = %+v", i, *n)
		}
	}
	if cap(slab) != 256 {
		t.Errorf("the last block has room for %d notes, want 256", cap(slab))
	}
}

// TestAdoptingHeader reads the adopting body and the adoption date from
// headers of every era and language, with the phrase written more than
// once, in capitals, or not at all.
func TestAdoptingHeader(t *testing.T) {
	cases := []struct {
		hdr  string
		body Body
		date string
	}{
		{"Resolution adopted by the General Assembly on 8 December 2005\n[on the report of the Third Committee (A/60/509/Add.2 (Part II))]", BodyGA, "2005-12-08"},
		{"Adopted by the Security Council at its 4683rd meeting, on 30 December 2002", BodySC, "2002-12-30"},
		{"RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\non 25 September 2015", BodyGA, "2015-09-25"},
		{"Resolution adopted by the Human Rights Council on 11 October 2024\nadopted by the General Assembly", BodyHRC, "2024-10-11"},
		{"Résolution adoptée par l’Assemblée générale le 18 décembre 2019", BodyGA, "2019-12-18"},
		{"Résolution adoptée par le Conseil de sécurité à sa 9000e séance, le 3 mars 2022", BodySC, "2022-03-03"},
		{"Resolución aprobada por la Asamblea General el 18 de diciembre de 2019", BodyGA, "2019-12-18"},
		{"Resolution 242 (1967) of 22 November 1967", BodyNone, ""},
		{"", BodyNone, ""},
	}
	for _, c := range cases {
		if got := adoptingBody(c.hdr); got != c.body {
			t.Errorf("adoptingBody(%q) = %v, want %v", c.hdr, got, c.body)
		}
		if got := adoptionDate(c.hdr); got != c.date {
			t.Errorf("adoptionDate(%q) = %q, want %q", c.hdr, got, c.date)
		}
	}
}

// TestBodyCopy checks when the body is a copy of its own: not for a text
// whose notes are listed at its end, where no paragraph reaches them, but
// for one whose notes stand at a page foot inside a paragraph, which
// reads across them.
func TestBodyCopy(t *testing.T) {
	atEnd := "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,1\n\n" +
		"1. Decides to remain seized of the matter.\n\n1 Resolution 70/1.\n2 A/70/L.1.\n\n"
	l := buildLayoutWith(atEnd, nil, "en")
	if l.bodyText != l.baseText {
		t.Errorf("notes at the end: the body is a copy")
	}
	if len(l.notes) != 2 || len(l.paras) != 2 {
		t.Fatalf("notes at the end: %d notes, %d paragraphs", len(l.notes), len(l.paras))
	}
	for _, p := range l.paras {
		if p.end > l.notes[0].start {
			t.Errorf("notes at the end: paragraph %+v reaches the notes", p)
		}
	}

	atFoot := "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,1 and its\n" +
		"________\n1 Resolution 70/1.\n\n" +
		"resolution 71/1 of 1 October 2016,\n\n1. Decides to remain seized of the matter.\n"
	l = buildLayoutWith(atFoot, nil, "en")
	if l.bodyText == l.baseText {
		t.Fatalf("note at a page foot: the body is no copy")
	}
	if len(l.notes) != 1 || strings.TrimSpace(l.bodyText[l.notes[0].start:l.notes[0].end]) != "" {
		t.Errorf("note at a page foot: %d notes, not blanked in the body", len(l.notes))
	}
	if len(l.paras) < 1 || !strings.Contains(l.text[l.paras[0].start:l.paras[0].end], "resolution 71/1") {
		t.Errorf("note at a page foot: the paragraph does not read across it: %+v", l.paras)
	}
}

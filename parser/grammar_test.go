package parser

import (
	"fmt"
	"strings"
	"testing"
)

// cite is the part of a citation the grammar tests check.
type cite struct{ target, part, rel, date string }

// citesOf parses a small document and returns its citations.
func citesOf(t *testing.T, text string) []cite {
	t.Helper()
	d, err := Parse("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out []cite
	for _, c := range d.Citations {
		out = append(out, cite{c.Target, c.Part, c.Relation, c.Date})
		if d.Text[c.Span.Start:c.Span.End] != c.Text {
			t.Errorf("span %+v does not hold %q", c.Span, c.Text)
		}
	}
	return out
}

// ga wraps preambular or operative text in a General Assembly resolution.
func ga(body string) string {
	return "Resolution adopted by the General Assembly on 8 December 2005\n60/45. Test\nThe General Assembly,\n" + body + "\n61st plenary meeting\n8 December 2005\n"
}

// sc wraps text in a Security Council resolution.
func sc(body string) string {
	return "Resolution 1454 (2002)\nAdopted by the Security Council at its 4683rd meeting, on 30 December 2002\nThe Security Council,\n" + body + "\n"
}

func TestGrammar(t *testing.T) {
	tests := []struct {
		name, text string
		want       []cite
	}{
		{"dated list", ga("Recalling its resolutions 53/70 of 4 December 1998, 54/49 of 1 December 1999 and 59/61 of 3 December 2004,"),
			[]cite{{"A/RES/53/70", "", "recalling", "1998-12-04"}, {"A/RES/54/49", "", "recalling", "1999-12-01"}, {"A/RES/59/61", "", "recalling", "2004-12-03"}}},
		{"roman session with part", ga("Recalling its resolution 217 A (III) and resolution 1514 (XV) of 14 December 1960,"),
			[]cite{{"A/RES/217(III)", "A", "recalling", ""}, {"A/RES/1514(XV)", "", "recalling", "1960-12-14"}}},
		{"part range", ga("Recalling resolution 3419 A to D (XXX),"), []cite{{"A/RES/3419(XXX)", "A,B,C,D", "recalling", ""}}},
		{"parts A and B", ga("Recalling its resolutions 69/96 A and B,"), []cite{{"A/RES/69/96", "A,B", "recalling", ""}}},
		{"special and emergency sessions", ga("Recalling its resolutions S-26/2, ES-10/19, 3201 (S-VI) and 2252 (ES-V),"),
			[]cite{{"A/RES/S-26/2", "", "recalling", ""}, {"A/RES/ES-10/19", "", "recalling", ""}, {"A/RES/3201(S-VI)", "", "recalling", ""}, {"A/RES/2252(ES-V)", "", "recalling", ""}}},
		{"non-breaking hyphen", ga("1. Stresses General Assembly resolution ES\u201110/15;"), []cite{{"A/RES/ES-10/15", "", "stresses", ""}}},
		{"GA decision with part", ga("Recalling its decision 74/550 B,"), []cite{{"A/DEC/74/550", "B", "recalling", ""}}},
		{"SC resolutions in a GA text", ga("Recalling Security Council resolutions 1265 (1999) and 1296 (2000),"),
			[]cite{{"S/RES/1265(1999)", "", "recalling", ""}, {"S/RES/1296(2000)", "", "recalling", ""}}},
		{"SC resolution without year", sc("Recalling its resolution 1051 and resolution 661 (1990),"),
			[]cite{{"S/RES/1051(1996)", "", "recalling", ""}, {"S/RES/661(1990)", "", "recalling", ""}}},
		{"shared dates", sc("1. Welcomes its resolutions 82 (1950) and 83 (1950) of 25\nand 27 June 1950;"),
			[]cite{{"S/RES/82(1950)", "", "welcomes", "1950-06-25"}, {"S/RES/83(1950)", "", "welcomes", "1950-06-27"}}},
		{"line break inside", sc("Recalling resolution 661\n(1990) of 6 August\n1990,"), []cite{{"S/RES/661(1990)", "", "recalling", "1990-08-06"}}},
		{"ECOSOC and HRC bodies", ga("Recalling Economic and Social Council resolution 2019/29 and Human Rights Council resolutions 7/36 and S-21/1,"),
			[]cite{{"E/RES/2019/29", "", "recalling", ""}, {"A/HRC/RES/7/36", "", "recalling", ""}, {"A/HRC/RES/S-21/1", "", "recalling", ""}}},
		{"CHR list", ga("Recalling Commission on Human Rights resolutions 2003/12 and 2004/17,"),
			[]cite{{"E/CN.4/RES/2003/12", "", "recalling", ""}, {"E/CN.4/RES/2004/17", "", "recalling", ""}}},
		{"other bodies stay other", ga("Noting Commission on Narcotic Drugs resolution 61/2 and decision 1/CP.21 and decision VII/11,"),
			[]cite{{"Commission on Narcotic Drugs resolution 61/2", "", "noting", ""}}},
		{"reporting period is no resolution", ga("1. Welcomes the report of the Court for 2024/25;"), nil},
		{"own number is no citation", ga("Recalling its resolution 60/45,"), nil},
		{"symbols with expansions", ga("Taking note of A/55/140 and Corr.1 and Add.1 and A/68/970/Add.1\u20133,"),
			[]cite{{"A/55/140", "", "taking note", ""}, {"A/55/140/Corr.1", "", "taking note", ""}, {"A/55/140/Add.1", "", "taking note", ""},
				{"A/68/970/Add.1", "", "taking note", ""}, {"A/68/970/Add.2", "", "taking note", ""}, {"A/68/970/Add.3", "", "taking note", ""}}},
		{"joint symbol and reissue", ga("Noting A/79/552-S/2024/767 and S/1996/636*,"),
			[]cite{{"A/79/552", "", "noting", ""}, {"S/2024/767", "", "noting", ""}, {"S/1996/636", "", "noting", ""}}},
		{"part in parentheses", ga("Noting A/73/12 (Part I),"), []cite{{"A/73/12(PartI)", "", "noting", ""}}},
		{"HIV/AIDS is no symbol", ga("Noting the HIV/AIDS epidemic,"), nil},
		{"page number is no citation", ga("Noting the report,\n2/10\n1. Decides to act;"), nil},
		{"relation modifiers", ga("Recalling also its resolution 58/32,\n1. Strongly condemns resolution 58/33;\n2. Continues to welcome resolution 58/34;"),
			[]cite{{"A/RES/58/32", "", "recalling", ""}, {"A/RES/58/33", "", "condemns", ""}, {"A/RES/58/34", "", "welcomes", ""}}},
		{"annexed resolution of another body", ga("Noting the Arab Peace Initiative,1\n\n1 A/56/1026-S/2002/932, annex II, resolution 14/221."),
			[]cite{{"A/56/1026", "", "noting", ""}, {"S/2002/932", "", "noting", ""}}},
		{"footnote year fused", ga("Recalling the statement of 2 October 201310 and its resolution 70/1,\n\n10 S/PRST/2013/15."),
			[]cite{{"A/RES/70/1", "", "recalling", ""}, {"S/PRST/2013/15", "", "recalling", ""}}},
		{"footnote fused to a number", ga("Taking note of the reports submitted pursuant to resolutions 71/2051 and 72/190,\n\n1 See A/72/498."),
			[]cite{{"A/RES/71/205", "", "taking note", ""}, {"A/RES/72/190", "", "taking note", ""}, {"A/72/498", "", "taking note", ""}}},
		{"ibid", ga("Noting the report,1 and the other,2\n\n1 Official Records of the General Assembly, Supplement No. 53 (A/71/53).\n2 Ibid., chap. III."),
			[]cite{{"A/71/53", "", "noting", ""}, {"A/71/53", "", "noting", ""}}},
		{"resumed list", ga("Recalling its resolutions 73/137 of 14 December 2018 on safety and 73/139 of 14 December 2018 on coordination,"),
			[]cite{{"A/RES/73/137", "", "recalling", "2018-12-14"}, {"A/RES/73/139", "", "recalling", "2018-12-14"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := citesOf(t, tt.text)
			if !sameCites(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

// sameCites compares citation lists as sets, in order of appearance.
func sameCites(a, b []cite) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range b {
		found := false
		for _, y := range a {
			if x == y {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func TestParseRef(t *testing.T) {
	for in, want := range map[string]string{
		"60/45": "A/RES/60/45", "A/RES/60/45": "A/RES/60/45", "1514 (XV)": "A/RES/1514(XV)", "1514(XV)": "A/RES/1514(XV)",
		"1373 (2001)": "S/RES/1373(2001)", "S/RES/1373 (2001)": "S/RES/1373(2001)", "ES-10/19": "A/RES/ES-10/19",
		"A/55/140/Corr.1": "A/55/140/Corr.1", "HRC 7/36": "A/HRC/RES/7/36", "ECOSOC 2004/67": "E/RES/2004/67",
		"decision 59/551": "A/DEC/59/551", "2004/67": "E/RES/2004/67", "242": "S/RES/242(1967)", " 217 A (III) ": "A/RES/217(III)",
	} {
		got, err := ParseRef(in)
		if err != nil || got != want {
			t.Errorf("ParseRef(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "hello", "60/45/", "A/", "99999/1", "60/45 extra"} {
		if got, err := ParseRef(bad); err == nil {
			t.Errorf("ParseRef(%q) = %q, want an error", bad, got)
		}
	}
}

func TestRelations(t *testing.T) {
	for in, want := range map[string]string{
		"Recalling also its": "recalling", "Taking note with appreciation of": "taking note", "Bearing in mind": "bearing in mind",
		"Having received and considered": "having received", "Expressing its appreciation": "expressing",
		"Deeply concerned": "concerned", "Guided by": "guided by", "Calls upon": "calls upon", "Also calls on": "calls upon",
		"Takes note with appreciation": "takes note", "Continues to welcome": "welcomes", "Continues to be deeply concerned": "concerned", "Deplores and condemns": "deplores",
		"Taking into account": "taking into account", "Noting with concern": "noting", "Strongly condemns": "condemns",
	} {
		if got, _, ok := openingRelation(in); !ok || got != want {
			t.Errorf("openingRelation(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestBadInput(t *testing.T) {
	for name, tc := range map[string]struct {
		data []byte
		msg  string
	}{
		"empty":        {nil, "empty input"},
		"blank":        {[]byte(" \n\t\n"), "empty input"},
		"binary":       {[]byte("PK\x03\x04\x00\x00binary"), "test.bin:1:5: binary input"},
		"invalid utf8": {[]byte("Recalling\n its \xff resolution"), "test.bin:2:6: invalid UTF-8"},
		"too large":    {make([]byte, MaxInput+1), "larger than"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse("test.bin", tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error = %v, want one containing %q", err, tc.msg)
			}
		})
	}
	// One enormous line is read, not rejected, up to MaxCitations.
	long := strings.Repeat("Recalling its resolution 60/1, ", 200000)
	d, err := Parse("long.txt", []byte(ga(long)))
	if err != nil || len(d.Citations) != MaxCitations {
		t.Errorf("one long line: %v, %d citations", err, len(d.Citations))
	}
}

// TestDiagnosticLimit checks that a text of nothing but unresolvable
// numbers keeps MaxDiagnostics diagnostics and says how many it left out.
func TestDiagnosticLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("The General Assembly,\n")
	for i := 0; i < 600; i++ {
		b.WriteString("Recalling resolutions 1, 2, 3, 4, 5 and 6,\n")
	}
	d, err := Parse("dense.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	last := d.Diagnostics[len(d.Diagnostics)-1]
	if len(d.Diagnostics) != MaxDiagnostics+1 || last.Code != "diagnostic-limit" || !strings.Contains(last.Message, "1600 more") {
		t.Errorf("%d diagnostics, last %s: %s; want %d and a diagnostic-limit saying 1600 more", len(d.Diagnostics), last.Code, last.Message, MaxDiagnostics+1)
	}
}

// TestBodiesAndLists holds the readings found by comparing the language
// versions of the same resolutions (recital check --only
// language-disagreement): each text gives exactly the targets listed.
func TestBodiesAndLists(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		// "its" refers to the organ that is its clause's subject.
		{"possessive of the subject", "The General Assembly,\n\nRecalling the recommendation that the Human Rights Council had made in its resolution 14/7 of 17 June 2010,\n", "[A/HRC/RES/14/7]"},
		{"possessive of the subject in a Council text", "The Human Rights Council,\n\nRecalling the Declaration that the General Assembly adopted in its resolution 69/323,\n", "[A/RES/69/323]"},
		{"its of the issuing body", "The General Assembly,\n\nRecalling its resolution 70/1, in which it adopted the Agenda,\n", "[A/RES/70/1]"},
		// A treaty or convention adopts nothing.
		{"treaty before its", "The General Assembly,\n\nRecalling the adoption of the Comprehensive Nuclear-Test-Ban Treaty in its resolution 50/245 of 10 September 1996,\n", "[A/RES/50/245]"},
		{"convention before its", "The General Assembly,\n\nWelcoming the anniversary of the adoption of the Convention by its resolution 55/25 of 15 November 2000,\n", "[A/RES/55/25]"},
		// A list goes on past a subtitle after a colon.
		{"subtitle in a topic clause", "The General Assembly,\n\nNoting its resolutions 78/147 of 19 December 2023 on Central Asia facing environmental challenges: fostering regional solidarity for sustainable development and prosperity, 78/284 of 4 June 2024 on drug-related challenges and 79/5 of 24 October 2024 on the zone of peace,\n", "[A/RES/78/147 A/RES/78/284 A/RES/79/5]"},
		// The organ named before an adoption verb, in every language read.
		{"adopting organ", "The General Assembly,\n\nNoting that the Human Rights Council adopted by consensus resolution 51/22 on human rights,\n", "[A/HRC/RES/51/22]"},
		{"adopting organ, French", "L’Assemblée générale,\n\nNotant que le Conseil des droits de l’homme a adopté par consensus la résolution 51/22 sur les droits,\n", "[A/HRC/RES/51/22]"},
		{"adopting organ, Spanish", "La Asamblea General,\n\nObservando que el Consejo de Derechos Humanos aprobó por consenso la resolución 51/22 sobre los derechos,\n", "[A/HRC/RES/51/22]"},
		// A list that opens in parentheses after a topic.
		{"list in parentheses", "The Human Rights Council,\n\nRecalling its own resolutions on human rights and transitional justice (9/10 of 24 September 2008, 12/11 of 1 October 2009 and 21/15 of 27 September 2012),\n", "[A/HRC/RES/9/10 A/HRC/RES/12/11 A/HRC/RES/21/15]"},
		// In a Council text, a number whose date cannot be the Council's.
		{"Assembly number in a Council text", "The Human Rights Council,\n\nRecalling General Assembly resolution 50/81 of 14 December 1995, by which the Assembly adopted the World Programme of Action for Youth, and its subsequent resolution 62/126 of 18 December 2007,\n", "[A/RES/50/81 A/RES/62/126]"},
		// A Council text cannot cite a Council resolution of a later session.
		{"later session than the text's own", "A/HRC/RES/54/33\n\nResolution adopted by the Human Rights Council on 12 October 2023\n\n54/33. Establishment of a regional office\n\nThe Human Rights Council,\n\nRecalling the request it made, in its resolution 75/323, to continue the cooperation,\n", "[A/RES/75/323]"},
		// The Secretary-General adopts no resolutions.
		{"Secretary-General before its", "The General Assembly,\n\nNoting the report of the group convened by the Secretary-General following resolution 71/259 of 23 December 2016,\n", "[A/RES/71/259]"},
		// "N (YYYY)" after a thematic name or "UNSC": the Council's, where
		// the table of its years agrees.
		{"thematic name", "The Security Council,\n\n45. Requests MINUSCA to continue implementing Youth, Peace and Security resolutions 2250 (2015) and 2419 (2018);\n", "[S/RES/2250(2015) S/RES/2419(2018)]"},
		{"UNSC", "The Security Council,\n\nExpressing concern as stated in UNSC resolution 2127 (2013),\n", "[S/RES/2127(2013)]"},
	} {
		d, err := Parse("x.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range d.Citations {
			got = append(got, c.Target)
		}
		if fmt.Sprint(got) != tc.want {
			t.Errorf("%s: targets %v, want %s", tc.name, got, tc.want)
		}
	}
}

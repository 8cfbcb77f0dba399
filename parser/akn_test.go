package parser

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// aknCorpus is where the shared corpus sits, relative to this package.
const aknCorpus = "../../shared/corpus"

// aknNeedCorpus skips the test when the shared corpus is not beside the
// checkout, and returns its path otherwise.
func aknNeedCorpus(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(aknCorpus); err != nil {
		tb.Skip("../shared not found: corpus tests need the shared corpus beside the checkout")
	}
	return aknCorpus
}

// aknPair is one AKN file of dev/xml and the text rendered from it.
type aknPair struct {
	txt string // path of the .txt rendering
	xml string // path of the .xml it was rendered from
}

// aknPairs reads dev/MANIFEST.tsv and pairs each rendering made by
// akn2txt.py with its XML: the path column ends with the XML file name.
func aknPairs(tb testing.TB, corpus string) []aknPair {
	tb.Helper()
	f, err := os.Open(filepath.Join(corpus, "dev", "MANIFEST.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var col map[string]int
	var pairs []aknPair
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if col == nil {
			col = map[string]int{}
			for i, name := range fields {
				col[name] = i
			}
			continue
		}
		if len(fields) != len(col) || !strings.Contains(fields[col["source_format"]], "akn2txt") {
			continue
		}
		path := fields[col["path"]]
		pairs = append(pairs, aknPair{
			txt: filepath.Join(corpus, "dev", fields[col["file"]]),
			xml: filepath.Join(corpus, "dev", "xml", path[strings.LastIndex(path, "/")+1:]),
		})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return pairs
}

// TestAKNTextRenderings checks that aknText lays out every dev/xml file
// exactly as the corpus rendering of it. All 88 are byte-identical, so no
// difference is tolerated and there is no list of exceptions.
func TestAKNTextRenderings(t *testing.T) {
	corpus := aknNeedCorpus(t)
	pairs := aknPairs(t, corpus)
	xmls, _ := filepath.Glob(filepath.Join(corpus, "dev", "xml", "*.xml"))
	if len(pairs) != len(xmls) {
		t.Errorf("MANIFEST.tsv pairs %d renderings with XML; dev/xml holds %d files", len(pairs), len(xmls))
	}
	same := 0
	for _, p := range pairs {
		data, err := os.ReadFile(p.xml)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(p.txt)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := aknText(data)
		if err != nil {
			t.Errorf("%s: %v", p.xml, err)
			continue
		}
		if got == string(want) {
			same++
			continue
		}
		t.Errorf("%s: text differs from %s:\n%s", filepath.Base(p.xml), filepath.Base(p.txt), aknFirstDiff(got, string(want)))
	}
	t.Logf("%d of %d renderings byte-identical", same, len(pairs))
}

// aknFirstDiff shows the first line where got and want differ.
func aknFirstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + "\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(same lines)"
}

// TestAKNMeta checks the identity read from real files of every kind.
func TestAKNMeta(t *testing.T) {
	corpus := aknNeedCorpus(t)
	tests := []struct {
		name string
		file string // under the corpus
		want aknMeta
	}{
		{"GA regular session", "dev/xml/74_243.xml", aknMeta{
			Symbol: "A/RES/74/243", Adopted: "2019-12-19", Body: BodyGA, Session: "74", AgendaItem: "60",
			Title: "Permanent sovereignty of the Palestinian people in the Occupied Palestinian Territory, including East Jerusalem, and of the Arab population in the occupied Syrian Golan over their natural resources"}},
		{"GA multipart A-B", "dev/xml/A_RES_79_93-2423550E.xml", aknMeta{
			Symbol: "A/RES/79/93", Adopted: "2024-12-04", Body: BodyGA, Session: "79", AgendaItem: "53",
			Title: "Questions relating to information", Parts: []string{"A", "B"}}},
		{"GA multipart A-C", "bulk/akn/A_RES_75_254_A-C.xml", aknMeta{
			Symbol: "A/RES/75/254", Adopted: "2020-12-31", Body: BodyGA, Session: "75", AgendaItem: "141",
			Title: "Programme budget for 2021", Parts: []string{"A", "B", "C"}}},
		{"multipart with empty collection meta", "bulk/akn/A_RES_80_236_A-B.xml", aknMeta{
			Symbol: "A/RES/80/236", Adopted: "2025-12-30", Body: BodyGA, Session: "80", AgendaItem: "144",
			Title: "United Nations common system", Parts: []string{"A", "B"}}},
		{"single part B adopted later than A", "bulk/akn/A_RES_74_232_B.xml", aknMeta{
			Symbol: "A/RES/74/232", Adopted: "2020-08-11", Body: BodyGA, Session: "74", AgendaItem: "21 (a)",
			Title: "Follow-up to the Fourth United Nations Conference on the Least Developed Countries", Parts: []string{"B"}}},
		{"two docTitles and two agenda items", "bulk/akn/A_RES_75_290_B.xml", aknMeta{
			Symbol: "A/RES/75/290", Adopted: "2021-06-25", Body: BodyGA, Session: "75", AgendaItem: "14 and 122",
			Title: "Review of the implementation of General Assembly resolution 72/305 on the strengthening of the Economic and Social Council " +
				"Review of the implementation of General Assembly resolutions 67/290 on the format and organizational aspects of the high-level political forum on sustainable development " +
				"and 70/299 on the follow-up and review of the 2030 Agenda for Sustainable Development at the global level",
			Parts: []string{"B"}}},
		{"printed adoption date beats FRBRdate", "bulk/akn/A_RES_76_254.xml", aknMeta{
			Symbol: "A/RES/76/254", Adopted: "2022-03-15", Body: BodyGA, Session: "76", AgendaItem: "16",
			Title: "International Day to Combat Islamophobia"}},
		{"no-break space in agenda item", "bulk/akn/A_RES_74_249.xml", aknMeta{
			Symbol: "A/RES/74/249", Adopted: "2019-12-27", Body: BodyGA, Session: "74", AgendaItem: "132",
			Title: "Financial reports and audited financial statements, and reports of the Board of Auditors"}},
		{"title split by italic letter", "bulk/akn/A_RES_76_85.xml", aknMeta{
			Symbol: "A/RES/76/85", Adopted: "2021-12-09", Body: BodyGA, Session: "76", AgendaItem: "59",
			Title: "Information from Non-Self-Governing Territories transmitted under Article 73 e of the Charter of the United Nations"}},
		{"ES-10 emergency session, note in title", "dev/xml/A_RES_ES-10_24-2417298E.xml", aknMeta{
			Symbol: "A/RES/ES-10/24", Adopted: "2024-09-18", Body: BodyGA, Session: "ES-10", AgendaItem: "5",
			Title: "Advisory opinion of the International Court of Justice on the legal consequences arising from Israel’s policies and practices in the Occupied Palestinian Territory, including East Jerusalem, and from the illegality of Israel’s continued presence in the Occupied Palestinian Territory"}},
		{"ES-11 emergency session", "dev/xml/A_RES_ES-11_1-2204067E.xml", aknMeta{
			Symbol: "A/RES/ES-11/1", Adopted: "2022-03-02", Body: BodyGA, Session: "ES-11", AgendaItem: "5",
			Title: "Aggression against Ukraine"}},
		{"S-32 special session", "dev/xml/A_RES_S-32_1-2107229E.xml", aknMeta{
			Symbol: "A/RES/S-32/1", Adopted: "2021-06-02", Body: BodyGA, Session: "S-32", AgendaItem: "8",
			Title: "Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation"}},
		{"ECOSOC", "dev/xml/E_RES_2023_11_E.xml", aknMeta{
			Symbol: "E/RES/2023/11", Adopted: "2023-06-07", Body: BodyECOSOC, Session: "2023", AgendaItem: "12 (c)",
			Title: "Mainstreaming a gender perspective into all policies and programmes in the United Nations system"}},
		{"ECOSOC part B", "bulk/akn/E_RES_2021_2_B.xml", aknMeta{
			Symbol: "E/RES/2021/2", Adopted: "2021-07-21", Body: BodyECOSOC, Session: "2021", AgendaItem: "14",
			Title: "Support to Non-Self-Governing Territories by the specialized agencies and international institutions associated with the United Nations",
			Parts: []string{"B"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(corpus, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			_, got, err := aknText(data)
			if err != nil {
				t.Fatal(err)
			}
			got.Structure = nil // the layout's business, tested in TestAKNStructure
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s:\n got %+v\nwant %+v", tt.file, got, tt.want)
			}
		})
	}
}

// TestAKNBulk reads every file of bulk/akn: each must parse and state a
// symbol, an adoption date, a body, a title, a session and an agenda item;
// the symbol must be the one the file is named after (A_RES_79_93_A-B.xml
// holds A/RES/79/93, parts A and B); the text must open with the cover
// page and hold the enacting formula.
func TestAKNBulk(t *testing.T) {
	corpus := aknNeedCorpus(t)
	files, err := filepath.Glob(filepath.Join(corpus, "bulk", "akn", "*.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no files in bulk/akn")
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text, m, err := aknText(data)
		name := filepath.Base(path)
		switch {
		case err != nil:
			t.Errorf("%s: %v", name, err)
		case m.Symbol == "" || m.Adopted == "" || m.Body == BodyNone || m.Title == "" || m.Session == "" || m.AgendaItem == "":
			t.Errorf("%s: incomplete identity %+v", name, m)
		case aknFileName(m) != name:
			t.Errorf("%s: identity %+v names file %s", name, m, aknFileName(m))
		case !strings.HasPrefix(text, "United Nations\n"):
			t.Errorf("%s: text does not open with the cover page: %.40q", name, text)
		case !aknFormula.MatchString(text) && !aknNoFormula[name]:
			t.Errorf("%s: no enacting formula in the text", name)
		}
	}
	t.Logf("%d files read", len(files))
}

// aknFormula matches the enacting formula line that opens a preamble.
var aknFormula = regexp.MustCompile(`(?m)^The (General Assembly|Economic and Social Council)\b`)

// aknNoFormula lists the bulk files whose XML has no enacting formula.
var aknNoFormula = map[string]bool{
	"A_RES_78_225.xml": true, // the preamble opens with "Reaffirming"; "The General Assembly," is missing from the XML
}

// aknFileName is the bulk/akn file name of a document: its symbol with "_"
// for "/", then its parts ("_B", "_A-C").
func aknFileName(m aknMeta) string {
	name := strings.ReplaceAll(m.Symbol, "/", "_")
	if n := len(m.Parts); n > 0 {
		name += "_" + m.Parts[0]
		if n > 1 {
			name += "-" + m.Parts[n-1]
		}
	}
	return name + ".xml"
}

// TestAKNLayout checks the layout rules on small literal documents.
func TestAKNLayout(t *testing.T) {
	const head = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement>`
	const tail = `</statement></akomaNtoso>`
	tests := []struct {
		name string
		xml  string
		want string
	}{
		{"paragraph per line", `<preamble><p>Recalling  a,</p><p>Noting b,</p></preamble>`,
			"Recalling a,\nNoting b,\n"},
		{"num opens its line", `<mainBody><paragraph><num>	1.</num><content><p> <span>Decides</span> x;</p></content></paragraph></mainBody>`,
			"1. Decides x;\n"},
		{"num waiting for a list", `<mainBody><paragraph><num>2.</num><list><point><num>(a)</num><content><p>y;</p></content></point></list></paragraph></mainBody>`,
			"2. (a) y;\n"},
		{"note marker inline, body at the end", `<preamble><p>of 1949,<authorialNote marker="1"><p>	 	United Nations, <span>Treaty Series</span>.</p></authorialNote> to the</p></preamble>`,
			"of 1949,1 to the\n\n1 United Nations, Treaty Series.\n"},
		{"eol breaks a line", `<conclusions><p><inline>52nd plenary meeting</inline><eol/><docDate date="2019-12-19">19 December 2019</docDate></p></conclusions>`,
			"52nd plenary meeting\n19 December 2019\n"},
		{"no-break space becomes a space, U+2011 stays", "<preamble><p>of 25\u00a0September, ES\u201110/15\u202f</p></preamble>",
			"of 25 September, ES\u201110/15\n"},
		{"meta is not text", `<meta><identification><FRBRWork><FRBRdate date="2019-12-19" name="adoption"/></FRBRWork></identification><analysis><organization>CUBA</organization></analysis></meta><preamble><p>x</p></preamble>`,
			"x\n"},
		{"annex type on its own line", `<attachments><attachment><doc name="annex"><mainBody><paragraph><content><p><docType>Annex</docType><docTitle>	Title</docTitle></p></content></paragraph></mainBody></doc></attachment></attachments>`,
			"Annex\nTitle\n"},
		{"empty paragraphs vanish", `<preamble><p> </p><p></p><p>x</p></preamble>`, "x\n"},
		{"votes skipped, empty analysis kept apart", `<meta><analysis/><identification/></meta><preamble><p>x</p></preamble>` +
			`<components><component><statement><meta><analysis><voting>CUBA</voting></analysis></meta><preamble><p>y</p></preamble></statement></component></components>`,
			"x\ny\n"},
		{"entities decoded", `<preamble><p>A &amp; B &#8220;q&#8221;</p></preamble>`, "A & B “q”\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := aknText([]byte(head + tt.xml + tail))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAKNBadInput checks that unreadable input gives an *InputError that
// says what is wrong, with the line where the decoder knows it.
func TestAKNBadInput(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string // "line:col: message", or "message" without a place
	}{
		{"empty", "", "empty input: no XML to read"},
		{"only white space", " \n\t", "empty input: no XML to read"},
		{"plain text", "Resolution 74/243\nThe General Assembly,", "no XML element found: not Akoma Ntoso XML"},
		{"not XML", "<<<>>>", "1:2: malformed XML: expected element name after <"},
		{"truncated", "<akomaNtoso>\n<statement>\n<preamble><p>Recalling", "3:23: malformed XML: unexpected EOF"},
		{"unclosed tag", "<akomaNtoso>\n<statement>\n<p>x</q>", "3:9: malformed XML: element <p> closed by </q>"},
		{"other XML", "<?xml version=\"1.0\"?>\n<html><body>x</body></html>", "2:7: root element is <html>, not <akomaNtoso>: not Akoma Ntoso XML"},
		{"bad entity", "<akomaNtoso><p>&nbsp;</p></akomaNtoso>", "1:22: malformed XML: invalid character entity &nbsp;"},
		{"error line after skipped meta", "<akomaNtoso>\n<statement>\n<meta>\n<analysis>\n<x/>\n<x/>\n</analysis>\n</meta>\n<p>x</q>",
			"9:9: malformed XML: element <p> closed by </q>"},
		{"meta never closed", "<akomaNtoso>\n<statement>\n<meta>\n<analysis>\n<x/>\n", "6:1: malformed XML: unexpected EOF"},
		{"two roots", "<akomaNtoso></akomaNtoso>\n<akomaNtoso></akomaNtoso>", "2:13: malformed XML: second root element <akomaNtoso>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, _, err := aknText([]byte(tt.input))
			if err == nil {
				t.Fatalf("no error; text %q", text)
			}
			if got := aknPlace(t, err); got != tt.want {
				t.Errorf("error %q, want %q", got, tt.want)
			}
		})
	}
}

// aknPlace renders an *InputError from aknText as "line:col: message", or
// as "message" when it has no place.
func aknPlace(t *testing.T, err error) string {
	t.Helper()
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v is a %T, not an *InputError", err, err)
	}
	if ie.Line == 0 {
		return ie.Msg
	}
	return strconv.Itoa(ie.Line) + ":" + strconv.Itoa(ie.Col) + ": " + ie.Msg
}

// TestAKNTruncatedCorpus cuts a real file at several points: each cut
// must give an error naming the last line of what is left.
func TestAKNTruncatedCorpus(t *testing.T) {
	corpus := aknNeedCorpus(t)
	data, err := os.ReadFile(filepath.Join(corpus, "dev", "xml", "74_243.xml"))
	if err != nil {
		t.Fatal(err)
	}
	for tenth := 1; tenth < 10; tenth++ {
		cut := data[:len(data)*tenth/10]
		_, _, err := aknText(cut)
		if err == nil {
			t.Fatalf("cut at %d0%%: no error", tenth)
		}
		line := bytes.Count(cut, []byte("\n")) + 1
		col := len(cut) - bytes.LastIndexByte(cut, '\n')
		want := strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": malformed XML: unexpected EOF"
		if got := aknPlace(t, err); got != want {
			t.Errorf("cut at %d0%%: error %q, want %q", tenth, got, want)
		}
	}
}

// TestIsAKN checks content sniffing.
func TestIsAKN(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  bool
	}{
		{"bare root", `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">`, true},
		{"declaration, BOM, comment", "\ufeff<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- unofficial copy -->\n<akomaNtoso>", true},
		{"prefixed root", `<akn:akomaNtoso xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">`, true},
		{"doctype", "<!DOCTYPE akomaNtoso>\n<akomaNtoso/>", true},
		{"empty", "", false},
		{"plain text", "The General Assembly,\n1. Decides", false},
		{"text naming the root", "See <akomaNtoso> files", false},
		{"HTML", "<!DOCTYPE html><html><body><akomaNtoso/></body></html>", false},
		{"other XML", `<?xml version="1.0"?><statement/>`, false},
		{"longer name", `<akomaNtosoX>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isAKN([]byte(tt.input)); got != tt.want {
				t.Errorf("isAKN(%q) = %v, want %v", tt.input, got, tt.want)
			}
		})
	}
}

// TestIsAKNCorpus checks that every corpus XML file is sniffed as AKN and no
// text rendering is.
func TestIsAKNCorpus(t *testing.T) {
	corpus := aknNeedCorpus(t)
	for _, pattern := range []string{"dev/xml/*.xml", "bulk/akn/*.xml", "dev/*.txt"} {
		files, _ := filepath.Glob(filepath.Join(corpus, pattern))
		want := strings.HasSuffix(pattern, ".xml")
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if isAKN(data) != want {
				t.Errorf("isAKN(%s) = %v", path, !want)
			}
		}
	}
}

// BenchmarkAKNText reads every file of bulk/akn once per iteration.
func BenchmarkAKNText(b *testing.B) {
	docs := aknBenchDocs(b, 0)
	for b.Loop() {
		for _, data := range docs {
			if _, _, err := aknText(data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// aknBenchDocs reads the first n files of bulk/akn (all when n is 0) for
// a benchmark, and sets its bytes and allocation report.
func aknBenchDocs(b *testing.B, n int) [][]byte {
	corpus := aknNeedCorpus(b)
	files, _ := filepath.Glob(filepath.Join(corpus, "bulk", "akn", "*.xml"))
	if n > 0 && len(files) > n {
		files = files[:n]
	}
	var docs [][]byte
	var size int64
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
		size += int64(len(data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	return docs
}

// FuzzAKNText checks that no input makes aknText panic, and that whatever
// it accepts gives valid UTF-8 text with no blank line before the notes.
func FuzzAKNText(f *testing.F) {
	f.Add([]byte(`<akomaNtoso><statement><meta><analysis><x/></analysis></meta><preamble><p>of 1949,<authorialNote marker="1"><p>UNTS.</p></authorialNote> to</p></preamble></statement></akomaNtoso>`))
	f.Add([]byte(`<akomaNtoso><mainBody><paragraph><num>1.</num><content><p>Decides;</p></content></paragraph></mainBody></akomaNtoso>`))
	f.Add([]byte("<akomaNtoso><meta><analysis/></meta><conclusions><p>a<eol/>b</p></conclusions></akomaNtoso>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := aknText(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Errorf("invalid UTF-8 in %q", text)
		}
		if body, _, _ := strings.Cut(text, "\n\n"); strings.Contains(body, "\n\n") {
			t.Errorf("blank line inside the body: %q", text)
		}
	})
}
